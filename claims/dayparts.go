package claims

import "time"

// dayMoments are the parts of the day named by a moment, with their hours.
var dayMoments = map[string][2]int{
	"dawn": {4, 8}, "daybreak": {4, 8}, "sunrise": {4, 8}, "dusk": {17, 21}, "sunset": {17, 21},
	"nightfall": {17, 22},
}

// parsePartsOfDay proposes parts of a day the date parser leaves whole: "this
// morning", "last night", "in the early hours of Sunday", "late on Thursday",
// "early on Monday", "at dawn on Friday". A part of a day is narrower than the
// day, so "early on Sunday" and "Sunday evening" are told apart.
func parsePartsOfDay(toks []vtok, ctx ValueContext, cs []vcand) []vcand {
	known := !ctx.Published.IsZero()
	var pub time.Time
	if known {
		pub = truncDay(ctx.Published)
	}
	for i := 0; i < len(toks); i++ {
		var (
			day      time.Time
			haveDay  bool
			hours    [2]int
			end, wdk = -1, -1
		)
		switch {
		case isWord(toks, i, "this") && isWord(toks, i+1, "morning", "afternoon", "evening"):
			hours, end = partsOfDay[toks[i+1].low], i+2
			day, haveDay = pub, known
		case isWord(toks, i, "last") && isWord(toks, i+1, "night"):
			hours, end = partsOfDay["night"], i+2
			day, haveDay = pub.AddDate(0, 0, -1), known
		case isWord(toks, i, "in") && wordsAt(toks, i+1, "the", "early", "hours", "of"):
			hours, wdk = [2]int{0, 6}, i+5
		case isWord(toks, i, "early", "late") && isWord(toks, i+1, "on"):
			hours, wdk = partsOfDay[toks[i].low], i+2
		case isWord(toks, i, "at") && i+1 < len(toks) && dayMoments[toks[i+1].low] != [2]int{}:
			hours = dayMoments[toks[i+1].low]
			if isWord(toks, i+2, "on") {
				wdk = i + 3
			} else {
				end = i + 2
				day, haveDay = pub, false // a moment with no day compares with nothing
			}
		default:
			continue
		}
		if wdk >= 0 {
			if _, ok := weekdayNames[low(toks, wdk)]; !ok {
				continue
			}
			c, ok := relativeDate(toks, wdk, ctx)
			if !ok || c.j != wdk+1 {
				continue
			}
			end = wdk + 1
			if c.v.Start != "" {
				if t, err := time.Parse(time.RFC3339, c.v.Start); err == nil {
					day, haveDay = t, true
				}
			} else {
				haveDay = false
			}
		} else if !haveDay && end > 0 && !known {
			// "this morning" without a publication date stays relative
			haveDay = false
		}
		var v Value
		switch {
		case haveDay:
			s := day.Add(time.Duration(hours[0]) * time.Hour)
			v = dateValue(ctx, s, day.Add(time.Duration(hours[1])*time.Hour), "part-of-day")
		case wdk >= 0 || isWord(toks, i, "this", "last"):
			v = relValue(toks, i, end, "part-of-day")
		default:
			continue
		}
		cs = append(cs, vcand{kind: KindDate, i: i, j: end, v: v, prio: prioDate})
		i = end - 1
	}
	return cs
}
