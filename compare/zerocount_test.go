package compare_test

import "testing"

// A zero and a positive count of one outcome contradict each other however
// differently they are worded; a zero of another outcome does not.
func TestZeroAgainstCount(t *testing.T) {
	a := "Fire near Dalby\n\nThe grass fire has burned 300 hectares west of Dalby. No deaths have been reported, and no one has been reported missing, officials said.\n"
	for _, c := range []struct {
		name, b string
		want    bool
	}{
		{"missing / unaccounted for",
			"Dalby blaze\n\nThe blaze has destroyed 12 homes, and authorities said one farmer who refused to leave was unaccounted for.\n", true},
		{"another outcome",
			"Dalby blaze\n\nThe blaze has destroyed 12 homes, and authorities said one farmer who refused to leave was treated for burns.\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := reportsDiscrepancy(t, "number", a, c.b)
			if got != c.want {
				t.Errorf("number discrepancy reported = %v, want %v", got, c.want)
			}
		})
	}
}
