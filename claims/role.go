package claims

import (
	"sort"
	"strings"
)

// roleHeads are nouns that head a description of someone's position.
var roleHeads = wordSet("chair", "chairman", "chairwoman", "chairperson", "leader", "minister", "secretary",
	"president", "vice-president", "speaker", "spokesman", "spokeswoman", "spokesperson", "editor",
	"correspondent", "reporter", "director", "chief", "executive", "ceo", "cfo", "coo", "officer", "head",
	"founder", "co-founder", "member", "mp", "mps", "mep", "senator", "governor", "mayor", "commissioner",
	"ambassador", "attorney", "lawyer", "judge", "prosecutor", "professor", "analyst", "expert", "economist",
	"manager", "coach", "captain", "player", "actor", "actress", "singer", "comedian", "host", "star",
	"champion", "chancellor", "candidate", "contender", "deputy", "councillor", "adviser", "advisor", "aide",
	"official", "commander", "general", "colonel", "sergeant", "detective", "inspector", "sheriff",
	"undersheriff", "constable", "dispatcher", "publicist", "agent", "owner", "partner", "father", "mother",
	"son", "daughter", "wife", "husband", "brother", "sister", "widow", "boyfriend", "girlfriend", "student",
	"teacher", "doctor", "surgeon", "nurse", "scientist", "researcher", "engineer", "premier", "king", "queen",
	"prince", "princess", "pope", "bishop", "archbishop", "priest", "rabbi", "imam", "activist", "campaigner",
	"journalist", "author", "writer", "producer", "director-general", "secretary-general", "mountaineer",
	"climber", "guide", "pilot", "soldier", "victim", "suspect", "witness", "employee", "worker", "boss",
	"treasurer", "admiral", "envoy", "diplomat", "delegate", "representative", "peer", "justice", "magistrate",
	"coroner", "pathologist", "superintendent", "marshal", "trooper", "lieutenant", "corporal", "clerk",
	"dean", "principal", "vicar", "referee", "striker", "quarterback", "trainer", "promoter", "presenter",
	"anchor", "columnist", "commentator", "lecturer", "physician", "psychologist", "consultant", "investor",
	"entrepreneur", "businessman", "businesswoman", "lawmaker", "legislator", "politician", "congressman",
	"congresswoman", "mp", "whip", "backbencher", "chairmen", "spokesmen", "organiser", "organizer",
	"coordinator", "administrator", "controller", "auditor", "inspector-general", "fighter", "boxer",
	"swimmer", "athlete", "musician", "artist", "photographer", "architect", "designer", "model", "veteran",
	"resident", "neighbour", "neighbor", "friend", "colleague", "relative", "cousin", "uncle", "aunt",
	"nephew", "niece", "grandfather", "grandmother", "stepfather", "stepmother", "fiance", "fiancee")

// roleSynonyms fold variants of one office to one word for comparison.
var roleSynonyms = map[string]string{
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "spokesman": "spokesperson",
	"spokeswoman": "spokesperson", "ex": "former", "lawyer": "attorney", "advisor": "adviser", "mps": "mp",
	"organizer": "organiser", "neighbor": "neighbour", "boss": "head", "tories": "tory", "conservatives": "conservative",
}

// roleFiller words carry no meaning in a role description.
var roleFiller = wordSet("the", "a", "an", "of", "for", "and", "in", "at", "on", "to", "party", "his", "her",
	"their", "its", "one", "who", "which", "s", "then", "also", "current", "now", "own")

// isRoleHead reports whether a lower-case word heads a role ("chairman", "leader", "MPs").
func isRoleHead(w string) bool {
	w = strings.TrimSuffix(strings.Trim(w, ".,'"), "'s")
	if roleHeads[w] || titleWords[w] {
		return true
	}
	// "vice-chair", "co-captain", "ex-minister": the part after the hyphen heads.
	if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) && roleHeads[w[k+1:]] {
		return true
	}
	return roleHeads[Lemma(w)]
}

// FindRoles returns role claims ("X, chair of Y") for the people in the document.
//
// Three forms are read: titles and pre-modifiers before a name ("former
// Conservative leader Sir John Smith", "Foreign Secretary Jane Doe",
// "TikTok's head of policy Theo X"), appositives after it ("Tom Smith, chair
// of the committee,"), and appositives before it ("Simpson's attorney, Warren
// Gotcher, argued").
func FindRoles(doc *Document, sents []Sentence, ents *EntitySet) []Claim {
	var out []Claim
	seen := map[string]bool{}
	for k := range sents {
		s := &sents[k]
		if ws := scanWords(s.Norm); isTitleCase(ws) || isShouting(ws) {
			continue // headline capitals do not tell titles from names
		}
		for _, m := range ents.mentionsIn(s.Index) {
			name, kind := ents.nameOf(m)
			if kind == kindOrg || kind == kindPlace {
				continue
			}
			for _, r := range rolesOf(s.Norm, m) {
				role := NormalizeRole(s.Norm[r[0]:r[1]])
				if role == "" || !hasRoleHead(role) {
					continue
				}
				key := EntityKey(name) + "\x00" + role
				if seen[key] {
					continue
				}
				seen[key] = true
				c := NewClaim(doc, s, KindRole, min(r[0], m.from), max(r[1], m.end))
				c.Value = &Value{Type: "role", Person: name, Role: role}
				c.Entities = ents.In(s.Index)
				out = append(out, c)
			}
		}
	}
	return out
}

