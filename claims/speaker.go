package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// saidVerbs are finite verbs of saying that attribute words to a speaker.
var saidVerbs = wordSet("said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks",
	"continued", "continues", "explained", "explains", "wrote", "writes", "tweeted", "tweets", "stated", "states",
	"claimed", "claims", "insisted", "insists", "warned", "warns", "noted", "notes", "argued", "argues",
	"declared", "declares", "announced", "announces", "acknowledged", "acknowledges", "admitted", "admits",
	"replied", "replies", "responded", "responds", "recalled", "recalls", "suggested", "suggests", "confirmed",
	"confirms", "commented", "comments", "remarked", "posted", "quipped", "concluded", "cautioned", "stressed",
	"stresses", "emphasised", "emphasized", "observed", "testified", "shouted", "cried", "yelled", "pleaded",
	"demanded", "vowed", "conceded", "maintained", "agreed", "joked", "reported", "reports", "alleged",
	"alleges", "predicted", "promised", "revealed", "disclosed", "indicated", "estimated", "denied", "denies",
	"insist", "claim", "warn", "argue", "believe", "believes", "thinks", "urged", "urges")

// saidParticiples introduce words of the clause's subject ("..., saying ...").
var saidParticiples = wordSet("saying", "adding", "writing", "telling", "noting", "arguing", "warning",
	"explaining", "insisting", "calling", "describing", "claiming", "stating", "declaring", "asking", "tweeting",
	"urging", "stressing", "posting")

// npStops end a speaker's noun phrase.
var npStops = wordSet("that", "which", "who", "whom", "whose", "but", "because", "while", "when", "as", "after",
	"before", "if", "since", "although", "though", "where", "so", "than", "is", "was", "were", "are", "has",
	"have", "had", "be", "been", "to", "in", "on", "at", "during", "with", "by", "into", "from", "about", "adding",
	"saying", "it", "this", "there", "not", "also", "yesterday", "today", "tonight", "earlier", "later", "then",
	"however", "recently", "previously", "once", "last", "this", "next", "will", "would", "could", "may", "might",
	"can", "did", "do", "does", "just", "again", "further", "subsequently", "separately", "reportedly", "allegedly")

// npSkips are adverbs and auxiliaries that may stand between a speaker and the verb.
var npSkips = wordSet("also", "later", "earlier", "previously", "then", "further", "has", "have", "had", "once",
	"again", "recently", "separately", "subsequently", "reportedly", "allegedly", "initially", "repeatedly")

// subjectPronouns may stand for a speaker.
var subjectPronouns = wordSet("he", "she", "they", "we", "i", "it")

// vagueSources head noun phrases that attribute a statement to nobody in particular.
var vagueSources = wordSet("source", "sources", "expert", "experts", "analyst", "analysts", "observer",
	"observers", "critic", "critics", "report", "reports", "insider", "insiders", "some", "many", "others",
	"people", "commentator", "commentators", "rumour", "rumours", "rumor", "rumors", "someone", "media")

// atok is a word or punctuation mark of normalised text.
type atok struct {
	text, low  string
	start, end int
	word       bool
}

// attrTokens splits normalised text into words (with inner apostrophes, hyphens and dots) and marks.
func attrTokens(s string) []atok {
	var out []atok
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			out = append(out, atok{text: s[i : i+size], low: s[i : i+size], start: i, end: i + size})
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
			if (r2 == '\'' || r2 == '-' || r2 == '.') && j+1 < len(s) {
				r3, _ := utf8.DecodeRuneInString(s[j+1:])
				if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
					j += sz
					continue
				}
			}
			break
		}
		// A plural possessive ("parents'") keeps its apostrophe.
		if j < len(s) && s[j] == '\'' && s[j-1] == 's' && (j+1 == len(s) || s[j+1] == ' ') {
			j++
		}
		out = append(out, atok{text: s[i:j], low: strings.ToLower(s[i:j]), start: i, end: j, word: true})
		i = j
	}
	return out
}

