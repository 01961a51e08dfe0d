package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestGatherRestated checks that a disputed figure's finding carries every
// report's statement of each side, also those worded apart from the pair the
// dispute was found on, and that a different day is never gathered.
func TestGatherRestated(t *testing.T) {
	cases := []struct {
		name    string
		reports []string
		want    []string // texts one discrepancy must carry
		not     string   // a text no discrepancy may carry
	}{
		{
			name: "a calendar day restated in paraphrase",
			reports: []string{
				"Harbour master Lena Voss to step down by March 9\n\nHarbour master Lena Voss said she would step down by March 12.\n\nThe board will name a successor on April 2.",
				"Lena Voss, the harbour master, announced she would step down by 9 March.",
				"Her last day in charge of the harbour will be no later than 9 March, the board confirmed.",
				"Voss leaves her post on March 9, the port's spokesman wrote in a statement to staff.",
			},
			want: []string{"March 12", "9 March", "March 9", "Her last day", "the port's spokesman"},
			not:  "April 2",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := runTexts(t, c.reports...)
			if !carried(res, c.want...) {
				for _, f := range res.Findings {
					t.Logf("%s %s %v", f.Verdict, f.Kind, f.Claims)
				}
				t.Fatalf("no discrepancy carries all of %q", c.want)
			}
			if c.not != "" && carried(res, c.not) {
				t.Errorf("a discrepancy carries %q", c.not)
			}
		})
	}
}

// carried reports whether one discrepancy's claims, sentences included, hold
// all of the given texts.
func carried(res *compare.Result, texts ...string) bool {
	for _, f := range res.Findings {
		if f.Verdict != compare.Discrepancy {
			continue
		}
		var all strings.Builder
		for _, c := range f.Claims {
			all.WriteString(c.Sentence + "\n")
		}
		ok := true
		for _, x := range texts {
			ok = ok && strings.Contains(all.String(), x)
		}
		if ok {
			return true
		}
	}
	return false
}
