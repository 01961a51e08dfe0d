package claims

import (
	"strings"
	"unicode"
)

// maxAcronym is the longest acronym read, in letters: longer runs of capitals are shouted words.
const maxAcronym = 6

// Acronyms lists the acronyms of s, lower-cased: words of two to six capital
// letters ("MP", "UAE", "FDIC"). A sentence set mostly in capitals (a shouted
// headline) has none: its capitalised words are ordinary words.
func Acronyms(s string) []string {
	words := Words(s)
	var caps []string
	letters := 0
	for _, t := range words {
		if strings.IndexFunc(t.Text, unicode.IsLetter) < 0 {
			continue
		}
		letters++
		if capsWord(t.Text) {
			caps = append(caps, strings.ToLower(t.Text))
		}
	}
	if len(caps) == 0 || 2*len(caps) > letters {
		return nil
	}
	return caps
}

// capsWord reports whether a word is two to six capital letters and nothing else.
func capsWord(w string) bool {
	if len(w) < 2 || len(w) > maxAcronym {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// phraseJoiners may stand inside a capitalised name without an initial of
// their own ("Member of Parliament" is an MP). Acronyms that keep a joiner
// ("DoJ") are not read.
var phraseJoiners = map[string]bool{"of": true, "and": true, "for": true, "the": true, "&": true}

// PhraseInitials lists the lower-case initials of every run of two to six
// capitalised words in s ("Member of Parliament" → "mp", "United Arab
// Emirates" → "uae", and "ua", "ae" of its parts), the forms an acronym of
// another report can take. An acronym itself gives none.
func PhraseInitials(s string) []string {
	var out []string
	seen := map[string]bool{}
	var run []string // initials of the current run of capitalised words
	flush := func() {
		for i := range run {
			for j := i + 2; j <= len(run) && j-i <= maxAcronym; j++ {
				ini := strings.Join(run[i:j], "")
				if !seen[ini] {
					seen[ini] = true
					out = append(out, ini)
				}
			}
		}
		run = run[:0]
	}
	words := Words(s)
	prev := 0
	for k, t := range words {
		if strings.ContainsAny(s[prev:t.Start], ",;:()\"“”") {
			flush()
		}
		prev = t.End
		r := []rune(t.Text)
		switch {
		case len(run) > 0 && phraseJoiners[t.Text] && k+1 < len(words) && capitalised(words[k+1].Text):
			// a joiner inside a name adds no initial
		case capitalised(t.Text) && !capsWord(t.Text):
			run = append(run, string(unicode.ToLower(r[0])))
		default:
			flush()
		}
	}
	flush()
	return out
}

// capitalised reports whether a word starts with a capital letter and goes on in lower case.
func capitalised(w string) bool {
	r := []rune(w)
	return len(r) >= 2 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1])
}
