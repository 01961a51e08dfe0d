package claims

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// vtok is one token of a normalised sentence as the value parsers see it.
type vtok struct {
	s, e int    // byte span in the sentence
	text string // the original bytes
	low  string // lower-cased text
	kind byte   // 'w' word, 'n' number, 'p' punctuation
	num  float64
	// ndig counts the integer digits of a plain number (no separators): years have 4.
	ndig    int
	grouped bool // written with thousands separators
	dec     bool // has a decimal part
}

// lexValues splits s into words, numbers ("2,300", "1.5") and single punctuation runes.
func lexValues(s string) []vtok {
	toks := make([]vtok, 0, len(s)/4+4)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ':
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			t := vtok{s: i, kind: 'n', ndig: j - i}
			// thousands groups: ",ddd" not followed by another digit
			for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
				j += 4
				t.grouped = true
			}
			if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
				t.dec = true
			}
			t.e = j
			t.text = s[i:j]
			t.low = t.text
			t.num = parseDigits(t.text)
			toks = append(toks, t)
			i = j
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += sz
			}
			toks = append(toks, vtok{s: i, e: j, text: s[i:j], low: strings.ToLower(s[i:j]), kind: 'w'})
			i = j
		default:
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			toks = append(toks, vtok{s: i, e: i + size, text: s[i : i+size], low: s[i : i+size], kind: 'p'})
			i += size
		}
	}
	return toks
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// parseDigits reads "1,234.5" without strconv's error path.
func parseDigits(t string) float64 {
	var v, scale float64
	frac := false
	scale = 1
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ',':
		case c == '.':
			frac = true
		case isDigit(c):
			if frac {
				scale /= 10
				v += float64(c-'0') * scale
			} else {
				v = v*10 + float64(c-'0')
			}
		}
	}
	return v
}

// glued reports whether token i starts exactly where token i-1 ends.
func glued(toks []vtok, i int) bool {
	return i > 0 && i < len(toks) && toks[i].s == toks[i-1].e
}

// low returns the lower-cased token i, or "" past the end.
func low(toks []vtok, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].low
}

// isWord reports whether token i is the word w (lower-case).
func isWord(toks []vtok, i int, ws ...string) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != 'w' {
		return false
	}
	for _, w := range ws {
		if toks[i].low == w {
			return true
		}
	}
	return false
}

func isPunct(toks []vtok, i int, p string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == 'p' && toks[i].text == p
}

