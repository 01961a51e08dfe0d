package claims

import "time"

// quarterOrdinals name the quarters of a year.
var quarterOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}

// quarterNouns are what a quarter of a year reports on ("third-quarter profit"):
// without a year or one of them, "the fourth quarter" is as likely a game's.
var quarterNouns = wordSet("profit", "profits", "results", "earnings", "sales", "revenue", "revenues", "growth",
	"gdp", "loss", "losses", "output", "figures", "report", "deliveries", "shipments", "income", "turnover")

// parseQuarters proposes quarters of a year as dates: "the first quarter of 2023",
// "Q3 2025", "third-quarter profit", "in the second quarter". A quarter with a year
// resolves; one with a business noun and no year stays relative ("third-quarter").
func parseQuarters(toks []vtok, ctx ValueContext, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		q, j := 0, -1
		switch {
		case isWord(toks, i, "q") && toks[i].text == "Q" && i+1 < len(toks) && toks[i+1].kind == 'n' && glued(toks, i+1) && toks[i+1].ndig == 1 && toks[i+1].num >= 1 && toks[i+1].num <= 4:
			q, j = int(toks[i+1].num), i+2
		case quarterOrdinals[low(toks, i)] > 0:
			k := i + 1
			if isPunct(toks, k, "-") && glued(toks, k) {
				k++
			}
			if isWord(toks, k, "quarter") {
				q, j = quarterOrdinals[toks[i].low], k+1
			}
		}
		if j < 0 {
			continue
		}
		year, end := 0, j
		switch {
		case isWord(toks, j, "of") && j+1 < len(toks) && toks[j+1].kind == 'n':
			if y, ok := yearNum(toks, j+1); ok {
				year, end = y, j+2
			}
		case j < len(toks) && toks[j].kind == 'n':
			if y, ok := yearNum(toks, j); ok {
				year, end = y, j+1
			}
		}
		if year == 0 && !quarterNouns[low(toks, j)] && toks[i].low != "q" {
			continue
		}
		start := i
		if isWord(toks, i-1, "the") {
			start = i - 1
		}
		var v Value
		switch {
		case year > 0:
			s := time.Date(year, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, dateLoc(ctx))
			v = dateValue(ctx, s, s.AddDate(0, 3, 0), "quarter")
		default:
			v = relValue(toks, i, end, "quarter")
		}
		cs = append(cs, vcand{kind: KindDate, i: start, j: end, v: v, prio: prioDate})
		i = end - 1
	}
	return cs
}
