package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// replacements fold typographic variants to the ASCII forms the extractors match on.
var replacements = map[rune]string{
	'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
	'\u201c': `"`, '\u201d': `"`, '\u201e': `"`, '\u201f': `"`, '\u2033': `"`,
	'\u00ab': `"`, '\u00bb': `"`,
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u00a0': " ", '\u2007': " ", '\u202f': " ", '\u2009': " ", '\u200a': " ", '\u2002': " ", '\u2003': " ",
	'\u2026': "...",
	'\u200b': "", '\u200c': "", '\u200d': "", '\ufeff': "", '\u00ad': "",
}

// Normalize returns s folded for matching (NFKC, ASCII quotes, dashes and spaces)
// and a map from each byte of the result (plus one past the end) to a byte of s.
//
// The map is what lets every claim found in normalised text point back at the
// exact bytes a reader sees in the original report.
func Normalize(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	m := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var out string
		// ASCII first: no replacement is ASCII, and most runes of a report are.
		if r < utf8.RuneSelf {
			if r == '\t' || r == '\r' || r == '\n' {
				out = " "
			} else {
				out = s[i : i+size]
			}
		} else if r == '\u2014' && letterAround(s, i, size) {
			// An em dash set solid between words ("26 people—including 19
			// children—were killed") parts them as a spaced one does; folded
			// to a bare hyphen it would glue "children-were" into one word.
			out = " - "
		} else if rep, ok := replacements[r]; ok {
			out = rep
		} else if r == utf8.RuneError && size == 1 {
			out = "\ufffd"
		} else if unicode.IsSpace(r) {
			out = " "
		} else {
			out = norm.NFKC.String(s[i : i+size])
		}
		for k := 0; k < len(out); k++ {
			m = append(m, i)
		}
		b.WriteString(out)
		i += size
	}
	m = append(m, len(s))
	return b.String(), m
}

// Fold returns the normalised, lower-cased form of s used for comparisons.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	n, _ := Normalize(s)
	return strings.ToLower(strings.Join(strings.Fields(n), " "))
}

// letterAround reports whether the rune at s[i:i+size] stands between two letters.
func letterAround(s string, i, size int) bool {
	if i == 0 || i+size >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// foldASCII is Fold for ASCII text, in one pass and one allocation: Normalize changes
// nothing in ASCII but tabs and line breaks, which strings.Fields splits on anyway. Names
// and phrases are folded in every pairwise test, so this is most of Fold's calls.
func foldASCII(s string) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for ; i < len(s) && !asciiSpace(s[i]); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String(), true
}

// asciiSpace reports the ASCII bytes strings.Fields (unicode.IsSpace) splits on.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
