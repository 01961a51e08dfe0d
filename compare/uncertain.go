package compare

import (
	"fmt"
	"strings"
)

// uncertainCeiling is the highest confidence an uncertain conflict may carry
// when the pair model is not sure either: just below DefaultMinConfidence, so
// the default output leaves it out while --min-confidence 0 shows it.
const uncertainCeiling = DefaultMinConfidence - 0.01

// uncertainConflict reports a group the alignment rules judged too weakly
// aligned to call a discrepancy, whose figures still disagree: rather than
// dropping it (both sides would then read as unique details and the editor
// would never learn the reports may differ), it becomes a discrepancy whose
// confidence is the pair model's probability that the figures state one fact,
// kept below the default display threshold. Pairs plainly about two facts
// (different counted things, two people, another season), figures both
// sentences state (echoed), and copies of one report, are not conflicts at all.
func (m *model) uncertainConflict(items []vitem, byUnit map[*unit][]int, grp []int, g *grouper, opt Options) (Finding, bool) {
	kind := items[grp[0]].c.Kind
	best, bi, bj := 0.0, -1, -1
	worst := None
	for x := 0; x < len(grp); x++ {
		for y := x + 1; y < len(grp); y++ {
			a, b := items[grp[x]], items[grp[y]]
			if g.score[[2]int{min(grp[x], grp[y]), max(grp[x], grp[y])}] == 0 || !comparable(a.c.Value, b.c.Value) {
				continue
			}
			if m.dup[a.u.src] == b.u.src || m.dup[b.u.src] == a.u.src || m.twoFacts(a, b) || echoed(kind, items, byUnit, a, b, opt) {
				continue
			}
			ok, sev := valueRule(kind, a.c.Value, b.c.Value, opt)
			if ok {
				continue
			}
			if p := m.sameFact(a, b); p > best {
				best, bi, bj, worst = p, grp[x], grp[y], sev
			}
		}
	}
	if bi < 0 {
		return Finding{}, false
	}
	a, b := items[bi], items[bj]
	conf := min(best, uncertainCeiling)
	if best >= m.pm.Conflict {
		// The rules found too few words in common, but the model, fitted on
		// real reports, is confident the figures state one fact.
		conf = best
	}
	f := Finding{Verdict: Discrepancy, Kind: kind, Rule: "interval", Severity: worst, Confidence: conf, basis: basis{cause: causeUncertain}}
	for _, i := range grp {
		f.Claims = append(f.Claims, *items[i].c)
	}
	f.Positions, f.Majority = m.positions(f.Claims, opt)
	f.Reasons = []string{
		gapReason(a.c, b.c),
	}
	if conf < best {
		f.Reasons = append(f.Reasons, fmt.Sprintf("uncertain: the figures may not state the same fact (the alignment model puts it at %.0f%%, the rules found little in common)", 100*best))
	} else {
		f.Reasons = append(f.Reasons, fmt.Sprintf("the alignment model puts the chance that both figures state one fact at %.0f%%", 100*best))
	}
	if sh := m.shared(a.u, b.u, 6); len(sh) > 0 {
		f.Reasons = append(f.Reasons, "shared terms: "+strings.Join(sh, ", "))
	}
	return f, true
}

// twoFacts reports whether something plainly marks two figures as two facts,
// however alike their sentences: different counted things, two moments of a game,
// the day of a briefing against the day of the event, dates beside two
// people's ages, a year against a weekday, another season's team, part of a
// group against the group, or a vague count.
func (m *model) twoFacts(a, b vitem) bool {
	oa, ob := a.c.Value.Of, b.c.Value.Of
	if (oa != "" && ob != "" && !sameNoun(oa, ob)) || measureFit(a.c, b.c) < 0 {
		return true
	}
	if oa == "running-score" && m.dice(a.c.Slot, b.c.Slot) < 0.5 {
		// Two moments of a game ("led 13-3 at the half", "trailing 13-10") are two facts.
		return true
	}
	t := a.c.Value.Type
	dated := t == "date" || t == "time"
	if dated && (otherClock(a.c, b.c) || otherPerson(a.u, b.u) || grainClass(a.c.Value.Grain) != grainClass(b.c.Value.Grain) || reported(a.c) != reported(b.c) || editionYear(a.c) || editionYear(b.c)) {
		return true
	}
	if anchored(a.c.Value) && (datedName(a) || datedName(b)) || ageTimesDiffer(a, b) {
		return true
	}
	if x, y := a.anchor, b.anchor; anchored(a.c.Value) && x != "" && y != "" && !sameHolder(x, y) {
		return true
	}
	return vague(a.c.Value) || vague(b.c.Value) || partitive(a) != partitive(b) || farApart(a.c.Value, b.c.Value)
}
