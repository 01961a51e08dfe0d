package compare

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// FuzzInsideReadings feeds arbitrary sentences to the readers of the inside
// rules: the noun a date modifies must be a word of the sentence after the
// date, and two spellings the name check pairs must each be words of their
// own sentence, one edit apart.
func FuzzInsideReadings(f *testing.F) {
	for _, s := range [][3]string{
		{"The board had a Friday deadline to approve it.", "Senior keeper Wendell Abernathy said it flooded.", "Friday"},
		{"It aired on the March 5 broadcast.", "It flooded, senior keeper Wendell Abernahty said.", "March 5"},
		{"John Jnekin, 23, was arrested where Katie Jenkin lived.", "John Jenkin, 23, was remanded.", "23"},
		{"“Abernathy’s” — the  Arder\u00a0said", "É Émile Émilé", ""},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, a, b, text string) {
		c := &claims.Claim{Text: text, Sentence: a}
		if h := dateHead(c); h != "" {
			i := strings.Index(a, text)
			if i < 0 || text == "" {
				t.Fatalf("dateHead(%q in %q) = %q without the date in the sentence", text, a, h)
			}
		}
		us := []*unit{{src: 0, stmt: &claims.Claim{Sentence: a}}, {src: 1, stmt: &claims.Claim{Sentence: b}}}
		all := func(x, y *unit, swap bool) bool { return true }
		for _, n := range insideNameConflicts(us, all, func(u *unit, w string) bool { return true }) {
			if !insideRespelt(n.x, n.y) {
				t.Fatalf("paired %q and %q, which are not one edit apart", n.x, n.y)
			}
			for _, u := range n.ux {
				if !strings.Contains(u.stmt.Sentence, n.x) {
					t.Fatalf("%q is not in its sentence %q", n.x, u.stmt.Sentence)
				}
			}
			for _, u := range n.uy {
				if !strings.Contains(u.stmt.Sentence, n.y) {
					t.Fatalf("%q is not in its sentence %q", n.y, u.stmt.Sentence)
				}
			}
		}
	})
}
