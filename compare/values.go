package compare

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// Alignment thresholds for typed values, chosen on the development cases
// (testdata/cases and ../shared/eval): a pair joins a group at valueJoin, and a
// disagreement is only reported when the pair scores valueConflict or more,
// because a false alarm costs an editor more than a missed agreement.
const (
	valueJoin     = 0.3
	valueConflict = 0.38
	valueSupport  = 0.15
	// valuePairSim is the sentence similarity at which two sentences' figures
	// of one type are scored as a pair even without a slot word in common.
	valuePairSim = 0.2
)

// vitem is one typed claim in its sentence unit.
type vitem struct {
	c *claims.Claim
	u *unit
	// anchor is the name the figure is about, found once (see anchorOf).
	anchor string
}

// typeCount counts typed claims per report and value type, for the rarity bonus.
func typeCount(m *model) []map[string]int {
	out := make([]map[string]int, len(m.units))
	for i, us := range m.units {
		out[i] = map[string]int{}
		for _, u := range us {
			for _, c := range u.typed {
				out[i][c.Value.Type]++
			}
		}
	}
	return out
}

// valueItems lists every typed claim of every report as an alignment item.
func (m *model) valueItems() []vitem {
	var items []vitem
	for _, us := range m.units {
		for _, u := range us {
			for _, c := range u.typed {
				if (c.Value.Type == "date" || c.Value.Type == "time") && dateline(u) {
					continue
				}
				items = append(items, vitem{c: c, u: u, anchor: anchorOf(c, u)})
			}
		}
	}
	return items
}

// valuePairs lists the candidate pairs of items (lower index first) that value
// alignment scores: figures of one type sharing a slot word or counted noun, and
// figures of one type in matching sentences. byUnit indexes the items by
// sentence (unitItems).
func (m *model) valuePairs(items []vitem, byUnit map[*unit][]int, cands []pair) [][2]int {
	// Inverted index: value type with each slot lemma and counted noun.
	post := map[string][]int{}
	for i, it := range items {
		keys := map[string]bool{it.c.Value.Type + "|": true}
		for _, t := range it.c.Slot {
			keys[it.c.Value.Type+"|"+t] = true
		}
		if it.c.Value.Of != "" {
			keys[it.c.Value.Type+"|"+claims.Lemma(it.c.Value.Of)] = true
		}
		for _, k := range companionKeys(it) {
			keys[k] = true
		}

		for k := range keys {
			post[k] = append(post[k], i)
		}
	}
	// seen is keyed by pairBits: a uint64 key takes the map's fast path, where
	// [2]int keys were hashed as 16 bytes (2% of CPU at 80 reports).
	seen := map[uint64]bool{}
	var out [][2]int
	for _, k := range slices.Sorted(maps.Keys(post)) {
		list := post[k]
		// The bare type key is only used when the type is rare enough to align by itself.
		if strings.HasSuffix(k, "|") && len(list) > 2*len(m.units) {
			continue
		}
		if tooCommon(items, list) {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				i, j := list[x], list[y]
				if items[i].u.src == items[j].u.src || seen[pairBits(i, j)] {
					continue
				}
				seen[pairBits(i, j)] = true
				if comparable(items[i].c.Value, items[j].c.Value) {
					out = append(out, [2]int{i, j})
				}
			}
		}
	}
	// A zero count pairs with the counts of its outcome however they are
	// worded ("no one missing" / "one resident unaccounted for"): see zeroAgainstCount.
	for i, it := range items {
		if !zeroCount(it) {
			continue
		}
		for j, jt := range items {
			x, y := min(i, j), max(i, j)
			if it.u.src == jt.u.src || seen[pairBits(x, y)] || !zeroAgainstCount(it, jt) {
				continue
			}
			seen[pairBits(x, y)] = true
			out = append(out, [2]int{x, y})
		}
	}
	// Matching sentences pair their figures even when the words right around
	// them differ ("re-entered 10 minutes later" / "outside for nine minutes").
	for _, p := range cands {
		if p.score < valuePairSim {
			continue
		}
		for _, i := range byUnit[p.a] {
			for _, j := range byUnit[p.b] {
				x, y := min(i, j), max(i, j)
				if seen[pairBits(x, y)] || items[x].c.Value.Type != items[y].c.Value.Type || !comparable(items[x].c.Value, items[y].c.Value) {
					continue
				}
				seen[pairBits(x, y)] = true
				out = append(out, [2]int{x, y})
			}
		}
	}
	return out
}

