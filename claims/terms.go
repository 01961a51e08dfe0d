package claims

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
)

//go:generate go run ../internal/lemmagen -out lexicon_data/lemmas.txt

// lemmaTable maps golem's English word forms to their lemmas (see internal/lemmagen): lines
// "form\tlemma", the lemma empty when it equals the form. It is searched in place, so a
// process pays nothing to load it (golem's own dictionary took tens of milliseconds).
var lemmaTable = table{text: lemmaText, index: lemmaIndex}

//go:embed lexicon_data/lemmas.txt
var lemmaText string

//go:embed lexicon_data/lemmas.idx
var lemmaIndex string

// Lemma returns the dictionary form of a lower-case word ("closed" → "close"). Words
// are looked up lower-cased; an unknown word comes back unchanged.
func Lemma(w string) string {
	key := strings.ToLower(w) // no copy when w is lower-case already
	l, ok := lemmaTable.lookup(key)
	switch {
	case !ok:
		return w
	case l == "":
		return key
	}
	return l
}

// isDictWord reports whether a word, lower-cased, is one of the dictionary's forms.
func isDictWord(w string) bool {
	_, ok := lemmaTable.lookup(strings.ToLower(w))
	return ok
}

// Words splits normalised text into word tokens with their byte spans.
func Words(s string) []Token {
	// Most tokens end at a space; sizing the slice for them spares the copies of
	// growing it word by word (Words runs on every sentence several times).
	out := make([]Token, 0, strings.Count(s, " ")+1)
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '-' || r == '.' || r == ',') && start >= 0)
		if word {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, trimToken(s, start, i))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, trimToken(s, start, len(s)))
	}
	if len(out) == 0 {
		return nil // as before the slice was sized: callers may tell nil apart
	}
	return out
}

// Token is one word of normalised text.
type Token struct {
	Text       string
	Start, End int
}

// trimToken drops trailing punctuation that only joins words inside a token.
func trimToken(s string, i, j int) Token {
	for j > i && strings.ContainsRune("'-.,", rune(s[j-1])) {
		j--
	}
	t := s[i:j]
	if strings.HasSuffix(t, "'s") {
		t = t[:len(t)-2]
	}
	return Token{Text: t, Start: i, End: j}
}

// Terms returns the content lemmas of normalised text: lower-cased, stop words removed.
func Terms(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range Words(s) {
		w := strings.ToLower(strings.Trim(t.Text, ".,"))
		if len(w) < 2 || stopWords[w] {
			continue
		}
		l := Lemma(w)
		if stopWords[l] || seen[l] {
			continue
		}
		seen[l] = true
		out = append(out, l)
	}
	return out
}

// slotWindow is how many words on each side of a value can name what it measures.
const slotWindow = 4

// reportingWords name who speaks, not what a figure measures, so they never fill a slot.
var reportingWords = map[string]bool{
	"say": true, "tell": true, "report": true, "according": true, "announce": true, "add": true,
	"official": true, "police": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// SlotTerms returns the content lemmas that say what the value at [i, j) of s
// measures: the nearest words on each side within its clause (the counted
// noun among them), without reporting words and figures.
func SlotTerms(s string, i, j int, of string) []string {
	_ = of // the counted noun is among the nearest words already
	return slotTerms(s, Words(s), i, j)
}

// maxSlotSteps bounds how many words the slot walk passes on each side: words that
// do not use up the window (figures, function words) could otherwise send it across
// the whole sentence for every value, quadratic in a sentence of figures.
const maxSlotSteps = 4 * slotWindow

// slotTerms is SlotTerms over the words of s already split, so a sentence of many
// values is split once.
func slotTerms(s string, words []Token, i, j int) []string {
	var near []string
	// Walk outwards from the value, stopping at clause punctuation.
	first := sort.Search(len(words), func(k int) bool { return words[k].Start >= j })
	if first == len(words) {
		first = -1
	}
	last := sort.Search(len(words), func(k int) bool { return words[k].End > i }) - 1
	boundary := func(a, b int) bool { // clause punctuation between byte offsets a and b
		if a < 0 || b > len(s) || a > b {
			return true
		}
		return strings.ContainsAny(s[a:b], ",;:\"")
	}
	collect := func(clause bool) []string {
		var near []string
		// Function words and figures do not use up the window ("(700 miles)
		// southeast of Tehran" still reaches Tehran).
		counts := func(w string) int {
			lw := strings.ToLower(w)
			if stopWords[lw] || strings.IndexFunc(lw, unicode.IsDigit) >= 0 {
				return 0
			}
			return 1
		}
		prev := i
		for k, n := last, 0; k >= 0 && n < slotWindow && last-k < maxSlotSteps; k-- {
			if clause && boundary(words[k].End, prev) {
				break
			}
			near = append(near, words[k].Text)
			prev = words[k].Start
			n += counts(words[k].Text)
		}
		prev = j
		if first >= 0 {
			for k, n := first, 0; k < len(words) && n < slotWindow && k-first < maxSlotSteps; k++ {
				if clause && boundary(prev, words[k].Start) {
					break
				}
				near = append(near, words[k].Text)
				prev = words[k].End
				n += counts(words[k].Text)
			}
		}
		return near
	}
	near = collect(true)
	// A figure set off by commas ("Ann Lee, 32, died") takes its neighbours anyway.
	if len(Terms(strings.Join(near, " "))) == 0 {
		near = collect(false)
	}
	var out []string
	for _, t := range Terms(strings.Join(near, " ")) {
		if reportingWords[t] || strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
			continue
		}
		out = append(out, t)
	}
	return out
}
