package compare

import (
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A report that counts a specific thing once ("five turnovers", "more than
// 200 firefighters") and another report that counts the same thing once are
// most likely giving one figure, however little else their sentences share:
// the counted noun is the frame's "what is measured", and each report's
// uniqueness of it stands in for the sentence context value alignment
// otherwise asks for. Words for any group of persons ("people", "others")
// count whoever a sentence speaks of and are never such evidence.

// soleCounted reports whether a count is the only figure its report gives for
// its counted noun (repeats of the same figure count once).
func (m *model) soleCounted(it vitem) bool {
	k := soleKey{it.c, soleCount, ""}
	if v, ok := m.sole[k]; ok {
		return v
	}
	return m.remember(k, m.scanSoleCounted(it))
}

// scanSoleCounted is soleCounted, read off the report's figures.
func (m *model) scanSoleCounted(it vitem) bool {
	of := it.c.Value.Of
	for _, u := range m.units[it.u.src] {
		for _, c := range u.typed {
			if c == it.c || c.Value.Type != it.c.Value.Type || c.Value.Of == "" || !sameNoun(c.Value.Of, of) {
				continue
			}
			if ok, _ := valueRule(c.Kind, c.Value, it.c.Value, Options{}); !ok {
				return false
			}
		}
	}
	return true
}

// sameSoleCount reports whether two counts count the same specific noun, each
// the only count of it in its report, and nothing marks them as two facts:
// another outcome (killed / injured), a sentence about an earlier happening,
// two different named holders, part of a group, a vague count, or figures an
// order of magnitude apart.
func (m *model) sameSoleCount(a, b vitem) bool {
	va, vb := a.c.Value, b.c.Value
	if va.Type != "number" || va.Of == "" || vb.Of == "" || !sameNoun(va.Of, vb.Of) {
		return false
	}
	la := claims.Lemma(strings.ToLower(va.Of))
	if genericNoun[la] || genericNoun[claims.Lemma(strings.ToLower(vb.Of))] || personState[la] {
		return false
	}
	if measureFit(a.c, b.c) < 0 || background(a.u) || background(b.u) || partitive(a) || partitive(b) || vague(va) || vague(vb) || farApart(va, vb) {
		return false
	}
	if x, y := a.anchor, b.anchor; x != "" && y != "" && !claims.SameEntity(x, y) {
		return false
	}
	return m.soleCounted(a) && m.soleCounted(b)
}

// soleMeasured reports whether a measure is the only figure of its unit in
// its report ("up to 120 miles per hour" the report's only speed; repeats of
// the same figure count once).
func (m *model) soleMeasured(it vitem) bool {
	k := soleKey{it.c, soleMeasure, ""}
	if v, ok := m.sole[k]; ok {
		return v
	}
	return m.remember(k, m.scanSoleMeasured(it))
}

// scanSoleMeasured is soleMeasured, read off the report's figures.
func (m *model) scanSoleMeasured(it vitem) bool {
	for _, u := range m.units[it.u.src] {
		for _, c := range u.typed {
			if c == it.c || c.Value.Type != "measure" || c.Value.Unit != it.c.Value.Unit {
				continue
			}
			if ok, _ := valueRule(c.Kind, c.Value, it.c.Value, Options{}); !ok {
				return false
			}
		}
	}
	return true
}

// sameSoleMeasure reports whether two measures of one unit other than length are each their
// report's only figure of that unit, said with a word for the same thing
// beside them (not a name: see sameHappeningWord), and nothing marks them as
// two facts (a sentence about an earlier happening, figures an order of
// magnitude apart): "reached speeds of up to 120 miles per hour" and "at
// speeds of up to 250 miles an hour" measure one chase.
func (m *model) sameSoleMeasure(a, b vitem) bool {
	va, vb := a.c.Value, b.c.Value
	if va.Type != "measure" || vb.Type != "measure" || va.Unit == "" || va.Unit != vb.Unit || va.Unit == "m" {
		// A distance is measured from a place ("3 miles southwest of Cobb",
		// "26 miles north of Santa Rosa"): being a report's only one says
		// nothing about which.
		return false
	}
	if background(a.u) || background(b.u) || farApart(va, vb) || !sameHappeningWord(a, b) {
		return false
	}
	return m.soleMeasured(a) && m.soleMeasured(b)
}
