package compare

// Candidate search scores one unit against every unit it touches, and at 40
// reports softIndex.part on those pairs was a fifth of all CPU: for every
// pair it walked each term's whole link list (which grows with the
// comparison's vocabulary) by binary search into the other unit. A
// softScorer inverts the links of one unit once, so that scoring it against
// another unit walks only the other unit's terms and the links that land in
// them. It computes exactly what part computes, in the same order (ties and
// float sums included), which TestSoftScorerMatchesPart checks.

// reachLink is a term of the scorer's unit linked softly to some other term.
type reachLink struct {
	k   int32   // index of the unit's term in u.tids
	cos float64 // cosine of the link
	w   float64 // the unit's weight of that term
}

// softScorer computes softIndex.part(u, b) for one unit u against many b.
// It belongs to one goroutine; its slices are indexed by term id and reused
// from unit to unit.
type softScorer struct {
	s softIndex
	u *unit
	// inU is 1 + the index in u.tids of each term u has, 0 otherwise.
	inU []int32
	// reach lists, for each term u lacks, u's terms linked to it, in
	// increasing term id of u's term (the order of a link list).
	reach [][]reachLink
	used  []int32 // term ids whose reach lists are filled
	// Per term of u (index in u.tids): whether b has it, and its best soft
	// match in b so far.
	hasB         []bool
	bestC, bestV []float64
	// linkedK lists the indices in u.tids of u's terms that have links.
	linkedK []int32
	// dirty lists the indices whose per-term state part has set.
	dirty []int32
}

// clear zeroes the per-term state part set.
func (sc *softScorer) clear() {
	for _, k := range sc.dirty {
		sc.hasB[k], sc.bestC[k], sc.bestV[k] = false, 0, 0
	}
	sc.dirty = sc.dirty[:0]
}

// newSoftScorer returns a scorer for a comparison of nterms terms.
func newSoftScorer(s softIndex, nterms int) *softScorer {
	return &softScorer{s: s, inU: make([]int32, nterms), reach: make([][]reachLink, nterms)}
}

// reset makes u the unit scored against others.
func (sc *softScorer) reset(u *unit) {
	if sc.u != nil {
		for _, t := range sc.u.tids {
			sc.inU[t] = 0
		}
	}
	for _, y := range sc.used {
		sc.reach[y] = sc.reach[y][:0]
	}
	sc.used = sc.used[:0]
	sc.u = u
	sc.linkedK = sc.linkedK[:0]
	for k, t := range u.tids {
		sc.inU[t] = int32(k + 1)
		if len(sc.s.links(t)) > 0 {
			sc.linkedK = append(sc.linkedK, int32(k))
		}
	}
	// Walking u's terms in id order fills each reach list in the order of
	// the link lists part reads, so ties fall to the same term.
	for _, x := range u.byID {
		k := sc.inU[x] - 1
		for _, l := range sc.s.links(x) {
			if sc.inU[l.t] != 0 {
				continue // u has the linked term: part never uses the link
			}
			if len(sc.reach[l.t]) == 0 {
				sc.used = append(sc.used, l.t)
			}
			sc.reach[l.t] = append(sc.reach[l.t], reachLink{k, l.cos, u.ws[k]})
		}
	}
	n := len(u.tids)
	sc.hasB = growBools(sc.hasB, n)
	sc.bestC = growFloats(sc.bestC, n)
	sc.bestV = growFloats(sc.bestV, n)
	clear(sc.hasB)
	clear(sc.bestC)
	clear(sc.bestV)
}

// part returns softIndex.part(u, b) for the scorer's unit u.
func (sc *softScorer) part(b *unit) (dot, shared float64) {
	u, s := sc.u, sc.s
	// The per-term state is all zero here; what this call sets is listed in
	// dirty and cleared before it returns (clearing all of u's terms for
	// every pair cost more than the matching).
	defer sc.clear()
	// From u's terms to b's: b's terms in id order meet each u term's links
	// in the order part walks them.
	hit := false
	for bi, y := range b.byID {
		if k := sc.inU[y]; k != 0 {
			sc.hasB[k-1] = true
			sc.dirty = append(sc.dirty, k-1)
			continue
		}
		rs := sc.reach[y]
		if len(rs) == 0 {
			continue
		}
		hit = true
		v := b.byW[bi]
		for _, r := range rs {
			if r.cos*v > sc.bestC[r.k]*sc.bestV[r.k] {
				sc.bestC[r.k], sc.bestV[r.k] = r.cos, v
				sc.dirty = append(sc.dirty, r.k)
			}
		}
	}
	if !hit {
		// No term of b is linked to a term of u that b lacks: every
		// term's best match is zero both ways, and so is the sum.
		return 0, 0
	}
	var d1, s1 float64
	for _, k := range sc.linkedK {
		if sc.hasB[k] {
			continue
		}
		w, bestC, bestV := u.ws[k], sc.bestC[k], sc.bestV[k]
		d1 += s.weight * bestC * w * bestV
		s1 += s.weight * bestC * min(w, bestV)
	}
	// From b's terms to u's: links are symmetric, so the u terms linked to a
	// b term are its reach list. A term with none adds zero, and a term with
	// some is linked and not u's.
	var d2, s2 float64
	for k, t := range b.tids {
		rs := sc.reach[t]
		if len(rs) == 0 {
			continue
		}
		w := b.ws[k]
		bestC, bestV := 0.0, 0.0
		for _, r := range rs {
			if sc.hasB[r.k] {
				continue
			}
			if r.cos*r.w > bestC*bestV {
				bestC, bestV = r.cos, r.w
			}
		}
		d2 += s.weight * bestC * w * bestV
		s2 += s.weight * bestC * min(w, bestV)
	}
	return (d1 + d2) / 2, (s1 + s2) / 2
}

// growBools returns a slice of length n, reusing s's storage when it can.
func growBools(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	return s[:n]
}

// growFloats returns a slice of length n, reusing s's storage when it can.
func growFloats(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}
