package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// An age is about the person named beside it, by full name or by surname,
// never by a first name another person shares.
func TestAgeAnchor(t *testing.T) {
	cases := []struct {
		name, sentence, text string
		entities             []string
		want                 string
	}{
		{"surname after the age", "The 36-year-old champion Okafor retained his title.", "36-year-old",
			[]string{"Grace Okafor"}, "Grace Okafor"},
		{"full name", "Grace Okafor, 36, retained her title.", "36", []string{"Grace Okafor"}, "Grace Okafor"},
		{"a shared first name is not the person", "A 31-year-old Robert Lindqvist fell near the hut.", "31-year-old",
			[]string{"Duncan Robert Mairs", "Robert Lindqvist"}, "Robert Lindqvist"},
		{"a relative's surname inside the full name", "John Mairs, 33, was arrested near the house where Katie Mairs, 20, lived.", "33",
			[]string{"Katie Mairs", "John Mairs"}, "John Mairs"},
		{"first name alone is no anchor", "The 36-year-old champion Grace retained her title.", "36-year-old",
			[]string{"Grace Okafor"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			at := strings.Index(c.sentence, c.text)
			u := &unit{stmt: &claims.Claim{Sentence: c.sentence, Entities: c.entities}}
			v := &claims.Claim{Text: c.text, Start: at, End: at + len(c.text), Value: &claims.Value{Type: "age"}}
			if got := anchorOf(v, u); got != c.want {
				t.Errorf("anchorOf = %q, want %q", got, c.want)
			}
		})
	}
}
