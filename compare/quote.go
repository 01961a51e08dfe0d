package compare

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// Quote alignment thresholds: the share of the shorter quote's words found in
// the other (quoteJoin), and the share above which differing words are edits of
// one quotation rather than two different remarks (quoteSame).
const (
	quoteJoin  = 0.6
	quoteSame  = 0.8
	quoteWords = 3
)

// qitem is one quotation with its comparison words.
type qitem struct {
	c     *claims.Claim
	u     *unit
	words []string
	set   map[string]bool
}

// alignQuotes matches the same quotation across reports, even trimmed, re-cased
// or with editorial brackets, and diffs the wording word by word.
func (m *model) alignQuotes(cov *coverage) []Finding {
	var items []qitem
	post := map[string][]int{}
	for _, us := range m.units {
		for _, u := range us {
			for _, c := range u.quotes {
				if c.Value == nil {
					continue
				}
				ws := strings.Fields(quoteKey(c.Value))
				if len(ws) < quoteWords {
					continue
				}
				it := qitem{c: c, u: u, words: ws, set: map[string]bool{}}
				for _, w := range ws {
					it.set[w] = true
				}
				for w := range it.set {
					post[w] = append(post[w], len(items))
				}
				items = append(items, it)
			}
		}
	}
	var edges []edge
	seen := map[[2]int]bool{}
	for _, list := range post {
		if len(list) > 200 {
			continue // a word in every quote says nothing about which quotes match
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				i, j := list[x], list[y]
				if items[i].u.src == items[j].u.src || seen[[2]int{i, j}] {
					continue
				}
				seen[[2]int{i, j}] = true
				if s := overlap(items[i].set, items[j].set); s >= quoteJoin {
					edges = append(edges, edge{i, j, s})
				}
			}
		}
	}
	src := make([]int, len(items))
	for i, it := range items {
		src[i] = it.u.src
	}
	g := groupEdges(src, edges, quoteJoin/2)
	var out []Finding
	groups := g.groups()
	for _, grp := range groups {
		f := m.judgeQuotes(items, grp, g)
		out = append(out, f)
	}
	out = m.leftoverQuotes(items, groups, out)
	for _, f := range out {
		cov.add(m.findingUnits(f), f.Verdict == Discrepancy)
	}
	return out
}

