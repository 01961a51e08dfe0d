package compare

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// summarize states a group's positions in an editor's words, each value with
// the reports that give it: "killed: 9 (s1) vs 11 (s2, s3, s4)" for a
// dispute, "age: 31 years (s1, s2, s3)" for an agreement.
func summarize(what string, pos []Position, conflict bool) string {
	if len(pos) == 0 {
		return ""
	}
	parts := make([]string, len(pos))
	for i, p := range pos {
		parts[i] = fmt.Sprintf("%s (%s)", dropEcho(p.Value, what), strings.Join(p.Sources, ", "))
	}
	sep := "; "
	if conflict {
		sep = " vs "
	}
	s := strings.Join(parts, sep)
	if what != "" {
		s = what + ": " + s
	}
	return s
}

// dropEcho drops the counted noun from the end of a value when it only
// repeats the label: "injured: 17" rather than "injured: 17 injured".
func dropEcho(value, label string) string {
	i := strings.LastIndexByte(value, ' ')
	if i < 0 || label == "" {
		return value
	}
	w := strings.ToLower(value[i+1:])
	for _, l := range strings.Fields(label) {
		if w == l || claims.Lemma(w) == claims.Lemma(l) {
			return value[:i]
		}
	}
	// "killed: 24 dead": the noun names the label's outcome in other words.
	if cl := classOf(w); cl != "" && outcomeLabel[cl] == label {
		return value[:i]
	}
	return value
}

// outcomeLabel names each outcome class of measure.go as a summary says it.
var outcomeLabel = map[string]string{
	"dead": "killed", "hurt": "injured", "missing": "missing", "rescued": "rescued", "evacuated": "evacuated",
	"arrested": "arrested", "charged": "charged", "convicted": "convicted", "acquitted": "acquitted",
	"displaced": "displaced", "aboard": "people aboard",
}

// kindLabel names what a value of each type measures when nothing more precise is known.
var kindLabel = map[string]string{
	"number": "count", "money": "amount", "percent": "share", "duration": "duration", "age": "age",
	"measure": "measure", "magnitude": "magnitude", "date": "date", "time": "time of day", "tally": "score",
	"ordinal": "rank",
}

// measureLabel says in a word or two what a group's figures measure: the
// outcome its counts of people state ("killed", "injured"), else the kind of
// value ("age", "amount", "date").
func measureLabel(cs []claims.Claim) string {
	typ, outcome := "", ""
	for i := range cs {
		c := &cs[i]
		if c.Value == nil {
			continue
		}
		if typ == "" {
			typ = c.Value.Type
		}
		if o := measureOf(c); o != "" {
			if outcome != "" && outcome != o {
				outcome = "-"
			} else if outcome == "" {
				outcome = o
			}
		}
	}
	if l := outcomeLabel[outcome]; l != "" {
		return l
	}
	return kindLabel[typ]
}

// summaryWords is how many words of a statement a summary quotes.
const summaryWords = 14

// statementSummary quotes the shortest of the agreeing sentences that reads
// as a sentence, cut to summaryWords words, with the reports that state it:
// an editor reads what the reports agree on rather than a list of the words
// they share.
func statementSummary(cs []claims.Claim) string {
	if len(cs) == 0 {
		return ""
	}
	best := ""
	var srcs []string
	seen := map[string]bool{}
	for _, c := range cs {
		if best == "" || better(c.Text, best) {
			best = c.Text
		}
		if !seen[c.Source] {
			seen[c.Source] = true
			srcs = append(srcs, c.Source)
		}
	}
	return fmt.Sprintf("%s (%s)", quoteMarks(shortWords(unquote(best))), strings.Join(srcs, ", "))
}

// summaryMinWords is how many words a sentence without closing punctuation
// needs to stand for a group of agreeing sentences: fewer is usually a scrap
// left by a broken line.
const summaryMinWords = 4

// better reports whether sentence a should stand for its group rather than b:
// a whole sentence beats a scrap, then the shorter wins.
func better(a, b string) bool {
	na, nb := len(strings.Fields(a)), len(strings.Fields(b))
	if scrap(a) != scrap(b) {
		return !scrap(a)
	}
	return na < nb
}

// scrap reports whether a sentence looks like a fragment: a few words with no
// closing punctuation.
func scrap(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"”’')")
	return len(strings.Fields(s)) < summaryMinWords && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?")
}

