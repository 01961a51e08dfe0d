package claims

import (
	"strings"
	"time"
)

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// datePrepositions introduce a bare month or year as a date ("in June", "since 2017").
var datePrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true, "from": true, "before": true,
	"after": true, "throughout": true, "early": true, "late": true, "mid": true, "of": true, "on": true, "last": true,
	"next": true, "this": true, "to": true, "between": true, "and": true, "through": true, "around": true, "spring": true,
	"summer": true, "autumn": true, "winter": true, "fall": true, "end": true, "start": true,
}

// monthAt reads a month name at token i; returns the month and the index after it.
// Lower-case names count only next to a figure, and "may"/"march" need a capital.
func monthAt(toks []vtok, i int) (time.Month, int, bool) {
	if i >= len(toks) || toks[i].kind != 'w' {
		return 0, 0, false
	}
	m, ok := monthNames[toks[i].low]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if len(toks[i].low) <= 4 && toks[i].low != "may" && toks[i].low != "june" && toks[i].low != "july" && isPunct(toks, j, ".") {
		j++
	}
	return m, j, true
}

// dayNum reads a day of month (1-31) at token i, with an optional ordinal suffix.
func dayNum(toks []vtok, i int) (int, int, bool) {
	if i >= len(toks) || toks[i].kind != 'n' || toks[i].dec || toks[i].grouped || toks[i].ndig > 2 {
		return 0, 0, false
	}
	d := int(toks[i].num)
	if d < 1 || d > 31 {
		return 0, 0, false
	}
	j := i + 1
	if glued(toks, j) && isWord(toks, j, "st", "nd", "rd", "th") {
		j++
	}
	return d, j, true
}

// yearNum reads a four-digit year (1000-2199) at token i.
func yearNum(toks []vtok, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != 'n' || toks[i].dec || toks[i].grouped || toks[i].ndig != 4 {
		return 0, false
	}
	y := int(toks[i].num)
	if y < 1000 || y > 2199 {
		return 0, false
	}
	if i+1 < len(toks) && glued(toks, i+1) && toks[i+1].kind == 'w' && toks[i+1].low != "s" {
		return 0, false
	}
	return y, true
}

// dateLoc is the zone dates resolve in: the report's own when known.
func dateLoc(ctx ValueContext) *time.Location {
	if !ctx.Published.IsZero() {
		return ctx.Published.Location()
	}
	return time.UTC
}

func dateValue(ctx ValueContext, start, end time.Time, grain string) Value {
	return Value{Type: "date", Start: start.Format(time.RFC3339), End: end.Format(time.RFC3339), Grain: grain}
}

// relValue keeps an unresolved expression when there is no publication date.
func relValue(toks []vtok, i, j int, grain string) Value {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && !glued(toks, k) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return Value{Type: "date", Relative: b.String(), Grain: grain}
}

// guessYear picks the year of a month/day given without one: the publication year,
// or the year before when that would put the date well after publication.
func guessYear(ctx ValueContext, m time.Month, d int) int {
	p := ctx.Published
	y := p.Year()
	if d == 0 {
		d = 1
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, dateLoc(ctx))
	if t.Sub(p) > 183*24*time.Hour {
		y--
	}
	return y
}

// narrow applies "early", "mid" and "late" to an interval: first, middle or last third
// (of a year: January-April, May-August, September-December; of a month: days 1-10,
// 11-20, 21-end).
func narrow(q string, s, e time.Time) (time.Time, time.Time) {
	if q == "" {
		return s, e
	}
	if e.Sub(s) >= 365*24*time.Hour && e.Sub(s) <= 366*24*time.Hour {
		switch q {
		case "early":
			return s, s.AddDate(0, 4, 0)
		case "mid":
			return s.AddDate(0, 4, 0), s.AddDate(0, 8, 0)
		case "late":
			return s.AddDate(0, 8, 0), e
		}
	}
	if d := e.Sub(s); d >= 28*24*time.Hour && d <= 31*24*time.Hour {
		switch q {
		case "early":
			return s, s.AddDate(0, 0, 10)
		case "mid":
			return s.AddDate(0, 0, 10), s.AddDate(0, 0, 20)
		case "late":
			return s.AddDate(0, 0, 20), e
		}
	}
	span := e.Sub(s)
	third := span / 3
	switch q {
	case "early":
		return s, truncDay(s.Add(third))
	case "mid":
		return truncDay(s.Add(third)), truncDay(s.Add(2 * third))
	case "late":
		return truncDay(s.Add(2 * third)), e
	}
	return s, e
}

func truncDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// qualifierBefore returns "early", "mid" or "late" before token i and the index it starts at.
func qualifierBefore(toks []vtok, i int) (string, int) {
	k := i
	if isPunct(toks, k-1, "-") && isWord(toks, k-2, "mid") {
		return "mid", k - 2
	}
	if isWord(toks, k-1, "early", "mid", "late", "end") {
		q := toks[k-1].low
		if q == "end" {
			q = "late"
		}
		return q, k - 1
	}
	if isWord(toks, k-1, "of") && isWord(toks, k-2, "end", "beginning", "start", "middle") && isWord(toks, k-3, "the") {
		switch toks[k-2].low {
		case "end":
			return "late", k - 3
		case "middle":
			return "mid", k - 3
		default:
			return "early", k - 3
		}
	}
	return "", i
}

// parseDates proposes calendar dates as half-open intervals: absolute ("14 March 2026",
// "March 14, 2026", "2026-03-14", "14/03/2026"), partial ("in June", "in 2017", "March 2")
// and relative ("yesterday", "last month", "on Tuesday"), resolved against ctx.Published.
func parseDates(toks []vtok, ctx ValueContext, cs []vcand) []vcand {
	loc := dateLoc(ctx)
	known := !ctx.Published.IsZero()
	add := func(i, j int, v Value) {
		cs = append(cs, vcand{kind: KindDate, i: i, j: j, v: v, prio: prioDate})
	}
	dayVal := func(y int, m time.Month, d int) (Value, bool) {
		s := time.Date(y, m, d, 0, 0, 0, 0, loc)
		if s.Month() != m || s.Day() != d {
			return Value{}, false
		}
		return dateValue(ctx, s, s.AddDate(0, 0, 1), "day"), true
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// ISO 2026-03-14
		if y, ok := yearNum(toks, i); ok && isPunct(toks, i+1, "-") && glued(toks, i+1) && i+4 < len(toks) && toks[i+2].kind == 'n' && glued(toks, i+2) && isPunct(toks, i+3, "-") && glued(toks, i+3) && toks[i+4].kind == 'n' && glued(toks, i+4) {
			if v, ok := dayVal(y, time.Month(int(toks[i+2].num)), int(toks[i+4].num)); ok && toks[i+2].num <= 12 {
				add(i, i+5, v)
				i += 4
				continue
			}
		}
		// 14/03/2026, 03/14/26
		if t.kind == 'n' && t.ndig <= 2 && isPunct(toks, i+1, "/") && glued(toks, i+1) && i+4 < len(toks) && toks[i+2].kind == 'n' && toks[i+2].ndig <= 2 && glued(toks, i+2) && isPunct(toks, i+3, "/") && glued(toks, i+3) && toks[i+4].kind == 'n' && glued(toks, i+4) && (toks[i+4].ndig == 4 || toks[i+4].ndig == 2) {
			a, b, y := int(t.num), int(toks[i+2].num), int(toks[i+4].num)
			if y < 100 {
				y += 2000
			}
			d, m := a, b
			if ctx.MonthFirst && a <= 12 || b > 12 {
				d, m = b, a
			}
			if m >= 1 && m <= 12 {
				if v, ok := dayVal(y, time.Month(m), d); ok {
					add(i, i+5, v)
					i += 4
					continue
				}
			}
		}
		// 14 March [2026], 14th of March
		if d, j, ok := dayNum(toks, i); ok {
			k := j
			if isWord(toks, k, "of") {
				k++
			}
			if m, k2, ok := monthAt(toks, k); ok && (isCap(toks[k]) || toks[k].low != "may" && toks[k].low != "march") {
				start := i
				if isWord(toks, i-1, "the") {
					start = i - 1
				}
				end := k2
				y := 0
				if yy, ok := yearNum(toks, end); ok {
					y, end = yy, end+1
				} else if isPunct(toks, end, ",") {
					if yy, ok := yearNum(toks, end+1); ok {
						y, end = yy, end+2
					}
				}
				if y == 0 && !known {
					add(start, end, relValue(toks, start, end, "day"))
					i = end - 1
					continue
				}
				if y == 0 {
					y = guessYear(ctx, m, d)
				}
				if v, ok := dayVal(y, m, d); ok {
					add(start, end, v)
					i = end - 1
					continue
				}
			}
		}
		// March 14[, 2026], March 2026, in June
		if m, j, ok := monthAt(toks, i); ok {
			capital := isCap(t)
			if t.low == "may" || t.low == "march" || t.low == "mar" || t.low == "jan" && false {
				if !capital {
					continue
				}
			}
			if d, k, ok := dayNum(toks, j); ok && !(k < len(toks) && (isPunct(toks, k, "%") || isWord(toks, k, "percent", "per", "million", "billion", "days", "years", "people"))) {
				// a day must not be the start of a year ("March 2026")
				if _, isYear := yearNum(toks, j); !isYear {
					end := k
					y := 0
					if isPunct(toks, end, ",") {
						if yy, ok := yearNum(toks, end+1); ok {
							y, end = yy, end+2
						}
					} else if yy, ok := yearNum(toks, end); ok {
						y, end = yy, end+1
					}
					if y == 0 && !known {
						add(i, end, relValue(toks, i, end, "day"))
						i = end - 1
						continue
					}
					if y == 0 {
						y = guessYear(ctx, m, d)
					}
					if v, ok := dayVal(y, m, d); ok {
						add(i, end, v)
						i = end - 1
						continue
					}
				}
			}
			k := j
			if isPunct(toks, k, ",") || isWord(toks, k, "of") {
				k++
			}
			q, qs := qualifierBefore(toks, i)
			start := i
			if q != "" {
				start = qs
			}
			if y, ok := yearNum(toks, k); ok {
				s := time.Date(y, m, 1, 0, 0, 0, 0, loc)
				e := s.AddDate(0, 1, 0)
				s, e = narrow(q, s, e)
				add(start, k+1, dateValue(ctx, s, e, "month"))
				i = k
				continue
			}
			if !capital || !(q != "" || isWord(toks, i-1, "in", "since", "until", "till", "by", "during", "from", "before", "after", "throughout", "of", "last", "next", "this", "between", "and", "to", "through")) {
				continue
			}
			rel := ""
			if isWord(toks, i-1, "last", "next", "this") {
				rel = toks[i-1].low
				start = i - 1
			}
			if !known {
				add(start, j, relValue(toks, start, j, "month"))
				i = j - 1
				continue
			}
			y := guessYear(ctx, m, 1)
			switch rel {
			case "last":
				y = ctx.Published.Year()
				if m >= ctx.Published.Month() {
					y--
				}
			case "next":
				y = ctx.Published.Year()
				if m <= ctx.Published.Month() {
					y++
				}
			case "this":
				y = ctx.Published.Year()
			}
			s := time.Date(y, m, 1, 0, 0, 0, 0, loc)
			e := s.AddDate(0, 1, 0)
			s, e = narrow(q, s, e)
			add(start, j, dateValue(ctx, s, e, "month"))
			i = j - 1
			continue
		}
		// in 2017, the 1990s, mid-2017
		if y, ok := yearNum(toks, i); ok {
			q, qs := qualifierBefore(toks, i)
			start := i
			if q != "" {
				start = qs
			}
			if glued(toks, i+1) && isWord(toks, i+1, "s") && y%10 == 0 {
				if isWord(toks, i-1, "the") {
					start = i - 1
				}
				s := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
				e := s.AddDate(10, 0, 0)
				s, e = narrow(q, s, e)
				add(start, i+2, dateValue(ctx, s, e, "decade"))
				i++
				continue
			}
			if q == "" && !datePrepositions[low(toks, i-1)] && !isWord(toks, i-1, "year") && !(isPunct(toks, i-1, ",") && i >= 2 && toks[i-2].kind == 'n') {
				continue
			}
			if isWord(toks, i+1, "people", "votes", "cases", "deaths", "jobs", "homes", "households", "residents", "members") {
				continue
			}
			s := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
			e := s.AddDate(1, 0, 0)
			s, e = narrow(q, s, e)
			add(start, i+1, dateValue(ctx, s, e, "year"))
			continue
		}
		if t.kind != 'w' {
			continue
		}
		if c, ok := relativeDate(toks, i, ctx); ok {
			cs = append(cs, c)
			i = c.j - 1
		}
	}
	return cs
}

