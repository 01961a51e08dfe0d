package claims

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

const (
	// maxSentenceBytes caps one sentence; longer runs are split at spaces so that nothing
	// downstream is super-linear in the length of a sentence.
	maxSentenceBytes = 2000
	// maxChunkBytes caps the text handed to the sentence splitter at once.
	maxChunkBytes = 16 << 10
	// maxHeadingWords is the longest line that may be marked as a heading.
	maxHeadingWords = 20
)

//go:generate go run ../internal/punktgen -out segment_data/punkt.txt

// punktText is prose's English punkt model as a table (see internal/punktgen): filling its
// sets from these lines costs a fraction of gunzipping and decoding the JSON model prose
// ships, which was about a quarter of a two-report run.
//
//go:embed segment_data/punkt.txt
var punktText string

// supervisedAbbrevs are the abbreviations prose's segment.New adds to the trained model.
var supervisedAbbrevs = []string{"sgt", "gov", "no", "mt"}

// splitter builds the sentence splitter once; it is read-only afterwards.
var splitter = sync.OnceValue(func() *segment.Segmenter {
	st, err := punktModel(punktText)
	if err != nil {
		return nil
	}
	for _, a := range supervisedAbbrevs {
		st.AbbrevTypes.Add(a)
	}
	return segment.WithTraining(st)
})

// punktModel fills a punkt model from the lines "set\tkey\tvalue" written by punktgen.
func punktModel(text string) (*sentences.Storage, error) {
	st := &sentences.Storage{
		AbbrevTypes:  sentences.SetString{},
		Collocations: sentences.SetString{},
		SentStarters: sentences.SetString{},
		OrthoContext: make(sentences.SetString, strings.Count(text, "\nO\t")+1),
	}
	for len(text) > 0 {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 {
			nl = len(text)
		}
		line := text[:nl]
		text = text[min(nl+1, len(text)):]
		set, rest, ok1 := strings.Cut(line, "\t")
		key, val, ok2 := strings.Cut(rest, "\t")
		n, err := strconv.Atoi(val)
		if !ok1 || !ok2 || err != nil {
			return nil, fmt.Errorf("punkt model: bad line %q", line)
		}
		switch set {
		case "A":
			st.AbbrevTypes[key] = n
		case "C":
			st.Collocations[key] = n
		case "S":
			st.SentStarters[key] = n
		case "O":
			st.OrthoContext[key] = n
		default:
			return nil, fmt.Errorf("punkt model: unknown set %q", set)
		}
	}
	return st, nil
}

// unit is a run of body text segmented on its own: one line, or hard-wrapped lines joined.
type unit struct {
	start, end int
	// alone means the unit is the only one between blank lines.
	alone bool
}

// Segment splits a document's body into paragraphs and sentences with byte spans.
//
// Every non-empty line is at least its own unit, so headlines and captions without
// full stops never merge into the next sentence; lines of hard-wrapped text are joined.
func Segment(doc *Document) []Sentence {
	body := doc.Body
	units := splitUnits(body, doc.Format == "markdown")
	var out []Sentence
	for pi, u := range units {
		spans := sentenceSpans(body, u.start, u.end)
		first := len(out)
		for _, sp := range spans {
			out = append(out, NewSentence(doc, len(out), pi, sp.start, sp.end))
		}
		if len(out)-first == 1 && (pi == 0 || u.alone) && isHeadingText(out[first].Text) {
			out[first].Heading = true
		}
	}
	return out
}

// isHeadingText reports a short line without final punctuation.
func isHeadingText(t string) bool {
	n := len(strings.Fields(t))
	return n > 0 && n <= maxHeadingWords && strings.Count(t, ":") < 2 && !textcue.EndsSentence(t) && !strings.HasSuffix(strings.TrimSpace(t), ":")
}

// line is one trimmed non-empty line of the body.
type line struct {
	start, end int
	// blankBefore means a blank line (or the start of the body) precedes it.
	blankBefore bool
}

// bodyLines returns the trimmed non-empty lines of s.
func bodyLines(s string) []line {
	var out []line
	blank := true
	for pos := 0; pos <= len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		a, b := textcue.TrimSpan(s, pos, end)
		if a < b {
			out = append(out, line{a, b, blank})
			blank = false
		} else {
			blank = true
		}
		pos = end + 1
	}
	return out
}

