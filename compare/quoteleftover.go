package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// A report may quote two remarks of one speaker separately where another
// quotes them as one run ("I am so excited to be hosting ... for the second
// time. You know what they say ..." / "I am so disappointed to be hosting
// ..." and, apart, "You know what they say ..."). Quotation groups take one
// quotation per report, so the second one is left out of the group that
// holds the run it is part of, and a changed word in it is never diffed.
// Each quotation left out is therefore compared with the members of every
// group that hold its words (quoteSame of them): where it changes a word
// that matters, it joins that group's discrepancy, or, beside an agreement,
// makes a quote discrepancy of its own with those members.

// leftoverQuotes returns the findings, with the quotations no group holds
// set against the groups' members that quote the same remark.
func (m *model) leftoverQuotes(items []qitem, groups [][]int, fs []Finding) []Finding {
	placed := map[int]bool{}
	for _, grp := range groups {
		for _, i := range grp {
			placed[i] = true
		}
	}
	opp := antonymIndex()
	out := append([]Finding(nil), fs...)
	for i, it := range items {
		if placed[i] {
			continue
		}
		for gi, grp := range groups {
			var same []int
			var reasons []string
			var diff []DiffOp
			for _, j := range grp {
				o := items[j]
				if o.u.src == it.u.src || overlap(it.set, o.set) < quoteSame || !sameSpeakerOf(it.c, o.c) {
					continue
				}
				same = append(same, j)
				ops := WordDiff(quoteText(o.c.Value), quoteText(it.c.Value))
				sub := respell(Substantive(ops))
				if len(sub) == 0 || len(sub) > maxQuoteEdits || !(changesMeaning(sub) || swapsOpposite(sub, opp)) {
					continue
				}
				if diff == nil {
					diff = ops
				}
				reasons = append(reasons, fmt.Sprintf("wording differs between %s and %s: %s", m.as[o.u.src].Doc.ID, m.as[it.u.src].Doc.ID, diffWords(sub)))
			}
			if diff == nil {
				continue
			}
			f := out[gi]
			if f.Verdict == Discrepancy && f.Kind == claims.KindQuote {
				f.Claims = append(append([]claims.Claim(nil), f.Claims...), *it.c)
				f.Reasons = append(append([]string(nil), f.Reasons...), reasons...)
				out[gi] = f
				break
			}
			d := Finding{Verdict: Discrepancy, Kind: claims.KindQuote, Severity: Minor, Rule: "quote", Confidence: f.Confidence, Diff: diff}
			for _, j := range same {
				d.Claims = append(d.Claims, *items[j].c)
			}
			d.Claims = append(d.Claims, *it.c)
			d.Summary = "quotation differs: " + strings.Join(reasons, "; ")
			d.Reasons = append(reasons, "rule: a quotation no group holds, diffed against the quotations that hold its words")
			out = append(out, d)
			break
		}
	}
	return out
}

// sameSpeakerOf reports whether two quotations may be one speaker's: not
// credited to two different named speakers.
func sameSpeakerOf(a, b *claims.Claim) bool {
	sa, sb := a.Value.Speaker, b.Value.Speaker
	return !(namedSpeaker(sa) && namedSpeaker(sb) && !claims.SameEntity(sa, sb))
}
