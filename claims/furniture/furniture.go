package furniture

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// Furniture classes name what a dropped line is; "article" and "headline" are kept.
const (
	ClassArticle    = "article"
	ClassHeadline   = "headline"
	ClassStandfirst = "standfirst"
	ClassCaption    = "caption"
	ClassCredit     = "credit"
	ClassEmbed      = "embedded post"
	ClassCrosshead  = "crosshead"
	ClassPromo      = "promo"
	ClassBio        = "bio"
	ClassRelated    = "related link"
	ClassNav        = "share/navigation"
	ClassDateline   = "dateline/byline"
	ClassEditorNote = "editor's note"
	ClassLegal      = "legal/cookie"
)

// verdict is one cue's reading of a line: the class it points to, the cue, and its weight.
type verdict struct {
	class string
	cue   string
	score float64
}

// furnitureThreshold is the summed cue weight from which a line is furniture. The weights
// of the cues are set so that one strong cue (a credit pattern, a handle, a copyright
// sign) is enough and weak ones (a short line without a full stop) need company.
const furnitureThreshold = 1.0

// lineShape holds the cues of one paragraph that depend on its neighbours.
type lineShape struct {
	first       bool // the report's first paragraph (its headline)
	beforeBody  bool // before the first prose paragraph
	afterBody   bool // after the last prose paragraph
	prevEnds    bool // the paragraph before ends a sentence
	continues   bool // the next paragraph continues this one (starts lower-case)
	truncated   bool // the page ends inside this line's last word or sentence
	nextIsProse bool
	last        bool // the report's last paragraph
}

// classifyFurniture gives every paragraph without a reason yet a furniture class when its
// cues add up (topical similarity is not among them: related headlines and captions are
// about the same event, so form, position and wording tell them apart), and marks single furniture sentences (credits, embed signatures, reader
// prompts) inside otherwise kept paragraphs.
func classifyFurniture(sents []claims.Sentence, paras []paragraph, english bool) {
	firstBody, lastBody := -1, -1
	for i, p := range paras {
		if p.prose {
			if firstBody < 0 {
				firstBody = i
			}
			lastBody = i
		}
	}
	for i := range paras {
		p := &paras[i]
		if p.reason != "" {
			continue
		}
		sh := shapeOf(paras, i, firstBody, lastBody)
		if v, ok := bestVerdict(lineVerdicts(p, sh)); ok {
			p.reason, p.class, p.cue = v.class+": "+v.cue, v.class, v.cue
		}
	}
	markNeighbourFurniture(sents, paras)
	markEmbeddedPosts(sents, paras)
	for i := range paras {
		p := &paras[i]
		if p.reason != "" {
			continue
		}
		for k := p.first; k <= p.last; k++ {
			s := &sents[k]
			if s.Excluded {
				continue
			}
			if v, ok := bestVerdict(sentenceVerdicts(s.Text, english && i > 0)); ok {
				s.Excluded, s.Class, s.Cue = true, v.class, v.cue
				s.Reason = v.class + ": " + v.cue
			}
		}
	}
}

// bestVerdict sums the weights per class and returns the strongest class over the threshold.
func bestVerdict(vs []verdict) (verdict, bool) {
	if len(vs) == 0 {
		return verdict{}, false
	}
	sum := map[string]float64{}
	best := verdict{}
	for _, v := range vs {
		sum[v.class] += v.score
	}
	for _, v := range vs {
		if s := sum[v.class]; s > best.score || (s == best.score && best.class == "") {
			best = verdict{class: v.class, cue: v.cue, score: s}
		}
	}
	// Negative cues (article evidence) are summed into every class.
	for _, v := range vs {
		if v.class == ClassArticle {
			best.score += v.score
		}
	}
	if best.class == ClassArticle || best.score < furnitureThreshold {
		return verdict{}, false
	}
	return best, true
}

// shapeOf reads the position cues of paragraph i.
func shapeOf(paras []paragraph, i, firstBody, lastBody int) lineShape {
	p := paras[i]
	sh := lineShape{
		first:      i == 0,
		beforeBody: firstBody < 0 || i < firstBody,
		afterBody:  lastBody >= 0 && i > lastBody,
		prevEnds:   i == 0 || textcue.EndsSentence(paras[i-1].text),
	}
	if i+1 < len(paras) {
		next := paras[i+1]
		sh.nextIsProse = next.prose
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next.text))
		sh.continues = !textcue.EndsSentence(p.text) && unicode.IsLower(r)
	} else {
		sh.last = true
		sh.truncated = !textcue.EndsSentence(p.text) && endsInFragment(p.text)
	}
	return sh
}

// endsInFragment reports text whose last word is a function word or a stub of one or two
// letters: a page cut off mid-sentence, not a headline (headlines end on content words).
func endsInFragment(text string) bool {
	f := strings.Fields(text)
	if len(f) < 4 {
		return false
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",;:-–—\"'“”‘’"))
	if last == "" {
		return true
	}
	return utf8.RuneCountInString(last) <= 2 || claims.IsStopWord(last)
}

