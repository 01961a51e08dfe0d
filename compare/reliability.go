package compare

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Score weights of the reliability formula (see Profiles and docs/reliability.md).
const (
	weightSupport     = 0.6
	weightQuotes      = 0.2
	weightAttribution = 0.1
	weightSpecificity = 0.1
)

// Profiles computes each report's reliability profile from the findings.
//
// Every finding a report takes part in is one checked claim, put in exactly one
// bucket: corroborated (another independent report states the same thing),
// minority (the report's value loses to a majority of independent reports),
// contested (reports disagree and no side has a majority), or unique (no
// independent report states it). A syndicated copy (Source.DuplicateOf)
// corroborates nothing, and is not corroborated by its original.
//
// The score is a weighted mean of four shares, each in [0, 1]:
//
//	support     = (C + (U + T)/2 + 1) / (N + 2)          N = C + M + T + U
//	quotes      = (V + Uq/2 + 1) / (V + A + Uq + 2)      verbatim, altered, unique quotations
//	attribution = sentences tied to a named speaker / sentences (0.5 when none)
//	specificity = exact figures / figures (0.5 when none)
//	score       = 0.6 support + 0.2 quotes + 0.1 attribution + 0.1 specificity
//
// Minority claims and altered quotations count nothing; unique and contested
// claims count half, because they cannot be checked either way; the +1/+2 terms
// pull a report with few checked claims towards the middle. Boilerplate share
// is reported but not scored: page chrome says nothing about the reporting.
func Profiles(as []*Analysis, res *Result) []Reliability {
	if res == nil || len(res.Sources) == 0 {
		return nil
	}
	ix := newIndependence(res.Sources)
	out := make([]Reliability, len(res.Sources))
	at := map[string]int{}
	for i, s := range res.Sources {
		out[i] = Reliability{Source: s.ID, Independent: s.DuplicateOf == ""}
		at[s.ID] = i
	}
	notes := make([]profileNotes, len(out))
	for _, f := range res.Findings {
		for src, b := range ix.buckets(f) {
			i, ok := at[src]
			if !ok {
				continue
			}
			p := &out[i]
			p.Checked++
			switch b {
			case corroborated:
				p.Corroborated++
			case minority:
				p.Minority++
				notes[i].minority = append(notes[i].minority, f.ID)
			case contested:
				p.Contested++
				notes[i].contested = append(notes[i].contested, f.ID)
			default:
				p.Unique++
			}
		}
		for src, q := range ix.quotes(f) {
			i, ok := at[src]
			if !ok {
				continue
			}
			p := &out[i]
			p.QuotesVerbatim += q.verbatim
			p.QuotesAltered += q.altered
			p.QuotesUnique += q.unique
			if q.altered > 0 {
				notes[i].altered = append(notes[i].altered, f.ID)
			}
		}
	}
	byID := map[string]*Analysis{}
	for _, a := range as {
		if a != nil && a.Doc != nil {
			byID[a.Doc.ID] = a
		}
	}
	for i, s := range res.Sources {
		p := &out[i]
		n := &notes[i]
		if a := byID[s.ID]; a != nil {
			n.sentences, n.named, n.vague = attribution(a.Claims)
			n.figures, n.exact = specificity(a.Claims)
		}
		p.Attribution = ratio(n.named, n.sentences)
		p.Specificity = ratio(n.exact, n.figures)
		p.Boilerplate = ratio(s.Excluded, s.Sentences)
		p.Score = score(p, n)
		p.Reasons = reasons(p, n, s)
	}
	return out
}

// bucket is where one checked claim of a report lands.
type bucket int

const (
	unique bucket = iota
	corroborated
	minority
	contested
)

// profileNotes carries the counts and finding ids behind a profile's reasons.
type profileNotes struct {
	minority, contested, altered []string
	sentences, named, vague      int
	figures, exact               int
}

// independence knows which reports copy which, to decide who can corroborate whom.
type independence struct {
	dupOf map[string]string
}

func newIndependence(srcs []Source) *independence {
	ix := &independence{dupOf: map[string]string{}}
	for _, s := range srcs {
		if s.DuplicateOf != "" {
			ix.dupOf[s.ID] = s.DuplicateOf
		}
	}
	return ix
}

// corroborates reports whether report t's statement supports report s's: t is
// another report, not a copy of anything, and not the original s copies.
func (ix *independence) corroborates(t, s string) bool {
	return t != s && ix.dupOf[t] == "" && ix.dupOf[s] != t
}

// root is the report whose words a report carries: its original when it is a copy.
func (ix *independence) root(s string) string {
	if o := ix.dupOf[s]; o != "" {
		return o
	}
	return s
}

// supported reports whether some report of group corroborates s.
func (ix *independence) supported(s string, group []string) bool {
	for _, t := range group {
		if ix.corroborates(t, s) {
			return true
		}
	}
	return false
}

