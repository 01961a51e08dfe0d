package reports

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"sync"

	"github.com/claimdiff/claimdiff/compare"
)

// CheckCSVHeader names the columns of claimdiff check's CSV: the comparison and the
// finding's status under the policy, then the columns of the CSV format.
var CheckCSVHeader = append([]string{"comparison", "status"}, CSVHeader...)

// status says how the policy judged finding f: failing, ignored or passing.
func (c Check) status(f compare.Finding) string {
	if _, ok := c.Ignored[f.ID]; ok {
		return "ignored"
	}
	if c.fails(f) {
		return "failing"
	}
	return "passing"
}

// CSVChecks writes one CSV of several judged comparisons: a row per claim per finding,
// led by the comparison's name and the finding's status.
func CSVChecks(w io.Writer, checks []Check) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(CheckCSVHeader); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	for _, chk := range checks {
		r := Sanitize(chk.Result)
		for _, f := range r.Findings {
			for _, c := range f.Claims {
				row := append([]string{csvText(chk.Name), chk.status(f)}, csvRow(f, c)...)
				if err := cw.Write(row); err != nil {
					return fmt.Errorf("csv row of %s: %w", f.ID, err)
				}
			}
		}
	}
	return flushCSV(w, cw, &buf)
}

// checksPage is claimdiff check's HTML summary: per comparison its status and the
// findings the policy judged (failing, ignored) plus every other discrepancy. It has
// no script; its only style is the report's own stylesheet, allowed by hash.
var checksPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("checks").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="claimdiff">
<title>claimdiff check: {{.Headline}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<header>
<h1>claimdiff check</h1>
<p class="summary">{{.Headline}}</p>
</header>
<main>
{{range .Comparisons}}<section class="comparison">
<h2>{{if .Failed}}FAIL{{else}}ok{{end}} · {{.Name}}</h2>
<p>{{.Summary}}</p>
{{if .Rows}}<table class="sources">
<thead><tr><th>#</th><th>Status</th><th>Finding</th><th>Summary</th><th>Evidence</th></tr></thead>
<tbody>
{{range .Rows}}<tr><td>{{.ID}}</td><td>{{.Status}}{{if .Reason}}: {{.Reason}}{{end}}</td><td>{{.What}}</td><td>{{.Summary}}</td><td>{{range .Evidence}}<div>{{.}}</div>{{end}}</td></tr>
{{end}}</tbody>
</table>
{{end}}</section>
{{end}}</main>
</body>
</html>
`))
})

type checksView struct {
	Headline    string
	CSP         string
	CSS         template.CSS
	Comparisons []checksComparison
}

type checksComparison struct {
	Name, Summary string
	Failed        bool
	Rows          []checksRow
}

type checksRow struct {
	ID, Status, Reason, What, Summary string
	Evidence                          []string
}

// HTMLChecks writes claimdiff check's summary as one self-contained page; headline says
// how many comparisons ran and failed.
func HTMLChecks(w io.Writer, headline string, checks []Check) error {
	v := checksView{Headline: Clean(headline), CSS: template.CSS(htmlCSS),
		CSP: fmt.Sprintf("default-src 'none'; style-src '%s'; base-uri 'none'; form-action 'none'", cspHash(htmlCSS))}
	for _, chk := range checks {
		r := Sanitize(chk.Result)
		n := countVerdicts(r)
		cmp := checksComparison{Name: Clean(chk.Name), Summary: fmt.Sprintf("%s · %s · %s · %s", Plural(len(r.Sources), "report", "reports"),
			discrepancyPhrase(n), Plural(n.agreements, "agreement", "agreements"), Plural(n.unique, "unique detail", "unique details"))}
		names := map[string]string{}
		for _, s := range r.Sources {
			names[s.ID] = s.Name
		}
		for _, f := range r.Findings {
			st := chk.status(f)
			if st == "passing" && f.Verdict != compare.Discrepancy {
				continue
			}
			cmp.Failed = cmp.Failed || st == "failing"
			row := checksRow{ID: f.ID, Status: st, Reason: Clean(chk.Ignored[f.ID]), Summary: Clean(f.Summary),
				What: fmt.Sprintf("%s %s %s", f.Severity, f.Kind, f.Verdict)}
			for _, c := range f.Claims {
				row.Evidence = append(row.Evidence, fmt.Sprintf("%s (%s) line %d: %s", c.Source, Clean(names[c.Source]), c.Line, Clean(shorten(c.Text, 200))))
			}
			cmp.Rows = append(cmp.Rows, row)
		}
		v.Comparisons = append(v.Comparisons, cmp)
	}
	var buf bytes.Buffer
	if err := checksPage().Execute(&buf, v); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
