package claims

import (
	"math"
	"sort"
	"strconv"
)

// vcand is a candidate value over tokens [i, j) before overlaps are resolved.
type vcand struct {
	kind Kind
	i, j int
	v    Value
	// prio breaks ties between equally long candidates: typed values beat plain numbers.
	prio int
	// mod says whether approximators and bounds ("about", "at least") may apply.
	mod bool
	// silent claims its tokens so no other reading takes them, but yields no value.
	silent bool
}

// Candidate priorities: more specific readings win a tie on length.
const (
	prioNumber   = 1
	prioDuration = 5
	prioMeasure  = 6
	prioTyped    = 7
	prioDate     = 8
	prioTally    = 9
)

// ParseValues finds every typed value (numbers, money, percentages, durations,
// ages, measures, magnitudes, tallies, dates, times) in normalised sentence text.
//
// Every parser proposes candidates over a shared token stream; the longest candidate
// wins an overlap (then the more specific type), so the digits of "$4.2bn" or
// "14 March 2026" never also count as plain numbers.
func ParseValues(norm string, ctx ValueContext) []ValueMatch {
	toks := lexValues(norm)
	if len(toks) == 0 {
		return nil
	}
	var cs []vcand
	cs = parseMoney(toks, norm, cs)
	cs = parsePercents(toks, cs)
	cs = parseProportions(toks, cs)
	cs = parseDurations(toks, cs)
	cs = parseGameClocks(toks, cs)
	cs = parseAges(toks, cs)
	cs = parseAgeDecades(toks, cs)
	cs = parseMeasures(toks, norm, cs)
	cs = parseMagnitudes(toks, cs)
	cs = parseTallies(toks, cs)
	cs = parseScorelines(toks, cs)
	cs = parsePhoneNumbers(toks, cs)
	cs = parseDates(toks, ctx, cs)
	cs = parsePartsOfDay(toks, ctx, cs)
	cs = parseYearModifiers(toks, ctx, cs)
	cs = parseQuarters(toks, ctx, cs)
	cs = parseTimes(toks, ctx, cs)
	cs = joinWeekdayDates(toks, cs)
	cs = parseNumbers(toks, cs)
	cs = parseZeros(toks, cs)
	cs = parseOrdinals(toks, cs)
	if len(cs) == 0 {
		return nil
	}
	sort.SliceStable(cs, func(a, b int) bool {
		la, lb := toks[cs[a].j-1].e-toks[cs[a].i].s, toks[cs[b].j-1].e-toks[cs[b].i].s
		if la != lb {
			return la > lb
		}
		if cs[a].prio != cs[b].prio {
			return cs[a].prio > cs[b].prio
		}
		return cs[a].i < cs[b].i
	})
	used := make([]bool, len(toks))
	var keep []vcand
	for _, c := range cs {
		free := true
		for k := c.i; k < c.j; k++ {
			if used[k] {
				free = false
				break
			}
		}
		if !free || !finiteValue(c.v) {
			continue
		}
		for k := c.i; k < c.j; k++ {
			used[k] = true
		}
		keep = append(keep, c)
	}
	sort.Slice(keep, func(a, b int) bool { return keep[a].i < keep[b].i })
	out := make([]ValueMatch, 0, len(keep))
	for _, c := range keep {
		if c.silent {
			continue
		}
		if c.mod {
			c = applyModifier(toks, used, c)
		}
		tidyValue(&c.v)
		out = append(out, ValueMatch{Kind: c.kind, Start: toks[c.i].s, End: toks[c.j-1].e, Value: c.v})
	}
	return out
}

// qtyValue builds a quantity Value from a parsed amount in canonical units.
func qtyValue(typ, unit string, q qty) Value {
	v := Value{Type: typ, Unit: unit, Min: F(q.min), Max: F(q.max), Approx: q.approx || q.vague, Round: q.round, Bound: "exact"}
	if q.rng {
		v.Bound = "range"
	}
	if q.vague {
		v.Bound = "about"
	}
	return v
}

