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
	res := runTexts(t,
		"The ferry's captain, who was not wearing a life jacket, steered the burning ship towards the harbour at Kessel.",
		"The captain, who was wearing a life jacket, steered the burning ship towards the harbour at Kessel.",
		"Passengers said smoke filled the deck within minutes, and the coastguard said the captain was wearing a life jacket when he was lifted from the water near the quay.",
		"The ferry's owner said the company would pay for the repairs.",
	)
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
	for _, s := range []string{"s1", "s2", "s3"} {
		if !srcs[s] {
			t.Errorf("polarity finding lacks %s: %v", s, pol[0].Reasons)
		}
	}
	if srcs["s4"] {
		t.Errorf("polarity finding holds s4, which says nothing of the life jacket: %v", pol[0].Reasons)
	}
}
