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
// as evidence only; the verdict still comes from the aligned pairs. Agreeing
// groups that restate a position of a dispute ("5.9" in three reports) are
// folded into it, so one disputed figure makes one finding.
func (m *model) widenDisputes(items []vitem, groups [][]int, disputed, kept []bool, opt Options) {
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
		if !disputed[gi] {
			continue
		}
		t := items[grp[0]].c.Value.Type
		n := len(grp)
		for gj, other := range groups {
			if gj == gi || !kept[gj] || disputed[gj] || items[other[0]].c.Value.Type != t {
				continue
			}
			if m.restates(items, grp[:n], other, opt) {
				kept[gj] = false
				groups[gi] = append(groups[gi], other...)
			}
		}
		for _, j := range byType[t] {
			if used[j] {
				continue
			}
			b := items[j]
			for _, i := range grp[:n] {
				a := items[i]
				if a.u == b.u || !comparable(a.c.Value, b.c.Value) {
					continue
				}
				if ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt); !ok {
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

// restates reports whether some figure of group b restates, for the same slot,
// a figure of group a.
func (m *model) restates(items []vitem, a, b []int, opt Options) bool {
	for _, i := range a {
		for _, j := range b {
			x, y := items[i], items[j]
			if x.u.src == y.u.src || !comparable(x.c.Value, y.c.Value) {
				continue
			}
			if ok, _ := valueRule(x.c.Kind, x.c.Value, y.c.Value, opt); ok && m.valueScore(x, y) >= valueJoin && m.sameSlot(x, y) {
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
