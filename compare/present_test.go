package compare_test

import "testing"

// A sentence dated to the period the report is written in ("this year's
// side") speaks of the event itself, so its count still meets the other
// report's only count of the same thing; a sentence dated to an earlier year
// does not.
func TestPresentPeriodIsNotBackground(t *testing.T) {
	a := "Harriers edge Rovers\n\nThe Harriers beat the Rovers 2-1 at Dunmore Park on Saturday.\n\nDefensively, the Harriers forced three corners in the closing minutes.\n"
	for _, c := range []struct {
		name, b string
		want    bool
	}{
		{"dated to the present year",
			"Rovers fall again\n\nThe Rovers lost 2-1 away to the Harriers at Dunmore Park on Saturday.\n\nBut this year's side was undone once more by five corners, a missed penalty and a red card.\n", true},
		{"dated to an earlier year",
			"Rovers fall again\n\nThe Rovers lost 2-1 away to the Harriers at Dunmore Park on Saturday.\n\nIn 2019 the side was undone once more by five corners, a missed penalty and a red card.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "number", a, c.b)
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
