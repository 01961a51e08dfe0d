package claims

const day = 86400.0

// durUnit is a unit of time in seconds; months and years are intervals.
type durUnit struct {
	min, max float64
	// prec is the tolerance of a round "a week" / "a month" in seconds.
	prec  float64
	grain string
}

var (
	durSecond  = durUnit{1, 1, 0, "second"}
	durMinute  = durUnit{60, 60, 15, "minute"}
	durHour    = durUnit{3600, 3600, 900, "hour"}
	durDay     = durUnit{day, day, 6 * 3600, "day"}
	durWeek    = durUnit{7 * day, 7 * day, day, "week"}
	durFortn   = durUnit{14 * day, 14 * day, day, "fortnight"}
	durMonth   = durUnit{28 * day, 31 * day, 7 * day, "month"}
	durQuarter = durUnit{84 * day, 93 * day, 14 * day, "quarter"}
	durYear    = durUnit{365 * day, 366 * day, 30 * day, "year"}
	durDecade  = durUnit{3650 * day, 3660 * day, 365 * day, "decade"}
	durCentury = durUnit{36500 * day, 36600 * day, 3650 * day, "century"}
)

// durUnits maps unit words and abbreviations to units of time.
var durUnits = map[string]durUnit{
	"s": durSecond, "sec": durSecond, "secs": durSecond, "second": durSecond, "seconds": durSecond,
	"min": durMinute, "mins": durMinute, "minute": durMinute, "minutes": durMinute,
	"h": durHour, "hr": durHour, "hrs": durHour, "hour": durHour, "hours": durHour,
	"day": durDay, "days": durDay, "week": durWeek, "weeks": durWeek, "wk": durWeek, "wks": durWeek,
	"fortnight": durFortn, "fortnights": durFortn,
	"month": durMonth, "months": durMonth, "mo": durMonth, "mos": durMonth,
	"quarter": durQuarter, "quarters": durQuarter,
	"year": durYear, "years": durYear, "yr": durYear, "yrs": durYear,
	"decade": durDecade, "decades": durDecade, "century": durCentury, "centuries": durCentury,
}

// durUnitAt reads a unit of time at token j; "s" and "h" only when glued to or right after a figure.
func durUnitAt(toks []vtok, j int, afterNumber bool) (durUnit, bool) {
	if j >= len(toks) || toks[j].kind != 'w' {
		return durUnit{}, false
	}
	u, ok := durUnits[toks[j].low]
	if !ok {
		return durUnit{}, false
	}
	switch toks[j].low {
	case "s", "h", "mo", "mos":
		if !afterNumber || toks[j].low == "s" && !glued(toks, j) {
			return durUnit{}, false
		}
		if toks[j].low == "s" && j > 0 && toks[j-1].kind == 'n' && int(toks[j-1].num)%10 == 0 && (toks[j-1].ndig == 2 || toks[j-1].ndig == 4) && !toks[j-1].dec {
			return durUnit{}, false // "in his 40s", "the 1990s": decades, not seconds
		}
		if isPunct(toks, j+1, ".") && isWord(toks, j+2, "m") { // "3 h.m." never; guard odd abbreviations
			return durUnit{}, false
		}
	case "quarter", "quarters", "second", "min":
		if !afterNumber {
			return durUnit{}, false
		}
	}
	return u, true
}

