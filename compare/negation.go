package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// A negation scope is the stretch of a sentence one negator governs: from the
// negator to the next clause boundary. Reading scopes, not whole sentences,
// keeps "police did not say why the 30-year-old was held" from negating the
// age: the scope ends at "why".

// ntok is one word or punctuation mark of a sentence, with its byte offset.
type ntok struct {
	low   string // lower case, curly apostrophes folded
	lemma string
	off   int
	word  bool
	caps  bool // written with a capital first letter
}

// negScope is a half-open token range [from, to) a negator governs; the
// negator itself is at at. For "no"/"nobody" quantifiers the scope starts at
// the quantified noun, which is what is negated.
type negScope struct {
	at, from, to int
	quant        bool
}

// negReading is one sentence's tokens, negation scopes and hypothetical
// clauses ("if found guilty"), whose words are neither asserted nor denied.
type negReading struct {
	toks   []ntok
	scopes []negScope
	hypo   []bool // token k is in a conditional clause
	quoted []bool // token k is inside double quotation marks
	// implicit holds the scopes of words that negate without a negator
	// ("refused", "reluctance", "without"): such a sentence may deny what
	// another says, so no other sentence is said to deny it there.
	implicit []negScope
}

// scopeEnds end a negation's scope: a new clause, a reported question or a
// coordinated predicate begins there.
var scopeEnds = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "whose": true, "why": true,
	"how": true, "where": true, "when": true, "whether": true, "while": true, "because": true, "but": true, "and": true,
	"or": true, "if": true, "although": true, "though": true, "until": true, "unless": true, "so": true, "than": true,
	"whereas": true, "since": true,
	// Adjuncts of place and time say where or when, not what is denied:
	// "never recovered from the blow near the end of the fifth round".
	"near": true, "during": true, "throughout": true}

// scopeStops are punctuation marks that end a scope.
const scopeStops = ",;:()[]\"—–?!"

// notBound are words after "not"/"no" that make a bound or a contrast, not a
// negation: "not more than 20", "no fewer than", "not only", "not least".
var notBound = map[string]bool{"more": true, "less": true, "fewer": true, "over": true, "under": true, "only": true,
	"just": true, "least": true, "all": true, "every": true, "everyone": true, "everything": true, "always": true,
	"necessarily": true, "quite": true, "exactly": true, "much": true, "many": true, "to": true, "doubt": true,
	"matter": true, "sooner": true, "later": true, "far": true, "unlike": true, "surprisingly": true, "longer": true}

// notAfter are words before "not" that make it part of a fixed phrase:
// "whether or not", "if not", "as likely as not".
var notAfter = map[string]bool{"or": true, "if": true, "as": true, "why": true}

// quantNegators negate the noun phrase that follows them as well as the predicate.
var quantNegators = map[string]bool{"no": true, "nobody": true, "nothing": true, "none": true, "neither": true, "nor": true, "noone": true}

// bareContractions are negative contractions written without an apostrophe,
// as some pages and transcripts do.
var bareContractions = map[string]bool{"cant": true, "dont": true, "didnt": true, "doesnt": true, "isnt": true,
	"wasnt": true, "arent": true, "werent": true, "hasnt": true, "havent": true, "hadnt": true, "couldnt": true,
	"wouldnt": true, "shouldnt": true, "aint": true}

// firstWords turn a quantifier negation into a claim of being first: "no
// country had done it before" agrees with "the first country to do it".
var firstWords = map[string]bool{"before": true, "ever": true, "previously": true, "yet": true, "until": true}

// implicitNegators say "not" in a word of their own; a sentence holding one
// is not read as asserting what another sentence's "not" denies.
var implicitNegators = map[string]bool{"refuse": true, "refused": true, "reluctance": true, "reluctant": true,
	"fail": true, "failed": true, "deny": true, "denied": true, "lack": true, "without": true, "unable": true,
	"decline": true, "declined": true, "reject": true, "rejected": true, "absence": true, "unlikely": true,
	"instead": true, "rather": true, "neither": true, "nor": true, "barely": true, "hardly": true}

// approximators negate nothing before a figure: "barely two months ago",
// "hardly 20 people" say how much, as "just" or "under" do.
var approximators = map[string]bool{"barely": true, "hardly": true, "scarcely": true}

