package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteParts is a quotation's comparison form and the editorial marks found in it.
type QuoteParts struct {
	// Canonical is lower case with bracketed insertions removed, ellipses as " ... ",
	// quote marks dropped, other punctuation reduced to commas and full stops.
	Canonical string
	// Inserted are the editor's bracketed insertions ("[of Parliament]"), as written.
	Inserted []string
	// Elided is true when the quotation marks a cut ("..." or "[...]").
	Elided bool
}

// CanonicalQuote returns the comparison form of quoted words and their editorial marks.
//
// Two reports quoting the same words with different brackets, ellipses, quote
// marks or capitals get forms where one contains the other, or equal ones.
func CanonicalQuote(words string) QuoteParts {
	n, _ := Normalize(words)
	var qp QuoteParts
	var b strings.Builder
	for i := 0; i < len(n); {
		c := n[i]
		switch {
		case c == '[' || c == '(' && strings.HasPrefix(n[i:], "(...)"):
			closer := byte(']')
			if c == '(' {
				closer = ')'
			}
			j := strings.IndexByte(n[i+1:], closer)
			if j < 0 {
				b.WriteByte(' ')
				i++
				continue
			}
			inner := strings.TrimSpace(n[i+1 : i+1+j])
			if strings.Trim(inner, ". ") == "" {
				qp.Elided = true
				b.WriteString(" ... ")
			} else {
				qp.Inserted = append(qp.Inserted, inner)
				b.WriteByte(' ')
			}
			i += j + 2
		case c == '.' && strings.HasPrefix(n[i:], ".."):
			qp.Elided = true
			b.WriteString(" ... ")
			for i < len(n) && n[i] == '.' {
				i++
			}
		case c == '"':
			b.WriteByte(' ')
			i++
		case c == '\'':
			// Keep apostrophes inside words (don't, children's), drop quote marks.
			prevLetter := i > 0 && quoteWordByte(n[i-1])
			nextLetter := i+1 < len(n) && quoteWordByte(n[i+1])
			if prevLetter && (nextLetter || n[i-1] == 's' && i >= 2) {
				if nextLetter {
					b.WriteByte('\'')
				} else {
					b.WriteByte(' ')
				}
			} else {
				b.WriteByte(' ')
			}
			i++
		case c == ',' || c == '.' || c == '%' || c == '$' || c == '&' || c == '-' || c == '/':
			if c == '-' && !(i > 0 && quoteWordByte(n[i-1]) && i+1 < len(n) && quoteWordByte(n[i+1])) {
				b.WriteByte(' ')
			} else {
				b.WriteByte(c)
			}
			i++
		case c == ';' || c == ':' || c == '!' || c == '?':
			b.WriteByte(',')
			i++
		case c < utf8.RuneSelf && !quoteWordByte(c):
			b.WriteByte(' ')
			i++
		default:
			r, size := utf8.DecodeRuneInString(n[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSymbol(r) {
				b.WriteString(strings.ToLower(n[i : i+size]))
			} else {
				b.WriteByte(' ')
			}
			i += size
		}
	}
	qp.Canonical = tidyCanonical(strings.ToLower(b.String()))
	return qp
}

// quoteWordByte reports whether an ASCII byte is a letter or digit (non-ASCII bytes count as letters).
func quoteWordByte(c byte) bool {
	return c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// tidyCanonical collapses spaces, attaches commas and full stops to the word before,
// and trims punctuation at both ends.
func tidyCanonical(s string) string {
	f := strings.Fields(s)
	var out []string
	for _, w := range f {
		if w == "..." {
			if len(out) > 0 && out[len(out)-1] == "..." {
				continue
			}
			out = append(out, w)
			continue
		}
		if strings.Trim(w, ",.") == "" {
			// A lone mark joins the previous word once ("charm ," → "charm,").
			if len(out) > 0 && out[len(out)-1] != "..." {
				last := strings.TrimRight(out[len(out)-1], ",.")
				out[len(out)-1] = last + w[:1]
			}
			continue
		}
		out = append(out, w)
	}
	// Repeated marks inside a word ("word,," → "word,").
	for i, w := range out {
		for strings.Contains(w, ",,") || strings.Contains(w, ".,") || strings.Contains(w, ",.") {
			w = strings.NewReplacer(",,", ",", ".,", ",", ",.", ".").Replace(w)
		}
		out[i] = w
	}
	res := strings.Join(out, " ")
	return strings.TrimSpace(strings.Trim(res, ",. "))
}
