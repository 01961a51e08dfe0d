package compare

import "testing"

// TestDiceMemo checks that remembered slot overlaps equal freshly computed ones, and
// that lists sharing a backing array but not a length are told apart.
func TestDiceMemo(t *testing.T) {
	m := &model{idf: map[string]float64{"fire": 2, "blaze": 2.5, "dead": 1.5, "people": 0.8}}
	slot := []string{"fire", "dead", "people"}
	other := []string{"blaze", "people"}
	for _, tc := range []struct {
		name string
		a, b []string
	}{
		{"whole lists", slot, other},
		{"reversed", other, slot},
		{"prefix of the same array", slot[:1], other},
		{"same list twice", slot, slot},
		{"empty", nil, other},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := 0.0
			if len(tc.a) > 0 && len(tc.b) > 0 {
				want = m.slotDice(tc.a, tc.b)
			}
			for i := range 2 { // the second call is answered from the memo
				if got := m.dice(tc.a, tc.b); got != want {
					t.Fatalf("call %d: dice = %v, want %v", i+1, got, want)
				}
			}
		})
	}
	if m.dice(slot[:1], other) == m.dice(slot, other) {
		t.Fatal("a prefix and its whole list got one remembered overlap")
	}
}
