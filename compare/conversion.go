package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// conversionSlips reports a figure whose conversion in the same sentence
// contradicts it, against the reported agreement that holds the conversion:
// "about 88km (36 miles) south-west of the port" gives two distances, and the
// other reports' "58 kilometres (36 miles)" agree with only one. Grouping
// takes one figure per report and widen only adds figures that agree, so the
// figure that disagrees with its own conversion was dropped unheard. It must
// also contradict a figure of another report in the agreement under the rule
// a group's members are judged by (a value link of valueConflict or more and
// the same slot). It returns one discrepancy per such figure, carrying the
// agreement's claims, and the sentences of each.
func (m *model) conversionSlips(items []vitem, groups [][]int, fs []Finding, kept []bool, opt Options) ([]Finding, [][]*unit) {
	used := make([]bool, len(items))
	for gi, grp := range groups {
		if kept[gi] {
			for _, i := range grp {
				used[i] = true
			}
		}
	}
	var out []Finding
	var units [][]*unit
	for gi, grp := range groups {
		if !kept[gi] || fs[gi].Verdict != Agreement {
			continue
		}
		for j, b := range items {
			if used[j] || b.c.Value.Type != items[grp[0]].c.Value.Type {
				continue
			}
			own := ownMember(items, grp, b)
			if own < 0 || !conversionSlip(items[own], b, opt) {
				continue
			}
			best, bi := 0.0, -1
			for _, i := range grp {
				a := items[i]
				if a.u.src == b.u.src || !comparable(a.c.Value, b.c.Value) || m.dup[a.u.src] == b.u.src || m.dup[b.u.src] == a.u.src {
					continue
				}
				if ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt); ok {
					continue
				}
				s := m.valueScore(a, b)
				if s < valueConflict || !m.sameSlot(a, b) || m.twoFacts(a, b) {
					continue
				}
				if s > best {
					best, bi = s, i
				}
			}
			if bi < 0 {
				continue
			}
			a := items[bi]
			_, sev := valueRule(a.c.Kind, a.c.Value, b.c.Value, opt)
			f := Finding{Verdict: Discrepancy, Kind: a.c.Kind, Rule: "interval", Severity: sev,
				Confidence: max(DefaultMinConfidence, clamp01(m.sameFact(a, b)))}
			var us []*unit
			for _, i := range grp {
				f.Claims = append(f.Claims, *items[i].c)
				us = append(us, items[i].u)
			}
			f.Claims = append(f.Claims, *b.c)
			f.Positions, f.Majority = m.positions(f.Claims, opt)
			f.Reasons = []string{gapReason(a.c, b.c), "within one sentence, the figure and its conversion in brackets disagree: " + gapReason(items[own].c, b.c)}
			out = append(out, f)
			units = append(units, append(us, b.u))
			used[j] = true
		}
	}
	return out, units
}

// conversionSlip reports whether b and own, two measures of one sentence, are
// a figure and its conversion in brackets right after it ("88km (36 miles)")
// that state different amounts.
func conversionSlip(own, b vitem, opt Options) bool {
	x, y := own.c.Value, b.c.Value
	if own.u != b.u || x.Type != "measure" || y.Type != "measure" || !comparable(x, y) || !bracketed(own.c, b.c) {
		return false
	}
	ok, _ := valueRule(own.c.Kind, x, y, opt)
	return !ok
}

// bracketed reports whether one of two claims of a sentence opens a bracket
// that holds the other, right after it: "20 kilometres (12 miles)".
func bracketed(a, b *claims.Claim) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if a.End > b.Start || b.Start-a.End > 3 {
		return false
	}
	between := strings.TrimSpace(gap(a, b))
	return between == "(" || between == "["
}

// gap returns the text of a's sentence between a and b, read from the
// sentence since claims carry file offsets.
func gap(a, b *claims.Claim) string {
	i := strings.Index(a.Sentence, a.Text)
	if i < 0 {
		return ""
	}
	rest := a.Sentence[i+len(a.Text):]
	j := strings.Index(rest, b.Text)
	if j < 0 {
		return ""
	}
	return rest[:j]
}

// ownMember returns the group's figure from b's report, or -1.
func ownMember(items []vitem, grp []int, b vitem) int {
	for _, i := range grp {
		if items[i].u.src == b.u.src {
			return i
		}
	}
	return -1
}
