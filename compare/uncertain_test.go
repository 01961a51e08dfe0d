package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

const museumA = "Flood damages museum\n\nThe river museum said on Monday that 40 paintings were damaged when the basement flooded overnight. Curators moved the rest of the collection upstairs.\n"

// conflict returns the discrepancy between 40 and 65 in a comparison of the museum reports, if any.
func conflict(t *testing.T, b string, opt compare.Options) *compare.Finding {
	t.Helper()
	res := compare.Run(docs(t, museumA, b), opt)
	for i, f := range res.Findings {
		if f.Verdict == compare.Discrepancy && strings.Contains(f.Summary, "40") && strings.Contains(f.Summary, "65") {
			return &res.Findings[i]
		}
	}
	return nil
}

// Two counts of paintings in closely matching sentences whose words around the
// figures differ ("damaged" / "ruined"): the words around the figures have
// too little in common, but the fitted model is confident they state one fact,
// and each report's only count of paintings counts one thing
// (TestSoleCountConflicts), so the conflict is reported by default and the
// reasons say why.
func TestConfidentModelPromotesConflict(t *testing.T) {
	b := "Museum basement floods\n\nWater poured into the basement of the river museum overnight, and staff said 65 paintings were ruined. The building stays closed this week.\n"
	f := conflict(t, b, compare.Options{MinConfidence: compare.DefaultMinConfidence})
	if f == nil {
		t.Fatal("40 paintings vs 65 paintings in matching sentences is not reported")
	}
	if r := strings.Join(f.Reasons, " "); !strings.Contains(r, "alignment model") && !strings.Contains(r, "same slot: painting") {
		t.Errorf("reasons do not name the model's estimate: %q", f.Reasons)
	}
}

// The same conflict with the counted noun left out of one report ("65 were
// ruined") is less certain: not in the default output, but not dropped either.
func TestUncertainConflictIsReportedNotDropped(t *testing.T) {
	b := "Museum basement floods\n\nWater poured into the basement of the river museum overnight, and staff said 65 were ruined. The building stays closed this week.\n"
	find := func(opt compare.Options) *compare.Finding {
		return conflict(t, b, opt)
	}
	if f := find(compare.Options{MinConfidence: compare.DefaultMinConfidence}); f != nil {
		t.Errorf("default output holds the uncertain conflict %q (confidence %.2f)", f.Summary, f.Confidence)
	}
	f := find(compare.Options{})
	if f == nil {
		t.Fatal("with --min-confidence 0 the conflicting counts 40 vs 65 are not reported")
	}
	if f.Confidence >= compare.DefaultMinConfidence {
		t.Errorf("uncertain conflict has confidence %.2f, want below %.2f", f.Confidence, compare.DefaultMinConfidence)
	}
	if !strings.Contains(strings.Join(f.Reasons, " "), "uncertain") {
		t.Errorf("reasons do not say the conflict is uncertain: %q", f.Reasons)
	}
}

// Figures plainly about two facts are no conflict, certain or not: the ages of
// two named people beside one another.
func TestUncertainConflictSkipsTwoFacts(t *testing.T) {
	a := "Two hurt in crash\n\nAnna Berg, 34, and a passenger were hurt when the van left the road near Hollow Bridge on Friday.\n"
	b := "Van crash near bridge\n\nThe driver, Tomas Ilves, 61, was hurt when the van left the road near Hollow Bridge on Friday.\n"
	res := compare.Run(docs(t, a, b), compare.Options{})
	for _, f := range res.Findings {
		if f.Verdict == compare.Discrepancy && f.Kind == "age" {
			t.Errorf("ages of two named people reported as a discrepancy: %q %q", f.Summary, f.Reasons)
		}
	}
}

// Both sentences state both figures: one report's eleven is not set against the other's two.
func TestUncertainConflictSkipsEchoedFigures(t *testing.T) {
	a := "Coach crash\n\nEleven of the injured were taken to Brenmoor General Hospital, where two remain in a serious condition.\n"
	b := "Coach leaves road\n\nEleven people were taken to Brenmoor General Hospital, and two of them are in a serious condition.\n"
	res := compare.Run(docs(t, a, b), compare.Options{})
	for _, f := range res.Findings {
		if f.Verdict == compare.Discrepancy && f.Kind == "number" {
			t.Errorf("figures both reports state set against each other: %q %q", f.Summary, f.Reasons)
		}
	}
}