// pairBits packs two item indices into one map key.
func pairBits(i, j int) uint64 { return uint64(i)<<32 | uint64(uint32(j)) }

// alignValues groups typed claims (numbers, money, durations, dates ...) that
// fill the same slot in different reports and judges each group by its rule.
func (m *model) alignValues(cands []pair, opt Options, cov *coverage) []Finding {
	items := m.valueItems()
	byUnit := unitItems(items)
	var edges []edge
	for _, p := range m.valuePairs(items, byUnit, cands) {
		if s := m.valueScore(items[p[0]], items[p[1]]); s >= valueJoin {
			edges = append(edges, edge{p[0], p[1], s})
		}
	}
	src := make([]int, len(items))
	for i, it := range items {
		src[i] = it.u.src
	}
	g := groupEdges(src, edges, valueSupport)
	groups := g.groups()
	fs := make([]Finding, len(groups))
	kept := make([]bool, len(groups))
	for gi, grp := range groups {
		fs[gi], kept[gi] = m.judgeValues(items, grp, g, opt)
	}
	for _, gi := range m.rehome(items, groups, kept, g) {
		f, ok := m.judgeValues(items, groups[gi], g, opt)
		if !ok {
			// The newcomer only weakly contradicts the group: leave it out.
			groups[gi] = groups[gi][:len(fs[gi].Claims)]
			continue
		}
		fs[gi] = f
	}
	m.widen(items, groups, fs, kept, opt)
	m.soleJoin(items, groups, fs, kept, opt)
	out, us := m.conversionSlips(items, groups, fs, kept, opt)
	for _, u := range us {
		cov.add(u, true)
	}
	for gi, grp := range groups {
		if kept[gi] {
			continue
		}
		if f, ok := m.uncertainConflict(items, byUnit, grp, g, opt); ok {
			out = append(out, f)
			if f.Confidence >= m.pm.Conflict {
				var us []*unit
				for _, i := range grp {
					us = append(us, items[i].u)
				}
				cov.add(us, true)
			}
		}
	}
	for gi, grp := range groups {
		if !kept[gi] {
			continue
		}
		f := fs[gi]
		if extra := grp[len(f.Claims):]; len(extra) > 0 {
			for _, i := range extra {
				f.Claims = append(f.Claims, *items[i].c)
			}
			f.Positions, f.Majority = m.positions(f.Claims, opt)
		}
		out = append(out, f)
		if f.Verdict == Discrepancy {
			out = append(out, m.sides(f, opt)...)
		}
		var us []*unit
		for _, i := range grp {
			us = append(us, items[i].u)
		}
		cov.add(us, f.Verdict == Discrepancy)
	}
	return out
}

// dateline reports whether a sentence is only a timestamp ("Posted 11/27/2005
// 7:21 AM", "Updated 10:10 AM PDT"): page metadata, not a claim about the event.
// One word beside the figures at most: "The temblor struck at 4:09" is news.
func dateline(u *unit) bool {
	if u.stmt == nil {
		return true
	}
	words := 0
	for _, t := range u.stmt.Terms {
		if strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 && !timeWords[t] {
			words++
		}
	}
	if words <= 1 {
		return true
	}
	// A wire stamp names its agency or place beside the date and clock
	// ("TNN Nov 12, 2011, 05.51AM IST MUMBAI:"): a few capitalised words, a
	// day and a clock reading, and no word of running prose.
	return words <= 2 && stamped(u) && !hasLowerWord(u.stmt.Sentence)
}

// stamped reports whether a sentence gives both a calendar date and a clock
// reading, as a publication stamp does.
func stamped(u *unit) bool {
	date, clock := false, false
	for _, c := range u.typed {
		date = date || c.Value.Type == "date"
		clock = clock || c.Value.Type == "time"
	}
	return date && clock
}

