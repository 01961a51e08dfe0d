package claims

// measUnit converts a unit to its canonical unit; ambiguous units (US or imperial
// gallons, short or long tons) carry an interval of factors.
type measUnit struct {
	canon    string
	min, max float64
	// glue marks short symbols ("t", "g", "l", "in") that only count written onto a figure.
	glue bool
}

var measUnits = map[string]measUnit{
	"m": {"m", 1, 1, false}, "metre": {"m", 1, 1, false}, "metres": {"m", 1, 1, false}, "meter": {"m", 1, 1, false}, "meters": {"m", 1, 1, false},
	"km": {"m", 1000, 1000, false}, "kms": {"m", 1000, 1000, false}, "kilometre": {"m", 1000, 1000, false}, "kilometres": {"m", 1000, 1000, false},
	"kilometer": {"m", 1000, 1000, false}, "kilometers": {"m", 1000, 1000, false},
	"cm": {"m", 0.01, 0.01, false}, "centimetre": {"m", 0.01, 0.01, false}, "centimetres": {"m", 0.01, 0.01, false},
	"centimeter": {"m", 0.01, 0.01, false}, "centimeters": {"m", 0.01, 0.01, false},
	"mm": {"m", 0.001, 0.001, false}, "millimetre": {"m", 0.001, 0.001, false}, "millimetres": {"m", 0.001, 0.001, false},
	"millimeter": {"m", 0.001, 0.001, false}, "millimeters": {"m", 0.001, 0.001, false},
	"mile": {"m", 1609.344, 1609.344, false}, "miles": {"m", 1609.344, 1609.344, false}, "mi": {"m", 1609.344, 1609.344, false},
	"ft": {"m", 0.3048, 0.3048, false}, "foot": {"m", 0.3048, 0.3048, false}, "feet": {"m", 0.3048, 0.3048, false},
	"inch": {"m", 0.0254, 0.0254, false}, "inches": {"m", 0.0254, 0.0254, false}, "in": {"m", 0.0254, 0.0254, true},
	"yard": {"m", 0.9144, 0.9144, false}, "yards": {"m", 0.9144, 0.9144, false}, "yd": {"m", 0.9144, 0.9144, false}, "yds": {"m", 0.9144, 0.9144, false},
	"kg": {"kg", 1, 1, false}, "kgs": {"kg", 1, 1, false}, "kilo": {"kg", 1, 1, false}, "kilos": {"kg", 1, 1, false},
	"kilogram": {"kg", 1, 1, false}, "kilograms": {"kg", 1, 1, false}, "kilogramme": {"kg", 1, 1, false}, "kilogrammes": {"kg", 1, 1, false},
	"g": {"kg", 0.001, 0.001, true}, "gram": {"kg", 0.001, 0.001, false}, "grams": {"kg", 0.001, 0.001, false},
	"gramme": {"kg", 0.001, 0.001, false}, "grammes": {"kg", 0.001, 0.001, false},
	"mg": {"kg", 1e-6, 1e-6, false}, "milligram": {"kg", 1e-6, 1e-6, false}, "milligrams": {"kg", 1e-6, 1e-6, false},
	"μg": {"kg", 1e-9, 1e-9, false}, "mcg": {"kg", 1e-9, 1e-9, false}, "microgram": {"kg", 1e-9, 1e-9, false}, "micrograms": {"kg", 1e-9, 1e-9, false},
	"lb": {"kg", 0.45359237, 0.45359237, false}, "lbs": {"kg", 0.45359237, 0.45359237, false},
	"pound": {"kg", 0.45359237, 0.45359237, false}, "pounds": {"kg", 0.45359237, 0.45359237, false},
	"oz": {"kg", 0.028349523, 0.028349523, false}, "ounce": {"kg", 0.028349523, 0.028349523, false}, "ounces": {"kg", 0.028349523, 0.028349523, false},
	"ton": {"kg", 907.18474, 1016.0469, false}, "tons": {"kg", 907.18474, 1016.0469, false},
	"tonne": {"kg", 1000, 1000, false}, "tonnes": {"kg", 1000, 1000, false}, "t": {"kg", 1000, 1000, true},
	"stone": {"kg", 6.35029, 6.35029, false},
	"l":     {"l", 1, 1, true}, "litre": {"l", 1, 1, false}, "litres": {"l", 1, 1, false}, "liter": {"l", 1, 1, false}, "liters": {"l", 1, 1, false},
	"ml": {"l", 0.001, 0.001, false}, "millilitre": {"l", 0.001, 0.001, false}, "millilitres": {"l", 0.001, 0.001, false},
	"milliliter": {"l", 0.001, 0.001, false}, "milliliters": {"l", 0.001, 0.001, false}, "cl": {"l", 0.01, 0.01, false},
	"gallon": {"l", 3.785411784, 4.54609, false}, "gallons": {"l", 3.785411784, 4.54609, false},
	"pint": {"l", 0.473176, 0.568261, false}, "pints": {"l", 0.473176, 0.568261, false},
	"barrel": {"l", 158.987, 158.987, false}, "barrels": {"l", 158.987, 158.987, false}, "bbl": {"l", 158.987, 158.987, false},
}

