package compare

import (
	"math"

	"github.com/claimdiff/claimdiff/claims"
)

// Relative tolerances of approximate figures, by kind, unless Options overrides them.
var approxTolerance = map[claims.Kind]float64{
	claims.KindNumber: 0.10, claims.KindMoney: 0.10, claims.KindPercent: 0.10, claims.KindDuration: 0.10,
	claims.KindAge: 0.05, claims.KindMeasure: 0.10,
}

// exactTolerance absorbs rounding of exact figures; measures get more because
// converted units are rounded to whole numbers ("10 kilometres" / "six miles").
const (
	exactTolerance   = 0.015
	measureTolerance = 0.05
)

// bounds returns the interval a quantity claims, widened by its stated imprecision.
func bounds(v *claims.Value, tol float64) (lo, hi float64) {
	return widened(v, tol, true)
}

// widened is bounds with a choice: digits narrows an exact figure's rounding allowance to
// half a unit of its last stated digit (for overlap); without it every exact figure keeps
// the flat allowance, which is what the severity of a gap is measured against.
func widened(v *claims.Value, tol float64, digits bool) (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	if v.Min != nil {
		lo = *v.Min
	}
	if v.Max != nil {
		hi = *v.Max
	}
	if v.Min == nil && v.Max == nil {
		return lo, hi
	}
	if v.Min != nil && v.Max == nil && (v.Bound == "" || v.Bound == "exact" || v.Bound == "about") {
		hi = lo
	}
	if v.Max != nil && v.Min == nil && (v.Bound == "" || v.Bound == "exact" || v.Bound == "about") {
		lo = hi
	}
	w := exactTolerance
	switch v.Type {
	case "measure":
		w = measureTolerance
	case "magnitude", "ordinal":
		// Magnitudes are stated to a tenth: 8.6 and 8.7 are different readings;
		// a second time is never a first.
		w = 0
	}
	if v.Approx || v.Bound == "about" {
		w = math.Max(tol, v.Precision/math.Max(math.Abs(lo), 1e-9))
	} else if digits && w == exactTolerance && v.Round && v.Type == "number" {
		// A headline's round count stands for any figure its last digit rounds.
		w = math.Max(w, statedDigitTolerance(lo, hi))
	} else if digits && w == exactTolerance {
		w = math.Min(w, statedDigitTolerance(lo, hi))
		if v.Type == "number" && smallCount(lo, hi) {
			// Below a thousand a bare count is a count: "150 remain missing" is not
			// "about 150", and 151 is another figure.
			w = 0.499 / math.Max(math.Abs(lo), 1)
		}
	}
	if !math.IsInf(lo, 0) {
		lo -= math.Abs(lo) * w
	}
	if !math.IsInf(hi, 0) {
		hi += math.Abs(hi) * w
	}
	return lo, hi
}

// quantityRule compares two quantities by interval overlap; it returns whether they
// agree and, when not, the severity of the gap.
func quantityRule(k claims.Kind, a, b *claims.Value, opt Options) (bool, Severity) {
	tol := approxTolerance[k]
	if t, ok := opt.Tolerance[k]; ok {
		tol = t
	}
	if tol == 0 {
		tol = 0.10
	}
	if agree, sev, ok := capsRule(a, b, tol); ok {
		return agree, sev
	}
	alo, ahi := bounds(a, tol)
	blo, bhi := bounds(b, tol)
	if alo <= bhi && blo <= ahi {
		if evolvingFigure(a, b) {
			return false, Minor
		}
		return true, None
	}
	// The gap relative to the larger figure decides severity; round or approximate
	// figures ("a week", "about 60") make a small gap minor.
	alo, ahi = widened(a, tol, false)
	blo, bhi = widened(b, tol, false)
	var gap, ref float64
	if ahi < blo {
		gap, ref = blo-ahi, math.Max(math.Abs(blo), math.Abs(ahi))
	} else {
		gap, ref = alo-bhi, math.Max(math.Abs(alo), math.Abs(bhi))
	}
	rel := 1.0
	if ref > 0 && !math.IsInf(ref, 0) {
		rel = gap / ref
	}
	soft := a.Round || b.Round || a.Approx || b.Approx
	if a.Type == "ordinal" {
		return false, Major
	}
	if a.Type == "magnitude" {
		if gap < 0.3 {
			return false, Minor
		}
		return false, Major
	}
	if (soft && rel <= 0.25) || rel <= 0.05 {
		return false, Minor
	}
	return false, Major
}

// comparable reports whether two values can be judged against each other at all.
func comparable(a, b *claims.Value) bool {
	if a == nil || b == nil || a.Type != b.Type {
		return false
	}
	switch a.Type {
	case "tally":
		return a.For != nil && b.For != nil
	case "date", "time":
		if a.Start != "" && b.Start != "" {
			return true
		}
		if _, _, ok := clockRule(a, b); ok {
			return true
		}
		// Unresolved expressions compare only when both name weekdays or both name a month.
		ma, _ := monthDay(a)
		mb, _ := monthDay(b)
		if ma != "" && mb != "" {
			return true
		}
		if a.Relative != "" && b.Relative != "" && weekday(a.Relative) != "" && weekday(b.Relative) != "" {
			return true
		}
		// A resolved day and a weekday kept as written are set against each
		// other only when they name different weekdays (weekdayClash): the
		// same weekday may still be another week, so no agreement is claimed.
		return weekdayClash(a, b) || weekdayClash(b, a)
	case "quote", "role":
		return false
	}
	if a.Unit != b.Unit {
		return false
	}
	return a.Min != nil || a.Max != nil
}
