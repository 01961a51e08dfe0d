package claims

import "strings"

// Polarity is the negation, hedging and attribution of one sentence.
//
// Attribution is who the sentence says the statement comes from, outside any
// quotation: a name as written ("Tom Smith"), a lower-case noun phrase with its
// article dropped ("police", "spokesperson for the council"), a pronoun ("he")
// that the caller may resolve, AttributionVague for unnamed sources ("sources
// say", "experts say", "reportedly", "it is understood"), or "" when the
// sentence attributes nothing.
type Polarity struct {
	Negated     bool
	Hedged      bool
	Attribution string
}

// AttributionVague is the Attribution of statements credited to no one in particular.
const AttributionVague = "vague"

// negators negate a statement on their own.
var negators = wordSet("not", "never", "n't", "cannot", "denied", "denies", "deny", "denying", "neither", "nor",
	"none", "nobody", "nothing", "refused", "refuses", "refuse", "declined", "declines", "rejected", "rejects",
	"dismissed", "without")

// hedges mark a statement as uncertain.
var hedges = wordSet("alleged", "allegedly", "reportedly", "reported", "may", "might", "could", "possibly",
	"probably", "likely", "unlikely", "apparently", "suspected", "unconfirmed", "believed", "thought",
	"understood", "rumoured", "rumored", "purportedly", "supposedly", "seemingly", "perhaps", "appears",
	"appeared", "seems", "seemed", "estimated", "expected", "claimed", "claims", "suggests", "suggested")

// vagueAdverbs attribute a statement to unnamed sources by themselves.
var vagueAdverbs = wordSet("reportedly", "allegedly", "purportedly", "supposedly", "rumoured", "rumored")

// ReadPolarity reads negation, hedging and the attributed source from normalised text.
//
// Words inside double quotation marks are the quoted speaker's, so negation
// and hedges there count (they are what is claimed) but attribution does not.
func ReadPolarity(norm string) Polarity {
	var p Polarity
	ts := attrTokens(norm)
	inQuote := false
	vague := false
	for i, t := range ts {
		if t.text == "\"" {
			inQuote = !inQuote
			continue
		}
		if !t.word {
			continue
		}
		w := t.low
		next := ""
		if i+1 < len(ts) {
			next = ts[i+1].low
		}
		switch {
		case negators[w] && w != "without" && w != "declined" && w != "declines" && w != "refused" && w != "refuses" && w != "refuse":
			p.Negated = true
		case strings.HasSuffix(w, "n't") || w == "cant" || w == "wont" || w == "dont" || w == "didnt" || w == "doesnt":
			p.Negated = true
		case (w == "refused" || w == "refuses" || w == "refuse" || w == "declined" || w == "declines" || w == "failed" || w == "fails") && next == "to":
			p.Negated = true
		case w == "no" && (next == "longer" || i+1 < len(ts) && ts[i+1].word && !capTok(ts[i+1]) && t.text == "no"):
			p.Negated = true
		}
		if hedges[w] {
			switch w {
			case "reported", "believed", "thought", "understood", "expected", "estimated", "claimed", "appears", "appeared", "seems", "seemed":
				// Only as "is reported to", "is believed to", "it is understood".
				if next == "to" || next == "that" || i > 0 && (ts[i-1].low == "is" || ts[i-1].low == "was" || ts[i-1].low == "are" || ts[i-1].low == "were") && (next == "to" || i+1 >= len(ts) || !ts[i+1].word) {
					p.Hedged = true
				}
			case "claims", "suggests", "suggested":
				if next == "that" {
					p.Hedged = true
				}
			default:
				p.Hedged = true
			}
		}
		if !inQuote && vagueAdverbs[w] {
			vague = true
		}
		if !inQuote && (w == "understood" || w == "believed" || w == "thought") && i >= 2 && ts[i-2].low == "it" && ts[i-1].low == "is" {
			vague = true
		}
	}
	p.Attribution = readAttribution(ts)
	if p.Attribution == "" && vague {
		p.Attribution = AttributionVague
	}
	if p.Attribution != "" && p.Attribution != AttributionVague && isVague(p.Attribution) {
		p.Attribution = AttributionVague
	}
	if p.Attribution == AttributionVague {
		p.Hedged = true
	}
	return p
}

// readAttribution finds "according to X", "X said" or "said X" outside quotations.
func readAttribution(ts []atok) string {
	inQuote := false
	outside := make([]bool, len(ts))
	for i, t := range ts {
		if t.text == "\"" {
			inQuote = !inQuote
			continue
		}
		outside[i] = !inQuote
	}
	phrase := func(a, b int) string {
		if b <= a {
			return ""
		}
		for k := a; k < b; k++ {
			if !outside[k] {
				return ""
			}
		}
		var ws []string
		for k := a; k < b; k++ {
			ws = append(ws, ts[k].text)
		}
		return speakerPhrase(strings.Join(ws, " "))
	}
	for i := 0; i+1 < len(ts); i++ {
		if outside[i] && ts[i].low == "according" && ts[i+1].low == "to" {
			a, b := npAfter(ts, i+2)
			if ph := phrase(a, b); ph != "" {
				return ph
			}
		}
	}
	for v, t := range ts {
		if !outside[v] || !saidAt(ts, v) || ambiguousSaid[t.low] && !saidComplement(ts, v) {
			continue
		}
		if t.low == "reported" || t.low == "reports" || t.low == "believe" || t.low == "believes" || t.low == "thinks" {
			if v > 0 && (ts[v-1].low == "is" || ts[v-1].low == "was" || ts[v-1].low == "are" || ts[v-1].low == "were") {
				continue
			}
		}
		if v > 0 && (ts[v-1].low == "is" || ts[v-1].low == "was" || ts[v-1].low == "were" || ts[v-1].low == "are" || ts[v-1].low == "be" || ts[v-1].low == "been") {
			continue // passive: "is said to", "was told"
		}
		a, b := npBefore(ts, v)
		if ph := phrase(a, b); ph != "" {
			return ph
		}
		if v == 0 || ts[v-1].text == "," || ts[v-1].text == "\"" {
			a, b := npAfter(ts, v+1)
			if ph := phrase(a, b); ph != "" {
				return ph
			}
		}
	}
	return ""
}

func (p Polarity) apply(c *Claim) {
	c.Negated = p.Negated
	c.Hedged = p.Hedged
	c.Attribution = p.Attribution
}

// ambiguousSaid are verbs of saying that are often adjectives or other verbs
// ("alleged links", "reported cases"); they attribute only before a clause.
var ambiguousSaid = wordSet("alleged", "reported", "estimated", "indicated", "revealed", "disclosed", "denied",
	"promised", "predicted", "urged", "believes", "believe", "states", "notes", "reports", "claims", "comments")

// saidComplement reports whether the verb at v is followed by a clause: "that",
// a pronoun, a comma, a colon, a quotation or the end.
func saidComplement(ts []atok, v int) bool {
	if v+1 >= len(ts) {
		return true
	}
	n := ts[v+1]
	return !n.word || n.low == "that" || subjectPronouns[n.low] || n.low == "to"
}