// unquote strips the quotation marks around a sentence that is itself a
// quotation, or a stray one at either end, when what is left has its marks
// paired, so the summary's own marks do not double them.
func unquote(s string) string {
	s = strings.TrimSpace(s)
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	lead := n > 0 && (first == '"' || first == '“')
	trail := m > 0 && len(s) > n && (last == '"' || last == '”')
	for _, cut := range [][2]bool{{lead, trail}, {lead, false}, {false, trail}} {
		if !cut[0] && !cut[1] {
			continue
		}
		t := s
		if cut[0] {
			t = t[n:]
		}
		if cut[1] {
			t = t[:len(t)-m]
		}
		if paired(t) {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// paired reports whether a text's double quotation marks open and close in pairs.
func paired(s string) bool {
	return strings.Count(s, "“") == strings.Count(s, "”") && strings.Count(s, `"`)%2 == 0
}

// quoteMarks wraps a quoted sentence in double marks, or in single ones when
// it holds double marks itself, as nested quotations are written.
func quoteMarks(s string) string {
	if strings.ContainsAny(s, "\"“”") {
		return "‘" + s + "’"
	}
	return "“" + s + "”"
}

// clauseBreak splits a sentence into the clauses and phrases a unique detail is shown by.
// A comma or colon breaks only before a space, a closing quotation mark or the
// end, so "8:30 p.m." and "14,000" stay whole.
var clauseBreak = regexp.MustCompile(`\s*(?:[,;:]["”’']?(?:\s|$)|[;()—–]|\s-\s|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bwhere\b)\s*`)

// residualPhrase returns the clause of a sentence that carries most of the
// words no matching sentence of another report has, cut to summaryWords
// words: an editor reads "a postgraduate student from Kelbridge" rather than
// a list of words.
func residualPhrase(sentence string, extra []string) string {
	i, j := residualSpan(sentence, extra)
	return shortWords(sentence[i:j])
}

// residualSpan returns the byte span [i, j) of the clause of sentence that
// holds most of the extra words (or their lemmas), trimmed of spaces; i == j
// when no clause holds any.
func residualSpan(sentence string, extra []string) (int, int) {
	in := map[string]bool{}
	for _, t := range extra {
		in[t] = true
	}
	bi, bj, top := 0, 0, 0
	from := 0
	breaks := append(clauseBreak.FindAllStringIndex(sentence, -1), []int{len(sentence), len(sentence)})
	for _, br := range breaks {
		part := sentence[from:br[0]]
		n := 0
		for _, w := range strings.Fields(part) {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))
			if in[w] || in[claims.Lemma(w)] {
				n++
			}
		}
		if n > top {
			// A clause cut after a closing quotation mark starts with it.
			lead := len(part) - len(strings.TrimLeft(part, " \t\n\"'”’"))
			bi, bj, top = from+lead, from+len(strings.TrimRight(part, " \t\n")), n
		}
		from = br[1]
	}
	return bi, bj
}

// wordsSpan returns the byte span [i, j) from the first to the last word of
// sentence that is one of the extra words (or has its lemma); i == j when none is.
func wordsSpan(sentence string, extra []string) (int, int) {
	in := map[string]bool{}
	for _, t := range extra {
		in[t] = true
	}
	i, j := -1, -1
	for _, loc := range wordRun.FindAllStringIndex(sentence, -1) {
		w := strings.ToLower(sentence[loc[0]:loc[1]])
		if in[w] || in[claims.Lemma(w)] {
			if i < 0 {
				i = loc[0]
			}
			j = loc[1]
		}
	}
	if i < 0 {
		return 0, 0
	}
	// A word or two left at either end reads as a fragment; take them in.
	if len(wordRun.FindAllString(sentence[j:], 3)) <= 2 {
		j = len(strings.TrimRight(sentence, " \t\n"))
	}
	if len(wordRun.FindAllString(sentence[:i], 3)) <= 2 {
		i = len(sentence) - len(strings.TrimLeft(sentence, " \t\n"))
	}
	return i, j
}

// wordRun matches one word: letters and digits, with inner apostrophes and hyphens.
var wordRun = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`)

// shortWords cuts text to summaryWords words, marking the cut with an ellipsis.
func shortWords(text string) string {
	ws := strings.Fields(text)
	if len(ws) > summaryWords {
		ws = append(ws[:summaryWords:summaryWords], "…")
	}
	return strings.Join(ws, " ")
}

// roleSummary states the roles a person is given, each with the reports
// that give it and in the reports' own capitals: "Ada Brook: Mayor of
// Kelbridge (s1, s3); mayor (s2)".
func roleSummary(cs []claims.Claim, conflict bool) string {
	var person string
	var pos []Position
	at := map[string]int{}
	for _, c := range cs {
		if c.Value == nil || c.Value.Role == "" {
			continue
		}
		if person == "" {
			person = c.Value.Person
		}
		k := strings.ToLower(c.Value.Role)
		i, ok := at[k]
		if !ok {
			i = len(pos)
			at[k] = i
			pos = append(pos, Position{Value: casedAs(c.Value.Role, c.Text, c.Sentence)})
		}
		if !slices.Contains(pos[i].Sources, c.Source) {
			pos[i].Sources = append(pos[i].Sources, c.Source)
		}
	}
	return summarize(person, pos, conflict)
}

// casedAs returns phrase with the capitals it has where one of the texts
// states it ("ISRO chairman" for "isro chairman"); phrase as given when none does.
func casedAs(phrase string, texts ...string) string {
	for _, t := range texts {
		lt, lp := strings.ToLower(t), strings.ToLower(phrase)
		if i := strings.Index(lt, lp); i >= 0 && len(lt) == len(t) {
			return t[i : i+len(lp)]
		}
	}
	return phrase
}

// quoteSummary quotes the shortest of the agreeing quotations with the
// reports that give it, noting when they word it differently.
func quoteSummary(cs []claims.Claim, reworded bool) string {
	if len(cs) == 0 {
		return ""
	}
	best := cs[0].Text
	for _, c := range cs[1:] {
		if len(strings.Fields(c.Text)) < len(strings.Fields(best)) {
			best = c.Text
		}
	}
	// A quotation cut before its speaker ends in a comma that is not its own.
	words := strings.TrimRight(unquote(best), ",;: ")
	s := fmt.Sprintf("%s (%s)", quoteMarks(shortWords(words)), strings.Join(claimSources(cs), ", "))
	if reworded {
		s += ", worded differently"
	}
	return s
}
