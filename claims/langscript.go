package claims

import (
	"slices"
	"unicode"
)

// kanaTable is whatlanggo's table of Hiragana and Katakana, built the same way (the two
// tables' ranges one after the other), so that look-ups in it answer alike.
var kanaTable = &unicode.RangeTable{
	R16: append(slices.Clone(unicode.Hiragana.R16), unicode.Katakana.R16...),
	R32: append(slices.Clone(unicode.Hiragana.R32), unicode.Katakana.R32...),
}

// scriptOrder is the order in which whatlanggo's DetectScript tries the scripts.
var scriptOrder = [...]*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Devanagari, kanaTable,
	unicode.Ethiopic, unicode.Hebrew, unicode.Bengali, unicode.Georgian, unicode.Han,
	unicode.Hangul, unicode.Greek, unicode.Kannada, unicode.Tamil, unicode.Thai,
	unicode.Gujarati, unicode.Gurmukhi, unicode.Telugu, unicode.Malayalam, unicode.Oriya,
	unicode.Myanmar, unicode.Sinhala, unicode.Khmer,
}

// scriptOf is whatlanggo's DetectScript (v1.0.1, script.go) with ASCII letters counted
// without a table search: the script most letters of text are in, or nil. It keeps the
// library's details that decide ties and early answers: a script found moves one place
// forward in the search order, a script with more letters than half the text's bytes
// wins at once, the most frequent script wins in the final search order, and Han text
// with kana is Japanese (kanaTable, where the library answers its own equal table).
func scriptOf(text string) *unicode.RangeTable {
	halfLen := len(text) / 2
	order := scriptOrder
	var counts [len(scriptOrder)]int
	found := func(i int) bool {
		counts[i]++
		if counts[i] > halfLen {
			return true
		}
		if i > 0 {
			order[i], order[i-1] = order[i-1], order[i]
			counts[i], counts[i-1] = counts[i-1], counts[i]
		}
		return false
	}
	for _, ch := range text {
		if ch < 0x80 {
			// An ASCII rune is a Latin letter, a stop character or a control character,
			// which is in no script.
			if !('a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z') {
				continue
			}
			i := slices.Index(order[:], unicode.Latin)
			if found(i) {
				return order[i]
			}
			continue
		}
		if trigramSpace(ch) {
			continue
		}
		for i := 0; i < len(order); i++ {
			if unicode.Is(order[i], ch) && found(i) {
				return order[i]
			}
		}
	}
	jpCount, best := 0, 0
	var bestScript *unicode.RangeTable
	for i, t := range order {
		if counts[i] > best {
			best, bestScript = counts[i], t
			if t == kanaTable {
				jpCount = best
			}
		}
	}
	switch {
	case best == 0:
		return nil
	case bestScript == unicode.Han && jpCount > 0:
		return kanaTable
	}
	return bestScript
}
