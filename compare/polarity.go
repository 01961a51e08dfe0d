package compare

import (
	"fmt"

	"github.com/claimdiff/claimdiff/claims"
)

// polarityConflict reports whether sentences that otherwise match disagree on
// negation ("confirmed" vs "has not confirmed"). Hedged sentences are left
// alone: "may have" against "did" is caution, not contradiction.
func polarityConflict(us []*unit) (string, bool) {
	var pos, neg *unit
	for _, u := range us {
		if u.stmt == nil || u.stmt.Hedged {
			continue
		}
		if u.stmt.Negated {
			neg = u
		} else {
			pos = u
		}
	}
	if pos == nil || neg == nil || cosine(pos, neg) < 0.55 {
		return "", false
	}
	return fmt.Sprintf("one report negates the statement the other makes (%s)", claims.KindPolarity), true
}
