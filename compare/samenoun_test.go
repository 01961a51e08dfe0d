package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

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

// TestSevereCountIsItsOwnMeasure checks that a count of the critically hurt is
// told from a count of the hurt, while the hurt and the hospitalised are one.
func TestSevereCountIsItsOwnMeasure(t *testing.T) {
	count := func(slot ...string) *claims.Claim {
		return &claims.Claim{Value: &claims.Value{Type: "number"}, Slot: slot}
	}
	for _, c := range []struct {
		name string
		a, b *claims.Claim
		want float64
	}{
		{"critical vs injured", count("known", "critical", "condition"), count("people", "injure"), -1},
		{"seriously hurt vs critical", count("seriously", "hurt"), count("critical", "condition"), 1},
		{"injured vs hospital", count("people", "injure"), count("hospital", "treat"), 1},
		{"critical vs none", count("critical"), count("people"), 0},
	} {
		if got := measureFit(c.a, c.b); got != c.want {
			t.Errorf("%s: measureFit = %v, want %v", c.name, got, c.want)
		}
	}
}
