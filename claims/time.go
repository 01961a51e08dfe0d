package claims

import (
	"fmt"
	"strings"
	"time"
)

// zoneOffsets are the zone abbreviations news reports use, in seconds east of UTC.
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800, "msk": 10800,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
	"pst": -8 * 3600, "pdt": -7 * 3600, "jst": 9 * 3600, "kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
	"ist": 5*3600 + 1800, "sast": 2 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600,
}

// zoneName reports whether a capitalised word is a time-zone abbreviation
// ("GMT", "EDT", "ET"): it says which clock a time is read on, never whom or
// what a sentence is about, so it is no name.
func zoneName(w string) bool {
	if w != strings.ToUpper(w) {
		return false
	}
	lw := strings.ToLower(w)
	_, ok := zoneOffsets[lw]
	return ok || lw == "et" || lw == "pt" || lw == "ct" || lw == "mt"
}

// meridiemAt reads "am", "a.m.", "pm", "p.m." at token j: returns 0 (am), 12 (pm) or -1.
func meridiemAt(toks []vtok, j int) (int, int) {
	if isWord(toks, j, "am") {
		return 0, j + 1
	}
	if isWord(toks, j, "pm") {
		return 12, j + 1
	}
	if isWord(toks, j, "a", "p") && isPunct(toks, j+1, ".") && isWord(toks, j+2, "m") {
		h := 0
		if toks[j].low == "p" {
			h = 12
		}
		k := j + 3
		if isPunct(toks, k, ".") && k+1 < len(toks) {
			k++ // keep a sentence-final full stop out of the span
		}
		return h, k
	}
	return -1, j
}

