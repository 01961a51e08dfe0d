package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// nameContextSim is the sentence similarity a report's sentence must reach
// with the sentence spelling a name another way: the role evidence that the
// two spellings name one person in one context ("challenger Thompsno" /
// "challenger Thompson"), not two people who happen to be spelt alike.
const nameContextSim = 0.2

// nameSlipSim is the similarity a sentence needs, without a shared
// neighbouring word, when its report spells the name the other way elsewhere.
// Chosen from {0.2, 0.3, 0.4} leaving one event out at a time (ties to the
// stricter value): 0.3 in every fold; 0.2 finds no more planted respellings
// and sets a real report's own typo in an unrelated sentence against others.
const nameSlipSim = 0.3

// nameWord is one capitalised word of a sentence that may be part of a name.
type nameWord struct {
	word string // as written, possessive dropped
	prev string // the capitalised word before it ("Tony" in "Tony Thompson"), or ""
	// before and after are the lower-case words around it, the context a
	// second mention of one person tends to repeat ("challenger X", "X said").
	before, after string
}

// nameWords lists the capitalised words of a sentence that may be names:
// the words a respelling of a name changes. Acronyms, words with digits and
// words under four letters are left out.
func nameWords(sentence string) []nameWord {
	var out []nameWord
	prev := ""
	fields := strings.FieldsFunc(sentence, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`,;:!?()[]"“”—–/`, r)
	})
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	clean := make([]string, len(fields))
	for i, f := range fields {
		if n := strings.TrimRight(f, "."); n != "" && strings.Trim(n, "0123456789") == "" {
			// An age in apposition ("Brannok, 41, moors") is context a second
			// mention of the person repeats: kept, not trimmed away.
			clean[i] = n
			continue
		}
		w := strings.TrimFunc(f, notLetter)
		clean[i] = strings.TrimFunc(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), notLetter)
	}
	for i, w := range clean {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ToUpper(w) == w {
			prev = ""
			continue
		}
		if utf8.RuneCountInString(w) >= 4 && !strings.ContainsAny(w, "0123456789-") {
			nw := nameWord{word: w, prev: prev}
			if i > 0 {
				nw.before = strings.ToLower(clean[i-1])
			}
			if i+1 < len(clean) {
				nw.after = strings.ToLower(clean[i+1])
			}
			out = append(out, nw)
		}
		prev = w
	}
	return out
}

// sameContext reports whether two mentions share a neighbouring word that
// is not a function word: the role evidence of one person named twice.
func sameContext(a, b nameWord) bool {
	for _, x := range []string{a.before, a.after} {
		if x == "" || claims.IsStopWord(x) && !sayWords[x] {
			continue
		}
		if x == b.before || x == b.after {
			return true
		}
	}
	return false
}

// sayWords are function words that still tie a name to its context: "X said".
var sayWords = map[string]bool{"said": true, "says": true, "told": true}

// dictionaryWord reports whether a capitalised word is also a common word
// ("Court", "Bird"), whose variants are other words, not respellings.
func dictionaryWord(w string) bool {
	l := strings.ToLower(w)
	return claims.IsDictionaryWord(l) || claims.IsStopWord(l) || len(claims.Concepts(l)) > 0
}

// usedAsName reports whether some sentence gives the word after a
// capitalised word ("Cam Newton", "Mr Musk"): a dictionary word so used is a
// name, while "Somali pirates" is a word.
func usedAsName(spots []nameSpot) bool {
	for _, s := range spots {
		if s.w.prev != "" {
			return true
		}
	}
	return false
}

// respelt reports whether two name words are one name spelt two ways: at
// most one edit (two adjacent letters swapped count as one) in a word of up
// to six letters, two in a longer one, keeping the first letter.
func respelt(a, b string) bool {
	x, y := claims.Fold(foldAccents(a)), claims.Fold(foldAccents(b))
	if x == y || x == "" || y == "" || x[0] != y[0] || abs(len(x)-len(y)) > 1 {
		return false
	}
	limit := 1
	if len(x) > 6 && len(y) > 6 {
		limit = 2
	}
	return osaDistance(x, y) <= limit
}

// osaDistance is the optimal string alignment distance: Levenshtein with a
// swap of two adjacent letters as one edit, the commonest typing slip.
func osaDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// nameSpot is one sentence that spells a name word one way.
type nameSpot struct {
	u *unit
	w nameWord
}

