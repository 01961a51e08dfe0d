package compare

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
)

// editionYear reports whether a year names which edition of something a
// sentence speaks of rather than when the reported event happened: "the 2013
// Academy Awards", "the 2008 financial crisis", "its 2019 report". Such years
// tell recurring events apart; two of them differing is no contradiction.
func editionYear(c *claims.Claim) bool {
	if c.Value == nil || c.Value.Type != "date" || c.Value.Grain != "year" {
		return false
	}
	i := strings.Index(c.Sentence, c.Text)
	if i < 0 {
		return false
	}
	before := strings.Fields(strings.ToLower(c.Sentence[:i]))
	after := strings.Fields(c.Sentence[i+len(c.Text):])
	if len(after) == 0 {
		return false
	}
	next := strings.TrimLeft(after[0], "\"'“‘(")
	r := []rune(next)
	if len(r) == 0 || !unicode.IsLetter(r[0]) {
		return false // "in 2007, she ..." or "in 2007." dates the sentence
	}
	if len(before) > 0 {
		switch before[len(before)-1] {
		case "the", "its", "their", "his", "her", "a", "an", "this", "that", "last", "next":
			return true // a determiner before the year: the year modifies the noun after it
		case "in", "since", "until", "by", "from", "during", "of", "before", "after":
			return false // a preposition before the year: it dates something
		}
	}
	return unicode.IsUpper(r[0]) // "at Wimbledon 2023 Final", "Euro 2024 Final"
}
