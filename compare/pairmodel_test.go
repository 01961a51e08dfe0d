package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// The fitted model must have a weight for every feature: adding a feature
// without refitting (go generate ./compare) would silently ignore it.
func TestPairModelShape(t *testing.T) {
	if len(defaultPairModel.Weights) != nPairFeatures {
		t.Errorf("pair model has %d weights for %d features; run go generate ./compare", len(defaultPairModel.Weights), nPairFeatures)
	}
	if len(defaultPairModel.AgreeWeights) != nPairFeatures+1 {
		t.Errorf("agreement model has %d weights for %d features", len(defaultPairModel.AgreeWeights), nPairFeatures+1)
	}
	if m := defaultPairModel; !(m.Join > 0 && m.Join < 1 && m.Conflict > DefaultMinConfidence && m.Conflict <= 1) {
		t.Errorf("thresholds out of range: %+v", m)
	}
}

// Context raises the probability of one fact; a factor of ten between the figures lowers it.
func TestPairModelDirections(t *testing.T) {
	w := defaultPairModel.Weights
	for _, c := range []struct {
		name string
		sign float64
	}{{"context", 1}, {"far-apart", -1}, {"vague", -1}} {
		for i, n := range PairFeatureNames {
			if n == c.name && w[i]*c.sign <= 0 {
				t.Errorf("weight of %s is %+.2f, want sign %+.0f", n, w[i], c.sign)
			}
		}
	}
}

// A count says what befell the people it counts; the counted noun outranks the words around it.
func TestMeasureOf(t *testing.T) {
	for _, c := range []struct {
		of   string
		slot []string
		want string
	}{
		{"people", []string{"kill", "attack"}, "dead"},
		{"wounded", []string{"kill", "wound"}, "hurt"},
		{"people", []string{"kill", "injure"}, ""},
		{"", []string{"missing", "remain"}, "missing"},
		{"rifles", []string{"seize"}, ""},
	} {
		cl := &claims.Claim{Slot: c.slot, Value: &claims.Value{Type: "number", Of: c.of}}
		if got := measureOf(cl); got != c.want {
			t.Errorf("measureOf(of %q, slot %v) = %q, want %q", c.of, c.slot, got, c.want)
		}
	}
}

// Summaries say what is measured and which report gives which value.
func TestSummarize(t *testing.T) {
	pos := []Position{{Value: "11 dead", Sources: []string{"s2", "s3"}}, {Value: "9", Sources: []string{"s1"}}}
	dead := []claims.Claim{{Slot: []string{"kill"}, Value: &claims.Value{Type: "number", Of: "dead"}}}
	// The counted noun only restates the label, so it goes ("killed: 11", not "killed: 11 dead").
	if got, want := summarize(measureLabel(dead), pos, true), "killed: 11 (s2, s3) vs 9 (s1)"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	age := []claims.Claim{{Value: &claims.Value{Type: "age"}}}
	if got, want := summarize(measureLabel(age), pos[:1], false), "age: 11 dead (s2, s3)"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	st := []claims.Claim{{Source: "s1", Text: "The ferry docked at the quay at noon after a long delay caused by fog over the estuary."}, {Source: "s2", Text: "The ferry docked at noon."}}
	if got, want := statementSummary(st), "“The ferry docked at noon.” (s1, s2)"; got != want {
		t.Errorf("statement summary %q, want %q", got, want)
	}
}

// A unique detail is shown by the clause that carries the unmatched words.
func TestResidualPhrase(t *testing.T) {
	s := "Hana Kovac, a harbour pilot from Wexhall, steered the ferry clear on Tuesday."
	if got, want := residualPhrase(s, []string{"harbour", "pilot", "wexhall"}), "a harbour pilot from Wexhall"; got != want {
		t.Errorf("residualPhrase = %q, want %q", got, want)
	}
	if got := residualPhrase(s, []string{"zeppelin"}); got != "" {
		t.Errorf("no unmatched word in the sentence: got %q", got)
	}
}
