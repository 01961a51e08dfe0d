package compare

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/claims"
)

// Soft term matching lets paraphrases meet that neither share a lemma nor a WordNet
// concept ("blaze"/"wildfire", "protest"/"demonstration"): two sentences' words count as a
// partial match when their distributional vectors (claims.Similarity) are near.

// softMin is the least cosine of two words' vectors for a soft match, and softWeight the
// share of an exact match's weight a soft match of cosine 1 earns (it scales with the
// cosine). Both were chosen by leave-one-event-out cross-validation over the public events
// (see docs/paraphrase.md).
const (
	softMin    = 0.6
	softWeight = 0.3
)

// softLink is a term of this comparison near another in meaning.
type softLink struct {
	t   int32   // term id
	cos float64 // cosine of the two words' vectors
}

// softIndex lists, by term id, the comparison's other terms that may stand in for it,
// sorted by term id (nil for a term with none).
type softIndex struct {
	ls     [][]softLink
	weight float64 // softWeight
}

// buildSoft links the comparison's plain word terms whose vectors are near. It never
// links opposites (antonyms: "rise"/"fall"), words that name values by themselves
// ("three"/"four", "monday"/"tuesday") or words of names ("chinese"/"japanese"), whose
// neighbours in distributional space are their rivals, not their paraphrases.
func buildSoft(m *model) softIndex {
	names := entityWords(m)
	opp := softOpposites()
	byRow := map[uint32]int32{}
	rows := make([]uint32, len(m.tid))
	ok := make([]bool, len(m.tid))
	for t, id := range m.tid {
		if !softTerm(t) || names[t] {
			continue
		}
		if row, found := claims.WordID(t); found {
			byRow[row], rows[id], ok[id] = id, row, true
		}
	}
	terms := make([]string, len(m.tid))
	for t, id := range m.tid {
		terms[id] = t
	}
	idx := softIndex{ls: make([][]softLink, len(m.tid)), weight: softWeight}
	// Each term meets many neighbours; its antonym-list forms are looked up once.
	forms := make([][]string, len(m.tid))
	formsOf := func(id int32) []string {
		if forms[id] == nil {
			forms[id] = opp.forms(terms[id])
		}
		return forms[id]
	}
	for id := range ok {
		if !ok[id] {
			continue
		}
		claims.Neighbours(rows[id], func(n claims.Neighbour) {
			o, found := byRow[n.ID]
			if !found || n.Cos < softMin || opp.opposedForms(terms[id], terms[o], formsOf(int32(id)), formsOf(o)) {
				return
			}
			// Neighbour lists are not symmetric; the link is, so both sides score alike.
			idx.ls[id] = addLink(idx.ls[id], softLink{o, n.Cos})
			idx.ls[o] = addLink(idx.ls[o], softLink{int32(id), n.Cos})
		})
	}
	return idx
}

// addLink inserts a link in id order unless the term is linked already.
func addLink(ls []softLink, l softLink) []softLink {
	i, found := slices.BinarySearchFunc(ls, l.t, func(x softLink, t int32) int { return cmp.Compare(x.t, t) })
	if found {
		return ls
	}
	return slices.Insert(ls, i, l)
}

// softTerm reports whether a feature is a plain word that may match softly: not an
// entity, concept or value feature, and not a word that names a value.
func softTerm(t string) bool {
	if len(t) < 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return !claims.ValueWord(t)
}

// entityWords returns the lower-case words of every entity the comparison's sentences name.
func entityWords(m *model) map[string]bool {
	out := map[string]bool{}
	for _, u := range m.all {
		if u.stmt == nil {
			continue
		}
		for _, e := range u.stmt.Entities {
			for _, w := range strings.Fields(e) {
				out[claims.Lemma(strings.ToLower(strings.Trim(w, ".,'")))] = true
			}
		}
	}
	return out
}

// part returns what soft matches add to two units' dot product and shared weight (see
// similarity): each term of one unit that the other lacks is matched to its best linked
// term of the other that the first lacks, at softWeight times the cosine of an exact
// match's contribution; the two directions are averaged, so the value is symmetric.
func (s softIndex) part(a, b *unit) (dot, shared float64) {
	d1, s1 := s.direction(a, b)
	d2, s2 := s.direction(b, a)
	return (d1 + d2) / 2, (s1 + s2) / 2
}

