package compare

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// dateRule agrees when two date or time intervals overlap; unresolved relative
// expressions are compared by the weekday or period they name.
func dateRule(a, b *claims.Value) (bool, Severity) {
	if agree, sev, ok := clockRule(a, b); ok {
		return agree, sev
	}
	if a.Start != "" && b.Start != "" {
		as, e1 := time.Parse(time.RFC3339, a.Start)
		bs, e2 := time.Parse(time.RFC3339, b.Start)
		if e1 != nil || e2 != nil {
			return true, None
		}
		ae, e3 := time.Parse(time.RFC3339, a.End)
		be, e4 := time.Parse(time.RFC3339, b.End)
		if e3 != nil || !ae.After(as) {
			ae = as.Add(time.Second)
		}
		if e4 != nil || !be.After(bs) {
			be = bs.Add(time.Second)
		}
		if as.Before(be) && bs.Before(ae) {
			return true, None
		}
		gap := bs.Sub(ae)
		if as.After(bs) {
			gap = as.Sub(be)
		}
		if a.Type == "time" && gap <= 2*time.Hour {
			return false, Minor
		}
		if gap <= 48*time.Hour {
			return false, Minor
		}
		return false, Major
	}
	if a.Start == "" || b.Start == "" {
		// One side resolved, the other not: compare the month and day both name.
		ma, da := monthDay(a)
		mb, db := monthDay(b)
		if ma != "" && mb != "" && (ma != mb || da > 0 && db > 0 && da != db) {
			if ma == mb && abs(da-db) <= 2 {
				return false, Minor
			}
			return false, Major
		}
		if a.Start == "" && b.Start == "" {
			goto relative
		}
		if weekdayClash(a, b) || weekdayClash(b, a) {
			return false, Minor
		}
		return true, None
	}
relative:
	wa, wb := weekday(a.Relative), weekday(b.Relative)
	if wa != "" && wb != "" && wa != wb {
		return false, Minor
	}
	ma, da := dayMonth(a.Relative)
	mb, db := dayMonth(b.Relative)
	if ma != "" && ma == mb && da > 0 && db > 0 && da != db {
		if abs(da-db) <= 2 {
			return false, Minor
		}
		return false, Major
	}
	if ma != "" && mb != "" && ma != mb {
		return false, Major
	}
	return true, None
}

// monthDay returns the month and day a date names, resolved or not.
func monthDay(v *claims.Value) (string, int) {
	if v.Start != "" {
		t, err := time.Parse(time.RFC3339, v.Start)
		if err != nil || (v.Grain != "day" && v.Grain != "month" && v.Grain != "part-of-day") {
			return "", 0
		}
		m := strings.ToLower(t.Month().String())
		if v.Grain == "month" {
			return m, 0
		}
		return m, t.Day()
	}
	return dayMonth(v.Relative)
}

// dayMonth reads the month and day of an unresolved date ("14 march", "march 14").
func dayMonth(s string) (string, int) {
	month, day := "", 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,")
		if m, ok := monthOf[w]; ok {
			month = m
			continue
		}
		w = strings.TrimRight(w, "stndrh")
		// Only a word that may be a number goes to Atoi: its error for any other
		// allocates, and dates are compared pair by pair.
		if w == "" || !(w[0] >= '0' && w[0] <= '9' || w[0] == '+' || w[0] == '-') {
			continue
		}
		if n, err := strconv.Atoi(w); err == nil && n >= 1 && n <= 31 {
			day = n
		}
	}
	return month, day
}

// monthOf maps month names and abbreviations to one spelling.
var monthOf = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		m[n] = n
		m[n[:3]] = n
	}
	m["sept"] = "september"
	return m
}()

// weekday returns the weekday a relative expression names, if any.
func weekday(s string) string {
	s = strings.ToLower(s)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.Contains(s, d) {
			return d
		}
	}
	return ""
}
