package compare

import (
	_ "embed"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

//go:generate go run ../internal/antgen -out antonym_data/adjectives.txt

// adjectiveOpposites is WordNet 3.0's adjective antonymy, read through its
// clusters (see internal/antgen): a head word against the other head's
// words, and a satellite's words against their head's antonym ("perilous" /
// "safe"). Licence: antonym_data/LICENSE-WordNet.
//
//go:embed antonym_data/adjectives.txt
var adjectiveOpposites string

// adjectiveOppositesOf calls fn with each opposite the table gives the
// word. The table is sorted with each pair in both orders, so the word's
// lines are found by binary search in the embedded text itself: nothing is
// built or allocated, whatever the run.
func adjectiveOppositesOf(w string, fn func(string)) {
	text := adjectiveOpposites
	key := func(s int) (string, int) { // the key of the line starting at s, and the line's end
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		k, _, _ := strings.Cut(text[s:e], "\t")
		return k, e
	}
	lo, hi := 0, len(text)
	for lo < hi {
		mid := (lo + hi) / 2
		s := strings.LastIndexByte(text[:mid], '\n') + 1
		if k, e := key(s); k < w {
			lo = e + 1
		} else {
			hi = s
		}
	}
	for s := lo; s < len(text); {
		k, e := key(s)
		if k != w {
			return
		}
		if _, o, ok := strings.Cut(text[s:e], "\t"); ok {
			fn(o)
		}
		s = e + 1
	}
}

// stateOpposites reports whether two states a copula gives a subject are
// opposites: a reviewed pair of antonym.go, or two adjectives WordNet's
// clusters oppose ("not safe" / "not perilous"). Only the state rules ask
// WordNet: quotes and the soft scorer keep to the reviewed list.
func stateOpposites(a, b string) bool {
	if antonyms(antonymIndex(), a, b) {
		return true
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	lb, found := claims.Lemma(b), false
	for _, x := range []string{a, claims.Lemma(a)} {
		adjectiveOppositesOf(x, func(o string) {
			found = found || o == b || o == lb
		})
	}
	return found
}
