package furniture

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

const (
	// leadShare is the share of a report's prose paragraphs read as its lead (at least
	// minLeadParas, at most maxLeadParas): where a report says what it is about.
	leadShare    = 0.4
	minLeadParas = 3
	maxLeadParas = 15
)

// topicProfile is the vocabulary a report's topic is judged by: its title and lead, and the
// leads of the other reports of the same event.
type topicProfile struct {
	own   map[string]bool
	other map[string]bool
}

// has reports whether a lemma belongs to the topic.
func (t topicProfile) has(term string) bool {
	return t.own[term] || t.other[term]
}

// score returns the share of terms in the profile and how many are.
func (t topicProfile) score(terms []string) (float64, int) {
	if len(terms) == 0 {
		return 0, 0
	}
	n := 0
	for _, w := range terms {
		if t.has(w) {
			n++
		}
	}
	return float64(n) / float64(len(terms)), n
}

// leadTerms returns the content lemmas of a report's title and lead paragraphs.
func leadTerms(title string, paras []paragraph) map[string]bool {
	out := map[string]bool{}
	for _, w := range claims.Terms(claims.Fold(title)) {
		out[w] = true
	}
	prose := 0
	for _, p := range paras {
		if p.prose {
			prose++
		}
	}
	want := int(float64(prose)*leadShare + 0.5)
	want = max(minLeadParas, min(maxLeadParas, want))
	seen := 0
	for _, p := range paras {
		if seen >= want {
			break
		}
		if p.reason != "" {
			continue
		}
		if p.index == 0 || p.prose {
			for _, w := range p.terms {
				out[w] = true
			}
		}
		if p.prose {
			seen++
		}
	}
	return out
}

// buildProfiles builds each report's topic profile from its own lead and the others' leads.
func buildProfiles(docs []*claims.Document, paras [][]paragraph) []topicProfile {
	leads := make([]map[string]bool, len(paras))
	for i := range paras {
		title := ""
		if i < len(docs) && docs[i] != nil {
			title = docs[i].Title
		}
		leads[i] = leadTerms(title, paras[i])
	}
	out := make([]topicProfile, len(paras))
	for i := range paras {
		other := map[string]bool{}
		for j, l := range leads {
			if j == i {
				continue
			}
			for w := range l {
				other[w] = true
			}
		}
		out[i] = topicProfile{own: leads[i], other: other}
	}
	return out
}

// uiPhrases are the words of web-site furniture (cookie banners, newsletter boxes, share
// buttons): generic across sites, and only used together with low topicality.
var uiPhrases = []string{
	"cookie", "newsletter", "subscribe", "subscription", "sign up", "signup", "log in", "login",
	"inbox", "privacy policy", "terms of use", "terms of service", "all rights reserved", "copyright",
	"advertisement", "sponsored", "read more", "click here", "share this", "share on", "follow us",
	"related articles", "related stories", "most read", "most popular", "next article", "previous article",
	"enable javascript", "your browser", "notifications", "unsubscribe",
}

// uiHits counts furniture phrases in folded text.
func uiHits(folded string) int {
	n := 0
	for _, p := range uiPhrases {
		if strings.Contains(folded, p) {
			n++
		}
	}
	return n
}
