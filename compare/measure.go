package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// measureClass names what befell the people a count counts: news reports give
// several tolls of one event side by side ("12 killed and 40 injured, 3
// missing"), and a toll of the dead is never a toll of the injured, however
// alike the words around them. The classes are the outcomes news counts
// people by; each lists the lemmas (verbs, participles, adjectives and nouns)
// that say it.
var measureClass = map[string]string{
	"kill": "dead", "killed": "dead", "dead": "dead", "die": "dead", "died": "dead", "death": "dead",
	"fatality": "dead", "fatal": "dead", "body": "dead", "toll": "dead", "life": "dead", "perish": "dead",
	"injure": "hurt", "injured": "hurt", "injury": "hurt", "wound": "hurt", "wounded": "hurt", "hurt": "hurt",
	"hospitalise": "hurt", "hospitalize": "hurt", "hospital": "hurt", "treat": "hurt", "casualty": "hurt",
	"missing": "missing", "miss": "missing", "unaccounted": "missing",
	"rescue": "rescued", "rescued": "rescued", "save": "rescued", "evacuate": "evacuated", "evacuated": "evacuated",
	"arrest": "arrested", "arrested": "arrested", "detain": "arrested", "detained": "arrested", "custody": "arrested",
	"charge": "charged", "charged": "charged", "convict": "convicted", "acquit": "acquitted",
	"displace": "displaced", "homeless": "displaced",
	"aboard": "aboard", "onboard": "aboard", "passenger": "aboard", "crew": "aboard",
}

// severeWords grade an injury as grave: a count of the critically or seriously
// hurt is a part of the hurt, never the whole toll of them.
var severeWords = map[string]bool{
	"critical": true, "critically": true, "serious": true, "seriously": true, "grave": true, "gravely": true,
	"life-threatening": true,
}

// measureOf returns the outcome a count of people states, from its counted noun
// and the words around it, or "" when it names none or more than one.
func measureOf(c *claims.Claim) string {
	if c.Value == nil || c.Value.Type != "number" {
		return ""
	}
	if cl := classOf(strings.ToLower(c.Value.Of)); cl != "" {
		// The counted noun, where extraction found one ("killing two and
		// wounding two others": 2 wounded), says it better than the words around.
		return cl
	}
	for _, w := range c.Slot {
		if severeWords[w] {
			// "20 injured are in critical care": the gravely hurt are a part of
			// the hurt, a count of its own ("74 in hospital, 20 of them critical").
			return "hurt-severe"
		}
	}
	found := ""
	for _, w := range c.Slot {
		cl := classOf(w)
		if cl == "" {
			continue
		}
		if found != "" && found != cl {
			return "" // "killed and injured" around one figure says nothing certain
		}
		found = cl
	}
	return found
}

// measureFit is 1 when two counts state the same outcome, -1 when they state
// different ones, and 0 when either names none.
func measureFit(a, b *claims.Claim) float64 {
	x, y := measureOf(a), measureOf(b)
	switch {
	case x == "" || y == "":
		return 0
	case x == y:
		return 1
	}
	return -1
}

// classOf is the outcome class of one word, by its lemma or as written.
func classOf(w string) string {
	if w == "" {
		return ""
	}
	if cl := measureClass[claims.Lemma(w)]; cl != "" {
		return cl
	}
	return measureClass[w]
}

// oneGeneric reports whether exactly one of two counted nouns stands for any
// group of persons and the other names what befell them ("150 people" /
// "the death toll ... 11"): such counts are one measure only when the words
// around the generic one say so, since "people" counts whoever the sentence
// speaks of.
func oneGeneric(a, b string) bool {
	ga, gb := genericNoun[strings.ToLower(a)], genericNoun[strings.ToLower(b)]
	if ga == gb {
		return false
	}
	other := claims.Lemma(strings.ToLower(b))
	if gb {
		other = claims.Lemma(strings.ToLower(a))
	}
	return personState[other] || deathWords[other] || hurtWords[other]
}
