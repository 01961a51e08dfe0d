package claims

// A figure reached by a change ("the death toll has risen to 11", "raising the
// number of injured to 40", "put the crowd at 30,000") counts what changed: the
// subject of an intransitive change verb, or the object of a causative one. The
// noun phrase names the measure even when no counted noun follows the figure.

// riseVerbs are intransitive verbs of change whose subject is the quantity
// that reached the figure after "to" ("the toll rose to 11").
var riseVerbs = map[string]bool{
	"rise": true, "rises": true, "rose": true, "risen": true, "rising": true,
	"climb": true, "climbs": true, "climbed": true, "climbing": true,
	"increase": true, "increases": true, "increased": true, "increasing": true,
	"jump": true, "jumps": true, "jumped": true, "jumping": true,
	"grow": true, "grows": true, "grew": true, "grown": true, "growing": true,
	"soar": true, "soars": true, "soared": true, "soaring": true,
	"swell": true, "swells": true, "swelled": true, "swollen": true,
	"fall": true, "falls": true, "fell": true, "fallen": true, "falling": true,
	"drop": true, "drops": true, "dropped": true, "dropping": true,
	"decline": true, "declines": true, "declined": true,
	"stand": true, "stands": true, "stood": true, "standing": true,
}

// causeVerbs are causative verbs whose object is the quantity that reached
// the figure after "to" or "at" ("bringing the total to 11", "put the crowd at
// 30,000").
var causeVerbs = map[string]bool{
	"raise": true, "raises": true, "raised": true, "raising": true,
	"bring": true, "brings": true, "brought": true, "bringing": true,
	"push": true, "pushes": true, "pushed": true, "pushing": true,
	"take": true, "takes": true, "took": true, "taking": true,
	"lift": true, "lifts": true, "lifted": true, "lifting": true,
	"put": true, "puts": true, "putting": true,
	"estimate": true, "estimates": true, "estimated": true,
}

// containerNouns hold a count without saying what it counts: "the death toll",
// "the number of injured", "the total of arrests" count the word beside them.
var containerNouns = map[string]bool{
	"toll": true, "number": true, "total": true, "count": true, "tally": true, "figure": true,
	"figures": true, "tolls": true, "numbers": true, "totals": true,
}

// auxWords may stand between a subject and its change verb ("has now risen").
var auxWords = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"been": true, "now": true, "since": true, "further": true, "already": true, "later": true,
	"sharply": true, "quickly": true, "steadily": true, "then": true,
}

// npStop ends a noun phrase read backwards or cuts a prepositional tail from it.
var npStop = map[string]bool{
	"at": true, "in": true, "on": true, "from": true, "after": true, "by": true, "for": true,
	"with": true, "across": true, "since": true, "during": true, "near": true, "inside": true,
}

// changedOf returns the noun a figure at token i counts when the figure is
// where a change ended ("the death toll rose to 11" -> "death"), or "".
func changedOf(toks []vtok, i int) string {
	// "to" and "at" are also bound words ("up to 40"): find the one that ends
	// the change, stepping back over the bound words after it ("to at least 11").
	b := i - 1
	end := func(k int) bool { return isWord(toks, k, "to", "at") && !isWord(toks, k+1, "least", "most") }
	for n := 0; n < 4 && b > 0 && !end(b) && boundWords[low(toks, b)]; n++ {
		b--
	}
	if !end(b) || isWord(toks, b-1, "up") {
		return ""
	}
	// intransitive: "<NP> (has) risen to N", "<NP> stood at N"
	v := b - 1
	if v >= 1 && toks[v].kind == 'w' && riseVerbs[toks[v].low] {
		k := v - 1
		for k >= 0 && toks[k].kind == 'w' && auxWords[toks[k].low] {
			k--
		}
		end := k + 1
		start := end
		for start > 0 && toks[start-1].kind == 'w' && !clauseWords[toks[start-1].low] && !riseVerbs[toks[start-1].low] {
			if start <= end-14 {
				return "" // no clause start in sight: the subject's head is not known
			}
			start--
		}
		return npMeasure(toks, start, end)
	}
	// causative: "raising <NP> to N", "put <NP> at N"
	for k := b - 1; k >= 0 && k >= b-12; k-- {
		if toks[k].kind != 'w' {
			return "" // a clause boundary or another figure lies between
		}
		if causeVerbs[toks[k].low] {
			return npMeasure(toks, k+1, b)
		}
	}
	return ""
}

// clauseWords begin the clause a subject stands in ("officials said that the
// toll ..."): reading a subject backwards stops at them.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "said": true, "says": true, "say": true, "and": true,
	"but": true, "while": true, "as": true, "when": true, "where": true, "whereas": true, "because": true,
	"announced": true, "reported": true, "confirmed": true, "added": true,
}

// npMeasure reads the measure a noun phrase toks[s:e] names: its head noun, or
// for a container noun ("toll", "number of") the word that says what it holds.
func npMeasure(toks []vtok, s, e int) string {
	// A prepositional tail ("at the building", "from the flood") or a time
	// ("Monday") is no part of the measure: keep the phrase up to the first
	// such word, since the head of a noun phrase stands before its modifiers.
	for k := s; k < e; k++ {
		if _, day := weekdayNames[toks[k].low]; day || npStop[toks[k].low] {
			e = k
			break
		}
	}
	// "the total number of confirmed dead": the part after the last "of".
	for k := e - 1; k >= s; k-- {
		if isWord(toks, k, "of") {
			s = k + 1
			break
		}
	}
	for s < e && isWord(toks, s, "the", "a", "an", "its", "their", "his", "her", "this", "that", "official") {
		s++
	}
	if s >= e {
		return ""
	}
	h := e - 1
	if containerNouns[toks[h].low] {
		if h-1 < s {
			if toks[h].low == "toll" || toks[h].low == "tolls" {
				return "death" // a toll alone is of the dead
			}
			return ""
		}
		h--
	}
	if toks[h].kind != 'w' || stopWords[toks[h].low] || isWordNum(toks, h) {
		return ""
	}
	return toks[h].low
}
