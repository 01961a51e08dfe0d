package furniture

import (
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

var (
	// creditLabel is a picture or source credit: "Photo: ...", "(Picture: ...)",
	// "File Photo by ...", "Source: ...", "Image via ...", "Picture date: ...".
	creditLabel = textcue.Guard(textcue.Lazy(`(?i)(^|[\s(|.])(file |top |main |header )?(photo|photograph|picture|image|pic|video|credit|source|foto)s?( date)?\s*(:|by\b|via\b|courtesy\b)`), true, "photo", "pic", "image", "video", "credit", "source", "foto")
	// agencyCredit is a credit naming a wire or picture agency in brackets or at the end
	// of the line ("(AP Photo/Jane Doe)", "Jane Doe/Getty Images", "( Jane Doe/PA )").
	agencyCredit = textcue.Guard(textcue.Lazy(`(?i)(\b(getty images|shutterstock|alamy|associated press|ap photo|afp|reuters|epa|pa images|pa wire|pa media|stringer)\b[^.]{0,40}\)?\s*$)|(\(\s*[^()]{2,40}/[^()]{2,40}\))\s*$`), true, "/", "getty images", "shutterstock", "alamy", "associated press", "ap photo", "afp", "reuters", "epa", "pa images", "pa wire", "pa media", "stringer")
	// slashCredit is a line ending in "Name Name/Agency": a photographer and an outlet.
	slashCredit = textcue.Lazy(`\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+)*\s?/\s?\p{Lu}[\p{L} .&-]*\)?\s*$`)
	// fileTag is a caption's closing tag for an archive picture: "(File)", "(Representational image)".
	fileTag = textcue.Lazy(`(?i)\((file|archive|file photo|representational image|representative image|representative picture)\)\s*$`)
	// corporateName is a short line naming a company ("Example Media, Inc."): a copyright holder.
	corporateName = textcue.Lazy(`(?i)^[\p{L}\p{N} .,&'-]{1,40}\b(inc|ltd|llc|plc|corp|gmbh)\.?$`)
	// authorBio is a line about the writer: "Jane Doe is a reporter at ...", "... covers courts".
	authorBio = textcue.Lazy(`^\p{Lu}\p{L}+( \p{Lu}[\p{L}.'-]+){1,2},? (is|was|has been) (a|an|the|our) [^.]{0,60}\b(reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|photographer)\b|^\p{Lu}\p{L}+( \p{Lu}[\p{L}.'-]+){1,2} (covers|writes about|reports on) `)
	// bylineWord marks a byline or a contributor line.
	bylineWord = textcue.Lazy(`(?i)\b(correspondent|staff writer|staff reporter|special to|contributor|contributing writer|news desk|newsdesk|web desk|bureau)\b`)
)

// maxCaptionWords is the longest line read as a caption when it carries a credit.
const maxCaptionWords = 100

// creditLineVerdicts reads a whole line as a caption or credit.
func creditLineVerdicts(t string, words int) []verdict {
	var out []verdict
	ends := textcue.EndsSentence(t)
	switch {
	case words <= maxCaptionWords && creditAtEdge(t):
		if words <= 10 && !ends {
			out = append(out, verdict{ClassCredit, "picture or source credit label", 1})
		} else {
			out = append(out, verdict{ClassCaption, "description followed by a credit label", 1})
		}
	case words <= maxCaptionWords && agencyCredit.MatchString(t):
		if words <= 8 {
			out = append(out, verdict{ClassCredit, "agency credit", 1})
		} else {
			out = append(out, verdict{ClassCaption, "description ending in an agency credit", 1})
		}
	case words <= 40 && fileTag.MatchString(t):
		out = append(out, verdict{ClassCaption, "archive-picture tag", 1})
	case !ends && words <= 8 && slashCredit.MatchString(t) && !strings.ContainsAny(t, ",;"):
		out = append(out, verdict{ClassCredit, "name/agency credit", 1})
	}
	if words <= 5 && corporateName.MatchString(strings.TrimSpace(t)) {
		out = append(out, verdict{ClassCredit, "company name alone on a line", 1})
	}
	if words <= 6 && !ends && bylineWord.MatchString(t) {
		out = append(out, verdict{ClassDateline, "byline", 1})
	}
	if words <= 40 && authorBio.MatchString(strings.TrimSpace(t)) {
		out = append(out, verdict{ClassBio, "sentence about the writer", 1})
	}
	if isBareName(t, words) {
		out = append(out, verdict{ClassDateline, "a name alone on a line (byline or credit)", 0.6})
	}
	return out
}

// creditAtEdge reports a credit label that opens the line or sits in its last words,
// where pages put credits; mid-paragraph "photo by" is the article talking about a picture.
func creditAtEdge(t string) bool {
	for _, loc := range creditLabel.FindAllStringIndex(t, -1) {
		if loc[0] <= 2 || loc[0] >= len(t)-70 {
			return true
		}
	}
	return false
}

// creditSentenceVerdicts reads one sentence inside a paragraph as a credit.
func creditSentenceVerdicts(t string, words int) []verdict {
	if words > 12 {
		return nil
	}
	if loc := creditLabel.FindStringIndex(t); loc != nil && loc[0] <= 2 {
		return []verdict{{ClassCredit, "sentence is a credit label", 1}}
	}
	if words <= 8 && agencyCredit.MatchString(t) && !textcue.EndsSentence(t) {
		return []verdict{{ClassCredit, "agency credit", 1}}
	}
	return nil
}

// isBareName reports a line of two to four capitalised words and nothing else.
func isBareName(t string, words int) bool {
	if words < 2 || words > 4 || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
		return false
	}
	for _, w := range strings.Fields(t) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, ",;:!?\"“”()") {
			return false
		}
		if strings.HasSuffix(w, ".") && len(r) > 2 {
			return false
		}
	}
	return true
}
