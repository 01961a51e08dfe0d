package compare

import "github.com/claimdiff/claimdiff/claims"

// wordForms records how the sentences of one comparison write their words, so
// a sentence gains another spelling of a word only when some sentence uses
// that spelling: "pin-up" meets "pinup", "four-by-four" meets "4x4", "Member
// of Parliament" meets "MP". A form no sentence uses would only dilute the
// similarity of the sentence that carries it.
type wordForms struct {
	terms map[string]bool // content lemmas of the statements
	acr   map[string]bool // acronyms, lower-cased
	ini   map[string]bool // initials of capitalised phrases
}

// collectForms reads the word forms of every statement of the comparison.
func collectForms(as []*Analysis) wordForms {
	w := wordForms{terms: map[string]bool{}, acr: map[string]bool{}, ini: map[string]bool{}}
	for _, a := range as {
		for k := range a.Claims {
			c := &a.Claims[k]
			if c.Kind != claims.KindStatement {
				continue
			}
			for _, t := range c.Terms {
				w.terms[t] = true
			}
			for _, t := range claims.Acronyms(c.Sentence) {
				w.acr[t] = true
			}
			for _, t := range claims.PhraseInitials(c.Sentence) {
				w.ini[t] = true
			}
		}
	}
	return w
}

// extra lists the other forms of a statement's words that some statement of
// the comparison uses: compound parts and joined compounds found among the
// statements' lemmas, and acronyms met by the initials of a capitalised phrase
// (either way round).
func (w wordForms) extra(c *claims.Claim) []string {
	var out []string
	for _, f := range claims.CompoundForms(c.Sentence) {
		if w.terms[f] {
			out = append(out, f)
		}
	}
	for _, a := range claims.Acronyms(c.Sentence) {
		if w.ini[a] {
			out = append(out, a) // the acronym as a term even where it is a stop word ("US")
		}
	}
	for _, i := range claims.PhraseInitials(c.Sentence) {
		if w.acr[i] {
			out = append(out, i)
		}
	}
	return out
}
