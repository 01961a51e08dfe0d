package claims

// electricalUnits are units of voltage (V), power (W), energy (Wh) and current (A),
// with the factor to the base unit. Short symbols count only written onto a figure
// in their usual capitals ("230V", "5 MW", "40 kWh"): "5 w" or "a 3 a" is not a unit.
var electricalUnits = map[string]struct {
	canon  string
	factor float64
	symbol string // the exact spelling a short symbol needs; "" for words
}{
	"volt": {"V", 1, ""}, "volts": {"V", 1, ""}, "kilovolt": {"V", 1e3, ""}, "kilovolts": {"V", 1e3, ""},
	"v": {"V", 1, "V"}, "kv": {"V", 1e3, "kV"},
	"watt": {"W", 1, ""}, "watts": {"W", 1, ""}, "kilowatt": {"W", 1e3, ""}, "kilowatts": {"W", 1e3, ""},
	"megawatt": {"W", 1e6, ""}, "megawatts": {"W", 1e6, ""}, "gigawatt": {"W", 1e9, ""}, "gigawatts": {"W", 1e9, ""},
	"w": {"W", 1, "W"}, "kw": {"W", 1e3, "kW"}, "mw": {"W", 1e6, "MW"}, "gw": {"W", 1e9, "GW"},
	"kwh": {"Wh", 1e3, "kWh"}, "mwh": {"Wh", 1e6, "MWh"}, "gwh": {"Wh", 1e9, "GWh"}, "twh": {"Wh", 1e12, "TWh"},
	"amp": {"A", 1, ""}, "amps": {"A", 1, ""}, "ampere": {"A", 1, ""}, "amperes": {"A", 1, ""},
	"mah": {"Ah", 1e-3, "mAh"},
}

// electricalUnitAt reads a unit of voltage, power, energy or current at token j:
// "230V", "5 MW", "40 kWh", "500 megawatts", "kilowatt-hours".
func electricalUnitAt(toks []vtok, j int) (measUnit, int, bool) {
	if j >= len(toks) || toks[j].kind != 'w' {
		return measUnit{}, 0, false
	}
	u, ok := electricalUnits[toks[j].low]
	if !ok || u.symbol != "" && toks[j].text != u.symbol {
		return measUnit{}, 0, false
	}
	k := j + 1
	// "kilowatt-hours", "megawatt hours": power over time is energy
	if u.canon == "W" && u.symbol == "" {
		h := k
		if isPunct(toks, h, "-") && glued(toks, h) {
			h++
		}
		if isWord(toks, h, "hour", "hours") {
			return measUnit{"Wh", u.factor, u.factor, false}, h + 1, true
		}
	}
	return measUnit{u.canon, u.factor, u.factor, false}, k, true
}
