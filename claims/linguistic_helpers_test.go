package claims

import (
	"regexp"
	"strings"
)

// sentenceEnd finds a likely sentence end inside a line: a full stop, question or
// exclamation mark (with any closing quote) followed by a space and a capital or quote.
var sentenceEnd = regexp.MustCompile(`[.!?]["']?\s+["']?[A-Z]`)

// lingDoc builds a document from text with a simple, test-owned segmentation:
// blank lines separate paragraphs, lines are split at sentence ends, so the
// extractors are tested independently of Segment.
func lingDoc(text string) (*Document, []Sentence) {
	doc := &Document{ID: "t", Raw: []byte(text), Body: text}
	var sents []Sentence
	para := 0
	pos := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			if pos > 0 {
				para++
			}
			pos += len(line)
			continue
		}
		start := pos + strings.Index(line, t)
		from := 0
		for _, m := range sentenceEnd.FindAllStringIndex(t, -1) {
			cut := m[0] + 1
			if t[cut] == '"' || t[cut] == '\'' {
				cut++
			}
			if cut <= from {
				continue
			}
			sents = append(sents, NewSentence(doc, len(sents), para, start+from, start+cut))
			from = cut
			for from < len(t) && t[from] == ' ' {
				from++
			}
		}
		if from < len(t) {
			sents = append(sents, NewSentence(doc, len(sents), para, start+from, start+len(t)))
		}
		pos += len(line)
	}
	return doc, sents
}

// quotesOf runs entity and quote extraction on text.
func quotesOf(text string) []Claim {
	doc, sents := lingDoc(text)
	return FindQuotes(doc, sents, FindEntities(doc, sents))
}

// rolesIn runs entity and role extraction on text.
func rolesIn(text string) []Claim {
	doc, sents := lingDoc(text)
	return FindRoles(doc, sents, FindEntities(doc, sents))
}
