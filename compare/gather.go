package compare

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// gatherRestated adds to each discrepancy about figures every other sentence
// that restates one of its figures for the same slot, wherever alignment put
// that sentence. Grouping keeps one claim per report and widen only takes
// figures no reported group holds, so a report's second statement of a
// disputed figure ("no later than 7 February" beside "Feb. 7") and the
// statements of reports whose figure sits in an agreement built around
// another sentence stayed out: a fact-checker needs each place a side of the
// dispute is given. The verdict is unchanged; only its evidence grows.
func (m *model) gatherRestated(fs []Finding, opt Options) {
	items := m.valueItems()
	at := map[claimKey]int{}
	for i, it := range items {
		at[keyOf(it.c)] = i
	}
	// A figure another dispute already shows stays there: gathered into a
	// second dispute too ("Five dead" and "killed five" each disputed), one
	// disagreement would be reported twice over.
	disputed := map[claimKey]int{}
	for fi, f := range fs {
		if f.Verdict == Discrepancy {
			for k := range f.Claims {
				disputed[keyOf(&f.Claims[k])] = fi
			}
		}
	}
	for fi := range fs {
		f := &fs[fi]
		if f.Verdict != Discrepancy {
			continue
		}
		var in []int
		have := map[claimKey]bool{}
		sentences := map[sentenceKey]bool{}
		for k := range f.Claims {
			c := &f.Claims[k]
			have[keyOf(c)] = true
			sentences[sentenceKey{c.Source, c.SentenceIndex}] = true
			if i, ok := at[keyOf(c)]; ok && c.Value != nil {
				in = append(in, i)
			}
		}
		if len(in) == 0 {
			continue
		}
		for _, b := range items {
			if d, ok := disputed[keyOf(b.c)]; ok && d != fi {
				continue
			}
			if have[keyOf(b.c)] || sentences[sentenceKey{b.c.Source, b.c.SentenceIndex}] {
				continue
			}
			for _, i := range in {
				a := items[i]
				if a.c.Value.Type != b.c.Value.Type || !m.restatedAt(a, b, opt) {
					continue
				}
				f.Claims = append(f.Claims, *b.c)
				have[keyOf(b.c)] = true
				addSource(f, a.c.Value, b.c.Source)
				break
			}
		}
	}
}

// restatedAt reports whether b, in another sentence, states a's figure again
// for the same slot: the same counted thing within one report, and in another
// report a value link with the same slot, the same calendar day, or the very
// same distinctive figure.
func (m *model) restatedAt(a, b vitem, opt Options) bool {
	if a.u == b.u || !restatement(a, b, opt) {
		return false
	}
	if a.u.src == b.u.src {
		oa, ob := a.c.Value.Of, b.c.Value.Of
		generic := genericNoun[strings.ToLower(oa)] && genericNoun[strings.ToLower(ob)]
		return oa != "" && ob != "" && sameNoun(oa, ob) && (!generic || m.dice(a.c.Slot, b.c.Slot) > 0)
	}
	if m.valueScore(a, b) < valueJoin {
		return false
	}
	return m.sameSlot(a, b) || sameDayNamed(a.c.Value, b.c.Value) || distinctive(a.c.Value, b.c.Value)
}

// sameDayNamed reports whether two dates name one calendar day, month and day
// both given ("7 February", "Feb. 7"): a day of the year is as telling as
// "$334 million", while weekdays and years recur in every story.
func sameDayNamed(a, b *claims.Value) bool {
	if a.Type != "date" || b.Type != "date" || !sameCalendarDay(a, b) {
		return false
	}
	_, da := monthDay(a)
	_, db := monthDay(b)
	return da > 0 && db > 0
}

// addSource lists source under the position that states v, when the finding
// has one and the source is not yet among its holders.
func addSource(f *Finding, v *claims.Value, source string) {
	d := describe(v)
	for k := range f.Positions {
		p := &f.Positions[k]
		if p.Value == d && !slices.Contains(p.Sources, source) {
			p.Sources = append(p.Sources, source)
			return
		}
	}
}

// claimKey identifies a claim by its place in its report.
type claimKey struct {
	source     string
	start, end int
}

func keyOf(c *claims.Claim) claimKey { return claimKey{c.Source, c.Start, c.End} }

// sentenceKey identifies a sentence of a report.
type sentenceKey struct {
	source string
	index  int
}
