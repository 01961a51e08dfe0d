package compare_test

import "testing"

// A figure reached by a change counts what changed ("the number of injured rose
// to 23"), so two such figures for one measure conflict.
func TestChangedFigureConflicts(t *testing.T) {
	for _, c := range []struct {
		name, a, b string
		want       bool
	}{
		{"two tolls reached by a change",
			"Mine collapse\n\nThe number of miners injured has risen to 21, the hospital in Dunmore said.\n",
			"Colliery disaster\n\nThe number of injured rose to 23 overnight as more workers came forward.\n", true},
		{"a causative change",
			"Mine collapse\n\nRescuers recovered two more bodies, raising the death toll to nine.\n",
			"Colliery disaster\n\nThe death toll from the collapse at the colliery has risen to 11, officials said.\n", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "number", c.a, c.b)
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
