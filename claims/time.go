package claims

import (
	"fmt"
	"time"
)

// zoneOffsets are the zone abbreviations news reports use, in seconds east of UTC.
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "bst": 3600, "cet": 3600, "cest": 7200, "eet": 7200, "eest": 10800, "msk": 10800,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
	"pst": -8 * 3600, "pdt": -7 * 3600, "jst": 9 * 3600, "kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
	"ist": 5*3600 + 1800, "sast": 2 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600,
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
		if mer, k := meridiemAt(toks, j); mer >= 0 && t.kind == 'n' {
			if h < 1 || h > 12 {
				continue
			}
			h = h%12 + mer
			j = k
		} else if isWord(toks, j, "o") && isPunct(toks, j+1, "'") && isWord(toks, j+2, "clock") {
			j += 3
		}
		zone := ""
		off, hasZone := 0, false
		if z, ok := zoneOffsets[low(toks, j)]; ok && toks[j].text != toks[j].low {
			zone, off, hasZone = toks[j].text, z, true
			j++
		} else if isWord(toks, j, "local") && isWord(toks, j+1, "time") {
			zone = "local"
			j += 2
		}
		if t.kind == 'n' && j == i+3 && !hasZone && zone == "" && !isWord(toks, i-1, "at", "by", "until", "from", "before", "after", "around", "about", "to") {
			continue // "3:42" alone may be a score or a ratio
		}
		v := Value{Type: "time", Grain: "minute"}
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
