package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A statement agreement says two reports' sentences state the same thing;
// once that is proven, a figure, date or time of one sentence that has a
// counterpart of the same frame in the other is a claim about the same fact.
// Where the two disagree the agreement is wrong about that fact: the figures
// leave it as a discrepancy of their own ("same sentence in both reports,
// different figure"). The frame test is looser than value alignment's, which
// must find one fact among all of a report's figures, and stricter than
// nothing: the values must have the same type and grain, count or measure
// the same thing (the counted noun, or the words around the figure), be each
// other's best counterpart in the two sentences, and, for a count or an age,
// not be about two different named people.

// insideFrameMin is the slot overlap two values need, when their counted
// nouns differ or are missing, to be read as one fact of matched sentences.
const insideFrameMin = 0.25

// insideSlot is one typed claim of a sentence that sits in a statement
// agreement, with the unit that holds it.
type insideSlot struct {
	c *claims.Claim
	u *unit
}

// insideFit scores how well two values of two matched sentences state one
// fact; below zero they are not counterparts.
func (m *model) insideFit(a, b insideSlot) float64 {
	va, vb := a.c.Value, b.c.Value
	if !comparable(va, vb) || a.c.Negated || b.c.Negated || vague(va) || vague(vb) {
		return -1
	}
	if anchored(va) {
		if x, y := anchorOf(a.c, a.u), anchorOf(b.c, b.u); x != "" && y != "" && !claims.SameEntity(x, y) {
			return -1 // "Anna Berg, 34" and "Tomas Ilves, 61" are two people's ages
		}
	}
	if va.Type == "date" || va.Type == "time" {
		if !sameDateFrame(a.c, b.c) {
			return -1
		}
	}
	d := m.dice(a.c.Slot, b.c.Slot)
	oa, ob := va.Of, vb.Of
	if oneGeneric(oa, ob) && measureFit(a.c, b.c) <= 0 {
		return -1 // persons are the dead only when the words around say so
	}
	alike := countLike(a.u, va) == countLike(b.u, vb)
	if !alike && !sameCounted(oa, ob) {
		// A sentence holding more figures of the type than the other gives
		// a fact the other does not state: "six dead and 74 in hospital" /
		// "74 people are being treated". Two figures counting one named
		// thing are one fact however many figures stand around them ("120
		// flats over 24 floors" / "120 flats, 44 storeys").
		return -1
	}
	switch {
	case oa != "" && ob != "" && insideSameNoun(oa, ob):
		d += 0.5
	case va.Type == "date" && d > 0 && countLike(a.u, va) == 1:
		// A sentence's only date against the other's, the same grain and
		// a word of their frame in common: "first lit in 1884" / "first
		// lit in 1887".
	case d < insideFrameMin:
		return -1 // neither the counted thing nor the words around the figure say it is one fact
	case oa != "" && ob != "":
		// Two counted nouns ("two murder charges" / "four counts of
		// murder"; "five other workers" / "nine people"): one fact only
		// when one noun stands among the other's frame words or stands for
		// any group of persons.
		inFrame := nounInFrame(oa, b.c.Slot) && !othersNoun(b, oa) || nounInFrame(ob, a.c.Slot) && !othersNoun(a, ob)
		if !inFrame && !genericNoun[claims.Lemma(strings.ToLower(oa))] && !genericNoun[claims.Lemma(strings.ToLower(ob))] {
			return -1
		}
	case va.Type == "number":
		return -1 // a bare count may count something else
	}
	return d + 0.5*closeness(va, vb)
}

// sameDateFrame reports whether two dates or times of matched sentences can
// date the same happening: the same grain (a year against a year, a day
// against a day), named alike (a weekday is not set against a resolved
// calendar date, which a guessed publication date may have shifted; two
// weekdays are compared however each was resolved),
// and neither the date of a statement about the event ("said Monday") unless
// both are.
func sameDateFrame(a, b *claims.Claim) bool {
	va, vb := a.Value, b.Value
	if va.Type == "date" && grainClass(va.Grain) != grainClass(vb.Grain) {
		return false
	}
	if va.Type == "date" && !namedAlike(a, b) {
		return false
	}
	if reported(a) != reported(b) {
		return false
	}
	// A date modifying a noun dates what the other sentence dates only when
	// that sentence speaks of the same thing: "the March 5 broadcast" /
	// "will be broadcast live on Sunday, March 2".
	ha, hb := dateHead(a), dateHead(b)
	return ha == hb || ha == "" && mentions(a.Sentence, hb) || hb == "" && mentions(b.Sentence, ha)
}

