package claims

// decadeWords are the spelled-out decades of life.
var decadeWords = map[string]float64{
	"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// parseAgeDecades proposes ages given as a decade of life: "in his 40s", "in her
// early thirties", "in their mid-20s", "in his late 60s", "a woman in her teens".
// The decade is the interval of ages, narrowed to its first, middle or last third
// by "early", "mid" and "late"; the teens run from 13 to 19.
func parseAgeDecades(toks []vtok, cs []vcand) []vcand {
	for i := 0; i+2 < len(toks); i++ {
		if !isWord(toks, i, "in") || !isWord(toks, i+1, "his", "her", "their", "its") {
			continue
		}
		k := i + 2
		part := ""
		if isWord(toks, k, "early", "mid", "late") {
			part = toks[k].low
			k++
			if isPunct(toks, k, "-") && glued(toks, k) {
				k++
			}
		}
		d, end := decadeAt(toks, k)
		if end < 0 {
			continue
		}
		lo, hi := d, d+9
		if d == 10 {
			lo = 13
		}
		switch part {
		case "early":
			hi = lo + 3
		case "mid":
			lo, hi = d+3, d+6
		case "late":
			lo = d + 6
		}
		q := qty{min: lo, max: hi, i: i, j: end, rng: true}
		cs = append(cs, vcand{kind: KindAge, i: i, j: end, v: qtyValue("age", "year", q), prio: prioTyped})
		i = end - 1
	}
	return cs
}

// decadeAt reads "40s", "40's", "forties" or "teens" at token k: the decade's first
// year and the index past it, or -1.
func decadeAt(toks []vtok, k int) (float64, int) {
	if d, ok := decadeWords[low(toks, k)]; ok {
		return d, k + 1
	}
	if k >= len(toks) || toks[k].kind != 'n' || toks[k].ndig != 2 || toks[k].dec || int(toks[k].num)%10 != 0 || toks[k].num < 10 {
		return 0, -1
	}
	switch {
	case isWord(toks, k+1, "s") && glued(toks, k+1):
		return toks[k].num, k + 2
	case isPunct(toks, k+1, "'") && isWord(toks, k+2, "s") && glued(toks, k+1) && glued(toks, k+2):
		return toks[k].num, k + 3
	}
	return 0, -1
}
