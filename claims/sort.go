package claims

import "sort"

// sortClaims orders claims by position, then kind, so output is stable across runs.
func sortClaims(cs []Claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.Kind != b.Kind {
			return a.Kind == KindStatement || (b.Kind != KindStatement && a.Kind < b.Kind)
		}
		return a.End < b.End
	})
}