// measUnitAt reads a unit at token j, including two-word units ("cubic feet", "metric tons").
func measUnitAt(toks []vtok, j int) (measUnit, int, bool) {
	if j >= len(toks) || toks[j].kind != 'w' {
		return measUnit{}, 0, false
	}
	if u, k, ok := areaUnitAt(toks, j); ok {
		return u, k, true
	}
	if u, k, ok := electricalUnitAt(toks, j); ok {
		return u, k, true
	}
	if u, k, ok := speedUnitAt(toks, j); ok {
		return u, k, true
	}
	u, k, ok := baseUnitAt(toks, j)
	if !ok {
		return measUnit{}, 0, false
	}
	if s, k2, ok := speedAfter(toks, u, k); ok {
		return s, k2, true
	}
	return u, k, true
}

// baseUnitAt reads a unit of length, mass, volume at token j.
func baseUnitAt(toks []vtok, j int) (measUnit, int, bool) {
	w := toks[j].low
	switch w {
	case "cubic":
		switch low(toks, j+1) {
		case "feet", "foot", "ft":
			return measUnit{"l", 28.316846592, 28.316846592, false}, j + 2, true
		case "metres", "meters", "metre", "meter", "m":
			return measUnit{"l", 1000, 1000, false}, j + 2, true
		}
		return measUnit{}, 0, false
	case "metric":
		if isWord(toks, j+1, "ton", "tons", "tonne", "tonnes") {
			return measUnit{"kg", 1000, 1000, false}, j + 2, true
		}
	case "nautical":
		if isWord(toks, j+1, "mile", "miles") {
			return measUnit{"m", 1852, 1852, false}, j + 2, true
		}
	case "square":
		return measUnit{}, 0, false
	}
	u, ok := measUnits[w]
	if !ok || u.glue && !glued(toks, j) {
		return measUnit{}, 0, false
	}
	return u, j + 1, true
}

