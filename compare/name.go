package compare

import (
	"fmt"
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
// fact-checker wants to know which spelling is right.
func (m *model) alignNames(cov *coverage) []Finding {
	per := make([]map[string]mention, len(m.units))
	for i, us := range m.units {
		per[i] = map[string]mention{}
		for _, u := range us {
			if u.stmt == nil {
				continue
			}
			for _, e := range u.stmt.Entities {
				if _, ok := per[i][e]; !ok && personLike(e) && strings.Contains(u.stmt.Sentence, e) {
					per[i][e] = mention{e, u}
				}
			}
		}
	}
	jw := metrics.NewJaroWinkler()
	var out []Finding
	done := map[string]bool{}
	for i := range per {
		for j := i + 1; j < len(per); j++ {
			for _, a := range sortedMentions(per[i]) {
				for _, b := range sortedMentions(per[j]) {
					if a.name == b.name || done[a.name+"|"+b.name] {
						continue
					}
					// A report that spells it both ways has no quarrel with the other.
					if _, ok := per[i][b.name]; ok {
						continue
					}
					if _, ok := per[j][a.name]; ok {
						continue
					}
					if !spellingVariant(a.name, b.name, jw) {
						continue
					}
					done[a.name+"|"+b.name] = true
					f := Finding{Verdict: Discrepancy, Kind: "name", Severity: Minor, Rule: "name", Confidence: 0.7,
						Summary: fmt.Sprintf("%s vs %s", a.name, b.name),
						Reasons: []string{"the same person's name is spelt differently", "rule: name words compared with Jaro-Winkler similarity"}}
					f.Claims = append(f.Claims, nameClaim(a), nameClaim(b))
					f.Positions = []Position{{Value: a.name, Sources: []string{m.as[i].Doc.ID}}, {Value: b.name, Sources: []string{m.as[j].Doc.ID}}}
					cov.add([]*unit{a.u, b.u}, true)
					out = append(out, f)
				}
			}
		}
	}
	return out
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
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := 0
	for k := range wa {
		x, y := claims.Fold(foldAccents(wa[k])), claims.Fold(foldAccents(wb[k]))
		if x == y {
			continue
		}
		diff++
		if strutil.Similarity(x, y, jw) < nameSimilar || abs(len(x)-len(y)) > 2 {
			return false
		}
	}
	return diff > 0 && diff < len(wa)+1
}

// foldAccents drops diacritics so "Vendôme" and "Vendome" are one spelling.
func foldAccents(s string) string {
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
