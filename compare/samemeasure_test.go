package compare_test

import "testing"

// Counts of one measure — the same specific counted noun and the same outcome — conflict
// however differently their sentences are worded; generic nouns and earlier happenings do not.
func TestSameMeasureConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"same noun, same outcome",
			"Dam fire\n\nThree firefighters were hurt and were treated at Orlen Valley Medical Centre.\n",
			"Blaze at dam\n\nTwo firefighters suffered minor injuries on Sunday night, the fire authority said.\n", true},
		{"generic noun",
			"Dam fire\n\nThree people were hurt and were treated at Orlen Valley Medical Centre.\n",
			"Blaze at dam\n\nTwo people suffered minor injuries on Sunday night, the fire authority said.\n", false},
		{"an earlier happening",
			"Dam fire\n\nThree firefighters were hurt and were treated at Orlen Valley Medical Centre.\n",
			"Blaze at dam\n\nIt was the worst fire since two firefighters suffered injuries at the same dam a decade ago.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "number", c.a, c.b)
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
