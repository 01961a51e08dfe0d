package claims

// parseAges proposes ages in years: "24-year-old", "five years old", "aged 23", "age 87",
// "87 yo", "ninety five years of age", "ten months old", "Smith, 55,".
// Ages given in months, weeks or days become fractions of a year: the day count over
// [366, 365] days, so "ten months old" is about [0.77, 0.85].
func parseAges(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		// "aged 23", "age 87", "aged between 20 and 30", "at the age of 91"
		if isWord(toks, i, "aged", "age") {
			k := i + 1
			if toks[i].low == "age" && isWord(toks, k, "of") {
				k++
			}
			bound := ""
			switch low(toks, k) {
			case "about", "around", "roughly", "approximately":
				bound = "about"
			case "over":
				bound = "at-least"
			case "under":
				bound = "at-most"
			}
			if bound != "" {
				k++
			}
			if q, ok := parseAmount(toks, k); ok && q.i == k && q.max < 130 && q.min >= 0 && !q.scaled {
				if bound != "" {
					v := qtyValue("age", "year", q)
					switch bound {
					case "about":
						v.Approx, v.Bound, v.Precision = true, "about", q.max*0.1
					case "at-least":
						v.Max, v.Bound = nil, bound
					case "at-most":
						v.Min, v.Bound = nil, bound
					}
					cs = append(cs, vcand{kind: KindAge, i: i, j: q.j, v: v, prio: prioTyped})
					i = q.j - 1
					continue
				}
				if q.j < len(toks) && (isWord(toks, q.j, "percent", "per", "million", "billion") || isPunct(toks, q.j, "%")) {
					continue
				}
				cs = append(cs, vcand{kind: KindAge, i: i, j: q.j, v: qtyValue("age", "year", q), prio: prioTyped, mod: true})
				i = q.j - 1
				continue
			}
		}
		// "87 yo", "87-year-old", "five years old", "6 weeks of age", "90 day old"
		q, ok := parseAmount(toks, i)
		if !ok || q.scaled || q.min < 0 {
			continue
		}
		j := q.j
		if isWord(toks, j, "yo") || isWord(toks, j, "y") && isPunct(toks, j+1, "/") && isWord(toks, j+2, "o") {
			end := j + 1
			if toks[j].low == "y" {
				end = j + 3
			}
			cs = append(cs, vcand{kind: KindAge, i: q.i, j: end, v: qtyValue("age", "year", q), prio: prioTyped, mod: true})
			i = end - 1
			continue
		}
		if isPunct(toks, j, "-") && glued(toks, j) {
			j++
		}
		u, ok := durUnitAt(toks, j, true)
		if !ok || u.grain == "quarter" || u.grain == "decade" || u.grain == "century" || u.grain == "fortnight" {
			continue
		}
		k := j + 1
		if isPunct(toks, k, "-") && glued(toks, k) {
			k++
		}
		end := 0
		switch {
		case isWord(toks, k, "old"):
			end = k + 1
		case isWord(toks, k, "of") && isWord(toks, k+1, "age"):
			end = k + 2
		}
		if end == 0 {
			continue
		}
		var a qty
		if u.grain == "year" {
			a = q
		} else {
			a = q
			a.min = q.min * u.min / (366 * day)
			a.max = q.max * u.max / (365 * day)
		}
		v := qtyValue("age", "year", a)
		// "a 23-year-old man" and "his 58-year-old mother" are two people: the
		// noun an age modifies says whose age it is.
		if end < len(toks) && toks[end].kind == 'w' && !isCap(toks[end]) {
			v.Of = ofNoun(toks, end)
		}
		cs = append(cs, vcand{kind: KindAge, i: q.i, j: end, v: v, prio: prioTyped, mod: true})
		i = end - 1
	}
	cs = parsePredicateAges(toks, cs)
	// "Name, 55," : a capitalised name followed by a bare age between commas (or before a
	// spaced dash, a semicolon or a closing bracket: "Joseph Rosenbaum, 36 — and"); also
	// "the driver, 45, was", "Jon Marsh, 23 and from Leeds", "Ann Hale, 38, of Troy" and,
	// at the end of a sentence, "named as Jane Doe, 34."
	for i := 1; i+2 < len(toks); i++ {
		// "Name, now 27," and "Name, then 17,": the age at another time is still an age.
		n := i + 1
		if isWord(toks, n, "now", "then") && isCap(toks[i-1]) {
			n++
		}
		if !isPunct(toks, i, ",") || n >= len(toks) || toks[n].kind != 'n' {
			continue
		}
		closed := isPunct(toks, n+1, ",") || isCap(toks[i-1]) && (isPunct(toks, n+1, ";") || isPunct(toks, n+1, ")") || isPunct(toks, n+1, "-") && !glued(toks, n+1)) || isPunct(toks, n+1, ".") && n+2 == len(toks) && isCap(toks[i-1]) ||
			isCap(toks[i-1]) && (isWord(toks, n+1, "and") && isWord(toks, n+2, "from", "of") || isWord(toks, n+1, "from") || isWord(toks, n+1, "of") && n+2 < len(toks) && isCap(toks[n+2]))
		if !closed {
			continue
		}
		t, prev := toks[n], toks[i-1]
		if t.grouped || t.dec || t.ndig > 3 || t.num < 1 || t.num > 120 || prev.kind != 'w' || !isCap(prev) && !personNounAt(toks, i-1) {
			continue
		}
		if _, isMonth := monthNames[prev.low]; isMonth {
			continue
		}
		if _, isDay := weekdayNames[prev.low]; isDay {
			continue
		}
		cs = append(cs, vcand{kind: KindAge, i: n, j: n + 1, v: qtyValue("age", "year", point(t.num, n, n+1)), prio: prioTyped})
	}
	return cs
}

// personNounAt reports whether token k is a lower-case noun after a determiner
// ("the driver", "a teacher"), the head a bare age in apposition can follow.
func personNounAt(toks []vtok, k int) bool {
	return k > 0 && toks[k].kind == 'w' && !stopWords[toks[k].low] && isWord(toks, k-1, "the", "a", "an", "his", "her", "their", "its") &&
		!isWordNum(toks, k) && ordinalWords[toks[k].low] == 0
}

// parsePredicateAges reads an age stated of a person: "she was 91", "he is 12 when",
// "who was 54,". Only personal pronouns and "who" are taken as the subject: "the
// score was 91" states no age.
func parsePredicateAges(toks []vtok, cs []vcand) []vcand {
	for i := 0; i+2 < len(toks); i++ {
		if !isWord(toks, i, "he", "she", "who") || !isWord(toks, i+1, "was", "is") {
			continue
		}
		t := toks[i+2]
		if t.kind != 'n' || t.dec || t.grouped || t.ndig > 3 || t.num < 1 || t.num > 120 {
			continue
		}
		k := i + 3
		if !(k == len(toks) || isPunct(toks, k, ",") || isPunct(toks, k, ".") || isPunct(toks, k, ";") || isWord(toks, k, "when", "and", "at")) {
			continue // "he was 12 points clear"
		}
		cs = append(cs, vcand{kind: KindAge, i: i + 2, j: i + 3, v: qtyValue("age", "year", point(t.num, i+2, i+3)), prio: prioTyped})
	}
	return cs
}
