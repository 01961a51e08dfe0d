package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// An age marked as the person's age at an earlier time is not the age the
// person is now.
func TestEarlierAge(t *testing.T) {
	item := func(sentence, text string) vitem {
		at := strings.Index(sentence, text)
		stmt := &claims.Claim{Sentence: sentence, Start: 100}
		c := &claims.Claim{Text: text, Start: 100 + at, End: 100 + at + len(text), Value: &claims.Value{Type: "age"}}
		return vitem{c: c, u: &unit{stmt: stmt}}
	}
	cases := []struct {
		sentence, text string
		want           bool
	}{
		{"Lawyers said the then-17-year-old acted in self-defence.", "17-year-old", true},
		{"Okafor, then 17, was arrested at the scene.", "17", true},
		{"Okafor, 17 at the time, was arrested at the scene.", "17", true},
		{"Okafor, 18, was cleared on all counts.", "18", false},
		{"The 18-year-old was cleared on all counts.", "18-year-old", false},
	}
	for _, c := range cases {
		if got := earlierAge(item(c.sentence, c.text)); got != c.want {
			t.Errorf("earlierAge(%q in %q) = %v, want %v", c.text, c.sentence, got, c.want)
		}
	}
	if !ageTimesDiffer(item(cases[0].sentence, cases[0].text), item(cases[3].sentence, cases[3].text)) {
		t.Error("a then-age and a present age should be two facts")
	}
	if ageTimesDiffer(item(cases[3].sentence, cases[3].text), item(cases[4].sentence, cases[4].text)) {
		t.Error("two present ages should be comparable")
	}
}
