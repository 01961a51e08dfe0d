package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// The words that say what an amount measures: the noun after it (past "in"),
// and the content word before it (past bounds and articles).
func TestMoneyHeads(t *testing.T) {
	cases := []struct {
		sentence, text string
		want           []string
	}{
		{"The lender sold the bonds at a $3.6 billion loss.", "$3.6 billion", []string{"loss", "bond"}},
		{"It tried to counter $1.8 billion in losses from the sale.", "$1.8 billion", []string{"loss", "counter"}},
		{"The board plans to raise more than $2 billion from investors.", "$2 billion", []string{"raise"}},
		{"Thieves took jewels worth £40m.", "£40m", []string{"jewel"}},
	}
	for _, c := range cases {
		at := strings.Index(c.sentence, c.text)
		it := vitem{c: &claims.Claim{Text: c.text, Start: at, End: at + len(c.text), Value: &claims.Value{Type: "money"}},
			u: &unit{stmt: &claims.Claim{Sentence: c.sentence}}}
		got := moneyHeads(it)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("moneyHeads(%q in %q) = %q, want it to hold %q", c.text, c.sentence, got, w)
			}
		}
	}
}
