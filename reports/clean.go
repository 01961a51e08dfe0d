package reports

import (
	"strings"
	"unicode"
)

// Clean removes terminal control sequences and control characters from
// article text, so a hostile report cannot move the cursor or recolour a
// terminal when its sentences are printed.
func Clean(s string) string {
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