// hasLowerWord reports whether a sentence holds a word written in lower case,
// as running prose always does.
func hasLowerWord(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// timeWords are the words of timestamps that say nothing about the event.
var timeWords = map[string]bool{
	"am": true, "pm": true, "gmt": true, "bst": true, "utc": true, "pdt": true, "pst": true, "edt": true, "est": true,
	"cdt": true, "cst": true, "ist": true, "post": true, "update": true, "publish": true, "last": true, "modify": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"hrs": true, "hr": true,
}

// sameFigure rewards two reports stating the very same figure: "$334 million"
// or "4.6" in both is strong evidence of one fact, a small count like "three" less so.
func sameFigure(a, b *claims.Value) float64 {
	if a.Type == "date" && b.Type == "date" {
		// "Feb. 7" and "7 February": one day of the calendar named by both is as
		// telling as one sum; a year, a month or a weekday is shared by many
		// figures of a story.
		if sameCalendarDay(a, b) {
			return 0.15
		}
		return 0
	}
	if !equalValue(a, b) || a.Min == nil {
		return 0
	}
	x := *a.Min
	if x == math.Trunc(x) && x >= 0 && x <= 12 {
		return 0.05
	}
	return 0.15
}

// sameCalendarDay reports whether two dates name one day of one month ("Feb. 7",
// "7 February", "February 7, 2023").
func sameCalendarDay(a, b *claims.Value) bool {
	ma, da := monthDay(a)
	mb, db := monthDay(b)
	return ma != "" && da > 0 && ma == mb && da == db
}

// equalValue reports whether two values state the same figure exactly.
func equalValue(a, b *claims.Value) bool {
	eq := func(x, y *float64) bool { return (x == nil) == (y == nil) && (x == nil || *x == *y) }
	if a.Type != b.Type || a.Unit != b.Unit || !eq(a.Min, b.Min) || !eq(a.Max, b.Max) || !eq(a.For, b.For) || !eq(a.Against, b.Against) {
		return false
	}
	// Dates, times and scorelines carry their figure in words, not in Min and Max.
	if a.Start != b.Start || a.End != b.End || a.Words != b.Words {
		return false
	}
	return a.Start != "" || a.Relative == b.Relative
}

// valueScore rates how likely two typed claims state the same fact: the words
// around the value (slot), the counted noun, the sentences' similarity, and
// whether the value type is rare in both reports.
func (m *model) valueScore(a, b vitem) float64 {
	if otherClock(a.c, b.c) || otherHolder(a, b) || ageTimesDiffer(a, b) {
		// Two clocks, two people's ages, an age then and an age now: never one
		// fact, so never a link that could take the place of the true partner.
		return 0
	}
	slot := m.dice(a.c.Slot, b.c.Slot)
	ctx := m.unitSim(a.u, b.u)
	if a.c.Value.Type == "magnitude" && !background(a.u) && !background(b.u) || m.soleClocks(a, b) && sameHappeningWord(a, b) || m.sameSoleCount(a, b) || m.sameSoleMeasure(a, b) || m.sameSoleMoney(a, b) || companionFigures(a, b) {
		// Reports of one event give its magnitude, and its local time, in
		// many words; a word for the happening in common is still asked of
		// two times ("took off at 6:20" is not "lost contact at 6:33").
		slot = math.Max(slot, 0.5)
	}
	if a.c.Value.Type == "age" && sameHolder(a.anchor, b.anchor) || zeroAgainstCount(a, b) {
		// An age is about its person: the name is its slot. A zero and a
		// positive count of one outcome are about it, however worded.
		slot = math.Max(slot, 0.8)
	}
	of := 0.5
	if oa, ob := a.c.Value.Of, b.c.Value.Of; oa != "" && ob != "" {
		if sameNoun(oa, ob) {
			of = 1
		} else {
			of = -0.2
		}
	}
	rare := 0.0
	t := a.c.Value.Type
	if n := math.Max(float64(m.counts[a.u.src][t]), float64(m.counts[b.u.src][t])); n > 0 {
		rare = 0.15 / n
	}
	if partitive(a) != partitive(b) {
		// "one of the wounded" counts part of a group; it does not state the group's size.
		return 0
	}
	near := closeness(a.c.Value, b.c.Value)
	if farApart(a.c.Value, b.c.Value) {
		// Reports that misstate a figure rarely miss by a factor of ten: 50
		// injured here and 1,400 in last year's quake are two figures.
		near = -1
	}
	return 0.35*slot + 0.25*ctx + 0.15*of + 0.15*near + rare + entityFit(a.u, b.u) + anchorFit(a, b) + m.leadFit(a, b) + sameFigure(a.c.Value, b.c.Value)
}

// entityFit rewards sentences that name the same people or places and
// penalises sentences that both name some but share none: "352 yards" by one
// quarterback and "226 yards" by the other are not one figure.
func entityFit(a, b *unit) float64 {
	if a.stmt == nil || b.stmt == nil || len(a.stmt.Entities) == 0 || len(b.stmt.Entities) == 0 {
		return 0
	}
	for _, x := range a.stmt.Entities {
		for _, y := range b.stmt.Entities {
			if claims.SameEntity(x, y) {
				return 0.05
			}
		}
	}
	return -0.05
}

// sameNoun reports whether two counted nouns name the same thing, by lemma or
// WordNet sense; "people" also matches a word for what befell people ("12
// people died" / "15 killed", "50 injured").
func sameNoun(a, b string) bool {
	la, lb := claims.Lemma(strings.ToLower(a)), claims.Lemma(strings.ToLower(b))
	if la == lb || claims.Related(la, lb) || (deathWords[la] && deathWords[lb]) || (populace[la] && populace[lb]) {
		return true
	}
	// "188 persons" and "189 people" count the same group: every generic noun
	// of persons is one noun, whichever plural or lemma a writer picked.
	return (genericNoun[la] && (personState[lb] || genericNoun[lb])) || (genericNoun[lb] && personState[la])
}

// deathWords all count the dead: "five dead", "12 killed", "24 died".
var deathWords = map[string]bool{"dead": true, "kill": true, "killed": true, "die": true, "died": true, "death": true, "fatality": true}

// populace words all count the people who live in a place: "a population of
// 120,000", "200,000 residents", "home to 120,000 people".
var populace = map[string]bool{"population": true, "resident": true, "residents": true, "inhabitant": true, "inhabitants": true, "people": true}

// genericNoun are counted nouns that stand for any group of persons.
var genericNoun = map[string]bool{"people": true, "person": true, "persons": true, "individual": true, "other": true, "others": true}

// personState are the words news uses to count persons by what befell them.
var personState = map[string]bool{
	"kill": true, "killed": true, "dead": true, "die": true, "injure": true, "injured": true, "hurt": true, "wound": true,
	"wounded": true, "missing": true, "arrest": true, "arrested": true, "evacuate": true, "evacuated": true, "rescue": true,
	"rescued": true, "detain": true, "detained": true, "hospitalise": true, "hospitalize": true, "treat": true, "displace": true,
	"displaced": true, "homeless": true, "trap": true, "trapped": true, "charge": true, "charged": true, "victim": true,
}

// leadSentences is how many opening sentences (headline included) of a report
// state its main event; figures of one type in both leads are likely one fact.
const leadSentences = 3

// leadFit rewards two figures that both stand in their report's lead.
func (m *model) leadFit(a, b vitem) float64 {
	if a.u.rank < leadSentences && b.u.rank < leadSentences {
		return 0.1
	}
	return 0
}

// anchorWindow is how far (in bytes) a name may stand from a figure and still
// be what the figure is about ("Ann Lee, 32"; "Qeshm island, home to 120,000").
const anchorWindow = 48

// anchorOf returns the name mentioned nearest to a value in its sentence, if one
// is close enough to be what the value is about.
func anchorOf(c *claims.Claim, u *unit) string {
	if u.stmt == nil {
		return c.Holder
	}
	if len(u.stmt.Entities) == 0 {
		// "She was 91.": the person the pronoun stands for.
		return c.Holder
	}
	sent := u.stmt.Sentence
	// The claim's offset within its sentence, from the original-file offsets.
	at := c.Start - u.stmt.Start
	if at < 0 || at > len(sent) {
		return ""
	}
	end := at + (c.End - c.Start)
	best, dist, bestFull := "", anchorWindow+1, false
	for _, e := range u.stmt.Entities {
		forms := []string{e}
		switch c.Value.Type {
		case "tally":
			// A team's record sits by the word the report calls it ("Indianapolis'
			// record") although alias resolution names it in full.
			forms = anchorForms(e)
		case "age":
			// A person's age sits by the surname ("the 36-year-old champion
			// Okafor") although alias resolution names the person in full.
			forms = surnameForms(e)
		}
		for _, form := range forms {
			for k := 0; k < len(sent); {
				i := strings.Index(sent[k:], form)
				if i < 0 {
					break
				}
				i += k
				d := at - (i + len(form))
				if i >= end {
					d = i - end
				}
				// A surname ties with the full name it ends ("Jenkin" in "John
				// Jenkin, 33", which is also Katie Jenkin's surname): a name
				// written in full wins the tie.
				full := form == e
				if d >= 0 && d <= anchorWindow && (d < dist || d == dist && full && !bestFull) {
					best, dist, bestFull = e, d, full
				}
				k = i + len(form)
			}
		}
	}
	return best
}

// anchorForms lists how a name may be written in its sentence: in full, or,
// when alias resolution gave the long form ("Indianapolis Colts"), by one of
// its capitalised words ("Indianapolis' record").
func anchorForms(e string) []string {
	forms := []string{e}
	ws := strings.Fields(e)
	if len(ws) < 2 {
		return forms
	}
	for _, w := range ws {
		if len(w) >= 4 && w[0] >= 'A' && w[0] <= 'Z' {
			forms = append(forms, w)
		}
	}
	return forms
}

// surnameForms lists how a person's name may be written beside an age: in
// full, or by the last word alone ("Okafor" for "Grace Okafor"). A first name
// alone is not used: another person may share it.
func surnameForms(e string) []string {
	ws := strings.Fields(e)
	last := ws[len(ws)-1]
	if len(ws) < 2 || len(last) < 3 || last[0] < 'A' || last[0] > 'Z' {
		return []string{e}
	}
	return []string{e, last}
}

// anchored reports whether a value type is about the name beside it: an age
// about a person, a count about a place or group. A distance names its
// reference point anywhere in the clause, and a magnitude, a date or a price is
// about the event, whoever is named nearby.
func anchored(v *claims.Value) bool {
	return v.Type == "age" || v.Type == "number" || (v.Type == "tally" && v.Of == "win-loss")
}

// anchorFit rewards figures about the same named thing and penalises figures
// about different ones: "Qeshm, home to 120,000" is not "Bandar Abbas, a city
// of 500,000", and one player's 352 yards are not another's 226.
func anchorFit(a, b vitem) float64 {
	if !anchored(a.c.Value) {
		return 0
	}
	x, y := a.anchor, b.anchor
	if x == "" || y == "" {
		return 0
	}
	if claims.SameEntity(x, y) {
		return 0.1
	}
	return -0.25
}

// closeness is 1 for equal figures and falls to 0 at a factor of ten apart:
// reports that disagree on a figure rarely differ by an order of magnitude,
// while a share price and a takeover price always do.
func closeness(a, b *claims.Value) float64 {
	x, y := mid(a), mid(b)
	if x <= 0 || y <= 0 || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return 0.5
	}
	return math.Max(0, 1-math.Abs(math.Log10(x/y)))
}

