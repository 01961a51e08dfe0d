package claims

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const (
	// tailNoiseShare is the share of noisy paragraphs from a break line to the end that
	// makes the rest of the page boilerplate.
	tailNoiseShare = 0.6
	// minLinkRun is the shortest run of unrelated short lines read as a link list.
	minLinkRun = 3
	// minHeaderLabels is how many short lines before the article make a navigation header.
	minHeaderLabels = 4
)

// Filter marks boilerplate and off-topic sentences of every document as excluded, with reasons.
//
// It sees all documents at once because topicality is judged against the other reports too.
// Boilerplate is found as a property of regions: local shapes (source lists, navigation
// arrows, repeated lines, directory entries) and the point where a page turns into links
// and listings, after which only paragraphs that clearly return to the topic are kept.
func Filter(docs []*Document, sents [][]Sentence) {
	paras := make([][]paragraph, len(sents))
	for i := range sents {
		paras[i] = groupParagraphs(sents[i])
		markLocal(paras[i])
	}
	profiles := buildProfiles(docs, paras)
	for i := range sents {
		title := ""
		if i < len(docs) && docs[i] != nil {
			title = Fold(docs[i].Title)
		}
		classifyFurniture(sents[i], paras[i], profiles[i], looksEnglish(sents[i]))
		filterReport(sents[i], paras[i], profiles[i], title)
	}
}

// markLocal sets the reasons that follow from one paragraph's shape and its neighbours.
func markLocal(paras []paragraph) {
	for i := range paras {
		p := &paras[i]
		switch {
		case isSourceList(p.text):
			p.reason = "list of source names"
		case (p.label || p.words <= maxLabelWords) && isNavLine(p.text, p.words) && i > 0:
			p.reason = "navigation link"
		case isCallToAction(p.text, p.words):
			p.reason = "call to action addressed to the reader"
		}
	}
	markRepeats(paras)
}

// filterReport decides the exclusions of one report and writes them to its sentences.
func filterReport(sents []Sentence, paras []paragraph, prof topicProfile, title string) {
	n := len(paras)
	if n == 0 {
		return
	}
	topical := make([]bool, n)
	noise := make([]bool, n)
	firstBody := n
	for i := range paras {
		p := &paras[i]
		sc, shared := prof.score(p.terms)
		topical[i] = p.prose && sc >= topicalScore && shared >= topicalShared
		if p.reason == "" && p.words <= 40 && sc < 0.3 {
			// One furniture word is enough only in a short line or beside one.
			nearLabel := (i > 1 && paras[i-1].label) || (i+1 < n && paras[i+1].label)
			if h := uiHits(p.folded); h >= 2 || (h == 1 && (p.label || nearLabel)) {
				p.reason = "site furniture (cookies, newsletter, sharing)"
			}
		}
		offTopic := len(p.terms) >= 4 && sc < offTopicScore
		noise[i] = p.reason != "" || (p.label && i > 0) || offTopic
		if p.prose && firstBody == n {
			firstBody = i
		}
	}
	markHeader(paras, prof, title, firstBody)
	markLinkRuns(paras, prof, firstBody)
	if b := findBreak(paras, noise, topical, firstBody); b >= 0 && false {
		reason := fmt.Sprintf("after %q the page turns into links and listings", clip(paras[b].text, 48))
		for i := b; i < n; i++ {
			if paras[i].reason == "" && !topical[i] {
				paras[i].reason = reason
			}
		}
	}
	for i := range paras {
		p := paras[i]
		if p.reason == "" || (p.index == paras[0].index && p.heading) {
			continue
		}
		class, cue := p.class, p.cue
		if class == "" {
			class, cue = classOfReason(p.reason), p.reason
		}
		for k := p.first; k <= p.last; k++ {
			sents[k].Excluded = true
			sents[k].Reason = p.reason
			sents[k].Class, sents[k].Cue = class, cue
		}
	}
	restoreRestatedCaptions(sents)
}

// findBreak returns the first short line after the article's start from which the rest
// of the page is mostly noise, or -1.
func findBreak(paras []paragraph, noise, topical []bool, firstBody int) int {
	n := len(paras)
	noiseSuf := make([]int, n+1)
	topSuf := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		noiseSuf[i] = noiseSuf[i+1]
		topSuf[i] = topSuf[i+1]
		if noise[i] {
			noiseSuf[i]++
		}
		if topical[i] {
			topSuf[i]++
		}
	}
	for b := firstBody + 1; b < n; b++ {
		p := paras[b]
		if !p.label && p.reason == "" {
			continue
		}
		region := n - b
		if float64(noiseSuf[b]) < tailNoiseShare*float64(region) || topSuf[b]*4 > region {
			continue
		}
		// A lone short line at the end is only cut when it is not about the topic.
		if region < 3 && topSuf[b] > 0 {
			continue
		}
		if region < 3 && !allNoise(noise[b:]) {
			continue
		}
		return b
	}
	return -1
}

// allNoise reports whether every flag is set.
func allNoise(flags []bool) bool {
	for _, f := range flags {
		if !f {
			return false
		}
	}
	return true
}

// markHeader excludes a navigation header: many short lines before the first prose
// paragraph, of which those sharing nothing with the topic go (the title stays).
func markHeader(paras []paragraph, prof topicProfile, title string, firstBody int) {
	labels := 0
	for i := 0; i < firstBody && i < len(paras); i++ {
		if paras[i].label {
			labels++
		}
	}
	if labels < minHeaderLabels {
		return
	}
	for i := 1; i < firstBody && i < len(paras); i++ {
		p := &paras[i]
		if !p.label || p.reason != "" || p.folded == title {
			continue
		}
		if _, shared := prof.score(p.terms); shared == 0 {
			p.reason = "navigation before the article"
		}
	}
}

// markLinkRuns excludes runs of short lines inside the article that share little with
// the topic: related-link boxes and menus.
func markLinkRuns(paras []paragraph, prof topicProfile, firstBody int) {
	for i := firstBody + 1; i < len(paras); {
		if !paras[i].label {
			i++
			continue
		}
		j := i
		topicalLines := 0
		for j < len(paras) && paras[j].label {
			if sc, shared := prof.score(paras[j].terms); sc >= 0.25 && shared >= 1 {
				topicalLines++
			}
			j++
		}
		if j-i >= minLinkRun && topicalLines*3 < j-i {
			for k := i; k < j; k++ {
				if paras[k].reason == "" {
					paras[k].reason = "list of short links"
				}
			}
		}
		i = j
	}
}

// clip shortens s to at most n bytes on a rune boundary, marking the cut.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
