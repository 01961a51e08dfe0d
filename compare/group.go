package compare

import "sort"

// grouper joins items of different reports into groups, strongest links first,
// keeping at most one item per report in a group.
//
// Joining two groups also needs support from the links between them, so a
// chain of weak paraphrases cannot glue unrelated sentences together.
type grouper struct {
	parent  []int
	members [][]int
	srcs    []map[int]bool
	score   map[[2]int]float64
	src     []int
}

func newGrouper(src []int) *grouper {
	g := &grouper{parent: make([]int, len(src)), members: make([][]int, len(src)), srcs: make([]map[int]bool, len(src)), score: map[[2]int]float64{}, src: src}
	for i := range src {
		g.parent[i] = i
		g.members[i] = []int{i}
		g.srcs[i] = map[int]bool{src[i]: true}
	}
	return g
}

func (g *grouper) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// link records a scored edge; edges must be added before join is called for them.
func (g *grouper) link(i, j int, s float64) {
	if i > j {
		i, j = j, i
	}
	if s > g.score[[2]int{i, j}] {
		g.score[[2]int{i, j}] = s
	}
}

// join merges the groups of i and j when they share no report and the links
// between them average at least support.
func (g *grouper) join(i, j int, support float64) bool {
	ri, rj := g.find(i), g.find(j)
	if ri == rj {
		return false
	}
	for s := range g.srcs[rj] {
		if g.srcs[ri][s] {
			return false
		}
	}
	mi, mj := g.members[ri], g.members[rj]
	if len(mi)+len(mj) > 2 {
		sum := 0.0
		for _, a := range mi {
			for _, b := range mj {
				x, y := a, b
				if x > y {
					x, y = y, x
				}
				sum += g.score[[2]int{x, y}]
			}
		}
		if sum/float64(len(mi)*len(mj)) < support {
			return false
		}
	}
	g.parent[rj] = ri
	g.members[ri] = append(g.members[ri], g.members[rj]...)
	g.members[rj] = nil
	for s := range g.srcs[rj] {
		g.srcs[ri][s] = true
	}
	return true
}

// groups returns the groups with at least two items, each sorted, in order of their first item.
func (g *grouper) groups() [][]int {
	by := map[int][]int{}
	for i := range g.parent {
		r := g.find(i)
		by[r] = append(by[r], i)
	}
	var out [][]int
	for _, m := range by {
		if len(m) > 1 {
			sort.Ints(m)
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// edge is a scored link between two items of different reports.
type edge struct {
	i, j  int
	score float64
}

// groupEdges groups items along scored edges, strongest first (ties broken by
// position so output is stable), and returns the grouper with its link scores.
func groupEdges(src []int, edges []edge, support float64) *grouper {
	sort.Slice(edges, func(x, y int) bool {
		if edges[x].score != edges[y].score {
			return edges[x].score > edges[y].score
		}
		if edges[x].i != edges[y].i {
			return edges[x].i < edges[y].i
		}
		return edges[x].j < edges[y].j
	})
	g := newGrouper(src)
	for _, e := range edges {
		g.link(e.i, e.j, e.score)
	}
	for _, e := range edges {
		g.join(e.i, e.j, support)
	}
	return g
}