// approximator reports whether token k is an approximator before a figure.
func approximator(ts []ntok, k int) bool {
	if !approximators[ts[k].low] || k+1 >= len(ts) || !ts[k+1].word {
		return false
	}
	n := ts[k+1].low
	return n[0] >= '0' && n[0] <= '9' || claims.IsNumberWord(n) || n == "a" || n == "an"
}

// conditionals open a clause whose content is hypothetical.
var conditionals = map[string]bool{"if": true, "unless": true, "whether": true}

// negTokens splits a sentence into lower-case words and punctuation marks.
func negTokens(s string) []ntok {
	var out []ntok
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		for _, p := range dashParts(s, start, end) {
			if p.dash {
				out = append(out, ntok{low: "—", off: p.start})
				continue
			}
			w := strings.ToLower(strings.ReplaceAll(s[p.start:p.end], "’", "'"))
			w = strings.Trim(w, "'-")
			if w != "" {
				r0, _ := utf8.DecodeRuneInString(s[p.start:p.end])
				out = append(out, ntok{low: w, lemma: verbLemma(possessor(w)), off: p.start, word: true, caps: unicode.IsUpper(r0)})
			}
		}
		start = -1
	}
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' ||
			(r == '.' || r == ',') && start >= 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && s[i-1] >= '0' && s[i-1] <= '9'
		if inWord {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if !unicode.IsSpace(r) {
			t := string(r)
			if r == '“' || r == '”' {
				t = "\""
			}
			out = append(out, ntok{low: t, off: i})
		}
	}
	flush(len(s))
	return out
}

// possessor drops a possessive ending, so "India's place" mentions the
// India another sentence names; a pronoun's contraction ("it's") is left to
// the stop words.
func possessor(w string) string {
	if b, ok := strings.CutSuffix(w, "'s"); ok && len(b) > 2 {
		return b
	}
	return w
}

// verbLemma is a word's lemma, with a present participle the dictionary
// reads as a noun ("acting", "hosting") taken back to its verb, so that "was
// not acting" meets "acted".
func verbLemma(w string) string {
	l := claims.Lemma(w)
	if l != w || !strings.HasSuffix(w, "ing") || len(w) < 6 {
		return l
	}
	base := w[:len(w)-3]
	for _, c := range []string{base, base + "e"} {
		if claims.IsDictionaryWord(c) {
			return c
		}
	}
	return l
}

// isNegator reports whether token k negates what follows it, and whether it
// is a quantifier ("no passengers") whose own noun is negated.
func isNegator(ts []ntok, k int) (neg, quant bool) {
	t := ts[k]
	if !t.word {
		return false, false
	}
	next := ""
	if k+1 < len(ts) {
		next = ts[k+1].low
	}
	prev := ""
	if k > 0 {
		prev = ts[k-1].low
	}
	switch {
	case t.low == "not" || t.low == "never" || t.low == "cannot" || strings.HasSuffix(t.low, "n't") || bareContractions[t.low]:
		if notBound[next] || notAfter[prev] || next == "" {
			return false, false
		}
		return true, false
	case t.low == "no" && next == "one":
		return true, true
	case quantNegators[t.low]:
		// "No 1", "no. 7" are numbers; "no more than" is a bound; "no longer"
		// says a state ended, and that it held before is no contradiction.
		if notBound[next] || next == "" || !ts[k+1].word || next[0] >= '0' && next[0] <= '9' {
			return false, false
		}
		return true, true
	}
	return false, false
}

