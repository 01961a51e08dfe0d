package reports

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

//go:embed assets/report.html.tmpl assets/report.css assets/report.js
var htmlAssets embed.FS

// htmlPage is parsed once, on first use rather than at every start of the
// program; html/template escapes every value for its context, which is what
// keeps hostile article text inert.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report.html.tmpl").Funcs(template.FuncMap{
		"pct": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		"f2":  func(f float64) string { return fmt.Sprintf("%.2f", f) },
	}).ParseFS(htmlAssets, "assets/report.html.tmpl"))
})

// htmlCSS and htmlJS are inlined into every page; their hashes go into the
// page's Content-Security-Policy, so no other script or style can run even if
// something slipped past escaping, and the page can make no network request.
var htmlCSS, htmlJS = mustAsset("assets/report.css"), mustAsset("assets/report.js")

func mustAsset(name string) string {
	b, err := htmlAssets.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// HTML writes one self-contained page: the reports side by side with claims
// highlighted by verdict, a findings list that jumps to each finding's evidence
// in every report, quote diffs, the reliability table and a chart of verdicts
// per source. It loads nothing from the network.
func HTML(w io.Writer, r *compare.Result, o Options) error {
	r = Sanitize(r)
	v := htmlViewOf(r, o.Explain)
	var buf bytes.Buffer
	if err := htmlPage().Execute(&buf, v); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

type htmlView struct {
	Title   string
	Summary string
	// Discrepancies, Agreements and Unique count findings per verdict for the filters.
	Discrepancies, Agreements, Unique int
	Warnings                          []string
	Event                             *compare.EventCheck
	Sources                           []htmlSource
	Findings                          []htmlFinding
	Reliability                       []compare.Reliability
	Excluded                          []compare.Exclusion
	Chart                             htmlChart
	CSP                               string
	CSS                               template.CSS
	JS                                template.JS
}

type htmlSource struct {
	compare.Source
	Lines []htmlSentence
}

// htmlSentence is one sentence of a report that carries evidence, cut into
// parts at every claim boundary.
type htmlSentence struct {
	Line  int
	Parts []htmlPart
}

// htmlPart is a run of sentence text covered by the same set of findings.
type htmlPart struct {
	Text     string
	Findings string // space-separated finding ids, matched with [data-f~=id]
	Class    string
}

type htmlFinding struct {
	ID, Verdict, Kind, Severity, Summary, Why, Rule, Class, Majority string
	Confidence                                                       float64
	Reasons                                                          []string
	Positions                                                        []compare.Position
	Evidence                                                         []htmlEvidence
	Diff                                                             []htmlDiffOp
}

type htmlEvidence struct {
	Source, Name, Text string
	Line               int
}

type htmlDiffOp struct {
	Op, Text string
	Allowed  bool
}

// htmlChart is a grouped horizontal bar chart of verdict counts per source.
type htmlChart struct {
	Width, Height int
	Rows          []htmlChartRow
}

type htmlChartRow struct {
	Name  string
	Y     int
	Texty int
	Bars  []htmlBar
}

type htmlBar struct {
	Class, Label string
	Y, Width     int
	Count        int
	TextX        int
}

func htmlViewOf(r *compare.Result, explain bool) htmlView {
	n := countVerdicts(r)
	v := htmlView{
		Discrepancies: n.discrepancies, Agreements: n.agreements, Unique: n.unique,
		Summary: fmt.Sprintf("%s · %s · %s · %s", Plural(len(r.Sources), "report", "reports"), discrepancyPhrase(n),
			Plural(n.agreements, "agreement", "agreements"), Plural(n.unique, "unique detail", "unique details")),
		Event:       r.Event,
		Reliability: r.Reliability,
		Excluded:    r.Excluded,
		CSS:         template.CSS(htmlCSS),
		JS:          template.JS(htmlJS),
	}
	v.CSP = fmt.Sprintf("default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'",
		cspHash(htmlCSS), cspHash(htmlJS))
	for _, w := range r.Warnings {
		v.Warnings = append(v.Warnings, Clean(w))
	}
	names := map[string]string{}
	for _, s := range r.Sources {
		names[s.ID] = s.Name
	}
	v.Title = "claimdiff: " + v.Summary
	for _, f := range r.Findings {
		hf := htmlFinding{ID: f.ID, Verdict: string(f.Verdict), Kind: string(f.Kind), Severity: string(f.Severity),
			Summary: Clean(f.Summary), Rule: f.Rule, Class: verdictClass(f), Majority: f.Majority, Confidence: f.Confidence,
			Positions: f.Positions, Why: Clean(why(f))}
		if explain {
			for _, d := range f.Reasons {
				hf.Reasons = append(hf.Reasons, Clean(d))
			}
		}
		for _, c := range f.Claims {
			hf.Evidence = append(hf.Evidence, htmlEvidence{Source: c.Source, Name: names[c.Source], Text: Clean(c.Text), Line: c.Line})
		}
		for _, op := range f.Diff {
			hf.Diff = append(hf.Diff, htmlDiffOp{Op: op.Op, Text: Clean(op.Text), Allowed: op.Allowed})
		}
		v.Findings = append(v.Findings, hf)
	}
	for _, s := range r.Sources {
		v.Sources = append(v.Sources, htmlSource{Source: s, Lines: htmlSentences(r, s.ID)})
	}
	v.Chart = htmlChartOf(r)
	return v
}

// cspHash is the Content-Security-Policy source expression of an inline block.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// verdictClass is the CSS class of a finding: its verdict, and severity for discrepancies.
func verdictClass(f compare.Finding) string {
	if f.Verdict == compare.Discrepancy && f.Severity != compare.None {
		return "v-" + string(f.Verdict) + " sev-" + string(f.Severity)
	}
	return "v-" + string(f.Verdict)
}

// verdictRank orders classes so the most important verdict colours shared text.
func verdictRank(f compare.Finding) int {
	switch {
	case f.Verdict == compare.Discrepancy && f.Severity == compare.Major:
		return 4
	case f.Verdict == compare.Discrepancy:
		return 3
	case f.Verdict == compare.Agreement:
		return 2
	}
	return 1
}

// htmlSentences rebuilds one report's evidence column from the sentences its
// claims carry: deduplicated, in document order, each cut at claim boundaries.
func htmlSentences(r *compare.Result, source string) []htmlSentence {
	type span struct {
		start, end int
		f          *compare.Finding
	}
	type sent struct {
		index, line, order int
		text               string
		spans              []span
	}
	byKey := map[string]*sent{}
	var sents []*sent
	for i := range r.Findings {
		f := &r.Findings[i]
		for _, c := range f.Claims {
			if c.Source != source || c.Sentence == "" {
				continue
			}
			key := fmt.Sprintf("%d\x00%s", c.SentenceIndex, c.Sentence)
			s := byKey[key]
			if s == nil {
				s = &sent{index: c.SentenceIndex, line: c.Line, order: c.Start, text: c.Sentence}
				byKey[key] = s
				sents = append(sents, s)
			}
			if c.Start < s.order {
				s.order = c.Start
			}
			start, end := locate(c, s.text)
			s.spans = append(s.spans, span{start, end, f})
		}
	}
	sort.SliceStable(sents, func(i, j int) bool {
		if sents[i].index != sents[j].index {
			return sents[i].index < sents[j].index
		}
		return sents[i].order < sents[j].order
	})
	var out []htmlSentence
	for _, s := range sents {
		cuts := []int{0, len(s.text)}
		for _, sp := range s.spans {
			cuts = append(cuts, sp.start, sp.end)
		}
		sort.Ints(cuts)
		hs := htmlSentence{Line: s.line}
		for k := 0; k+1 < len(cuts); k++ {
			a, b := cuts[k], cuts[k+1]
			if a == b {
				continue
			}
			var ids []string
			best, rank := "", 0
			for _, sp := range s.spans {
				if sp.start <= a && b <= sp.end {
					ids = append(ids, sp.f.ID)
					if rk := verdictRank(*sp.f); rk > rank {
						best, rank = verdictClass(*sp.f), rk
					}
				}
			}
			hs.Parts = append(hs.Parts, htmlPart{Text: Clean(s.text[a:b]), Findings: strings.Join(ids, " "), Class: best})
		}
		out = append(out, hs)
	}
	return out
}

// locate finds a claim's text inside its sentence; a claim not found there
// (normalised differently) covers the whole sentence.
func locate(c claims.Claim, sentence string) (int, int) {
	if c.Text == "" || c.Text == sentence {
		return 0, len(sentence)
	}
	if i := strings.Index(sentence, c.Text); i >= 0 {
		return i, i + len(c.Text)
	}
	return 0, len(sentence)
}

// htmlChartOf counts, per source, the findings of each verdict it takes part in.
func htmlChartOf(r *compare.Result) htmlChart {
	const barH, gap, labelW, maxW = 14, 3, 150, 300
	verdicts := []struct {
		v     compare.Verdict
		class string
	}{{compare.Agreement, "v-agreement"}, {compare.Discrepancy, "v-discrepancy"}, {compare.Unique, "v-unique"}}
	counts := map[string]map[compare.Verdict]int{}
	most := 1
	for _, f := range r.Findings {
		seen := map[string]bool{}
		for _, c := range f.Claims {
			if seen[c.Source] {
				continue
			}
			seen[c.Source] = true
			if counts[c.Source] == nil {
				counts[c.Source] = map[compare.Verdict]int{}
			}
			counts[c.Source][f.Verdict]++
			most = max(most, counts[c.Source][f.Verdict])
		}
	}
	ch := htmlChart{Width: labelW + maxW + 40}
	y := 4
	for _, s := range r.Sources {
		row := htmlChartRow{Name: shorten(Clean(s.ID+" "+s.Name), 24), Y: y, Texty: y + barH + barH/2}
		for k, vd := range verdicts {
			n := counts[s.ID][vd.v]
			w := n * maxW / most
			by := y + k*(barH+gap)
			row.Bars = append(row.Bars, htmlBar{Class: vd.class, Label: string(vd.v), Y: by, Width: w, Count: n, TextX: labelW + w + 4})
		}
		ch.Rows = append(ch.Rows, row)
		y += 3*(barH+gap) + 10
	}
	ch.Height = y
	return ch
}
