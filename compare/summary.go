package compare

import (
	"fmt"
	"regexp"
	"strings"

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
		parts[i] = fmt.Sprintf("%s (%s)", p.Value, strings.Join(p.Sources, ", "))
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

// statementSummary quotes the shortest of the agreeing sentences, cut to
// summaryWords words, with the reports that state it: an editor reads what
// the reports agree on rather than a list of the words they share.
func statementSummary(cs []claims.Claim) string {
	if len(cs) == 0 {
		return ""
	}
	best := cs[0].Text
	var srcs []string
	seen := map[string]bool{}
	for _, c := range cs {
		if len(strings.Fields(c.Text)) < len(strings.Fields(best)) {
			best = c.Text
		}
		if !seen[c.Source] {
			seen[c.Source] = true
			srcs = append(srcs, c.Source)
		}
	}
	ws := strings.Fields(best)
	if len(ws) > summaryWords {
		ws = append(ws[:summaryWords:summaryWords], "…")
	}
	return fmt.Sprintf("“%s” (%s)", strings.Join(ws, " "), strings.Join(srcs, ", "))
}

// clauseBreak splits a sentence into the clauses and phrases a unique detail is shown by.
var clauseBreak = regexp.MustCompile(`\s*(?:[,;:()—–]|\s-\s|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bwhere\b)\s*`)

// residualPhrase returns the clause of a sentence that carries most of the
// words no matching sentence of another report has: an editor reads "a
// postgraduate student from Kelbridge" rather than a list of words.
func residualPhrase(sentence string, extra []string) string {
	in := map[string]bool{}
	for _, t := range extra {
		in[t] = true
	}
	best, top := "", 0
	for _, part := range clauseBreak.Split(sentence, -1) {
		n := 0
		for _, w := range strings.Fields(part) {
			w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))
			if in[w] || in[claims.Lemma(w)] {
				n++
			}
		}
		if n > top {
			best, top = strings.TrimSpace(part), n
		}
	}
	ws := strings.Fields(best)
	if len(ws) > summaryWords {
		ws = append(ws[:summaryWords:summaryWords], "…")
	}
	return strings.Join(ws, " ")
}
