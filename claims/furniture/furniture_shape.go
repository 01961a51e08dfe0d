package furniture

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

var (
	// handle is a social-media account name.
	handle = textcue.Guard(textcue.Lazy(`(^|[\s(])@[A-Za-z0-9_]{2,}`), false, "@")
	// embedMark is the trace an embedded post leaves in page text.
	embedMark = textcue.Guard(textcue.Lazy(`(?i)(pic\.twitter\.com/|\bt\.co/|instagram\.com/p/|\b(twitter|instagram|facebook|youtube|tiktok|x) (content|post|video)$|content .*(viewed|originates))`), true, "/", "content", "post", "video")
	// embedSignature closes an embedded post: "— Name (@handle) October 29, 2018".
	embedSignature = textcue.Guard(textcue.Lazy(`[—–-]\s*[^—–()]{1,60}\(@[A-Za-z0-9_]{2,}\)\s*\p{L}+\.? \d{1,2},? \d{4}`), false, "(@")
	// titleClockTail is a video duration or a clock time closing a title ("... 04:28").
	titleClockTail = textcue.Lazy(`\b\d{1,2}:\d{2}\s*$`)
	// dateToken is a word of a date or clock time.
	dateToken = textcue.Lazy(`(?i)^(\d[\d:./+-]*(am|pm|st|nd|rd|th)?|[ap]\.?m\.?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|[ecmp][sd]t|gmt|bst|utc|ist|aest|cet|et|pt)[.,]?$`)
	// dateLabel opens a dateline: "Posted", "Updated", "Published", "last updated".
	dateLabel = textcue.Lazy(`(?i)^(and |last )*(posted|published|updated|update|modified|created|first published|date)\b( on| at)?:?\s*`)
)

// personalPronoun in a short question makes it the article asking, not a section heading.
var personalPronoun = textcue.Lazy(`(?i)\b(i|we|you|he|she|they|so|and|but)\b`)

// hasDigit reports whether s contains a digit.
func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// maxHeadlineShape is the longest line without a full stop read as a headline; longer
// ones are prose whose full stop the page lost.
const maxHeadlineShape = 16

// shapeVerdicts reads a line from its form and position: a line without a full stop
// between paragraphs of prose is a crosshead or a link to another story; short lines
// before the article are labels, tags and bylines.
func shapeVerdicts(p *paragraph, sh lineShape) []verdict {
	t := strings.TrimSpace(p.text)
	words := p.words
	ends := textcue.EndsSentence(t)
	var out []verdict
	inBody := !sh.beforeBody && !sh.afterBody
	// A line ending in a colon introduces what follows (a quote, a list): article text.
	intro := strings.HasSuffix(t, ":")
	switch {
	case intro:
	case !ends && inBody && !sh.continues && !sh.truncated:
		if words <= 6 && !hasDigit(t) {
			out = append(out, verdict{ClassCrosshead, "short line without a full stop inside the article", 1})
		} else if words <= maxHeadlineShape {
			// Headlines speak in the present; a line narrating in the past tense is prose
			// that lost its full stop.
			w := 1.0
			if pastTenseWords(t) >= 2 {
				w = 0.5
			}
			out = append(out, verdict{ClassRelated, "headline-shaped line inside the article", w})
		}
	case !ends && sh.beforeBody && !sh.continues:
		if words <= 6 {
			out = append(out, verdict{ClassNav, "label before the article", 1})
		} else if words <= maxHeadlineShape {
			out = append(out, verdict{ClassRelated, "headline-shaped line before the article", 0.5})
		}
	case !ends && sh.afterBody && !sh.truncated && words <= maxHeadlineShape:
		out = append(out, verdict{ClassRelated, "headline-shaped line after the article", 1})
	case ends && strings.HasSuffix(t, "?") && words <= 6 && !sh.beforeBody && !sh.last && !strings.ContainsAny(t, "\"“”") && !personalPronoun.MatchString(t):
		out = append(out, verdict{ClassCrosshead, "short question heading a section", 1})
	}
	if titleClockTail.MatchString(t) && !ends && words > 3 {
		out = append(out, verdict{ClassRelated, "title closed by a video duration", 0.6})
	}
	return out
}

// datelineVerdicts reads a line that is only a date or time, with or without a label.
func datelineVerdicts(t string, words int) []verdict {
	if words == 0 || words > 20 {
		return nil
	}
	rest := dateLabel.ReplaceAllString(strings.TrimSpace(t), "")
	labelled := rest != strings.TrimSpace(t)
	dates := 0
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, "(),|•-–—:")
		if w == "" || w == "at" || w == "on" || w == "and" || w == "by" || w == "last" || strings.EqualFold(w, "updated") {
			continue
		}
		if !dateToken.MatchString(w) {
			return nil
		}
		dates++
	}
	if dates == 0 && !labelled {
		return nil
	}
	return []verdict{{ClassDateline, "date or time line", 1}}
}

// embedVerdicts reads the traces of an embedded social-media post.
func embedVerdicts(t string) []verdict {
	var out []verdict
	if embedMark.MatchString(strings.TrimSpace(t)) {
		out = append(out, verdict{ClassEmbed, "embedded post marker", 1})
	}
	if handle.MatchString(t) {
		// A handle inside quoted words is the article quoting a post; alone it is the post.
		w := 1.0
		if strings.ContainsAny(t, "\"“”") {
			w = 0.4
		}
		out = append(out, verdict{ClassEmbed, "social-media handle", w})
	}
	if embedSignature.MatchString(t) {
		out = append(out, verdict{ClassEmbed, "embedded post signature", 1})
	}
	return out
}

// maxPostSentences bounds how far back from a signature the post's text is looked for.
const maxPostSentences = 4

// postLike reports a sentence that reads as part of a post rather than the article.
func postLike(text string) bool {
	return handle.MatchString(text) || embedMark.MatchString(text) || !hasEnglishFunctionWord(text)
}

// markEmbeddedPosts drops, in a paragraph that holds an embedded post's signature, the
// post's text: from the paragraph's start (or the previous signature) when the paragraph
// opens with the poster's handle, else the sentences just before the signature that carry
// a handle or no English function word. The article text around the post stays.
func markEmbeddedPosts(sents []claims.Sentence, paras []paragraph) {
	for _, p := range paras {
		if p.reason != "" || p.first == p.last {
			continue
		}
		from := p.first
		for k := p.first; k <= p.last; k++ {
			if !embedSignature.MatchString(sents[k].Text) {
				continue
			}
			start := k
			if handle.MatchString(sents[from].Text) {
				start = from
			} else {
				for start > from && start > k-maxPostSentences && postLike(sents[start-1].Text) {
					start--
				}
			}
			for j := start; j <= k; j++ {
				s := &sents[j]
				if !s.Excluded {
					s.Excluded, s.Class, s.Cue = true, ClassEmbed, "text of an embedded post, up to its signature"
					s.Reason = s.Class + ": " + s.Cue
				}
			}
			from = k + 1
		}
	}
}
