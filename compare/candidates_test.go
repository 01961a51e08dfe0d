package compare

import (
	"fmt"
	"slices"
	"testing"
)

// pairKeys names candidate pairs by report, sentence and score, for comparing lists.
func pairKeys(ps []pair) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fmt.Sprintf("%d/%d-%d/%d:%v", p.a.src, p.a.sent, p.b.src, p.b.sent, p.score)
	}
	return out
}

// TestCandidatesScoreOnlyRelatedPairs counts the pairs candidate search scores as an
// event grows: exactly the cross-report pairs that share a term walked through the
// index, never all pairs, and the kept candidates stay within maxPartners per report.
func TestCandidatesScoreOnlyRelatedPairs(t *testing.T) {
	for _, n := range []int{2, 6, 12} {
		t.Run(fmt.Sprintf("reports=%d", n), func(t *testing.T) {
			m := buildModel(Analyze(generatedDocs(t, n, 400), Options{Jobs: 1}))
			m.jobs = 1
			cands := m.candidates(0.05)
			df := map[int32]int{}
			for _, u := range m.all {
				for _, id := range u.tids {
					df[id]++
				}
			}
			related, all := 0, 0
			for i, a := range m.all {
				for _, b := range m.all[i+1:] {
					if a.src == b.src {
						continue
					}
					all++
					for _, id := range a.tids {
						if _, ok := b.weight(id); ok && df[id] <= maxPosting {
							related++
							break
						}
					}
				}
			}
			if m.scored != related {
				t.Errorf("scored %d pairs, want the %d cross-report pairs sharing an indexed term (of %d)", m.scored, related, all)
			}
			if n > 2 && related >= all {
				t.Errorf("every one of %d pairs is related: the event does not test the index", all)
			}
			if limit := len(m.all) * (n - 1) * maxPartners; len(cands) > limit {
				t.Errorf("%d candidates, want at most %d", len(cands), limit)
			}
			m3 := buildModel(m.as)
			m3.jobs = 3
			if c3 := m3.candidates(0.05); !slices.Equal(pairKeys(c3), pairKeys(cands)) || m3.scored != m.scored {
				t.Errorf("3 jobs: %d candidates, %d scored; 1 job: %d, %d", len(c3), m3.scored, len(cands), m.scored)
			}
			for _, p := range cands {
				if p.a.src >= p.b.src {
					t.Fatalf("candidate %d/%d - %d/%d not ordered by report", p.a.src, p.a.sent, p.b.src, p.b.sent)
				}
			}
		})
	}
}
