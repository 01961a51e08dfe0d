package claims

// vagueCounts are counts without a figure, as approximate intervals.
var vagueCounts = []struct {
	words    []string
	min, max float64
}{
	{[]string{"tens", "of", "thousands"}, 2e4, 99999},
	{[]string{"hundreds", "of", "thousands"}, 2e5, 999999},
	{[]string{"tens", "of", "millions"}, 2e7, 99999999},
	{[]string{"hundreds", "of", "millions"}, 2e8, 999999999},
	{[]string{"a", "few", "dozen"}, 24, 60},
	{[]string{"a", "handful"}, 2, 5},
	{[]string{"a", "few"}, 2, 5},
	{[]string{"dozens"}, 24, 99},
	{[]string{"scores"}, 40, 199},
	{[]string{"hundreds"}, 200, 999},
	{[]string{"thousands"}, 2000, 9999},
	{[]string{"millions"}, 2e6, 999999999},
	{[]string{"billions"}, 2e9, 999999999999},
	{[]string{"several"}, 3, 9},
}

// parseNumbers proposes plain counts: digits, number words, scales and vague counts.
func parseNumbers(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if q, ok := parseAmount(toks, i); ok {
			if inDesignation(toks, q.i) || difference(toks, q.j) || oneOf(toks, q) {
				i = q.j - 1
				continue
			}
			// ordinals ("3rd", "21st") are positions, not counts
			if q.j < len(toks) && glued(toks, q.j) && isWord(toks, q.j, "st", "nd", "rd", "th") {
				i = q.j
				continue
			}
			v := qtyValue("number", "", q)
			v.Of = ofNoun(toks, q.j)
			switch v.Of {
			case "":
				v.Of = casualtyOf(toks, q.i, q.j)
				if v.Of == "" && populationOf(toks, q.i) {
					v.Of = "population"
				}
				if v.Of == "" {
					v.Of = changedOf(toks, q.i)
				}
			case "people", "persons", "person", "others":
				// "killing 10 people" and "injuring 80 people" count different people.
				if p := casualtyOf(toks, q.i, q.j+1); p != "" {
					v.Of = p
				}
			}
			cs = append(cs, vcand{kind: KindNumber, i: q.i, j: q.j, v: v, prio: prioNumber, mod: true})
			i = q.j - 1
			continue
		}
		if toks[i].kind != 'w' {
			continue
		}
		if v, j, ok := anotherCasualty(toks, i); ok {
			cs = append(cs, vcand{kind: KindNumber, i: i, j: j, v: v, prio: prioNumber})
			i = j - 1
			continue
		}
		for _, vc := range vagueCounts {
			if !wordsAt(toks, i, vc.words...) {
				continue
			}
			j := i + len(vc.words)
			if vc.words[0] == "a" && vc.words[1] == "few" && isWord(toks, j, "of", "days", "weeks", "months", "years", "hours", "minutes", "seconds", "times") {
				break // "a few days" is a duration, "a few of" is no count
			}
			q := qty{min: vc.min, max: vc.max, i: i, j: j, vague: true}
			v := qtyValue("number", "", q)
			v.Of = ofNoun(toks, j)
			cs = append(cs, vcand{kind: KindNumber, i: i, j: j, v: v, prio: prioNumber})
			i = j - 1
			break
		}
	}
	return cs
}

// wordsAt reports whether the words ws follow one another from token i.
func wordsAt(toks []vtok, i int, ws ...string) bool {
	if i+len(ws) > len(toks) {
		return false
	}
	for k, w := range ws {
		if toks[i+k].kind != 'w' || toks[i+k].low != w {
			return false
		}
	}
	return true
}

// ofNoun returns the lower-cased noun a count counts ("12 people" -> "people").
func ofNoun(toks []vtok, j int) string {
	if isWord(toks, j, "of") {
		j++
		if isWord(toks, j, "the", "his", "her", "its", "their", "our", "these", "those") {
			j++
		}
	}
	if e := designationAt(toks, j); e > 0 {
		j = e // "six AK-47 rifles" counts rifles
	}
	if isPunct(toks, j, "-") && glued(toks, j) && glued(toks, j+1) && j+1 < len(toks) && toks[j+1].kind == 'w' {
		j++ // "a 12-story tower" counts storeys
	}
	// "four other buildings", "a further 40,000 people": the noun comes after the qualifier
	if isWord(toks, j, "other", "more", "further", "additional", "extra", "new") && j+1 < len(toks) && toks[j+1].kind == 'w' && !stopWords[toks[j+1].low] {
		j++
	}
	if j >= len(toks) || toks[j].kind != 'w' || stopWords[toks[j].low] || isWordNum(toks, j) || glued(toks, j+1) && isPunct(toks, j+1, "-") {
		return ""
	}
	switch toks[j].low {
	case "per", "percent", "cent", "times", "point", "points":
		return ""
	case "overnight", "yesterday", "today", "tonight", "tomorrow", "last", "next", "ago", "earlier", "later", "since", "already":
		return "" // "fell to 430 last year": a time after a count is not what it counts
	}
	return toks[j].low
}

// difference reports whether a count states a difference, not an amount:
// "five rounds sooner", "three more votes", "two fewer seats".
func difference(toks []vtok, j int) bool {
	comparative := func(k int) bool {
		return isWord(toks, k, "more", "fewer", "less", "sooner", "earlier", "longer", "shorter", "higher", "lower")
	}
	if comparative(j) {
		return true
	}
	return j < len(toks) && toks[j].kind == 'w' && !stopWords[toks[j].low] && comparative(j+1)
}

// populationOf reports whether a count states a population ("a population of
// 120,000", "population of more than 100,000").
func populationOf(toks []vtok, i int) bool {
	b := beforeBounds(toks, i-1)
	return isWord(toks, b, "of") && isWord(toks, b-1, "population")
}

// oneOf reports whether q is the "one" of "one of the victims": it picks a member
// out of a group and counts nothing.
func oneOf(toks []vtok, q qty) bool {
	return q.j == q.i+1 && q.min == 1 && q.max == 1 && isWord(toks, q.j, "of") &&
		!isWord(toks, q.j+1, "them") && (isWord(toks, q.i, "one") || toks[q.i].kind == 'n')
}
