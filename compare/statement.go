package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Statement thresholds (weighted cosine of sentence features), chosen on the
// development cases: stmtJoin links two sentences as the same statement;
// stmtSupport is the average link a larger group needs so paraphrase chains
// cannot glue unrelated sentences together.
const (
	stmtJoin    = 0.24
	stmtSupport = 0.2
)

// alignStatements groups whole sentences that say the same thing in different
// reports. Pairs already judged (values, quotes) are not repeated, and pairs
// that disagree on a value are never called agreements.
func (m *model) alignStatements(cands []pair, cov *coverage, opt Options) []Finding {
	var us []*unit
	idx := map[*unit]int{}
	var src []int
	for _, p := range cands {
		for _, u := range []*unit{p.a, p.b} {
			if _, ok := idx[u]; !ok {
				idx[u] = len(us)
				us = append(us, u)
				src = append(src, u.src)
			}
		}
	}
	g := newGrouper(src)
	var out []Finding
	var clashes []clashNote
	var linked []pair
	for _, p := range cands {
		if p.score < stmtJoin || cov.conflicts(p.a, p.b) || thinOverlap(m, p) {
			continue
		}
		// Near words may join two sentences as an agreement but never set them
		// against each other: a conflict needs the sentences matched on their own words.
		softOnly := p.exact < stmtJoin
		if softOnly && polarityDiffers(p.a, p.b) {
			continue // near words cannot tell a denial from a paraphrase
		}
		// One sentence denying what the other asserts is a polarity discrepancy.
		why, ok := polarityClash(p)
		if !ok {
			why, ok = degreeClash(p)
		}
		if ok && softOnly {
			continue
		}
		if ok {
			f := Finding{Verdict: Discrepancy, Kind: claims.KindPolarity, Severity: Major, Rule: "polarity",
				Confidence: max(DefaultMinConfidence, clamp01(p.score+0.2)), Summary: why, Claims: []claims.Claim{*p.a.stmt, *p.b.stmt},
				Reasons: []string{why, "shared terms: " + strings.Join(m.shared(p.a, p.b, 6), ", "), "rule: one report negates what another asserts"}}
			out = append(out, f)
			cov.add([]*unit{p.a, p.b}, true)
			continue
		}
		// Matching sentences that state different figures for one thing are not an agreement.
		if n, clash := m.sentenceClash(p, opt); clash {
			if n != nil && !softOnly {
				clashes = append(clashes, *n)
				cov.add([]*unit{p.a, p.b}, true)
			}
			continue
		}
		g.link(idx[p.a], idx[p.b], p.score)
		linked = append(linked, p)
	}
	out = append(out, m.mergeClashes(clashes, opt)...)
	groups := m.secondGroups(linked, idx, us, g.score, bestMatchGroups(linked, idx, g))
	for _, grp := range groups {
		var members []*unit
		for _, i := range grp {
			members = append(members, us[i])
		}
		if redundant(members, cov) {
			continue
		}
		f := m.judgeStatements(members, grp, g)
		cov.add(members, f.Verdict == Discrepancy)
		out = append(out, f)
	}
	return out
}

// clashSim is the sentence similarity above which two sentences with one
// figure of a type each are taken to state that figure for the same thing.
const clashSim = 0.4