// readNegation finds a sentence's negation scopes and hypothetical clauses.
func readNegation(sentence string) negReading {
	ts := negTokens(sentence)
	r := negReading{toks: ts, hypo: make([]bool, len(ts)), quoted: make([]bool, len(ts))}
	end := func(k int) int {
		to := k + 1
		for to < len(ts) {
			t := ts[to]
			// "not shot and killed": a coordinated participle shares the negation.
			coord := (t.low == "and" || t.low == "or") && to+1 < len(ts) && strings.HasSuffix(ts[to+1].low, "ed")
			if (t.low == "," || t.low == "and" || t.low == "or") && listTail(ts, to) {
				return len(ts) // "was not its legal, policy, and trust and safety lead."
			}
			if !t.word && strings.Contains(scopeStops, t.low) || t.word && scopeEnds[t.low] && !coord || clauseLink(sentence, ts, to) {
				break
			}
			to++
		}
		return to
	}
	in := startsInQuote(sentence, ts)
	for k, t := range ts {
		if t.low == "\"" {
			in = !in
		}
		r.quoted[k] = in
		// A negator read as a bound or a phrase ("not just", "no longer") still
		// keeps the sentence from being read as asserting what follows it.
		bound := t.word && negWord(t.low)
		if (implicitNegators[t.low] || implicitNegators[t.lemma] || bound) && !approximator(ts, k) {
			r.implicit = append(r.implicit, negScope{at: k, from: k + 1, to: end(k)})
		}
		if t.word && conditionals[t.low] {
			for j := k; j < end(k); j++ {
				r.hypo[j] = true
			}
		}
	}
	for k := range ts {
		neg, quant := isNegator(ts, k)
		if !neg || r.hypo[k] {
			continue
		}
		from := k + 1
		s := negScope{at: k, from: from, to: end(k), quant: quant}
		if quant && (negScope{from: from, to: len(ts)}).has(ts, firstWords) {
			continue
		}
		r.scopes = append(r.scopes, s)
	}
	return r
}

// listTail reports whether the comma or conjunction at token k only goes on
// with a list of modifiers to the end of the sentence ("was not Twitter's
// legal, public policy, and trust and safety lead."): no verb, pronoun,
// negator or clause word follows, so no new clause begins and the whole list
// is what the negation covers. A reporting tail ("..., police said") or a
// new clause ends the scope as before.
func listTail(ts []ntok, k int) bool {
	words := 0
	for j := k + 1; j < len(ts); j++ {
		t := ts[j]
		if !t.word {
			if t.low == "," {
				continue
			}
			if j == len(ts)-1 && strings.Contains(".!", t.low) {
				break
			}
			return false
		}
		if t.low == "and" || t.low == "or" {
			continue
		}
		if finiteVerb(t) || auxiliaries[t.low] || sayVerbs[t.lemma] || subjectWords[t.low] || scopeEnds[t.low] ||
			negWord(t.low) || conditionals[t.low] || strings.HasSuffix(t.low, "ing") {
			return false
		}
		words++
	}
	return words > 0
}

// clauseLink reports whether token k is "as", "after", "before" or "once"
// opening a clause of its own ("will not return as Musk began the purge"): a
// pronoun or a capitalised name follows, or a noun phrase with a finite verb
// of its own ("No damage was reported after the 4.1 tremor struck": the
// tremor's magnitude is no part of what is denied).
func clauseLink(s string, ts []ntok, k int) bool {
	if k+1 >= len(ts) || !(ts[k].low == "as" || ts[k].low == "after" || ts[k].low == "before" || ts[k].low == "once") {
		return false
	}
	n := ts[k+1]
	if subjectWords[n.low] || n.word && s[n.off] >= 'A' && s[n.off] <= 'Z' {
		return true
	}
	if !determiners[n.low] {
		return false
	}
	// The verb comes after at least one word of the noun phrase.
	for j := k + 3; j < len(ts); j++ {
		t := ts[j]
		if !t.word && strings.Contains(scopeStops, t.low) || t.word && scopeEnds[t.low] {
			return false
		}
		if finiteVerb(t) {
			return true
		}
	}
	return false
}

// determiners open a noun phrase that may be a clause's subject.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "this": true, "these": true, "those": true, "our": true}

// finiteAux are finite verbs whatever follows them.
var finiteAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true,
	"have": true, "did": true, "does": true, "will": true, "would": true, "could": true, "can": true}

// pluralNouns are irregular plurals that the lemmatiser changes as it does a past tense.
var pluralNouns = map[string]bool{"men": true, "women": true, "children": true, "people": true, "feet": true,
	"teeth": true, "police": true, "data": true, "media": true}

// finiteVerb reports whether a token reads as a verb in the past tense or an
// auxiliary: a word the lemmatiser changes that is no plural or participle.
func finiteVerb(t ntok) bool {
	if !t.word {
		return false
	}
	if finiteAux[t.low] {
		return true
	}
	if t.lemma == t.low || pluralNouns[t.low] || strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	return true
}