// parseTimes proposes clock times ("3:42 a.m. local time", "10:30 GMT", "3pm", "noon").
// A time takes its day from a full date in the same sentence, else from the publication
// date; with neither, Value.Relative keeps the clock reading.
func parseTimes(toks []vtok, ctx ValueContext, cs []vcand) []vcand {
	var day time.Time
	haveDay := false
	for _, c := range cs {
		if c.kind == KindDate && c.v.Start != "" && (c.v.Grain == "day" || c.v.Grain == "part-of-day") {
			if t, err := time.Parse(time.RFC3339, c.v.Start); err == nil {
				day, haveDay = truncDay(t), true
				break
			}
		}
	}
	if !haveDay && !ctx.Published.IsZero() {
		day, haveDay = truncDay(ctx.Published), true
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		h, m, j := -1, 0, i
		switch {
		case t.kind == 'n' && !t.dec && !t.grouped && t.ndig <= 2 && isPunct(toks, i+1, ":") && glued(toks, i+1) && i+2 < len(toks) && toks[i+2].kind == 'n' && toks[i+2].ndig == 2 && glued(toks, i+2):
			h, m, j = int(t.num), int(toks[i+2].num), i+3
			if isPunct(toks, j, ":") && j+1 < len(toks) && toks[j+1].kind == 'n' && toks[j+1].ndig == 2 {
				j += 2
			}
		case t.kind == 'n' && t.dec && t.ndig <= 2 && len(t.text) == t.ndig+3:
			// "6.02 p.m.", "10.54am", "18.30 GMT": a dot between hours and minutes
			if dottedClock(toks, i) {
				h, m, j = int(t.num), int(parseDigits(t.text[t.ndig+1:])), i+1
			}
		case t.kind == 'n' && !t.dec && !t.grouped && t.ndig == 4:
			// "0930 GMT", "1353 hrs": the 24-hour clock written without a separator
			if fourDigitClock(toks, i) {
				h, m, j = int(t.num)/100, int(t.num)%100, i+1
			}
		case t.kind == 'n' && !t.dec && !t.grouped && t.ndig <= 2 && i+1 < len(toks) && toks[i+1].kind == 'n' && toks[i+1].ndig == 2 && !toks[i+1].dec:
			// "6 02 p.m.": hours and minutes spaced
			if mer, _ := meridiemAt(toks, i+2); mer >= 0 && toks[i+1].num < 60 {
				h, m, j = int(t.num), int(toks[i+1].num), i+2
			}
		case t.kind == 'n' && !t.dec && !t.grouped && t.ndig <= 2:
			if mer, _ := meridiemAt(toks, i+1); mer >= 0 {
				h, j = int(t.num), i+1
			}
		case isWord(toks, i, "noon", "midday"):
			h, j = 12, i+1
		case isWord(toks, i, "midnight"):
			h, j = 0, i+1
		}
		if h < 0 || h > 24 || m > 59 {
			continue
		}
		if t.kind == 'n' && gameClock(toks, j) {
			continue // "with 6:08 to play" is time left on a game clock
		}
		twelve := false // a 12-hour reading with no a.m./p.m.: either half of the day
		if mer, k := meridiemAt(toks, j); mer >= 0 && t.kind == 'n' {
			if h < 1 || h > 12 {
				continue
			}
			h = h%12 + mer
			j = k
		} else {
			if isWord(toks, j, "o") && isPunct(toks, j+1, "'") && isWord(toks, j+2, "clock") {
				j += 3
			}
			twelve = t.kind == 'n' && h >= 1 && h <= 12 && t.ndig <= 2
		}
		if t.kind == 'n' && isWord(toks, j, "hrs", "hours", "hr", "h") && j > i+1 {
			j++ // "11:25 hours", "0930 hrs": the 24-hour clock's unit, not a duration
			twelve = false
		}
		zone := ""
		off, hasZone := 0, false
		if z, ok := zoneOffsets[low(toks, j)]; ok && toks[j].text != toks[j].low {
			zone, off, hasZone = toks[j].text, z, true
			twelve = false // times given with a zone are on the 24-hour clock
			j++
		} else if isWord(toks, j, "local") && isWord(toks, j+1, "time") {
			zone = "local"
			j += 2
		}
		if t.kind == 'n' && j == i+3 && !hasZone && zone == "" && !clockCue(toks, i-1) {
			continue // "3:42" alone may be a score or a ratio
		}
		v := Value{Type: "time", Grain: "minute"}
		if twelve {
			v.Bound = "12-hour"
		}
		// "at around 6:03", "shortly before 1am": the reporter gives the time loosely
		v.Approx = isWord(toks, i-1, "around", "about", "approximately", "roughly", "circa", "approx") ||
			isWord(toks, i-1, "after", "before") && isWord(toks, i-2, "shortly", "just", "soon")
		if haveDay {
			loc := day.Location()
			if hasZone {
				loc = time.FixedZone(zone, off)
			}
			s := time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
			v.Start = s.Format(time.RFC3339)
			v.End = s.Add(time.Minute).Format(time.RFC3339)
		} else {
			v.Relative = fmt.Sprintf("%02d:%02d", h, m)
			if zone != "" {
				v.Relative += " " + zone
			}
		}
		cs = append(cs, vcand{kind: KindTime, i: i, j: j, v: v, prio: prioDate})
		i = j - 1
	}
	return cs
}

// clockCue reports whether token k is a preposition that introduces a time of day
// ("at 3:42", "shortly before 10.30").
func clockCue(toks []vtok, k int) bool {
	return isWord(toks, k, "at", "by", "until", "till", "from", "before", "after", "around", "about", "to", "since")
}

// clockTail reports whether token k closes a clock reading: a meridiem, a zone,
// "local time" or the 24-hour "hrs".
func clockTail(toks []vtok, k int) bool {
	if mer, _ := meridiemAt(toks, k); mer >= 0 {
		return true
	}
	if _, ok := zoneOffsets[low(toks, k)]; ok && toks[k].text != toks[k].low {
		return true
	}
	return isWord(toks, k, "local") && isWord(toks, k+1, "time") || isWord(toks, k, "hrs", "hr", "h", "hours")
}