// quoteKey is the comparison form of a quotation: its canonical words without
// ellipsis marks.
func quoteKey(v *claims.Value) string {
	k := v.Canonical
	if k == "" {
		k = claims.Fold(v.Words)
	}
	var b strings.Builder
	for _, r := range k {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r > 127, r == '\'':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// overlap is the share of the smaller word set found in the larger.
func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// judgeQuotes compares a group's quotations with the first one: allowed edits
// (case, brackets, ellipses, trimming) agree; changed words in one quotation
// are a discrepancy, shown as a word diff; a different named speaker for the
// same words is an attribution discrepancy.
func (m *model) judgeQuotes(items []qitem, grp []int, g *grouper) Finding {
	f := Finding{Verdict: Agreement, Kind: claims.KindQuote, Rule: "quote"}
	base := items[grp[0]]
	opp := antonymIndex()
	conf, n := 0.0, 0.0
	verbatim := true
	for _, i := range grp {
		f.Claims = append(f.Claims, *items[i].c)
	}
	for _, i := range grp[1:] {
		it := items[i]
		s := g.score[[2]int{grp[0], i}]
		if s == 0 {
			s = overlap(base.set, it.set)
		}
		conf += s
		n++
		ops := WordDiff(quoteText(base.c.Value), quoteText(it.c.Value))
		sub := Substantive(ops)
		if len(sub) > 0 {
			verbatim = false
		}
		if len(sub) > 0 && s >= quoteSame && sharedWording(ops) >= quoteKept && (changesMeaning(respell(sub)) || swapsOpposite(respell(sub), opp)) {
			f.Verdict, f.Severity, f.Kind = Discrepancy, Minor, claims.KindQuote
			f.Diff = ops
			f.Reasons = append(f.Reasons, fmt.Sprintf("wording differs between %s and %s: %s", m.as[base.u.src].Doc.ID, m.as[it.u.src].Doc.ID, diffWords(sub)))
		} else if f.Diff == nil {
			f.Diff = ops
		}
		sa, sb := base.c.Value.Speaker, it.c.Value.Speaker
		if namedSpeaker(sa) && namedSpeaker(sb) && !claims.SameEntity(sa, sb) && s >= quoteSame {
			f.Verdict, f.Severity, f.Kind = Discrepancy, Major, claims.KindAttribution
			f.Rule = "attribution"
			f.Reasons = append(f.Reasons, fmt.Sprintf("the same words are attributed to %s (%s) and to %s (%s)", sa, m.as[base.u.src].Doc.ID, sb, m.as[it.u.src].Doc.ID))
		}
	}
	f.Confidence = clamp01(conf / n)
	switch {
	case f.Verdict == Discrepancy:
		f.Summary = "quotation differs: " + strings.Join(f.Reasons, "; ")
	case verbatim:
		f.Reasons = append(f.Reasons, "quotation matches word for word (allowing case, brackets, ellipses and trimming)")
	default:
		f.basis.cause = causeReworded
		f.Reasons = append(f.Reasons, "most words of the shorter quotation appear in the other")
	}
	f.Reasons = append(f.Reasons, "rule: quotations matched on their canonical words, diffed word by word")
	return f
}

// quoteKept is the share of the longer quotation's words two quotations must
// keep in common, in order, to be one remark worded two ways: "the search and
// rescue operation continues" shares a phrase with a thirty-word remark that
// mentions search and rescue, which makes it no misquotation of it.
const quoteKept = 0.5

// sharedWording is the share of the longer side's words a word diff keeps
// unchanged (allowed edits count as kept).
func sharedWording(ops []DiffOp) float64 {
	kept, del, ins := 0, 0, 0
	for _, o := range ops {
		n := len(strings.Fields(o.Text))
		switch {
		case o.Op == "equal" || o.Allowed:
			kept += n
		case o.Op == "delete":
			del += n
		default:
			ins += n
		}
	}
	longer := kept + max(del, ins)
	if longer == 0 {
		return 1
	}
	return float64(kept) / float64(longer)
}

// quoteText is the quotation as written, with its editorial marks, for diffing.
func quoteText(v *claims.Value) string {
	if v.Words != "" {
		w, _ := claims.Normalize(v.Words)
		return w
	}
	return v.Canonical
}

// changesMeaning reports whether a quotation's changed words change what was
// said: a figure, a negation or a modal verb added, dropped or replaced, or a
// content word swapped for another content word ("until we give the
// all-clear" / "until tomorrow"). Respellings and reworded function words
// ("has reached" / "is on") are altered wording, not a contradiction.
func changesMeaning(sub []DiffOp) bool {
	var del, ins []string
	for _, o := range sub {
		for _, w := range strings.Fields(strings.ToLower(o.Text)) {
			w = strings.Trim(w, `.,;:!?"'()[]`)
			if w == "" {
				continue
			}
			if o.Op == "delete" {
				del = append(del, w)
			} else {
				ins = append(ins, w)
			}
		}
	}
	kinds := func(ws []string) (crit map[string]bool, content int) {
		crit = map[string]bool{}
		for _, w := range ws {
			switch {
			case negations[w] || strings.HasSuffix(w, "n't"):
				crit["neg"] = true
			case modals[w]:
				crit[w] = true
			case strings.ContainsAny(w, "0123456789"):
				crit[w] = true
			case !claims.IsStopWord(w) && !claims.IsStopWord(claims.Lemma(w)):
				content++
			}
		}
		return
	}
	cd, nd := kinds(del)
	ci, ni := kinds(ins)
	if len(cd) != len(ci) {
		return true
	}
	for k := range cd {
		if !ci[k] {
			return true
		}
	}
	return nd > 0 && ni > 0
}

// negations and modals change what a quotation asserts when they change.
var (
	negations = map[string]bool{"not": true, "never": true, "no": true, "nobody": true, "nothing": true, "none": true, "cannot": true}
	modals    = map[string]bool{"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "must": true, "should": true, "shall": true}
)

// respell drops delete/insert pairs that are spelling variants of the same
// words, and stray characters a page decoded wrongly left in the text.
func respell(sub []DiffOp) []DiffOp {
	var out []DiffOp
	for i := 0; i < len(sub); i++ {
		if i+1 < len(sub) && sub[i].Op == "delete" && sub[i+1].Op == "insert" && spelling(sub[i].Text, sub[i+1].Text) {
			i++
			continue
		}
		if stray(sub[i].Text) {
			continue
		}
		out = append(out, sub[i])
	}
	return out
}

// stray reports whether a changed run is one character outside the ASCII
// letters and digits standing alone: a dash or quotation mark a page decoded
// in the wrong character set ("role comes responsibility β the
// responsibility"), not a word of the remark.
func stray(t string) bool {
	t = strings.TrimSpace(t)
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && n > 0 && r > unicode.MaxASCII
}

// spelling reports whether two word runs differ only in spelling (British and American forms).
func spelling(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] && (editDistance(wa[i], wb[i]) > 2 || wa[i][0] != wb[i][0]) {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance of two short words.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func diffWords(sub []DiffOp) string {
	var parts []string
	for _, o := range sub {
		sign := "+"
		if o.Op == "delete" {
			sign = "-"
		}
		parts = append(parts, sign+`"`+o.Text+`"`)
	}
	return strings.Join(parts, " ")
}

// namedSpeaker reports whether a speaker looks like a person's name rather than
// a vague role or an organisation: capitalised words whose last word is not a
// dictionary noun ("Vale Water" speaks through people; it is no rival speaker).
func namedSpeaker(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
	}
	return len(claims.Concepts(strings.ToLower(ws[len(ws)-1]))) == 0
}
