package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleAbbrevs are abbreviations that precede a name and so never end a sentence; the
// statistical splitter sometimes breaks after the rarer ones ("Rep. Brown").
var titleAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Fr", "Sr", "St", "Mt", "Ft", "Gen", "Lt", "Col",
		"Maj", "Capt", "Cpt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rt", "Hon",
		"Pres", "Supt", "Insp", "Det", "Amb", "Messrs", "Mme", "Mlle", "Msgr", "Brig", "No", "Nos",
		"Nr", "Vol", "Fig", "Art", "Sec", "Ch", "Ave", "Blvd", "approx", "ca", "cf", "vs", "Jan",
		"Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
	} {
		m[w] = true
	}
	return m
}()

// monthAbbrevs need a following number to be kept in the sentence ("Jan. 5"), since
// "Mar." may also end one.
var monthAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sept": true, "Sep": true,
	"Oct": true, "Nov": true, "Dec": true, "No": true, "Nos": true, "Nr": true, "Vol": true,
	"Fig": true, "Art": true, "Sec": true, "Ch": true,
}

// span is a [start, end) byte range.
type span struct{ start, end int }

// mergeAbbrevSplits joins sentence spans that were split right after a title
// abbreviation ("Gen." + "Smith said ...") in text.
func mergeAbbrevSplits(text string, spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	out := spans[:1]
	for _, s := range spans[1:] {
		prev := &out[len(out)-1]
		if endsInTitleAbbrev(text[prev.start:prev.end], text[s.start:s.end]) {
			prev.end = s.end
			continue
		}
		out = append(out, s)
	}
	return out
}

// endsInTitleAbbrev reports whether sentence a ends with an abbreviation that binds to
// the start of b.
func endsInTitleAbbrev(a, b string) bool {
	if !strings.HasSuffix(a, ".") {
		return false
	}
	if la := strings.ToLower(a); strings.HasSuffix(la, "a.m.") || strings.HasSuffix(la, "p.m.") {
		// "at 11:30 p.m. ET on Friday": a clock's zone after its meridiem
		// continues the sentence.
		w := b
		if k := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = b[:k]
		}
		return zoneName(w) && w != ""
	}
	core := a[:len(a)-1]
	i := strings.LastIndexFunc(core, func(r rune) bool { return !unicode.IsLetter(r) })
	word := core[i+1:]
	if i >= 0 && core[i] == '.' {
		// Part of a dotted abbreviation such as "U.S."; the splitter handles those.
		return false
	}
	if !titleAbbrevs[word] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	if monthAbbrevs[word] {
		return unicode.IsDigit(r)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
