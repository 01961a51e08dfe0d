package reports

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Table writes the result as terminal tables: sources, discrepancies,
// agreements and unique details, wrapped to fit the terminal width.
func Table(w io.Writer, r *compare.Result, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 100
	}
	var b strings.Builder
	for _, warn := range r.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", Clean(warn))
	}
	counts := map[compare.Verdict]int{}
	for _, f := range r.Findings {
		counts[f.Verdict]++
	}
	fmt.Fprintf(&b, "%s: %s, %s, %s\n\n", Plural(len(r.Sources), "report", "reports"),
		Plural(counts[compare.Discrepancy], "discrepancy", "discrepancies"), Plural(counts[compare.Agreement], "agreement", "agreements"),
		Plural(counts[compare.Unique], "unique detail", "unique details"))

	b.WriteString("SOURCES\n")
	var rows [][]string
	for _, s := range r.Sources {
		name := s.Name
		if s.DuplicateOf != "" {
			name += " (copy of " + s.DuplicateOf + ")"
		}
		rows = append(rows, []string{s.ID, name, s.Title, s.Published, fmt.Sprint(s.Sentences), fmt.Sprint(s.Excluded), fmt.Sprint(s.Claims)})
	}
	if err := GridLayout(&b, width, []string{"ID", "Source", "Title", "Published", "Sentences", "Excluded", "Claims"}, rows, Layout{Caps: map[int]int{2: 34}, Keep: -1}); err != nil {
		return err
	}

	if counts[compare.Discrepancy] > 0 {
		b.WriteString("\nDISCREPANCIES\n")
		rows = nil
		head, caps := []string{"#", "Kind", "Values", "Evidence", "Why"}, map[int]int{2: 18, 3: 42, 4: 24}
		if o.Explain {
			head, caps[5] = append(head, "Details"), 30
		}
		for _, f := range r.Findings {
			if f.Verdict == compare.Discrepancy {
				row := []string{f.ID, string(f.Kind) + "\n" + string(f.Severity), Clean(f.Summary), evidence(f), Clean(why(f))}
				if o.Explain {
					row = append(row, Clean(details(f)))
				}
				rows = append(rows, row)
			}
		}
		if err := Grid(&b, width, head, rows, caps); err != nil {
			return err
		}
	}
	if counts[compare.Agreement] > 0 {
		b.WriteString("\nAGREEMENTS\n")
		rows = nil
		head, caps := []string{"#", "Kind", "Summary", "Evidence"}, map[int]int{2: 26, 3: 56}
		if o.Explain {
			head, caps[4] = append(head, "Details"), 30
		}
		for _, f := range r.Findings {
			if f.Verdict == compare.Agreement {
				row := []string{f.ID, string(f.Kind), Clean(f.Summary), evidence(f)}
				if o.Explain {
					row = append(row, Clean(details(f)))
				}
				rows = append(rows, row)
			}
		}
		if err := Grid(&b, width, head, rows, caps); err != nil {
			return err
		}
	}
	if counts[compare.Unique] > 0 {
		b.WriteString("\nUNIQUE DETAILS\n")
		rows = nil
		head, caps := []string{"#", "Source", "Line", "Only this report says"}, map[int]int{3: 76}
		if o.Explain {
			head, caps[4] = append(head, "Details"), 30
		}
		for _, f := range r.Findings {
			if f.Verdict == compare.Unique && len(f.Claims) > 0 {
				// The first claim holds the unmatched clause of a sentence matched in part.
				c := f.Claims[0]
				row := []string{f.ID, c.Source, fmt.Sprint(c.Line), Clean(uniqueText(c.Text, c.Sentence))}
				if o.Explain {
					row = append(row, Clean(details(f)))
				}
				rows = append(rows, row)
			}
		}
		if err := Grid(&b, width, head, rows, caps); err != nil {
			return err
		}
	}
	if len(r.Reliability) > 0 {
		b.WriteString("\nRELIABILITY\n")
		rows = nil
		for _, p := range r.Reliability {
			rows = append(rows, []string{p.Source, fmt.Sprintf("%.2f", p.Score), fmt.Sprint(p.Checked), fmt.Sprint(p.Corroborated),
				fmt.Sprintf("%d/%d", p.Minority, p.Contested), fmt.Sprint(p.Unique), Clean(strings.Join(p.Reasons, "; "))})
		}
		if err := Grid(&b, width, []string{"Source", "Score", "Checked", "Corroborated", "Minority / Contested", "Unique", "Why"}, rows, map[int]int{6: 50}); err != nil {
			return err
		}
	}
	if len(r.Excluded) > 0 {
		b.WriteString("\nEXCLUDED\n")
		rows = nil
		for _, x := range r.Excluded {
			why := Clean(x.Reason)
			if x.Class != "" {
				why = Clean(x.Class) + " (" + Clean(x.Cue) + ")"
			}
			rows = append(rows, []string{x.Source, fmt.Sprint(x.Line), Clean(x.Text), why})
		}
		if err := Grid(&b, width, []string{"Source", "Line", "Text", "Class (cue)"}, rows, map[int]int{2: 50, 3: 30}); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Plural writes n with the singular or the plural noun: "1 discrepancy", "2 discrepancies".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// maxEvidence is how many claims a table cell lists before summarising the
// rest: a finding across fifty reports would otherwise fill a screen (the JSON
// output always carries every claim).
const maxEvidence = 8

// evidence lists each claim of a finding as "s1 L3: words".
func evidence(f compare.Finding) string {
	var parts []string
	for i, c := range f.Claims {
		if i == maxEvidence {
			parts = append(parts, fmt.Sprintf("... and %d more", len(f.Claims)-maxEvidence))
			break
		}
		text := c.Text
		if len(text) > 160 {
			text = text[:157] + "..."
		}
		parts = append(parts, fmt.Sprintf("%s L%d: %s", c.Source, c.Line, Clean(text)))
	}
	return strings.Join(parts, "\n")
}
