package compare

import (
	"fmt"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// clock returns the time of day a time value names, in minutes after
// midnight: from its resolved start, or from an unresolved "02:09".
func clock(v *claims.Value) (int, bool) {
	if v.Type != "time" {
		return 0, false
	}
	if v.Start != "" {
		t, err := time.Parse(time.RFC3339, v.Start)
		if err != nil {
			return 0, false
		}
		return t.Hour()*60 + t.Minute(), true
	}
	var h, m int
	if n, err := fmt.Sscanf(v.Relative, "%d:%d", &h, &m); err == nil && n == 2 && h >= 0 && h < 24 && m >= 0 && m < 60 {
		return h*60 + m, true
	}
	return 0, false
}

// clockRule compares two times of day when at least one of them was placed
// on a calendar day only by its report's publication date: "2:09 a.m." in a
// report of the 14th and in an undated one is the same moment, and two
// reports published a day apart put it on different days.
func clockRule(a, b *claims.Value) (agree bool, sev Severity, ok bool) {
	ca, okA := clock(a)
	cb, okB := clock(b)
	if !okA || !okB {
		return false, None, false
	}
	// "at 6:04" without a.m. or p.m. may be either half of the day
	twelve := a.Bound == "12-hour" || b.Bound == "12-hour"
	if a.Start != "" && b.Start != "" {
		ta, _ := time.Parse(time.RFC3339, a.Start)
		tb, _ := time.Parse(time.RFC3339, b.Start)
		d := ta.Sub(tb)
		if (twelve || a.Approx || b.Approx) && d < 24*time.Hour && d > -24*time.Hour {
			// the same day: the clock decides, either half of it
		} else if d%(24*time.Hour) != 0 || d == 0 {
			return false, None, false // the calendar decides
		}
	}
	gap := ca - cb
	if gap < 0 {
		gap = -gap
	}
	if gap > 12*60 {
		gap = 24*60 - gap
	}
	if twelve && gap > 6*60 {
		gap = 12*60 - gap
	}
	tol := 0
	if ca%60 == 0 || cb%60 == 0 || a.Approx || b.Approx {
		// "2 p.m." is a round time: reporters round "1:45" to the hour; "around
		// 6:03" and "shortly before 1am" are loose by their own words.
		tol = 15
	}
	switch {
	case gap <= tol:
		return true, None, true
	case gap <= 120:
		return false, Minor, true
	}
	return false, Major, true
}
