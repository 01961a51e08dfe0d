package claims

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// The language detector is whatlanggo's trigram method, computed on integer trigrams.
// whatlanggo.Detect keys its maps by three-rune strings (a string made per trigram of the
// text, a string map probed 300 times per language) and sorts through reflection: about
// 4 ms of CPU per report, the largest fixed cost of a comparison. The profiles are the
// library's, written out by internal/langgen; the arithmetic below is the library's
// (detect.go and trigrams.go of whatlanggo v1.0.1), so the detected language and its
// confidence are the library's too (TestDetectLangAgrees and FuzzDetectLang check it),
// except that languages at exactly equal distance are taken in a fixed order where the
// library's map order picks one at random.

//go:generate go run ../internal/langgen -out language_data/trigrams.txt

// trigramText holds whatlanggo's language profiles, one language a line (see internal/langgen).
//
//go:embed language_data/trigrams.txt
var trigramText string

// The library's distance constants (whatlanggo constants.go).
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
)

// noTrigram packs a profile entry that is not three runes long: no text trigram equals it.
const noTrigram = ^uint64(0)

// langProfile is one language's trigrams, most frequent first, packed by packTrigram.
type langProfile struct {
	lang whatlanggo.Lang
	tris []uint64
}

// langProfiles are the profiles by script, each script's read from trigramText on
// first use (a comparison meets one or two scripts) and shared read-only.
var langProfiles = func() map[*unicode.RangeTable]func() []langProfile {
	out := map[*unicode.RangeTable]func() []langProfile{}
	for line := range strings.Lines(trigramText) {
		name, _, _ := strings.Cut(line, "\t")
		if t, ok := unicode.Scripts[name]; ok && out[t] == nil {
			out[t] = sync.OnceValue(func() []langProfile { return readProfiles(name) })
		}
	}
	return out
}()

// readProfiles reads the profiles of one script from trigramText.
func readProfiles(script string) []langProfile {
	var out []langProfile
	for line := range strings.Lines(trigramText) {
		rest, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), script+"\t")
		if !ok {
			continue
		}
		code, rest, _ := strings.Cut(rest, "\t")
		p := langProfile{lang: whatlanggo.CodeToLang(code), tris: make([]uint64, 0, strings.Count(rest, "\t")+1)}
		for rest != "" {
			var t string
			t, rest, _ = strings.Cut(rest, "\t")
			p.tris = append(p.tris, packString(t))
		}
		out = append(out, p)
	}
	return out
}

// packTrigram packs three runes (each below 1<<21) into one integer that orders like
// the UTF-8 strings of the runes.
func packTrigram(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// packString packs a three-rune string, or returns noTrigram.
func packString(s string) uint64 {
	var rs [3]rune
	n := 0
	for _, r := range s {
		if n == 3 {
			return noTrigram
		}
		rs[n] = r
		n++
	}
	if n != 3 {
		return noTrigram
	}
	return packTrigram(rs[0], rs[1], rs[2])
}

// detectLang returns the language of text and the detector's confidence, as
// whatlanggo.Detect does (-1 and 0 when there is none).
func detectLang(text string) (whatlanggo.Lang, float64) {
	script := scriptOf(text)
	if script == nil {
		return -1, 0
	}
	load, ok := langProfiles[script]
	if !ok {
		// A script of one language: the library answers without trigrams.
		info := whatlanggo.Detect(text)
		return info.Lang, info.Confidence
	}
	profiles := load()
	pos := trigramPositions(text)
	// The two least distances, the first in profile order on ties (the library sorts
	// the distances stably and reads the first two).
	lang1, dist1, dist2 := whatlanggo.Lang(-1), -1, -1
	for _, p := range profiles {
		d := p.distance(pos)
		switch {
		case dist1 < 0 || d < dist1:
			lang1, dist1, dist2 = p.lang, d, dist1
		case dist2 < 0 || d < dist2:
			dist2 = d
		}
	}
	switch {
	case dist1 < 0:
		return -1, 0
	case dist2 < 0:
		return lang1, 1
	}
	return langConfidence(lang1, maxTotalDistance-dist1, maxTotalDistance-dist2, len(pos))
}

// distance is whatlanggo's calculateDistance: how far each profile trigram's rank is
// from its rank in the text, maxTrigramDistance for one the text lacks.
func (p langProfile) distance(pos map[uint64]int32) int {
	d := 0
	for i, t := range p.tris {
		if n, ok := pos[t]; ok {
			d += intAbs(int(n) - i)
		} else {
			d += maxTrigramDistance
		}
	}
	return d
}

// langConfidence is whatlanggo's calculateConfidence on the scores of the two nearest
// languages and the number of distinct trigrams of the text.
func langConfidence(lang whatlanggo.Lang, score1, score2, trigrams int) (whatlanggo.Lang, float64) {
	if score1 == 0 {
		return -1, 0
	}
	if score2 == 0 {
		// The library divides the integer score by the untyped constant 500.0, which Go
		// makes an integer division.
		return lang, min(float64(score1/500), 1.0)
	}
	rate := float64(score1-score2) / float64(score2)
	confidentRate := 12.0/float64(trigrams) + 0.05
	if rate > confidentRate {
		return lang, 1.0
	}
	return lang, rate / confidentRate
}

// trigramPositions ranks the distinct trigrams of text, the most frequent first and
// equally frequent ones in descending string order, as whatlanggo's
// getTrigramsWithPositions does: the lower-cased text with punctuation, symbols, digits
// and spaces as spaces, padded with a space at each end, and no trigram whose middle is
// a space next to another space.
func trigramPositions(text string) map[uint64]int32 {
	counts := map[uint64]int32{}
	r1, r2 := ' ', rune(-1)
	step := func(r3 rune) {
		if r2 < 0 {
			r2 = r3
			return
		}
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			counts[packTrigram(r1, r2, r3)]++
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		if trigramSpace(r) {
			r = ' '
		}
		step(unicode.ToLower(r))
	}
	step(' ')
	type tc struct {
		t uint64
		n int32
	}
	ranked := make([]tc, 0, len(counts))
	for t, n := range counts {
		ranked = append(ranked, tc{t, n})
	}
	slices.SortFunc(ranked, func(a, b tc) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(b.t, a.t)
	})
	for i, x := range ranked {
		counts[x.t] = int32(i)
	}
	return counts
}

// trigramSpace is whatlanggo's test for a rune that counts as a space in trigrams.
func trigramSpace(r rune) bool {
	return unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r)
}

// intAbs returns the absolute value of n.
func intAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
