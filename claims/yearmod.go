package claims

import (
	"strings"
	"time"
)

// yearEventNouns are plural nouns a year names as one event ("the 2019 elections"),
// where a plural after a bare figure would otherwise make it a count.
var yearEventNouns = wordSet("elections", "olympics", "games", "championships", "finals", "riots", "protests",
	"attacks", "floods", "talks", "accords", "negotiations", "midterms", "playoffs", "awards", "polls", "wildfires",
	"fires", "bombings", "accounts", "results", "figures", "accords", "agreements", "sanctions", "rules", "laws")

// irregularPlurals are plural nouns without an "s" that a figure counts ("the 2000 people").
var irregularPlurals = wordSet("people", "men", "women", "children", "police", "staff", "personnel", "cattle",
	"sheep", "fish", "deer", "feet", "teeth", "mice", "geese", "livestock", "crew", "youth", "more", "other",
	"others", "extra", "additional", "new", "odd")

// parseYearModifiers proposes a year written before a noun as a date: "the 2008
// financial crisis", "its 2017 security law", "the 2019 elections". A figure between
// 1900 and 2100 after a determiner, followed by an adjective or singular noun (or an
// event plural), names a year; "the 2000 delegates" stays a count.
func parseYearModifiers(toks []vtok, ctx ValueContext, cs []vcand) []vcand {
	for i := 1; i+1 < len(toks); i++ {
		y, ok := yearNum(toks, i)
		if !ok || y < 1900 || y > 2100 || glued(toks, i+1) {
			continue
		}
		if !isWord(toks, i-1, "the", "a", "an", "its", "his", "her", "their", "our", "this", "that") &&
			!(isWord(toks, i-1, "s") && isPunct(toks, i-2, "'")) {
			continue
		}
		nx := toks[i+1]
		if nx.kind != 'w' || stopWords[nx.low] {
			continue
		}
		if irregularPlurals[nx.low] || strings.HasSuffix(nx.low, "s") && !strings.HasSuffix(nx.low, "ss") && !yearEventNouns[nx.low] {
			continue // "the 2000 delegates": a count
		}
		if _, unit := measUnits[nx.low]; unit {
			continue
		}
		if _, unit := currencyWords[nx.low]; unit {
			continue
		}
		s := time.Date(y, 1, 1, 0, 0, 0, 0, dateLoc(ctx))
		cs = append(cs, vcand{kind: KindDate, i: i, j: i + 1, v: dateValue(ctx, s, s.AddDate(1, 0, 0), "year"), prio: prioDate})
	}
	return cs
}