// mentions reports whether a sentence holds a word of the lemma.
func mentions(sentence, lemma string) bool {
	for _, w := range claims.Words(sentence) {
		if claims.Lemma(strings.ToLower(w.Text)) == lemma {
			return true
		}
	}
	return false
}

// datePreps stand before a date that says when something happened ("on
// Sunday", "by March 5"); without one, a date followed by a noun modifies
// it ("a Friday deadline", "the March 5 broadcast").
var datePreps = map[string]bool{"on": true, "in": true, "by": true, "since": true, "until": true, "from": true,
	"at": true, "last": true, "this": true, "next": true, "early": true, "late": true, "before": true, "after": true}

// dateHead returns the noun a date modifies ("deadline" in "a Friday
// deadline"), or "" when the date dates the sentence's happening. Two dates
// compare only when they modify the same noun or none: a deadline's day is
// not the day the deal closed.
func dateHead(c *claims.Claim) string {
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 || c.Text == "" {
		return ""
	}
	before := strings.Fields(c.Sentence[:i])
	if len(before) == 0 || datePreps[strings.ToLower(strings.Trim(before[len(before)-1], ",;:"))] {
		return "" // a sentence opening with its date ("Monday marked the fifth day")
	}
	after := strings.Fields(c.Sentence[i+len(c.Text):])
	if len(after) == 0 {
		return ""
	}
	w := strings.TrimRight(after[0], ",;:.!?")
	if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, "0123456789'’") || claims.IsStopWord(w) {
		return ""
	}
	return claims.Lemma(w)
}

// insideConflict is one component of counterpart values across an
// agreement's sentences, holding at least one pair that disagrees.
type insideConflict struct {
	claims []*claims.Claim
	sev    Severity
	pairs  [][2]*claims.Claim // the disagreeing pairs, for the reasons
}

// insideValueConflicts pairs the values of an agreement's sentences (each
// value with its best counterpart in each other report's sentence, when that
// choice is mutual) and returns the groups of counterparts that disagree.
func (m *model) insideValueConflicts(us []*unit, minSim float64, opt Options) []insideConflict {
	var slots []insideSlot
	for _, u := range us {
		for _, c := range u.typed {
			if c.Kind != claims.KindRole && c.Kind != claims.KindQuote && c.Value != nil {
				slots = append(slots, insideSlot{c, u})
			}
		}
	}
	if len(slots) < 2 {
		return nil
	}
	sets := newDisjoint(len(slots))
	type edge struct {
		i, j int
		sev  Severity
		ok   bool
	}
	var edges []edge
	for x, ux := range us {
		for _, uy := range us[x+1:] {
			// Only sentences the alignment could have linked directly are
			// read as one statement: a group also holds sentences that only
			// share a partner.
			if ux.src == uy.src || m.unitSim(ux, uy) < minSim {
				continue
			}
			var es []edge
			agreed := 0
			for _, e := range m.insidePairs(slots, ux, uy) {
				ok, sev := valueRule(slots[e[0]].c.Kind, slots[e[0]].c.Value, slots[e[1]].c.Value, opt)
				es = append(es, edge{e[0], e[1], sev, ok})
				if ok {
					agreed++
				}
			}
			// Sentences whose figures all differ ("24 dead and 249
			// injured" / "12 killed and 70 injured") give another update
			// or another scope of the event, not one statement with a
			// figure changed; value alignment judges those figures.
			if len(es) >= 2 && agreed == 0 {
				continue
			}
			for _, e := range es {
				edges = append(edges, e)
				sets.union(e.i, e.j)
			}
		}
	}
	byRoot := map[int]*insideConflict{}
	var roots []int
	for _, e := range edges {
		if e.ok {
			continue
		}
		r := sets.find(e.i)
		ic, ok := byRoot[r]
		if !ok {
			ic = &insideConflict{sev: Minor}
			byRoot[r] = ic
			roots = append(roots, r)
		}
		if e.sev == Major {
			ic.sev = Major
		}
		ic.pairs = append(ic.pairs, [2]*claims.Claim{slots[e.i].c, slots[e.j].c})
	}
	var out []insideConflict
	for _, r := range roots {
		ic := byRoot[r]
		for i := range slots {
			if sets.find(i) == r {
				ic.claims = append(ic.claims, slots[i].c)
			}
		}
		out = append(out, *ic)
	}
	return out
}

