package claims

// fractionWords are the denominators of spoken fractions ("two-thirds", "a fifth").
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// parsePercents proposes percentages: "30%", "30 per cent", "two-thirds of", "one in five",
// "nearly half". Fractions become percentages (two-thirds = 66.67).
func parsePercents(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if q, ok := parseAmount(toks, i); ok {
			j := q.j
			switch {
			case isPunct(toks, j, "%"):
				j++
			case isWord(toks, j, "percent", "pct") || isWord(toks, j, "pc") && !glued(toks, j):
				j++
			case isWord(toks, j, "per") && isWord(toks, j+1, "cent"):
				j += 2
			case isWord(toks, j, "percentage") && isWord(toks, j+1, "points"):
				j += 2
			}
			if j > q.j {
				cs = append(cs, vcand{kind: KindPercent, i: q.i, j: j, v: qtyValue("percent", "%", q), prio: prioTyped, mod: true})
				i = j - 1
				continue
			}
			// "one in five", "one out of three"
			if q.min == q.max && !q.rng {
				k := j
				if isWord(toks, k, "in") {
					k++
				} else if isWord(toks, k, "out") && isWord(toks, k+1, "of") {
					k += 2
				} else {
					k = -1
				}
				if k > 0 && k < len(toks) && toks[k].kind == 'n' || k > 0 && isWordNum(toks, k) {
					if d, ok := parseNumber(toks, k); ok && d.min > q.min && d.min <= 1000 && !d.scaled && q.min > 0 {
						p := 100 * q.min / d.min
						cs = append(cs, vcand{kind: KindPercent, i: q.i, j: d.j, v: qtyValue("percent", "%", point(p, q.i, d.j)), prio: prioTyped, mod: true})
						i = d.j - 1
						continue
					}
				}
			}
			// "3/4 of", "1/4 of"
			if q.min == q.max && isPunct(toks, j, "/") && glued(toks, j) && j+1 < len(toks) && toks[j+1].kind == 'n' && glued(toks, j+1) && isWord(toks, j+2, "of") {
				if d := toks[j+1].num; d > q.min && d <= 100 {
					cs = append(cs, vcand{kind: KindPercent, i: q.i, j: j + 3, v: qtyValue("percent", "%", point(100*q.min/d, q.i, j+3)), prio: prioTyped, mod: true})
					i = j + 2
					continue
				}
			}
		}
		if c, ok := parseFraction(toks, i); ok {
			cs = append(cs, c)
			i = c.j - 1
		}
	}
	return cs
}

func isWordNum(toks []vtok, k int) bool {
	_, u := unitWords[low(toks, k)]
	_, t := tensWords[low(toks, k)]
	return u || t
}

// parseFraction reads spoken fractions as percentages. A bare "a quarter" or "half" is
// too ambiguous (a quarter of a year, half an hour), so the fraction must be hyphenated,
// followed by "of", or follow an approximator ("nearly half").
func parseFraction(toks []vtok, i int) (vcand, bool) {
	num := 0.0
	k := i
	switch {
	case isWord(toks, i, "a", "an", "one"):
		num, k = 1, i+1
	case isWordNum(toks, i) && unitWords[low(toks, i)] > 1 && unitWords[low(toks, i)] < 20:
		num, k = unitWords[low(toks, i)], i+1
	case isWord(toks, i, "half"):
		// "nearly half", "more than half of"
		if isWord(toks, i-1, "nearly", "almost", "about", "around", "roughly", "than", "over", "under") || isWord(toks, i+1, "of") && !isWord(toks, i+2, "a", "an") {
			j := i + 1
			if isWord(toks, j, "of") {
				j++
			}
			return vcand{kind: KindPercent, i: i, j: j, v: qtyValue("percent", "%", point(50, i, j)), prio: prioTyped, mod: true}, true
		}
		return vcand{}, false
	default:
		return vcand{}, false
	}
	hyph := false
	if isPunct(toks, k, "-") && glued(toks, k) && glued(toks, k+1) {
		hyph = true
		k++
	}
	d, ok := fractionWords[low(toks, k)]
	if !ok {
		return vcand{}, false
	}
	w := toks[k].low
	plural := w[len(w)-1] == 's'
	if num > 1 && !plural && w != "half" || num == 1 && plural {
		return vcand{}, false
	}
	end := k + 1
	if isWord(toks, end, "of") {
		if isWord(toks, end+1, "a", "an") && isWord(toks, end+2, "hour", "day", "week", "month", "year", "century", "mile", "million", "billion", "point", "percentage") {
			return vcand{}, false
		}
		end++
	} else if !hyph {
		return vcand{}, false
	}
	if w == "quarter" && isWord(toks, k+1, "million", "billion") {
		return vcand{}, false
	}
	p := 100 * num / d
	return vcand{kind: KindPercent, i: i, j: end, v: qtyValue("percent", "%", point(p, i, end)), prio: prioTyped, mod: true}, true
}
