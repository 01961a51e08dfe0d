package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// dayClash finds two matching sentences that put the same happening on
// different days ("foiled the attack on Friday" / "on Thursday foiled a piracy
// attempt"). Reports name many days, so it asks for more than figures do: the
// sentences match closely and each names exactly one day.
func (m *model) dayClash(p pair) *Finding {
	if p.score < dayClashSim {
		return nil
	}
	a, b := oneDay(p.a), oneDay(p.b)
	if a == nil || b == nil || background(p.a) || background(p.b) || dateline(p.a) || dateline(p.b) {
		return nil
	}
	if ok, _ := dateRule(a.Value, b.Value); ok {
		return nil
	}
	// A guessed publication date can put "Thursday" and "12 November" apart;
	// only two days named the same way are compared.
	if (a.Value.Start == "") != (b.Value.Start == "") {
		return nil
	}
	f := Finding{Verdict: Discrepancy, Kind: a.Kind, Severity: Minor, Rule: "date", Confidence: clamp01(p.score + 0.1),
		Claims: []claims.Claim{*a, *b}}
	f.Positions = []Position{{Value: describe(a.Value), Sources: []string{a.Source}}, {Value: describe(b.Value), Sources: []string{b.Source}}}
	f.Summary = describe(a.Value) + " vs " + describe(b.Value)
	f.Reasons = []string{
		fmt.Sprintf("%s (%s) vs %s (%s): different days", strings.TrimSpace(a.Text), a.Source, strings.TrimSpace(b.Text), b.Source),
		fmt.Sprintf("the sentences match (similarity %.2f): %s", p.score, strings.Join(m.shared(p.a, p.b, 6), ", ")),
		"rule: matching sentences that each name one day must name the same day"}
	return &f
}

// dayClashSim is the sentence similarity two sentences need before their days are compared.
const dayClashSim = 0.3

// oneDay returns a sentence's only date, when it names exactly one and that
// one is a day ("on Friday", "12 November").
func oneDay(u *unit) *claims.Claim {
	var day *claims.Claim
	for _, c := range u.typed {
		if c.Value.Type != "date" {
			continue
		}
		if day != nil || grainClass(c.Value.Grain) != "day" {
			return nil
		}
		day = c
	}
	return day
}