// insideSameNoun is sameNoun for the figures of matched sentences, where
// two words for what befell people must name the same fate: "shot three
// people" counts the killed and the injured together, "injured two" does not.
// Other nouns must be one lemma or both count residents.
func insideSameNoun(a, b string) bool {
	la, lb := claims.Lemma(strings.ToLower(a)), claims.Lemma(strings.ToLower(b))
	if la == lb || deathWords[la] && deathWords[lb] || hurtWords[la] && hurtWords[lb] || populace[la] && populace[lb] {
		return true
	}
	// WordNet relatives are too loose for what befell people ("shot" /
	// "injured"); a word for any group of persons still stands for a fate's
	// count ("five people" / "five injured").
	return sameCounted(a, b) || genericNoun[la] && personState[lb] || genericNoun[lb] && personState[la]
}

// sameCounted reports whether two counted nouns name one kind of thing: one
// lemma, or WordNet relatives that are not words for what befell people
// ("floors" / "storeys"), and neither a word for any group of persons.
func sameCounted(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	la, lb := claims.Lemma(strings.ToLower(a)), claims.Lemma(strings.ToLower(b))
	if genericNoun[la] || genericNoun[lb] || genericNoun[strings.ToLower(a)] || genericNoun[strings.ToLower(b)] {
		return false // "people" counts whoever the sentence speaks of: six dead, or 74 in hospital
	}
	if la == lb {
		return true
	}
	fate := func(w string) bool { return personState[w] || fateVerbs[w] || deathWords[w] || hurtWords[w] }
	return !fate(la) && !fate(lb) && claims.Related(la, lb)
}

// hurtWords all count the injured: "14 injured", "14 hurt", "14 wounded".
var hurtWords = map[string]bool{"injure": true, "injured": true, "hurt": true, "wound": true, "wounded": true}

// nounInFrame reports whether a counted noun is one of another value's slot
// words. A word for what befell people ("killed") is not a counted noun:
// "21 killed" and "19 children killed" count different groups.
func nounInFrame(of string, slot []string) bool {
	l := claims.Lemma(strings.ToLower(of))
	if personState[l] || personState[strings.ToLower(of)] || fateVerbs[l] || fateVerbs[strings.ToLower(of)] {
		return false
	}
	for _, w := range slot {
		if w == l {
			return true
		}
	}
	return false
}

// othersNoun reports whether a noun is what another figure of the sentence
// counts: in "Nineteen students and two teachers" the word "teachers" stands
// near nineteen but is the two's.
func othersNoun(s insideSlot, noun string) bool {
	l := claims.Lemma(strings.ToLower(noun))
	for _, c := range s.u.typed {
		if c != s.c && c.Value != nil && c.Value.Of != "" && claims.Lemma(strings.ToLower(c.Value.Of)) == l {
			return true
		}
	}
	return false
}

// fateVerbs say what was done to people without saying what became of them:
// "shot three" counts the dead and the hurt together.
var fateVerbs = map[string]bool{"shoot": true, "shot": true, "stab": true, "stabbed": true, "attack": true, "attacked": true, "hit": true, "strike": true, "struck": true}

