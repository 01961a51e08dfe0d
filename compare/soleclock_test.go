package compare_test

import "testing"

// Two reports' only local clock readings, said of the same happening, are one
// fact however little else their sentences share, even when a report also
// gives the universal time; readings of two happenings are not.
func TestSoleClockConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"one happening, two times",
			"Quake shakes Varna\n\nThe quake struck the port city of Varna at 4:10 a.m. local time (0110 GMT), waking thousands of residents along the coast.\n",
			"Tremor in Bulgaria\n\nNo damage was reported after the tremor struck at 6:10 a.m., officials in the regional capital said.\n", true},
		{"one happening, the same time",
			"Quake shakes Varna\n\nThe quake struck the port city of Varna at 4:10 a.m. local time (0110 GMT), waking thousands of residents along the coast.\n",
			"Tremor in Bulgaria\n\nNo damage was reported after the tremor struck at 4:10 a.m., officials in the regional capital said.\n", false},
		{"two happenings",
			"Ferry missing\n\nThe ferry Aurelia left the harbour at 6:20 a.m. local time (0320 GMT) with 40 passengers aboard.\n",
			"Ferry search\n\nCoastguards said the Aurelia lost radio contact at 6:45 a.m., about 25 minutes out of port.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "time", c.a, c.b)
			if got != c.want {
				t.Errorf("time discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
