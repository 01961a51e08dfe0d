package compare

import "slices"

// strayIndex lists, for each content lemma and each subject of a copula state,
// the units whose statements carry it, in unit id order. The stray-negation
// pass reads a sentence pair only when the two share a lemma of the negated
// scope (strongDenial needs strayMinShared of them) or a subject (opposedState
// needs one), so its work grows with related pairs rather than with all pairs
// of sentences, which at 80 reports were a quarter of the comparison's CPU.
type strayIndex struct {
	byLemma map[string][]int32
	bySubj  map[string][]int32
	// mark stamps the units already gathered for the unit being read (its id+1).
	mark []int32
}

// newStrayIndex indexes the units' lemmas and copula subjects (both by unit id;
// a unit without a statement has neither).
func newStrayIndex(lemmas []map[string]bool, states [][]copPred) *strayIndex {
	x := &strayIndex{byLemma: map[string][]int32{}, bySubj: map[string][]int32{}, mark: make([]int32, len(lemmas))}
	for id := range lemmas {
		for w := range lemmas[id] {
			x.byLemma[w] = append(x.byLemma[w], int32(id))
		}
		for _, p := range states[id] {
			if l := x.bySubj[p.subj]; len(l) == 0 || l[len(l)-1] != int32(id) {
				x.bySubj[p.subj] = append(l, int32(id))
			}
		}
	}
	return x
}

// related returns, ascending, the ids of the units that share a lemma of one of
// the scopes or the subject of one of the states of unit id (itself included
// when it does): every unit mayDeny or shareSubject can accept, in the order
// the all-pairs loop met them (unit ids follow report and text order).
func (x *strayIndex) related(id int, scoped []map[string]bool, states []copPred, buf []int32) []int32 {
	out := buf[:0]
	stamp := int32(id + 1)
	add := func(ids []int32) {
		for _, v := range ids {
			if x.mark[v] != stamp {
				x.mark[v] = stamp
				out = append(out, v)
			}
		}
	}
	for _, ws := range scoped {
		for w := range ws {
			add(x.byLemma[w])
		}
	}
	for _, p := range states {
		add(x.bySubj[p.subj])
	}
	slices.Sort(out)
	return out
}