// typedCount is how many figures of a value type a unit states.
func typedCount(u *unit, t string) int {
	n := 0
	for _, c := range u.typed {
		if c.Value.Type == t {
			n++
		}
	}
	return n
}

// countLike is how many values like v a unit states: of its type, and for a
// date of its grain named the same way, so that "Oscar Sunday, March 2, 2014"
// holds one calendar date, however many ways it names the day.
func countLike(u *unit, v *claims.Value) int {
	if v.Type != "date" {
		return typedCount(u, v.Type)
	}
	n := 0
	for _, c := range u.typed {
		w := c.Value
		if w.Type == "date" && grainClass(w.Grain) == grainClass(v.Grain) && (w.Start == "") == (v.Start == "") {
			n++
		}
	}
	return n
}

// insidePairs returns the index pairs of the values of two sentences that
// are each other's best counterpart.
func (m *model) insidePairs(slots []insideSlot, ux, uy *unit) [][2]int {
	var xs, ys []int
	for i, s := range slots {
		switch s.u {
		case ux:
			xs = append(xs, i)
		case uy:
			ys = append(ys, i)
		}
	}
	if len(xs) == 0 || len(ys) == 0 {
		return nil
	}
	fits := make([]float64, len(xs)*len(ys))
	for i, x := range xs {
		for j, y := range ys {
			fits[i*len(ys)+j] = -1
			if slots[x].c.Value.Type == slots[y].c.Value.Type {
				fits[i*len(ys)+j] = m.insideFit(slots[x], slots[y])
			}
		}
	}
	var out [][2]int
	for i := range xs {
		j := argmax(len(ys), func(j int) float64 { return fits[i*len(ys)+j] })
		if j < 0 || argmax(len(xs), func(k int) float64 { return fits[k*len(ys)+j] }) != i {
			continue
		}
		out = append(out, [2]int{xs[i], ys[j]})
	}
	return out
}

// splitInsideValues re-reads each agreement for values its sentences state
// differently, and reports each such fact as a discrepancy. A statement
// agreement loses the sentences holding those values (what remains stays an
// agreement when two reports are still in it); a value agreement keeps its
// claims, since the value it agrees on is not in doubt, but the sentences it
// pairs are read as one statement too ("rescued three keepers on Saturday" /
// "rescued five people on Saturday" agree on the day, not on the count). A
// conflict some finding already reports is not reported again.
func (m *model) splitInsideValues(fs []Finding, opt Options) []Finding {
	out := append([]Finding(nil), fs...)
	known := map[[2]claimAt]int{} // a pair of claims → the discrepancy holding it
	for i, f := range out {
		if f.Verdict == Discrepancy {
			for j, a := range f.Claims {
				for _, b := range f.Claims[j+1:] {
					known[pairKey(&a, &b)] = i
				}
			}
		}
	}
	drop := map[int]bool{}
	var found []Finding
	for i, f := range fs {
		if f.Verdict != Agreement || f.Kind == claims.KindQuote || f.Kind == claims.KindRole || distinctSources(f.Claims) < 2 {
			continue
		}
		// Sentences a value agreement pairs share a figure, not
		// necessarily a statement: they are read as one only when they
		// match as closely as sentenceClash asks of a figure's context.
		minSim := clashSim
		if f.Kind == claims.KindStatement {
			minSim = stmtJoin
		}
		us := m.findingUnits(f)
		cs := m.insideValueConflicts(us, minSim, opt)
		if len(cs) == 0 {
			continue
		}
		moved := map[[2]int]bool{}
		for _, ic := range cs {
			d := m.insideFinding(ic, f, us, opt)
			fresh := false
			for _, p := range ic.pairs {
				if j, ok := known[pairKey(p[0], p[1])]; ok {
					if j < len(out) && out[j].Confidence < d.Confidence {
						// Another rule already reports the pair as too
						// weak to show: the matched sentences vouch for it.
						out[j].Confidence = d.Confidence
						out[j].Reasons = append(out[j].Reasons, d.Reasons[0])
					}
				} else {
					fresh = true
				}
			}
			if fresh {
				for _, p := range ic.pairs {
					known[pairKey(p[0], p[1])] = len(fs) + len(found)
				}
				found = append(found, d)
			}
			for _, c := range ic.claims {
				moved[[2]int{m.srcIndex(c.Source), c.SentenceIndex}] = true
			}
		}
		if f.Kind != claims.KindStatement {
			continue
		}
		var rest []claims.Claim
		for _, c := range f.Claims {
			if !moved[[2]int{m.srcIndex(c.Source), c.SentenceIndex}] {
				rest = append(rest, c)
			}
		}
		if distinctSources(rest) >= 2 {
			out[i].Claims = rest
		} else {
			drop[i] = true
		}
	}
	return keepFindings(out, drop, found)
}