// durTerm reads one "figure unit" term from i: "6 days", "a week", "half an hour",
// "an hour and a half", "two and a half hours", "another week", "all day".
func durTerm(toks []vtok, i int) (qty, durUnit, bool) {
	n := len(toks)
	if i >= n {
		return qty{}, durUnit{}, false
	}
	// "all day", "full-week", "whole month", "another hour", "a full day"
	k := i
	if isWord(toks, k, "a") && isWord(toks, k+1, "full", "whole") {
		k++
	}
	if isWord(toks, k, "all", "full", "whole", "another", "entire") {
		m := k + 1
		if isPunct(toks, m, "-") && glued(toks, m) {
			m++
		}
		if u, ok := durUnitAt(toks, m, false); ok && isSingularUnit(toks[m].low) {
			return qty{min: u.min, max: u.max, i: i, j: m + 1}, u, true
		}
	}
	// "half an hour", "half a day", "half hour", "a half hour", "half-day"
	k = i
	if isWord(toks, k, "a") && isWord(toks, k+1, "half") {
		k++
	}
	if isWord(toks, k, "half") {
		m := k + 1
		if isWord(toks, m, "a", "an") || isPunct(toks, m, "-") {
			m++
		}
		if u, ok := durUnitAt(toks, m, false); ok && isSingularUnit(toks[m].low) {
			return qty{min: u.min / 2, max: u.max / 2, i: i, j: m + 1}, u, true
		}
	}
	// "couple of weeks", "a couple of days" come through parseNumber; "a few days", "several weeks"
	if isWord(toks, i, "several") || wordsAt(toks, i, "a", "few") {
		m := i + 1
		lo, hi := 3.0, 9.0
		if toks[i].low == "a" {
			m, lo, hi = i+2, 2, 5
		}
		if u, ok := durUnitAt(toks, m, true); ok {
			return qty{min: lo * u.min, max: hi * u.max, i: i, j: m + 1, vague: true}, u, true
		}
		return qty{}, durUnit{}, false
	}
	// "a week", "an hour", "a fortnight", "an hour and a half", "a month and a half"
	if isWord(toks, i, "a", "an") {
		if u, ok := durUnitAt(toks, i+1, false); ok && isSingularUnit(toks[i+1].low) {
			q := qty{min: u.min, max: u.max, i: i, j: i + 2, round: true}
			if wordsAt(toks, i+2, "and", "a", "half") || wordsAt(toks, i+2, "and", "half") {
				q.j = i + 5
				if toks[i+3].low == "half" {
					q.j = i + 4
				}
				q.min, q.max, q.round = u.min*1.5, u.max*1.5, false
			}
			return q, u, true
		}
		return qty{}, durUnit{}, false
	}
	var q qty
	ok := false
	if isPunct(toks, i+1, "/") && i+2 < n && toks[i].kind == 'n' && toks[i+2].kind == 'n' && glued(toks, i+1) && glued(toks, i+2) && toks[i+2].num > toks[i].num {
		// "1/2 hour"
		q, ok = point(toks[i].num/toks[i+2].num, i, i+3), true
	} else {
		q, ok = parseAmount(toks, i)
	}
	if !ok || q.min < 0 {
		// "-1YR" is no span of time (a minus sign, a typo or a code)
		return qty{}, durUnit{}, false
	}
	m := q.j
	if isPunct(toks, m, "-") && glued(toks, m) && glued(toks, m+1) {
		m++ // "3-min", "30-minutes", "six-day"
	} else if isWord(toks, m, "more", "additional", "extra", "further", "full", "long", "straight", "consecutive") {
		m++ // "2 more minutes", "two additional minutes"
	}
	if f, n := andAFraction(toks, m); !q.rng && n > 0 {
		if _, ok := durUnitAt(toks, m+n, true); ok {
			q.min += f
			q.max += f
			m += n
		}
	}
	u, ok := durUnitAt(toks, m, true)
	if !ok {
		return qty{}, durUnit{}, false
	}
	out := qty{min: q.min * u.min, max: q.max * u.max, i: q.i, j: m + 1, rng: q.rng, approx: q.approx}
	if q.round && q.min == 12 {
		out.round = false
	}
	return out, u, true
}

// andAFraction reads "and a half" or "and a quarter" at m, also hyphenated
// ("five and a-half years"), returning the fraction and the tokens it spans.
func andAFraction(toks []vtok, m int) (float64, int) {
	if !isWord(toks, m, "and") || !isWord(toks, m+1, "a") {
		return 0, 0
	}
	k := m + 2
	if isPunct(toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		k++
	}
	switch {
	case isWord(toks, k, "half"):
		return 0.5, k + 1 - m
	case isWord(toks, k, "quarter"):
		return 0.25, k + 1 - m
	}
	return 0, 0
}

func isSingularUnit(w string) bool {
	return len(w) > 1 && w[len(w)-1] != 's'
}

// parseDurations proposes durations in seconds, summing compounds such as
// "2 years, 3 months", "1 hour and fifteen seconds", "one week three days".
func parseDurations(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		q, u, ok := durTerm(toks, i)
		if !ok {
			continue
		}
		round, prec := q.round, 0.0
		if round {
			prec = u.prec
		}
		j := q.j
		for {
			k := j
			if isPunct(toks, k, ",") {
				k++
			}
			if isWord(toks, k, "and") {
				k++
			}
			if q.rng {
				break
			}
			q2, _, ok := durTerm(toks, k)
			if !ok || q2.rng || q2.i != k {
				break
			}
			// the figure must be a real term, not an article starting a new phrase ("a year ago")
			q.min += q2.min
			q.max += q2.max
			j = q2.j
			round, prec = false, 0
		}
		q.j = j
		v := qtyValue("duration", "s", q)
		v.Round, v.Precision = round, prec
		if v.Bound == "exact" && *v.Min != *v.Max {
			v.Bound = "range"
			if !q.rng {
				v.Bound = "exact" // a month is an interval by nature, not a stated range
			}
		}
		cs = append(cs, vcand{kind: KindDuration, i: q.i, j: j, v: v, prio: prioDuration, mod: true})
		i = j - 1
	}
	return cs
}
