package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// Statements are checked inside: sentences aligned as one statement (or as
// one shared value) that hold a conflicting figure, date or name of the same
// frame give a discrepancy, while meaning-preserving forms and different
// facts in matched sentences do not.
func TestInsideChecks(t *testing.T) {
	cases := []struct {
		name    string
		reports []string
		want    []string // texts one discrepancy must carry
		none    bool     // no discrepancy may carry them
		rule    string   // when set, only findings of this rule count
	}{
		{
			name: "a count of a named group against a count of people",
			reports: []string{
				"Coastguard crews rescued three keepers from the Varne lighthouse on Saturday after waves wrecked the jetty.",
				"Waves wrecked the jetty and coastguard crews brought five people off the Varne lighthouse on Saturday.",
			},
			want: []string{"three", "five"},
		},
		{
			name: "a year in the same role",
			reports: []string{
				"The Varne light was first lit in 1884 and automated a century later.",
				"First lit in 1887, the Varne light was automated a century later.",
			},
			want: []string{"1884", "1887"},
		},
		{
			name: "a counted noun that is the other figure's frame word",
			reports: []string{
				"Police charged the ferry skipper with two counts of reckless navigation after the storm.",
				"The ferry skipper faces four reckless navigation charges after the storm, police said.",
			},
			want: []string{"two", "four"},
		},
		{
			name: "digits against words is no conflict",
			reports: []string{
				"Harbourmaster Petra Quillon said eleven fishing boats had been moved to the inner basin on Saturday.",
				"Harbourmaster Petra Quillon said 11 fishing boats had been moved to the inner basin on Saturday.",
			},
			want: []string{"eleven", "11"}, none: true,
		},
		{
			name: "a dotted clock time against a spaced one is no conflict",
			reports: []string{
				"Gusts of 70 mph were recorded at the Varne station at 4:15 p.m. on Saturday.",
				"Gusts of 70 mph were recorded at the Varne station at 4.15pm on Saturday.",
			},
			want: []string{"4:15 p.m."}, none: true,
		},
		{
			name: "a sentence with two counts against one count is another fact",
			reports: []string{
				"Six people died and 74 were taken to hospital after the fire at the Varne tower block, police said.",
				"Police said 74 people were taken to hospital after the fire at the Varne tower block.",
			},
			want: []string{"Six"}, none: true,
		},
		{
			name: "one counted thing among other figures",
			reports: []string{
				"The Varne tower block holds 120 flats over 24 floors and about 600 residents.",
				"The Varne tower block, with 120 flats and 44 storeys, was built in 1974.",
			},
			want: []string{"24", "44"},
		},
		{
			name: "sentences whose figures all differ give another update, not one changed figure",
			reports: []string{
				"The Varne ferry fire left 24 people dead and 249 people injured, the agency said on Monday.",
				"The Varne ferry fire left 12 people dead and 70 people injured, the agency said on Sunday.",
			},
			// Value alignment may still set the tolls against each other;
			// the inside rule must not read the sentences as one statement.
			want: []string{"24", "12"}, none: true, rule: "inside",
		},
		{
			name: "a subgroup's count against the whole count",
			reports: []string{
				"Nineteen pupils were killed at the Varne school on Tuesday.",
				"Twenty-one killed at the Varne school on Tuesday.",
			},
			want: []string{"Nineteen"}, none: true,
		},
		{
			name: "a name respelt in a matched sentence by a report that spells it right elsewhere",
			reports: []string{
				"Senior keeper Wendell Abernathy said the lamp room at the Varne light flooded twice during the night.\nAbernathy has kept the Varne light for nine years.",
				"The lamp room at the Varne light flooded twice during the night, senior keeper Wendell Abernahty said.\nAbernathy, who has kept the Varne light for nine years, praised the crew.",
			},
			want: []string{"Abernathy", "Abernahty"},
		},
		{
			name: "a name respelt beside an age both reports give, its kin named in the same sentence",
			reports: []string{
				"Engineer Tomas Varga, 52, was treated for burns after the fire, as was his brother Ivo Varga, 49.\nTomas Varga has sailed with the Varne ferry line for years.",
				"The engine room fire injured Tomas Vagra, 52, who was treated for burns at the Varne clinic.",
			},
			want: []string{"Varga", "Vagra"},
		},
		{
			name: "two first names before two spellings are two people",
			reports: []string{
				"Deckhand Jane Smyth said the lamp room at the Varne light flooded twice during the night.",
				"The lamp room at the Varne light flooded twice during the night, deckhand John Smith said.",
			},
			want: []string{"Smyth"}, none: true,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := runTexts(t, tc.reports...)
			var got []compare.Finding
			for _, f := range findings(res, compare.Discrepancy, tc.want...) {
				if tc.rule == "" || f.Rule == tc.rule {
					got = append(got, f)
				}
			}
			if tc.none && len(got) > 0 {
				t.Errorf("discrepancy over %q: %s (rule %s)", strings.Join(tc.want, ", "), got[0].Summary, got[0].Rule)
			}
			if !tc.none && len(got) == 0 {
				var all []string
				for _, f := range res.Findings {
					all = append(all, string(f.Verdict)+"/"+f.Rule+": "+f.Summary)
				}
				t.Errorf("no discrepancy carries %q; findings:\n%s", tc.want, strings.Join(all, "\n"))
			}
		})
	}
}
