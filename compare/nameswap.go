package compare

import (
	"github.com/claimdiff/claimdiff/claims"
)

// Two neighbouring letters typed in the wrong order ("Thmopson" for
// "Thompson") is the commonest slip in writing a name, and a slip no
// transliteration or second person's name makes: two people whose names
// differ only by such a swap are rare, and a transliteration changes
// letters, not their order. So a swapped spelling that only one report uses,
// of a name word other reports use, needs less evidence of one context than
// other respellings: a shared neighbouring word alone, or a similar
// sentence (nameSwapSim); where the slipping report spells the name right
// elsewhere, an agreement holding both sentences (insidenames.go).

// nameSwapSim is the sentence similarity a swapped spelling's sentence needs
// with another report's sentence spelling the name right, when the two
// mentions share no neighbouring word. Chosen from {0, 0.05, 0.1, 0.15, 0.2}
// leaving one event out at a time (ties to the stricter value): every value
// finds the same planted swaps on the public sets (36 of 39, held out as in
// sample), since a swap inside an agreement is caught by insidenames.go, so
// the stricter 0.2 in every fold.
const nameSwapSim = 0.2

// swapped reports whether two words differ only by two neighbouring letters
// in the other order, past the first letter, after folding case and accents.
func swapped(a, b string) bool {
	x, y := []rune(claims.Fold(foldAccents(a))), []rune(claims.Fold(foldAccents(b)))
	if len(x) != len(y) || len(x) < 4 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if i == 0 || i+1 >= len(x) || x[i] != y[i+1] || x[i+1] != y[i] || x[i] == x[i+1] {
		return false
	}
	for k := i + 2; k < len(x); k++ {
		if x[k] != y[k] {
			return false
		}
	}
	return true
}

// otherFirstName reports whether the capitalised words before two mentions are
// two different first names ("Jane Smyth" / "John Smith"): two people. A
// title before either ("Mr Jnekin" / "John Jenkin", "President Boon Ila" /
// "Cheryl Boone Ila") names no one's first name.
func otherFirstName(a, b nameWord) bool {
	if a.prev == "" || b.prev == "" || a.prev == b.prev || respelt(a.prev, b.prev) {
		return false
	}
	return !claims.IsTitle(a.prev) && !claims.IsTitle(b.prev)
}
