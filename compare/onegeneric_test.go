package compare

import "testing"

// A count of persons with no word of their fate is not the same measure as a
// toll of the dead or hurt; two generic nouns, or two fates, are judged
// elsewhere.
func TestOneGeneric(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"people", "death", true},
		{"injured", "persons", true},
		{"people", "others", false},
		{"people", "storeys", false},
		{"dead", "killed", false},
		{"", "dead", false},
	} {
		if got := oneGeneric(c.a, c.b); got != c.want {
			t.Errorf("oneGeneric(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
