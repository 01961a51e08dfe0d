package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// dayClash finds two matching sentences that put the same happening on
// different days ("foiled the attack on Friday" / "on Thursday foiled a piracy
// attempt"). Reports name many days, so it asks for more than figures do: the
// sentences match closely and each names exactly one day.
func (m *model) dayClash(p pair) *clashNote {
	if p.score < dayClashSim {
		return nil
	}
	a, b := oneDay(p.a), oneDay(p.b)
	if a == nil || b == nil || background(p.a) || background(p.b) || dateline(p.a) || dateline(p.b) {
		return nil
	}
	if ok, _ := dateRule(a.Value, b.Value); ok || otherPerson(p.a, p.b) || !sharedWord(p.a, p.b) || !sameHappening(a, b, p.score) {
		return nil
	}
	// A guessed publication date can put "Thursday" and "12 November" apart;
	// only two days named alike are compared (namedAlike).
	if !namedAlike(a, b) {
		return nil
	}
	return &clashNote{p: p, a: a, b: b, day: true}
}

// dayClashSim is the sentence similarity two sentences need before their days are compared.
const dayClashSim = 0.24

// oneDay returns a sentence's only date, when it names exactly one and that
// one is a day ("on Friday", "12 November").
func oneDay(u *unit) *claims.Claim {
	var day *claims.Claim
	for _, c := range u.typed {
		if c.Value.Type != "date" {
			continue
		}
		if day != nil || grainClass(c.Value.Grain) != "day" {
			return nil
		}
		day = c
	}
	return day
}

// otherPerson reports whether two sentences give ages and share none: "Buckley,
// 32, died on Saturday" and "a 36-year-old man died on Friday" are two deaths.
func otherPerson(a, b *unit) bool {
	var x, y []*claims.Value
	for _, c := range a.typed {
		if c.Value.Type == "age" {
			x = append(x, c.Value)
		}
	}
	for _, c := range b.typed {
		if c.Value.Type == "age" {
			y = append(y, c.Value)
		}
	}
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	for _, v := range x {
		for _, w := range y {
			if equalValue(v, w) {
				return false
			}
		}
	}
	return true
}

// sharedWord reports whether two sentences share a word beyond names, figures
// and dates: "was arrested on Monday" and "was charged on Tuesday" may name the
// same man, yet say when two different things happened.
func sharedWord(a, b *unit) bool {
	for k, t := range a.terms {
		if t == "" || strings.ContainsAny(t[:1], entityPrefix+conceptPrefix+"#") || timeWords[t] || claims.IsStopWord(t) {
			continue
		}
		if _, ok := b.weight(a.tids[k]); ok {
			return true
		}
	}
	return false
}

// reportingVerbs date a statement about the event, not the event: "officials
// said Monday" gives the day of a briefing, and another report's "Thursday's
// collapse" is no contradiction of it.
var reportingVerbs = map[string]bool{
	"say": true, "said": true, "tell": true, "told": true, "announce": true, "report": true, "confirm": true,
	"state": true, "add": true, "reporter": true, "reporters": true, "announced": true, "reported": true, "confirmed": true, "stated": true, "added": true, "update": true, "publish": true, "post": true, "tweet": true, "write": true,
}

// sameHappening reports whether two days plausibly date the same happening:
// neither is the day of a statement about it (a reporting verb beside one day
// only: "officials said Monday"), and either the words around the days share
// a word (or a WordNet relative) or the sentences match closely. Two
// sentences about one event often date two steps of it ("collapsed
// Thursday", "on Monday spent a fifth day searching").
func sameHappening(a, b *claims.Claim, sim float64) bool {
	if reported(a) != reported(b) {
		return false
	}
	if sim >= dayClashClose {
		return true
	}
	for _, x := range a.Slot {
		if reportingVerbs[x] {
			continue
		}
		for _, y := range b.Slot {
			if !reportingVerbs[y] && (x == y || claims.Related(x, y)) {
				return true
			}
		}
	}
	return false
}

// dayClashClose is the sentence similarity at which two days are compared
// even when the words right around them differ.
const dayClashClose = 0.4

// reported reports whether a day stands right after a reporting verb ("said
// Monday", "told reporters on Friday"), or has one in the words around it.
func reported(c *claims.Claim) bool {
	for _, w := range c.Slot {
		if reportingVerbs[w] {
			return true
		}
	}
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 {
		return false
	}
	before := strings.Fields(c.Sentence[:i])
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := strings.ToLower(strings.Trim(before[k], ",;:"))
		if reportingVerbs[w] || reportingVerbs[claims.Lemma(w)] {
			return true
		}
	}
	return false
}
