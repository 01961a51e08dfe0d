package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// widenDisputes adds to each disputed group the figures of any report, left in
// no group, that restate one of its positions for the same slot: where reports
// disagree, a fact-checker needs every place a figure is given ("s2: 5.9
// (Tehran), 6.1 (USGS)"), not only the one best-aligned per report. They join
// as evidence only; the verdict still comes from the aligned pairs. Other
// groups that restate a position of a dispute ("5.9" in three reports, or the
// same toll disputed in other sentences) are folded into it, so one disputed
// figure makes one finding.
func (m *model) widenDisputes(items []vitem, groups [][]int, fs []Finding, kept []bool, opt Options) {
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
	for gi, grp := range groups {
		if !kept[gi] || fs[gi].Verdict != Discrepancy {
			continue
		}
		t := items[grp[0]].c.Value.Type
		n := len(grp)
		for gj, other := range groups {
			if gj == gi || !kept[gj] || items[other[0]].c.Value.Type != t {
				continue
			}
			if m.restates(items, grp[:n], other, opt) {
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
				if m.valueScore(a, b) >= valueJoin && (a.u.src == b.u.src || m.sameSlot(a, b)) {
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
	if !comparable(a.c.Value, b.c.Value) || closeness(a.c.Value, b.c.Value) < 0.9 {
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
	var reps []*claims.Value
	var members [][]claims.Claim
	for _, c := range f.Claims {
		if vague(c.Value) {
			continue // "dozens" sides with every figure; it makes no side of its own
		}
		placed := false
		for k, r := range reps {
			if ok, _ := valueRule(c.Kind, r, c.Value, opt); ok {
				members[k] = append(members[k], c)
				placed = true
				break
			}
		}
		if !placed {
			reps = append(reps, c.Value)
			members = append(members, []claims.Claim{c})
		}
	}
	for k, cs := range members {
		var ids []string
		for _, c := range cs {
			if !slices.Contains(ids, c.Source) {
				ids = append(ids, c.Source)
			}
		}
		if m.independent(ids) < 2 {
			continue
		}
		var others []string
		for _, p := range f.Positions {
			if p.Value != describe(reps[k]) {
				others = append(others, p.Value+" ("+strings.Join(p.Sources, ", ")+")")
			}
		}
		a := Finding{Verdict: Agreement, Kind: f.Kind, Rule: f.Rule, Confidence: f.Confidence, Claims: cs,
			Positions: []Position{{Value: describe(reps[k]), Sources: ids}}}
		a.Summary = summarize(a.Positions, len(ids), false)
		a.Reasons = []string{
			fmt.Sprintf("%s agree on %s", strings.Join(ids, ", "), describe(reps[k])),
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
