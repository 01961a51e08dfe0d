package claims

import "time"

// joinWeekdayDates reads a weekday set before a calendar date ("Sunday, March
// 2, 2014", "on Thursday, 14 March") as one date: the weekday only names the
// day the date gives, and read apart the sentence would seem to give two days,
// so it could never be set against another report's single date. When the
// date's year is known and its weekday is another, both are kept: which one
// is wrong is for the comparison to find.
func joinWeekdayDates(toks []vtok, cs []vcand) []vcand {
	var out []vcand
	for _, w := range cs {
		if w.kind != KindDate || w.v.Grain != "day" || w.j < 1 {
			continue
		}
		wd, ok := weekdayNames[toks[w.j-1].low]
		if !ok || !isPunct(toks, w.j, ",") {
			continue
		}
		for _, d := range cs {
			if d.kind != KindDate || d.i != w.j+1 || d.v.Grain != "day" {
				continue
			}
			if _, day := weekdayNames[toks[d.i].low]; day {
				continue
			}
			if d.v.Start != "" {
				t, err := time.Parse(time.RFC3339, d.v.Start)
				if err != nil || t.Weekday() != wd {
					continue
				}
			}
			j := d
			j.i = w.i
			out = append(out, j)
		}
	}
	return append(cs, out...)
}
