package compare

import (
	"math"
	"strconv"
	"strings"
)

// statedDigitTolerance is the relative rounding an exact figure can hide: half a unit of its
// last significant digit ("189" hides nothing, "150" may stand for 145 to 154, "2.6 million"
// for 2.55 to 2.65 million). A figure stated to the unit is exact, so 188 and 189 people differ
// although they are within 1.5% of each other. It returns +Inf when the figure is unbounded or
// zero, so the caller's own tolerance applies.
func statedDigitTolerance(lo, hi float64) float64 {
	v := finiteEnd(lo, hi)
	if math.IsInf(v, 0) || v == 0 {
		return math.Inf(1)
	}
	v = math.Abs(v)
	return statedPlace(v) / 2 * 0.999 / v
}

// statedPlace is the place value of the last non-zero digit of v as written in shortest
// decimal form: 189 → 1, 150 → 10, 2600000 → 100000, 6.25 → 0.01.
func statedPlace(v float64) float64 {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	if frac != "" {
		return math.Pow(10, -float64(len(frac)))
	}
	zeros := len(intPart) - len(strings.TrimRight(intPart, "0"))
	return math.Pow(10, float64(zeros))
}

// smallCountLimit is where bare counts start to be rounded in news copy: tolls,
// crews and votes below it are given to the unit ("150 missing" is 150), larger
// crowds and sums are not ("230,000 people" may be 231,500).
const smallCountLimit = 1000

// smallCount reports whether an exact figure lies below smallCountLimit.
func smallCount(lo, hi float64) bool {
	v := finiteEnd(lo, hi)
	return !math.IsInf(v, 0) && math.Abs(v) < smallCountLimit
}

// finiteEnd is the figure an interval states: its lower end, or its upper end
// when the lower is open.
func finiteEnd(lo, hi float64) float64 {
	if math.IsInf(lo, 0) {
		return hi
	}
	return lo
}
