package compare

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
)

// A negated sentence the alignment put beside another fact ("Mr Jenkin, who
// has also not been charged with animal cruelty after the family dog was
// found dead" joins the dog's agreement) never meets the sentence it denies
// ("has also been charged with animal cruelty"). Such a pair is found here
// across all sentences, on stronger evidence than inside an agreement: the
// other sentence must assert the negated predicate and at least
// strayMinShared of the scope's content words.

// strayMinShared is how many of a negated clause's content words another
// report's sentence must assert, the predicate among them, to be read as
// denied without the alignment pairing the two. Three (a verb and two of its
// objects or modifiers) leaves no pair on the public sets' originals that
// is not a planted or a gold negation (see the report of issue 14).
const strayMinShared = 3

// strongDenial reports whether a denies b with a scope whose predicate and
// at least strayMinShared content words b asserts, and returns the predicate.
func strongDenial(a, b negReading) (string, bool) {
	if _, ok := denies(a, b); !ok {
		return "", false
	}
	for _, s := range a.scopes {
		pred := a.predicate(s)
		pos := assertedAgainst(a, b, s)
		if pred == "" || !pos[pred] || s.quant && !b.hasPhrase(a.nounPhrase(s)) {
			continue
		}
		n := 0
		for w := range a.scoped(s) {
			if pos[w] {
				n++
			}
		}
		if n >= strayMinShared {
			return pred, true
		}
	}
	return "", false
}

// strayNegations adds a polarity discrepancy for each negated sentence that
// no polarity finding holds and that strongly denies a sentence of another
// report (strongDenial), or that gives a subject the opposite state another
// report's sentence gives it (opposedState). Each sentence's words and states
// are read once, and a pair is read only when the two share a word of the
// negated scope or a subject (strayIndex).
func (m *model) strayNegations(fs []Finding) []Finding {
	fs, _ = m.strayPass(fs)
	return fs
}

