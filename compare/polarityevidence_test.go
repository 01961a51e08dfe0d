package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// A polarity finding carries every report that asserts the negated clause,
// also one whose sentence is worded further from the negating one than the
// pair the alignment set against each other, and not a report that says
// something else.
func TestPolarityEvidence(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		want, not []string
	}{
		{
			name: "a sentence worded further off",
			texts: []string{
				"The ferry's captain, who was not wearing a life jacket, steered the burning ship towards the harbour at Kessel.",
				"The captain, who was wearing a life jacket, steered the burning ship towards the harbour at Kessel.",
				"Passengers said smoke filled the deck within minutes, and the coastguard said the captain was wearing a life jacket when he was lifted from the water near the quay.",
				"The ferry's owner said the company would pay for the repairs.",
			},
			want: []string{"s1", "s2", "s3"}, not: []string{"s4"},
		},
		{
			// The company's quoted words and another name for the plant
			// still state the predicate the negation denies.
			name: "a quotation naming the subject otherwise",
			texts: []string{
				"Marlow Mills said the bottling plant would not be closed until further notice and that staff would be offered counselling.",
				"The bottling plant will remain closed indefinitely, Marlow Mills said.",
				"\"We are working closely with detectives as they investigate what happened, and our site is closed until further notice,\" the company said in a statement on Friday.",
				"The bottling firm employs about 300 people at three sites.",
			},
			want: []string{"s1", "s2", "s3"}, not: []string{"s4"},
		},
		{
			name: "a subject counted, not named",
			texts: []string{
				"Nine of those are not in intensive care, according to the health board.",
				"The ambulance service says nine people hurt in the Arden blast are in intensive care.",
				"At least nine are known to be receiving intensive treatment.",
				"The hospital at Arden has 40 beds.",
			},
			want: []string{"s1", "s2", "s3"}, not: []string{"s4"},
		},
		{
			// Opposite states: a report giving one of them to the subject
			// under another name joins the finding.
			name: "opposite states",
			texts: []string{
				"The Pellow bus depot is open until further notice, the council said on Monday.",
				"The Pellow bus depot is closed until further notice after the tremor, the council said on Monday.",
				"The council said on Monday the Pellow garage would remain closed until further notice.",
				"The tremor was felt across the county.",
			},
			want: []string{"s1", "s2", "s3"}, not: []string{"s4"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := runTexts(t, tc.texts...)
			var pol []compare.Finding
			for _, f := range res.Findings {
				if f.Verdict == compare.Discrepancy && f.Kind == "polarity" {
					pol = append(pol, f)
				}
			}
			if len(pol) != 1 {
				t.Fatalf("want one polarity finding, got %d: %+v", len(pol), pol)
			}
			srcs := map[string]bool{}
			for _, c := range pol[0].Claims {
				srcs[c.Source] = true
			}
			for _, s := range tc.want {
				if !srcs[s] {
					t.Errorf("polarity finding lacks %s: %v", s, pol[0].Reasons)
				}
			}
			for _, s := range tc.not {
				if srcs[s] {
					t.Errorf("polarity finding holds %s, which says nothing of the fact: %v", s, pol[0].Reasons)
				}
			}
		})
	}
}