func isCap(t vtok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// The word-number vocabulary; read-only after init.
var (
	unitWords = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{
		"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6,
		"billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
		"dozen": 12, "dozens": 12, "lakh": 1e5, "crore": 1e7,
	}
	// gluedScales are suffixes written onto digits: "100k", "3M", "1.2bn".
	gluedScales = map[string]float64{
		"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "tr": 1e12, "trn": 1e12,
	}
)

// qty is a parsed amount: an interval over tokens [i, j).
type qty struct {
	min, max float64
	i, j     int
	approx   bool
	vague    bool
	round    bool // "a week", "a dozen": a round figure
	rng      bool // written as a range
	word     bool // spelled out
	scaled   bool // carries a scale word or suffix ("3 million", "1.2m")
}

func point(v float64, i, j int) qty { return qty{min: v, max: v, i: i, j: j} }

// parseNumber reads one number starting at token i: digits, words or a mix,
// with scales ("3 million", "100k", "a dozen") and fractions of scales.
func parseNumber(toks []vtok, i int) (qty, bool) {
	if i >= len(toks) {
		return qty{}, false
	}
	neg := false
	start := i
	if isWord(toks, i, "minus", "negative") && i+1 < len(toks) {
		neg = true
		i++
	} else if isPunct(toks, i, "-") && i+1 < len(toks) && toks[i+1].kind == 'n' && glued(toks, i+1) &&
		(i == 0 || !glued(toks, i) || toks[i-1].kind == 'p' && toks[i-1].text != "." && toks[i-1].text != "/") {
		neg = true
		i++
	}
	var q qty
	var ok bool
	if toks[i].kind == 'n' {
		q, ok = parseDigitNumber(toks, i)
	} else {
		q, ok = parseWordNumber(toks, i)
	}
	if !ok {
		return qty{}, false
	}
	// beyond any figure a report states; also keeps conversions finite
	if math.IsNaN(q.min) || math.IsNaN(q.max) || math.Abs(q.min) > 1e18 || math.Abs(q.max) > 1e18 {
		return qty{}, false
	}
	if neg {
		q.min, q.max = -q.max, -q.min
		q.i = start
	}
	return q, true
}

func parseDigitNumber(toks []vtok, i int) (qty, bool) {
	t := toks[i]
	v := t.num
	j := i + 1
	// "1 414 021 100": space-grouped digits, at least two groups of three
	if !t.grouped && !t.dec && t.ndig <= 3 {
		k := j
		for k < len(toks) && toks[k].kind == 'n' && toks[k].ndig == 3 && !toks[k].grouped && !toks[k].dec && toks[k].s == toks[k-1].e+1 {
			k++
		}
		if k-j >= 2 {
			for ; j < k; j++ {
				v = v*1000 + toks[j].num
			}
		}
	}
	// "1 point 1"
	if isWord(toks, j, "point") && j+1 < len(toks) && toks[j+1].kind == 'n' && !toks[j+1].dec && !toks[j+1].grouped {
		f := toks[j+1].num
		for d := toks[j+1].ndig; d > 0; d-- {
			f /= 10
		}
		v += f
		j += 2
	}
	q := point(v, i, j)
	// "45 (forty five)"
	if isPunct(toks, j, "(") {
		if in, ok := parseWordNumber(toks, j+1); ok && in.min == v && isPunct(toks, in.j, ")") {
			q.j = in.j + 1
			j = q.j
		}
	}
	// glued scale suffix: "100k", "1.2bn"; "m" only when it means million (see mIsMillion)
	if j < len(toks) && toks[j].kind == 'w' && glued(toks, j) {
		if s, ok := gluedScales[toks[j].low]; ok && (toks[j].low != "m" || mIsMillion(toks, j)) {
			q.min, q.max = v*s, v*s
			q.j = j + 1
			q.scaled = true
			return q, true
		}
		if s, ok := scaleWords[toks[j].low]; ok && s >= 1000 {
			// "$4billion", "30million": the scale word written onto the figure
			q.min, q.max = v*s, v*s
			q.j = j + 1
			q.scaled = true
			return q, true
		}
		if toks[j].low != "s" && toks[j].low != "th" && toks[j].low != "st" && toks[j].low != "nd" && toks[j].low != "rd" {
			// a unit or something else glued on: the number stands alone
			return q, true
		}
	}
	return applyScales(toks, q), true
}

// mIsMillion decides whether the "m" glued to a number at token j means million, not metres.
func mIsMillion(toks []vtok, j int) bool {
	if toks[j].text == "M" {
		return true
	}
	// after a currency symbol it is always money
	if n := j - 1; n > 0 {
		k := toks[n-1]
		if k.kind == 'p' && strings.ContainsAny(k.text, "$£€¥") {
			return true
		}
	}
	nx := low(toks, j+1)
	if nx == "of" && (isWord(toks, j-2, "within", "to", "from") || isWord(toks, j+2, "the", "their", "his", "her", "its", "our", "a")) {
		return false // "within 50m of the harbour wall": a distance
	}
	switch nx {
	case "people", "children", "men", "women", "users", "viewers", "voters", "residents", "visitors", "years",
		"customers", "subscribers", "households", "homes", "jobs", "barrels", "tonnes", "tons", "pounds",
		"dollars", "euros", "shares", "copies", "views", "doses", "passengers", "followers", "of":
		return true
	}
	return false
}

// applyScales multiplies q by following scale words: "3 million", "three thousand millions",
// "200 dozens", "3 million and a half".
func applyScales(toks []vtok, q qty) qty {
	j := q.j
	last := 0.0
	for j < len(toks) && toks[j].kind == 'w' {
		s, ok := scaleWords[toks[j].low]
		if !ok || (last != 0 && s <= last && s != 12) {
			break
		}
		// "a dozen of" style plural nouns are fine; "millions of" after a number is a scale too
		q.min *= s
		q.max *= s
		last = s
		j++
		q.scaled = true
	}
	// "3 million and a half", "one million and a quarter"
	if last >= 1000 && isWord(toks, j, "and") && isWord(toks, j+1, "a") && isWord(toks, j+2, "half", "quarter") {
		f := 0.5
		if toks[j+2].low == "quarter" {
			f = 0.25
		}
		q.min += f * last
		q.max += f * last
		j += 3
	}
	q.j = j
	return q
}

// parseWordNumber reads spelled-out numbers: "seven hundred twenty-one thousand and twelve",
// "a dozen", "half a million", "two point two million", "five and a half million".
func parseWordNumber(toks []vtok, i int) (qty, bool) {
	n := len(toks)
	if i >= n || toks[i].kind != 'w' {
		return qty{}, false
	}
	w := toks[i].low
	// fixed phrases
	switch w {
	case "nil":
		return point(0, i, i+1), true
	case "a", "an":
		if isWord(toks, i+1, "pair", "couple") && isWord(toks, i+2, "of") {
			q := point(2, i, i+3)
			q.word = true
			return q, true
		}
		if isWord(toks, i+1, "single") {
			q := point(1, i, i+2)
			q.word = true
			return q, true
		}
		if isWord(toks, i+1, "quarter", "half") {
			f := 0.25
			if toks[i+1].low == "half" {
				f = 0.5
			}
			k := i + 2
			if isWord(toks, k, "of") && isWord(toks, k+1, "a") {
				k += 2
			}
			if isWord(toks, k, "million", "billion", "thousand", "trillion", "dozen") {
				q := point(f*scaleWords[toks[k].low], i, k+1)
				q.word, q.scaled = true, true
				return q, true
			}
			return qty{}, false
		}
		if isWord(toks, i+1, "hundred", "thousand", "million", "billion", "trillion", "dozen") {
			q := point(1, i+1, i+1)
			q.j = i + 1
			r, _ := parseWordNumberCore(toks, i+1, 1)
			r.i = i
			r.word = true
			r.round = true
			return r, true
		}
		return qty{}, false
	case "half", "quarter":
		f := 0.25
		if w == "half" {
			f = 0.5
		}
		k := i + 1
		if isWord(toks, k, "a", "an") {
			k++
		}
		if isWord(toks, k, "million", "billion", "thousand", "trillion", "dozen") {
			q := point(f*scaleWords[toks[k].low], i, k+1)
			q.word, q.scaled = true, true
			return q, true
		}
		return qty{}, false
	case "couple", "pair":
		if isWord(toks, i+1, "of") {
			q := point(2, i, i+2)
			q.word = true
			return q, true
		}
		return qty{}, false
	}
	if _, ok := unitWords[w]; !ok {
		if _, ok := tensWords[w]; !ok {
			return qty{}, false
		}
	}
	return parseWordNumberCore(toks, i, 0)
}

// parseWordNumberCore accumulates number words from token i; cur seeds the running group
// (1 after "a" in "a hundred").
func parseWordNumberCore(toks []vtok, i int, cur float64) (qty, bool) {
	n := len(toks)
	total := 0.0
	j := i
	lastKind := byte(0) // 'u' unit, 't' tens, 'h' hundred, 's' scale
	lastScale := 0.0
	any := cur != 0
	end := i
	for j < n {
		t := toks[j]
		if t.kind == 'p' && t.text == "-" && glued(toks, j) && j+1 < n && glued(toks, j+1) && lastKind == 't' {
			// "twenty-three"
			j++
			continue
		}
		if t.kind != 'w' {
			break
		}
		if u, ok := unitWords[t.low]; ok {
			if lastKind == 'u' || (lastKind == 't' && u >= 10) {
				break
			}
			if u == 0 && any {
				break
			}
			cur += u
			lastKind = 'u'
		} else if tv, ok := tensWords[t.low]; ok {
			if lastKind == 'u' || lastKind == 't' {
				break
			}
			cur += tv
			lastKind = 't'
		} else if t.low == "hundred" || t.low == "hundreds" && any {
			if lastKind == 'h' || !any {
				break
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			lastKind = 'h'
		} else if s, ok := scaleWords[t.low]; ok && any {
			if cur == 0 && total > 0 && s > lastScale {
				// "three thousand millions"
				total *= s
			} else {
				if cur == 0 {
					cur = 1
				}
				if lastScale != 0 && s >= lastScale && s != 12 {
					total = (total + cur) * s
				} else {
					total += cur * s
				}
				cur = 0
			}
			lastKind = 's'
			lastScale = s
		} else if t.low == "and" && any {
			// "one hundred and six", "thousand and twelve", "million and a half"
			if isWord(toks, j+1, "a") && isWord(toks, j+2, "half", "quarter") {
				f := 0.5
				if toks[j+2].low == "quarter" {
					f = 0.25
				}
				if lastKind == 's' && lastScale >= 1000 {
					total += f * lastScale
					j += 3
					end = j
					break
				}
				// "five and a half million" / "two and a half" (units follow elsewhere)
				cur += f
				j += 3
				end = j
				if s, ok := scaleWords[low(toks, j)]; ok {
					total += cur * s
					cur = 0
					j++
					end = j
				}
				break
			}
			if _, ok := unitWords[low(toks, j+1)]; ok && lastKind != 'u' && lastKind != 't' {
				j++
				continue
			}
			if _, ok := tensWords[low(toks, j+1)]; ok && lastKind != 'u' && lastKind != 't' {
				j++
				continue
			}
			break
		} else if t.low == "point" && any && total == 0 && j+1 < n {
			// "two point two million"
			k := j + 1
			f, div := 0.0, 1.0
			for k < n {
				u, ok := unitWords[toks[k].low]
				if !ok || u > 9 {
					break
				}
				div *= 10
				f = f*10 + u
				k++
			}
			if k == j+1 {
				break
			}
			cur += f / div
			j = k
			end = j
			if s, ok := scaleWords[low(toks, j)]; ok {
				total += cur * s
				cur = 0
				j++
				end = j
			}
			break
		} else {
			break
		}
		any = true
		j++
		end = j
	}
	if !any || end == i {
		return qty{}, false
	}
	v := total + cur
	q := point(v, i, end)
	q.word = true
	q.scaled = lastScale > 0
	// "forty-five (45)"
	if isPunct(toks, end, "(") && end+2 < n && toks[end+1].kind == 'n' && toks[end+1].num == v && isPunct(toks, end+2, ")") {
		q.j = end + 3
	}
	return q, true
}

// parseAmount reads a number or a range of numbers: "10-15", "10 to 15", "between 10 and 15".
// A scale on the second figure applies to the first ("10-15 million").
func parseAmount(toks []vtok, i int) (qty, bool) {
	between := false
	start := i
	if isWord(toks, i, "between", "from") {
		between = toks[i].low == "between"
		i++
	}
	a, ok := parseNumber(toks, i)
	if !ok {
		return qty{}, false
	}
	j := a.j
	sep := false
	switch {
	case between && isWord(toks, j, "and"):
		sep = true
	case isPunct(toks, j, "-") && glued(toks, j) && glued(toks, j+1) && j+1 < len(toks) && toks[j+1].kind == 'n':
		sep = true
	case isWord(toks, j, "to") && !isWord(toks, start-1, "by"):
		// "rose by 3 to 12" is a change and where it ended, not a range
		sep = true
	}
	if sep {
		if b, ok := parseNumber(toks, j+1); ok && b.min > a.max {
			if b.scaled && !a.scaled {
				for _, s := range []float64{1e12, 1e9, 1e6, 1e3} {
					if b.min >= s*a.max && b.min/s < 1000 {
						a.min *= s
						a.max *= s
						break
					}
				}
			}
			if b.min > a.max {
				return qty{min: a.min, max: b.max, i: start, j: b.j, rng: true, word: a.word, scaled: b.scaled}, true
			}
		}
	}
	if between {
		return qty{}, false
	}
	return a, true
}