// partsOfDay are the hours that "morning", "early", "late" and friends cover.
var partsOfDay = map[string][2]int{
	"morning": {6, 12}, "afternoon": {12, 18}, "evening": {18, 24}, "night": {18, 30}, "overnight": {0, 6},
	"early": {0, 12}, "late": {18, 24}, "lunchtime": {12, 14},
}

// relativeDate reads "yesterday", "last month", "late last month", "on Tuesday",
// "early Tuesday", "Monday night", "three days ago".
func relativeDate(toks []vtok, i int, ctx ValueContext) (vcand, bool) {
	loc := dateLoc(ctx)
	known := !ctx.Published.IsZero()
	var pub time.Time
	if known {
		pub = truncDay(ctx.Published)
	}
	mk := func(i, j int, s, e time.Time, grain string) (vcand, bool) {
		if !known {
			return vcand{kind: KindDate, i: i, j: j, v: relValue(toks, i, j, grain), prio: prioDate}, true
		}
		return vcand{kind: KindDate, i: i, j: j, v: dateValue(ctx, s, e, grain), prio: prioDate}, true
	}
	w := toks[i].low
	switch w {
	case "yesterday", "today", "tonight", "tomorrow":
		off := map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
		s := pub.AddDate(0, 0, off)
		e := s.AddDate(0, 0, 1)
		j := i + 1
		grain := "day"
		if w == "tonight" && known {
			s = s.Add(18 * time.Hour)
			e = s.Add(12 * time.Hour)
			grain = "part-of-day"
		} else if h, ok := partsOfDay[low(toks, j)]; ok && low(toks, j) != "early" && low(toks, j) != "late" {
			s, e = s.Add(time.Duration(h[0])*time.Hour), s.Add(time.Duration(h[1])*time.Hour)
			j++
			grain = "part-of-day"
		}
		return mk(i, j, s, e, grain)
	case "last", "next", "this", "earlier", "later", "past", "previous":
		k := i
		q, qs := qualifierBefore(toks, i)
		if w == "earlier" || w == "later" {
			if !isWord(toks, k+1, "this") {
				return vcand{}, false
			}
			k++
		}
		rel := toks[k].low
		unit := low(toks, k+1)
		if unit != "week" && unit != "month" && unit != "year" && unit != "weekend" {
			return vcand{}, false
		}
		if rel == "past" || rel == "previous" {
			return vcand{}, false
		}
		start := i
		if q != "" {
			start = qs
		}
		off := map[string]int{"last": -1, "this": 0, "next": 1}[rel]
		var s, e time.Time
		switch unit {
		case "week":
			wd := (int(pub.Weekday()) + 6) % 7 // Monday-based
			s = pub.AddDate(0, 0, -wd+7*off)
			e = s.AddDate(0, 0, 7)
		case "weekend":
			wd := (int(pub.Weekday()) + 6) % 7
			s = pub.AddDate(0, 0, -wd+5+7*off)
			e = s.AddDate(0, 0, 2)
		case "month":
			s = time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, off, 0)
			e = s.AddDate(0, 1, 0)
		case "year":
			s = time.Date(pub.Year()+off, 1, 1, 0, 0, 0, 0, loc)
			e = s.AddDate(1, 0, 0)
		}
		if w == "earlier" && known {
			e = pub.AddDate(0, 0, 1)
		} else if w == "later" && known {
			s = pub
		}
		s, e = narrow(q, s, e)
		return mk(start, k+2, s, e, unit)
	case "ago":
		return vcand{}, false
	}
	// "three days ago"
	if u, ok := durUnitAt(toks, i, true); ok && isWord(toks, i+1, "ago") && i > 0 {
		if q, ok := parseNumber(toks, i-1); ok || isWord(toks, i-1, "a", "an") {
			n := 1.0
			st := i - 1
			if ok {
				n = q.min
			}
			// walk back to the start of a multi-word figure
			for b := i - 2; b >= 0 && b >= i-6; b-- {
				if q2, ok := parseNumber(toks, b); ok && q2.j == i {
					n, st = q2.min, b
				}
			}
			var s, e time.Time
			switch u.grain {
			case "day":
				s = pub.AddDate(0, 0, -int(n))
				e = s.AddDate(0, 0, 1)
			case "week":
				s = pub.AddDate(0, 0, -7*int(n))
				e = s.AddDate(0, 0, 1)
			case "month":
				s = pub.AddDate(0, -int(n), 0)
				e = s.AddDate(0, 0, 1)
			case "year":
				s = pub.AddDate(-int(n), 0, 0)
				e = s.AddDate(0, 0, 1)
			default:
				return vcand{}, false
			}
			return mk(st, i+2, s, e, u.grain)
		}
	}
	// weekdays: "on Tuesday", "early Tuesday", "Monday night", "last Friday"
	if wd, ok := weekdayNames[w]; ok {
		if !isCap(toks[i]) && !isWord(toks, i-1, "on", "last", "next", "this", "early", "late") {
			return vcand{}, false
		}
		start, end := i, i+1
		dir := -1
		// news narrates the past; "next", "until" and "by" point at the coming day
		if isWord(toks, i-1, "next", "until", "till", "by") || isWord(toks, i-2, "until", "till", "by") {
			dir = 1
		}
		if isWord(toks, i-1, "on", "last", "next", "this") {
			start = i - 1
		}
		part := ""
		if isWord(toks, i-1, "early", "late") {
			part = toks[i-1].low
			start = i - 1
			if isWord(toks, i-2, "on") {
				start = i - 2
			}
		}
		if p := low(toks, i+1); p == "morning" || p == "afternoon" || p == "evening" || p == "night" {
			part = p
			end = i + 2
		}
		grain := "day"
		if part != "" {
			grain = "part-of-day"
		}
		if !known {
			return mk(start, end, time.Time{}, time.Time{}, grain)
		}
		var s time.Time
		diff := int(wd) - int(pub.Weekday())
		if dir < 0 {
			if diff > 0 {
				diff -= 7
			}
			if isWord(toks, i-1, "last") && diff == 0 {
				diff = -7
			}
		} else if diff <= 0 {
			diff += 7
		}
		s = pub.AddDate(0, 0, diff)
		e := s.AddDate(0, 0, 1)
		if part != "" {
			h := partsOfDay[part]
			s, e = s.Add(time.Duration(h[0])*time.Hour), s.Add(time.Duration(h[1])*time.Hour)
		}
		return mk(start, end, s, e, grain)
	}
	return vcand{}, false
}
