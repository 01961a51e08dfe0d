package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// presentPeriod reports whether a date names the period the report is written
// in ("this year's team", "so far this month", "the current season"): such a
// sentence speaks of the event's own time, not of an earlier happening, so
// the date does not mark its figures as background.
func presentPeriod(c *claims.Claim) bool {
	for _, w := range strings.Fields(strings.ToLower(c.Text)) {
		switch strings.Trim(w, ".,;:'’") {
		case "this", "current", "present":
			return true
		}
	}
	return false
}
