package reports

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/compare"
)

// Markdown writes the result as GitHub-flavoured Markdown fit for a pull-request
// comment: a summary line, a discrepancies table with the compared values, quote
// diffs, and collapsed sections for agreements, unique details and reliability.
// All article text is escaped, so a report cannot inject links, HTML or mentions.
func Markdown(w io.Writer, r *compare.Result, o Options) error {
	r = Sanitize(r)
	var b strings.Builder
	b.WriteString(markComment + "\n")
	writeMarkdown(&b, r, "###", o.Explain)
	_, err := io.WriteString(w, b.String())
	return err
}

// MarkdownSection writes one result under a heading of the given level (e.g. "##"
// for several comparisons in one comment), titled with name.
func MarkdownSection(w io.Writer, name string, r *compare.Result, level string) error {
	r = Sanitize(r)
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n\n", level, mdText(name))
	writeMarkdown(&b, r, level+"#", false)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeMarkdown writes the sections of one result; explain adds a Details
// column of each finding's internal reasons.
func writeMarkdown(b *strings.Builder, r *compare.Result, h string, explain bool) {
	col, sep, cell := "", "", func(compare.Finding) string { return "" }
	if explain {
		col, sep = " Details |", "---|"
		cell = func(f compare.Finding) string { return " " + mdCell(details(f)) + " |" }
	}
	n := countVerdicts(r)
	fmt.Fprintf(b, "**claimdiff**: %s · %s · %s · %s\n\n",
		Plural(len(r.Sources), "report", "reports"), discrepancyPhrase(n), Plural(n.agreements, "agreement", "agreements"),
		Plural(n.unique, "unique detail", "unique details"))
	for _, w := range r.Warnings {
		fmt.Fprintf(b, "> ⚠️ warning: %s\n\n", mdText(w))
	}
	if r.Event != nil && !r.Event.Same {
		fmt.Fprintf(b, "> ⚠️ These reports may not cover the same event (similarity %.2f). %s\n\n", r.Event.Similarity, mdText(r.Event.Note))
	}

	b.WriteString("| ID | Source | Title | Published |\n|---|---|---|---|\n")
	for _, s := range r.Sources {
		name := mdCell(s.Name)
		if s.DuplicateOf != "" {
			name += " (copy of " + mdCell(s.DuplicateOf) + ")"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", mdCell(s.ID), name, mdCell(s.Title), mdCell(s.Published))
	}
	b.WriteString("\n")

	if n.discrepancies > 0 {
		fmt.Fprintf(b, "%s Discrepancies\n\n", h)
		b.WriteString("| # | Kind | Severity | Values | Evidence | Why |" + col + "\n|---|---|---|---|---|---|" + sep + "\n")
		for _, f := range r.Findings {
			if f.Verdict != compare.Discrepancy {
				continue
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |%s\n", mdCell(f.ID), mdCell(string(f.Kind)), severityBadge(f.Severity),
				mdValues(f), mdEvidence(f), mdCell(why(f)), cell(f))
		}
		b.WriteString("\n")
		for _, f := range r.Findings {
			if f.Verdict == compare.Discrepancy && len(f.Diff) > 0 {
				fmt.Fprintf(b, "**%s quote diff**: %s\n\n", mdText(f.ID), mdDiff(f.Diff))
			}
		}
		if hasDiff(r) {
			b.WriteString("<sub>~~struck~~: only in the first report · **bold**: only in the other · _italic_: an allowed edit (case, brackets, ellipsis, punctuation)</sub>\n\n")
		}
	}

	if n.agreements > 0 {
		fmt.Fprintf(b, "<details>\n<summary>Agreements (%d)</summary>\n\n", n.agreements)
		b.WriteString("| # | Kind | Summary | Evidence |" + col + "\n|---|---|---|---|" + sep + "\n")
		for _, f := range r.Findings {
			if f.Verdict == compare.Agreement {
				fmt.Fprintf(b, "| %s | %s | %s | %s |%s\n", mdCell(f.ID), mdCell(string(f.Kind)), mdCell(f.Summary), mdEvidence(f), cell(f))
			}
		}
		b.WriteString("\n</details>\n\n")
	}

	if n.unique > 0 {
		fmt.Fprintf(b, "<details>\n<summary>Unique details (%d)</summary>\n\n", n.unique)
		b.WriteString("| # | Source | Line | Only this report says |" + col + "\n|---|---|---|---|" + sep + "\n")
		for _, f := range r.Findings {
			if f.Verdict != compare.Unique || len(f.Claims) == 0 {
				continue
			}
			c := f.Claims[0]
			fmt.Fprintf(b, "| %s | %s | %d | %s |%s\n", mdCell(f.ID), mdCell(c.Source), c.Line, mdCell(uniqueText(c.Text, c.Sentence)), cell(f))
		}
		b.WriteString("\n</details>\n\n")
	}

	if len(r.Reliability) > 0 {
		b.WriteString("<details>\n<summary>Reliability</summary>\n\n")
		b.WriteString("| Source | Score | Checked | Corroborated | Minority | Contested | Unique | Quotes verbatim/altered | Why |\n|---|---|---|---|---|---|---|---|---|\n")
		for _, p := range r.Reliability {
			fmt.Fprintf(b, "| %s | %.2f | %d | %d | %d | %d | %d | %d/%d | %s |\n", mdCell(p.Source), p.Score, p.Checked, p.Corroborated,
				p.Minority, p.Contested, p.Unique, p.QuotesVerbatim, p.QuotesAltered, mdCell(strings.Join(p.Reasons, "; ")))
		}
		b.WriteString("\n</details>\n\n")
	}

	if len(r.Excluded) > 0 {
		fmt.Fprintf(b, "<details>\n<summary>Excluded sentences (%d)</summary>\n\n", len(r.Excluded))
		b.WriteString("| Source | Line | Text | Reason |\n|---|---|---|---|\n")
		for _, x := range r.Excluded {
			fmt.Fprintf(b, "| %s | %d | %s | %s |\n", mdCell(x.Source), x.Line, mdCell(x.Text), mdCell(x.Reason))
		}
		b.WriteString("\n</details>\n\n")
	}
}

// verdictCounts tallies findings by verdict and discrepancies by severity.
type verdictCounts struct {
	discrepancies, major, minor, agreements, unique int
}

func countVerdicts(r *compare.Result) verdictCounts {
	var n verdictCounts
	for _, f := range r.Findings {
		switch f.Verdict {
		case compare.Discrepancy:
			n.discrepancies++
			if f.Severity == compare.Major {
				n.major++
			} else {
				n.minor++
			}
		case compare.Agreement:
			n.agreements++
		case compare.Unique:
			n.unique++
		}
	}
	return n
}

// discrepancyPhrase says "3 discrepancies (1 major, 2 minor)".
func discrepancyPhrase(n verdictCounts) string {
	d := Plural(n.discrepancies, "discrepancy", "discrepancies")
	if n.discrepancies == 0 {
		return d
	}
	return fmt.Sprintf("%s (%d major, %d minor)", d, n.major, n.minor)
}

func hasDiff(r *compare.Result) bool {
	for _, f := range r.Findings {
		if f.Verdict == compare.Discrepancy && len(f.Diff) > 0 {
			return true
		}
	}
	return false
}

func severityBadge(s compare.Severity) string {
	switch s {
	case compare.Major:
		return "🔴 major"
	case compare.Minor:
		return "🟡 minor"
	}
	return ""
}

// mdValues lists each distinct value with the sources stating it, falling back to the summary.
func mdValues(f compare.Finding) string {
	if len(f.Positions) == 0 {
		return mdCell(f.Summary)
	}
	var parts []string
	for _, p := range f.Positions {
		v := "**" + mdCell(p.Value) + "**"
		if strings.TrimSpace(p.Value) == "" {
			v = "(none)"
		}
		parts = append(parts, v+" ("+mdCell(strings.Join(p.Sources, ", "))+")")
	}
	if f.Majority != "" {
		parts = append(parts, "majority: "+mdCell(f.Majority))
	}
	return strings.Join(parts, "<br>")
}

// mdEvidence lists each claim as "s1 L3: text", one per line of the cell.
func mdEvidence(f compare.Finding) string {
	var parts []string
	for _, c := range f.Claims {
		parts = append(parts, fmt.Sprintf("%s L%d: %s", mdCell(c.Source), c.Line, mdCell(shorten(c.Text, 160))))
	}
	return strings.Join(parts, "<br>")
}

// mdDiff renders word diff ops: deletions struck, insertions bold, allowed edits italic.
func mdDiff(ops []compare.DiffOp) string {
	var parts []string
	for _, op := range ops {
		t := strings.TrimSpace(mdText(op.Text))
		if t == "" {
			continue
		}
		switch {
		case op.Op == "equal":
			parts = append(parts, t)
		case op.Allowed && op.Op == "delete":
			parts = append(parts, "_~~"+t+"~~_")
		case op.Allowed:
			parts = append(parts, "_"+t+"_")
		case op.Op == "delete":
			parts = append(parts, "~~"+t+"~~")
		default:
			parts = append(parts, "**"+t+"**")
		}
	}
	return strings.Join(parts, " ")
}

// shorten cuts s to at most n bytes on a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - 3
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

// mdCell escapes text for one Markdown table cell: like mdText, on a single line.
func mdCell(s string) string {
	return mdText(strings.Join(strings.Fields(s), " "))
}

// mdText escapes untrusted text for GitHub-flavoured Markdown. Terminal escapes
// and control characters are removed; &, < and > become entities so no HTML
// survives; the ASCII punctuation that opens links, images, emphasis, code,
// tables, math and autolinks is backslash-escaped; newlines become <br>, so the
// text never starts a line and cannot open a block; and @name and #123 get a
// zero-width space so a report cannot mention users or cross-reference issues
// from a pull-request comment.
func mdText(s string) string {
	s = Clean(s)
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\n':
			b.WriteString("<br>")
		case '\t':
			b.WriteByte(' ')
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '|', '~', '$', ':':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '@', '#':
			if r == '#' {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
			if i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]) || rs[i+1] == '-' || rs[i+1] == '_') {
				b.WriteRune('\u200b')
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
