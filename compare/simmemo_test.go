package compare

import "testing"

// TestRememberedSimilarities checks the similarity memo: remembered pairs come back
// in either order, the later of two equal keys wins, a second batch overrides the
// first, and a pair never remembered is computed.
func TestRememberedSimilarities(t *testing.T) {
	us := make([]*unit, 4)
	for i := range us {
		us[i] = &unit{src: i, sent: 0, id: i}
	}
	m := &model{sims: map[uint64]float64{}}
	m.rememberAll([]pair{{a: us[0], b: us[1], score: 0.5, exact: 0.5}, {a: us[2], b: us[3], score: 0.7, exact: 0.7}, {a: us[1], b: us[0], score: 0.6, exact: 0.6}, {a: us[0], b: us[2], score: 0.2, exact: 0.2}})
	if len(m.known) != 3 {
		t.Fatalf("%d remembered pairs, want 3 (one key twice)", len(m.known))
	}
	m.rememberAll([]pair{{a: us[3], b: us[2], score: 0.9, exact: 0.9}})
	for _, tc := range []struct {
		a, b *unit
		want float64
	}{
		{us[0], us[1], 0.6}, // the later of two equal keys
		{us[1], us[0], 0.6}, // either order
		{us[2], us[3], 0.9}, // overridden by the second batch
		{us[0], us[2], 0.2},
		{us[1], us[3], 0}, // never remembered: computed (no features, so 0)
	} {
		if got := m.unitSim(tc.a, tc.b); got != tc.want {
			t.Errorf("unitSim(%d, %d) = %v, want %v", tc.a.id, tc.b.id, got, tc.want)
		}
	}
	if _, ok := m.sims[simKey(us[1], us[3])]; !ok {
		t.Error("a computed similarity was not remembered")
	}
}
