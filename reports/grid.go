package reports

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the width tables fit when neither the terminal nor the user gives one.
const DefaultWidth = 100

// MinWidth is the narrowest width a table is laid out for; anything narrower is treated as this.
const MinWidth = 20

// Layout says how a table's columns share the width.
type Layout struct {
	// Caps are the widest each column grows at the default width, in cells; a column
	// without one grows to its content. On a wider terminal caps grow in proportion.
	Caps map[int]int
	// Keep is the column that shrinks last (the values compared, the evidence); -1 for none.
	Keep int
}

// Grid renders one bordered table with wrapped cells no wider than width; the column
// with the largest cap keeps its room longest. Every table claimdiff prints uses it
// or GridLayout, so they all look alike.
func Grid(w io.Writer, width int, header []string, rows [][]string, caps map[int]int) error {
	keep, best := -1, 0
	for k, v := range caps {
		if v > best || v == best && k < keep {
			keep, best = k, v
		}
	}
	return GridLayout(w, width, header, rows, Layout{Caps: caps, Keep: keep})
}

// GridLayout renders one bordered table whose every line fits width: columns shrink
// (the Keep column last) and their cells wrap at spaces, or inside a word too long for
// its column. When even one cell per column cannot fit, each row is listed as
// "Header: value" lines instead.
func GridLayout(w io.Writer, width int, header []string, rows [][]string, l Layout) error {
	if width <= 0 {
		width = DefaultWidth
	}
	width = max(width, MinWidth)
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	if n == 0 {
		return nil
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = make([]string, n)
		copy(cells[i], r)
	}
	head := make([]string, n)
	copy(head, header)
	widths, ok := columnWidths(width, head, cells, l)
	if !ok {
		return listRows(w, width, head, cells)
	}
	widths = reclaim(widths, width-borderCells(n), head, cells, l)
	wrapped := func(r []string) []string {
		out := make([]string, n)
		for i, c := range r {
			out[i] = strings.Join(wrapCell(c, widths[i]), "\n")
		}
		return out
	}
	cfg := tablewriter.Config{
		Header: tw.CellConfig{Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone}},
		Row: tw.CellConfig{
			Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone},
			Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
		},
	}
	t := tablewriter.NewTable(w, tablewriter.WithRenderer(renderer.NewBlueprint()), tablewriter.WithConfig(cfg))
	t.Header(wrapped(head))
	for _, r := range cells {
		if err := t.Append(wrapped(r)); err != nil {
			return fmt.Errorf("table row: %w", err)
		}
	}
	return t.Render()
}

// borderCells is the room a table of n columns spends on borders and padding:
// "│ " before each column and " │" after the last.
func borderCells(n int) int { return 3*n + 1 }

// columnWidths chooses each column's content width so the table fits width. Columns
// start at their content (up to their cap); the widest shrinks first, down to its
// longest word (at most 12 cells) and header word; then the Keep column does the same;
// then every column goes down to 4 cells, Keep last.
// ok is false when even that does not fit.
func columnWidths(width int, head []string, rows [][]string, l Layout) (widths []int, ok bool) {
	n := len(head)
	avail := width - borderCells(n)
	if avail < n {
		return nil, false
	}
	scale := func(c int) int {
		if width > DefaultWidth {
			return c * width / DefaultWidth
		}
		return c
	}
	widths = make([]int, n)
	soft := make([]int, n)
	for i := range n {
		natural, word := textWidth(head[i]), longestWord(head[i])
		headWord := word
		for _, r := range rows {
			natural = max(natural, textWidth(r[i]))
			word = max(word, longestWord(r[i]))
		}
		if c, capped := l.Caps[i]; capped && c > 0 {
			natural = min(natural, max(scale(c), headWord))
		}
		widths[i] = max(natural, 1)
		soft[i] = min(widths[i], max(headWord, min(word, 12)))
	}
	total := func() int {
		s := 0
		for _, v := range widths {
			s += v
		}
		return s
	}
	// shrink narrows the widest column allowed (by floor) until the table fits.
	shrink := func(floor func(i int) int, only func(i int) bool) {
		for total() > avail {
			best := -1
			for i := range n {
				if only(i) && widths[i] > floor(i) && (best < 0 || widths[i] > widths[best]) {
					best = i
				}
			}
			if best < 0 {
				return
			}
			widths[best]--
		}
	}
	others := func(i int) bool { return i != l.Keep }
	keepOnly := func(i int) bool { return i == l.Keep }
	shrink(func(i int) int { return soft[i] }, others)
	shrink(func(i int) int { return soft[i] }, keepOnly)
	shrink(func(i int) int { return min(widths[i], 4) }, others)
	shrink(func(i int) int { return min(widths[i], 4) }, keepOnly)
	shrink(func(i int) int { return 1 }, func(int) bool { return true })
	return widths, total() <= avail
}

