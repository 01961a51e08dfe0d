package claims

import (
	"strconv"
	"strings"
	"unicode"
)

// CompoundForms lists, for each hyphenated word of s, the forms another report
// may write it in: the lemmas of its parts ("a-half" → "half", "brand-new" →
// "brand", "new"), its parts written as one word ("pin-up" → "pinup"), and a
// spelled-out dimension in digits ("four-by-four" → "4x4"). Callers keep the
// forms some other sentence uses: a form no one uses only dilutes a sentence.
func CompoundForms(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(f string) {
		if len(f) >= 2 && !stopWords[f] && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	for _, t := range Words(s) {
		w := strings.ToLower(t.Text)
		if !strings.Contains(w, "-") {
			continue
		}
		parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' })
		if len(parts) < 2 || dashed(parts) {
			continue
		}
		if d, ok := dimension(parts); ok {
			add(d)
			continue
		}
		if figure(parts) {
			continue // "36-year-old", "magnitude-5.9": the value parsers read these
		}
		// English compounds put their head last ("mud-brick" is a brick, "a-half"
		// a half): the head is the word another report may use alone.
		add(Lemma(parts[len(parts)-1]))
		add(Lemma(strings.Join(parts, "")))
	}
	return out
}

// dimension reads "four-by-four" or "2-by-4" as the "4x4", "2x4" written with digits.
func dimension(parts []string) (string, bool) {
	if len(parts) != 3 || parts[1] != "by" {
		return "", false
	}
	var ds [2]string
	for k, p := range [2]string{parts[0], parts[2]} {
		if v, ok := unitWords[p]; ok {
			ds[k] = strconv.Itoa(int(v))
		} else if _, err := strconv.Atoi(p); err == nil {
			ds[k] = p
		} else {
			return "", false
		}
	}
	return ds[0] + "x" + ds[1], true
}

// dashed reports whether a hyphen stands for a dash between words rather than
// joining a compound: a function word of two or more letters at either end
// ("defeats-and his 16th") belongs to the phrase beside it, not to a compound.
// A particle ends many compounds ("pin-up", "break-in") and is no sign of a dash.
func dashed(parts []string) bool {
	end := func(p string) bool { return len(p) >= 2 && stopWords[p] && !particles[p] }
	return end(parts[0]) || end(parts[len(parts)-1])
}

// particles are the adverbs that end compounds made from phrasal verbs.
var particles = map[string]bool{
	"up": true, "down": true, "in": true, "out": true, "off": true, "on": true,
	"over": true, "back": true, "away": true, "by": true,
}

// figure reports whether a compound holds a figure, in digits or in words.
func figure(parts []string) bool {
	for _, p := range parts {
		if strings.IndexFunc(p, unicode.IsDigit) >= 0 || numberWord(p) {
			return true
		}
	}
	return false
}