// parseMeasures proposes lengths (m), masses (kg), volumes (l) and temperatures (C):
// "2.5-mile", "5 ft 2 in", "16,000 metric tons", "98.6 degrees f".
func parseMeasures(toks []vtok, norm string, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		var q qty
		ok := false
		if isPunct(toks, i+1, "/") && i+2 < len(toks) && toks[i].kind == 'n' && toks[i+2].kind == 'n' && glued(toks, i+1) && glued(toks, i+2) && toks[i+2].num > toks[i].num && toks[i+2].num <= 16 {
			q, ok = point(toks[i].num/toks[i+2].num, i, i+3), true // "1/4 mile"
		} else {
			q, ok = parseAmount(toks, i)
		}
		if !ok {
			continue
		}
		if c, ok := temperatureAfter(toks, q); ok {
			cs = append(cs, c)
			i = c.j - 1
			continue
		}
		j := q.j
		if isPunct(toks, j, "-") && glued(toks, j) && glued(toks, j+1) {
			j++ // "2.5-mile", "three-ton"
		} else if isWord(toks, j, "net", "gross", "total") {
			j++ // "352 net yards"
		}
		u, k, ok := measUnitAt(toks, j)
		if !ok {
			continue
		}
		w := toks[j].low
		if (w == "pound" || w == "pounds") && poundsMeanMoney(toks, q) {
			continue
		}
		if w == "m" && !glued(toks, j) && j > q.j {
			continue
		}
		if w == "m" && mIsMillion(toks, j) {
			continue
		}
		lo, hi := q.min*u.min, q.max*u.max
		// "5 ft 2 in", "5 feet and 2 inches"
		if w == "ft" || w == "feet" || w == "foot" {
			m := k
			if isWord(toks, m, "and") {
				m++
			}
			if r, ok := parseNumber(toks, m); ok && r.min < 12 {
				if isWord(toks, r.j, "in", "inch", "inches") || isPunct(toks, r.j, `"`) {
					lo += r.min * 0.0254
					hi += r.max * 0.0254
					k = r.j + 1
				}
			}
		}
		v := qtyValue("measure", u.canon, q)
		v.Min, v.Max = F(lo), F(hi)
		v.Of = referencePoint(toks, k)
		cs = append(cs, vcand{kind: KindMeasure, i: q.i, j: k, v: v, prio: prioMeasure, mod: true})
		i = k - 1
	}
	return cs
}

// temperatureAfter reads a temperature scale after the amount q and converts to Celsius:
// "40 deg celsius", "98.6 degrees f", "90 fahrenheit", "20C", "-5°F".
func temperatureAfter(toks []vtok, q qty) (vcand, bool) {
	j := q.j
	deg := false
	if isPunct(toks, j, "°") {
		deg = true
		j++
	} else if isWord(toks, j, "degrees", "degree", "deg") {
		deg = true
		j++
		if isPunct(toks, j, ".") && toks[j-1].low == "deg" {
			j++
		}
	}
	scale := ""
	switch low(toks, j) {
	case "celsius", "celcius", "centigrade":
		scale = "C"
	case "fahrenheit", "farenheit", "fahrenheight":
		scale = "F"
	case "c":
		if deg || glued(toks, j) && toks[j].text == "C" {
			scale = "C"
		}
	case "f":
		if deg || glued(toks, j) && toks[j].text == "F" {
			scale = "F"
		}
	}
	if scale == "" {
		return vcand{}, false
	}
	// "10.5 c" glued or with a degree sign only; a bare lower-case letter is not a scale
	lo, hi := q.min, q.max
	if scale == "F" {
		lo, hi = (lo-32)*5/9, (hi-32)*5/9
	}
	v := qtyValue("measure", "C", q)
	v.Min, v.Max = F(lo), F(hi)
	return vcand{kind: KindMeasure, i: q.i, j: j + 1, v: v, prio: prioMeasure, mod: true}, true
}

// compass words name the direction of a distance ("15 miles north of Detroit").
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-northeast": true, "north-northwest": true,
	"south-southeast": true, "south-southwest": true, "east-northeast": true, "east-southeast": true,
	"west-northwest": true, "west-southwest": true, "northeastern": true, "northern": true, "southern": true,
}

// referencePoint returns the place a distance is measured from, lower-cased:
// "15 miles north of Detroit" -> "detroit", "50 miles north of here" -> "here",
// "20 km from the capital" -> "capital". Distances from different places are
// different facts, however alike the figures.
func referencePoint(toks []vtok, k int) string {
	j := k
	for n := 0; n < 3 && j < len(toks) && (compass[toks[j].low] || isPunct(toks, j, "-")); n++ {
		j++
	}
	switch {
	case j > k && isWord(toks, j, "of"):
		j++
	case isWord(toks, j, "from"):
		j++
	default:
		return ""
	}
	if isWord(toks, j, "the") {
		j++
	}
	if j < len(toks) && toks[j].kind == 'w' && (isCap(toks[j]) || toks[j].low == "here" || toks[j].low == "there") {
		return toks[j].low
	}
	if j < len(toks) && toks[j].kind == 'w' && !stopWords[toks[j].low] {
		return toks[j].low
	}
	return ""
}
