package compare

import (
	"github.com/claimdiff/claimdiff/claims"
)

// alignRoles pairs role claims about the same person across reports. Equal
// roles agree; different roles are complementary (a person can be both a
// committee chair and a leadership contender) unless the office ontology
// says they exclude each other at one time (chair / vice-chair, captain /
// coach, see office.go), which is a discrepancy.
func (m *model) alignRoles(cov *coverage) []Finding {
	type ritem struct {
		c *claims.Claim
		u *unit
	}
	var items []ritem
	for _, us := range m.units {
		for _, u := range us {
			for _, c := range u.roles {
				if c.Value != nil && c.Value.Person != "" && c.Value.Role != "" {
					items = append(items, ritem{c, u})
				}
			}
		}
	}
	used := map[int]bool{}
	var out []Finding
	for i := range items {
		if used[i] {
			continue
		}
		grp := []int{i}
		srcs := map[int]bool{items[i].u.src: true}
		same := true
		for j := i + 1; j < len(items); j++ {
			if used[j] || srcs[items[j].u.src] || !claims.SameEntity(items[i].c.Value.Person, items[j].c.Value.Person) {
				continue
			}
			grp = append(grp, j)
			srcs[items[j].u.src] = true
			if !claims.SameRole(items[i].c.Value.Role, items[j].c.Value.Role) {
				same = false
			}
		}
		if len(grp) < 2 {
			continue
		}
		f := Finding{Verdict: Agreement, Kind: claims.KindRole, Rule: "role", Confidence: 0.8}
		var us []*unit
		for _, k := range grp {
			used[k] = true
			f.Claims = append(f.Claims, *items[k].c)
			us = append(us, items[k].u)
		}
		var clash []string
		for _, k := range grp[1:] {
			if why, ok := roleConflict(items[i].c.Value.Role, items[k].c.Value.Role); ok {
				clash = append(clash, why)
			}
		}
		switch {
		case len(clash) > 0:
			f.Verdict, f.Severity, f.Confidence = Discrepancy, Minor, 0.6
			f.Reasons = append(clash, "rule: office ontology (deputy and office, ordinals, rank ladders, exclusive offices); other times never conflict")
		case same:
			f.Reasons = []string{"same person, same role", "rule: roles compared by their content words"}
		default:
			f.Confidence, f.basis.cause = 0.6, causeComplementary
			f.Reasons = []string{"same person described by different roles; both can be true", "rule: different roles complement each other"}
		}
		for _, k := range grp {
			f.Positions = append(f.Positions, Position{Value: items[k].c.Value.Role, Sources: []string{m.as[items[k].u.src].Doc.ID}})
		}
		cov.add(us, f.Verdict == Discrepancy)
		out = append(out, f)
	}
	return out
}
