package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A dash typed as a hyphen without spaces ("the three workers-two women and a
// man-were killed") joins the words around an aside into one word, hiding
// the aside and the clause's verb. A hyphen is read as a dash only where no
// compound can stand: before a finite "to be"/"to have" ("man-were") or
// between a plural noun and a number word ("workers-two"); "twenty-two",
// "number-one" and "must-have" stay words.

// dashPart is a byte range of a word, or a hyphen read as a dash.
type dashPart struct {
	start, end int
	dash       bool
}

// dashAfter are finite verbs no compound ends in.
var dashAfter = map[string]bool{"were": true, "was": true, "is": true, "are": true, "had": true, "has": true}

// dashParts splits the word s[start:end] at the hyphens that are dashes.
func dashParts(s string, start, end int) []dashPart {
	w := s[start:end]
	if !strings.Contains(w, "-") {
		return []dashPart{{start: start, end: end}}
	}
	var out []dashPart
	from := start
	for i := start; i < end; i++ {
		if s[i] != '-' || i == from || i+1 >= end {
			continue
		}
		left := strings.ToLower(s[from:i])
		right := strings.ToLower(s[i+1 : end])
		if j := strings.IndexByte(right, '-'); j >= 0 {
			right = right[:j]
		}
		if !hyphenDash(left, right) {
			continue
		}
		out = append(out, dashPart{start: from, end: i}, dashPart{start: i, end: i + 1, dash: true})
		from = i + 1
	}
	return append(out, dashPart{start: from, end: end})
}

// hyphenDash reports whether a hyphen between two parts of a word is a dash.
func hyphenDash(left, right string) bool {
	if !isLetters(left) || !isLetters(right) || len(left) < 3 {
		return false
	}
	if dashAfter[right] {
		return true
	}
	plural := strings.HasSuffix(left, "s") && !strings.HasSuffix(left, "ss")
	return plural && claims.IsNumberWord(right) && !claims.IsNumberWord(left)
}

// isLetters reports whether a string is ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
