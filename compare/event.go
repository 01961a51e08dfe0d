package compare

import "fmt"

// sameEventMin is the share of sentences that must find a related sentence in
// another report before the reports are taken to cover one event.
const sameEventMin = 0.12

// eventCheck measures how much the reports share; too little means they are
// probably not about one event, and alignments would be invented.
func (m *model) eventCheck(cands []pair) *EventCheck {
	linked := map[*unit]bool{}
	for _, p := range cands {
		if p.score >= 0.25 {
			linked[p.a], linked[p.b] = true, true
		}
	}
	total := 0
	for _, us := range m.units {
		total += len(us)
	}
	if total == 0 {
		return &EventCheck{Same: false, Note: "the reports have no sentences to compare"}
	}
	share := float64(len(linked)) / float64(total)
	ec := &EventCheck{Same: share >= sameEventMin, Similarity: round2(share)}
	if !ec.Same {
		ec.Note = fmt.Sprintf("the reports may not cover the same event: only %.0f%% of sentences relate to another report", 100*share)
	}
	return ec
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}
