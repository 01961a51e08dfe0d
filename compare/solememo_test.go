package compare

import "testing"

// TestSoleMemoMatchesScan asks every figure of a generated event each "only
// figure" question twice, and checks the remembered answers against a fresh
// reading of the report: the memo never answers one question with another's
// answer.
func TestSoleMemoMatchesScan(t *testing.T) {
	m := buildModel(Analyze(generatedDocs(t, 5, 400), Options{Jobs: 1}))
	items := m.valueItems()
	yes := 0
	for round := 0; round < 2; round++ {
		for _, it := range items {
			checks := []struct {
				name      string
				got, want bool
			}{
				{"soleCounted", m.soleCounted(it), m.scanSoleCounted(it)},
				{"soleMeasured", m.soleMeasured(it), m.scanSoleMeasured(it)},
				{"soleClock", m.soleClock(it), m.scanSoleClock(it)},
			}
			for _, h := range moneyHeads(it) {
				checks = append(checks, struct {
					name      string
					got, want bool
				}{"soleMoneyFor " + h, m.soleMoneyFor(it, h), m.scanSoleMoneyFor(it, h)})
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Fatalf("round %d, %q (%s): %s remembered %v, read %v", round, it.c.Text, it.c.Value.Type, c.name, c.got, c.want)
				}
				if c.got {
					yes++
				}
			}
		}
	}
	if len(items) == 0 || yes == 0 || yes == 3*len(items)*2 {
		t.Fatalf("%d figures, %d yes answers: the event does not test the memo", len(items), yes)
	}
}
