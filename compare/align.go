package compare

import "slices"

// coverage records which sentence units already sit in a multi-report finding,
// and which unit pairs were found to disagree, so later stages neither repeat
// them as unique details nor call them agreements.
//
// It keeps each finding's units once and, per unit, the findings it sits in,
// rather than every pair of units: a fact told by n reports is one finding of
// n units, whose pairs (n²/2) made the record grow with the square of the reports.
type coverage struct {
	groups   [][]*unit // the units of each finding added, in order
	conflict []bool    // whether the finding of the same index disagrees
	in       map[*unit][]int32
}

func newCoverage() *coverage {
	return &coverage{in: map[*unit][]int32{}}
}

// add marks the units of one finding as covered and paired.
func (c *coverage) add(us []*unit, conflict bool) {
	g := int32(len(c.groups))
	c.groups = append(c.groups, slices.Clone(us))
	c.conflict = append(c.conflict, conflict)
	for _, u := range us {
		if l := c.in[u]; len(l) == 0 || l[len(l)-1] != g {
			c.in[u] = append(l, g)
		}
	}
}

// covered reports whether the unit sits in any finding added.
func (c *coverage) covered(u *unit) bool { return len(c.in[u]) > 0 }

// together reports whether a and b sit in one finding (a unit is paired with
// itself only by a finding that lists it twice).
func (c *coverage) together(a, b *unit) bool { return c.shared(a, b, false) }

// conflicts reports whether a and b sit in one finding that disagrees.
func (c *coverage) conflicts(a, b *unit) bool { return c.shared(a, b, true) }

// shared looks for a finding holding both units (one that disagrees, if onlyConflict);
// both lists of findings are ascending, so they are merged in one pass.
func (c *coverage) shared(a, b *unit, onlyConflict bool) bool {
	x, y := c.in[a], c.in[b]
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch {
		case x[i] < y[j]:
			i++
		case x[i] > y[j]:
			j++
		default:
			g := x[i]
			if (!onlyConflict || c.conflict[g]) && (a != b || count(c.groups[g], a) > 1) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// count is how many times u occurs in us.
func count(us []*unit, u *unit) int {
	n := 0
	for _, v := range us {
		if v == u {
			n++
		}
	}
	return n
}

// partners lists the units that share a finding with u, each once, in the order
// the findings were added.
func (c *coverage) partners(u *unit) []*unit {
	var out []*unit
	seen := map[*unit]bool{}
	for _, g := range c.in[u] {
		for _, v := range c.groups[g] {
			if v != u && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	return out
}

// align runs every alignment stage in order of specificity: values and quotes
// first (they carry the evidence), then roles and names, then whole statements,
// and finally what only one report says.
func align(as []*Analysis, opt Options, res *Result) []Finding {
	m := buildModel(as)
	m.pm = opt.model()
	m.jobs = opt.Jobs
	m.dup = duplicates(as)
	for i, d := range m.dup {
		if d >= 0 {
			res.Sources[i].DuplicateOf = as[d].Doc.ID
		}
	}
	// Near words join whole statements only (stmtCands): letting them pair figures as
	// well brought false discrepancies ("on Sunday" against "on Thursday") in cross-validation.
	cands, stmtCands := m.candidatesWith(0.05, m.soft)
	m.rememberAll(cands) // value alignment asks for many of these similarities again
	res.Event = m.eventCheck(cands)
	if res.Event != nil && !res.Event.Same {
		res.Warnings = append(res.Warnings, res.Event.Note)
	}
	cov := newCoverage()
	var fs []Finding
	fs = append(fs, m.alignValues(cands, opt, cov)...)
	fs = append(fs, m.alignQuotes(cov)...)
	fs = append(fs, m.alignRoles(cov)...)
	fs = append(fs, m.alignNames(cov)...)
	if stmtCands == nil { // nothing links softly
		stmtCands = cands
	}
	fs = append(fs, m.alignStatements(stmtCands, cov, opt)...)
	fs = append(fs, m.uniques(cov, alignedClaims(fs))...)
	fs = m.recheck(fs, opt)
	m.gatherRestated(fs, opt)
	return fs
}