// sentenceClash reports whether two matching sentences carry figures of one
// type for one counted thing that disagree (each the other's best counterpart
// by the words around them); such sentences are no agreement. When the
// sentences match closely and each holds a single figure of that type, the
// clash is itself a discrepancy.
func (m *model) sentenceClash(p pair, opt Options) (*clashNote, bool) {
	fit := func(a, b *claims.Claim) float64 {
		if !comparable(a.Value, b.Value) || a.Value.Type == "date" || a.Value.Type == "time" {
			return -1
		}
		oa, ob := a.Value.Of, b.Value.Of
		if (oa == "") != (ob == "") || (oa != "" && !sameNoun(oa, ob)) {
			return -1
		}
		if oneGeneric(oa, ob) && measureFit(a, b) <= 0 {
			// "150 people remain unaccounted for" and "the death toll rose to 11":
			// persons are the dead only when the words around say so.
			return -1
		}
		if x, y := anchorOf(a, p.a), anchorOf(b, p.b); anchored(a.Value) && x != "" && y != "" && !claims.SameEntity(x, y) {
			return -1 // "Anna Berg, 34" and "Tomas Ilves, 61" are two people's ages
		}
		d := m.dice(a.Slot, b.Slot)
		if oa == "" && (a.Value.Type == "number" || d < 0.25) {
			return -1 // bare figures in matching sentences may still count different things
		}
		return d + 0.5*closeness(a.Value, b.Value)
	}
	if len(p.a.typed) == 0 || len(p.b.typed) == 0 {
		return nil, false
	}
	if f := m.dayClash(p); f != nil {
		return f, true
	}
	// Each pair's fit is computed once: sentences with many figures would
	// otherwise rescore every pair for both directions of the best-match test.
	na, nb := len(p.a.typed), len(p.b.typed)
	fits := make([]float64, na*nb)
	for i, a := range p.a.typed {
		for j, b := range p.b.typed {
			fits[i*nb+j] = fit(a, b)
		}
	}
	bestB := func(i int) int { return argmax(nb, func(j int) float64 { return fits[i*nb+j] }) }
	bestA := func(j int) int { return argmax(na, func(i int) float64 { return fits[i*nb+j] }) }
	clash := false
	var found *clashNote
	for i, a := range p.a.typed {
		j := bestB(i)
		if j < 0 || bestA(j) != i {
			continue
		}
		b := p.b.typed[j]
		ok, sev := valueRule(a.Kind, a.Value, b.Value, opt)
		if ok {
			continue
		}
		clash = true
		if found != nil || p.score < clashSim || vague(a.Value) || vague(b.Value) || !single(p.a, a.Value.Type) || !single(p.b, b.Value.Type) {
			continue
		}
		found = &clashNote{p: p, a: a, b: b, sev: sev}
	}
	return found, clash
}

// argmax returns the first k in [0, n) with the highest at(k), or -1 when
// none reaches zero (no counterpart fits at all).
func argmax(n int, at func(k int) float64) int {
	out, top := -1, -1.0
	for k := 0; k < n; k++ {
		if f := at(k); f > top {
			out, top = k, f
		}
	}
	if top < 0 {
		return -1
	}
	return out
}

