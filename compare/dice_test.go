package compare

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// mapDice is dice as it was written with sets, kept to check the scan version.
func mapDice(m *model, a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	w := func(t string) float64 {
		if v, ok := m.idf[t]; ok {
			return v
		}
		return 1
	}
	inB := map[string]bool{}
	sb := 0.0
	for _, t := range b {
		if !inB[t] {
			inB[t] = true
			sb += w(t)
		}
	}
	sa, both := 0.0, 0.0
	seen := map[string]bool{}
	for _, t := range a {
		if seen[t] {
			continue
		}
		seen[t] = true
		sa += w(t)
		if inB[t] {
			both += w(t)
			continue
		}
		for _, u := range b {
			if inB[u] && claims.Related(t, u) {
				both += relatedCredit * math.Min(w(t), w(u))
				break
			}
		}
	}
	return 2 * both / (sa + sb)
}

// TestDiceScansLikeSets checks the scanning dice against the set-based one, bit
// for bit, on slots with repeated, shared, related and unknown words.
func TestDiceScansLikeSets(t *testing.T) {
	m := &model{idf: map[string]float64{"fire": 2, "blaze": 2.5, "dead": 1.5, "people": 0.8, "hurt": 1.7, "injured": 1.9}}
	for _, tc := range []struct {
		name string
		a, b []string
	}{
		{"shared and related", []string{"fire", "dead", "people"}, []string{"blaze", "people"}},
		{"reversed", []string{"blaze", "people"}, []string{"fire", "dead", "people"}},
		{"repeats", []string{"hurt", "hurt", "people", "hurt"}, []string{"injured", "injured", "people"}},
		{"unknown words", []string{"zzq", "fire"}, []string{"qqz", "fire", "zzq"}},
		{"disjoint", []string{"dead"}, []string{"people"}},
		{"empty", nil, []string{"fire"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := m.dice(tc.a, tc.b), mapDice(m, tc.a, tc.b); got != want {
				t.Fatalf("dice = %v, want %v", got, want)
			}
		})
	}
	if m.dice([]string{"hurt"}, []string{"injured"}) == 0 {
		t.Fatal("related words earned no credit: the table does not exercise the related branch")
	}
}
