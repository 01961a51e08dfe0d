package load

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// maxHeadlineWords is the longest first line still taken as a headline.
const maxHeadlineWords = 25

// textMeta fills Title and Published of a text or Markdown report from its first lines
// when metadata did not: a headline-like first line and a dateline among the next few.
func textMeta(doc *Document) {
	lines := firstLines(doc.Body, 5)
	if doc.Title == "" && len(lines) > 0 && looksHeadline(lines[0]) {
		doc.Title = strings.Join(strings.Fields(lines[0]), " ")
	}
	if doc.Published.IsZero() {
		for _, l := range lines {
			if t, ok := datelineDate(l); ok {
				doc.Published = t
				break
			}
		}
	}
}

// firstLines returns up to n non-empty trimmed lines from the start of s.
func firstLines(s string, n int) []string {
	var out []string
	for len(out) < n && s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		if len(line) > 1000 {
			line = line[:1000]
		}
		if t := strings.TrimSpace(line); t != "" {
			out = append(out, t)
		}
		s = rest
	}
	return out
}

// looksHeadline reports a short line without sentence-final punctuation that starts with
// a capital letter or digit: a title, not the first sentence of the body.
func looksHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(strings.Fields(line)) > maxHeadlineWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, "\"'“‘"))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return !textcue.EndsSentence(line)
}

// datelineDate reads a line that is only a date, possibly followed by a clock time
// ("Fri Aug 2, 2013 6:50pm EDT", "June 6th, 2013 7:38pm EDT").
func datelineDate(line string) (t time.Time, ok bool) {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 9 {
		return t, false
	}
	for n := len(words); n >= 1; n-- {
		if d, ok := parseMetaDate(strings.Join(words[:n], " ")); ok {
			return d, true
		}
	}
	return t, false
}
