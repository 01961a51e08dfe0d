package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// sameMeasure reports whether two counts measure one thing: the same specific counted noun
// ("firefighters", "passengers"; not "people", which any count of persons uses), the same
// outcome (hurt, dead, aboard ... see measureClass), not about two different named
// things, and neither in a sentence about an earlier happening. This is the frame's "what is measured"; the figure itself is never consulted.
func sameMeasure(a, b vitem) bool {
	oa, ob := a.c.Value.Of, b.c.Value.Of
	if a.c.Value.Type != "number" || oa == "" || ob == "" || !sameNoun(oa, ob) {
		return false
	}
	if genericNoun[claims.Lemma(strings.ToLower(oa))] || genericNoun[claims.Lemma(strings.ToLower(ob))] {
		return false
	}
	if measureFit(a.c, b.c) <= 0 || background(a.u) || background(b.u) {
		// A sentence dated to a year or month of its own ("since a gunman killed
		// 20 children ... in 2012") counts an earlier happening.
		return false
	}
	if x, y := a.anchor, b.anchor; x != "" && y != "" && !claims.SameEntity(x, y) {
		return false
	}
	return true
}
