package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A report about one event usually gives one local time of day: when the
// event happened ("struck at 1553", "touched down at 6:04 pm"). Two reports'
// only local clock readings are then one fact however differently their
// sentences run, as two reports' only magnitudes are. Times read off another
// clock ("1023 GMT", "4.50am IST") are not local readings, and a report
// repeating its time in several sentences still gives one.

// zonedTime reports whether a clock time names its zone ("1023 GMT", "4.50am
// IST"), other than "local time": a reading of a clock the report's other
// times are not read off.
func zonedTime(c *claims.Claim) bool {
	if universalTime(c) {
		return true
	}
	f := strings.Fields(c.Text)
	if len(f) < 2 {
		return false
	}
	z := strings.Trim(f[len(f)-1], ".,;:()")
	if len(z) < 2 || len(z) > 4 || strings.ToUpper(z) != z || strings.Trim(z, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	return z != "AM" && z != "PM"
}

// soleClock reports whether a time is its report's only local clock reading
// (repeats of the same reading count once).
func (m *model) soleClock(it vitem) bool {
	k := soleKey{it.c, soleClockReading, ""}
	if v, ok := m.sole[k]; ok {
		return v
	}
	return m.remember(k, m.scanSoleClock(it))
}

// scanSoleClock is soleClock, read off the report's figures.
func (m *model) scanSoleClock(it vitem) bool {
	if it.c.Value.Type != "time" || zonedTime(it.c) {
		return false
	}
	for _, u := range m.units[it.u.src] {
		for _, c := range u.typed {
			if c == it.c || c.Value.Type != "time" || zonedTime(c) {
				continue
			}
			if ok, _ := dateRule(c.Value, it.c.Value); !ok {
				return false
			}
		}
	}
	return true
}

// soleClocks reports whether two times are each their report's only local clock reading.
func (m *model) soleClocks(a, b vitem) bool {
	return a.c.Value.Type == "time" && m.soleClock(a) && m.soleClock(b)
}

// sameHappeningWord reports whether the words around two times share a word,
// or a WordNet relative, that is neither a name nor a word of clock readings:
// "the quake struck at 4:10" and "the tremor struck at 6:10" time one
// happening; "Aurelia left at 6:20" and "Aurelia lost contact at 6:45" share
// only the name.
func sameHappeningWord(a, b vitem) bool {
	names := map[string]bool{}
	for _, u := range []*unit{a.u, b.u} {
		if u.stmt == nil {
			continue
		}
		for _, e := range u.stmt.Entities {
			for _, w := range strings.Fields(strings.ToLower(e)) {
				names[w] = true
			}
		}
	}
	skip := func(w string) bool {
		return names[w] || timeWords[w] || w == "local" || w == "time" || w == "gmt" || w == "utc"
	}
	for _, x := range a.c.Slot {
		if skip(x) {
			continue
		}
		for _, y := range b.c.Slot {
			if !skip(y) && (x == y || claims.Related(x, y)) {
				return true
			}
		}
	}
	return false
}
