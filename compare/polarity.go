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

// polarityClash reports whether one sentence of a closely matching pair
// negates, within a negation's scope, what the other asserts (see denies),
// and says which verb. Pairs the statement groups do not join are caught
// here; splitNegated catches the rest.
func polarityClash(p pair) (string, bool) {
	if p.a.stmt == nil || p.b.stmt == nil || p.score < polaritySim {
		return "", false
	}
	ra, rb := p.a.negation(), p.b.negation()
	if v, ok := denies(ra, rb); ok {
		return fmt.Sprintf("%s says %q did not happen; %s says it did", p.a.stmt.Source, v, p.b.stmt.Source), true
	}
	if v, ok := denies(rb, ra); ok {
		return fmt.Sprintf("%s says %q did not happen; %s says it did", p.b.stmt.Source, v, p.a.stmt.Source), true
	}
	return "", false
}

// splitNegated re-reads every agreement for polarity: where one report's
// sentence negates, inside a negation's scope, the figure or the clause the
// others assert ("has not worked there for 15 years" / "worked there for 15
// years"), those claims are a polarity discrepancy, whatever alignment
// stage grouped them; the other claims stay an agreement when two reports
// remain. It runs on the finished findings so that the discrepancy carries
// every report of the fact, not only the closest pair.
func splitNegated(fs []Finding, read func(string) negReading) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Verdict != Agreement || len(f.Claims) < 2 || f.Kind == claims.KindQuote {
			out = append(out, f)
			continue
		}
		var neg, pos []bool
		var pred string
		values := f.Kind != claims.KindStatement && f.Claims[0].Value != nil && f.Kind != claims.KindRole
		if values {
			neg, pos = valueNegation(f.Claims, read)
		} else {
			neg, pos, pred = statementNegation(f.Claims, read)
		}
		d, rest, ok := negationFinding(f, neg, pos, pred)
		switch {
		case !ok:
			out = append(out, f)
		case f.Kind == claims.KindStatement || values:
			out = append(out, d)
			if rest != nil {
				out = append(out, *rest)
			}
		default:
			// A role both reports give stays agreed; the sentences that
			// carry it disagree on something else, shown as statements.
			for i := range d.Claims {
				d.Claims[i] = sentenceClaim(d.Claims[i])
			}
			out = append(out, f, d)
		}
	}
	return out
}

// sentenceClaim is a claim widened to its whole sentence.
func sentenceClaim(c claims.Claim) claims.Claim {
	c.Kind = claims.KindStatement
	c.Text = c.Sentence
	c.Value = nil
	return c
}

// mergePolarity joins polarity discrepancies that share a claim: one
// negating sentence set against several asserting reports is one finding.
func mergePolarity(fs []Finding) []Finding {
	var out []Finding
	home := map[spot]int{} // claim spot → index in out of its polarity finding
	for _, f := range fs {
		if f.Verdict != Discrepancy || f.Rule != "polarity" {
			out = append(out, f)
			continue
		}
		at := -1
		for _, c := range f.Claims {
			if k, ok := home[claimSpot(&c)]; ok {
				at = k
				break
			}
		}
		if at < 0 {
			out = append(out, f)
			at = len(out) - 1
		} else {
			g := &out[at]
			for _, c := range f.Claims {
				if _, ok := home[claimSpot(&c)]; !ok {
					g.Claims = append(g.Claims, c)
				}
			}
			g.Reasons = append(g.Reasons, f.Summary)
		}
		for _, c := range f.Claims {
			home[claimSpot(&c)] = at
		}
	}
	return out
}

// statementNegation marks the claims that negate a clause another report's
// claim asserts (neg) and the claims asserting it (pos).
func statementNegation(cs []claims.Claim, read func(string) negReading) (neg, pos []bool, pred string) {
	neg, pos = make([]bool, len(cs)), make([]bool, len(cs))
	rs := make([]negReading, len(cs))
	for i := range cs {
		rs[i] = read(cs[i].Sentence)
	}
	for i := range cs {
		if len(rs[i].scopes) == 0 {
			continue
		}
		for j := range cs {
			if cs[j].Source == cs[i].Source {
				continue
			}
			if v, ok := denies(rs[i], rs[j]); ok {
				neg[i], pos[j] = true, true
				if pred == "" {
					pred = v
				}
			}
		}
	}
	if pred == "" {
		pred = opposedStates(cs, rs, neg, pos)
	}
	return neg, pos, pred
}

