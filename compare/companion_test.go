package compare_test

import "testing"

// A sum beside the same particular conversion in two reports is one sum
// however differently the sentences run; without the shared figure the two
// sentences give no such evidence.
func TestCompanionFigureConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"the same conversion beside both sums",
			"Jewel raid in Lenmark\n\nMasked men smashed the window of a jeweller on Crane Street on Tuesday night.\n\nThey made off with 4m euros (£3.4m) in gems and watches, police said.\n",
			"Lenmark jeweller robbed\n\nA gang drove a van into a jeweller's shop on Crane Street late on Tuesday.\n\nThe stolen rings were estimated to be worth two million euros (£3.4 million).\n", true},
		{"no shared figure beside the sums",
			"Jewel raid in Lenmark\n\nMasked men smashed the window of a jeweller on Crane Street on Tuesday night.\n\nThey made off with 4m euros in gems and watches, police said.\n",
			"Lenmark jeweller robbed\n\nA gang drove a van into a jeweller's shop on Crane Street late on Tuesday.\n\nThe stolen rings were estimated to be worth two million euros.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "money", c.a, c.b)
			if got != c.want {
				t.Errorf("money discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