// strayPass is strayNegations, also returning how many sentence pairs it read
// (for the test that the work follows related pairs).
func (m *model) strayPass(fs []Finding) ([]Finding, int) {
	held := map[spot]bool{}
	for _, f := range fs {
		if f.Verdict == Discrepancy && f.Rule == "polarity" {
			for _, c := range f.Claims {
				held[claimSpot(&c)] = true
			}
		}
	}
	// Per unit, by id: its sentence's spot, lemmas, copula states and denied
	// states, read once.
	spots := make([]spot, len(m.all))
	lemmas := make([]map[string]bool, len(m.all))
	states := make([][]copPred, len(m.all))
	denied := make([][]copPred, len(m.all))
	subjects := make([][]copPred, len(m.all)) // states and denied states: what the index finds pairs by
	for _, u := range m.all {
		if u.stmt != nil {
			r := u.negation()
			spots[u.id] = claimSpot(u.stmt)
			lemmas[u.id], states[u.id], denied[u.id] = r.lemmas(), r.copulaPredicates(), r.negatedStates()
			subjects[u.id] = append(append([]copPred(nil), states[u.id]...), denied[u.id]...)
		}
	}
	idx := newStrayIndex(lemmas, subjects)
	var near []int32
	read := 0
	for s, us := range m.units {
		for _, a := range us {
			if a.stmt == nil || held[spots[a.id]] {
				continue
			}
			ra := a.negation()
			var scoped []map[string]bool
			for _, sc := range ra.scopes {
				scoped = append(scoped, ra.scoped(sc))
			}
			if len(scoped) == 0 && len(subjects[a.id]) == 0 {
				continue
			}
			near = idx.related(a.id, scoped, subjects[a.id], near)
			done := -1 // a report the pair loop left (one finding per report and sentence)
			for _, id := range near {
				b := m.all[id]
				t := b.src
				if t == done || t == s || m.as[t].Doc.ID == m.as[s].Doc.ID || m.dup[t] == s || m.dup[s] == t {
					continue
				}
				if b.stmt == nil || held[spots[b.id]] {
					continue
				}
				read++
				if mayDeny(scoped, lemmas[b.id]) {
					if pred, ok := strongDenial(ra, b.negation()); ok {
						fs = append(fs, strayFinding(*a.stmt, *b.stmt, pred, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
						held[spots[a.id]] = true
						done = t
						continue
					}
				}
				if x, y, ok := deniedOpposites(denied[a.id], denied[b.id]); ok && sharesBesides(ra, b.negation(), x, y) {
					fs = append(fs, opposedFinding(*a.stmt, *b.stmt, "not "+x, "not "+y, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
					held[spots[a.id]], held[spots[b.id]] = true, true
					done = t
					continue
				}
				if !shareSubject(states[a.id], states[b.id]) {
					continue
				}
				if x, y, ok := opposedPreds(states[a.id], states[b.id]); ok && sharesBesides(ra, b.negation(), x, y) {
					fs = append(fs, opposedFinding(*a.stmt, *b.stmt, x, y, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
					held[spots[a.id]], held[spots[b.id]] = true, true
					done = t
				}
			}
		}
	}
	return fs, read
}

// mayDeny reports whether some scope has strayMinShared of its words among
// the other sentence's lemmas: strongDenial cannot hold otherwise.
func mayDeny(scoped []map[string]bool, other map[string]bool) bool {
	for _, ws := range scoped {
		n := 0
		for w := range ws {
			if other[w] {
				n++
			}
		}
		if n >= strayMinShared {
			return true
		}
	}
	return false
}

// shareSubject reports whether two sentences give states to one subject.
func shareSubject(a, b []copPred) bool {
	for _, x := range a {
		for _, y := range b {
			if x.subj == y.subj {
				return true
			}
		}
	}
	return false
}

// strayFinding is the polarity discrepancy of a negating and an asserting sentence.
func strayFinding(neg, pos claims.Claim, pred string, conf float64) Finding {
	d := Finding{Verdict: Discrepancy, Kind: claims.KindPolarity, Severity: Major, Rule: "polarity", Confidence: conf}
	d.Claims = []claims.Claim{sentenceClaim(neg), sentenceClaim(pos)}
	d.Summary = fmt.Sprintf("%s negates %q; %s asserts it", neg.Source, pred, pos.Source)
	d.Positions = []Position{{Value: "negated", Sources: []string{neg.Source}}, {Value: "asserted", Sources: []string{pos.Source}}}
	d.Reasons = []string{d.Summary, "rule: a negation's scope covers the predicate and words another report's sentence states, though the alignment did not pair them"}
	return d
}

// sharesBesides reports whether two sentences assert a content word besides
// their subject and the two states: the states are said of one occasion
// ("is open until further notice" / "is closed until further notice").
func sharesBesides(a, b negReading, x, y string) bool {
	subj := map[string]bool{}
	for _, p := range a.copulaPredicates() {
		subj[p.subj] = true
	}
	pb := b.asserted(false)
	for k := range b.asserted(true) {
		pb[k] = true
	}
	for w := range a.lemmas() {
		if pb[w] && !subj[w] && w != x && w != y && w != claims.Lemma(x) && w != claims.Lemma(y) {
			return true
		}
	}
	return false
}

// opposedFinding is the polarity discrepancy of two sentences giving one
// subject opposite states.
func opposedFinding(a, b claims.Claim, x, y string, conf float64) Finding {
	d := Finding{Verdict: Discrepancy, Kind: claims.KindPolarity, Severity: Major, Rule: "polarity", Confidence: conf}
	d.Claims = []claims.Claim{sentenceClaim(a), sentenceClaim(b)}
	d.Summary = fmt.Sprintf("%s says %q; %s says %q", a.Source, x, b.Source, y)
	d.Positions = []Position{{Value: x, Sources: []string{a.Source}}, {Value: y, Sources: []string{b.Source}}}
	d.Reasons = []string{d.Summary, "rule: two reports give one subject opposite states (reviewed antonyms), with other words of the sentence in common"}
	return d
}
