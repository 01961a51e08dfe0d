package reports

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// wrongPlural matches a count of one with a plural noun ("1 discrepancies").
var wrongPlural = regexp.MustCompile(`\b1 (discrepancies|agreements|unique details|reports|findings|claims|sentences)\b`)

// TestPluralForms renders one finding of each verdict in every format: no count of
// one may take a plural noun.
func TestPluralForms(t *testing.T) {
	full := fixtureResult()
	r := &compare.Result{Schema: full.Schema, Sources: full.Sources[:2], Reliability: full.Reliability[:2]}
	for _, f := range full.Findings {
		if f.ID == "F1" || f.ID == "F3" || f.ID == "F5" {
			r.Findings = append(r.Findings, f)
		}
	}
	for _, format := range Formats() {
		var buf bytes.Buffer
		if err := Render(&buf, format, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if m := wrongPlural.FindString(buf.String()); m != "" {
			t.Errorf("%s output says %q", format, m)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 discrepancies"}, {1, "1 discrepancy"}, {2, "2 discrepancies"}} {
		if got := Plural(tc.n, "discrepancy", "discrepancies"); got != tc.want {
			t.Errorf("Plural(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