// pairKey names an unordered pair of claims by their sources and spans.
func pairKey(a, b *claims.Claim) [2]claimAt {
	// Positions, not formatted strings: every pair of every discrepancy's
	// claims is keyed, and building two strings a pair was 4% of CPU at 80
	// reports.
	x, y := claimAt{a.Source, a.Start, a.End}, claimAt{b.Source, b.Start, b.End}
	if y.before(x) {
		x, y = y, x
	}
	return [2]claimAt{x, y}
}

// claimAt is where a claim is: its report and byte span.
type claimAt struct {
	src        string
	start, end int
}

// before orders positions by report, then start, then end.
func (p claimAt) before(q claimAt) bool {
	if p.src != q.src {
		return p.src < q.src
	}
	if p.start != q.start {
		return p.start < q.start
	}
	return p.end < q.end
}

// insideFinding describes one fact an agreement's sentences disagree on.
func (m *model) insideFinding(ic insideConflict, f Finding, us []*unit, opt Options) Finding {
	cs := make([]claims.Claim, len(ic.claims))
	for i, c := range ic.claims {
		cs[i] = *c
	}
	d := Finding{Verdict: Discrepancy, Kind: ic.claims[0].Kind, Severity: ic.sev, Rule: "inside",
		Confidence: max(DefaultMinConfidence, f.Confidence), Claims: cs}
	d.Positions = claimPositions(cs, opt)
	d.Summary = summarize(measureLabel(cs), d.Positions, true)
	for _, p := range ic.pairs {
		a, b := p[0], p[1]
		d.Reasons = append(d.Reasons, fmt.Sprintf("same sentence in both reports, different %s: %s (%s) vs %s (%s)",
			insideNoun(a.Value), strings.TrimSpace(a.Text), a.Source, strings.TrimSpace(b.Text), b.Source))
		if len(d.Reasons) == 3 {
			break
		}
	}
	var srcs []string
	for _, u := range us {
		srcs = append(srcs, m.as[u.src].Doc.ID)
	}
	sort.Strings(srcs)
	d.Reasons = append(d.Reasons, "the sentences were aligned as one statement in "+strings.Join(dedupe(srcs), ", "),
		"rule: values of the same frame inside sentences aligned as one statement, compared as intervals")
	return d
}

// insideNoun names what kind of value differs, for a reason an editor reads.
func insideNoun(v *claims.Value) string {
	switch v.Type {
	case "date":
		return "date"
	case "time":
		return "time"
	case "age":
		return "age"
	}
	return "figure"
}

// findingUnits returns the sentence units a finding's claims come from, in
// claim order, each once.
func (m *model) findingUnits(f Finding) []*unit {
	var out []*unit
	seen := map[*unit]bool{}
	for _, c := range f.Claims {
		s := m.srcIndex(c.Source)
		if s < 0 {
			continue
		}
		if u := m.bySent[s][c.SentenceIndex]; u != nil && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

// srcIndex returns the index of the report with the source ID, or -1.
func (m *model) srcIndex(id string) int {
	for i, a := range m.as {
		if a.Doc.ID == id {
			return i
		}
	}
	return -1
}

// keepFindings returns the findings not marked dropped, in order, followed by
// the new ones the inside rules found.
func keepFindings(out []Finding, drop map[int]bool, found []Finding) []Finding {
	kept := out[:0]
	for i, f := range out {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	return append(kept, found...)
}
