package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestOtherHolder checks that ages beside two different personal names are two
// facts, while a nationality or a missing name decides nothing.
func TestOtherHolder(t *testing.T) {
	age := func(anchor string) vitem {
		return vitem{c: &claims.Claim{Value: &claims.Value{Type: "age"}}, anchor: anchor}
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Joseph Rosenbaum", "Anthony Huber", true},
		{"Anthony Huber", "Anthony Huber", false},
		{"Kyle Rittenhouse", "Rittenhouse", false},
		{"Duncan Rait", "Australian", false},
		{"Duncan Rait", "", false},
		{"Wladimir Klitschko", "Wladimir Kltischko", false},
	} {
		if got := otherHolder(age(c.a), age(c.b)); got != c.want {
			t.Errorf("otherHolder(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestEarlierAgeReadsThenAsAWord checks that an age stated for an earlier time is told from a
// present one.
func TestEarlierAgeReadsThenAsAWord(t *testing.T) {
	for _, c := range []struct {
		sentence, age string
		want          bool
	}{
		{"The then-17-year-old was acting in self-defence.", "17-year-old", true},
		{"Ann Hale, then 17, was arrested.", "17", true},
		{"He was 17 at the time of the shooting.", "17", true},
		{"Ann Hale, now 18, was cleared.", "18", false},
		{"The 18-year-old was cleared.", "18-year-old", false},
		{"Efforts to strengthen 17 levees began.", "17", false},
	} {
		at := strings.Index(c.sentence, c.age)
		stmt := &claims.Claim{Sentence: c.sentence, Start: 100}
		cl := &claims.Claim{Value: &claims.Value{Type: "age"}, Start: 100 + at, End: 100 + at + len(c.age)}
		if got := earlierAge(vitem{c: cl, u: &unit{stmt: stmt}}); got != c.want {
			t.Errorf("%q: earlierAge = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestAgeAnchorsBySurname checks that an age finds its person by the surname
// when the report's entity names them in full, and that a first name shared
// with another person is no anchor.
func TestAgeAnchorsBySurname(t *testing.T) {
	for _, c := range []struct {
		sentence, age string
		ents          []string
		want          string
	}{
		{"Via the Associated Press, Rittenhouse, 18, began to cry.", "18", []string{"Associated Press", "Kyle Rittenhouse"}, "Kyle Rittenhouse"},
		{"A climber, 31-year-old Robert Buckley, fell after Rait's death.", "31-year-old", []string{"Duncan Robert Rait", "Robert Buckley"}, "Robert Buckley"},
	} {
		at := strings.Index(c.sentence, c.age)
		stmt := &claims.Claim{Sentence: c.sentence, Start: 0, Entities: c.ents}
		cl := &claims.Claim{Value: &claims.Value{Type: "age"}, Start: at, End: at + len(c.age)}
		if got := anchorOf(cl, &unit{stmt: stmt}); got != c.want {
			t.Errorf("%q: anchor %q, want %q", c.sentence, got, c.want)
		}
	}
}
