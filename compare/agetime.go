package compare

import "strings"

// earlierAge reports whether an age is marked as the person's age at an
// earlier time ("the then-17-year-old", "then 17", "17 at the time"): it is
// no contradiction of the age the person is now ("Lee, 18"). Both ages
// marked so, or neither, may state one fact.
func earlierAge(it vitem) bool {
	if it.c.Value == nil || it.c.Value.Type != "age" || it.u.stmt == nil {
		return false
	}
	sent := it.u.stmt.Sentence
	at := it.c.Start - it.u.stmt.Start
	end := at + (it.c.End - it.c.Start)
	if at < 0 || end > len(sent) || at > end {
		return false
	}
	// "then" as a word of its own, before the age or glued to it by a dash.
	before := " " + strings.ToLower(strings.TrimRight(sent[:at], " -‑–"))
	if strings.HasSuffix(before, " then") || strings.HasSuffix(before, "-then") || strings.HasSuffix(before, "—then") {
		return true
	}
	after := strings.ToLower(strings.TrimLeft(sent[end:], " ,"))
	return strings.HasPrefix(after, "at the time")
}

// ageTimesDiffer reports whether one of two ages is marked as an earlier
// age and the other is not.
func ageTimesDiffer(a, b vitem) bool {
	return earlierAge(a) != earlierAge(b)
}
