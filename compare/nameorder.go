package compare

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// reorderedName reports whether two three-word names share the given name and the other two
// words in a different order ("Maria Ortiz Vela" / "Maria Vela Ortiz"): a double surname
// reversed names one person, and only one order is right. Two-word names are left alone:
// "Li Wei" / "Wei Li" may be a naming convention, not an error.
func reorderedName(a, b string) bool {
	wa, wb := foldedNameWords(a), foldedNameWords(b)
	if len(wa) != 3 || len(wb) != 3 || wa[0] != wb[0] {
		return false
	}
	if wa[1] == wb[1] && wa[2] == wb[2] {
		return false
	}
	x, y := append([]string(nil), wa[1:]...), append([]string(nil), wb[1:]...)
	sort.Strings(x)
	sort.Strings(y)
	return x[0] == y[0] && x[1] == y[1] && x[0] != x[1]
}

// foldedNameWords folds a name's words for comparison.
func foldedNameWords(s string) []string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = claims.Fold(foldAccents(trimName(w)))
	}
	return ws
}
