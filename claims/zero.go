package claims

import "strings"

// zeroNouns are the nouns a bare "no" turns into a count of zero even without a
// verb after them ("no deaths", "no casualties").
var zeroNouns = wordSet("deaths", "injuries", "casualties", "fatalities", "survivors", "arrests", "victims",
	"dead", "injured", "wounded", "missing", "charges")

// parseZeros proposes counts of zero: "no one was hurt", "nobody died", "none of the
// passengers", "no passengers were injured", "no deaths". A count of zero contradicts
// any positive count of the same people, which a negated verb alone would not show.
func parseZeros(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != 'w' {
			continue
		}
		j, of := 0, ""
		switch {
		case isWord(toks, i, "no") && isPunct(toks, i+1, "-") && isWord(toks, i+2, "one") && glued(toks, i+1):
			j = i + 3
		case isWord(toks, i, "no") && isWord(toks, i+1, "one"):
			j = i + 2
		case isWord(toks, i, "nobody"):
			j = i + 1
		case isWord(toks, i, "none"):
			j = i + 1
			if isWord(toks, j, "of") {
				of = ofNoun(toks, j)
			}
		case isWord(toks, i, "no") && !isWord(toks, i-1, "with", "or") && i+1 < len(toks) && toks[i+1].kind == 'w':
			n := toks[i+1].low
			if stopWords[n] || isWordNum(toks, i+1) || !strings.HasSuffix(n, "s") && !zeroNouns[n] {
				continue // "no more", "no longer", "no doubt": no count
			}
			if !zeroNouns[n] && !isWord(toks, i+2, "were", "was", "have", "had", "has", "are", "is") {
				continue
			}
			if _, isUnit := durUnitAt(toks, i+1, true); isUnit {
				continue // "no days off" is no count
			}
			j, of = i+2, n
		default:
			continue
		}
		if isWord(toks, j, "else") {
			j++ // "no one else was hurt"
		}
		if of == "" {
			of = casualtyOf(toks, i, j)
		}
		if of == "" && zeroNouns[low(toks, j-1)] {
			of = low(toks, j-1)
		}
		v := qtyValue("number", "", point(0, i, j))
		v.Of = of
		cs = append(cs, vcand{kind: KindNumber, i: i, j: j, v: v, prio: prioNumber})
		i = j - 1
	}
	return cs
}