// capTok reports whether a token starts with an upper-case letter.
func capTok(t atok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// npBefore returns the token range [a, b) of the noun phrase that ends right
// before token v (a verb of saying), skipping adverbs and a parenthetical
// ", who ..., " or appositive ", the X, " clause.
func npBefore(ts []atok, v int) (int, int) {
	b := v
	for b > 0 && ts[b-1].word && npSkips[ts[b-1].low] {
		b--
	}
	if b > 1 && (ts[b-1].low == "who" || ts[b-1].low == "which") && ts[b-2].text == "," {
		b -= 2 // "the speakers, who said"
	} else if b > 0 && ts[b-1].text == "," {
		// Skip back over a parenthetical to the name it describes.
		k := b - 2
		for k >= 0 && ts[k].text != "," && ts[k].text != "\"" && b-k < 30 {
			k--
		}
		if k >= 1 && ts[k].text == "," && ts[k-1].word && (capTok(ts[k-1]) || ts[k+1].word && (ts[k+1].low == "who" || ts[k+1].low == "which" || ts[k+1].low == "the" || ts[k+1].low == "a" || ts[k+1].low == "an")) {
			b = k
		} else {
			return b, b
		}
	}
	a := b
	for a > 0 && b-a < 8 {
		t := ts[a-1]
		if !t.word {
			break
		}
		if npStops[t.low] || saidVerbs[t.low] || saidParticiples[t.low] || strings.HasSuffix(t.low, "ed") && t.text == t.low && !roleHeads[t.low] {
			break
		}
		if t.low == "and" && !(a-2 >= 0 && capTok(ts[a-2]) || a-2 >= 0 && (ts[a-2].low == "peers" || strings.HasSuffix(ts[a-2].low, "s"))) {
			break
		}
		a--
	}
	return a, b
}

// npAfter returns the token range [a, b) of the noun phrase that starts at token i
// ("said [a spokesperson for the firm]").
func npAfter(ts []atok, i int) (int, int) {
	b := i
	for b < len(ts) && b-i < 8 {
		t := ts[b]
		if !t.word || npStops[t.low] || saidVerbs[t.low] || calendarWords[t.low] {
			break
		}
		if t.low == "and" && !(b+1 < len(ts) && capTok(ts[b+1])) {
			break
		}
		if (t.low == "for" || t.low == "of") && !(b+1 < len(ts) && ts[b+1].word) {
			break
		}
		b++
	}
	for b > i && (ts[b-1].low == "for" || ts[b-1].low == "of" || ts[b-1].low == "and") {
		b--
	}
	return i, b
}

// attrSpan is a speaker noun phrase found in a piece of text, as a byte span.
type attrSpan struct {
	start, end int
	found      bool
	// participle marks "..., saying" forms whose speaker is the clause's subject.
	participle bool
}

// attributionAfter reads the attribution that follows a closing quote mark:
// ", a spokesperson said", ", said Hoyle", "he told the BBC", ", according to X".
func attributionAfter(tail string) attrSpan {
	ts := attrTokens(tail)
	i := 0
	for i < len(ts) && !ts[i].word && ts[i].text != "." && ts[i].text != "\"" {
		i++
	}
	if i >= len(ts) || !ts[i].word {
		return attrSpan{}
	}
	if saidAt(ts, i) {
		a, b := npAfter(ts, i+1)
		if b > a {
			return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
		}
		return attrSpan{}
	}
	if ts[i].low == "according" && i+1 < len(ts) && ts[i+1].low == "to" {
		a, b := npAfter(ts, i+2)
		if b > a {
			return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
		}
		return attrSpan{}
	}
	// Speaker then verb, within the clause.
	for v := i; v < len(ts) && v-i < 30; v++ {
		if ts[v].text == "." || ts[v].text == "\"" || ts[v].text == ";" {
			break
		}
		if saidAt(ts, v) || v+3 < len(ts) && ts[v].low == "quoted" && ts[v+1].low == "as" {
			end := v
			if ts[v].low == "quoted" && v >= 2 && (ts[v-1].low == "was" || ts[v-1].low == "were") {
				end = v - 1
			}
			a, b := npBefore(ts, end)
			if b > a && a == i {
				return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
			}
			return attrSpan{}
		}
	}
	return attrSpan{}
}

// attributionBefore reads the attribution that leads into an opening quote mark:
// "A spokesman said: ", "X told the BBC: ", "according to X, ", "..., saying ".
func attributionBefore(head string) attrSpan {
	ts := attrTokens(head)
	for v := len(ts) - 1; v >= 0 && len(ts)-v <= 12; v-- {
		t := ts[v]
		if t.text == "\"" || t.text == "." && v < len(ts)-1 {
			break
		}
		if !t.word {
			continue
		}
		if t.low == "according" && v+1 < len(ts) && ts[v+1].low == "to" {
			a, b := npAfter(ts, v+2)
			if b > a {
				return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
			}
		}
		if saidParticiples[t.low] {
			return attrSpan{participle: true, found: true}
		}
		if saidAt(ts, v) {
			a, b := npBefore(ts, v)
			if b > a {
				return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
			}
			if a, b := npAfter(ts, v+1); b > a && b >= len(ts)-1 {
				return attrSpan{start: ts[a].start, end: ts[b-1].end, found: true}
			}
			return attrSpan{}
		}
	}
	return attrSpan{}
}

// speakerPhrase turns a speaker noun phrase into its reported form: lower case,
// leading articles dropped ("A spokesperson" → "spokesperson"); names keep their case.
func speakerPhrase(np string) string {
	np = strings.TrimSpace(strings.Trim(np, ",.:;\"' "))
	f := strings.Fields(np)
	allCaps := len(f) > 0
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameJoiners[w] {
			allCaps = false
		}
	}
	low := strings.ToLower(np)
	for _, art := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(low, art) {
			np, low = np[len(art):], low[len(art):]
			f = strings.Fields(np)
			allCaps = len(f) > 0
			for _, w := range f {
				r, _ := utf8.DecodeRuneInString(w)
				if !unicode.IsUpper(r) && !nameJoiners[w] {
					allCaps = false
				}
			}
			break
		}
	}
	if len(f) == 1 && !isAcronym(np) && inDict(low) {
		return low // "Police said" → "police"
	}
	if allCaps && len(f) > 0 && !stopWords[strings.ToLower(f[0])] {
		return stripTitlesText(np)
	}
	return low
}

// isVague reports whether a speaker phrase names no one in particular ("sources", "some experts").
func isVague(phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	if len(f) == 0 {
		return false
	}
	head := strings.Trim(f[len(f)-1], "'")
	return vagueSources[head] || vagueSources[f[0]] && len(f) <= 2
}

// isSaidVerb reports whether token t is a lower-case verb of saying.
func isSaidVerb(t atok) bool { return t.word && t.text == t.low && saidVerbs[t.low] }

// determiners before a verb form show it is a noun ("the claims", "his reports").
var determiners = wordSet("the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "our", "my", "your", "this", "that", "any", "no", "some")

// saidAt reports whether token v is a verb of saying in context, not a noun after a determiner.
func saidAt(ts []atok, v int) bool {
	return isSaidVerb(ts[v]) && !(v > 0 && determiners[ts[v-1].low])
}
