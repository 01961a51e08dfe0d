package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// universalTime reports whether a clock time is stated in universal time ("1023 GMT",
// "10:23 UTC", "0900Z"). Reports often give both clocks side by side ("at 1353 (1023 GMT)");
// a universal time against a local one is two readings of two clocks, never one fact
// misreported, and claimdiff does not convert between them.
func universalTime(c *claims.Claim) bool {
	if c.Value == nil || c.Value.Type != "time" {
		return false
	}
	t := strings.ToUpper(c.Text)
	for _, z := range []string{"GMT", "UTC", "ZULU"} {
		if strings.Contains(t, z) {
			return true
		}
	}
	f := strings.Fields(t)
	return len(f) > 0 && len(f[len(f)-1]) > 1 && strings.HasSuffix(f[len(f)-1], "Z") && strings.Trim(f[len(f)-1], "0123456789:Z") == ""
}

// otherClock reports whether two times are read off different clocks.
func otherClock(a, b *claims.Claim) bool {
	return universalTime(a) != universalTime(b)
}
