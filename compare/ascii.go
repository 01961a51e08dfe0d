package compare

import "unicode/utf8"

// isASCII reports whether s holds only ASCII bytes, which Unicode normalisation leaves alone.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
