package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Inside a statement agreement the context of a name is already proven: the
// sentences were aligned as saying the same thing. A name word of one
// sentence that is one edit, or one swap of two neighbouring letters, from a
// name word of the other ("Hallbrook" / "Halbrook") is then one person's name
// spelt two ways, even when the report that slips spells it right elsewhere,
// which alignNameVariants, reading the whole report, must take as a sign of
// two people. Only one edit is allowed (alignNameVariants allows two in long
// words, backed by other evidence), the first letter must agree, and neither
// word may be a dictionary word ("Court" / "Count") or, when both are, the
// pair is left alone.

// insideRespelt reports whether two name words of matched sentences are one
// name spelt two ways.
func insideRespelt(a, b string) bool {
	x, y := claims.Fold(foldAccents(a)), claims.Fold(foldAccents(b))
	if x == y || x == "" || y == "" || x[0] != y[0] || strings.TrimSuffix(x, "s") == strings.TrimSuffix(y, "s") {
		return false
	}
	if dictionaryWord(a) || dictionaryWord(b) {
		return false
	}
	return osaDistance(x, y) == 1
}

// insideName is one name respelt between an agreement's sentences.
type insideName struct {
	x, y string
	ux   []*unit // sentences spelling x
	uy   []*unit // sentences spelling y
}

// insideNameConflicts finds the name words an agreement's sentences spell
// two ways, comparing only sentences linked says are read as one and words
// keep lets through (all of a statement's, a role's person, the name an age
// stands beside). Both spellings among one sentence's kept words, or a first
// name that differs before them ("Jane Smyth" / "John Smith"), are two
// people; a kinswoman named elsewhere in the sentence ("John Jnekin, 23, ...
// Katie Jenkin") is not the person an age is about.
func insideNameConflicts(us []*unit, linked func(a, b *unit, swap bool) bool, keep func(u *unit, w string) bool) []insideName {
	words := make([][]nameWord, len(us))
	has := make([]map[string]bool, len(us))
	for i, u := range us {
		if u.stmt == nil {
			continue
		}
		has[i] = map[string]bool{}
		for _, w := range nameWords(u.stmt.Sentence) {
			if keep(u, w.word) {
				has[i][w.word] = true
				words[i] = append(words[i], w)
			}
		}
	}
	byPair := map[[2]string]*insideName{}
	var order [][2]string
	for i := range us {
		for j := i + 1; j < len(us); j++ {
			if us[i].src == us[j].src || len(words[i]) == 0 || len(words[j]) == 0 {
				continue
			}
			near, swapNear := linked(us[i], us[j], false), linked(us[i], us[j], true)
			if !near && !swapNear {
				continue
			}
			for _, a := range words[i] {
				for _, b := range words[j] {
					if has[i][b.word] || has[j][a.word] || !insideRespelt(a.word, b.word) {
						continue
					}
					if !near && !swapped(a.word, b.word) {
						continue // loosely linked sentences vouch only for a slip of two letters
					}
					if articles[a.before] || articles[b.before] {
						continue // "the Arder": a thing or a typo, not a person's name
					}
					if otherFirstName(a, b) {
						continue // another first name: another person
					}
					x, y, ux, uy := a.word, b.word, us[i], us[j]
					if y < x {
						x, y, ux, uy = y, x, uy, ux
					}
					k := [2]string{x, y}
					n, ok := byPair[k]
					if !ok {
						n = &insideName{x: x, y: y}
						byPair[k] = n
						order = append(order, k)
					}
					n.ux = appendUnit(n.ux, ux)
					n.uy = appendUnit(n.uy, uy)
				}
			}
		}
	}
	out := make([]insideName, 0, len(order))
	for _, k := range order {
		out = append(out, *byPair[k])
	}
	return out
}

// articles before a capitalised word make it the name of a thing, not of a person.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// appendUnit adds a unit to a list that does not hold it yet.
func appendUnit(us []*unit, u *unit) []*unit {
	for _, v := range us {
		if v == u {
			return us
		}
	}
	return append(us, u)
}

