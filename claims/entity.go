package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// entityKind is a best guess at what a name denotes; the rules only need to
// tell people (who speak and hold roles) from the rest.
type entityKind int

const (
	kindUnknown entityKind = iota
	kindPerson
	kindOrg
	kindPlace
)

// entity is one person, organisation or place of a document.
type entity struct {
	name string // canonical display form: the fullest mention, titles stripped
	key  string // EntityKey of name
	// rekey is EntityKey(key), which SameEntity(…, key) compares; it may differ from key
	// when stripping a country leaves a title in front ("UK Minister Office").
	rekey  string
	kind   entityKind
	gender byte // 'm', 'f' or 0 when unknown
	words  int
	alias  int // index of the entity this one was merged into, or -1
}

// mention is one occurrence of a name in a sentence's normalised text.
type mention struct {
	sent int
	// start and end span the name without titles; from includes stripped titles.
	start, end, from int
	ent              int
	// prefix holds the stripped title words as written ("Foreign Secretary").
	prefix string
}

// EntitySet holds the people, organisations and places found in one document.
type EntitySet struct {
	bySentence map[int][]string
	ents       []entity
	mentions   map[int][]mention
	// order lists sentence indexes in document order, to look back for pronouns.
	order []int
	pos   map[int]int
}

// In returns the canonical names of entities mentioned in sentence i.
func (e *EntitySet) In(i int) []string {
	if e == nil {
		return nil
	}
	return e.bySentence[i]
}

// root follows merges to the entity that represents id.
func (e *EntitySet) root(id int) int {
	for e.ents[id].alias >= 0 {
		id = e.ents[id].alias
	}
	return id
}

// mentionsIn returns the name mentions of sentence i in text order.
func (e *EntitySet) mentionsIn(i int) []mention {
	if e == nil {
		return nil
	}
	return e.mentions[i]
}

// nameOf returns the canonical name and kind of a mention.
func (e *EntitySet) nameOf(m mention) (string, entityKind) {
	r := e.root(m.ent)
	return e.ents[r].name, e.ents[r].kind
}

// nameIn returns the canonical name of the first mention inside [i, j) of sentence s.
func (e *EntitySet) nameIn(s, i, j int) (string, entityKind, bool) {
	for _, m := range e.mentionsIn(s) {
		if m.start >= i && m.end <= j {
			n, k := e.nameOf(m)
			return n, k, true
		}
	}
	return "", kindUnknown, false
}

// Resolve returns the canonical name of the document entity a written name
// refers to, or the name with titles stripped when it is unknown.
func (e *EntitySet) Resolve(name string) string {
	key := EntityKey(name)
	if e != nil && key != "" {
		rekey := EntityKey(key)
		best := -1
		for id := range e.ents {
			if e.ents[id].alias >= 0 {
				continue
			}
			if e.ents[id].key == key {
				return e.ents[id].name
			}
			if best < 0 && sameKeys(rekey, e.ents[id].rekey) {
				best = id
			}
		}
		if best >= 0 {
			return e.ents[best].name
		}
	}
	return strings.TrimSpace(stripTitlesText(name))
}

// stripTitlesText removes leading honorifics and titles from a written name, keeping its case.
func stripTitlesText(name string) string {
	f := strings.Fields(name)
	toks := nameTokens(name)
	if len(toks) != len(f) {
		return name
	}
	kept := stripTitles(toks)
	return strings.Join(f[len(f)-len(kept):], " ")
}

// pronounRef resolves "he"/"she" in sentence s at byte off to the most recent
// person in subject position: earlier in s, else in one of the three sentences before.
func (e *EntitySet) pronounRef(s, off int, pron string) string {
	if e == nil {
		return ""
	}
	want := byte(0)
	switch pron {
	case "he", "him", "his":
		want = 'm'
	case "she", "her":
		want = 'f'
	default:
		return ""
	}
	fits := func(m mention) (string, bool) {
		r := e.root(m.ent)
		en := e.ents[r]
		if en.kind != kindPerson || (en.gender != 0 && en.gender != want) {
			return "", false
		}
		return en.name, true
	}
	for _, m := range e.mentionsIn(s) {
		if m.start >= off {
			break
		}
		if n, ok := fits(m); ok {
			return n
		}
	}
	p, ok := e.pos[s]
	if !ok {
		return ""
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		for _, m := range e.mentionsIn(e.order[k]) {
			if n, ok := fits(m); ok {
				return n
			}
		}
	}
	return ""
}

// nameWord is one word of a sentence considered for a name.
type nameWord struct {
	text       string // as written, possessive removed
	start, end int
	caps       bool // starts with an upper-case letter
	possessive bool // ended in 's or s'
	initial    bool // first word of the sentence or of a quotation
	gapOK      bool // only spaces separate it from the previous word
}

