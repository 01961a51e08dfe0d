package compare

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"

	"github.com/claimdiff/claimdiff/claims"
)

// nameSimilar is the Jaro-Winkler similarity above which two differently spelt
// name words are taken as one name spelt two ways ("Karolos"/"Carolos").
const nameSimilar = 0.82

// mention is one name as one report spells it, with the sentence it first appears in.
type mention struct {
	name string
	u    *unit
}

// alignNames finds people whose names are spelt differently across reports: a
// fact-checker wants to know which spelling is right. All spellings of one
// name across all reports form one finding.
func (m *model) alignNames(cov *coverage) []Finding {
	per := make([]map[string]mention, len(m.units))
	for i, us := range m.units {
		per[i] = map[string]mention{}
		for _, u := range us {
			if u.stmt == nil {
				continue
			}
			for _, e := range u.stmt.Entities {
				if !personLike(e) {
					continue
				}
				// Prefer a sentence that spells the name out; an entity can also
				// come to a sentence through a quotation it attributes.
				old, seen := per[i][e]
				if !seen || (!strings.Contains(old.u.stmt.Sentence, e) && strings.Contains(u.stmt.Sentence, e)) {
					per[i][e] = mention{e, u}
				}
			}
		}
	}
	jw := metrics.NewJaroWinkler()
	// Link spellings that some pair of reports uses differently.
	var names []string
	seen := map[string]bool{}
	for i := range per {
		for _, x := range sortedMentions(per[i]) {
			if !seen[x.name] {
				seen[x.name] = true
				names = append(names, x.name)
			}
		}
	}
	parent := map[string]string{}
	linked := map[string]bool{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	for a := 0; a < len(names); a++ {
		for b := a + 1; b < len(names); b++ {
			x, y := names[a], names[b]
			if !(spellingVariant(x, y, jw) || reorderedName(x, y)) || !m.usedApart(per, x, y) {
				continue
			}
			parent[find(y)] = find(x)
			linked[x], linked[y] = true, true
		}
	}
	clusters := map[string][]string{}
	for _, n := range names {
		if linked[n] {
			clusters[find(n)] = append(clusters[find(n)], n)
		}
	}
	var roots []string
	for r := range clusters {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	var out []Finding
	known := map[string]bool{} // name words the whole-name rule already set against each other
	for _, r := range roots {
		spellings := clusters[r]
		if len(spellings) < 2 {
			continue
		}
		f := Finding{Verdict: Discrepancy, Kind: "name", Severity: Minor, Rule: "name", Confidence: 0.7,
			Summary: strings.Join(spellings, " vs "),
			Reasons: []string{"the same person's name is spelt differently", "rule: name words compared with Jaro-Winkler similarity"}}
		var us []*unit
		for _, sp := range spellings {
			pos := Position{Value: sp}
			for i := range per {
				if x, ok := per[i][sp]; ok {
					f.Claims = append(f.Claims, nameClaim(x))
					us = append(us, x.u)
					pos.Sources = append(pos.Sources, m.as[i].Doc.ID)
				}
			}
			f.Positions = append(f.Positions, pos)
		}
		cov.add(us, true)
		out = append(out, f)
		for _, sp := range spellings {
			for _, w := range strings.Fields(sp) {
				known[w] = true
			}
		}
	}
	return append(out, m.alignNameVariants(known, cov)...)
}

// usedApart reports whether some report uses spelling x and another uses y
// without also using the other: a report that spells a name both ways has no
// quarrel with the rest.
func (m *model) usedApart(per []map[string]mention, x, y string) bool {
	for i := range per {
		_, hx := per[i][x]
		_, hy := per[i][y]
		if !hx || hy {
			continue
		}
		for j := range per {
			_, jx := per[j][x]
			_, jy := per[j][y]
			if j != i && jy && !jx {
				return true
			}
		}
	}
	return false
}

func sortedMentions(ms map[string]mention) []mention {
	out := make([]mention, 0, len(ms))
	for _, v := range ms {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// nameClaim points at the name inside its sentence.
func nameClaim(x mention) claims.Claim {
	c := *x.u.stmt
	c.Kind = "name"
	if k := strings.Index(c.Sentence, x.name); k >= 0 {
		lead := len(c.Sentence) - len(strings.TrimLeft(c.Sentence, " \t"))
		c.Start += k - lead
		c.End = c.Start + len(x.name)
	}
	c.Text = x.name
	c.Terms = nil
	return c
}

// personLike reports whether an entity looks like a personal name: two or three
// capitalised words.
func personLike(e string) bool {
	ws := strings.Fields(e)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
			return false
		}
	}
	return true
}

// spellingVariant reports whether two names have the same number of words, each
// pair equal or closely similar, with at least one pair spelt differently.
func spellingVariant(a, b string, jw *metrics.JaroWinkler) bool {
	wa, wb := foldedNameWords(a), foldedNameWords(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := 0
	for k := range wa {
		x, y := wa[k], wb[k]
		if x == y || regionalSpelling(x, y) {
			continue
		}
		diff++
		// One changed letter in a longer word ("Elias"/"Ilias") is a respelling
		// even where Jaro-Winkler, which weighs the first letters, says otherwise.
		oneEdit := len(x) >= 4 && editDistance(x, y) <= 1
		if (!oneEdit && strutil.Similarity(x, y, jw) < nameSimilar) || abs(len(x)-len(y)) > 2 {
			return false
		}
	}
	return diff > 0 && diff < len(wa)+1
}

// foldAccents drops diacritics so "Vendôme" and "Vendome" are one spelling.
func foldAccents(s string) string {
	if isASCII(s) { // nothing to decompose; the transform chain costs more than the names
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// trimName drops the punctuation a sentence leaves on a name's last word
// ("Java Sea." ends a sentence; it is not another spelling).
func trimName(w string) string {
	return strings.TrimRight(w, ".,;:!?'\"’”)")
}

// regionalSpelling reports whether two words are the British and American
// spellings of one word ("Labour" / "Labor", "Centre" / "Center",
// "Organisation" / "Organization"): one name, written to two house styles.
func regionalSpelling(a, b string) bool {
	norm := func(w string) string {
		w = strings.ReplaceAll(w, "our", "or")
		w = strings.ReplaceAll(w, "isation", "ization")
		if strings.HasSuffix(w, "tre") {
			w = strings.TrimSuffix(w, "tre") + "ter"
		}
		return w
	}
	return a != b && norm(a) == norm(b)
}
