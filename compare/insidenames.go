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
// two ways. A word both spellings stand beside in one sentence, or a first
// name that differs before them ("Jane Smyth" / "John Smith"), is two people.
func insideNameConflicts(us []*unit) []insideName {
	words := make([][]nameWord, len(us))
	has := make([]map[string]bool, len(us))
	for i, u := range us {
		if u.stmt == nil {
			continue
		}
		words[i] = nameWords(u.stmt.Sentence)
		has[i] = map[string]bool{}
		for _, w := range words[i] {
			has[i][w.word] = true
		}
	}
	byPair := map[[2]string]*insideName{}
	var order [][2]string
	for i := range us {
		for j := i + 1; j < len(us); j++ {
			if us[i].src == us[j].src {
				continue
			}
			for _, a := range words[i] {
				for _, b := range words[j] {
					if has[i][b.word] || has[j][a.word] || !insideRespelt(a.word, b.word) {
						continue
					}
					if articles[a.before] || articles[b.before] {
						continue // "the Arder": a thing or a typo, not a person's name
					}
					if a.prev != "" && b.prev != "" && a.prev != b.prev && !respelt(a.prev, b.prev) {
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

// splitInsideNames re-reads each statement agreement for a name its
// sentences spell two ways, and moves the sentences into a name discrepancy;
// what remains stays an agreement when two reports are still in it.
func (m *model) splitInsideNames(fs []Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Verdict != Agreement || f.Kind != claims.KindStatement || distinctSources(f.Claims) < 2 {
			out = append(out, f)
			continue
		}
		ns := insideNameConflicts(m.findingUnits(f))
		if len(ns) == 0 {
			out = append(out, f)
			continue
		}
		moved := map[*unit]bool{}
		for _, n := range ns {
			out = append(out, m.insideNameFinding(n, f))
			for _, u := range append(append([]*unit{}, n.ux...), n.uy...) {
				moved[u] = true
			}
		}
		var rest []claims.Claim
		for _, c := range f.Claims {
			s := m.srcIndex(c.Source)
			if s < 0 || !moved[m.bySent[s][c.SentenceIndex]] {
				rest = append(rest, c)
			}
		}
		if distinctSources(rest) >= 2 {
			r := f
			r.Claims = rest
			out = append(out, r)
		}
	}
	return out
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
