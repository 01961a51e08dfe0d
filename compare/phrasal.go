package compare

// Phrasal verbs say in two words what one verb says ("stand down", "step
// down": resign). The lexicon knows single words only, so a negated "will
// not stand down" never met "will step down". Each phrasal verb here is read
// as the one verb it means, besides its own words. The list is reviewed by
// hand: only verbs of what news reports (leaving office, calling off,
// putting off, withdrawing), and no particle verb whose sense is a negation
// ("turn down", "rule out"), which the implicit negators handle.
var phrasalVerbs = map[string]string{
	"stand down": "resign", "step down": "resign", "step aside": "resign",
	"call off": "cancel", "put off": "postpone", "push back": "postpone",
	"pull out": "withdraw", "back out": "withdraw",
}

// phrasalAt returns the verb that tokens k and k+1 say as a phrasal verb, or "".
func phrasalAt(ts []ntok, k int) string {
	if k+1 >= len(ts) || !ts[k].word || !ts[k+1].word {
		return ""
	}
	return phrasalVerbs[ts[k].lemma+" "+ts[k+1].low]
}