// splitInsideNames re-reads each agreement for a name its sentences spell
// two ways. A statement agreement's sentences are one statement; a role
// agreement's are about one person, whose name words are compared; a value
// agreement's sentences are read as one only when they match as closely as
// sentenceClash asks. The sentences of a statement agreement that spell the
// name two ways leave it (what remains stays an agreement when two reports
// are still in it); the others keep their claims, since the value or role
// they agree on is not in doubt. A respelling another finding already
// reports is added to that finding, so that one finding holds every report
// that spells the name either way.
func (m *model) splitInsideNames(fs []Finding) []Finding {
	out := append([]Finding(nil), fs...)
	drop := map[int]bool{}
	var found []Finding
	all := func(a, b *unit, swap bool) bool { return true }
	anyWord := func(u *unit, w string) bool { return true }
	// A value agreement's sentences are one statement when they match
	// closely; for two letters swapped in a name (nameswap.go) the shared
	// value is context enough.
	close := func(a, b *unit, swap bool) bool { return swap || m.unitSim(a, b) >= clashSim }
	for i, f := range fs {
		if f.Verdict != Agreement || f.Kind == claims.KindQuote || distinctSources(f.Claims) < 2 {
			continue
		}
		us := m.findingUnits(f)
		var ns []insideName
		switch f.Kind {
		case claims.KindStatement:
			ns = insideNameConflicts(us, all, anyWord)
		case claims.KindRole:
			ns = insideNameConflicts(us, all, func(u *unit, w string) bool { return personWord(f.Claims, u, w) })
		case claims.KindAge:
			// An age is about the person named beside it ("Ann Lee, 32"):
			// agreeing ages vouch that the names beside them are one person.
			near := m.ageAnchors(f)
			ns = insideNameConflicts(us, all, func(u *unit, w string) bool { return strings.Contains(near[u], w) })
		default:
			ns = insideNameConflicts(us, close, anyWord)
		}
		if len(ns) == 0 {
			continue
		}
		moved := map[*unit]bool{}
		for _, n := range ns {
			d := m.insideNameFinding(n, f)
			if j := nameFindingOf(out, found, n); j >= 0 {
				if j < len(out) {
					out[j] = joinClaims(out[j], d)
				} else {
					found[j-len(out)] = joinClaims(found[j-len(out)], d)
				}
			} else {
				found = append(found, d)
			}
			for _, u := range append(append([]*unit{}, n.ux...), n.uy...) {
				moved[u] = true
			}
		}
		if f.Kind != claims.KindStatement {
			continue
		}
		var rest []claims.Claim
		for _, c := range f.Claims {
			s := m.srcIndex(c.Source)
			if s < 0 || !moved[m.bySent[s][c.SentenceIndex]] {
				rest = append(rest, c)
			}
		}
		if distinctSources(rest) >= 2 {
			out[i].Claims = rest
		} else {
			drop[i] = true
		}
	}
	return completeNameEvidence(keepFindings(out, drop, found), fs)
}

// ageAnchors returns, for each sentence of an age agreement, the name its
// age stands beside, if any.
func (m *model) ageAnchors(f Finding) map[*unit]string {
	out := map[*unit]string{}
	for i := range f.Claims {
		c := &f.Claims[i]
		s := m.srcIndex(c.Source)
		if s < 0 || c.Value == nil {
			continue
		}
		u := m.bySent[s][c.SentenceIndex]
		if u == nil {
			continue
		}
		if a := anchorOf(c, u); a != "" {
			out[u] += " " + a
		}
	}
	return out
}

// personWord reports whether a word is part of the person a role claim of
// the unit names.
func personWord(cs []claims.Claim, u *unit, w string) bool {
	for _, c := range cs {
		if c.Value != nil && c.SentenceIndex == u.sent && strings.Contains(c.Value.Person, w) {
			return true
		}
	}
	return false
}

// nameFindingOf returns the index (in out, then in found after it) of a name
// discrepancy whose claims already spell both words, or -1.
func nameFindingOf(out, found []Finding, n insideName) int {
	spells := func(f Finding) bool {
		if f.Verdict != Discrepancy || f.Kind != "name" {
			return false
		}
		x, y := false, false
		for _, c := range f.Claims {
			x = x || strings.Contains(c.Text, n.x)
			y = y || strings.Contains(c.Text, n.y)
		}
		return x && y
	}
	for j, f := range out {
		if spells(f) {
			return j
		}
	}
	for j, f := range found {
		if spells(f) {
			return len(out) + j
		}
	}
	return -1
}

// joinClaims adds to a finding the claims of another it does not hold yet
// (by source and span), with the other's first reason.
func joinClaims(f, g Finding) Finding {
	have := map[string]bool{}
	for _, c := range f.Claims {
		have[fmt.Sprintf("%s:%d:%d", c.Source, c.Start, c.End)] = true
	}
	added := false
	f.Claims = append([]claims.Claim(nil), f.Claims...)
	for _, c := range g.Claims {
		if k := fmt.Sprintf("%s:%d:%d", c.Source, c.Start, c.End); !have[k] {
			have[k] = true
			f.Claims = append(f.Claims, c)
			added = true
		}
	}
	if added {
		f.Reasons = append(append([]string(nil), f.Reasons...), g.Reasons[0])
	}
	return f
}

// insideNameFinding describes one name an agreement's sentences spell two ways.
func (m *model) insideNameFinding(n insideName, f Finding) Finding {
	d := Finding{Verdict: Discrepancy, Kind: "name", Severity: Minor, Rule: "inside-name",
		Confidence: max(DefaultMinConfidence, f.Confidence), Summary: n.x + " vs " + n.y}
	var xs, ys []string
	for _, u := range n.ux {
		d.Claims = append(d.Claims, nameClaim(mention{n.x, u}))
		xs = append(xs, m.as[u.src].Doc.ID)
	}
	for _, u := range n.uy {
		d.Claims = append(d.Claims, nameClaim(mention{n.y, u}))
		ys = append(ys, m.as[u.src].Doc.ID)
	}
	xs, ys = sortedSet(xs), sortedSet(ys)
	d.Positions = []Position{{Value: n.x, Sources: xs}, {Value: n.y, Sources: ys}}
	sort.SliceStable(d.Positions, func(i, j int) bool { return len(d.Positions[i].Sources) > len(d.Positions[j].Sources) })
	d.Reasons = []string{
		fmt.Sprintf("same sentence in both reports, name spelt differently: %q (%s) vs %q (%s)", n.x, strings.Join(xs, ", "), n.y, strings.Join(ys, ", ")),
		"rule: a name word one letter (or one swap of two letters) from a name word of a sentence aligned as the same statement"}
	return d
}