// dottedClock decides whether the decimal at token i ("6.02", "10.54") is a time of
// day: followed by a meridiem, a zone or "local time", or introduced by a clock
// preposition and followed by nothing that makes it a quantity ("at 6.30 per cent").
func dottedClock(toks []vtok, i int) bool {
	t := toks[i]
	if t.num >= 25 || parseDigits(t.text[t.ndig+1:]) > 59 {
		return false
	}
	if i > 0 && toks[i-1].kind == 'p' && glued(toks, i) && toks[i-1].text != "(" && toks[i-1].text != "[" {
		return false // "$6.30", "£4.50", "+1.25"
	}
	if clockTail(toks, i+1) && !isWord(toks, i+1, "hours", "h", "hr") {
		return true
	}
	if !clockCue(toks, i-1) {
		return false
	}
	if levelVerb(low(toks, i-2)) {
		return false // "shares closed at 4.50", "the rate stood at 5.25": a level, not a time
	}
	if i > 1 && toks[i-1].low == "to" && (toks[i-2].kind == 'n' || isWord(toks, i-2, "from", "rose", "fell", "up", "down")) {
		return false // "from 4.25 to 4.50" states rates as often as times
	}
	nx := low(toks, i+1)
	if i+1 >= len(toks) {
		return true
	}
	if toks[i+1].kind == 'p' {
		return nx != "%" && nx != "/"
	}
	if toks[i+1].kind != 'w' {
		return false
	}
	if _, ok := measUnits[nx]; ok {
		return false
	}
	if _, ok := scaleWords[nx]; ok {
		return false
	}
	if _, ok := durUnitAt(toks, i+1, true); ok {
		return false
	}
	switch nx {
	case "per", "percent", "pc", "pct", "points", "point", "times", "metres", "m", "cents", "pence", "p":
		return false
	}
	_, money := currencyWords[nx]
	return !money
}

// fourDigitClock decides whether the four digits at token i are a 24-hour time
// ("0930 GMT", "1353 hrs", "at 0600", "at 1553 (1023 GMT)"), not a year or a count.
func fourDigitClock(toks []vtok, i int) bool {
	t := toks[i]
	if int(t.num)/100 > 23 || int(t.num)%100 > 59 || glued(toks, i+1) && toks[i+1].kind == 'w' {
		return false
	}
	if mer, _ := meridiemAt(toks, i+1); mer >= 0 {
		return false
	}
	cue := clockCue(toks, i-1) || t.text[0] == '0'
	if clockTail(toks, i+1) && (cue || !isWord(toks, i+1, "hours")) {
		return true
	}
	if !cue {
		return false
	}
	if t.text[0] == '0' {
		return i+1 >= len(toks) || toks[i+1].kind != 'w' || stopWords[toks[i+1].low]
	}
	// "at 1553 (1023 GMT)": a local time followed by its universal one
	return isPunct(toks, i+1, "(") && i+2 < len(toks) && toks[i+2].kind == 'n' && toks[i+2].ndig == 4 && clockTail(toks, i+3)
}

// levelVerb reports whether w states the level of a price, rate or index, after
// which "at 4.50" is a figure, not a time of day.
func levelVerb(w string) bool {
	switch w {
	case "stood", "stands", "traded", "trading", "trades", "closed", "opened", "ended", "finished", "peaked",
		"priced", "valued", "fixed", "set", "settled", "rose", "fell", "climbed", "dropped", "rate", "rates", "up", "down":
		return true
	}
	return false
}

// gameClock reports whether the words at token j make the clock reading before them
// time left in a game ("6:08 to play", "4:08 to go", "2:30 left", "1:12 remaining").
func gameClock(toks []vtok, j int) bool {
	return isWord(toks, j, "to") && isWord(toks, j+1, "play", "go") || isWord(toks, j, "left", "remaining")
}
