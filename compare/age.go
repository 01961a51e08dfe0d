package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// otherHolder reports whether two ages are about two different people: each
// has a personal name beside it and the names differ ("Joseph Rosenbaum, 36" and
// "Anthony Huber, 26"). An age is its holder's; two people's ages are never one
// fact, however alike the sentences that give them.
func otherHolder(a, b vitem) bool {
	// Only personal names count: the nearest capitalised word is often a
	// nationality or a place ("a 36-year-old Australian man"), no holder at all.
	return a.c.Value.Type == "age" && b.c.Value.Type == "age" && personLike(a.anchor) && personLike(b.anchor) &&
		!claims.SameEntity(a.anchor, b.anchor)
}

// earlierAge reports whether an age is given for an earlier time than the
// report's: "the then-17-year-old", "then 17", "17 at the time" state what the
// person's age was, which a later "18" does not contradict.
func earlierAge(c *claims.Claim, u *unit) bool {
	if c.Value == nil || c.Value.Type != "age" || u.stmt == nil {
		return false
	}
	sent := strings.ToLower(u.stmt.Sentence)
	at, end := c.Start-u.stmt.Start, c.End-u.stmt.Start
	if at < 0 || end > len(sent) || at > end {
		return false
	}
	before := " " + strings.TrimRight(sent[:at], " -‑")
	if strings.HasSuffix(before, " then") || strings.HasSuffix(before, "-then") || strings.HasSuffix(before, " then aged") {
		return true
	}
	after := sent[end:]
	return strings.HasPrefix(after, " at the time") || strings.HasPrefix(after, ", at the time")
}
