package compare

import (
	"fmt"
	"sort"
)

// finish filters findings by confidence, orders them deterministically
// (discrepancies by severity, then agreements, then unique details, each by
// position) and numbers them F1, F2, ...
func finish(res *Result, opt Options) {
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		f.Confidence = round2(f.Confidence)
		if f.Confidence >= opt.MinConfidence {
			kept = append(kept, f)
		}
	}
	rank := func(f Finding) int {
		switch {
		case f.Verdict == Discrepancy && f.Severity == Major:
			return 0
		case f.Verdict == Discrepancy:
			return 1
		case f.Verdict == Agreement:
			return 2
		}
		return 3
	}
	pos := func(f Finding) (string, int) {
		if len(f.Claims) == 0 {
			return "", 0
		}
		return f.Claims[0].Source, f.Claims[0].Start
	}
	order := map[string]int{}
	for i, s := range res.Sources {
		order[s.ID] = i
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if rank(a) != rank(b) {
			return rank(a) < rank(b)
		}
		sa, pa := pos(a)
		sb, pb := pos(b)
		if order[sa] != order[sb] {
			return order[sa] < order[sb]
		}
		if pa != pb {
			return pa < pb
		}
		return a.Kind < b.Kind
	})
	for i := range kept {
		kept[i].ID = fmt.Sprintf("F%d", i+1)
	}
	res.Findings = kept
}
