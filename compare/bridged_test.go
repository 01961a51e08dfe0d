package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// "At least 17" agrees with 17 and with 25; a group holding all three as one
// fact, joined through the bound, still holds two exact figures that
// contradict each other, though 25 and 17 were never set side by side.
func TestBridgedConflict(t *testing.T) {
	texts := []string{
		"Attack at Brell market\n\nTwenty-five others were injured in the rampage.\n",
		"Brell market attack\n\nAt least 17 other people were injured in the attack, police said.\n",
		"Market shooting in Brell\n\nThe attack also left 17 people injured.\n",
	}
	var docs []*claims.Document
	for i, s := range texts {
		d, err := claims.Parse(string(rune('a'+i))+".txt", []byte(s), claims.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	m := buildModel(Analyze(docs, Options{}))
	m.pm = &defaultPairModel
	m.dup = duplicates(m.as)
	m.rememberAll(m.candidates(0.05))
	items := m.valueItems()
	find := func(src int, text string) int {
		for i, it := range items {
			if it.u.src == src && it.c.Text == text {
				return i
			}
		}
		t.Fatalf("no %q in report %d", text, src)
		return -1
	}
	a, b, c := find(0, "Twenty-five"), find(1, "At least 17"), find(2, "17")
	src := make([]int, len(items))
	for i, it := range items {
		src[i] = it.u.src
	}
	for _, tc := range []struct {
		name  string
		edges []edge
		want  Verdict
	}{
		{"joined through the bound", []edge{{a, b, 0.5}, {b, c, 0.5}}, Discrepancy},
		{"the bound and one figure only", []edge{{a, b, 0.5}}, Agreement},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := groupEdges(src, tc.edges, valueSupport)
			var grp []int
			for _, gr := range g.groups() {
				if len(gr) > len(grp) {
					grp = gr
				}
			}
			f, ok := m.judgeValues(items, grp, g, Options{})
			if !ok || f.Verdict != tc.want {
				t.Errorf("judged %v (kept %v), want %v", f.Verdict, ok, tc.want)
			}
		})
	}
}
