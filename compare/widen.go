package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// widen adds to each group the figures of any report, left in no group, that
// restate one of its figures for the same slot: where reports disagree, a
// fact-checker needs every place a figure is given ("s2: 5.9 (Tehran), 6.1
// (USGS)"), not only the one best-aligned per report. They join as evidence
// only; the verdict still comes from the aligned pairs. Groups that restate a
// figure of another ("4.6" in a headline group and in a body group, or a toll
// disputed in several sentences) are folded together, so one figure makes one
// finding; an agreement only grows by figures that contradict none of it.
func (m *model) widen(items []vitem, groups [][]int, fs []Finding, kept []bool, opt Options) {
	used := make([]bool, len(items))
	for gi, grp := range groups {
		if !kept[gi] {
			continue // a group judged too weak to report frees its figures
		}
		for _, i := range grp {
			used[i] = true
		}
	}
	byType := map[string][]int{}
	for i, it := range items {
		if !used[i] {
			byType[it.c.Value.Type] = append(byType[it.c.Value.Type], i)
		}
	}
	// Disputes gather first; agreements then fold together groups that
	// restate one figure, but never swallow a dispute.
	order := make([]int, 0, len(groups))
	for gi := range groups {
		if kept[gi] && fs[gi].Verdict == Discrepancy {
			order = append(order, gi)
		}
	}
	for gi := range groups {
		if kept[gi] && fs[gi].Verdict != Discrepancy {
			order = append(order, gi)
		}
	}
	for _, gi := range order {
		if !kept[gi] {
			continue
		}
		grp := groups[gi]
		disputed := fs[gi].Verdict == Discrepancy
		t := items[grp[0]].c.Value.Type
		n := len(grp)
		for gj, other := range groups {
			if gj == gi || !kept[gj] || items[other[0]].c.Value.Type != t || (!disputed && fs[gj].Verdict == Discrepancy) {
				continue
			}
			if m.restates(items, grp[:n], other, opt) && (disputed || consistent(items, groups[gi], other, opt)) {
				kept[gj] = false
				groups[gi] = append(groups[gi], other...)
				if fs[gj].Verdict == Discrepancy {
					for _, r := range fs[gj].Reasons {
						if !slices.Contains(fs[gi].Reasons, r) {
							fs[gi].Reasons = append(fs[gi].Reasons, r)
						}
					}
				}
			}
		}
		for _, j := range byType[t] {
			if used[j] {
				continue
			}
			b := items[j]
			for _, i := range grp[:n] {
				a := items[i]
				if a.u == b.u || !restatement(a, b, opt) {
					continue
				}
				if m.valueScore(a, b) >= valueJoin && (a.u.src == b.u.src || m.sameSlot(a, b)) && (disputed || consistent(items, groups[gi], []int{j}, opt)) {
					used[j] = true
					groups[gi] = append(groups[gi], j)
					break
				}
			}
		}
	}
}

// restatement reports whether b states a's figure again: agreeing under the
// value rule and close to the same amount, since an open bound ("at least
// five") agrees with every larger figure without restating any of them.
func restatement(a, b vitem, opt Options) bool {
	if a.c.Value.Type == "date" && b.c.Value.Type == "date" {
		// A date has no amount to be close in: it restates another when both
		// name the same calendar day.
		if !sameCalendarDay(a.c.Value, b.c.Value) {
			return false
		}
		ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt)
		return ok
	}
	if a.c.Value.Type == "time" && b.c.Value.Type == "time" {
		// A clock reading to the minute restates another it agrees with ("6:04 pm",
		// "6:04 local time"); an hour alone ("about 6 pm") is too common to.
		if a.c.Value.Grain != "minute" || b.c.Value.Grain != "minute" || !comparable(a.c.Value, b.c.Value) {
			return false
		}
		ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt)
		return ok
	}
	if !comparable(a.c.Value, b.c.Value) || closeness(a.c.Value, b.c.Value) < 0.97 {
		return false
	}
	ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt)
	return ok
}

// restates reports whether some figure of group b restates, for the same slot,
// a figure of group a.
func (m *model) restates(items []vitem, a, b []int, opt Options) bool {
	for _, i := range a {
		for _, j := range b {
			x, y := items[i], items[j]
			if x.u == y.u || !restatement(x, y, opt) {
				continue
			}
			if distinctive(x.c.Value, y.c.Value) {
				// "$334 million" twice is one fact wherever it is written.
				return true
			}
			if x.u.src == y.u.src {
				// A report repeating its own figure ("Five dead" in the headline,
				// "killing at least five" in the lead) for the same counted thing.
				ox, oy := x.c.Value.Of, y.c.Value.Of
				generic := genericNoun[strings.ToLower(ox)] && genericNoun[strings.ToLower(oy)]
				if ox != "" && oy != "" && sameNoun(ox, oy) && (!generic || m.dice(x.c.Slot, y.c.Slot) > 0) {
					return true
				}
				continue
			}
			if m.valueScore(x, y) >= valueJoin && m.sameSlot(x, y) {
				return true
			}
		}
	}
	return false
}

