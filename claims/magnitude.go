package claims

// parseMagnitudes proposes earthquake magnitudes: "magnitude 6.1", "6.1-magnitude",
// "magnitude-4.6", "4.6 magnitude quake", "6.1 on the Richter scale", "put the magnitude at 6.1".
func parseMagnitudes(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		if isWord(toks, i, "magnitude") {
			k := i + 1
			if isPunct(toks, k, "-") {
				k++
			} else if isWord(toks, k, "of", "at", "was", "is") {
				// "a magnitude of 5.9", "put the magnitude at 6.1", "the magnitude was 6"
				k++
			}
			if q, ok := parseAmount(toks, k); ok && q.i == k && q.max < 11 && q.min >= 0 {
				cs = append(cs, vcand{kind: KindMeasure, i: i, j: q.j, v: magValue(q), prio: prioTyped, mod: true})
				i = q.j - 1
			}
			continue
		}
		q, ok := parseAmount(toks, i)
		if !ok || q.max >= 11 || q.min < 0 {
			continue
		}
		j := q.j
		if isPunct(toks, j, "-") && glued(toks, j) {
			j++
		}
		switch {
		case isWord(toks, j, "magnitude"):
			j++
		case toks[q.i].dec && q.j-q.i == 1 && isWord(toks, j, "quake", "earthquake", "temblor", "tremor", "aftershock") && !isPunct(toks, q.j, "-"):
			// "4.6 quake rattles Sonoma": a decimal figure naming a quake is its magnitude.
			cs = append(cs, vcand{kind: KindMeasure, i: q.i, j: q.j, v: magValue(q), prio: prioTyped, mod: true})
			i = q.j - 1
			continue
		case i > 0 && (isWord(toks, i-1, "measuring") || isWord(toks, i-1, "measured")) && quakeSentence(toks) && q.j-q.i <= 2:
			// "an earthquake measuring 4.6": the verb names the scale in a quake report.
		case wordsAt(toks, j, "on", "the", "richter"):
			j += 3
			if isWord(toks, j, "scale") {
				j++
			}
		default:
			continue
		}
		cs = append(cs, vcand{kind: KindMeasure, i: q.i, j: j, v: magValue(q), prio: prioTyped, mod: true})
		i = j - 1
	}
	return cs
}

func magValue(q qty) Value {
	return qtyValue("magnitude", "", q)
}

// quakeSentence reports whether a sentence is about an earthquake, where a
// bare "measuring 4.6" can only be a magnitude.
func quakeSentence(toks []vtok) bool {
	for i := range toks {
		for _, w := range []string{"earthquake", "quake", "temblor", "tremor", "aftershock", "seismic"} {
			if isWord(toks, i, w) {
				return true
			}
		}
	}
	return false
}
