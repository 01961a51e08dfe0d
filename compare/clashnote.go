package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// clashNote records that two matching sentences disagree on a figure. Events
// of many reports yield such notes for every pair of sentences stating a
// disputed figure, so a note holds pointers only; the finding's words are
// written once the notes are merged (mergeClashes), for the few that survive.
type clashNote struct {
	p    pair
	a, b *claims.Claim
	sev  Severity
	day  bool // two matching sentences naming different days (dayClash)
}

// confidence is the confidence of the note's own finding.
func (n *clashNote) confidence() float64 {
	if n.day {
		return max(DefaultMinConfidence, clamp01(n.p.score+0.1))
	}
	return clamp01(n.p.score + 0.2)
}

// severity is the severity of the note's own finding.
func (n *clashNote) severity() Severity {
	if n.day {
		return Minor
	}
	return n.sev
}

// firstReason is the note's plain-words reason: the two figures and their gap.
func (n *clashNote) firstReason() string {
	if n.day {
		return fmt.Sprintf("%s (%s) vs %s (%s): different days", strings.TrimSpace(n.a.Text), n.a.Source, strings.TrimSpace(n.b.Text), n.b.Source)
	}
	return gapReason(n.a, n.b)
}

// finding writes the note out as a finding of its own.
func (m *model) finding(n *clashNote) Finding {
	f := Finding{Verdict: Discrepancy, Kind: n.a.Kind, Severity: n.severity(), Rule: "interval", Confidence: n.confidence(),
		Claims: []claims.Claim{*n.a, *n.b}}
	f.Positions = []Position{{Value: describe(n.a.Value), Sources: []string{n.a.Source}}, {Value: describe(n.b.Value), Sources: []string{n.b.Source}}}
	if n.day {
		f.Rule = "date"
		f.Reasons = []string{
			n.firstReason(),
			fmt.Sprintf("the sentences match (similarity %.2f): %s", n.p.score, strings.Join(m.shared(n.p.a, n.p.b, 6), ", ")),
			"rule: matching sentences that each name one day must name the same day"}
		return f
	}
	f.Reasons = []string{
		n.firstReason(),
		"the sentences match (similarity " + fmt.Sprintf("%.2f", n.p.score) + "): " + strings.Join(m.shared(n.p.a, n.p.b, 6), ", "),
		"rule: the figures are each other's closest counterpart in matching sentences, compared as intervals"}
	return f
}
