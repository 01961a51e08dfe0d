package record

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/reports"
)

// sparks are the eight heights of a sparkline, for scores from 0 to 1.
const sparks = "▁▂▃▄▅▆▇█"

// Sparkline draws scores in [0, 1] on one fixed scale, so outlets compare at a glance.
func Sparkline(scores []float64) string {
	rs := []rune(sparks)
	var b strings.Builder
	for _, s := range scores {
		i := int(s * float64(len(rs)))
		if i < 0 {
			i = 0
		}
		if i >= len(rs) {
			i = len(rs) - 1
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// SourcesTable writes the per-outlet record as a terminal table.
func SourcesTable(w io.Writer, recs []OutletRecord, width int) error {
	if len(recs) == 0 {
		_, err := io.WriteString(w, "no runs recorded yet: run claimdiff compare --db FILE first\n")
		return err
	}
	var rows [][]string
	for _, r := range recs {
		name := reports.Clean(r.Outlet)
		if len(r.Aliases) > 0 {
			name += "\n(also " + reports.Clean(strings.Join(r.Aliases, ", ")) + ")"
		}
		reps := fmt.Sprint(r.Reports)
		switch {
		case r.Copies == 1:
			reps += " (1 copy)"
		case r.Copies > 1:
			reps += fmt.Sprintf(" (%d copies)", r.Copies)
		}
		quotes := "-"
		if q := r.QuotesVerbatim + r.QuotesAltered; q > 0 {
			quotes = fmt.Sprintf("%.0f%% (%d/%d)", 100*r.QuoteFidelity, r.QuotesVerbatim, q)
		}
		tr := Sparkline(r.Scores)
		if r.Trend != nil {
			tr += fmt.Sprintf(" %+.2f", *r.Trend)
		}
		rows = append(rows, []string{
			name,
			fmt.Sprint(r.Events),
			reps,
			fmt.Sprintf("%.0f%% (%d/%d)", 100*r.Corroboration, r.Corroborated, r.Checked),
			fmt.Sprintf("%.0f%% (%d/%d)\n%d minority", 100*r.Contradiction, r.Minority+r.Contested, r.Checked, r.Minority),
			quotes,
			fmt.Sprintf("%.2f", r.MeanScore),
			tr,
			reports.Clean(r.Notes),
		})
	}
	return reports.Grid(w, width, []string{"Outlet", "Events", "Reports", "Corroborated", "Contradicted", "Quotes verbatim", "Score", "Trend", "Notes"},
		rows, map[int]int{0: 20, 8: 24})
}

// SourcesJSON writes the per-outlet record as JSON.
func SourcesJSON(w io.Writer, recs []OutletRecord) error {
	if recs == nil {
		recs = []OutletRecord{}
	}
	return reports.WriteJSON(w, struct {
		Schema  string         `json:"schema"`
		Outlets []OutletRecord `json:"outlets"`
	}{"claimdiff/sources/v1", recs})
}

// HistoryTable writes past runs as a terminal table.
func HistoryTable(w io.Writer, runs []RunInfo, width int) error {
	if len(runs) == 0 {
		_, err := io.WriteString(w, "no runs recorded yet: run claimdiff compare --db FILE first\n")
		return err
	}
	var rows [][]string
	for _, r := range runs {
		rows = append(rows, []string{
			fmt.Sprint(r.ID),
			strings.Replace(strings.TrimSuffix(r.At, "Z"), "T", " ", 1),
			reports.Clean(r.Event),
			reports.Clean(strings.Join(r.Outlets, ", ")),
			fmt.Sprint(r.Discrepancies),
			fmt.Sprint(r.Agreements),
			fmt.Sprint(r.Uniques),
			fmt.Sprintf("%.2f", r.MeanScore),
		})
	}
	return reports.Grid(w, width, []string{"Run", "When (UTC)", "Event", "Outlets", "Discrepancies", "Agreements", "Unique", "Mean score"},
		rows, map[int]int{2: 30, 3: 30})
}

// HistoryJSON writes past runs as JSON.
func HistoryJSON(w io.Writer, runs []RunInfo) error {
	if runs == nil {
		runs = []RunInfo{}
	}
	return reports.WriteJSON(w, struct {
		Schema string    `json:"schema"`
		Runs   []RunInfo `json:"runs"`
	}{"claimdiff/history/v1", runs})
}
