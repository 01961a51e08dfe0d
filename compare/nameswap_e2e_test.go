package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// Name respellings by two swapped letters, end to end: a title before one
// mention is no first name, a swap beside a shared title needs little
// sentence similarity, another first name is another person, and the
// finding carries every report's version of the respelt sentence.
func TestNameSwapRules(t *testing.T) {
	cases := []struct {
		name    string
		reports []string
		want    []string // texts one name discrepancy must carry
		none    bool     // no discrepancy may carry them
	}{
		{
			name: "a title is no first name",
			reports: []string{
				"Daniel Ostrander, 58, had driven the coach route for twelve years.",
				"The coach route had been driven for twelve years by Mr Ostradner, 58.",
			},
			want: []string{"Ostrander", "Ostradner"},
		},
		{
			name: "a swap beside a shared title",
			reports: []string{
				"Queen Ilsabet opened the new bridge over the Marrow on Friday.",
				"Among the guests at the ceremony was Queen Ilsbaet, who cut the ribbon.",
			},
			want: []string{"Ilsabet", "Ilsbaet"},
		},
		{
			name: "another first name is another person",
			reports: []string{
				"Jane Kessler praised the crew of the lifeboat.",
				"John Kesslre praised the crew of the lifeboat.",
			},
			want: []string{"Kessler", "Kesslre"}, none: true,
		},
		{
			name: "every report's version of the sentence",
			reports: []string{
				"Skipper Tomas Halloran, 52, steered the trawler onto the rocks near Keld Point.\n\nHalloran said the engine had failed.",
				"The 52-year-old skipper steered the trawler onto the rocks near Keld Point.",
				"The skipper, Tomas Hallroan, 52, steered the trawler onto the rocks near Keld Point.\n\nThe crew said the engine had failed.",
			},
			want: []string{"Halloran", "Hallroan", "52-year-old"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := runTexts(t, tc.reports...)
			got := findings(res, compare.Discrepancy, tc.want...)
			if tc.none && len(got) > 0 {
				t.Fatalf("want no discrepancy, got %q: %v", got[0].Summary, got[0].Reasons)
			}
			if !tc.none && len(got) == 0 {
				var have []string
				for _, f := range res.Findings {
					have = append(have, string(f.Verdict)+": "+f.Summary)
				}
				t.Fatalf("no discrepancy carrying %q; findings: %s", tc.want, strings.Join(have, "; "))
			}
		})
	}
}
