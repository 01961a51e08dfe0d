package reports

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean removes terminal control sequences and control characters from
// article text, so a hostile report cannot move the cursor or recolour a
// terminal when its sentences are printed.
func Clean(s string) string {
	if !needsClean(s) {
		return s // most text has nothing to drop: no copy (a report holds ~10^5 such strings)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0x1b { // ESC: skip a CSI/OSC sequence
			i++
			if i < len(s) && (s[i] == '[' || s[i] == ']') {
				osc := s[i] == ']'
				for i++; i < len(s); i++ {
					if osc && (s[i] == 0x07 || s[i] == 0x1b) {
						break
					}
					if !osc && s[i] >= 0x40 && s[i] <= 0x7e {
						break
					}
				}
			}
			continue
		}
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			continue
		}
		b.WriteByte(c)
	}
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cc, r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, b.String())
}

// needsClean reports whether Clean would change s: a C0 control other than newline
// and tab, DEL, a C1 control (UTF-8 0xC2 0x80-0x9F) or invalid UTF-8.
func needsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return true
		}
	}
	return !utf8.ValidString(s)
}
