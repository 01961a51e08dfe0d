package compare

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Statement thresholds (weighted cosine of sentence features), chosen on the
// development cases: stmtJoin links two sentences as the same statement;
// stmtSupport is the average link a larger group needs so paraphrase chains
// cannot glue unrelated sentences together.
const (
	stmtJoin    = 0.22
	stmtSupport = 0.2
)

// alignStatements groups whole sentences that say the same thing in different
// reports. Pairs already judged (values, quotes) are not repeated, and pairs
// that disagree on a value are never called agreements.
func (m *model) alignStatements(cands []pair, cov *coverage) []Finding {
	var us []*unit
	idx := map[*unit]int{}
	var src []int
	for _, p := range cands {
		for _, u := range []*unit{p.a, p.b} {
			if _, ok := idx[u]; !ok {
				idx[u] = len(us)
				us = append(us, u)
				src = append(src, u.src)
			}
		}
	}
	g := newGrouper(src)
	for _, p := range cands {
		if p.score >= stmtJoin && !cov.conflict[key(p.a, p.b)] {
			g.link(idx[p.a], idx[p.b], p.score)
		}
	}
	for _, p := range cands {
		if p.score >= stmtJoin && !cov.conflict[key(p.a, p.b)] {
			g.join(idx[p.a], idx[p.b], stmtSupport)
		}
	}
	var out []Finding
	for _, grp := range g.groups() {
		var members []*unit
		for _, i := range grp {
			members = append(members, us[i])
		}
		if redundant(members, cov) {
			continue
		}
		f := m.judgeStatements(members, grp, g)
		cov.add(members, f.Verdict == Discrepancy)
		out = append(out, f)
	}
	return out
}

// redundant reports whether every pair of the group already sits in one finding.
func redundant(us []*unit, cov *coverage) bool {
	for i, a := range us {
		for _, b := range us[i+1:] {
			if !cov.together[key(a, b)] {
				return false
			}
		}
	}
	return true
}

// judgeStatements calls a group of matching sentences an agreement, unless one
// denies what the others assert (polarity rule).
func (m *model) judgeStatements(us []*unit, grp []int, g *grouper) Finding {
	f := Finding{Verdict: Agreement, Kind: claims.KindStatement, Rule: "statement"}
	conf, n := 0.0, 0.0
	for x := range grp {
		for y := x + 1; y < len(grp); y++ {
			if s := g.score[[2]int{grp[x], grp[y]}]; s > 0 {
				conf += s
				n++
			}
		}
	}
	f.Confidence = clamp01(0.3 + conf/n)
	for _, u := range us {
		if u.stmt != nil {
			f.Claims = append(f.Claims, *u.stmt)
		}
	}
	sh := m.shared(us[0], us[1], 6)
	if len(sh) > 0 {
		f.Reasons = append(f.Reasons, "shared terms: "+strings.Join(sh, ", "))
	}
	if pol, ok := polarityConflict(us); ok {
		f.Verdict, f.Severity, f.Kind, f.Rule = Discrepancy, Major, claims.KindPolarity, "polarity"
		f.Summary = pol
		f.Reasons = append(f.Reasons, pol, "rule: one report negates what another asserts")
		return f
	}
	f.Summary = fmt.Sprintf("%d reports: %s", len(us), strings.Join(sh, ", "))
	f.Reasons = append(f.Reasons, fmt.Sprintf("rule: sentences match on weighted terms (similarity %.2f)", conf/n))
	return f
}

// Residual thresholds: a sentence matched only in part still carries a unique
// detail when this many of its content words, and this share of their weight,
// appear in none of the sentences it was matched with.
const (
	residualWords = 3
	residualShare = 0.45
)

// uniques lists, per report, the kept sentences no other report matches, and
// sentences matched only in part whose remaining words add a detail of their own.
func (m *model) uniques(cov *coverage) []Finding {
	var out []Finding
	for _, us := range m.units {
		for _, u := range us {
			if u.stmt == nil || len(u.stmt.Terms) == 0 {
				continue
			}
			var extra []string
			if cov.units[u] {
				if extra = m.residual(u, cov.partners[u]); extra == nil {
					continue
				}
			}
			f := Finding{Verdict: Unique, Kind: claims.KindStatement, Rule: "unique", Confidence: 1}
			if len(u.quotes) > 0 {
				f.Kind = claims.KindQuote
			} else if len(u.typed) > 0 {
				f.Kind = u.typed[0].Kind
			}
			f.Claims = append(f.Claims, *u.stmt)
			for _, c := range u.typed {
				f.Claims = append(f.Claims, *c)
			}
			for _, c := range u.quotes {
				f.Claims = append(f.Claims, *c)
			}
			f.Summary = "only " + m.as[u.src].Doc.ID + " reports this"
			f.Reasons = []string{"no sentence of another report matches it"}
			if extra != nil {
				f.Confidence = 0.6
				f.Summary = "only " + m.as[u.src].Doc.ID + " adds: " + strings.Join(extra, ", ")
				f.Reasons = []string{"the sentence is matched in part; these words appear in no matching sentence of another report"}
			}
			out = append(out, f)
		}
	}
	return out
}

// residual returns the content words of u that none of its partners share,
// when they are enough to count as a detail of their own; otherwise nil.
func (m *model) residual(u *unit, partners []*unit) []string {
	var extra []string
	total, rest := 0.0, 0.0
	for t, w := range u.vec {
		if strings.HasPrefix(t, "#") || strings.HasPrefix(t, entityPrefix) || strings.HasPrefix(t, conceptPrefix) {
			continue
		}
		total += w
		found := false
		for _, p := range partners {
			if _, ok := p.vec[t]; ok {
				found = true
				break
			}
			for _, c := range claims.Concepts(t) {
				if _, ok := p.vec[conceptPrefix+strconv.FormatUint(uint64(c), 36)]; ok {
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
