package compare

import "github.com/claimdiff/claimdiff/claims"

// "No one has been reported missing" and "one resident was unaccounted for"
// state the same outcome (missing) with a zero and a positive count: whoever
// the positive count names, the zero denies there is any. The outcome class
// (measure.go) is the frame here; the counted nouns may differ ("no one" has
// none), and the words around the figures often share nothing.

// zeroAgainstCount reports whether one count is zero and the other positive,
// both of the same outcome, neither in a sentence about an earlier happening
// nor about two different named holders.
func zeroAgainstCount(a, b vitem) bool {
	va, vb := a.c.Value, b.c.Value
	if va.Type != "number" || vb.Type != "number" || va.Min == nil || vb.Min == nil {
		return false
	}
	if zeroCount(a) == zeroCount(b) || measureFit(a.c, b.c) <= 0 || background(a.u) || background(b.u) {
		return false
	}
	if x, y := a.anchor, b.anchor; x != "" && y != "" && !claims.SameEntity(x, y) {
		return false
	}
	return true
}

// zeroCount reports whether a figure is a count of none ("no one", "no deaths").
func zeroCount(it vitem) bool {
	v := it.c.Value
	return v.Type == "number" && v.Min != nil && *v.Min == 0 && v.Max != nil && *v.Max == 0
}
