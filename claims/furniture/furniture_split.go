package furniture

import (
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// datelinePrefix is a time label opening a sentence: "Update 5:35 p.m. EST Nov. 19: ...".
var datelinePrefix = textcue.Lazy(`^(?i)(update[d]?|posted|published)\b([^:]|:\d){0,40}:\s+`)

// splitFurniture cuts sentences where a piece of furniture is glued to article text, so
// the filter can drop the piece and keep the text: lines joined as hard wraps of which one
// is furniture on its own, an embedded post's signature followed by the article, and a
// time label opening a paragraph.
func splitFurniture(doc *claims.Document, sents []claims.Sentence) []claims.Sentence {
	if doc == nil {
		return sents
	}
	var out []claims.Sentence
	changed := false
	for _, s := range sents {
		cuts := furnitureCuts(s.Text)
		if len(cuts) == 0 {
			out = append(out, s)
			continue
		}
		changed = true
		prev := 0
		for k, c := range append(cuts, len(s.Text)) {
			a, b := textcue.TrimSpan(s.Text, prev, c)
			prev = c
			if a >= b {
				continue
			}
			ns := claims.NewSentence(doc, 0, s.Para, s.BodyStart+a, s.BodyStart+b)
			ns.Heading = s.Heading && k == 0
			out = append(out, ns)
		}
	}
	if !changed {
		return sents
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

// furnitureCuts returns the byte offsets in text at which to cut it, in order.
func furnitureCuts(text string) []int {
	var cuts []int
	if loc := datelinePrefix.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		if len(datelineVerdicts(strings.TrimSuffix(strings.TrimSpace(text[:loc[1]]), ":"), len(claims.Words(text[:loc[1]])))) > 0 {
			cuts = append(cuts, loc[1])
		}
	}
	for _, loc := range embedSignature.FindAllStringIndex(text, -1) {
		if loc[1] < len(text)-1 {
			cuts = append(cuts, loc[1])
		}
	}
	if strings.Contains(text, "\n") {
		off := 0
		lines := strings.Split(text, "\n")
		furn := false
		for _, l := range lines {
			if _, ok := bestVerdict(gluedLineVerdicts(l)); ok {
				furn = true
			}
		}
		if furn {
			for _, l := range lines[:len(lines)-1] {
				off += len(l) + 1
				cuts = append(cuts, off)
			}
		}
	}
	slices.Sort(cuts)
	return slices.Compact(cuts)
}

// gluedLineVerdicts reads one physical line of a joined sentence with the cues that are
// safe without context: dates, credits, reader prompts, legal notices, embeds.
func gluedLineVerdicts(l string) []verdict {
	t := strings.TrimSpace(l)
	words := len(claims.Words(t))
	var out []verdict
	out = append(out, datelineVerdicts(t, words)...)
	out = append(out, creditSentenceVerdicts(t, words)...)
	out = append(out, addressVerdicts(t, words)...)
	out = append(out, legalVerdicts(t)...)
	return out
}