// modifiers are the words before a quantity that bound or blur it, longest first.
var modifiers = []struct {
	words []string
	bound string
}{
	{[]string{"no", "more", "than"}, "at-most"},
	{[]string{"not", "more", "than"}, "at-most"},
	{[]string{"no", "fewer", "than"}, "at-least"},
	{[]string{"no", "less", "than"}, "at-least"},
	{[]string{"as", "many", "as"}, "at-most"},
	{[]string{"as", "much", "as"}, "at-most"},
	{[]string{"a", "maximum", "of"}, "at-most"},
	{[]string{"a", "minimum", "of"}, "at-least"},
	{[]string{"in", "excess", "of"}, "at-least"},
	{[]string{"at", "least"}, "at-least"},
	{[]string{"more", "than"}, "at-least"},
	{[]string{"greater", "than"}, "at-least"},
	{[]string{"upwards", "of"}, "at-least"},
	{[]string{"up", "to"}, "at-most"},
	{[]string{"fewer", "than"}, "at-most"},
	{[]string{"less", "than"}, "at-most"},
	{[]string{"at", "most"}, "at-most"},
	{[]string{"close", "to"}, "about"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"just", "over"}, "about"},
	{[]string{"just", "under"}, "nearly"},
	{[]string{"over"}, "at-least"},
	{[]string{"above"}, "at-least"},
	{[]string{"exceeding"}, "at-least"},
	{[]string{"under"}, "at-most"},
	{[]string{"below"}, "at-most"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"only"}, "exact"},
	{[]string{"just"}, "exact"},
}

// applyModifier folds a preceding approximator or bound into c and widens its span.
//
// Rule: "about N" keeps [N, N] with Approx and Precision = 10% of N, so the stated
// figure stays exact for comparison and the tolerance travels separately;
// "nearly/almost N" is [0.9N, N] with Bound "nearly"; "at least N" / "more than N" is [N, ∞);
// "up to N" / "fewer than N" is (-∞, N].
func applyModifier(toks []vtok, used []bool, c vcand) vcand {
	for _, m := range modifiers {
		n := len(m.words)
		k := c.i - n
		if k < 0 {
			continue
		}
		ok := true
		for x, w := range m.words {
			if used[k+x] || toks[k+x].kind != 'w' || toks[k+x].low != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if c.kind == KindDuration && m.words[0] == "over" {
			return c // "over three days" is a period, not a bound
		}
		v := c.v
		if v.Min == nil || v.Max == nil {
			return c
		}
		switch m.bound {
		case "at-least":
			v.Max = nil
			v.Bound = "at-least"
		case "at-most":
			v.Min = nil
			v.Bound = "at-most"
		case "about":
			v.Approx = true
			v.Bound = "about"
			v.Precision = math.Abs(*v.Max) * 0.1
		case "nearly":
			// "nearly 90" is just below 90: a figure short of its mark, not a vague one
			v.Bound = "nearly"
			v.Min = F(*v.Max - math.Abs(*v.Max)*0.1)
		}
		c.v = v
		c.i = k
		return c
	}
	return c
}

// tidyValue rounds away binary noise from unit conversions (0.1*3 = 0.30000000000000004)
// so values print as people write them.
func tidyValue(v *Value) {
	for _, p := range []*float64{v.Min, v.Max, v.For, v.Against} {
		if p != nil {
			*p = tidy(*p)
		}
	}
	v.Precision = tidy(v.Precision)
}

func tidy(f float64) float64 {
	if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return f
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 12, 64), 64)
	if err != nil {
		return f
	}
	return r
}

// finiteValue rejects values that overflowed in conversion.
func finiteValue(v Value) bool {
	for _, p := range []*float64{v.Min, v.Max, v.For, v.Against} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
			return false
		}
	}
	return true
}
