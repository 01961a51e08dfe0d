package claims

import (
	"strings"
	"sync"
	"unicode"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// lemmatizer loads golem's English dictionary once; it is read-only afterwards.
var lemmatizer = sync.OnceValue(func() *golem.Lemmatizer {
	l, err := golem.New(en.New())
	if err != nil {
		return nil
	}
	return l
})

// Lemma returns the dictionary form of a lower-case word ("closed" → "close").
func Lemma(w string) string {
	if l := lemmatizer(); l != nil {
		return l.Lemma(w)
	}
	return w
}

// Words splits normalised text into word tokens with their byte spans.
func Words(s string) []Token {
	var out []Token
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

// SlotTerms returns the content lemmas near a value span: the words that say what it measures.
func SlotTerms(s string, i, j int) []string {
	words := Words(s)
	var before, after []string
	for _, t := range words {
		if t.End <= i {
			before = append(before, t.Text)
		} else if t.Start >= j {
			after = append(after, t.Text)
		}
	}
	var near []string
	if len(before) > 6 {
		before = before[len(before)-6:]
	}
	if len(after) > 4 {
		after = after[:4]
	}
	near = append(near, before...)
	near = append(near, after...)
	return Terms(strings.Join(near, " "))
}
