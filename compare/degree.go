package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// degreeSim is the sentence similarity a degree conflict needs.
const degreeSim = 0.3

// Degree adverbs that grade a quality as enough or not enough: "well
// equipped" and "insufficiently equipped" cannot both be true of one climber.
var (
	enoughWords    = map[string]bool{"well": true, "adequately": true, "sufficiently": true, "properly": true, "amply": true, "fully": true}
	notEnoughWords = map[string]bool{"insufficiently": true, "inadequately": true, "poorly": true, "badly": true, "ill": true,
		"improperly": true, "under": true, "barely": true, "partly": true, "partially": true}
)

// degrees maps the lemma of each graded word of a sentence to +1 (enough) or
// -1 (not enough): "well equipped" → equip: +1, "ill-equipped" → equip: -1.
func degrees(sentence string) map[string]int {
	out := map[string]int{}
	ws := strings.Fields(strings.ToLower(sentence))
	for i, w := range ws {
		w = strings.Trim(w, `.,;:!?"'()`)
		adv, word := w, ""
		if k := strings.IndexByte(w, '-'); k > 0 {
			adv, word = w[:k], w[k+1:]
		} else if i+1 < len(ws) {
			word = strings.Trim(ws[i+1], `.,;:!?"'()`)
		}
		if word == "" {
			continue
		}
		switch {
		case enoughWords[adv]:
			out[claims.Lemma(word)] = 1
		case notEnoughWords[adv]:
			out[claims.Lemma(word)] = -1
		}
	}
	return out
}

// degreeClash reports whether two matching sentences grade the same quality
// oppositely ("well equipped" / "insufficiently equipped"), and says which.
func degreeClash(p pair) (string, bool) {
	if p.a.stmt == nil || p.b.stmt == nil || p.score < degreeSim || p.a.stmt.Hedged || p.b.stmt.Hedged {
		return "", false
	}
	da, db := p.a.graded(), p.b.graded()
	if len(da) == 0 || len(db) == 0 {
		return "", false
	}
	words := make([]string, 0, len(da))
	for w := range da {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if x, ok := db[w]; ok && x != da[w] && !claims.IsStopWord(w) {
			yes, no := p.a.stmt.Source, p.b.stmt.Source
			if da[w] < 0 {
				yes, no = no, yes
			}
			return fmt.Sprintf("%s says %q enough; %s says not enough", yes, w, no), true
		}
	}
	return "", false
}

// graded returns the graded words of a unit's sentence, reading it once.
func (u *unit) graded() map[string]int {
	if u.deg == nil {
		u.deg = degrees(u.stmt.Sentence)
	}
	return u.deg
}