// hasRoleHead reports whether a normalised role has a head noun.
func hasRoleHead(role string) bool {
	for _, w := range strings.Fields(role) {
		if isRoleHead(w) {
			return true
		}
	}
	return false
}

// rolesOf returns the byte spans of the role descriptions attached to a mention.
func rolesOf(s string, m mention) [][2]int {
	var out [][2]int
	if sp, ok := roleBefore(s, m); ok {
		out = append(out, sp)
	}
	if sp, ok := roleAppositive(s, m.end); ok {
		out = append(out, sp)
	}
	if sp, ok := roleFronted(s, m); ok {
		out = append(out, sp)
	}
	return out
}

// roleBefore reads a title and the pre-modifiers before a name.
func roleBefore(s string, m mention) ([2]int, bool) {
	ts := attrTokens(s[:m.from])
	end := m.from
	if m.prefix != "" {
		// The title itself ("Foreign Secretary"), less honorifics ("Sir").
		pre := nameTokens(m.prefix)
		allHonor := true
		for _, w := range pre {
			if !honorifics[w] {
				allHonor = false
			}
		}
		if !allHonor {
			end = m.start
		}
	}
	a := len(ts)
	headOK := end > m.from
	for a > 0 && len(ts)-a < 8 {
		t := ts[a-1]
		if !t.word {
			break
		}
		low := t.low
		if stopWords[low] && low != "of" && low != "for" || low == "the" || saidVerbs[low] || saidParticiples[low] ||
			strings.HasSuffix(low, "ing") && low != "acting" || strings.HasSuffix(low, "ly") && low != "newly" {
			break
		}
		a--
		if strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "s'") {
			break
		}
	}
	if len(ts) > 0 && (ts[len(ts)-1].low == "of" || ts[len(ts)-1].low == "for") && !headOK {
		return [2]int{}, false // "spokesperson for Acme": the name is not the role holder
	}
	// The words before the name must hold a role: adjacent ("editor X"), or
	// one qualified by "of"/"for" ("vice president for policy X").
	for a < len(ts) && (ts[a].low == "of" || ts[a].low == "for") {
		a++
	}
	if a < len(ts) && !headOK {
		if isRoleHead(ts[len(ts)-1].low) {
			headOK = true
		}
		for k := a; k+1 < len(ts) && !headOK; k++ {
			if isRoleHead(ts[k].low) && (ts[k+1].low == "of" || ts[k+1].low == "for") {
				headOK = true
			}
		}
	}
	if !headOK {
		return [2]int{}, false
	}
	start := end
	if a < len(ts) {
		start = ts[a].start
	}
	if m.prefix != "" && end == m.start {
		if start > m.from {
			start = m.from
		}
	}
	// Honorifics inside the span are not part of the role.
	stop := end
	if end == m.start && m.prefix != "" {
		stop = m.start
	}
	if start >= stop {
		return [2]int{}, false
	}
	return [2]int{start, stop}, true
}

// roleAppositive reads ", chair of the committee," after a name ending at i.
func roleAppositive(s string, i int) ([2]int, bool) {
	rest := s[i:]
	if !strings.HasPrefix(rest, ", ") {
		return [2]int{}, false
	}
	start := i + 2
	// Skip an age ("Smith, 45, a teacher").
	ts := attrTokens(s[start:])
	if len(ts) >= 2 && ts[0].word && roleDigits(ts[0].text) && ts[1].text == "," {
		start += ts[1].end + 1
		if start > len(s) {
			return [2]int{}, false // the text ends at the age's comma
		}
		ts = attrTokens(s[start:])
	}
	if len(ts) == 0 || !ts[0].word {
		return [2]int{}, false
	}
	first := ts[0].low
	if stopWords[first] && first != "one" && first != "the" && first != "a" && first != "an" || strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") && !isRoleHead(first) ||
		!roleHeadWithin(ts, 6) {
		return [2]int{}, false
	}
	if first == "who" || first == "which" || first == "where" || first == "when" || saidVerbs[first] ||
		saidParticiples[first] || first == "and" || first == "but" || first == "however" {
		return [2]int{}, false
	}
	end := -1
	for k, t := range ts {
		if k > 18 {
			return [2]int{}, false
		}
		if t.text == "," && k+1 < len(ts) && capTok(ts[k+1]) && k > 0 && capTok(ts[k-1]) && hasOfFor(ts[:k]) {
			continue // "Business, Energy and Industrial Strategy Committee"
		}
		if !t.word && t.text != "'" && t.text != "-" && t.text != "&" {
			end = t.start
			break
		}
		if t.low == "who" || t.low == "which" || t.low == "that" || t.low == "said" || t.low == "says" {
			end = t.start
			break
		}
	}
	if end < 0 {
		end = len(s) - start
	}
	if end <= 0 {
		return [2]int{}, false
	}
	return [2]int{start, start + end}, true
}

