package claims

// Phone numbers span from minPhoneDigits to maxPhoneDigits digits in all
// (national and international plans).
const (
	minPhoneDigits = 9
	maxPhoneDigits = 15
)

// parsePhoneNumbers claims telephone numbers ("0800 0961 233", "(555) 123-4567",
// "+44 20 7946 0958") without reporting them: their digit groups are neither a
// time of day ("0800") nor counts ("961 injured"), and a helpline is no claim
// about the event.
func parsePhoneNumbers(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		start := i
		if isPunct(toks, i, "+") || isPunct(toks, i, "(") {
			i++
		}
		if i >= len(toks) || toks[i].kind != 'n' || toks[i].grouped || toks[i].dec {
			i = start
			continue
		}
		digits, groups, years := 0, 0, 0
		leadingZero := toks[i].text[0] == '0'
		// "1 414 021 100" is a figure grouped by thousands with spaces, as
		// some styles write them: a first group of one to three digits and
		// only three-digit groups after it, spaces between.
		thousands := toks[i].ndig <= 3
		k := i
		for k < len(toks) && toks[k].kind == 'n' && !toks[k].grouped && !toks[k].dec {
			digits += toks[k].ndig
			groups++
			if toks[k].ndig == 4 && toks[k].num >= 1900 && toks[k].num <= 2100 {
				years++
			}
			if k > i && toks[k].ndig != 3 {
				thousands = false
			}
			n := k + 1
			switch {
			case isPunct(toks, n, ")") && glued(toks, n):
				n++
			case (isPunct(toks, n, "-") || isPunct(toks, n, ".")) && glued(toks, n) && glued(toks, n+1):
				thousands = false
				n++
			}
			if n >= len(toks) || toks[n].kind != 'n' || !(glued(toks, n) && n > k+1 || !glued(toks, n)) {
				k++
				break
			}
			k = n
		}
		spacedFigure := thousands && !leadingZero && !isPunct(toks, start, "+") && !isPunct(toks, start, "(")
		plausible := !spacedFigure && digits >= minPhoneDigits && digits <= maxPhoneDigits && groups >= 2 && years < groups &&
			(groups >= 3 || leadingZero || isPunct(toks, start, "+") || isPunct(toks, start, "("))
		if !plausible {
			i = start
			continue
		}
		cs = append(cs, vcand{kind: KindNumber, i: start, j: k, v: Value{Type: "number", Min: F(0), Max: F(0)}, prio: prioTyped, silent: true})
		i = k - 1
	}
	return cs
}
