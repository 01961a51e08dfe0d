package compare

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// strayAllPairs is the stray-negation pass as it was before strayIndex: every
// sentence against every sentence of the other reports. It returns the
// findings and how many pairs it read, as the reference strayPass must match.
func (m *model) strayAllPairs(fs []Finding) ([]Finding, int) {
	held := map[spot]bool{}
	for _, f := range fs {
		if f.Verdict == Discrepancy && f.Rule == "polarity" {
			for _, c := range f.Claims {
				held[claimSpot(&c)] = true
			}
		}
	}
	read := 0
	for s, us := range m.units {
		for _, a := range us {
			if a.stmt == nil || held[claimSpot(a.stmt)] {
				continue
			}
			ra := a.negation()
			var scoped []map[string]bool
			for _, sc := range ra.scopes {
				scoped = append(scoped, ra.scoped(sc))
			}
			if len(scoped) == 0 && len(ra.copulaPredicates()) == 0 && len(ra.negatedStates()) == 0 {
				continue
			}
			for t, vs := range m.units {
				if t == s || m.as[t].Doc.ID == m.as[s].Doc.ID || m.dup[t] == s || m.dup[s] == t {
					continue
				}
				for _, b := range vs {
					if b.stmt == nil || held[claimSpot(b.stmt)] {
						continue
					}
					read++
					rb := b.negation()
					if mayDeny(scoped, rb.lemmas()) {
						if pred, ok := strongDenial(ra, rb); ok {
							fs = append(fs, strayFinding(*a.stmt, *b.stmt, pred, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
							held[claimSpot(a.stmt)] = true
							break
						}
					}
					if x, y, ok := deniedOpposites(ra.negatedStates(), rb.negatedStates()); ok && sharesBesides(ra, rb, x, y) {
						fs = append(fs, opposedFinding(*a.stmt, *b.stmt, "not "+x, "not "+y, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
						held[claimSpot(a.stmt)], held[claimSpot(b.stmt)] = true, true
						break
					}
					if !shareSubject(ra.copulaPredicates(), rb.copulaPredicates()) {
						continue
					}
					if x, y, ok := opposedState(ra, rb); ok && sharesBesides(ra, rb, x, y) {
						fs = append(fs, opposedFinding(*a.stmt, *b.stmt, x, y, max(DefaultMinConfidence, clamp01(m.unitSim(a, b)+0.2))))
						held[claimSpot(a.stmt)], held[claimSpot(b.stmt)] = true, true
						break
					}
				}
			}
		}
	}
	return fs, read
}

// TestStrayPassReadsRelatedPairs checks, on generated events and on an own
// fixture with stray negations, that the indexed pass finds what reading every
// pair finds, in the same order, while reading fewer pairs as the event grows.
func TestStrayPassReadsRelatedPairs(t *testing.T) {
	type event struct {
		name string
		as   []*Analysis
	}
	var evs []event
	for _, n := range []int{2, 6, 16} {
		evs = append(evs, event{fmt.Sprintf("generated-%d", n), Analyze(generatedDocs(t, n, 400), Options{Jobs: 1})})
	}
	evs = append(evs, event{"polarity-fixture", Analyze(strayFixtureDocs(t), Options{Jobs: 1})})
	for _, ev := range evs {
		t.Run(ev.name, func(t *testing.T) {
			m := buildModel(ev.as)
			m.dup = duplicates(ev.as)
			// Once with no polarity finding held, once with those of the full comparison.
			for _, start := range [][]Finding{nil, Compare(ev.as, Options{Jobs: 1}).Findings} {
				got, read := m.strayPass(append([]Finding(nil), start...))
				want, all := m.strayAllPairs(append([]Finding(nil), start...))
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("indexed pass: %d findings, all pairs: %d (or they differ)", len(got)-len(start), len(want)-len(start))
				}
				if read > all {
					t.Errorf("read %d pairs, more than all %d", read, all)
				}
				if len(ev.as) >= 12 && read*2 > all {
					t.Errorf("read %d of %d pairs: the index does not narrow the pass", read, all)
				}
				t.Logf("%d findings; read %d of %d pairs", len(got)-len(start), read, all)
			}
		})
	}
}

// strayFixtureDocs are three invented reports with a stray denial and
// opposite states that the alignment has no reason to pair.
func strayFixtureDocs(t *testing.T) []*claims.Document {
	t.Helper()
	texts := []string{
		"Fire at Orrin depot\n\nA fire broke out at the Orrin depot on Tuesday night.\n\nThe depot manager, who has not been charged with breaching safety rules after the inspection was completed, was questioned.\n\nThe coast road is closed until further notice, the council said.\n\nThe old harbour bridge was not safe for lorries, engineers said.\n",
		"Depot blaze in Orrin\n\nFirefighters fought a fire at the depot in Orrin on Tuesday.\n\nThe depot manager has been charged with breaching safety rules, police said.\n\nThe coast road is open until further notice.\n\nThe old harbour bridge is not dangerous for lorries, engineers said.\n",
		"Orrin fire\n\nCrews were called to the Orrin depot fire late on Tuesday.\n\nNeighbours said the smoke could be seen from the harbour.\n",
	}
	docs := make([]*claims.Document, len(texts))
	for i, s := range texts {
		d, err := claims.Parse(fmt.Sprintf("r%d.txt", i+1), []byte(s), claims.LoadOptions{})
		if err != nil {
			t.Fatalf("parse: %v", err)
		}
		docs[i] = d
	}
	return docs
}