// farApart reports whether two figures differ by more than a factor of ten
// (exactly ten apart is the slip "1.2" for "12", which reports do make).
func farApart(a, b *claims.Value) bool {
	x, y := mid(a), mid(b)
	if x <= 0 || y <= 0 || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return false
	}
	return math.Abs(math.Log10(x/y)) > 1.01
}

// mid is a representative figure of a value: its midpoint, or its finite bound.
func mid(v *claims.Value) float64 {
	switch {
	case v.Min != nil && v.Max != nil:
		return (*v.Min + *v.Max) / 2
	case v.Min != nil:
		return *v.Min
	case v.Max != nil:
		return *v.Max
	}
	return 0
}

// sameSlot demands more evidence before two figures are said to contradict each
// other: a shared counted noun, or words around the values in common.
func (m *model) sameSlot(a, b vitem) bool {
	oa, ob := a.c.Value.Of, b.c.Value.Of
	if oa != "" && ob != "" && !sameNoun(oa, ob) {
		return false
	}
	slot, ctx := m.dice(a.c.Slot, b.c.Slot), m.unitSim(a.u, b.u)
	t := a.c.Value.Type
	if (t == "date" || t == "time") && (relativeDate(a.c) || relativeDate(b.c)) && coarse(a.c.Value, b.c.Value) {
		// "this year" resolved from a guessed publication date is no match for "2007".
		return false
	}
	if t == "time" && otherClock(a.c, b.c) {
		// "1023 GMT" and "1:53 p.m. local time" are two clocks.
		return false
	}
	if (t == "date" || t == "time") && otherPerson(a.u, b.u) {
		// "Rait, 36, died on Friday" and "a climber, 32, died on Saturday" date two deaths.
		return false
	}
	if (t == "date" || t == "time") && grainClass(a.c.Value.Grain) != grainClass(b.c.Value.Grain) {
		// "2003" and "Sunday" are different facts, not two readings of one date.
		return false
	}
	if (t == "date" || t == "time") && reported(a.c) != reported(b.c) {
		// "officials said Monday" dates a briefing; "collapsed on Thursday" the event.
		return false
	}
	if editionYear(a.c) || editionYear(b.c) {
		// "the 2013 Academy Awards" names an edition, not when the news happened.
		return false
	}
	if anchored(a.c.Value) && (datedName(a) || datedName(b)) {
		// "The 2008 Chiefs" is another season's team.
		return false
	}
	if ageTimesDiffer(a, b) {
		// "the then-17-year-old" was younger than "Lee, 18" is now.
		return false
	}
	if oa == "win-loss" && a.anchor != "" && b.anchor != "" && claims.SameEntity(a.anchor, b.anchor) {
		// A team has one record at a time: "Indianapolis (10-5)", "Indianapolis' record rose to 9-5".
		return true
	}
	if oa == "running-score" && slot < 0.5 {
		// Two moments of a game ("led 13-3 at the half", "trailing 13-10") are two facts.
		return false
	}
	if vague(a.c.Value) || vague(b.c.Value) {
		// "dozens" or "hundreds" against a figure is imprecision, not contradiction.
		return false
	}
	if partitive(a) || partitive(b) {
		// "Three of the dead" counts part of a group, not the group.
		return false
	}
	if closeness(a.c.Value, b.c.Value) == 0 && slot < 0.6 && (slot < 0.3 || ctx < 0.5) {
		// An order of magnitude apart ("$38 a share", "$1.4bn") is two figures, not one
		// misreported, unless the sentences plainly state the same thing ("a depth of").
		return false
	}
	if t == "magnitude" && !background(a.u) && !background(b.u) {
		// Reports of one quake give its magnitude in many words; the type is the slot.
		return true
	}
	if sameMeasure(a, b) {
		// The same counted thing with the same outcome ("Three firefighters were
		// hurt" / "Two firefighters suffered minor injuries") is one measure,
		// however differently the rest of the sentences run.
		return true
	}
	if m.sameSoleCount(a, b) || m.sameSoleMeasure(a, b) || m.sameSoleMoney(a, b) || zeroAgainstCount(a, b) || companionFigures(a, b) {
		// "three turnovers" and "five turnovers", each report's only count
		// of turnovers, count one thing.
		return true
	}
	if t == "number" && (oa == "" || ob == "") {
		// A bare figure ("13", "20") says too little about what it counts to
		// contradict another: scores, ranks and counts of other things look alike.
		return false
	}
	if x, y := a.anchor, b.anchor; anchored(a.c.Value) && x != "" && y != "" && !sameHolder(x, y) && slot < 0.5 {
		return false
	}
	if t == "age" && sameHolder(a.anchor, b.anchor) && !datedName(a) && !datedName(b) {
		// One named person has one age at a time: "Ann Lee, 32" and "32-year-old
		// Ann Lee" state one fact whatever words surround them.
		return true
	}
	// The only figure of its type in both reports needs less: "6 days" and
	// "a week" are the only durations, "took off at 6:20" and "taking off at
	// around 8.20am" the only times, of two reports about one event.
	if m.counts[a.u.src][t] == 1 && m.counts[b.u.src][t] == 1 && t != "number" {
		return slot > 0 || ctx >= 0.2
	}
	if m.soleClocks(a, b) {
		return sameHappeningWord(a, b)
	}
	if t == "age" {
		// An age belongs to a person: without the same person nearby, or the
		// same words around it, two ages are about two people.
		x, y := a.anchor, b.anchor
		if (x == "" || y == "") && slot < 0.5 {
			return false
		}
	}
	if (t == "date" || t == "time") && slot < 0.35 {
		// Reports name many days; two of them differ all the time.
		return false
	}
	return slot >= 0.25 && ctx >= conflictContext
}