// splitUnits groups lines into units: hard-wrapped continuation lines join the line before.
//
// In Markdown every line break inside a block is a soft wrap.
func splitUnits(body string, softWraps bool) []unit {
	lines := bodyLines(body)
	wrapped := looksHardWrapped(body, lines)
	var units []unit
	for i, l := range lines {
		if i > 0 && !l.blankBefore && (softWraps || continues(body, lines[i-1], l, wrapped)) {
			units[len(units)-1].end = l.end
			continue
		}
		units = append(units, unit{start: l.start, end: l.end})
	}
	// A unit is alone when blank lines (or the body's ends) surround it.
	for i := range units {
		before := i == 0 || blankBetween(body, units[i-1].end, units[i].start)
		after := i == len(units)-1 || blankBetween(body, units[i].end, units[i+1].start)
		units[i].alone = before && after
	}
	return units
}

// blankBetween reports whether s[a:b] holds an empty line (two newlines).
func blankBetween(s string, a, b int) bool {
	return strings.Count(s[a:b], "\n") >= 2
}

// continues reports whether line next continues the sentence of line prev.
func continues(body string, prev, next line, wrapped bool) bool {
	p := body[prev.start:prev.end]
	if wrapped && prev.end-prev.start >= 50 {
		return true
	}
	if textcue.EndsSentence(p) || strings.HasSuffix(p, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[next.start:next.end])
	return unicode.IsLower(r)
}

// looksHardWrapped reports text broken at a fixed width: most long lines end near the
// same column and none is much longer.
func looksHardWrapped(body string, lines []line) bool {
	var long, near int
	for _, l := range lines {
		n := utf8.RuneCountInString(body[l.start:l.end])
		if n > 100 {
			return false
		}
		if n >= 40 {
			long++
			if n >= 55 {
				near++
			}
		}
	}
	return long >= 4 && near*10 >= long*7
}

// sentenceSpans splits body[a:b] into sentence spans.
func sentenceSpans(body string, a, b int) []span {
	var out []span
	for _, c := range chunks(body, a, b, maxChunkBytes) {
		for _, s := range splitChunk(body, c) {
			out = append(out, capLength(body, s, maxSentenceBytes)...)
		}
	}
	return out
}

// splitChunk runs the sentence splitter on one chunk and fixes abbreviation splits.
func splitChunk(body string, c span) (spans []span) {
	text := body[c.start:c.end]
	seg := splitter()
	whole := []span{c}
	if seg == nil {
		return whole
	}
	defer func() {
		if recover() != nil {
			spans = whole
		}
	}()
	last := 0
	for _, s := range seg.Segment(text) {
		st, en := s.Start, s.Start+len(s.Text)
		if st < last || en > len(text) || st >= en {
			continue
		}
		spans = append(spans, span{c.start + st, c.start + en})
		last = en
	}
	if len(spans) == 0 {
		return whole
	}
	// Text the splitter dropped at the end (stray punctuation) stays in the last sentence.
	if a, b := textcue.TrimSpan(body, spans[len(spans)-1].end, c.end); a < b {
		spans[len(spans)-1].end = b
	}
	return mergeAbbrevSplits(body, spans)
}

// chunks cuts body[a:b] into pieces of at most limit bytes, preferring sentence ends and
// then spaces, never inside a rune.
func chunks(body string, a, b, limit int) []span {
	var out []span
	for b-a > limit {
		cut := a + limit
		window := body[a:cut]
		k := strings.LastIndex(window, ". ")
		if k > limit/2 {
			cut = a + k + 1
		} else if k = strings.LastIndexFunc(window, unicode.IsSpace); k > limit/2 {
			cut = a + k
		} else {
			for cut > a && !utf8.RuneStart(body[cut]) {
				cut--
			}
			// A window with no rune start (invalid UTF-8: continuation bytes only) splits
			// no rune; cutting at the limit keeps the loop advancing.
			if cut == a {
				cut = a + limit
			}
		}
		if x, y := textcue.TrimSpan(body, a, cut); x < y {
			out = append(out, span{x, y})
		}
		a = cut
		for a < b {
			r, size := utf8.DecodeRuneInString(body[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			a += size
		}
	}
	if x, y := textcue.TrimSpan(body, a, b); x < y {
		out = append(out, span{x, y})
	}
	return out
}

// capLength splits a span longer than limit at spaces (or rune boundaries).
func capLength(body string, s span, limit int) []span {
	if s.end-s.start <= limit {
		return []span{s}
	}
	var out []span
	for _, c := range chunks(body, s.start, s.end, limit) {
		out = append(out, c)
	}
	return out
}
