package claims

// speedUnits are speeds written as one word, in metres per hour.
var speedUnits = map[string]float64{
	"mph": 1609.344, "kph": 1000, "kmh": 1000, "knot": 1852, "knots": 1852,
}

// speedAfter extends a length unit ending at token k into a speed: "miles per hour",
// "kilometres an hour", "km/h", "metres a second". A distance and a speed are
// different quantities, so "120 miles per hour" must never meet "120 miles".
func speedAfter(toks []vtok, u measUnit, k int) (measUnit, int, bool) {
	if u.canon != "m" {
		return measUnit{}, 0, false
	}
	per := -1
	switch {
	case isWord(toks, k, "per", "an", "a"):
		per = k + 1
	case isPunct(toks, k, "/") && glued(toks, k) && glued(toks, k+1):
		per = k + 1
	}
	if per < 0 {
		return measUnit{}, 0, false
	}
	switch low(toks, per) {
	case "hour", "h", "hr":
		return measUnit{"m/h", u.min, u.max, false}, per + 1, true
	case "second", "s", "sec":
		return measUnit{"m/h", u.min * 3600, u.max * 3600, false}, per + 1, true
	}
	return measUnit{}, 0, false
}

// speedUnitAt reads a one-word speed ("mph", "knots") at token j.
func speedUnitAt(toks []vtok, j int) (measUnit, int, bool) {
	f, ok := speedUnits[low(toks, j)]
	if !ok || toks[j].kind != 'w' {
		return measUnit{}, 0, false
	}
	return measUnit{"m/h", f, f, false}, j + 1, true
}
