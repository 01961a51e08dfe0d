package furniture

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

const (
	// maxLabelWords is the longest line without final punctuation read as a label: a link,
	// a name, a caption or a section heading rather than prose.
	maxLabelWords = 12
	// minProseWords is the shortest paragraph ending in punctuation read as prose.
	minProseWords = 5
)

// paragraph is one Para of a report's sentences with the features the filter uses.
type paragraph struct {
	index       int // Para number
	first, last int // sentence indices, inclusive
	text        string
	folded      string
	words       int
	terms       []string
	prose       bool // ends a sentence and has some length
	label       bool // short, no final punctuation
	heading     bool
	reason      string // local boilerplate reason, if any
	class, cue  string // furniture class and the cue that decided it, when reason is set
}

// groupParagraphs collects the sentences of one report into paragraphs.
func groupParagraphs(sents []claims.Sentence) []paragraph {
	var out []paragraph
	// Sentence texts are joined once per paragraph: appending to p.text sentence by
	// sentence is quadratic in a paragraph of many short sentences.
	var parts [][]string
	for i, s := range sents {
		if len(out) == 0 || out[len(out)-1].index != s.Para {
			out = append(out, paragraph{index: s.Para, first: i, last: i, heading: s.Heading})
			parts = append(parts, []string{s.Norm})
			continue
		}
		out[len(out)-1].last = i
		parts[len(parts)-1] = append(parts[len(parts)-1], s.Norm)
	}
	for i := range out {
		p := &out[i]
		p.text = strings.Join(parts[i], " ")
		p.folded = strings.ToLower(strings.Join(strings.Fields(p.text), " "))
		p.words = len(claims.Words(p.text))
		p.terms = claims.Terms(p.text)
		ends := textcue.EndsSentence(p.text)
		p.prose = ends && p.words >= minProseWords
		p.label = !ends && p.words <= maxLabelWords
	}
	return out
}

// isSourceList reports a line of colon-terminated names ("Agency:  Paper:  Site:"), the
// way some sites list their sources or share targets.
func isSourceList(text string) bool {
	parts := strings.Split(text, ":")
	if len(parts) < 4 {
		return false
	}
	for k, p := range parts {
		// Clock times ("06:37:46") have no space after the colon.
		if k > 0 && p != "" && p[0] != ' ' {
			return false
		}
		if k == len(parts)-1 {
			break
		}
		w := strings.Fields(p)
		if len(w) == 0 || len(w) > 4 || strings.ContainsAny(p, ".!?\"") || !hasLetters(w[len(w)-1]) {
			return false
		}
	}
	return len(strings.Fields(parts[len(parts)-1])) <= 4
}

// isNavLine reports a short line led or closed by a navigation arrow
// ("« Previous story", "Next story »").
func isNavLine(text string, words int) bool {
	if words > maxLabelWords+4 {
		return false
	}
	t := strings.TrimSpace(text)
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("«‹←⟵◄<", first) || strings.ContainsRune("»›→⟶►>", last)
}

// markRepeats flags lines repeated within a report. Name lines given twice in a row are
// a directory when the page has two or more of them (each blurb goes too); one such pair
// is a duplicated caption, and both copies go. Later copies of the headline and of any
// line go, and captions that repeat the previous line with a label ("Photo: ...") too.
func markRepeats(paras []paragraph) {
	pairs := 0
	for i := 1; i+1 < len(paras); i++ {
		if paras[i].label && paras[i].words > 0 && paras[i+1].folded == paras[i].folded && paras[i].folded != paras[0].folded {
			pairs++
		}
	}
	seen := map[string]int{}
	for i := range paras {
		p := &paras[i]
		if p.reason != "" {
			seen[p.folded] = i
			continue
		}
		if isDataRow(p.text) {
			// Results and tallies repeat on purpose; a repeated row is still article text.
			continue
		}
		pair := i > 0 && i+1 < len(paras) && paras[i+1].folded == p.folded && p.words > 0 && p.folded != paras[0].folded
		if pair && p.label && pairs >= 2 {
			p.reason = "directory entry: name repeated, then a blurb"
			paras[i+1].reason = p.reason
			for k := i + 2; k < len(paras) && !paras[k].label && paras[k].folded != ""; k++ {
				paras[k].reason = "directory entry: blurb under a repeated name"
			}
			continue
		}
		if pair && !paras[i+1].prose {
			p.reason, p.class, p.cue = "duplicated caption", ClassCaption, "the same line twice in a row"
			paras[i+1].reason, paras[i+1].class, paras[i+1].cue = p.reason, p.class, p.cue
			seen[p.folded] = i
			continue
		}
		if j, ok := seen[p.folded]; ok && p.words > 0 && j < i {
			p.reason = "repeated line"
			if j == 0 {
				p.class, p.cue = ClassHeadline, "copy of the headline"
			}
			// A bare "Image:" or "Photo:" before the copy labels a caption.
			if q := &paras[i-1]; q.reason == "" && q.words <= 2 && strings.HasSuffix(strings.TrimSpace(q.text), ":") {
				q.reason = "caption label"
			}
		} else if i > 1 && isLabelledCopy(p.folded, paras[i-1].folded) {
			// Both copies of a caption go; the earlier one may be the shorter.
			p.reason, p.class, p.cue = "caption repeating the previous line", ClassCaption, "the previous line again with a credit"
			if q := &paras[i-1]; q.reason == "" {
				q.reason, q.class, q.cue = p.reason, p.class, p.cue
			}
		}
		if _, ok := seen[p.folded]; !ok {
			seen[p.folded] = i
		}
	}
}

// isLabelledCopy reports text that is a short label followed by prev, or prev followed by
// a short credit ("Photo: <caption>", "<caption> (Reuters)").
func isLabelledCopy(text, prev string) bool {
	if len(prev) < 20 || len(text) <= len(prev) {
		return false
	}
	extra := ""
	switch {
	case strings.HasSuffix(text, prev):
		extra = text[:len(text)-len(prev)]
	case strings.HasPrefix(text, prev):
		extra = text[len(prev):]
	default:
		return false
	}
	return len(strings.Fields(extra)) <= 4
}

// hasLetters reports whether s contains a letter; lines of only symbols are separators.
func hasLetters(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// callToAction opens the promotions pages address to their readers ("Watch
// News 7 at 11 for the latest", "Follow us on ...", "Sign up for ..."): an
// imperative, not a report of the event.
var callToAction = []string{"watch ", "listen ", "follow ", "subscribe ", "sign up", "download ", "click ", "tune in", "read more", "like us", "share this", "get the latest", "stay up to date", "for the latest"}

// isCallToAction reports whether a short paragraph is a promotion addressed to the reader.
func isCallToAction(text string, words int) bool {
	if words > 25 {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(text))
	for _, p := range callToAction {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
