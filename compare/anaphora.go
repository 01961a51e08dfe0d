package compare

// definiteFor reports whether a negated clause's subject is a definite description — "the"
// and one common noun ("the company", "the airline") — and the other sentence names its own
// subject with a proper name ("Vale Water has accepted ..."): news reports name an
// organisation or person once and then refer to it so, and "the company has not accepted
// responsibility" denies what "Vale Water has accepted responsibility" asserts. The clause's
// other words must still match (denies counts them).
func (r negReading) definiteFor(s negScope, b negReading) bool {
	if len(r.subject(s)) != 1 {
		return false
	}
	// The subject's noun stands right after "the", with nothing but auxiliaries to the negator.
	k := s.at - 1
	for k >= 0 && r.toks[k].word && auxiliaries[r.toks[k].low] {
		k--
	}
	if k < 1 || !r.toks[k].word || r.toks[k].caps || r.toks[k-1].low != "the" {
		return false
	}
	// The other sentence opens with a name of two or more capitalised words.
	n := 0
	for _, t := range b.toks {
		if !t.word || !t.caps {
			break
		}
		n++
	}
	return n >= 2
}

// auxiliaries stand between a subject and its negator ("has not", "was not", "did not").
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "are": true,
	"were": true, "does": true, "did": true, "do": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "be": true, "been": true}
