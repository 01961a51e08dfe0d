package reports

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// TestCSVRoundTrip reads the CSV back with encoding/csv: one row per claim per
// finding, every field intact, including commas, quotes and newlines.
func TestCSVRoundTrip(t *testing.T) {
	r := fixtureResult()
	r.Findings[4].Claims[0].Sentence = "Line one, with \"quotes\"\nand a second line"
	var buf bytes.Buffer
	if err := CSV(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v", err)
	}
	if len(rows) == 0 || len(rows[0]) != len(CSVHeader) {
		t.Fatalf("header = %v", rows)
	}
	var want [][]string
	for _, f := range r.Findings {
		for _, c := range f.Claims {
			want = append(want, []string{f.ID, string(f.Verdict), string(f.Kind), string(f.Severity), f.Summary,
				strconv.FormatFloat(f.Confidence, 'f', -1, 64), c.Source, strconv.Itoa(c.Line), strconv.Itoa(c.Start),
				strconv.Itoa(c.End), c.Text, c.Sentence})
		}
	}
	if len(rows)-1 != len(want) {
		t.Fatalf("got %d data rows, want %d (one per claim per finding)", len(rows)-1, len(want))
	}
	for i, w := range want {
		got := rows[i+1]
		for j, cell := range w {
			if got[j] != cell {
				t.Errorf("row %d column %s = %q, want %q", i+1, CSVHeader[j], got[j], cell)
			}
		}
	}
}

// TestCSVFormulaInjection checks that cells a spreadsheet would run as formulas are defused.
func TestCSVFormulaInjection(t *testing.T) {
	for _, text := range []string{"=HYPERLINK(\"http://x.invalid\",\"click\")", "+1+1", "-2+3", "@SUM(A1)"} {
		r := &compare.Result{Findings: []compare.Finding{{ID: "F1", Verdict: compare.Unique, Kind: claims.KindStatement,
			Claims: []claims.Claim{{Source: "s1", Text: text, Sentence: text}}}}}
		var buf bytes.Buffer
		if err := CSV(&buf, r, Options{}); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, col := range []int{10, 11} {
			if got := rows[1][col]; got != "'"+text {
				t.Errorf("%s cell = %q, want %q", CSVHeader[col], got, "'"+text)
			}
		}
	}
}