// buckets places every report of a finding in one bucket.
func (ix *independence) buckets(f Finding) map[string]bucket {
	srcs := findingSources(f)
	out := map[string]bucket{}
	switch {
	case f.Verdict == Unique || len(srcs) < 2:
		for _, s := range srcs {
			out[s] = unique
		}
	case f.Verdict == Agreement:
		for _, s := range srcs {
			out[s] = unique
			if ix.supported(s, srcs) {
				out[s] = corroborated
			}
		}
	default:
		groups, major := ix.sides(f)
		for _, s := range srcs {
			out[s] = contested
		}
		if major < 0 {
			break
		}
		for g, side := range groups {
			for _, s := range side {
				switch {
				case g != major:
					out[s] = minority
				case ix.supported(s, side):
					out[s] = corroborated
				}
			}
		}
	}
	return out
}

// sides splits a discrepancy's reports by what they state, and returns the
// index of the majority side, or -1 when no side has more than half of the
// independent reports. Findings without Positions are split by their claims:
// quotations by wording and speaker, statements by negation.
func (ix *independence) sides(f Finding) ([][]string, int) {
	var groups [][]string
	major := -1
	if len(f.Positions) > 0 {
		for k, p := range f.Positions {
			groups = append(groups, dedupe(p.Sources))
			if f.Majority != "" && p.Value == f.Majority && major < 0 {
				major = k
			}
		}
		if f.Majority != "" {
			return groups, major
		}
		// The judge saw no majority; respect it.
		return groups, -1
	}
	groups = splitClaims(f.Claims)
	return groups, ix.majority(groups)
}

// majority is the side stated by more than half of the independent reports
// (a copy and its original count once), or -1.
func (ix *independence) majority(groups [][]string) int {
	if len(groups) < 2 {
		return -1
	}
	total := map[string]bool{}
	best, bestN, second := -1, 0, 0
	for g, side := range groups {
		roots := map[string]bool{}
		for _, s := range side {
			roots[ix.root(s)] = true
			total[ix.root(s)] = true
		}
		switch n := len(roots); {
		case n > bestN:
			best, bestN, second = g, n, bestN
		case n > second:
			second = n
		}
	}
	if 2*bestN > len(total) {
		return best
	}
	return -1
}

// splitClaims groups a finding's reports by the substance of their claims.
func splitClaims(cs []claims.Claim) [][]string {
	var reps []claims.Claim
	var groups [][]string
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.Source] {
			continue
		}
		seen[c.Source] = true
		placed := false
		for k, r := range reps {
			if sameStance(r, c) {
				groups[k] = append(groups[k], c.Source)
				placed = true
				break
			}
		}
		if !placed {
			reps = append(reps, c)
			groups = append(groups, []string{c.Source})
		}
	}
	return groups
}

// sameStance reports whether two claims of one finding say the same thing: the
// same quotation without meaning-changing edits and by the same speaker, or the
// same statement with the same negation.
func sameStance(a, b claims.Claim) bool {
	if a.Value != nil && b.Value != nil && a.Value.Type == "quote" && b.Value.Type == "quote" {
		sa, sb := a.Value.Speaker, b.Value.Speaker
		if namedSpeaker(sa) && namedSpeaker(sb) && !claims.SameEntity(sa, sb) {
			return false
		}
		sub := Substantive(WordDiff(quoteText(a.Value), quoteText(b.Value)))
		return len(sub) == 0 || !changesMeaning(sub)
	}
	return a.Negated == b.Negated
}

// quoteCount is one report's quotations in one finding.
type quoteCount struct{ verbatim, altered, unique int }

// quotes grades each quotation of a finding: verbatim when a report that can
// corroborate it carries the same words (allowing case, punctuation, brackets,
// ellipses and trimming), altered when such reports carry it only in other
// words, and unique when none carries it at all.
func (ix *independence) quotes(f Finding) map[string]quoteCount {
	out := map[string]quoteCount{}
	var qs []claims.Claim
	for _, c := range f.Claims {
		if c.Kind == claims.KindQuote && c.Value != nil {
			qs = append(qs, c)
		}
	}
	if len(qs) == 0 {
		return out
	}
	srcs := findingSources(f)
	for _, q := range qs {
		c := out[q.Source]
		if f.Verdict == Unique || !ix.supported(q.Source, srcs) {
			c.unique++
			out[q.Source] = c
			continue
		}
		same := false
		for _, o := range qs {
			if ix.corroborates(o.Source, q.Source) && verbatim(q.Value, o.Value) {
				same = true
				break
			}
		}
		if same {
			c.verbatim++
		} else {
			c.altered++
		}
		out[q.Source] = c
	}
	return out
}

// verbatim reports whether two quotations carry the same words, allowing only
// the edits WordDiff marks as harmless and a shorter excerpt. Substantive
// ignores every edit at either end; a replaced ending ("within the hour" for
// "at once") is not an excerpt, so ends may only lose words on one side.
func verbatim(a, b *claims.Value) bool {
	ops := WordDiff(quoteText(a), quoteText(b))
	if len(Substantive(ops)) > 0 {
		return false
	}
	first, last := equalSpan(ops)
	if first < 0 {
		return false // no word in common
	}
	return !reworded(ops[:first]) && !reworded(ops[last+1:])
}

