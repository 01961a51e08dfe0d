package compare

import "github.com/claimdiff/claimdiff/claims"

// tallyRule agrees when both sides of a vote or score are equal.
func tallyRule(a, b *claims.Value) (bool, Severity) {
	if a.Of == "scoreline" && b.Of == "scoreline" {
		return scorelineRule(a, b)
	}
	if a.For == nil || b.For == nil || a.Against == nil || b.Against == nil {
		return true, None
	}
	if *a.For == *b.For && *a.Against == *b.Against {
		return true, None
	}
	return false, Major
}
