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

// designationHeads are nouns whose following figure names one thing of its kind
// ("flight 610", "route 66", "version 2.1", "licence number 4471"): it counts nothing.
var designationHeads = wordSet("flight", "route", "highway", "interstate", "motorway", "version", "model", "series",
	"generation", "platform", "gate", "terminal", "bus", "tram", "line", "channel", "room", "apartment", "apt",
	"suite", "number", "no", "nos", "licence", "license", "chapter", "article", "section", "clause", "amendment",
	"paragraph", "page", "episode", "act", "bill", "resolution", "proposition", "prop", "code", "district",
	"precinct", "ward", "lot", "pier", "berth", "runway", "exit", "junction", "track", "block", "hangar",
	"squad", "unit", "regiment", "battalion", "brigade", "division", "corps", "fleet", "plot", "cell", "bay",
	"carriage", "coach", "seat", "row", "jersey", "shirt", "badge", "serial", "id", "reference", "ref", "patent",
	"case", "docket", "file", "account", "mission", "apollo", "iphone", "ipad", "galaxy", "pixel", "windows",
	"android", "ios", "macos", "playstation", "xbox", "boeing", "airbus", "cessna", "embraer", "tupolev", "antonov")

// designationTails are nouns a model designation names ("a Boeing 737 jet"), after
// which a capitalised word and a figure are one name, not a count.
var designationTails = wordSet("jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners", "phone",
	"phones", "smartphone", "smartphones", "handset", "handsets", "engine", "engines", "rocket", "rockets",
	"model", "models", "update", "release", "console", "consoles", "chip", "chips", "rifle", "rifles", "tank",
	"tanks", "helicopter", "helicopters", "drone", "drones", "missile", "missiles", "variant", "software")

// headedDesignation reports whether the figure at token n is named by the noun
// before it ("flight 610", "Route 66", "version 2.1", "No. 10") or belongs to a
// capitalised product name followed by what it names ("a Boeing 737 jet").
func headedDesignation(toks []vtok, n int) bool {
	if n < 1 || toks[n].kind != 'n' || toks[n].grouped {
		return false
	}
	h := n - 1
	if isPunct(toks, h, ".") && isWord(toks, h-1, "no", "nos") && glued(toks, h) {
		h-- // "No. 10"
	} else if isPunct(toks, h, "#") {
		return true // "#4"
	}
	if h < 0 || toks[h].kind != 'w' {
		return false
	}
	w := toks[h].low
	if designationHeads[w] {
		if w == "number" || w == "no" || w == "case" || w == "file" || w == "account" || w == "unit" || w == "line" || w == "act" || w == "bill" || w == "code" || w == "division" {
			// "a number 10 shirt" but "the number 12 rose"? Heads that are also count
			// nouns or verbs name a designation only when capitalised or after a determiner
			// or a naming noun ("licence number", "case number").
			return isCap(toks[h]) || isWord(toks, h-1, "the", "a", "an", "his", "her", "their", "its", "licence", "license", "registration", "phone", "serial", "reference", "flight", "account", "case", "file", "platform", "bus", "tram")
		}
		return true
	}
	// "a Boeing 737 jet", "the Kestrel 9 smartphone": a capitalised word (not the first of
	// the sentence) and a figure that together name what follows
	if h > 0 && isCap(toks[h]) && !toks[n].dec && n+1 < len(toks) && toks[n+1].kind == 'w' && designationTails[toks[n+1].low] {
		return true
	}
	return false
}

// inDesignation reports whether the number token n belongs to a designation.
func inDesignation(toks []vtok, n int) bool {
	if byDesignation(toks, n) > 0 || headedDesignation(toks, n) {
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