// lineVerdicts collects the cues of one paragraph read as a whole line.
func lineVerdicts(p *paragraph, sh lineShape) []verdict {
	var out []verdict
	t := strings.TrimSpace(p.text)
	if t == "" {
		return nil
	}
	out = append(out, creditLineVerdicts(t, p.words)...)
	out = append(out, addressVerdicts(t, p.words)...)
	out = append(out, legalVerdicts(t)...)
	if p.last == p.first && embedSignature.MatchString(t) {
		out = append(out, verdict{ClassEmbed, "embedded post signature", 1})
	}
	dates := datelineVerdicts(t, p.words)
	out = append(out, dates...)
	if p.words <= 40 && !embedSignature.MatchString(t) {
		out = append(out, embedVerdicts(t)...)
	}
	if !sh.first {
		out = append(out, shapeVerdicts(p, sh)...)
	}
	// Article evidence: a line that is continued by the next one, or that the page cuts
	// off, is prose broken by the page, and data rows are article content.
	if sh.continues || sh.truncated {
		out = append(out, verdict{ClassArticle, "line continues as prose", -2})
	}
	if isDataRow(t) && len(dates) == 0 {
		out = append(out, verdict{ClassArticle, "data row", -0.9})
	}
	return out
}

// sentenceVerdicts collects the cues that single out one sentence inside a paragraph.
func sentenceVerdicts(text string, english bool) []verdict {
	t := strings.TrimSpace(text)
	words := len(claims.Words(t))
	var out []verdict
	out = append(out, creditSentenceVerdicts(t, words)...)
	out = append(out, datelineVerdicts(t, words)...)
	out = append(out, addressVerdicts(t, words)...)
	out = append(out, embedVerdicts(t)...)
	out = append(out, legalVerdicts(t)...)
	if english && words >= 8 && textcue.EndsSentence(t) && !hasEnglishFunctionWord(t) {
		out = append(out, verdict{ClassEmbed, "no English function word (quoted post in another language)", 1})
	}
	return out
}

// hasEnglishFunctionWord reports whether text holds one English function word: nearly
// every English sentence of six words or more does.
func hasEnglishFunctionWord(text string) bool {
	for _, w := range claims.Words(text) {
		if englishFunctionWords[strings.ToLower(w.Text)] {
			return true
		}
	}
	return false
}

// englishFunctionWords are frequent English words that other languages written in the
// Latin alphabet rarely share.
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "is": true, "was": true, "for": true,
	"on": true, "with": true, "that": true, "by": true, "he": true, "she": true, "it": true, "they": true,
	"are": true, "were": true, "has": true, "have": true, "had": true, "from": true, "at": true, "this": true,
	"be": true, "as": true, "an": true, "a": true, "not": true, "his": true, "her": true, "their": true,
	"we": true, "will": true, "said": true, "after": true, "who": true, "which": true, "or": true, "but": true,
	"i": true, "you": true, "my": true, "me": true, "our": true, "your": true, "him": true, "them": true,
	"been": true, "would": true, "could": true, "into": true, "about": true, "there": true, "what": true,
}

// pastTenseWords counts words ending in -ed: narration, where headlines use the present.
func pastTenseWords(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’"))
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			n++
		}
	}
	return n
}

// countDigitTokens counts the whitespace-separated tokens of s that hold a digit.
func countDigitTokens(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			n++
		}
	}
	return n
}

// isDataRow reports a line of figures: a list item with a label and a value, or a line
// in which most tokens are numbers (scores, results, tallies).
func isDataRow(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return false
	}
	digits := 0
	for _, w := range ws {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			digits++
		}
	}
	if digits*2 >= len(ws) && digits >= 2 {
		return true
	}
	if _, values, ok := strings.Cut(t, ": "); ok && countDigitTokens(values) >= 2 && !strings.Contains(t, ". ") {
		// "Results: Club A 4:51, Club B 4:58": a label and its figures.
		return true
	}
	if unicode.IsDigit([]rune(t)[0]) && digits >= 1 && !strings.Contains(t, ":") {
		// Numbered play-by-play or ranked rows ("1st-and-10 – ...", "3. Name ...").
		return true
	}
	marker := strings.ContainsRune("-–•*·", []rune(t)[0])
	return marker && strings.Contains(t, ":") && len(ws) <= 15
}

// classOfReason names the furniture class of the region-level reasons of the filter.
func classOfReason(reason string) string {
	switch {
	case strings.HasPrefix(reason, "list of source names"), strings.HasPrefix(reason, "navigation"):
		return ClassNav
	case strings.HasPrefix(reason, "call to action"):
		return ClassPromo
	case strings.HasPrefix(reason, "site furniture"):
		return ClassLegal
	case strings.HasPrefix(reason, "caption"), strings.HasPrefix(reason, "repeated line"):
		return ClassCaption
	case strings.HasPrefix(reason, "directory entry"), strings.HasPrefix(reason, "list of short links"), strings.HasPrefix(reason, "after "):
		return ClassRelated
	}
	return ClassRelated
}
