package furniture

import "github.com/claimdiff/claimdiff/claims"

const (
	// minLinkRun is the shortest run of unrelated short lines read as a link list.
	minLinkRun = 3
	// minHeaderLabels is how many short lines before the article make a navigation header.
	minHeaderLabels = 4
)

// Filter marks boilerplate and off-topic sentences of every document as excluded, with reasons.
//
// It sees all documents at once because topicality is judged against the other reports too.
// Furniture is classified line by line and sentence by sentence from general cues (see
// classifyFurniture); regions add what only shows across lines: source lists, navigation
// arrows, repeated lines, directory entries, navigation headers and runs of short links.
// There is no cut of "the rest of the page": a tail region cut took article text with it.
func Filter(docs []*claims.Document, sents [][]claims.Sentence) {
	paras := make([][]paragraph, len(sents))
	for i := range sents {
		if i < len(docs) {
			sents[i] = splitFurniture(docs[i], sents[i])
		}
		paras[i] = groupParagraphs(sents[i])
		markLocal(paras[i])
	}
	profiles := buildProfiles(docs, paras)
	english := claims.MarkLanguages(docs, sents)
	for i := range sents {
		title := ""
		if i < len(docs) && docs[i] != nil {
			title = claims.Fold(docs[i].Title)
		}
		classifyFurniture(sents[i], paras[i], english[i])
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
func filterReport(sents []claims.Sentence, paras []paragraph, prof topicProfile, title string) {
	n := len(paras)
	if n == 0 {
		return
	}
	firstBody := n
	for i := range paras {
		p := &paras[i]
		sc, _ := prof.score(p.terms)
		if p.reason == "" && p.words <= 40 && sc < 0.3 {
			// One furniture word is enough only in a short line or beside one.
			nearLabel := (i > 1 && paras[i-1].label) || (i+1 < n && paras[i+1].label)
			if h := uiHits(p.folded); h >= 2 || (h == 1 && (p.label || nearLabel)) {
				p.reason = "site furniture (cookies, newsletter, sharing)"
			}
		}
		if p.prose && firstBody == n {
			firstBody = i
		}
	}
	markHeader(paras, prof, title, firstBody)
	markLinkRuns(paras, prof, firstBody)
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
