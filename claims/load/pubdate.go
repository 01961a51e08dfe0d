package load

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// pubLabel opens a line giving the page's publication or update time.
var pubLabel = textcue.Lazy(`^(?i)(first published|published|posted|last updated|last modified|updated|modified)(\s+(on|at))?\s*:?\s*`)

// maxPubDateLines is how many lines from the top of a report are searched for a
// "Published:" or "Updated:" line: they sit beside the headline.
const maxPubDateLines = 12

// labelledPublished reads the publication date from a "Published: 10 May 2026" or
// "Updated 5/5/2026 1:41 PM" line near the top of body. A published or posted line wins
// over an updated one; a label alone on its line takes the date from the next line.
func labelledPublished(body string) (time.Time, bool) {
	lines := firstLines(body, maxPubDateLines)
	var updated time.Time
	for i, l := range lines {
		loc := pubLabel.FindStringSubmatchIndex(l)
		if loc == nil {
			continue
		}
		label := strings.ToLower(l[loc[2]:loc[3]])
		rest := strings.TrimSpace(l[loc[1]:])
		if rest == "" && i+1 < len(lines) {
			rest = lines[i+1]
		}
		// "Posted ... Updated ..." on one line: read the first date only.
		if k := pubLabel.FindStringIndex(strings.TrimSpace(rest)); k != nil && k[0] > 0 {
			rest = rest[:k[0]]
		}
		if j := strings.Index(strings.ToLower(rest), " updated"); j > 0 {
			rest = rest[:j]
		}
		t, ok := datelineDate(strings.Trim(rest, " |,-–—"))
		if !ok {
			continue
		}
		if strings.Contains(label, "updated") || strings.Contains(label, "modified") {
			if updated.IsZero() {
				updated = t
			}
			continue
		}
		return t, true
	}
	return updated, !updated.IsZero()
}
