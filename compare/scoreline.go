package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// scorelineRule compares two set-by-set scores ("1-6 7-6(9-7) 6-1 3-6 6-4"):
// they agree when every set matches, read from either side (a report may give
// the loser's view: "6-1 6-7 1-6"), and a tiebreak given by only one of them,
// or given only as the loser's points ("7-6(7)"), is no difference.
func scorelineRule(a, b *claims.Value) (bool, Severity) {
	x, y := strings.Fields(a.Words), strings.Fields(b.Words)
	if len(x) == 0 || len(y) == 0 {
		return true, None
	}
	if sameSets(x, y, false) || sameSets(x, y, true) {
		return true, None
	}
	return false, Major
}

// sameSets compares two lists of sets, the second read from the other side when flip is set.
func sameSets(x, y []string, flip bool) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		gx, tx := splitSet(x[i], false)
		gy, ty := splitSet(y[i], flip)
		if gx != gy || !sameTiebreak(tx, ty) {
			return false
		}
	}
	return true
}

// splitSet parts "7-6(9-7)" into its games "7-6" and tiebreak "9-7", both
// turned round when flip is set.
func splitSet(s string, flip bool) (games, tb string) {
	games, tb, _ = strings.Cut(s, "(")
	tb = strings.TrimSuffix(tb, ")")
	if flip {
		games = turn(games)
		tb = turn(tb)
	}
	return games, tb
}

// turn writes "a-b" as "b-a"; a lone figure stays as it is.
func turn(s string) string {
	if a, b, ok := strings.Cut(s, "-"); ok {
		return b + "-" + a
	}
	return s
}

// sameTiebreak compares two tiebreaks: one missing, or a lone figure (the
// loser's points) against the full score's smaller side, is no difference.
func sameTiebreak(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	loser := func(s string) string {
		x, y, ok := strings.Cut(s, "-")
		if !ok {
			return s
		}
		if len(x) < len(y) || len(x) == len(y) && x < y {
			return x
		}
		return y
	}
	if !strings.Contains(a, "-") || !strings.Contains(b, "-") {
		return loser(a) == loser(b)
	}
	return false
}

// scorelineNote names the first set two differing scorelines of a finding
// disagree on ("set 2: 7-6(9-7) (s1) vs 7-6(8-6) (s2)"), so an editor sees
// where the scores part without reading both lines; "" when none differ.
func scorelineNote(cs []claims.Claim) string {
	for i, a := range cs {
		if a.Value == nil || a.Value.Of != "scoreline" {
			continue
		}
		for _, b := range cs[i+1:] {
			if b.Value == nil || b.Value.Of != "scoreline" || b.Source == a.Source {
				continue
			}
			if ok, _ := scorelineRule(a.Value, b.Value); ok {
				continue
			}
			x, y := strings.Fields(a.Value.Words), strings.Fields(b.Value.Words)
			if len(x) != len(y) {
				return fmt.Sprintf("%d sets (%s) vs %d sets (%s)", len(x), a.Source, len(y), b.Source)
			}
			flip := !sameSets(x[:1], y[:1], false) && sameSets(x[:1], y[:1], true)
			for k := range x {
				if !sameSets(x[k:k+1], y[k:k+1], flip) {
					return fmt.Sprintf("set %d: %s (%s) vs %s (%s)", k+1, x[k], a.Source, y[k], b.Source)
				}
			}
		}
	}
	return ""
}