// findingSources lists the distinct reports of a finding in claim order.
func findingSources(f Finding) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range f.Claims {
		if c.Source != "" && !seen[c.Source] {
			seen[c.Source] = true
			out = append(out, c.Source)
		}
	}
	return out
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// attribution counts a report's sentences, those tied to a named speaker or
// document (an attribution other than a vague one, or a quotation with a
// speaker), and those credited vaguely ("sources say", "reportedly").
func attribution(cs []claims.Claim) (sentences, named, vague int) {
	type state struct{ stmt, named, vague bool }
	per := map[int]*state{}
	get := func(i int) *state {
		if per[i] == nil {
			per[i] = &state{}
		}
		return per[i]
	}
	for _, c := range cs {
		switch c.Kind {
		case claims.KindStatement:
			st := get(c.SentenceIndex)
			st.stmt = true
			switch {
			case c.Attribution == claims.AttributionVague:
				st.vague = true
			case c.Attribution != "":
				st.named = true
			case c.Hedged:
				st.vague = true
			}
		case claims.KindQuote:
			if c.Value != nil && c.Value.Speaker != "" && c.Attribution != claims.AttributionVague {
				get(c.SentenceIndex).named = true
			}
		}
	}
	for _, st := range per {
		if !st.stmt {
			continue
		}
		sentences++
		switch {
		case st.named:
			named++
		case st.vague:
			vague++
		}
	}
	return sentences, named, vague
}

// specificity counts a report's figures and those stated exactly: not
// approximate ("about 60"), not a bound or range ("at least 12"), and not a
// round figure ("a week", "a dozen").
func specificity(cs []claims.Claim) (figures, exact int) {
	for _, c := range cs {
		v := c.Value
		if v == nil || (v.Min == nil && v.Max == nil && v.Type != "tally") {
			continue
		}
		figures++
		if !v.Approx && !v.Round && (v.Bound == "" || v.Bound == "exact") {
			exact++
		}
	}
	return figures, exact
}

func ratio(a, b int) float64 {
	if b <= 0 {
		return 0
	}
	return round2(float64(a) / float64(b))
}

// score applies the documented formula to a profile.
func score(p *Reliability, n *profileNotes) float64 {
	support := (float64(p.Corroborated) + float64(p.Unique+p.Contested)/2 + 1) / float64(p.Checked+2)
	quotes := (float64(p.QuotesVerbatim) + float64(p.QuotesUnique)/2 + 1) /
		float64(p.QuotesVerbatim+p.QuotesAltered+p.QuotesUnique+2)
	attr, spec := 0.5, 0.5
	if n.sentences > 0 {
		attr = float64(n.named) / float64(n.sentences)
	}
	if n.figures > 0 {
		spec = float64(n.exact) / float64(n.figures)
	}
	s := weightSupport*support + weightQuotes*quotes + weightAttribution*attr + weightSpecificity*spec
	return round2(math.Max(0, math.Min(1, s)))
}

// reasons says in words what moved a profile's score.
func reasons(p *Reliability, n *profileNotes, s Source) []string {
	var out []string
	if s.DuplicateOf != "" {
		out = append(out, fmt.Sprintf("republishes %s: its agreement with %s counts for neither, and it corroborates no one", s.DuplicateOf, s.DuplicateOf))
	}
	if p.Checked == 0 {
		out = append(out, "no claims could be checked")
	} else {
		out = append(out, fmt.Sprintf("%d of %d checked claims corroborated by an independent report", p.Corroborated, p.Checked))
	}
	if p.Minority > 0 {
		out = append(out, fmt.Sprintf("stands against the majority on %d (%s)", p.Minority, strings.Join(n.minority, ", ")))
	}
	if p.Contested > 0 {
		out = append(out, fmt.Sprintf("%d contested with no majority (%s)", p.Contested, strings.Join(n.contested, ", ")))
	}
	if p.Unique > 0 {
		out = append(out, fmt.Sprintf("%d stated by no independent report", p.Unique))
	}
	if q := p.QuotesVerbatim + p.QuotesAltered + p.QuotesUnique; q > 0 {
		r := fmt.Sprintf("quotations: %d verbatim, %d altered, %d unverified", p.QuotesVerbatim, p.QuotesAltered, p.QuotesUnique)
		if len(n.altered) > 0 {
			r += " (altered: " + strings.Join(n.altered, ", ") + ")"
		}
		out = append(out, r)
	}
	if n.sentences > 0 {
		r := fmt.Sprintf("%.0f%% of sentences attributed to a named source", 100*p.Attribution)
		if n.vague > 0 {
			r += fmt.Sprintf(", %d to vague or hedged ones", n.vague)
		}
		out = append(out, r)
	}
	if n.figures > 0 {
		out = append(out, fmt.Sprintf("%d of %d figures exact", n.exact, n.figures))
	}
	if p.Boilerplate >= 0.25 {
		out = append(out, fmt.Sprintf("%.0f%% of sentences excluded as boilerplate (not scored)", 100*p.Boilerplate))
	}
	return out
}
