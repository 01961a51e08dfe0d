package compare

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// dateRule agrees when two date or time intervals overlap; unresolved relative
// expressions are compared by the weekday or period they name.
func dateRule(a, b *claims.Value) (bool, Severity) {
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
	wa, wb := weekday(a.Relative), weekday(b.Relative)
	if wa != "" && wb != "" && wa != wb {
		return false, Minor
	}
	return true, None
}

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