// scanWords splits normalised text into name candidates' words.
func scanWords(s string) []nameWord {
	var out []nameWord
	i := 0
	prevEnd := 0
	atStart := true
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if r == '"' && i+1 < len(s) && s[i+1] != ' ' || r == ':' || r == '(' || r == '-' && (i+1 >= len(s) || s[i+1] == ' ') {
				atStart = true
			} else if r == '\'' && (i == 0 || s[i-1] == ' ') {
				atStart = true
			} else if r != ' ' {
				if r == '.' || r == '!' || r == '?' {
					atStart = true
				} else {
					atStart = false
				}
			}
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				j += sz
				continue
			}
			if (r2 == '\'' || r2 == '-' || r2 == '.' || r2 == '&') && j+1 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+1:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
					j += sz
					continue
				}
			}
			break
		}
		w := nameWord{start: i, end: j, initial: atStart}
		// Keep the dot of abbreviations such as "U.S." and "Cpl.".
		if j < len(s) && s[j] == '.' && (strings.Contains(s[i:j], ".") || j-i <= 3) && j-i <= 5 {
			w.end = j + 1
			j++
		}
		text := s[i:w.end]
		switch {
		case strings.HasSuffix(text, "'s"):
			text, w.possessive = text[:len(text)-2], true
			w.end -= 2
		case j < len(s) && s[j] == '\'' && strings.HasSuffix(text, "s") && (j+1 == len(s) || s[j+1] == ' '):
			w.possessive = true
		}
		w.text = text
		w.caps = unicode.IsUpper(r)
		w.gapOK = len(out) > 0 && strings.TrimSpace(s[prevEnd:i]) == ""
		out = append(out, w)
		prevEnd = j
		if w.possessive && strings.HasSuffix(s[i:min(j+2, len(s))], "'s") {
			prevEnd = w.end + 2
		}
		atStart = false
		i = j
	}
	return out
}

// sentenceOpeners are words that often open a sentence with a capital but are not names.
var sentenceOpeners = wordSet("meanwhile", "however", "moreover", "furthermore", "nevertheless", "instead", "later",
	"earlier", "yesterday", "today", "tonight", "tomorrow", "separately", "elsewhere", "afterwards", "overall",
	"previously", "now", "then", "here", "there", "despite", "although", "though", "while", "following", "amid",
	"unlike", "like", "as", "once", "thus", "hence", "still", "yet", "besides", "otherwise", "indeed", "nonetheless",
	"last", "next", "this", "that", "these", "those", "many", "some", "several", "most", "all", "both", "each",
	"every", "police", "officials", "authorities", "witnesses", "residents", "investigators", "prosecutors")

