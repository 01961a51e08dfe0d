package compare

// A bound agrees with figures on both sides of it: "at least 17 injured"
// agrees with "17 wounded" and with "25 injured", and alignment may join all
// three as one fact through it although 17 and 25 were never set side by side
// (their sentences share too few words). Two exact figures a group holds as
// one fact through a shared partner still contradict each other.

// bridgedConflict reports whether two unlinked figures of a group disagree
// while both are firmly linked to one third member that agrees with each:
// the group states one fact, and the two exact figures give it two values.
// Vague counts, bounds and figures plainly about two facts (twoFacts) never
// conflict this way.
func (m *model) bridgedConflict(items []vitem, grp []int, g *grouper, x, y int, opt Options) bool {
	a, b := items[grp[x]], items[grp[y]]
	if !exactFigure(a) || !exactFigure(b) || m.twoFacts(a, b) || m.dup[a.u.src] == b.u.src || m.dup[b.u.src] == a.u.src {
		return false
	}
	for z := range grp {
		if z == x || z == y {
			continue
		}
		c := items[grp[z]]
		if c.u.src == a.u.src || c.u.src == b.u.src {
			continue
		}
		sa := g.score[[2]int{min(grp[x], grp[z]), max(grp[x], grp[z])}]
		sb := g.score[[2]int{min(grp[y], grp[z]), max(grp[y], grp[z])}]
		if sa < valueConflict || sb < valueConflict || !m.sameSlot(a, c) || !m.sameSlot(b, c) {
			continue
		}
		okA, _ := valueRule(c.c.Kind, a.c.Value, c.c.Value, opt)
		okB, _ := valueRule(c.c.Kind, b.c.Value, c.c.Value, opt)
		if okA && okB {
			return true
		}
	}
	return false
}

// exactFigure reports whether a figure is stated exactly: not a bound, a range or a vague count.
func exactFigure(it vitem) bool {
	v := it.c.Value
	return v.Min != nil && v.Max != nil && *v.Min == *v.Max && (v.Bound == "" || v.Bound == "exact") && !vague(v)
}