// sides returns, for a disputed figure, an agreement for each side that two or
// more independent reports take ("s1 and s3: 12 dead"), so the agreements table
// lists every fact reports share, each with a note on who disputes it.
func (m *model) sides(f Finding, opt Options) []Finding {
	var out []Finding
	for _, cl := range clusterClaims(f.Claims, opt) {
		if vague(cl.rep) {
			continue // "dozens" sides with every figure; it makes no side of its own
		}
		var cs []claims.Claim
		var ids []string
		for _, c := range cl.claims {
			if vague(c.Value) {
				continue
			}
			cs = append(cs, c)
			if !slices.Contains(ids, c.Source) {
				ids = append(ids, c.Source)
			}
		}
		if m.independent(ids) < 2 {
			continue
		}
		value := describe(cl.rep)
		var others []string
		for _, p := range f.Positions {
			if p.Value != value {
				others = append(others, p.Value+" ("+strings.Join(p.Sources, ", ")+")")
			}
		}
		a := Finding{Verdict: Agreement, Kind: f.Kind, Rule: f.Rule, Confidence: f.Confidence, Claims: cs,
			Positions: []Position{{Value: value, Sources: ids}}, basis: basis{cause: causeDisputed}}
		a.Reasons = []string{
			fmt.Sprintf("%s agree on %s", strings.Join(ids, ", "), value),
			"disputed by other reports: " + strings.Join(others, "; "),
			fmt.Sprintf("rule: %s values compared as intervals", f.Kind)}
		out = append(out, a)
	}
	return out
}

// rehome offers the figures of groups judged too weak to report to the reported
// groups they also link to. Greedy grouping lets a figure's strongest link (a
// headline's "2,000ft") claim it even when that pair cannot be judged, while
// the solid group of its report's counterpart ("falling 150 meters" beside
// "falling 200ft") then never hears it. It returns the groups that changed.
func (m *model) rehome(items []vitem, groups [][]int, kept []bool, g *grouper) []int {
	var changed []int
	for gi, grp := range groups {
		if kept[gi] {
			continue
		}
		for _, j := range grp {
			best, bestAvg := -1, valueSupport
			for gk, home := range groups {
				if !kept[gk] || items[home[0]].c.Value.Type != items[j].c.Value.Type {
					continue
				}
				if avg, ok := m.fits(items, home, j, g); ok && avg >= bestAvg {
					best, bestAvg = gk, avg
				}
			}
			if best >= 0 {
				groups[best] = append(groups[best], j)
				if !slices.Contains(changed, best) {
					changed = append(changed, best)
				}
			}
		}
	}
	return changed
}

// fits returns the average link of item j to a group, and whether j may join
// it: no member from j's report, and at least one link strong enough to join.
func (m *model) fits(items []vitem, home []int, j int, g *grouper) (float64, bool) {
	sum, top := 0.0, 0.0
	for _, i := range home {
		if items[i].u.src == items[j].u.src {
			return 0, false
		}
		x, y := min(i, j), max(i, j)
		s := g.score[[2]int{x, y}]
		sum += s
		top = max(top, s)
	}
	return sum / float64(len(home)), top >= valueJoin
}

// consistent reports whether every figure of b agrees with every comparable
// figure of a: an agreement may only grow by figures that contradict none of it.
func consistent(items []vitem, a, b []int, opt Options) bool {
	for _, i := range a {
		for _, j := range b {
			x, y := items[i], items[j]
			if !comparable(x.c.Value, y.c.Value) {
				continue
			}
			if ok, _ := valueRule(x.c.Kind, x.c.Value, y.c.Value, opt); !ok {
				return false
			}
		}
	}
	return true
}

// distinctive reports whether two values state the very same figure and that
// figure is too particular to be a coincidence: not a small whole count, a
// year or a day, which reports repeat about many things.
func distinctive(a, b *claims.Value) bool {
	if a.Type == "date" || a.Type == "time" || a.Type == "age" || !equalValue(a, b) {
		return false
	}
	return sameFigure(a, b) > 0.1
}