// subjectWords are pronouns that open a clause.
var subjectWords = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// startsInQuote reports whether a sentence begins inside a quotation opened
// in an earlier sentence: its quotation marks are odd in number and the first
// one closes (a right curly quote, or a straight one after a word and before
// a space or the end).
func startsInQuote(s string, ts []ntok) bool {
	n, first := 0, -1
	for k, t := range ts {
		if t.low == "\"" {
			if first < 0 {
				first = k
			}
			n++
		}
	}
	if n%2 == 0 {
		return false
	}
	// 'A remark opened with a single mark and closed with a double one," he said.
	if t := strings.TrimSpace(s); strings.HasPrefix(t, "'") || strings.HasPrefix(t, "‘") {
		return true
	}
	off := ts[first].off
	switch {
	case strings.HasPrefix(s[off:], "”"):
		return true
	case strings.HasPrefix(s[off:], "“"):
		return false
	}
	before := off > 0 && s[off-1] != ' '
	after := off+1 >= len(s) || s[off+1] == ' '
	return before && after
}

// has reports whether a scope holds one of the words.
func (s negScope) has(ts []ntok, words map[string]bool) bool {
	for k := s.from; k < s.to && k < len(ts); k++ {
		if words[ts[k].low] {
			return true
		}
	}
	return false
}

// negatedAt returns the scope that holds the byte range [start, end) of the
// sentence, or with subject set, whose subject holds it ("10 people had not
// been killed").
func (r negReading) negatedAt(start, end int, subject bool) (negScope, bool) {
	for _, s := range r.scopes {
		if lo, hi := r.subjectSpan(s); subject && hi > lo && start >= lo && end <= hi {
			return s, true
		}
		if s.from >= s.to {
			continue
		}
		lo := r.toks[s.from].off
		hi := len(r.toks[s.to-1].low) + r.toks[s.to-1].off
		if start >= lo && end <= hi+1 {
			return s, true
		}
	}
	return negScope{}, false
}

// content reports whether a token carries meaning for matching clauses.
func (t ntok) content() bool {
	return t.word && len(t.low) > 1 && !claims.IsStopWord(t.low) && !claims.IsStopWord(t.lemma) && !negWord(t.low)
}

// negWord reports whether a word is itself a negator.
func negWord(w string) bool {
	return w == "not" || w == "never" || w == "cannot" || quantNegators[w] || strings.HasSuffix(w, "n't") || bareContractions[w]
}

// predicate is the first content lemma of a scope: the negated verb, or for
// a quantifier the negated noun.
func (r negReading) predicate(s negScope) string {
	for k := s.from; k < s.to; k++ {
		if v := phrasalAt(r.toks, k); v != "" && k+1 < s.to {
			return v
		}
		if r.toks[k].content() {
			return r.toks[k].lemma
		}
	}
	return ""
}

// scoped returns the content lemmas inside a scope.
func (r negReading) scoped(s negScope) map[string]bool {
	out := map[string]bool{}
	for k := s.from; k < s.to; k++ {
		if r.toks[k].content() {
			out[r.toks[k].lemma] = true
		}
		if v := phrasalAt(r.toks, k); v != "" && k+1 < s.to {
			out[v] = true
		}
	}
	return out
}

// asserted returns the content lemmas a sentence states plainly (outside
// every negation scope and conditional clause), inside or outside quotation
// marks as quoted says.
func (r negReading) asserted(quoted bool) map[string]bool {
	in := make([]bool, len(r.toks))
	for _, s := range r.scopes {
		for k := s.at; k < s.to; k++ {
			in[k] = true
		}
	}
	out := map[string]bool{}
	for k, t := range r.toks {
		if !in[k] && !r.hypo[k] && r.quoted[k] == quoted && t.content() {
			out[t.lemma] = true
		}
		if v := phrasalAt(r.toks, k); v != "" && !in[k] && !r.hypo[k] && r.quoted[k] == quoted {
			out[v] = true
		}
	}
	return out
}

// lemmas returns all content lemmas of a sentence.
func (r negReading) lemmas() map[string]bool {
	out := map[string]bool{}
	for k, t := range r.toks {
		if t.content() {
			out[t.lemma] = true
		}
		if v := phrasalAt(r.toks, k); v != "" {
			out[v] = true
		}
	}
	return out
}

// negatedWords returns the content lemmas that some negation of the
// sentence, with a negator or in a word of its own, covers.
func (r negReading) negatedWords() map[string]bool {
	out := map[string]bool{}
	for _, ss := range [][]negScope{r.scopes, r.implicit} {
		for _, s := range ss {
			for w := range r.scoped(s) {
				out[w] = true
			}
		}
	}
	return out
}

