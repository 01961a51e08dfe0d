package claims

import (
	"strings"
	"unicode"
)

// designationAt returns the token index just past a model or type designation
// starting at token i ("AK-47", "F-16", "COVID-19", "AK 47"), or -1. The figure
// in a designation names a thing; it counts nothing, so "six AK-47 rifles" is a
// count of six rifles, not of 47.
func designationAt(toks []vtok, i int) int {
	if e := byDesignation(toks, i); e > 0 {
		return e
	}
	if i >= len(toks) || !codeWord(toks[i]) {
		return -1
	}
	k := i + 1
	if isPunct(toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		k++
	} else if len(toks[i].text) > 3 || glued(toks, k) || shouting(toks, i-1) || shouting(toks, k+1) {
		// A spaced figure only follows short codes ("AK 47"); "NATO 12" would not,
		// nor "SAY 12" in a headline set in capitals.
		return -1
	}
	if k >= len(toks) || toks[k].kind != 'n' || toks[k].grouped || toks[k].dec {
		return -1
	}
	return k + 1
}

// byDesignation returns the index past a "four-by-four" or "4x4" vehicle
// designation starting at token i, or -1.
func byDesignation(toks []vtok, i int) int {
	num := func(k int) bool { return k < len(toks) && (toks[k].kind == 'n' || isWordNum(toks, k)) }
	if !num(i) {
		return -1
	}
	if isPunct(toks, i+1, "-") && isWord(toks, i+2, "by") && isPunct(toks, i+3, "-") && num(i+4) && glued(toks, i+1) && glued(toks, i+4) {
		return i + 5
	}
	if isWord(toks, i+1, "x") && num(i+2) && glued(toks, i+1) && glued(toks, i+2) {
		return i + 3
	}
	return -1
}

// inDesignation reports whether the number token n belongs to a designation.
func inDesignation(toks []vtok, n int) bool {
	if byDesignation(toks, n) > 0 {
		return true
	}
	for back := 1; back <= 4 && n-back >= 0; back++ {
		if byDesignation(toks, n-back) > n {
			return true
		}
	}
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

// shouting reports whether token i is a word of two or more letters in capitals.
func shouting(toks []vtok, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != 'w' || len(toks[i].text) < 2 {
		return false
	}
	return codeWord(toks[i]) || (strings.ToUpper(toks[i].text) == toks[i].text && strings.ToLower(toks[i].text) != toks[i].text)
}
