package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// polaritySim is the sentence similarity a polarity conflict needs: the two
// sentences must otherwise say the same thing.
const polaritySim = 0.45

// negators open a negated predicate; auxiliaries and adverbs between the
// negator and the verb are skipped.
var (
	negators  = map[string]bool{"not": true, "never": true, "n't": true, "cannot": true, "cant": true, "wont": true, "dont": true, "didnt": true}
	negVerbs  = map[string]bool{"deny": true, "refuse": true, "fail": true, "decline": true}
	negFiller = map[string]bool{"be": true, "been": true, "being": true, "have": true, "has": true, "had": true, "yet": true,
		"to": true, "fully": true, "officially": true, "publicly": true, "formally": true, "also": true, "so": true, "far": true,
		"longer": true, "no": true, "ever": true, "immediately": true, "still": true, "that": true, "it": true, "they": true}
)

// negatedPredicates returns the lemmas of verbs a sentence negates ("has not
// confirmed" → confirm, "refused to comment" → comment, "denied paying" → pay).
func negatedPredicates(norm string) map[string]bool {
	ws := strings.Fields(strings.ToLower(norm))
	out := map[string]bool{}
	for i := 0; i < len(ws); i++ {
		w := strings.Trim(ws[i], `.,;:!?"'()`)
		open := negators[w] || strings.HasSuffix(w, "n't") || (w == "no" && i+1 < len(ws) && strings.Trim(ws[i+1], ".,") == "longer")
		if !open && !negVerbs[claims.Lemma(w)] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			v := strings.Trim(ws[k], `.,;:!?"'()`)
			if v == "" || negFiller[v] || negators[v] {
				continue
			}
			out[claims.Lemma(v)] = true
			break
		}
	}
	return out
}

// negated returns the verbs a unit's sentence negates, reading the sentence once.
func (u *unit) negated() map[string]bool {
	if u.neg == nil {
		u.neg = negatedPredicates(u.stmt.Sentence)
	}
	return u.neg
}

// polarityClash reports whether one sentence negates a verb the other asserts
// while the two otherwise match, and says which verb.
func polarityClash(p pair) (string, bool) {
	if p.a.stmt == nil || p.b.stmt == nil || p.score < polaritySim || p.a.stmt.Hedged || p.b.stmt.Hedged {
		return "", false
	}
	na, nb := p.a.negated(), p.b.negated()
	// When both sentences negate something, negation scope decides, and a
	// word-level reading cannot tell "not deep enough to expect" from "not expected".
	if len(na) > 0 && len(nb) > 0 {
		return "", false
	}
	check := func(neg map[string]bool, other *unit, otherNeg map[string]bool) string {
		verbs := make([]string, 0, len(neg))
		for v := range neg {
			verbs = append(verbs, v)
		}
		sort.Strings(verbs) // the first verb named must not depend on map order
		for _, v := range verbs {
			if otherNeg[v] || claims.IsStopWord(v) {
				continue
			}
			if _, ok := other.vec[v]; ok {
				return v
			}
		}
		return ""
	}
	if v := check(na, p.b, nb); v != "" {
		return fmt.Sprintf("%s says %q did not happen; %s says it did", p.a.stmt.Source, v, p.b.stmt.Source), true
	}
	if v := check(nb, p.a, na); v != "" {
		return fmt.Sprintf("%s says %q did not happen; %s says it did", p.b.stmt.Source, v, p.a.stmt.Source), true
	}
	return "", false
}