// isShouting reports whether a line is written mostly in capitals, where case tells nothing.
func isShouting(ws []nameWord) bool {
	n, caps := 0, 0
	for _, w := range ws {
		if len(w.text) < 3 {
			continue
		}
		n++
		if isAcronym(w.text) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*7
}

// nameJoiners may stand inside a name between capitalised words ("Bank of England").
var nameJoiners = wordSet("of", "for", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "del", "di", "&")

// isTitleCase reports whether a line capitalises most content words, as headlines do.
func isTitleCase(ws []nameWord) bool {
	content, caps := 0, 0
	for _, w := range ws {
		lw := strings.ToLower(w.text)
		if len(w.text) < 4 || stopWords[lw] {
			continue
		}
		content++
		if w.caps {
			caps++
		}
	}
	lower := content - caps
	return content >= 3 && (lower == 0 || lower == 1 && content >= 6)
}

// isAcronym reports whether a word is written in capitals ("BBC", "U.S.").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// inDict reports whether a lower-case word is an English dictionary word.
func inDict(w string) bool { return isDictWord(w) }

// FindEntities finds people, organisations and places with their aliases in doc.
//
// Names are runs of capitalised words; a capitalised word that opens a sentence
// counts only when it is not a common word, or the document also capitalises
// it mid-sentence. Titles are stripped into the mention's prefix, and later
// short forms ("Duncan Smith", "Sir Iain") link to the full name seen earlier
// (or later, when the short form comes first, as in headlines).
func FindEntities(doc *Document, sents []Sentence) *EntitySet {
	es := &EntitySet{bySentence: map[int][]string{}, mentions: map[int][]mention{}, pos: map[int]int{}}
	words := make([][]nameWord, len(sents))
	titleCase := make([]bool, len(sents))
	capSeen := map[string]bool{}
	lowSeen := map[string]bool{}
	for i := range sents {
		words[i] = scanWords(sents[i].Norm)
		titleCase[i] = isTitleCase(words[i])
		if titleCase[i] {
			continue
		}
		for _, w := range words[i] {
			if w.caps && !w.initial {
				capSeen[strings.ToLower(w.text)] = true
			} else if !w.caps {
				lowSeen[w.text] = true
			}
		}
	}
	byKey := map[string]int{}
	lastSeen := map[int]int{}
	for i := range sents {
		s := &sents[i]
		es.pos[s.Index] = len(es.order)
		es.order = append(es.order, s.Index)
		if isShouting(words[i]) {
			continue
		}
		for _, run := range nameRuns(words[i], titleCase[i], capSeen, lowSeen) {
			m, ok := es.addMention(s, run, byKey, lastSeen)
			if ok {
				es.mentions[s.Index] = append(es.mentions[s.Index], m)
				lastSeen[es.root(m.ent)] = len(es.order)
			}
		}
	}
	es.linkForward()
	for _, idx := range es.order {
		seen := map[string]bool{}
		for _, m := range es.mentions[idx] {
			n, _ := es.nameOf(m)
			if !seen[n] {
				seen[n] = true
				es.bySentence[idx] = append(es.bySentence[idx], n)
			}
		}
	}
	return es
}

// nameRuns groups a sentence's words into runs of name words.
func nameRuns(ws []nameWord, titleCase bool, capSeen, lowSeen map[string]bool) [][]nameWord {
	keep := func(w nameWord) bool {
		if !w.caps {
			return false
		}
		lw := strings.ToLower(strings.TrimSuffix(w.text, "."))
		if calendarWords[lw] || lw == "i" || numberWord(lw) || zoneName(w.text) {
			return false
		}
		if len(w.text) > 2 && isAcronym(w.text[:len(w.text)-1]) && strings.HasSuffix(w.text, "s") {
			return false // plural acronyms are common nouns ("MPs")
		}
		if titleCase || w.initial {
			// A capital that grammar or headline style explains is a name only
			// when the document capitalises the word elsewhere too.
			if capSeen[lw] || isAcronym(w.text) {
				return true
			}
			if stopWords[lw] || lw == "the" || lowSeen[lw] || strings.HasSuffix(lw, "ly") || sentenceOpeners[lw] {
				return false
			}
			return !inDict(lw)
		}
		return true
	}
	var runs [][]nameWord
	var cur []nameWord
	flush := func() {
		// Joiners cannot end a run.
		for len(cur) > 0 && !cur[len(cur)-1].caps {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			runs = append(runs, cur)
		}
		cur = nil
	}
	for k, w := range ws {
		// A common word opening a sentence is a first name when a rarer capitalised word follows ("Tom Reid").
		firstName := w.caps && w.initial && k+1 < len(ws) && ws[k+1].caps && ws[k+1].gapOK && !ws[k+1].possessive &&
			!stopWords[strings.ToLower(w.text)] && !sentenceOpeners[strings.ToLower(w.text)] &&
			!strings.HasSuffix(w.text, "ly") && !lowSeen[strings.ToLower(w.text)] &&
			!inDict(strings.ToLower(ws[k+1].text)) && !titleCase
		if firstName || keep(w) {
			if len(cur) > 0 && !w.gapOK {
				flush()
			}
			cur = append(cur, w)
			if w.possessive {
				flush()
			}
			continue
		}
		lw := strings.ToLower(w.text)
		if len(cur) > 0 && nameJoiners[lw] && w.gapOK && k+1 < len(ws) && ws[k+1].caps && ws[k+1].gapOK && !titleCase {
			cur = append(cur, w)
			continue
		}
		flush()
	}
	flush()
	return runs
}

// genderOf reads a person's gender from an honorific, when it tells one.
func genderOf(prefix []string) byte {
	for _, p := range prefix {
		switch p {
		case "mr", "sir", "lord", "king", "prince", "duke", "earl", "baron", "father", "count", "viscount", "sheikh", "emir", "sultan", "congressman", "chairman", "spokesman":
			return 'm'
		case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "duchess", "baroness", "countess", "madam", "madame", "congresswoman", "chairwoman", "spokeswoman":
			return 'f'
		}
	}
	return 0
}

// addMention turns a run of name words into a mention, creating or linking its entity.
func (es *EntitySet) addMention(s *Sentence, run []nameWord, byKey map[string]int, lastSeen map[int]int) (mention, bool) {
	toks := make([]string, len(run))
	for k, w := range run {
		toks[k] = strings.ToLower(strings.TrimSuffix(w.text, "."))
	}
	// Strip honorifics, titles and the words that qualify them ("Greek President", "Academy President").
	cut := 0
	for k := len(toks) - 2; k >= 0; k-- {
		if honorifics[toks[k]] || titleWords[toks[k]] {
			rest := toks[k+1:]
			if !orgWords[rest[len(rest)-1]] && !placeWords[rest[len(rest)-1]] {
				cut = k + 1
			}
			break
		}
	}
	if cut == 0 {
		if n := multiTitleLen(toks); n > 0 && n < len(toks) {
			cut = n
		}
	}
	for cut < len(run)-1 && nameJoiners[toks[cut]] {
		cut++ // "Governor of Qeshm" leaves "Qeshm"
	}
	name := run[cut:]
	ntoks := toks[cut:]
	if len(ntoks) == 1 && (honorifics[ntoks[0]] || titleWords[ntoks[0]] || demonyms[ntoks[0]] || stopWords[ntoks[0]]) {
		return mention{}, false
	}
	if len(ntoks) >= 2 && multiTitleLen(ntoks) == len(ntoks) {
		return mention{}, false
	}
	text := s.Norm[name[0].start:name[len(name)-1].end]
	m := mention{sent: s.Index, start: name[0].start, end: name[len(name)-1].end, from: run[0].start}
	if cut > 0 {
		m.prefix = s.Norm[run[0].start:run[cut-1].end]
	}
	key := EntityKey(text)
	if key == "" {
		return mention{}, false
	}
	kind := guessKind(ntoks, cut > 0)
	gender := genderOf(toks[:cut])
	id, ok := byKey[key]
	if ok {
		id = es.root(id)
	} else {
		// A short form links to the most recently mentioned entity it abbreviates.
		best, bestSeen := -1, -1
		rekey := EntityKey(key)
		for cand := range es.ents {
			en := &es.ents[cand]
			if en.alias >= 0 || en.words <= len(ntoks) || en.kind == kindOrg && kind != kindOrg {
				continue
			}
			if sameKeys(rekey, en.rekey) && lastSeen[cand] > bestSeen {
				best, bestSeen = cand, lastSeen[cand]
			}
		}
		if best >= 0 {
			id = best
		} else {
			id = len(es.ents)
			es.ents = append(es.ents, entity{name: text, key: key, rekey: EntityKey(key), kind: kind, words: len(ntoks), alias: -1})
		}
		byKey[key] = id
	}
	en := &es.ents[id]
	if kind == kindPerson || cut > 0 && kind == kindUnknown {
		if en.kind == kindUnknown {
			en.kind = kindPerson
		}
	}
	if en.kind == kindUnknown && kind != kindUnknown {
		en.kind = kind
	}
	if gender != 0 && en.gender == 0 {
		en.gender = gender
	}
	if len(ntoks) > en.words {
		en.name, en.key, en.rekey, en.words = text, key, EntityKey(key), len(ntoks)
	}
	m.ent = id
	return m, true
}

// guessKind tells people from organisations and places by their words.
func guessKind(toks []string, titled bool) entityKind {
	last := toks[len(toks)-1]
	for _, w := range toks {
		if orgWords[w] {
			return kindOrg
		}
	}
	key := strings.Join(toks, " ")
	if knownPlaces[key] || placeWords[last] || placeWords[toks[0]] && len(toks) > 1 {
		return kindPlace
	}
	if titled {
		return kindPerson
	}
	if len(toks) == 1 && isAcronym(strings.ToUpper(last)) && len(last) <= 5 && !inDict(last) {
		return kindUnknown
	}
	if len(toks) >= 2 && len(toks) <= 4 && looksPersonal(toks) {
		for _, w := range toks {
			if nameJoiners[w] && w != "de" && w != "van" && w != "von" && w != "al" && w != "bin" && w != "da" && w != "di" && w != "del" && w != "le" && w != "la" && w != "du" {
				return kindUnknown
			}
		}
		return kindPerson
	}
	return kindUnknown
}

// linkForward merges a short form seen before its full name (a headline
// "Smith convicted" before "John Smith") when exactly one full name fits.
func (es *EntitySet) linkForward() {
	for id := range es.ents {
		en := &es.ents[id]
		if en.alias >= 0 || en.words != 1 || en.kind == kindOrg || en.kind == kindPlace {
			continue
		}
		target := -1
		for cand := range es.ents {
			c := &es.ents[cand]
			if cand == id || c.alias >= 0 || c.words < 2 || c.kind != kindPerson {
				continue
			}
			if sameKeys(en.rekey, c.rekey) {
				if target >= 0 {
					target = -2
					break
				}
				target = cand
			}
		}
		if target >= 0 {
			en.alias = target
			if es.ents[target].gender == 0 {
				es.ents[target].gender = en.gender
			}
		}
	}
}
