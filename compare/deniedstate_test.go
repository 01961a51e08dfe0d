package compare_test

import "testing"

// Two reports that deny one subject opposite states ("was not safe" / "is
// not dangerous") contradict each other, wherever the alignment put the two
// sentences; denying one state and asserting its opposite agrees.
func TestDeniedOppositeStates(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  bool
	}{
		{"not safe against not dangerous", []string{
			"The harbour master, aged 61, said the old pier was not safe.",
			"The 61-year-old harbour master said: \"The old pier is not dangerous.\"",
		}, true},
		{"not open agrees with closed", []string{
			"The harbour master, aged 61, said the old pier was not open.",
			"The 61-year-old harbour master said: \"The old pier is closed.\"",
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := reportsDiscrepancy(t, "polarity", tc.texts...); got != tc.want {
				t.Errorf("polarity discrepancy = %v, want %v", got, tc.want)
			}
		})
	}
}
