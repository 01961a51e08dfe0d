package claims

import "strings"

// casualtyVerbs maps the verbs news counts people by to the participle that names
// the counted group: "killing 10 people and injuring 80" counts 80 injured.
var casualtyVerbs = map[string]string{
	"killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured",
	"wounding": "wounded", "wounded": "wounded", "hurting": "hurt", "hurt": "hurt",
	"arresting": "arrested", "arrested": "arrested", "rescuing": "rescued", "rescued": "rescued",
	"evacuating": "evacuated", "evacuated": "evacuated", "missing": "missing", "dead": "dead",
	"shooting": "shot", "shot": "shot", "stabbing": "stabbed", "stabbed": "stabbed",
}

// anotherCasualty reads "another wounded" or "another injured" as a count of
// one, the way news adds one person to a toll ("two killed and another wounded").
func anotherCasualty(toks []vtok, i int) (Value, int, bool) {
	if !isWord(toks, i, "another") || i+1 >= len(toks) || toks[i+1].kind != 'w' {
		return Value{}, 0, false
	}
	p, ok := casualtyVerbs[toks[i+1].low]
	if !ok || p != toks[i+1].low {
		return Value{}, 0, false
	}
	v := qtyValue("number", "", point(1, i, i+1))
	v.Of = p
	return v, i + 1, true
}

// casualtyOf names what a bare count counts from the verb around it: the verb
// before it ("injuring 80", "injured more than 1,400") or a passive after it
// ("50 were injured", "three have been arrested"). i and j bound the count.
func casualtyOf(toks []vtok, i, j int) string {
	b := beforeBounds(toks, i-1)
	if b >= 0 && toks[b].kind == 'w' {
		if p, ok := casualtyVerbs[toks[b].low]; ok && toks[b].low != "dead" && toks[b].low != "missing" {
			return p
		}
	}
	k := j
	for n := 0; n < 2 && isWord(toks, k, "were", "are", "was", "is", "have", "has", "had", "been", "being", "reported", "feared", "confirmed"); n++ {
		k++
	}
	if isWord(toks, k, "been") {
		k++
	}
	if k < len(toks) && toks[k].kind == 'w' && strings.HasSuffix(toks[k].low, "ly") {
		k++ // "30 people seriously injured"
	}
	if k < len(toks) && toks[k].kind == 'w' {
		if p, ok := casualtyVerbs[toks[k].low]; ok && (k > j || p == "dead" || p == "missing") {
			return p
		}
	}
	return ""
}

// beforeBounds steps back from token b over up to three words that qualify a
// count ("killing at least 10", "injuring more than 1,400", "a population of
// more than 100,000") to the word before them.
func beforeBounds(toks []vtok, b int) int {
	for n := 0; n < 3 && b > 0 && boundWords[low(toks, b)]; n++ {
		b--
	}
	return b
}

// boundWords qualify a count ("at least", "more than", "as many as") and may
// stand between it and the verb that names what it counts.
var boundWords = map[string]bool{
	"at": true, "least": true, "most": true, "more": true, "fewer": true, "less": true, "than": true, "over": true,
	"under": true, "about": true, "around": true, "some": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "up": true, "to": true, "as": true, "many": true, "an": true, "estimated": true,
}
