package claims

import (
	"fmt"
	"strings"

	"github.com/abadojack/whatlanggo"
)

// maxLanguageSample is how much of a report's text the language detector reads: the
// opening of an article is enough and keeps detection linear and fast.
const maxLanguageSample = 4000

// DetectLanguage returns the English name and ISO 639-1 code of the language a text is
// written in, and whether the detector is confident.
func DetectLanguage(text string) (name, code string, reliable bool) {
	if len(text) > maxLanguageSample {
		text = text[:maxLanguageSample]
	}
	lang, conf := detectLang(text)
	if lang == -1 {
		return "", "", false
	}
	return lang.String(), lang.Iso6391(), conf > whatlanggo.ReliableConfidenceThreshold
}

// MarkLanguages detects each report's language and warns when a report is not English
// (the extraction rules are English) or the reports are written in different languages.
// It returns, per report, whether it reads as English.
func MarkLanguages(docs []*Document, sents [][]Sentence) []bool {
	english := make([]bool, len(sents))
	var names []string
	langs := map[string]bool{}
	for i := range sents {
		var b strings.Builder
		for _, s := range sents[i] {
			if b.Len() >= maxLanguageSample {
				break
			}
			b.WriteString(s.Text)
			b.WriteByte(' ')
		}
		name, code, reliable := DetectLanguage(b.String())
		english[i] = code == "en" || code == "" || !reliable
		if i >= len(docs) || docs[i] == nil || code == "" || !reliable {
			continue
		}
		docs[i].Language = code
		langs[code] = true
		names = append(names, fmt.Sprintf("%s %s", docs[i].ID, name))
		if code != "en" {
			docs[i].Warnings = append(docs[i].Warnings, fmt.Sprintf("report reads as %s, not English: claims are extracted with English rules, so findings may be missing", name))
		}
	}
	if len(langs) > 1 {
		for _, d := range docs {
			if d != nil {
				d.Warnings = append(d.Warnings, "reports differ in language ("+strings.Join(names, ", ")+"): claims in different languages are not matched")
				break
			}
		}
	}
	return english
}
