package compare

// soleJoin adds to an agreement the figure of a report that has none in it,
// when that report states the agreed figure exactly once and nowhere else in
// any group: "the 18-year-old should be set free" gives the age two other
// reports agree on, worded too differently to align by its words. Only
// figures that name their thing by themselves join (an age, a day, a sum, a
// measurement, a share, a length of time); bare counts and clock readings are
// too common to. A figure beside another person's name never joins.
func (m *model) soleJoin(items []vitem, groups [][]int, fs []Finding, kept []bool, opt Options) {
	used := make([]bool, len(items))
	for gi, grp := range groups {
		if kept[gi] {
			for _, i := range grp {
				used[i] = true
			}
		}
	}
	for gi, grp := range groups {
		if !kept[gi] || fs[gi].Verdict != Agreement {
			continue
		}
		t := items[grp[0]].c.Value.Type
		if !soleJoinTypes[t] {
			continue
		}
		srcs := map[int]bool{}
		for _, i := range grp {
			srcs[items[i].u.src] = true
		}
		if len(srcs) < 2 {
			continue
		}
		n := len(grp)
		// Candidates by report: a report joins only when exactly one of its
		// figures restates the group's.
		cand := map[int][]int{}
		for j, b := range items {
			if b.c.Value.Type != t || srcs[b.u.src] || dateline(b.u) {
				continue
			}
			for _, i := range groups[gi][:n] {
				a := items[i]
				if !restatement(a, b, opt) || (a.anchor != "" && b.anchor != "" && !sameHolder(a.anchor, b.anchor)) {
					continue
				}
				cand[b.u.src] = append(cand[b.u.src], j)
				break
			}
		}
		for src := range srcs {
			delete(cand, src)
		}
		for s := 0; s < len(m.units); s++ {
			js := cand[s]
			if len(js) != 1 || used[js[0]] || !consistent(items, groups[gi], js, opt) {
				continue
			}
			used[js[0]] = true
			groups[gi] = append(groups[gi], js[0])
		}
	}
}

// soleJoinTypes are the figure types that name their thing by themselves.
var soleJoinTypes = map[string]bool{"age": true, "date": true, "money": true, "measure": true, "percent": true, "duration": true}
