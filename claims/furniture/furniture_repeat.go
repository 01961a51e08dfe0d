package furniture

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// markNeighbourFurniture runs the cues that need the classes of the lines around: a
// present-tense picture description beside other furniture is a caption, a colon line
// that only leads into furniture is a signpost, and a teaser cut off with an ellipsis
// that the article then gives in full is a standfirst copy, and a paragraph that opens
// with the previous paragraph's first sentence and goes on differently is the caption of
// a picture or video that quotes it.
func markNeighbourFurniture(sents []claims.Sentence, paras []paragraph) {
	n := len(paras)
	// Neighbours are judged by the first pass only, so one caption does not make the
	// next paragraph a caption too.
	was := make([]bool, n)
	for i := range paras {
		was[i] = paras[i].reason != ""
	}
	furn := func(i int) bool { return i >= 0 && i < n && was[i] }
	markDirectory(paras)
	for i := 1; i < n; i++ {
		p := &paras[i]
		if p.reason != "" {
			continue
		}
		t := strings.TrimSpace(p.text)
		switch {
		case (furn(i-1) || furn(i+1) || labelPrefixOf(paras, i)) && isSceneDescription(t) && p.last-p.first <= 2:
			p.reason, p.class, p.cue = "caption", ClassCaption, "present-tense picture description beside furniture"
			if labelPrefixOf(paras, i) {
				q := &paras[i+1]
				q.reason, q.class, q.cue = "caption", ClassCaption, "caption title repeating the caption's start"
			}
		case strings.HasSuffix(t, ":") && p.words <= 10 && (i+1 == n || furn(i+1)) && allFurniture(paras[i+1:]):
			p.reason, p.class, p.cue = "signpost", ClassEditorNote, "leads only into furniture"
		case isTeaserOf(t, paras[i+1:]):
			p.reason, p.class, p.cue = "teaser", ClassStandfirst, "cut-off copy of a later paragraph"
		case opensLikePrevious(sents, paras, i):
			p.reason, p.class, p.cue = "caption", ClassCaption, "opens with the previous paragraph's first sentence, then goes on differently"
		}
	}
}

// opensLikePrevious reports a paragraph of two or more sentences whose first sentence is
// the previous paragraph's first sentence (of six words or more) while the rest differs.
func opensLikePrevious(sents []claims.Sentence, paras []paragraph, i int) bool {
	p, q := paras[i], paras[i-1]
	if p.last == p.first || p.folded == q.folded {
		return false
	}
	a, b := claims.Fold(sents[p.first].Text), claims.Fold(sents[q.first].Text)
	return a == b && len(strings.Fields(a)) >= 6
}

// markDirectory drops a directory of suppliers or partners: two or more entries of a short
// name line followed by a blurb that opens with the same name.
func markDirectory(paras []paragraph) {
	var entries []int
	for i := 0; i+1 < len(paras); i++ {
		p, q := paras[i], paras[i+1]
		if i > 0 && p.words >= 1 && p.words <= 6 && !textcue.EndsSentence(p.text) && strings.HasPrefix(q.folded, p.folded+" ") {
			entries = append(entries, i)
		}
	}
	if len(entries) < 2 {
		return
	}
	for _, i := range entries {
		for _, k := range []int{i, i + 1} {
			q := &paras[k]
			q.reason, q.class, q.cue = "directory entry", ClassRelated, "directory entry: a name, then a blurb opening with it"
		}
	}
}

// allFurniture reports whether every paragraph already has a reason.
func allFurniture(ps []paragraph) bool {
	for _, p := range ps {
		if p.reason == "" {
			return false
		}
	}
	return true
}

// labelPrefixOf reports whether the next line is a short label that repeats the start of
// paragraph i (a caption's title under its description).
func labelPrefixOf(paras []paragraph, i int) bool {
	if i+1 >= len(paras) {
		return false
	}
	q := paras[i+1]
	return q.words >= 2 && q.words <= 8 && !textcue.EndsSentence(q.text) && len(q.folded) < len(paras[i].folded) &&
		strings.HasPrefix(paras[i].folded, q.folded)
}

// isTeaserOf reports text ending in an ellipsis whose words open a later paragraph.
func isTeaserOf(t string, later []paragraph) bool {
	stem, ok := strings.CutSuffix(t, "…")
	if !ok {
		stem, ok = strings.CutSuffix(t, "...")
	}
	stem = claims.Fold(strings.TrimSpace(stem))
	if !ok || len(strings.Fields(stem)) < 5 {
		return false
	}
	for k, q := range later {
		if k >= 6 {
			break
		}
		// The full paragraph may open with a dateline ("TOWN — ") before the teaser's words.
		if at := strings.Index(q.folded, stem); at >= 0 && at <= 40 && len(q.folded) > len(stem) {
			return true
		}
	}
	return false
}

