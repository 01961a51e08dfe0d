package compare

import "testing"

// TestSameNoun checks which counted nouns name one measured group: plurals
// and lemmas of generic person nouns are one, a generic noun stands for a
// count of persons by what befell them, and different groups stay apart.
func TestSameNoun(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"persons", "people", true},
		{"people", "individuals", true},
		{"people", "killed", true},
		{"dead", "fatalities", true},
		{"residents", "population", true},
		{"people", "storeys", false},
		{"passengers", "flats", false},
		{"infants", "persons", false},
	} {
		if got := sameNoun(c.a, c.b); got != c.want {
			t.Errorf("sameNoun(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := sameNoun(c.b, c.a); got != c.want {
			t.Errorf("sameNoun(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}
