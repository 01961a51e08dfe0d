package compare

// coverage records which sentence units already sit in a multi-report finding,
// and which unit pairs were found to disagree, so later stages neither repeat
// them as unique details nor call them agreements.
type coverage struct {
	units    map[*unit]bool
	together map[[2]*unit]bool
	conflict map[[2]*unit]bool
	partners map[*unit][]*unit
}

func newCoverage() *coverage {
	return &coverage{units: map[*unit]bool{}, together: map[[2]*unit]bool{}, conflict: map[[2]*unit]bool{}, partners: map[*unit][]*unit{}}
}

func key(a, b *unit) [2]*unit {
	if a.src > b.src || (a.src == b.src && a.sent > b.sent) {
		a, b = b, a
	}
	return [2]*unit{a, b}
}

// add marks the units of one finding as covered and paired.
func (c *coverage) add(us []*unit, conflict bool) {
	for i, a := range us {
		c.units[a] = true
		for _, b := range us[i+1:] {
			if a != b {
				c.partners[a] = append(c.partners[a], b)
				c.partners[b] = append(c.partners[b], a)
			}
			c.together[key(a, b)] = true
			if conflict {
				c.conflict[key(a, b)] = true
			}
		}
	}
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
	fs = append(fs, m.uniques(cov)...)
	fs = recheck(fs)
	return fs
}
