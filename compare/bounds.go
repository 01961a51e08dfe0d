package compare

import (
	"math"

	"github.com/claimdiff/claimdiff/claims"
)

// evolvingScale is how many times larger another figure must be than a lower bound
// ("at least 5 dead" against "24 dead") before the two are an evolving figure rather
// than one count stated loosely. On the public gold every pair above 4.8 is a
// discrepancy, pairs at 1.2 and 1.5 are "either" and bounds that equal the other
// figure are agreements; 1.5 is the smallest factor no gold agreement crosses.
const evolvingScale = 1.5

// isCap reports whether v states only an upper end ("up to 30", "as many as 20,000").
func isCap(v *claims.Value) bool {
	return v.Bound == "at-most" && v.Min == nil && v.Max != nil
}

// isFloor reports whether v states only a lower end ("at least 10", "more than 200").
func isFloor(v *claims.Value) bool {
	return v.Bound == "at-least" && v.Max == nil && v.Min != nil
}

// capsRule compares two caps as caps: "up to 30 jobs" and "up to 60 jobs" state
// different ceilings, though both intervals reach down to zero and so overlap.
// ok is false unless both values are caps.
func capsRule(a, b *claims.Value, tol float64) (agree bool, sev Severity, ok bool) {
	if !isCap(a) || !isCap(b) {
		return false, None, false
	}
	pa, pb := *a, *b
	pa.Min, pb.Min = a.Max, b.Max
	pa.Bound, pb.Bound = "exact", "exact"
	alo, ahi := bounds(&pa, tol)
	blo, bhi := bounds(&pb, tol)
	if alo <= bhi && blo <= ahi {
		return true, None, true
	}
	gap := math.Max(blo-ahi, alo-bhi)
	ref := math.Max(math.Abs(*a.Max), math.Abs(*b.Max))
	if ref > 0 && gap/ref <= 0.25 {
		return false, Minor, true
	}
	return false, Major, true
}

// evolvingFigure reports whether one value is a lower bound far below the other
// figure ("at least 5 killed" against "at least 24 killed" or "24 killed"): both can
// be true, but the reports state the count at very different sizes, as a toll does
// while it grows. The other figure's lower end is what counts; a cap or a range
// that reaches down to the bound is no evolution.
func evolvingFigure(a, b *claims.Value) bool {
	return floorBelow(a, b) || floorBelow(b, a)
}

// floorBelow reports whether a is a lower bound evolvingScale times below b's lowest figure.
func floorBelow(a, b *claims.Value) bool {
	if !isFloor(a) || b.Min == nil || *a.Min <= 0 {
		return false
	}
	if b.Bound == "range" || b.Bound == "at-most" || vagueCount(b) {
		return false
	}
	return *b.Min >= evolvingScale**a.Min
}

// vagueCount reports whether v is a count without a figure ("dozens", "hundreds").
func vagueCount(v *claims.Value) bool {
	return v.Approx && v.Min != nil && v.Max != nil && *v.Min != *v.Max && v.Bound != "range"
}
