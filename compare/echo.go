package compare

import "github.com/claimdiff/claimdiff/claims"

// unitItems indexes value items by the sentence they come from.
func unitItems(items []vitem) map[*unit][]int {
	by := make(map[*unit][]int)
	for i, it := range items {
		by[it.u] = append(by[it.u], i)
	}
	return by
}

// echoed reports whether b's sentence also states a's figure, or a's sentence b's: then the
// two figures are two facts both sentences know ("Eleven were taken to hospital, where two
// remain in a serious condition" in both reports), and setting one report's eleven against
// the other's two would invent a quarrel.
func echoed(kind claims.Kind, items []vitem, byUnit map[*unit][]int, a, b vitem, opt Options) bool {
	states := func(u *unit, x vitem) bool {
		for _, i := range byUnit[u] {
			c := items[i]
			if c.c == a.c || c.c == b.c || !comparable(x.c.Value, c.c.Value) {
				continue
			}
			if ok, _ := valueRule(kind, x.c.Value, c.c.Value, opt); ok {
				return true
			}
		}
		return false
	}
	return states(b.u, a) || states(a.u, b)
}