// negates reports whether some negation of the sentence, with a negator or
// in a word of its own, covers one of the words.
func (r negReading) negates(words map[string]bool) bool {
	for _, ss := range [][]negScope{r.scopes, r.implicit} {
		for _, s := range ss {
			for w := range r.scoped(s) {
				if words[w] {
					return true
				}
			}
		}
	}
	return false
}

// subject returns the content lemmas of the clause before a negator: the
// subject, which another sentence must mention for its clause to be the one denied.
func (r negReading) subject(s negScope) []string {
	var out []string
	for k := s.at - 1; k >= 0; k-- {
		t := r.toks[k]
		if j := r.asideStart(k); j >= 0 {
			// "26 people — including 20 children — were not killed": the
			// aside names the subject too ("killed 20 children").
			for i := j + 1; i < k; i++ {
				if w := r.toks[i]; subjectWord(w) {
					out = append(out, w.lemma)
				}
			}
			k = j
			continue
		}
		if !t.word && strings.Contains(scopeStops, t.low) || t.word && scopeEnds[t.low] {
			break
		}
		if subjectWord(t) {
			out = append(out, t.lemma)
		}
	}
	if len(out) == 0 {
		out = r.antecedent(s)
	}
	return out
}

// personalPronouns stand for people a sentence has named before them.
var personalPronouns = map[string]bool{"he": true, "she": true, "they": true}

// antecedent returns, when a negated clause's subject is a personal pronoun
// right before the negator ("Agrawal and Segal were in the building when the
// deal closed and they were not escorted out"), the names that open the
// sentence: the capitalised words before its first verb, which the pronoun
// stands for. Otherwise, or when the sentence opens otherwise, nil.
func (r negReading) antecedent(s negScope) []string {
	k := s.at - 1
	for k >= 0 && auxiliaries[r.toks[k].low] {
		k--
	}
	if k <= 0 || !personalPronouns[r.toks[k].low] {
		return nil
	}
	var out []string
	for j := 0; j < k; j++ {
		t := r.toks[j]
		if !t.word {
			break
		}
		if auxiliaries[t.low] || finiteVerb(t) {
			return out
		}
		if t.caps && subjectWord(t) {
			out = append(out, t.lemma)
		} else if t.low != "and" {
			return nil // the sentence opens with something other than names
		}
	}
	return nil
}

// subjectWord reports whether a token of a subject names what the clause is
// about: a content word, not a figure ("the then-17-year-old", "Twenty of
// those"), which describes or counts, and does not name.
func subjectWord(t ntok) bool {
	return t.content() && !strings.ContainsAny(t.low, "0123456789") && !claims.IsNumberWord(t.low)
}

// sayVerbs end a subject: what comes before them is the speaker's clause
// ("he said on Thursday he did not buy it").
var sayVerbs = map[string]bool{"say": true, "said": true, "tell": true, "told": true, "add": true, "announce": true,
	"report": true, "state": true, "claim": true, "confirm": true, "explain": true}

// subjectSpan returns the byte range of the clause before a negator.
func (r negReading) subjectSpan(s negScope) (int, int) {
	k := s.at - 1
	for ; k >= 0; k-- {
		t := r.toks[k]
		if j := r.asideStart(k); j >= 0 {
			k = j
			continue
		}
		if !t.word && strings.Contains(scopeStops, t.low) || t.word && (scopeEnds[t.low] || sayVerbs[t.lemma]) {
			break
		}
		if subjectWords[t.low] {
			k-- // a pronoun is the whole subject; what precedes it is another clause's
			break
		}
	}
	if k+1 >= s.at {
		return 0, 0
	}
	return r.toks[k+1].off, r.toks[s.at].off
}

// sameSubject reports whether the other sentence (its lemmas) names the
// subject of a negated clause, or the subject is a pronoun or empty: "the
// surrounding area has not been hit" does not deny that "the island was hit".
func (r negReading) sameSubject(s negScope, other map[string]bool) bool {
	subj := r.subject(s)
	if len(subj) == 0 {
		return true
	}
	for _, w := range subj {
		if other[w] {
			return true
		}
		for o := range other {
			if claims.Related(w, o) {
				return true
			}
		}
	}
	return false
}

