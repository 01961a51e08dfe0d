package compare

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// pairCoverage is the record coverage replaced: every pair of every finding's units.
type pairCoverage struct {
	units              map[*unit]bool
	together, conflict map[[2]*unit]bool
	partners           map[*unit][]*unit
}

func (c *pairCoverage) add(us []*unit, conflict bool) {
	for i, a := range us {
		c.units[a] = true
		for _, b := range us[i+1:] {
			if a != b {
				c.partners[a] = append(c.partners[a], b)
				c.partners[b] = append(c.partners[b], a)
			}
			k := [2]*unit{a, b}
			if a.src > b.src || a.src == b.src && a.sent > b.sent {
				k = [2]*unit{b, a}
			}
			c.together[k] = true
			if conflict {
				c.conflict[k] = true
			}
		}
	}
}

// TestCoverageMatchesPairRecord checks coverage against the all-pairs record it
// replaced, on random findings, and that what it stores grows with the findings'
// units, not with their pairs.
func TestCoverageMatchesPairRecord(t *testing.T) {
	for _, tc := range []struct{ reports, findings, size int }{
		{2, 5, 2}, {5, 30, 4}, {40, 60, 40}, {160, 20, 160},
	} {
		t.Run(fmt.Sprintf("reports=%d,size=%d", tc.reports, tc.size), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(tc.reports), uint64(tc.size)))
			var all []*unit
			for s := range tc.reports {
				for k := range 3 {
					all = append(all, &unit{src: s, sent: k})
				}
			}
			c := newCoverage()
			ref := &pairCoverage{map[*unit]bool{}, map[[2]*unit]bool{}, map[[2]*unit]bool{}, map[*unit][]*unit{}}
			members := 0
			for range tc.findings {
				us := make([]*unit, 0, tc.size)
				for range tc.size {
					us = append(us, all[r.IntN(len(all))]) // repeats included, as a worst case
				}
				conflict := r.IntN(3) == 0
				c.add(us, conflict)
				ref.add(us, conflict)
				members += len(us)
			}
			for _, a := range all {
				if c.covered(a) != ref.units[a] {
					t.Fatalf("covered(%d/%d) = %v", a.src, a.sent, c.covered(a))
				}
				want := uniqueUnits(ref.partners[a])
				if got := c.partners(a); !slices.Equal(got, want) {
					t.Fatalf("partners(%d/%d): %d units, want %d", a.src, a.sent, len(got), len(want))
				}
				for _, b := range all {
					k := [2]*unit{a, b}
					if a.src > b.src || a.src == b.src && a.sent > b.sent {
						k = [2]*unit{b, a}
					}
					if c.together(a, b) != ref.together[k] || c.conflicts(a, b) != ref.conflict[k] {
						t.Fatalf("pair %d/%d-%d/%d: together %v conflicts %v, want %v %v", a.src, a.sent, b.src, b.sent,
							c.together(a, b), c.conflicts(a, b), ref.together[k], ref.conflict[k])
					}
				}
			}
			stored := 0
			for _, g := range c.groups {
				stored += len(g)
			}
			if stored != members {
				t.Errorf("coverage stores %d units for %d finding members", stored, members)
			}
		})
	}
}

// uniqueUnits keeps the first occurrence of each unit, in order.
func uniqueUnits(us []*unit) []*unit {
	seen := map[*unit]bool{}
	var out []*unit
	for _, u := range us {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}