// datedName reports whether the name a figure is about carries a year of its
// own ("The 2008 Chiefs ended the season 2-14"): another season's team.
func datedName(it vitem) bool {
	if it.u.stmt == nil || it.anchor == "" {
		return false
	}
	sent := it.u.stmt.Sentence
	for _, form := range anchorForms(it.anchor) {
		for k := 0; k < len(sent); {
			x := strings.Index(sent[k:], form)
			if x < 0 {
				break
			}
			x += k
			before := strings.TrimRight(sent[:x], " ")
			if n := len(before); n >= 4 && isYear(before[n-4:]) && (n == 4 || before[n-5] == ' ') {
				return true
			}
			k = x + len(form)
		}
	}
	return false
}

// isYear reports whether s is a year of the last two centuries ("2008").
func isYear(s string) bool {
	if len(s) != 4 || (s[:2] != "19" && s[:2] != "20") {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// background reports whether a sentence dates what it says to a year, month
// or a time ago of its own ("In February, a 6.4 quake hit Zarand"): then its
// figures are likely about an earlier event, not the one reported.
func background(u *unit) bool {
	for _, c := range u.typed {
		if c.Value.Type == "date" && (c.Value.Grain == "year" || c.Value.Grain == "month") && !presentPeriod(c) {
			return true
		}
		if c.Value.Type == "duration" && agoAfter(c, u) {
			// "almost a decade ago" dates the sentence as a year does.
			return true
		}
	}
	return false
}

// agoAfter reports whether a duration is followed by "ago": a moment before the report.
func agoAfter(c *claims.Claim, u *unit) bool {
	if u.stmt == nil {
		return false
	}
	at := c.End - u.stmt.Start
	if at < 0 || at > len(u.stmt.Sentence) {
		return false
	}
	return strings.HasPrefix(strings.ToLower(strings.TrimLeft(u.stmt.Sentence[at:], " ")), "ago")
}

// partitive reports whether a figure counts part of a group ("three of the dead").
func partitive(it vitem) bool {
	if it.u.stmt == nil || it.c.Value.Type != "number" {
		return false // "8 km of the works" is a distance, not part of a group
	}
	at := it.c.End - it.u.stmt.Start
	if at < 0 || at > len(it.u.stmt.Sentence) {
		return false
	}
	rest := strings.ToLower(it.u.stmt.Sentence[at:])
	for _, p := range []string{" of the ", " of them", " of those", " of whom", " of which", " among them", " among the "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// grainClass groups date grains that can be two readings of one date: a day
// and a part of a day can, a year and a day cannot.
func grainClass(g string) string {
	switch g {
	case "day", "part-of-day", "":
		return "day"
	case "hour", "minute", "second", "time":
		return "time"
	}
	return g
}

// conflictContext is the sentence similarity two contradicting figures need,
// so a background figure (last year's quake) is not set against today's.
const conflictContext = 0.12

// relativeDate reports whether a date claim was written relative to the report's date.
func relativeDate(c *claims.Claim) bool {
	if c.Value.Relative != "" {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(c.Text)) {
		switch strings.Trim(w, ".,") {
		case "this", "next", "last", "yesterday", "today", "tomorrow", "ago", "tonight", "earlier", "later":
			return true
		}
	}
	return false
}

// coarse reports whether either date is only a month or a year.
func coarse(a, b *claims.Value) bool {
	return a.Grain == "year" || a.Grain == "month" || b.Grain == "year" || b.Grain == "month"
}

// vague reports whether a value is a vague count ("dozens", "hundreds", "several").
func vague(v *claims.Value) bool {
	return v.Approx && v.Min != nil && v.Max != nil && *v.Min != *v.Max && v.Bound != "range"
}

// relatedCredit is the share of a word's weight a WordNet-related word earns in slot overlap.
const relatedCredit = 0.7

// dice is the IDF-weighted Dice overlap of two lemma lists. Slots are a few
// words, so membership is a scan of the list: no map is built per call (value
// alignment calls it several times per pair of figures).
func (m *model) dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	w := func(t string) float64 {
		if v, ok := m.idf[t]; ok {
			return v
		}
		return 1
	}
	sb := 0.0
	for i, t := range b {
		if !slices.Contains(b[:i], t) {
			sb += w(t)
		}
	}
	sa, both := 0.0, 0.0
	for i, t := range a {
		if slices.Contains(a[:i], t) {
			continue
		}
		sa += w(t)
		if slices.Contains(b, t) {
			both += w(t)
			continue
		}
		// A related word ("hurt"/"injured") counts for part of a shared one.
		for _, u := range b { // slice order decides which related word earns the credit
			if claims.Related(t, u) {
				both += relatedCredit * math.Min(w(t), w(u))
				break
			}
		}
	}
	return 2 * both / (sa + sb)
}

// judgeValues applies the value rule to a group: a discrepancy when a strongly
// aligned pair disagrees, an agreement when every pair agrees. Confidence is
// the pair model's probability that the figures state one fact, at least even
// odds when the alignment rules also hold. A group whose only conflicts the
// rules find too weakly aligned is not judged here (see uncertainConflict).
func (m *model) judgeValues(items []vitem, grp []int, g *grouper, opt Options) (Finding, bool) {
	kind := items[grp[0]].c.Kind
	f := Finding{Verdict: Agreement, Kind: kind, Rule: "interval"}
	var agreeP, n, conflictP float64
	worst := None
	conflict, weakConflict := false, false
	var compared []string
	for x := 0; x < len(grp); x++ {
		for y := x + 1; y < len(grp); y++ {
			a, b := items[grp[x]], items[grp[y]]
			s := g.score[[2]int{min(grp[x], grp[y]), max(grp[x], grp[y])}]
			if s == 0 && comparable(a.c.Value, b.c.Value) {
				// An unlinked pair counts only as a bridged conflict. The rule is
				// asked first: bridgedConflict walks the whole group, and the
				// unlinked pairs of a large agreeing group are many (cubic in it).
				if ok, sev := valueRule(kind, a.c.Value, b.c.Value, opt); !ok && m.bridgedConflict(items, grp, g, x, y, opt) {
					conflict = true
					conflictP = max(conflictP, m.sameFact(a, b))
					if sev == Major || worst == None {
						worst = sev
					}
					compared = append(compared, gapReason(a.c, b.c))
				}
				continue
			}
			if s == 0 || !comparable(a.c.Value, b.c.Value) {
				continue
			}
			n++
			ok, sev := valueRule(kind, a.c.Value, b.c.Value, opt)
			if ok {
				agreeP += m.agreeScore(a, b)
				continue
			}
			if s < valueConflict || m.dup[a.u.src] == b.u.src || m.dup[b.u.src] == a.u.src || !m.sameSlot(a, b) {
				weakConflict = true
				continue
			}
			conflict = true
			conflictP = max(conflictP, m.sameFact(a, b))
			if sev == Major || worst == None {
				worst = sev
			}
			compared = append(compared, gapReason(a.c, b.c))
		}
	}
	if n == 0 || (weakConflict && !conflict) {
		return Finding{}, false
	}
	f.Confidence = max(DefaultMinConfidence, clamp01(agreeP/n))
	for _, i := range grp {
		f.Claims = append(f.Claims, *items[i].c)
	}
	f.Positions, f.Majority = m.positions(f.Claims, opt)
	if conflict {
		f.Verdict, f.Severity = Discrepancy, worst
		f.Confidence = max(DefaultMinConfidence, clamp01(conflictP))
		f.Reasons = append(f.Reasons, compared...)
	}
	a, b := items[grp[0]], items[grp[1]]
	if sl := sharedSlot(a.c.Slot, b.c.Slot); len(sl) > 0 {
		f.Reasons = append(f.Reasons, "same slot: "+strings.Join(sl, ", "))
	}
	if sh := m.shared(a.u, b.u, 6); len(sh) > 0 {
		f.Reasons = append(f.Reasons, "shared terms: "+strings.Join(sh, ", "))
	}
	f.Reasons = append(f.Reasons, fmt.Sprintf("rule: %s values compared as intervals", kind))
	return f, true
}

// distinctSources counts the reports a finding's claims come from.
func distinctSources(cs []claims.Claim) int {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.Source] = true
	}
	return len(seen)
}

// valueRule dispatches to the verdict rule of a value type.
func valueRule(k claims.Kind, a, b *claims.Value, opt Options) (bool, Severity) {
	switch a.Type {
	case "tally":
		return tallyRule(a, b)
	case "date", "time":
		return dateRule(a, b)
	}
	return quantityRule(k, a, b, opt)
}

// sharedSlot lists slot lemmas two claims share.
func sharedSlot(a, b []string) []string {
	in := map[string]bool{}
	for _, t := range b {
		in[t] = true
	}
	var out []string
	for _, t := range a {
		if in[t] {
			out = append(out, t)
			delete(in, t)
		}
	}
	return out
}

func clamp01(x float64) float64 {
	return math.Max(0, math.Min(1, x))
}

// maxValuesPerKey is the most figures of one type and slot term one report may hold
// for a key still to align by. Every pair of a key's figures is scored, so a page
// of thousands of figures of one kind would make value alignment quadratic; a real
// report states far fewer figures about one thing.
const maxValuesPerKey = 32

// tooCommon reports whether one report holds more than maxValuesPerKey items of a posting list.
func tooCommon(items []vitem, list []int) bool {
	per := map[int]int{}
	for _, i := range list {
		per[items[i].u.src]++
		if per[items[i].u.src] > maxValuesPerKey {
			return true
		}
	}
	return false
}
