package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// quotedSpans returns the quoted word runs of a sentence (inside double
// quotation marks, or from its start when it opens inside a quotation begun
// in an earlier sentence), each of at least quoteWords words.
func quotedSpans(r negReading) []string {
	var out []string
	var cur []string
	flush := func() {
		if len(cur) >= quoteWords {
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for k, t := range r.toks {
		if !r.quoted[k] || t.low == "\"" {
			flush()
			continue
		}
		if t.word {
			cur = append(cur, t.low)
		}
	}
	flush()
	return out
}

// maxQuoteEdits is the most changed word runs (a replacement is two) two
// quotations of one remark may differ by; more is a paraphrase, which
// reports do when they recount a remark, not a misquotation.
const maxQuoteEdits = 2

// quoteVariant reports whether two quoted runs are one remark worded two
// ways: most words shared, and a changed word that changes what was said (a
// figure, a negation, a content word, or an opposite, see changesMeaning).
// It returns the word diff.
func quoteVariant(a, b string, opp map[string][]string) ([]DiffOp, bool) {
	sa, sb := wordSet(a), wordSet(b)
	if overlap(sa, sb) < quoteSame {
		return nil, false
	}
	ops := WordDiff(a, b)
	sub := respell(Substantive(ops))
	if len(sub) == 0 || len(sub) > maxQuoteEdits {
		return nil, false
	}
	if changesMeaning(sub) || swapsOpposite(sub, opp) {
		return ops, true
	}
	return nil, false
}

// wordSet is the set of a text's words.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// swapsOpposite reports whether a diff replaces a word by its opposite
// ("comes" / "goes"), which the content-word test misses for light verbs.
func swapsOpposite(sub []DiffOp, opp map[string][]string) bool {
	for _, d := range sub {
		if d.Op != "delete" {
			continue
		}
		for _, i := range sub {
			if i.Op != "insert" {
				continue
			}
			for _, x := range strings.Fields(d.Text) {
				for _, y := range strings.Fields(i.Text) {
					if antonyms(opp, strings.Trim(x, `.,;:!?"'`), strings.Trim(y, `.,;:!?"'`)) {
						return true
					}
				}
			}
		}
	}
	return false
}

// splitQuoteWording re-reads statement agreements for quotations: where two
// reports quote one remark of one speaker in nearly the same words but one
// changes a word that matters, the sentences are a quote discrepancy with
// the word diff, whatever stage aligned them. Remarks credited to two
// different named speakers are never compared.
func splitQuoteWording(fs []Finding, read func(string) negReading) []Finding {
	opp := antonymIndex()
	var quoted []map[spot]bool // the sentences of each quote discrepancy found already
	for _, f := range fs {
		if f.Verdict == Discrepancy && f.Kind == claims.KindQuote {
			k := map[spot]bool{}
			for _, c := range f.Claims {
				k[claimSpot(&c)] = true
			}
			quoted = append(quoted, k)
		}
	}
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Verdict != Agreement || f.Kind == claims.KindQuote || len(f.Claims) < 2 {
			out = append(out, f)
			continue
		}
		d, rest, ok := quoteWordingFinding(f, read, opp)
		if !ok {
			out = append(out, f)
			continue
		}
		if f.Kind != claims.KindStatement {
			// A figure or role both quotations give stays agreed ("the
			// first death"); the remark around it is worded two ways,
			// unless a quote discrepancy already sets those sentences apart.
			for i := range d.Claims {
				d.Claims[i] = sentenceClaim(d.Claims[i])
			}
			out = append(out, f)
			if !heldBy(quoted, d.Claims) {
				out = append(out, d)
			}
			continue
		}
		out = append(out, d)
		if rest != nil {
			out = append(out, *rest)
		}
	}
	return out
}

// quoteWordingFinding builds one agreement's quote discrepancy: the claims
// quoting the remark, and the agreement that remains.
func quoteWordingFinding(f Finding, read func(string) negReading, opp map[string][]string) (Finding, *Finding, bool) {
	cs := f.Claims
	spans := make([][]string, len(cs))
	plain := make([]bool, len(cs))
	for i, c := range cs {
		spans[i] = quotedSpans(read(c.Sentence))
		if len(spans[i]) == 0 {
			// A report may give a remark's words without quotation marks;
			// its whole sentence is then compared with the others' quotations.
			var ws []string
			for _, t := range read(c.Sentence).toks {
				if t.word {
					ws = append(ws, t.low)
				}
			}
			spans[i], plain[i] = []string{strings.Join(ws, " ")}, true
		}
	}
	same := func(i, j int) bool {
		a, b := cs[i].Attribution, cs[j].Attribution
		return !(namedSpeaker(a) && namedSpeaker(b) && !claims.SameEntity(a, b))
	}
	in := make([]bool, len(cs))
	var diff []DiffOp
	var reasons []string
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source == cs[j].Source || !same(i, j) || plain[i] && plain[j] {
				continue
			}
			for _, qa := range spans[i] {
				for _, qb := range spans[j] {
					ops, ok := quoteVariant(qa, qb, opp)
					if !ok {
						continue
					}
					in[i], in[j] = true, true
					if diff == nil {
						diff = ops
					}
					reasons = append(reasons, fmt.Sprintf("wording differs between %s and %s: %s", cs[i].Source, cs[j].Source, diffWords(respell(Substantive(ops)))))
				}
			}
		}
	}
	if diff == nil {
		return Finding{}, nil, false
	}
	// Reports quoting the remark the same way join the finding: they are the
	// other side of the difference.
	for i := range cs {
		if in[i] {
			continue
		}
		for j := range cs {
			if !in[j] || cs[j].Source == cs[i].Source || !same(i, j) || plain[i] && plain[j] {
				continue
			}
			if quotesAlike(spans[i], spans[j]) {
				in[i] = true
				break
			}
		}
	}
	d := Finding{Verdict: Discrepancy, Kind: claims.KindQuote, Severity: Minor, Rule: "quote", Confidence: f.Confidence, Diff: diff}
	var rest []claims.Claim
	restSrc := map[string]bool{}
	srcs := map[string]bool{}
	for i, c := range cs {
		if in[i] {
			d.Claims = append(d.Claims, c)
			srcs[c.Source] = true
		} else {
			rest = append(rest, c)
			restSrc[c.Source] = true
		}
	}
	var ss []string
	for s := range srcs {
		ss = append(ss, s)
	}
	sort.Strings(ss)
	d.Summary = "quotation differs: " + strings.Join(reasons, "; ")
	d.Reasons = append(reasons, fmt.Sprintf("quoted in %s", strings.Join(ss, ", ")),
		"rule: the same remark quoted in nearly the same words, diffed word by word")
	if len(restSrc) < 2 {
		return d, nil, true
	}
	r := f
	r.Claims = rest
	return d, &r, true
}

// heldBy reports whether one of the sentence sets holds every claim's sentence.
func heldBy(sets []map[spot]bool, cs []claims.Claim) bool {
	for _, k := range sets {
		all := true
		for _, c := range cs {
			all = all && k[claimSpot(&c)]
		}
		if all {
			return true
		}
	}
	return false
}

// quotesAlike reports whether two sentences quote a remark in words that
// mostly match.
func quotesAlike(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if overlap(wordSet(x), wordSet(y)) >= quoteSame {
				return true
			}
		}
	}
	return false
}
