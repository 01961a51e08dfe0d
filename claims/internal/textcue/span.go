package textcue

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// EndsSentence reports whether text ends with sentence-final punctuation, possibly
// followed by closing quotes or brackets.
func EndsSentence(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’)]»", r)
	})
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", r)
}

// TrimSpan narrows [a, b) of s to exclude leading and trailing white space and
// invisible format characters.
func TrimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, size := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) && !invisible(r) {
			break
		}
		a += size
	}
	for b > a {
		r, size := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) && !invisible(r) {
			break
		}
		b -= size
	}
	return a, b
}

// invisible reports zero-width format characters that occur in pasted web text.
func invisible(r rune) bool {
	return r == '\ufeff' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\u00ad'
}