// namedSubject reports whether the negated clause has a subject of content
// words that the other sentence mentions.
func (r negReading) namedSubject(s negScope, other map[string]bool) bool {
	return len(r.subject(s)) > 0 && r.sameSubject(s, other)
}

// nounPhrase returns the content lemmas right after a quantifier negator:
// "no bank failures at all" → bank, failure.
func (r negReading) nounPhrase(s negScope) []string {
	var out []string
	for k := s.from; k < s.to; k++ {
		if !r.toks[k].content() {
			if len(out) > 0 || !r.toks[k].word {
				break
			}
			continue // "no other suitors"
		}
		out = append(out, r.toks[k].lemma)
	}
	return out
}

// hasPhrase reports whether the sentence holds the lemmas as one run of
// content words: "bank failures" is not stated by "the failure ... banks".
func (r negReading) hasPhrase(ph []string) bool {
	if len(ph) == 0 {
		return true
	}
	var cs []string
	for _, t := range r.toks {
		if t.content() {
			cs = append(cs, t.lemma)
		} else if !t.word {
			cs = append(cs, "")
		}
	}
	for i := 0; i+len(ph) <= len(cs); i++ {
		ok := true
		for j, w := range ph {
			if cs[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// scopeMinShared is how many content words a negated clause must share with
// the other sentence's asserted words when its verb differs ("will not appear
// at the district court" / "is due before the district court").
const scopeMinShared = 2

// denies reports whether sentence a negates something sentence b asserts:
// some scope of a whose verb b asserts (itself or, with another shared word,
// a WordNet relative), or whose words b asserts at least scopeMinShared of.
// A sentence b whose own negation, with a negator or in a word of its own,
// covers a word a's negations cover is left alone: which of two negations
// covers what is beyond a word-level reading ("is not deep enough, so a wave
// is not expected" / "is not deep enough to expect a wave"). A negation of b
// elsewhere in the sentence does not shield it ("is very deep, so a wave is
// not expected" / "is not deep enough to expect a wave": deep is denied).
// Words a quotes are set only against words b quotes: narration and a
// speaker's remark are different claims. It returns the negated predicate.
func denies(a, b negReading) (string, bool) {
	if len(a.scopes) == 0 || b.negates(a.negatedWords()) {
		return "", false
	}
	all := b.lemmas()
	for _, s := range a.scopes {
		pos := assertedAgainst(a, b, s)
		words := a.scoped(s)
		pred := a.predicate(s)
		if pred == "" || !(a.sameSubject(s, all) || a.definiteFor(s, b)) || s.quant && !b.hasPhrase(a.nounPhrase(s)) {
			continue
		}
		shared := 0
		for w := range words {
			if pos[w] {
				shared++
			}
		}
		if shared >= scopeMinShared {
			return pred, true
		}
		// A light verb says little; its complement is what is denied: "the
		// dog was not found dead" denies "the dog had been killed" and "a
		// dead dog ... were discovered".
		if lightVerbs[pred] && !pos[pred] && a.namedSubject(s, all) {
			if c := a.complement(s); c != "" && assertsLike(pos, c) {
				return c, true
			}
		}
		// A role the negated clause gives its named subject ("The FDIC was not
		// appointed as a receiver") is denied where the other sentence gives
		// that subject the role ("the FDIC, now the official receiver").
		if r := a.roleNoun(s); r != "" && pos[r] && a.namedSubject(s, all) {
			return r, true
		}
		// A lone shared verb ("it doesn't appear" / "there appeared") needs a
		// subject the two clauses share.
		if shared == 0 || !a.namedSubject(s, all) {
			continue
		}
		if pos[pred] {
			return pred, true
		}
		for w := range pos {
			if claims.Related(pred, w) {
				return pred, true
			}
		}
	}
	return "", false
}

// assertedAgainst returns the words sentence b asserts that a's negation
// scope s may deny: b's narration against narration, its quotations against
// a quotation, and both where one report quotes a speaker and the other
// reports the same speaker's words ("said the bridge was not safe" / said:
// "The bridge is safe").
func assertedAgainst(a, b negReading, s negScope) map[string]bool {
	pos := b.asserted(a.quoted[s.at])
	if (a.reportedSpeech(s.at) || a.quoted[s.at] && b.reportedSpeech(len(b.toks))) && sameSpeaker(a, b) {
		for w := range b.asserted(!a.quoted[s.at]) {
			pos[w] = true
		}
	}
	return pos
}

// lightVerbs carry little meaning of their own in a negated clause; the word
// after them is the predicate ("not found dead", "did not become law").
var lightVerbs = map[string]bool{"find": true, "found": true, // the dictionary takes "found" for its own verb
	"be": true, "become": true, "remain": true, "get": true, "seem": true, "appear": true, "leave": true}

// roleNoun returns the noun after "as" in a scope ("not appointed as a
// receiver" → receiver), or "": the role the clause gives its subject.
func (r negReading) roleNoun(s negScope) string {
	for k := s.from; k < s.to; k++ {
		if r.toks[k].low != "as" {
			continue
		}
		for j := k + 1; j < s.to; j++ {
			t := r.toks[j]
			if t.content() {
				return t.lemma
			}
			if !t.word || !determiners[t.low] {
				return ""
			}
		}
		return ""
	}
	return ""
}

// complement returns the content lemma after a scope's predicate, or "".
func (r negReading) complement(s negScope) string {
	seen := false
	for k := s.from; k < s.to; k++ {
		if !r.toks[k].content() {
			continue
		}
		if seen {
			return r.toks[k].lemma
		}
		seen = true
	}
	return ""
}

// assertsLike reports whether the asserted words hold the lemma, or a word
// for the same fate of people ("dead" / "killed") or a WordNet relative.
func assertsLike(pos map[string]bool, w string) bool {
	if pos[w] {
		return true
	}
	for p := range pos {
		if deathWords[w] && deathWords[p] || claims.Related(w, p) {
			return true
		}
	}
	return false
}

// asideStart returns, when token k closes an aside set off by a pair of
// dashes or by brackets ("26 people — including 20 children — were"), the
// index of the token that opens it, so that a subject read backwards from a
// negator steps over the aside; otherwise -1. An aside holding a clause
// boundary is not stepped over.
func (r negReading) asideStart(k int) int {
	t := r.toks[k]
	if t.word || !(t.low == "—" || t.low == "–" || t.low == ")") {
		return -1
	}
	open := t.low
	if open == ")" {
		open = "("
	}
	for j := k - 1; j >= 0; j-- {
		u := r.toks[j]
		if !u.word && u.low == open {
			if j == 0 {
				return -1 // nothing before the aside to be the subject
			}
			return j
		}
		if !u.word && strings.Contains(".;:!?\"", u.low) || u.word && scopeEnds[u.low] && u.low != "and" {
			return -1
		}
	}
	return -1
}

// reportedSpeech reports whether a verb of saying comes before token at: what follows
// it is someone's words reported, which a quotation of the same words can contradict.
func (r negReading) reportedSpeech(at int) bool {
	for k := 0; k < at && k < len(r.toks); k++ {
		if t := r.toks[k]; t.word && sayVerbs[t.lemma] {
			return true
		}
	}
	return false
}

// speakerWords are the content lemmas before a sentence's first verb of saying: who speaks.
func (r negReading) speakerWords() map[string]bool {
	out := map[string]bool{}
	for _, t := range r.toks {
		if t.word && sayVerbs[t.lemma] {
			return out
		}
		if t.content() && !strings.ContainsAny(t.low, "0123456789") {
			out[t.lemma] = true
		}
	}
	return map[string]bool{} // no verb of saying: nobody is quoted as speaking
}

// sameSpeaker reports whether two sentences name a speaker in common before their verbs
// of saying ("The mayor, aged 52, said" / "The 52-year-old mayor said"), or one of
// them gives its speaker only as a personal pronoun ("He added:"), who may be the
// speaker the other names: the sentence before it names him, which a
// sentence-level reading cannot see.
func sameSpeaker(a, b negReading) bool {
	sa, sb := a.speakerWords(), b.speakerWords()
	for w := range sa {
		if sb[w] {
			return true
		}
	}
	return a.pronounSpeaker() && len(sb) > 0 || b.pronounSpeaker() && len(sa) > 0
}

// pronounSpeaker reports whether a personal pronoun is all a sentence says of
// its speaker before its first verb of saying ("He added:", "she told reporters").
func (r negReading) pronounSpeaker() bool {
	pron := false
	for _, t := range r.toks {
		if t.word && sayVerbs[t.lemma] {
			return pron
		}
		switch {
		case t.word && personalPronouns[t.low]:
			pron = true
		case t.content():
			return false
		}
	}
	return false
}