// reclaim gives room that wrapping left unused (a column of 42 cells whose lines
// break at 32) to the columns that still wrap, the Keep column first, and re-wraps;
// a few rounds settle it.
func reclaim(widths []int, avail int, head []string, rows [][]string, l Layout) []int {
	n := len(widths)
	used := func(i, limit int) int {
		m := 0
		for _, line := range wrapCell(head[i], limit) {
			m = max(m, twwidth.Width(line))
		}
		for _, r := range rows {
			for _, line := range wrapCell(r[i], limit) {
				m = max(m, twwidth.Width(line))
			}
		}
		return m
	}
	natural := make([]int, n)
	for i := range n {
		natural[i] = textWidth(head[i])
		for _, r := range rows {
			natural[i] = max(natural[i], textWidth(r[i]))
		}
	}
	for range 4 {
		actual := make([]int, n)
		slack := avail
		for i := range n {
			actual[i] = min(widths[i], max(used(i, widths[i]), 1))
			slack -= actual[i]
		}
		order := make([]int, 0, n)
		if l.Keep >= 0 && l.Keep < n {
			order = append(order, l.Keep)
		}
		for i := range n {
			if i != l.Keep {
				order = append(order, i)
			}
		}
		grew := false
		for _, i := range order {
			if slack <= 0 {
				break
			}
			if natural[i] <= actual[i] {
				continue
			}
			// Take only the cells the wider wrap really fills.
			if u := used(i, actual[i]+min(natural[i]-actual[i], slack)); u > actual[i] {
				slack -= u - actual[i]
				actual[i] = u
				grew = true
			}
		}
		widths = actual
		if !grew {
			break
		}
	}
	return widths
}

// listRows is the fallback for a width too narrow for columns: each row becomes
// "Header:" lines followed by its value, indented and wrapped.
func listRows(w io.Writer, width int, head []string, rows [][]string) error {
	var b strings.Builder
	for k, r := range rows {
		if k > 0 {
			b.WriteString("\n")
		}
		for i, c := range r {
			for _, line := range wrapCell(head[i]+":", width) {
				b.WriteString(line + "\n")
			}
			for _, line := range wrapCell(c, width-2) {
				b.WriteString("  " + line + "\n")
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textWidth is the display width of the widest line of s.
func textWidth(s string) int {
	m := 0
	for _, line := range strings.Split(s, "\n") {
		m = max(m, twwidth.Width(line))
	}
	return m
}

// longestWord is the display width of the longest space-free run in s.
func longestWord(s string) int {
	m := 0
	for _, f := range strings.Fields(s) {
		m = max(m, twwidth.Width(f))
	}
	return m
}

// wrapCell wraps each line of s at spaces to at most limit cells, breaking a word
// that is longer than limit by itself.
func wrapCell(s string, limit int) []string {
	limit = max(limit, 1)
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			out = append(out, "")
			continue
		}
		cur, curW := "", 0
		for _, word := range strings.Fields(line) {
			ww := twwidth.Width(word)
			switch {
			case curW == 0 && ww <= limit:
				cur, curW = word, ww
			case curW > 0 && curW+1+ww <= limit:
				cur, curW = cur+" "+word, curW+1+ww
			default:
				if curW > 0 {
					out = append(out, cur)
					cur, curW = "", 0
				}
				for ww > limit {
					head, rest := cutWidth(word, limit)
					out = append(out, head)
					word, ww = rest, twwidth.Width(rest)
				}
				cur, curW = word, ww
			}
		}
		if curW > 0 {
			out = append(out, cur)
		}
	}
	return out
}

// cutWidth splits s after as many runes as fit in limit cells (at least one rune).
func cutWidth(s string, limit int) (string, string) {
	w := 0
	for i, r := range s {
		rw := twwidth.Width(string(r))
		if w+rw > limit && i > 0 {
			return s[:i], s[i:]
		}
		w += rw
	}
	return s, ""
}
