package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// An age given by a pronoun ("She was 91.") is the named person's age, so two reports'
// ages of her conflict.
func TestPronounAgeConflicts(t *testing.T) {
	a := "Swimmer dies\n\nActress Mara Quillon died on Thursday in Tarrow.\n\nShe was 91.\n"
	b := "Star dies\n\nScreen star Mara Quillon died in her sleep on Thursday.\n\nShe was 53.\n"
	res := compare.Run(docs(t, a, b), compare.Options{MinConfidence: compare.DefaultMinConfidence})
	for _, f := range res.Findings {
		if f.Verdict == compare.Discrepancy && f.Kind == "age" {
			return
		}
	}
	t.Errorf("ages 91 and 53 of one named person are not reported as a discrepancy")
}
