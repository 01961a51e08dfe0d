package claims

import "unicode"

// designationAt returns the token index just past a model or type designation
// starting at token i ("AK-47", "F-16", "COVID-19", "AK 47"), or -1. The figure
// in a designation names a thing; it counts nothing, so "six AK-47 rifles" is a
// count of six rifles, not of 47.
func designationAt(toks []vtok, i int) int {
	if i >= len(toks) || !codeWord(toks[i]) {
		return -1
	}
	k := i + 1
	if isPunct(toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		k++
	} else if len(toks[i].text) > 3 || glued(toks, k) {
		// A spaced figure only follows short codes ("AK 47"); "UN 50" or "NATO 12" would not.
		return -1
	}
	if k >= len(toks) || toks[k].kind != 'n' || toks[k].grouped || toks[k].dec {
		return -1
	}
	return k + 1
}

// inDesignation reports whether the number token n belongs to a designation.
func inDesignation(toks []vtok, n int) bool {
	for back := 1; back <= 2 && n-back >= 0; back++ {
		if designationAt(toks, n-back) == n+1 {
			return true
		}
	}
	return false
}

// codeWord reports whether a token is an upper-case code of up to five letters
// that is no currency code ("AK", "F", "COVID"; not "USD").
func codeWord(t vtok) bool {
	if t.kind != 'w' || len(t.text) > 5 || currencyCodes[t.text] {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