// alignNameVariants finds a name word that only one report uses where other
// reports, in sentences about the same thing, use a respelling of it
// ("Thompsno" / "Thompson"): a single misspelt mention, even a surname alone
// in a shorter mention, and even when the report spells the name right
// elsewhere. Two spellings with different first names before them are two
// people ("Jane Smyth" / "John Smith"), not one name spelt twice.
func (m *model) alignNameVariants(known map[string]bool, cov *coverage) []Finding {
	spots := map[string][]nameSpot{}
	users := map[string]map[int]bool{}
	for _, us := range m.units {
		for _, u := range us {
			if u.stmt == nil {
				continue
			}
			for _, w := range nameWords(u.stmt.Sentence) {
				spots[w.word] = append(spots[w.word], nameSpot{u, w})
				if users[w.word] == nil {
					users[w.word] = map[int]bool{}
				}
				users[w.word][u.src] = true
			}
		}
	}
	words := make([]string, 0, len(spots))
	for w := range spots {
		words = append(words, w)
	}
	sort.Strings(words)
	var out []Finding
	done := map[[2]string]bool{}
	for _, x := range words {
		if len(users[x]) != 1 || dictionaryWord(x) || known[x] {
			continue
		}
		for _, y := range words {
			if y == x || len(users[y]) == 0 || !respelt(x, y) || strings.TrimSuffix(x, "s") == strings.TrimSuffix(y, "s") {
				continue
			}
			if dictionaryWord(y) && !usedAsName(spots[y]) {
				continue
			}
			pair := [2]string{min(x, y), max(x, y)}
			if done[pair] {
				continue // both spellings are one report's each: reported once
			}
			if f, us, ok := m.nameVariantFinding(x, y, spots, users); ok {
				done[pair] = true
				out = append(out, f)
				// The sentences differ on the name: they are no agreement.
				for _, p := range us {
					cov.add(p[:], true)
				}
			}
		}
	}
	return out
}

// nameVariantFinding sets each sentence spelling x against, in every other
// report, the most similar sentence spelling y, when similar enough.
func (m *model) nameVariantFinding(x, y string, spots map[string][]nameSpot, users map[string]map[int]bool) (Finding, [][2]*unit, bool) {
	f := Finding{Verdict: Discrepancy, Kind: "name", Severity: Minor, Rule: "name", Confidence: 0.6,
		Summary: x + " vs " + y}
	seen := map[*unit]bool{}
	var pairs [][2]*unit
	var ys []string
	srcX := -1
	swap := swapped(x, y)
	for _, a := range spots[x] {
		best := map[int]nameSpot{}
		bestSim := map[int]float64{}
		for _, b := range spots[y] {
			if b.u.src == a.u.src {
				continue
			}
			if otherFirstName(a.w, b.w) {
				continue // another first name: another person
			}
			if articles[a.w.before] || articles[b.w.before] {
				continue // "The Arder also announced": a thing or a typo, not a person's name (as inside agreements)
			}
			s := m.unitSim(a.u, b.u)
			need := nameContextSim
			switch {
			case users[y][a.u.src] && !sameContext(a.w, b.w) && s < nameSlipSim:
				// A report that spells the name the other way elsewhere
				// slipped once; that slip is set against other reports only
				// where the mentions share their context (or, inside an
				// agreement, by insidenames.go).
				continue
			case swap && sameContext(a.w, b.w):
				need = 0 // two letters swapped beside a shared word (nameswap.go)
			case swap:
				need = nameSwapSim
			}
			if s >= need && (s > bestSim[b.u.src] || best[b.u.src].u == nil) {
				best[b.u.src], bestSim[b.u.src] = b, s
			}
		}
		if len(best) == 0 {
			continue
		}
		if !seen[a.u] {
			seen[a.u] = true
			srcX = a.u.src
			f.Claims = append(f.Claims, nameClaim(mention{x, a.u}))
		}
		srcs := make([]int, 0, len(best))
		for s := range best {
			srcs = append(srcs, s)
		}
		sort.Ints(srcs)
		for _, s := range srcs {
			b := best[s]
			pairs = append(pairs, [2]*unit{a.u, b.u})
			if !seen[b.u] {
				seen[b.u] = true
				f.Claims = append(f.Claims, nameClaim(mention{y, b.u}))
				ys = append(ys, m.as[s].Doc.ID)
			}
		}
	}
	if len(f.Claims) < 2 {
		return Finding{}, nil, false
	}
	xs := m.as[srcX].Doc.ID
	f.Positions = []Position{{Value: x, Sources: []string{xs}}, {Value: y, Sources: sortedSet(ys)}}
	f.Reasons = []string{fmt.Sprintf("%s spells %q where %s, in matching sentences, spell %q", xs, x, strings.Join(sortedSet(ys), ", "), y),
		"rule: a name word only one report uses, one edit (or a swap of two letters) from another report's, in sentences about the same thing"}
	return f, pairs, true
}

// sortedSet returns the distinct strings, sorted.
func sortedSet(ss []string) []string {
	out := dedupe(ss)
	sort.Strings(out)
	return out
}
