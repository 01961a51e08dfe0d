package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// A name word after an article ("The Brannok also announced") is a thing or a typo, not a
// person's name spelt another way; the same word without one is a respelling.
func TestNameAfterArticleIsNoRespelling(t *testing.T) {
	for _, c := range []struct {
		name, b string
		want    bool
	}{
		{"respelt", "Harbour master Jonah Keld said Brannok had moored the barge at the quay on Friday.", true},
		{"after an article", "The Brannok had moored the barge at the quay on Friday, harbour master Jonah Keld said.", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := "Barge moored\n\nHarbour master Jonah Keld said Brannock had moored the barge at the quay on Friday.\n"
			res := compare.Run(docs(t, a, "Barge at quay\n\n"+c.b+"\n"), compare.Options{})
			got := false
			for _, f := range res.Findings {
				if f.Verdict == compare.Discrepancy && f.Kind == "name" {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("name discrepancy = %v, want %v", got, c.want)
			}
		})
	}
}