// opposedStates marks, when two reports give one subject opposite states
// ("the depot is open" / "the depot is closed"), the claims of the state
// fewer reports give as negating and the others as asserting; it returns
// the state asserted, or "".
func opposedStates(cs []claims.Claim, rs []negReading, neg, pos []bool) string {
	for i := range cs {
		for j := range cs {
			if cs[i].Source == cs[j].Source {
				continue
			}
			x, y, ok := opposedState(rs[i], rs[j])
			if !ok {
				continue
			}
			side := map[string]map[string]bool{x: {}, y: {}}
			of := make([]string, len(cs))
			for k := range cs {
				for _, p := range rs[k].copulaPredicates() {
					if p.state == x || p.state == y {
						of[k] = p.state
						side[p.state][cs[k].Source] = true
						break
					}
				}
			}
			few, many := x, y
			if len(side[y]) < len(side[x]) {
				few, many = y, x
			}
			for k := range cs {
				switch of[k] {
				case few:
					neg[k] = true
				case many:
					pos[k] = true
				}
			}
			return many
		}
	}
	return ""
}

// valueNegation marks the value claims whose figure lies in a negation's
// scope in their sentence (neg) and those stating it plainly (pos). The
// negated clause must also share a word besides the figure with some
// asserting sentence, so a figure merely near a "not" ("would not let their
// #1 quarterback throw") is not read as denied.
func valueNegation(cs []claims.Claim, read func(string) negReading) (neg, pos []bool) {
	neg, pos = make([]bool, len(cs)), make([]bool, len(cs))
	scopes := make([]negScope, len(cs))
	for i, c := range cs {
		if c.Value == nil {
			return nil, nil
		}
		k := strings.Index(c.Sentence, c.Text)
		if k < 0 || c.Text == "" {
			return nil, nil
		}
		if s, ok := read(c.Sentence).negatedAt(k, k+len(c.Text), c.Kind == claims.KindNumber); ok {
			neg[i], scopes[i] = true, s
		} else {
			pos[i] = true
		}
	}
	for i, c := range cs {
		if !neg[i] {
			continue
		}
		r := read(c.Sentence)
		figure := map[string]bool{}
		for _, t := range negTokens(c.Text) {
			figure[t.lemma] = true
		}
		words := r.scoped(scopes[i])
		shared := false
		for j, d := range cs {
			if !pos[j] {
				continue
			}
			other := read(d.Sentence)
			if d.Source == c.Source || other.negates(words) {
				continue
			}
			for w := range other.asserted(false) {
				if words[w] && !figure[w] {
					shared = true
				}
			}
			for w := range other.asserted(true) {
				if words[w] && !figure[w] {
					shared = true
				}
			}
		}
		neg[i] = shared
	}
	return neg, pos
}

// negationFinding builds the polarity discrepancy of one agreement's negating
// and asserting claims, and what remains of the agreement. A report with
// claims on both sides is taken to restate itself, not to contradict others.
func negationFinding(f Finding, neg, pos []bool, pred string) (Finding, *Finding, bool) {
	negSrc, posSrc := map[string]bool{}, map[string]bool{}
	for i, c := range f.Claims {
		if neg != nil && neg[i] {
			negSrc[c.Source] = true
		} else if pos != nil && pos[i] {
			posSrc[c.Source] = true
		}
	}
	var ns, ps []string
	for s := range negSrc {
		ns = append(ns, s)
	}
	for s := range posSrc {
		if !negSrc[s] {
			ps = append(ps, s)
		}
	}
	if len(ns) == 0 || len(ps) == 0 {
		return Finding{}, nil, false
	}
	sort.Strings(ns)
	sort.Strings(ps)
	d := Finding{Verdict: Discrepancy, Kind: claims.KindPolarity, Severity: Major, Rule: "polarity", Confidence: f.Confidence}
	var rest []claims.Claim
	restSrc := map[string]bool{}
	for i, c := range f.Claims {
		if neg[i] || pos[i] {
			d.Claims = append(d.Claims, c)
		} else {
			rest = append(rest, c)
			restSrc[c.Source] = true
		}
	}
	what := "it"
	if pred != "" {
		what = fmt.Sprintf("%q", pred)
	} else {
		for i, c := range f.Claims {
			if pos[i] {
				what = fmt.Sprintf("%q", c.Text)
				break
			}
		}
	}
	d.Summary = fmt.Sprintf("%s negate%s %s; %s assert%s it", strings.Join(ns, ", "), plural1(len(ns)), what, strings.Join(ps, ", "), plural1(len(ps)))
	d.Positions = []Position{{Value: "negated", Sources: ns}, {Value: "asserted", Sources: ps}}
	d.Reasons = append([]string{d.Summary}, f.Reasons...)
	d.Reasons = append(d.Reasons, "rule: a negation's scope (up to the next clause) covers what the other reports state")
	if len(restSrc) < 2 {
		return d, nil, true
	}
	r := f
	r.Claims = rest
	return d, &r, true
}

// plural1 is the verb ending for a subject of n sources.
func plural1(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

// spot names a sentence by its source and index, which identify a claim's
// sentence before claim ids are given.
type spot struct {
	source   string
	sentence int
}

// claimSpot is the spot of a claim's sentence; a struct rather than a formatted
// string, because the stray-negation pass asks for it once per sentence pair.
func claimSpot(c *claims.Claim) spot {
	return spot{c.Source, c.SentenceIndex}
}
