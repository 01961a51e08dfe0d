package claims

import (
	"fmt"
	"strings"
)

// ExtractOptions tunes claim extraction.
type ExtractOptions struct {
	// KeepExcluded extracts claims from excluded sentences too (extract --no-filter).
	KeepExcluded bool
	// MonthFirst reads numeric dates month-first (American order).
	MonthFirst bool
}

// Extract returns the claims of one segmented, filtered document, in text order.
//
// Each kept sentence yields one statement claim (its key terms) and typed
// claims for the values, quotes, roles and attributions it contains.
func Extract(doc *Document, sents []Sentence, opt ExtractOptions) []Claim {
	ctx := ValueContext{Published: doc.Published, MonthFirst: opt.MonthFirst}
	ents := FindEntities(doc, sents)
	var out []Claim
	for i := range sents {
		s := &sents[i]
		if s.Excluded && !opt.KeepExcluded {
			continue
		}
		pol := ReadPolarity(s.Norm)
		// An attribution to someone the report names in full gets that full name.
		if pol.Attribution != "" && pol.Attribution != AttributionVague {
			pol.Attribution = ents.Resolve(pol.Attribution)
		}
		terms := Terms(s.Norm)
		st := newClaim(doc, s, KindStatement, 0, len(s.Norm))
		st.Terms = terms
		st.Entities = ents.In(s.Index)
		pol.apply(&st)
		out = append(out, st)
		words := Words(s.Norm)
		for _, m := range ParseValues(s.Norm, ctx) {
			c := newClaim(doc, s, m.Kind, m.Start, m.End)
			v := m.Value
			headlineRound(s, m.Kind, &v)
			c.Value = &v
			c.Slot = slotTerms(s.Norm, words, m.Start, m.End)
			c.Terms = terms
			c.Entities = st.Entities
			if m.Kind == KindAge && len(st.Entities) == 0 {
				c.Holder = pronounHolder(ents, s)
			}
			pol.apply(&c)
			out = append(out, c)
		}
	}
	for _, c := range FindQuotes(doc, sents, ents) {
		if sents[c.SentenceIndex].Excluded && !opt.KeepExcluded {
			continue
		}
		out = append(out, c)
	}
	for _, c := range FindRoles(doc, sents, ents) {
		if sents[c.SentenceIndex].Excluded && !opt.KeepExcluded {
			continue
		}
		out = append(out, c)
	}
	sortClaims(out)
	for i := range out {
		out[i].ID = fmt.Sprintf("%s.c%d", doc.ID, i+1)
	}
	return out
}

// newClaim builds a claim of kind k over the [i, j) span of s.Norm, with original-file offsets.
func newClaim(doc *Document, s *Sentence, k Kind, i, j int) Claim {
	a, b := s.TextSpan(i, j)
	text := strings.TrimSpace(s.Text[a:b])
	start := doc.Orig(s.BodyStart + a)
	return Claim{
		Source:        doc.ID,
		Kind:          k,
		Text:          text,
		Sentence:      strings.TrimSpace(s.Text),
		Start:         start,
		End:           doc.Orig(s.BodyStart + b),
		Line:          doc.LineAt(start),
		SentenceIndex: s.Index,
	}
}

// NewClaim builds a claim of kind k over the [i, j) byte span of s.Norm; it is
// exported for extractors that live beside this file.
func NewClaim(doc *Document, s *Sentence, k Kind, i, j int) Claim { return newClaim(doc, s, k, i, j) }