// isSceneDescription reports a sentence or two describing a picture in the present tense
// ("A man takes pictures of ...", "X is shown speaking ..."), without a speech verb: news
// text reports in the past tense and attributes, captions describe what is seen.
func isSceneDescription(t string) bool {
	if !textcue.EndsSentence(t) || strings.ContainsAny(t, "\"“”") || strings.HasPrefix(t, "‘") || strings.HasPrefix(t, "'") || leadDateline.MatchString(t) {
		return false
	}
	ws := strings.Fields(t)
	if len(ws) < 6 || len(ws) > 60 || !captionDate.MatchString(t) {
		return false
	}
	for k, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if lw == "said" || lw == "says" || lw == "told" || lw == "according" {
			return false
		}
		// Past tense and perfect forms near the start are news reporting.
		if k < 12 && (lw == "was" || lw == "were" || lw == "had" || lw == "has" || lw == "have") {
			return false
		}
	}
	for k := 1; k+1 < len(ws) && k <= 10; k++ {
		w := strings.Trim(ws[k], ".,;:")
		lw := strings.ToLower(w)
		if (lw == "is" || lw == "are") && k+1 < len(ws) {
			next := strings.ToLower(strings.Trim(ws[k+1], ".,"))
			if next == "shown" || next == "seen" || next == "pictured" || next == "photographed" {
				return true
			}
		}
		next := strings.ToLower(strings.Trim(ws[k+1], ".,;:"))
		if k <= 4 && isThirdPersonVerb(w) && !determiner[strings.ToLower(ws[k-1])] &&
			!strings.HasSuffix(ws[k], ",") && !nounFollower[next] && (objectOpener[next] || isThirdPersonVerb(next)) {
			return true
		}
	}
	return false
}

// isThirdPersonVerb guesses a present-tense verb in the third person ("takes", "gives"):
// a lower-case word ending in -s that is not a plural of a common ending or a function word.
func isThirdPersonVerb(w string) bool {
	if len(w) < 4 || !unicode.IsLower([]rune(w)[0]) || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ics", "ness", "ous", "ys"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !claims.IsStopWord(w) && w != "was" && w != "has" && w != "does"
}

// nounFollower are words that follow a plural noun rather than a verb ("students and",
// "workers who"): after them the -s word is not a verb.
var nounFollower = map[string]bool{
	"and": true, "or": true, "were": true, "are": true, "have": true, "had": true, "of": true, "who": true,
	"which": true, "that": true, "will": true, "would": true, "could": true, "can": true, "may": true, "did": true,
}

// leadDateline opens an article's first paragraph: "SPRINGFIELD, Ill. — ...", "LONDON (Agency) - ...".
var leadDateline = textcue.Lazy(`^\p{Lu}[\p{Lu} .'-]{2,}(,[^—–-]{1,30})?(\s*\([^)]{1,30}\))?\s*[—–-]`)

// captionDate is the full date a picture caption gives ("on October 29, 2018", "in March
// 2019", "May 3, 2022"); present-tense news sentences rarely carry one.
var captionDate = textcue.Lazy(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+(\d{1,2},?\s+)?\d{4}\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b`)

// objectOpener are words that follow a verb in a picture description ("celebrates a",
// "gives out", "speaks at").
var objectOpener = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true, "out": true,
	"up": true, "down": true, "at": true, "with": true, "in": true, "on": true, "to": true, "as": true,
	"during": true, "after": true, "from": true, "over": true, "into": true, "off": true, "outside": true,
}

// determiner opens a noun phrase: the -s word after it is a plural noun.
var determiner = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "their": true,
	"his": true, "her": true, "its": true, "our": true, "some": true, "many": true, "all": true,
}

// startsCapital reports whether a word starts with an upper-case letter.
func startsCapital(w string) bool {
	r := []rune(strings.TrimLeft(w, "\"'“‘("))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// restoreRestatedCaptions keeps caption sentences that the article itself states word for
// word: they add nothing, and dropping them would drop the article's own sentence.
func restoreRestatedCaptions(sents []claims.Sentence) {
	var kept strings.Builder
	for _, s := range sents {
		if !s.Excluded {
			kept.WriteString(claims.Fold(s.Text))
			kept.WriteByte('\n')
		}
	}
	body := kept.String()
	checked := 0
	for k := range sents {
		s := &sents[k]
		if !s.Excluded || s.Class != ClassCaption || checked >= maxRestoreChecks {
			continue
		}
		checked++
		f := strings.TrimRight(claims.Fold(s.Text), ".")
		if len(strings.Fields(f)) >= 6 && strings.Contains(body, f) {
			s.Excluded, s.Reason, s.Class, s.Cue = false, "", "", ""
		}
	}
}

// maxRestoreChecks bounds the caption sentences compared with the body, so a page of
// many captions stays linear.
const maxRestoreChecks = 64
