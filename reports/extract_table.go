package reports

import (
	"fmt"
	"io"
	"strings"
)

// ExtractionTable writes each report's claims as a table: kind, line, words and value.
func ExtractionTable(w io.Writer, e *Extraction, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 100
	}
	var b strings.Builder
	for _, s := range e.Sources {
		fmt.Fprintf(&b, "%s  %s  (%d sentences, %d excluded, %d claims)\n", s.ID, Clean(s.Name), s.Sentences, s.Excluded, s.Claims)
		var rows [][]string
		for _, c := range e.Claims {
			if c.Source != s.ID || c.Kind == "statement" {
				continue
			}
			val := ""
			if c.Value != nil {
				val = valueText(c.Value)
			}
			rows = append(rows, []string{string(c.Kind), fmt.Sprint(c.Line), Clean(c.Text), Clean(val)})
		}
		if len(rows) > 0 {
			if err := Grid(&b, width, []string{"Kind", "Line", "Words", "Value"}, rows, map[int]int{2: 40, 3: 36}); err != nil {
				return err
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
