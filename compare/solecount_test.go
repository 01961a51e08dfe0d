package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// Two reports that each count a specific thing once give one figure for it,
// however little else their sentences share; a report that counts the thing
// twice gives no such evidence.
func TestSoleCountConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"each report's only count of the noun",
			"Warehouse blaze in Tarnow\n\nFour people were taken to hospital after the blaze at a warehouse storing 2,000 tonnes of paper.\n\nMore than 300 firefighters from across the province fought it through the night.\n",
			"Tarnow fire out\n\nThe warehouse fire injured four people and destroyed 2,000 tonnes of paper, officials said.\n\nCrews said on Sunday that more than 120 firefighters had brought the fire under control by dawn.\n", true},
		{"a second count of the noun in one report",
			"Warehouse blaze in Tarnow\n\nFour people were taken to hospital after the blaze at a warehouse storing 2,000 tonnes of paper.\n\nMore than 300 firefighters from across the province fought it through the night.\n\nAbout 40 firefighters stayed at the site on Monday.\n",
			"Tarnow fire out\n\nThe warehouse fire injured four people and destroyed 2,000 tonnes of paper, officials said.\n\nCrews said on Sunday that more than 120 firefighters had brought the fire under control by dawn.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := compare.Run(docs(t, c.a, c.b), compare.Options{MinConfidence: compare.DefaultMinConfidence})
			got := false
			for _, f := range res.Findings {
				if f.Verdict == compare.Discrepancy && f.Kind == "number" {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
