package compare

// disjoint is a union-find forest over 0..n-1, for joining findings or slots that
// share a member into one.
type disjoint []int

// newDisjoint returns n singleton sets.
func newDisjoint(n int) disjoint {
	d := make(disjoint, n)
	for i := range d {
		d[i] = i
	}
	return d
}

// find returns the root of i's set, halving the path as it goes.
func (d disjoint) find(i int) int {
	for d[i] != i {
		d[i] = d[d[i]]
		i = d[i]
	}
	return i
}

// union joins the sets of i and j.
func (d disjoint) union(i, j int) {
	d[d.find(i)] = d.find(j)
}
