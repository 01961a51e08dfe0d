package compare

import (
	"fmt"
	"math"
	"testing"
)

// TestSoftScorerMatchesPart checks the candidate search's soft scorer against
// softIndex.part on every ordered pair of units of generated events: the same
// bits, so candidate scores, and the ties they decide, do not change.
func TestSoftScorerMatchesPart(t *testing.T) {
	for _, n := range []int{2, 5} {
		t.Run(fmt.Sprintf("reports=%d", n), func(t *testing.T) {
			m := buildModel(Analyze(generatedDocs(t, n, 400), Options{Jobs: 1}))
			sc := newSoftScorer(m.soft, len(m.tid))
			pairs, nonzero := 0, 0
			for _, u := range m.all {
				if !m.soft.linked(u) {
					continue
				}
				sc.reset(u)
				for _, b := range m.all {
					wd, ws := m.soft.part(u, b)
					gd, gs := sc.part(b)
					pairs++
					if math.Float64bits(gd) != math.Float64bits(wd) || math.Float64bits(gs) != math.Float64bits(ws) {
						t.Fatalf("%d/%d vs %d/%d: scorer (%v, %v), part (%v, %v)", u.src, u.sent, b.src, b.sent, gd, gs, wd, ws)
					}
					if wd != 0 {
						nonzero++
					}
				}
			}
			if nonzero == 0 {
				t.Fatalf("no pair of %d has a soft part: the events do not test soft matching", pairs)
			}
		})
	}
}
