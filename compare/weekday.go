package compare

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// weekdayClash reports whether a resolved day and an unresolved weekday name
// different days of the week: a report without a publication date keeps
// "Wednesday" as written, while one with a date resolves "on Thursday" to a
// calendar day, and the two used to agree whatever weekday each named. The
// resolved day's own weekday is the one it was written as, or the weekday of
// the calendar date it names.
func weekdayClash(resolved, relative *claims.Value) bool {
	wd := weekday(relative.Relative)
	if wd == "" || !resolvedDay(resolved) {
		return false
	}
	s, _ := time.Parse(time.RFC3339, resolved.Start)
	return strings.ToLower(s.Weekday().String()) != wd
}

// resolvedDay reports whether a date value is resolved to one calendar day
// (or a part of one): a span of days names no one weekday.
func resolvedDay(v *claims.Value) bool {
	if v.Type != "date" || v.Start == "" || grainClass(v.Grain) != "day" {
		return false
	}
	s, err := time.Parse(time.RFC3339, v.Start)
	if err != nil {
		return false
	}
	e, err := time.Parse(time.RFC3339, v.End)
	return err != nil || e.Sub(s) <= 24*time.Hour
}

// namedAlike reports whether two dates can be set against each other as
// written: both resolved or both kept as written, or both naming a weekday
// (a resolved "on Thursday" is a Thursday whatever publication date resolved
// it, while a resolved "12 November" may have been shifted by a guessed year).
//
// Two dates that both name their month ("Sunday, March 2, 2014" / "the March
// 5 broadcast") are compared too: a guessed year shifts neither month nor day.
func namedAlike(a, b *claims.Claim) bool {
	if (a.Value.Start == "") == (b.Value.Start == "") {
		return true
	}
	return weekday(a.Text) != "" && weekday(b.Text) != "" || namesMonth(a.Text) && namesMonth(b.Text)
}

// namesMonth reports whether a date's text names a month, in full or cut
// to three letters or more ("March", "Sept.", "Feb").
func namesMonth(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:")
		if len(w) < 3 {
			continue
		}
		for m := time.January; m <= time.December; m++ {
			if strings.HasPrefix(strings.ToLower(m.String()), w) {
				return true
			}
		}
	}
	return false
}
