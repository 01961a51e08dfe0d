package reports

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// GitHub writes GitHub Actions workflow commands that annotate each report at
// the line of its evidence: a major discrepancy is an ::error, a minor one a
// ::warning, one annotation per claim so every report involved is marked.
// Agreements and unique details are not annotated (GitHub shows only a few
// annotations per step, and those would bury the discrepancies); a final
// ::notice summarises the counts.
func GitHub(w io.Writer, r *compare.Result, _ Options) error {
	var b strings.Builder
	writeGitHub(&b, Check{Result: r})
	_, err := io.WriteString(w, b.String())
	return err
}

// GitHubChecks writes the workflow commands of several judged comparisons:
// findings that fail the policy are ::error, other discrepancies ::warning,
// and ignored ones are not annotated.
func GitHubChecks(w io.Writer, checks []Check) error {
	var b strings.Builder
	for _, c := range checks {
		writeGitHub(&b, c)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeGitHub(b *strings.Builder, chk Check) {
	chk.Result = Sanitize(chk.Result)
	r, name := chk.Result, chk.Name
	paths := map[string]string{}
	names := map[string]string{}
	for _, s := range r.Sources {
		names[s.ID] = s.Name
		if s.Path != "" && s.Path != "-" && !strings.Contains(s.Path, "://") {
			paths[s.ID] = s.Path
		}
	}
	prefix := "claimdiff"
	if name != "" {
		prefix += " " + name
	}
	for _, f := range r.Findings {
		if _, ignored := chk.Ignored[f.ID]; ignored || f.Verdict != compare.Discrepancy && !chk.fails(f) {
			continue
		}
		level := "warning"
		if chk.Failing == nil && f.Severity == compare.Major || chk.Failing != nil && chk.fails(f) {
			level = "error"
		}
		title := strings.Join(strings.Fields(fmt.Sprintf("%s %s: %s %s %s", prefix, f.ID, f.Severity, f.Kind, f.Verdict)), " ")
		for _, c := range f.Claims {
			var others []string
			for _, o := range f.Claims {
				if o.Source != c.Source {
					others = append(others, fmt.Sprintf("%s says %q (line %d)", orDash(names[o.Source]), shorten(o.Text, 120), o.Line))
				}
			}
			msg := fmt.Sprintf("%s\nthis report says %q\n%s", f.Summary, shorten(c.Text, 200), strings.Join(others, "\n"))
			if w := why(f); w != "" {
				msg += "\nwhy: " + w
			}
			var props []string
			if p, ok := paths[c.Source]; ok {
				props = append(props, "file="+ghProperty(p))
				if c.Line > 0 {
					props = append(props, fmt.Sprintf("line=%d", c.Line))
				}
			}
			props = append(props, "title="+ghProperty(title))
			fmt.Fprintf(b, "::%s %s::%s\n", level, strings.Join(props, ","), ghData(msg))
		}
	}
	n := countVerdicts(r)
	fmt.Fprintf(b, "::notice title=%s::%s\n", ghProperty(prefix),
		ghData(fmt.Sprintf("%s: %s, %s, %s", Plural(len(r.Sources), "report", "reports"), discrepancyPhrase(n),
			Plural(n.agreements, "agreement", "agreements"), Plural(n.unique, "unique detail", "unique details"))))
}

// ghData escapes a workflow command's message as the Actions runner expects.
func ghData(s string) string {
	s = Clean(s)
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command property value (also , and :).
func ghProperty(s string) string {
	return strings.NewReplacer(":", "%3A", ",", "%2C").Replace(ghData(s))
}
