package claims

// casualtyVerbs maps the verbs news counts people by to the participle that names
// the counted group: "killing 10 people and injuring 80" counts 80 injured.
var casualtyVerbs = map[string]string{
	"killing": "killed", "killed": "killed", "injuring": "injured", "injured": "injured",
	"wounding": "wounded", "wounded": "wounded", "hurting": "hurt", "hurt": "hurt",
	"arresting": "arrested", "arrested": "arrested", "rescuing": "rescued", "rescued": "rescued",
	"evacuating": "evacuated", "evacuated": "evacuated", "missing": "missing", "dead": "dead",
}

// casualtyOf names what a bare count counts from the verb around it: the verb
// before it ("injuring 80", "injured more than 1,400") or a passive after it
// ("50 were injured", "three have been arrested"). i and j bound the count.
func casualtyOf(toks []vtok, i, j int) string {
	if i > 0 && toks[i-1].kind == 'w' {
		if p, ok := casualtyVerbs[toks[i-1].low]; ok && toks[i-1].low != "dead" && toks[i-1].low != "missing" {
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
	if k < len(toks) && toks[k].kind == 'w' {
		if p, ok := casualtyVerbs[toks[k].low]; ok && (k > j || p == "dead" || p == "missing") {
			return p
		}
	}
	return ""
}
