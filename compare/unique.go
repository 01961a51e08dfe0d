package compare

import (
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Residual thresholds: a sentence matched only in part still carries a unique
// detail when this many of its content words, and this share of their weight,
// appear in none of the sentences it was matched with.
const (
	residualWords = 3
	residualShare = 0.45
)

// uniques lists, per report, the kept sentences no other report matches, and
// sentences matched only in part whose remaining words add a detail of their
// own. A unique detail holds only what no other finding holds: a figure or
// quotation of the sentence already aligned elsewhere is left out, and a
// sentence matched in part is shown by the clause that carries its new words
// (with that clause's span), its whole sentence kept in Sentence.
func (m *model) uniques(cov *coverage, aligned map[string]bool) []Finding {
	var out []Finding
	for _, us := range m.units {
		for _, u := range us {
			if u.stmt == nil || len(u.stmt.Terms) == 0 {
				continue
			}
			var extra []string
			if cov.covered(u) {
				if extra = m.residual(u, cov.partners(u)); extra == nil {
					continue
				}
			}
			f := Finding{Verdict: Unique, Kind: claims.KindStatement, Rule: "unique", Confidence: 1}
			stmt := *u.stmt
			if extra != nil {
				f.Confidence = 0.6
				f.basis.cause = causeResidual
				stmt = m.narrow(u, extra)
			}
			f.Claims = append(f.Claims, stmt)
			for _, c := range u.quotes {
				// A quotation aligned elsewhere stays when it runs past the
				// sentence: its own sentence is evidence no other claim holds.
				if !aligned[c.ID] || c.Sentence != stmt.Sentence {
					f.Claims = append(f.Claims, *c)
					f.Kind = claims.KindQuote
				}
			}
			for _, c := range u.typed {
				if !aligned[c.ID] {
					f.Claims = append(f.Claims, *c)
					if f.Kind == claims.KindStatement {
						f.Kind = c.Kind
					}
				}
			}
			f.Reasons = []string{"no sentence of another report matches it"}
			if extra != nil {
				f.Reasons = []string{"the sentence is matched in part; these words appear in no matching sentence of another report: " + strings.Join(extra, ", ")}
			}
			out = append(out, f)
		}
	}
	return out
}

// narrow returns u's statement claim cut down to the clause of its sentence
// that carries most of the extra words, with that clause's offsets in the
// original file; the claim keeps its whole sentence.
func (m *model) narrow(u *unit, extra []string) claims.Claim {
	c := *u.stmt
	a := m.as[u.src]
	var s *claims.Sentence
	if u.sent >= 0 && u.sent < len(a.Sentences) && a.Sentences[u.sent].Index == u.sent {
		s = &a.Sentences[u.sent]
	} else {
		for i := range a.Sentences {
			if a.Sentences[i].Index == u.sent {
				s = &a.Sentences[i]
				break
			}
		}
	}
	if s == nil {
		return c
	}
	i, j := residualSpan(s.Text, extra)
	if i < j && strings.TrimSpace(s.Text[i:j]) == strings.TrimSpace(s.Text) {
		// One clause: show the run of words from the first new word to the
		// last, when it leaves out a good part of the sentence.
		if a, b := wordsSpan(s.Text, extra); a < b && float64(b-a) <= narrowShare*float64(j-i) {
			i, j = a, b
		}
	}
	if i >= j || strings.TrimSpace(s.Text[i:j]) == strings.TrimSpace(s.Text) || len(strings.Fields(s.Text[i:j])) < narrowMinWords {
		return c
	}
	c.Text = s.Text[i:j]
	c.Start, c.End = a.Doc.Orig(s.BodyStart+i), a.Doc.Orig(s.BodyStart+j)
	c.Line = a.Doc.LineAt(c.Start)
	return c
}

// narrowShare is the largest share of a one-clause sentence a run of new
// words may span and still be shown instead of the sentence.
const narrowShare = 0.7

// narrowMinWords is the fewest words a clause needs to be shown instead of its
// sentence: one word ("America", "13") says nothing without the rest.
const narrowMinWords = 2

// alignedClaims lists the ids of the claims the findings hold.
func alignedClaims(fs []Finding) map[string]bool {
	out := map[string]bool{}
	for _, f := range fs {
		for _, c := range f.Claims {
			out[c.ID] = true
		}
	}
	return out
}

// residual returns the content words of u that none of its partners share,
// when they are enough to count as a detail of their own; otherwise nil.
func (m *model) residual(u *unit, partners []*unit) []string {
	var extra []string
	total, rest := 0.0, 0.0
	for k, t := range u.terms {
		w := u.ws[k]
		if strings.HasPrefix(t, "#") || strings.HasPrefix(t, entityPrefix) || strings.HasPrefix(t, conceptPrefix) {
			continue
		}
		total += w
		found := false
		for _, p := range partners {
			if _, ok := p.weight(u.tids[k]); ok {
				found = true
				break
			}
			for _, c := range claims.Concepts(t) {
				// A concept no unit carries cannot be one of the partner's features.
				if name, ok := m.concepts[c]; ok && m.has(p, name) {
					found = true
					break
				}
			}
		}
		if !found {
			rest += w
			extra = append(extra, t)
		}
	}
	if len(extra) < residualWords || total == 0 || rest/total < residualShare {
		return nil
	}
	sort.Slice(extra, func(i, j int) bool {
		if m.idf[extra[i]] != m.idf[extra[j]] {
			return m.idf[extra[i]] > m.idf[extra[j]]
		}
		return extra[i] < extra[j]
	})
	if len(extra) > 6 {
		extra = extra[:6]
	}
	return extra
}