// mergeClashes joins sentence-pair clashes that share a claim into one finding,
// so fifty reports disagreeing on one figure make one finding that says who
// says what, not a finding for every pair of reports.
func (m *model) mergeClashes(ns []clashNote, opt Options) []Finding {
	if len(ns) == 0 {
		return nil
	}
	type claimKey struct {
		src        string
		start, end int
	}
	key := func(c *claims.Claim) claimKey { return claimKey{c.Source, c.Start, c.End} }
	sets := newDisjoint(len(ns))
	owner := map[claimKey]int{}
	for i := range ns {
		for _, c := range []*claims.Claim{ns[i].a, ns[i].b} {
			k := key(c)
			if j, ok := owner[k]; ok {
				sets.union(i, j)
			} else {
				owner[k] = i
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range ns {
		r := sets.find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	var out []Finding
	for _, r := range roots {
		members := byRoot[r]
		if len(members) == 1 {
			out = append(out, m.finding(&ns[r]))
			continue
		}
		first := &ns[members[0]]
		f := Finding{Verdict: Discrepancy, Kind: first.a.Kind, Severity: first.severity(), Rule: "interval"}
		if first.day {
			f.Rule = "date"
		}
		seen := map[claimKey]bool{}
		conf := 0.0
		for _, i := range members {
			n := &ns[i]
			conf += n.confidence()
			if n.severity() == Major {
				f.Severity = Major
			}
			for _, c := range []*claims.Claim{n.a, n.b} {
				if k := key(c); !seen[k] {
					seen[k] = true
					f.Claims = append(f.Claims, *c)
				}
			}
			if len(f.Reasons) < 3 {
				f.Reasons = append(f.Reasons, n.firstReason())
			}
		}
		f.Confidence = conf / float64(len(members))
		f.Reasons = append(f.Reasons, fmt.Sprintf("%d pairs of matching sentences disagree on this figure", len(members)),
			"rule: the figures are each other's closest counterpart in matching sentences, compared as intervals")
		f.Positions = claimPositions(f.Claims, opt)
		out = append(out, f)
	}
	return out
}

// claimPositions groups claims into the distinct values they state, largest first.
func claimPositions(cs []claims.Claim, opt Options) []Position {
	pos := clusterValues(cs, opt)
	sort.SliceStable(pos, func(i, j int) bool { return len(pos[i].Sources) > len(pos[j].Sources) })
	return pos
}

// single reports whether a unit states exactly one figure of a value type.
func single(u *unit, t string) bool {
	n := 0
	for _, c := range u.typed {
		if c.Value.Type == t {
			n++
		}
	}
	return n == 1
}

// stmtAttach is the similarity at which a sentence left out of every group
// joins the group of its best match although its report is already there.
const stmtAttach = 0.35

// bestMatchGroups groups sentences that are each other's best match in the
// other's report (one sentence per report and group), then lets a sentence
// left out join the group of its own best match when that match is strong:
// one report often splits into two sentences what another says in one.
// Groups stay small: a sentence that is nobody's best match stays out.
func bestMatchGroups(linked []pair, idx map[*unit]int, g *grouper) [][]int {
	type side struct{ u, src int }
	best := map[side]pair{}
	for _, p := range linked {
		for _, e := range [2][2]*unit{{p.a, p.b}, {p.b, p.a}} {
			k := side{idx[e[0]], e[1].src}
			if b, ok := best[k]; !ok || pairLess(p, b) {
				best[k] = p
			}
		}
	}
	mutual := func(p pair) bool {
		return best[side{idx[p.a], p.b.src}] == p && best[side{idx[p.b], p.a.src}] == p
	}
	for _, p := range linked {
		if mutual(p) {
			g.join(idx[p.a], idx[p.b], stmtSupport)
		}
	}
	groups := g.groups()
	in := map[int]int{}
	for gi, grp := range groups {
		for _, i := range grp {
			in[i] = gi
		}
	}
	var keys []side
	for k := range best {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].u != keys[j].u {
			return keys[i].u < keys[j].u
		}
		return keys[i].src < keys[j].src
	})
	attached := map[int]bool{}
	for _, k := range keys {
		p := best[k]
		if _, grouped := in[k.u]; grouped || attached[k.u] || p.score < stmtAttach {
			continue
		}
		v := idx[p.a]
		if v == k.u {
			v = idx[p.b]
		}
		if gi, ok := in[v]; ok {
			groups[gi] = append(groups[gi], k.u)
			attached[k.u] = true
		}
	}
	for _, grp := range groups {
		sort.Ints(grp)
	}
	return groups
}

// redundant reports whether every pair of the group already sits in one finding.
func redundant(us []*unit, cov *coverage) bool {
	for i, a := range us {
		for _, b := range us[i+1:] {
			if !cov.together(a, b) {
				return false
			}
		}
	}
	return true
}

// judgeStatements calls a group of matching sentences an agreement, unless one
// denies what the others assert (polarity rule).
func (m *model) judgeStatements(us []*unit, grp []int, g *grouper) Finding {
	f := Finding{Verdict: Agreement, Kind: claims.KindStatement, Rule: "statement"}
	conf, n := 0.0, 0.0
	for x := range grp {
		for y := x + 1; y < len(grp); y++ {
			if s := g.score[[2]int{grp[x], grp[y]}]; s > 0 {
				conf += s
				n++
			}
		}
	}
	f.Confidence = clamp01(0.3 + conf/n)
	for _, u := range us {
		if u.stmt != nil {
			f.Claims = append(f.Claims, *u.stmt)
		}
	}
	sh := m.shared(us[0], us[1], 6)
	if len(sh) > 0 {
		f.Reasons = append(f.Reasons, "shared terms: "+strings.Join(sh, ", "))
	}
	f.Reasons = append(f.Reasons, fmt.Sprintf("rule: sentences match on weighted terms (similarity %.2f)", conf/n))
	return f
}

// thinOverlap reports whether two sentences share fewer than two words and
// names: one common word ("so far", "said") is no evidence that they state
// the same thing, however short the sentences are.
func thinOverlap(m *model, p pair) bool {
	return !m.sharesPlain(p.a, p.b, 2)
}