// direction is part from a's terms to b's.
func (s softIndex) direction(a, b *unit) (dot, shared float64) {
	for k, t := range a.tids {
		if len(s.links(t)) == 0 {
			continue
		}
		if _, ok := b.weight(t); ok {
			continue
		}
		w := a.ws[k]
		bestC, bestV := 0.0, 0.0
		// Links and both units' terms are sorted by id, so each search starts where
		// the last one stopped, and none is left once b's terms run out.
		bi, ai := 0, 0
		for _, l := range s.ls[t] {
			bi += lowerBound(b.byID[bi:], l.t)
			if bi == len(b.byID) {
				break
			}
			if b.byID[bi] != l.t {
				continue
			}
			v := b.byW[bi]
			ai += lowerBound(a.byID[ai:], l.t)
			if ai < len(a.byID) && a.byID[ai] == l.t {
				continue
			}
			if l.cos*v > bestC*bestV {
				bestC, bestV = l.cos, v
			}
		}
		dot += s.weight * bestC * w * bestV
		shared += s.weight * bestC * min(w, bestV)
	}
	return dot, shared
}

// linked reports whether some term of u has a soft link, so candidates knows whether to
// look for soft partners at all.
func (s softIndex) linked(u *unit) bool {
	for _, t := range u.tids {
		if len(s.links(t)) > 0 {
			return true
		}
	}
	return false
}

// links returns a term's soft links.
func (s softIndex) links(t int32) []softLink {
	if int(t) >= len(s.ls) {
		return nil
	}
	return s.ls[t]
}

// opposites finds reviewed antonyms (antonym.go) through synonyms and inflections too:
// a word sharing a WordNet concept with "rise" counts as "rise", and so does a word whose
// nearest distributional neighbours include it (the lemma table keeps "rose" and "fell" as
// nouns, so only their vectors tie them to "rise" and "fall"). Opposites are exactly the
// near words a soft match must refuse.
type opposites struct {
	idx map[string][]string
	// byConcept maps a WordNet concept to the antonym-list words that have it.
	byConcept map[uint32][]string
	// byRow maps a distributional table row to the antonym-list word it is.
	byRow  map[uint32]string
	minCos float64
}

// softOpposites is newOpposites(softMin), built once per process from fixed tables and
// shared read-only by every comparison.
var softOpposites = sync.OnceValue(func() opposites { return newOpposites(softMin) })

// newOpposites indexes the reviewed antonyms by word and by WordNet concept.
func newOpposites(minCos float64) opposites {
	o := opposites{idx: antonymIndex(), byConcept: map[uint32][]string{}, byRow: map[uint32]string{}, minCos: minCos}
	words := make([]string, 0, len(o.idx))
	for w := range o.idx {
		words = append(words, w)
	}
	slices.Sort(words) // a fixed order, so the lists are the same on every run
	for _, w := range words {
		for _, c := range claims.Concepts(w) {
			o.byConcept[c] = append(o.byConcept[c], w)
		}
		if row, ok := claims.WordID(w); ok {
			o.byRow[row] = w
		}
	}
	return o
}

// forms returns the antonym-list words a term is or shares a concept with.
func (o opposites) forms(t string) []string {
	out := []string{t}
	for _, c := range claims.Concepts(t) {
		out = append(out, o.byConcept[c]...)
	}
	if row, ok := claims.WordID(t); ok {
		claims.Neighbours(row, func(n claims.Neighbour) {
			if w, ok := o.byRow[n.ID]; ok && n.Cos >= o.minCos {
				out = append(out, w)
			}
		})
	}
	return out
}

// opposedForms reports whether two terms are, or share concepts with, a reviewed antonym pair.
// fa and fb are the terms' forms, passed in because a caller tests one term against many.
func (o opposites) opposedForms(a, b string, fa, fb []string) bool {
	if antonyms(o.idx, a, b) {
		return true
	}
	for _, x := range fa {
		for _, y := range o.idx[x] {
			if slices.Contains(fb, y) {
				return true
			}
		}
	}
	return false
}

// polarityDiffers reports whether one unit's sentence negates something (with "not", "no"
// or a word like "refused") and the other's does not. Sentences joined by near words alone
// are then left apart: whether one denies what the other asserts is for the negation rules,
// which need sentences matched on their own words.
func polarityDiffers(a, b *unit) bool {
	return negatesSomething(a) != negatesSomething(b)
}

// negatesSomething reports whether a unit's sentence has a negation scope.
func negatesSomething(u *unit) bool {
	if u.stmt == nil {
		return false
	}
	r := readNegation(u.stmt.Text)
	return len(r.scopes) > 0 || len(r.implicit) > 0
}

// lowerBound returns the index of the first id in sorted ids that is not below t.
func lowerBound(ids []int32, t int32) int {
	lo, hi := 0, len(ids)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ids[h] < t {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}
