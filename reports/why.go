package reports

import (
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// why is a finding's reason as an editor reads it: its one-sentence Why, or,
// for a result written before findings carried one, its reasons.
func why(f compare.Finding) string {
	if f.Why != "" {
		return f.Why
	}
	return strings.Join(f.Reasons, "; ")
}

// details joins a finding's reasons, the internals --explain shows: the
// compared intervals, shared terms and slot, the rule, model probabilities.
func details(f compare.Finding) string {
	return strings.Join(f.Reasons, "; ")
}

// uniqueText is what a unique detail shows: the clause a unique finding's
// first claim holds, marked with an ellipsis on each side where its sentence
// goes on, or the whole sentence when the claim has no text of its own.
func uniqueText(text, sentence string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return sentence
	}
	i := strings.Index(sentence, text)
	if i < 0 || text == strings.TrimSpace(sentence) {
		return text
	}
	if strings.TrimSpace(sentence[:i]) != "" {
		text = "… " + text
	}
	if strings.TrimSpace(sentence[i+len(strings.TrimPrefix(text, "… ")):]) != "" {
		text += " …"
	}
	return text
}