// hasOfFor reports whether a role so far has "of" or "for" before a proper name.
func hasOfFor(ts []atok) bool {
	for _, t := range ts {
		if t.low == "of" || t.low == "for" {
			return true
		}
	}
	return false
}

// roleDigits reports whether w is all ASCII digits.
func roleDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// roleFronted reads "Simpson's attorney, Warren Gotcher, argued": a role that opens
// the clause, then the name between commas.
func roleFronted(s string, m mention) ([2]int, bool) {
	if m.from < 2 || s[m.from-2:m.from] != ", " || !strings.HasPrefix(s[m.end:], ",") {
		return [2]int{}, false
	}
	ts := attrTokens(s[:m.from-2])
	a := len(ts)
	for a > 0 && ts[a-1].word && len(ts)-a < 10 {
		a--
	}
	if a == len(ts) || a > 0 && ts[a-1].text != "," && ts[a-1].text != ":" {
		return [2]int{}, false
	}
	for _, t := range ts[a:] {
		if stopWords[t.low] && !roleFiller[t.low] || strings.HasSuffix(t.low, "ed") && !isRoleHead(t.low) {
			return [2]int{}, false
		}
	}
	last := ts[len(ts)-1].low
	if !isRoleHead(last) {
		ofAt := -1
		for k := a; k < len(ts); k++ {
			if ts[k].low == "of" {
				ofAt = k
				break
			}
		}
		if ofAt <= a || !isRoleHead(ts[ofAt-1].low) {
			return [2]int{}, false
		}
	}
	return [2]int{ts[a].start, ts[len(ts)-1].end}, true
}

// NormalizeRole returns a role description in comparable form: lower case,
// single spaces, leading articles and possessive pronouns and a trailing
// relative clause dropped ("the former chancellor" → "former chancellor").
func NormalizeRole(role string) string {
	f := strings.Fields(strings.ToLower(Fold(role)))
	for len(f) > 0 {
		w := f[0]
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" {
			f = f[1:]
			continue
		}
		if len(f) > 2 && w == "one" && f[1] == "of" {
			f = f[2:]
			continue
		}
		break
	}
	for i, w := range f {
		if w == "who" || w == "which" || w == "that" {
			f = f[:i]
			break
		}
	}
	return strings.Trim(strings.Join(f, " "), " ,.;:'\"")
}

// roleWords returns the comparable content words of a role, folded to one form each.
func roleWords(role string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range Words(NormalizeRole(role)) {
		w := strings.ToLower(strings.Trim(t.Text, ".,'"))
		w = strings.TrimSuffix(w, "'s")
		if w == "" || roleFiller[w] {
			continue
		}
		if syn, ok := roleSynonyms[w]; ok {
			w = syn
		} else if l := Lemma(w); l != "" {
			w = l
		}
		if syn, ok := roleSynonyms[w]; ok {
			w = syn
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// RoleKey returns a role's comparison key: its folded content words, sorted.
func RoleKey(role string) string {
	ws := roleWords(role)
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// SameRole reports whether two role descriptions name the same position:
// the same head noun ("leader", "chair"), the same former/current standing,
// and most words of the shorter found in the longer ("former Conservative
// leader" and "former Conservative party leader").
func SameRole(a, b string) bool {
	wa, wb := roleWords(a), roleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	has := func(ws []string, x string) bool {
		for _, w := range ws {
			if w == x {
				return true
			}
		}
		return false
	}
	if has(wa, "former") != has(wb, "former") {
		return false
	}
	shared := 0
	for _, w := range wa {
		if has(wb, w) {
			shared++
		}
	}
	headShared := false
	for _, w := range wa {
		if has(wb, w) && (roleHeads[w] || titleWords[w]) {
			headShared = true
		}
	}
	if !headShared {
		return false
	}
	small := min(len(wa), len(wb))
	return shared*10 >= small*7
}

// roleHeadWithin reports whether one of the first n words heads a role.
func roleHeadWithin(ts []atok, n int) bool {
	for k, t := range ts {
		if k >= n || !t.word && t.text != "'" {
			break
		}
		if t.word && isRoleHead(t.low) {
			return true
		}
	}
	return false
}
