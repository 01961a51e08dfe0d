package claims

// areaUnits are the units of area news uses, in square metres.
var areaUnits = map[string]float64{
	"hectare": 1e4, "hectares": 1e4, "ha": 1e4, "acre": 4046.8564224, "acres": 4046.8564224,
}

// areaUnitAt reads a unit of area at token j: "square metres", "sq ft", "square-mile",
// "km2", "m²", "hectares", "acres". It returns the factor to square metres and the
// index past the unit.
func areaUnitAt(toks []vtok, j int) (measUnit, int, bool) {
	if j >= len(toks) || toks[j].kind != 'w' {
		return measUnit{}, 0, false
	}
	w := toks[j].low
	if f, ok := areaUnits[w]; ok {
		if w == "ha" && !glued(toks, j) && toks[j].text != "ha" {
			return measUnit{}, 0, false
		}
		return measUnit{"m2", f, f, false}, j + 1, true
	}
	if w == "square" || w == "sq" {
		k := j + 1
		if isPunct(toks, k, ".") && w == "sq" {
			k++
		}
		if isPunct(toks, k, "-") && glued(toks, k) {
			k++
		}
		if u, ok := measUnits[low(toks, k)]; ok && u.canon == "m" && toks[k].low != "in" {
			return measUnit{"m2", u.min * u.min, u.max * u.max, false}, k + 1, true
		}
		return measUnit{}, 0, false
	}
	// "km2", "m²": a length unit with a squared mark written onto it
	if u, ok := measUnits[w]; ok && u.canon == "m" && len(w) <= 2 && j+1 < len(toks) && glued(toks, j+1) &&
		(toks[j+1].text == "2" || toks[j+1].text == "²") {
		return measUnit{"m2", u.min * u.min, u.max * u.max, false}, j + 2, true
	}
	return measUnit{}, 0, false
}
