package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A name discrepancy is found between the sentences that spell the name:
// the one respelt mention and, in each other report, its closest sentence
// naming the person the other way. The other reports often state the same
// fact without the name or in another sentence ("The 36-year-old champion
// Kltischko" / "said the 36-year-old Klitschko" / "Klitschko, 36, stopped"),
// and the alignment has already put those sentences beside the respelt one
// as an agreement. An editor checking the spelling wants every report's
// version of that sentence, so the name finding takes in the agreements'
// sentences that hold the respelt mention: the claims they already carry,
// nothing read anew.

// nameContextOf returns the claims, from reports other than the respelling
// one, of the agreements holding a sentence of the respelt spelling.
func nameContextOf(f Finding, agreeAt map[sentKey][]int, fs []Finding) []claims.Claim {
	odd := oddSpelling(f)
	if odd.Value == "" {
		return nil
	}
	oddSrc := map[string]bool{}
	for _, s := range odd.Sources {
		oddSrc[s] = true
	}
	held := map[sentKey]bool{}
	for _, c := range f.Claims {
		held[sentKey{c.Source, c.SentenceIndex}] = true
	}
	var out []claims.Claim
	for _, c := range f.Claims {
		if c.Text != odd.Value || !oddSrc[c.Source] {
			continue
		}
		for _, j := range agreeAt[sentKey{c.Source, c.SentenceIndex}] {
			for _, d := range fs[j].Claims {
				k := sentKey{d.Source, d.SentenceIndex}
				if oddSrc[d.Source] || held[k] {
					continue
				}
				held[k] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// sentKey names one sentence of one report.
type sentKey struct {
	src  string
	sent int
}

// oddSpelling returns the position of a name finding that the fewest
// reports hold: the spelling under doubt. A tie names no odd spelling.
func oddSpelling(f Finding) Position {
	if len(f.Positions) < 2 {
		return Position{}
	}
	ps := append([]Position(nil), f.Positions...)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].Sources) < len(ps[j].Sources) })
	if len(ps[0].Sources) == len(ps[1].Sources) && len(ps[0].Sources) > 1 {
		return Position{}
	}
	return ps[0]
}

// completeNameEvidence adds to each name discrepancy the other reports'
// sentences that the alignment agreed with the respelt mention's sentence,
// reading the agreements as they were before the name rules took the
// respelt sentences out of them (agreed).
func completeNameEvidence(fs, agreed []Finding) []Finding {
	agreeAt := map[sentKey][]int{}
	for i, f := range agreed {
		if f.Verdict != Agreement {
			continue
		}
		seen := map[sentKey]bool{}
		for _, c := range f.Claims {
			k := sentKey{c.Source, c.SentenceIndex}
			if !seen[k] {
				seen[k] = true
				agreeAt[k] = append(agreeAt[k], i)
			}
		}
	}
	out := append([]Finding(nil), fs...)
	for i, f := range fs {
		if f.Verdict != Discrepancy || f.Kind != "name" {
			continue
		}
		add := nameContextOf(f, agreeAt, agreed)
		if len(add) == 0 {
			continue
		}
		var srcs []string
		for _, c := range add {
			srcs = append(srcs, c.Source)
		}
		g := out[i]
		g.Claims = append(append([]claims.Claim(nil), g.Claims...), add...)
		g.Reasons = append(append([]string(nil), g.Reasons...),
			fmt.Sprintf("%s state the same fact in sentences aligned with the respelt mention", strings.Join(sortedSet(srcs), ", ")))
		out[i] = g
	}
	return out
}
