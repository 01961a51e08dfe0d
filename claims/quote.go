package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuoteSpan is how many sentences after its opening a quotation may close;
// an opening mark left unclosed longer is taken for a stray mark.
const maxQuoteSpan = 5

// qpos is a byte position in the normalised text of the k-th sentence of the slice.
type qpos struct{ k, off int }

// less orders positions in document order.
func (p qpos) less(q qpos) bool { return p.k < q.k || p.k == q.k && p.off < q.off }

// qseg is one quoted stretch: the words between an opening and a closing mark.
type qseg struct {
	open, close qpos // positions of the marks; words run from open.off+1 to close.off
	single      bool
	// cont links a segment to the one it continues (news style: a new paragraph
	// reopens the quotation without closing the last), or -1.
	cont int
}

// markClass says what a quote mark can do, read from its neighbours.
type markClass struct{ canOpen, canClose, apostrophe, weak bool }

// classifyMark reads the mark at s[i] (a straight double or single quote).
func classifyMark(s string, i int) markClass {
	var prev, next rune = ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if i+1 < len(s) {
		next, _ = utf8.DecodeRuneInString(s[i+1:])
	}
	spaceBefore := unicode.IsSpace(prev) || strings.ContainsRune("([{-\"'", prev)
	spaceAfter := unicode.IsSpace(next) || strings.ContainsRune(",.;:!?)]}-\"'", next)
	mc := markClass{canOpen: spaceBefore && !unicode.IsSpace(next) && i+1 < len(s), canClose: !spaceBefore || spaceAfter}
	if s[i] == '"' {
		return mc
	}
	// Single quotes double as apostrophes: children's, don't, '90s, rock 'n' roll.
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if letter(prev) && letter(next) {
		return markClass{apostrophe: true}
	}
	if spaceBefore && unicode.IsDigit(next) {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i-1 == 2 && (j == len(s) || s[j] == 's' || !letter(rune(s[j]))) {
			return markClass{apostrophe: true}
		}
	}
	if spaceBefore {
		low := strings.ToLower(s[i+1 : min(len(s), i+6)])
		for _, el := range []string{"em ", "n' ", "til ", "cause ", "tis ", "twas "} {
			if strings.HasPrefix(low, el) {
				return markClass{apostrophe: true}
			}
		}
	}
	if mc.canClose && !mc.canOpen && (prev == 's' || prev == 'S') && next == ' ' && i+2 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if unicode.IsLetter(r) {
			mc.weak = true // possessive plural ("MPs' letter") or a closing mark
		}
	}
	return mc
}

// reopens reports whether an opening mark at s[i] starts a new sentence of the
// same quotation: first in its sentence, or right after a full stop.
func reopens(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!")
}

// scanQuotes pairs the marks ch of the sentences into quoted segments. Marks
// inside skip (segments of the other mark) are nested quotes and ignored.
func scanQuotes(sents []Sentence, ch byte, skip []qseg) []qseg {
	inSkip := coveredBy(skip)
	var segs []qseg
	dead := map[qpos]bool{}
	var open *qpos
	var weak *qpos
	cont := -1
	resume := qpos{-1, -1}
	abandon := func() int {
		// Take the opening mark for a stray one and read again after it.
		dead[*open] = true
		resume = *open
		k := open.k
		open, weak, cont = nil, nil, -1
		return k
	}
	for k := 0; k < len(sents); k++ {
		s := sents[k].Norm
		if open != nil && (sents[k].Heading || (sents[k].Excluded && !sents[open.k].Excluded) || k-open.k > maxQuoteSpan) {
			if weak != nil {
				segs = append(segs, qseg{open: *open, close: *weak, single: ch == '\'', cont: cont})
				open, weak, cont = nil, nil, -1
			} else {
				k = abandon()
			}
			k--
			continue
		}
		for i := 0; i < len(s); i++ {
			if s[i] != ch {
				continue
			}
			p := qpos{k, i}
			if dead[p] || !resume.less(p) || inSkip(p) {
				continue
			}
			mc := classifyMark(s, i)
			if mc.apostrophe {
				continue
			}
			if open == nil {
				if mc.canOpen {
					open = &p
				}
				continue
			}
			if mc.canOpen && !mc.canClose && reopens(s, i) && (p.k != open.k || i > open.off+1) {
				// The quotation goes on: end this segment before the new mark.
				end := qpos{k, len(strings.TrimRight(s[:i], " "))}
				if end.off == 0 && k > 0 {
					end = qpos{k - 1, len(strings.TrimRight(sents[k-1].Norm, " "))}
				}
				segs = append(segs, qseg{open: *open, close: end, single: ch == '\'', cont: cont})
				cont = len(segs) - 1
				open, weak = &p, nil
				continue
			}
			if mc.weak {
				if weak == nil {
					weak = &p
				}
				continue
			}
			if mc.canClose || ch == '"' {
				segs = append(segs, qseg{open: *open, close: p, single: ch == '\'', cont: cont})
				open, weak, cont = nil, nil, -1
			}
		}
		if k == len(sents)-1 && open != nil {
			if weak != nil {
				segs = append(segs, qseg{open: *open, close: *weak, single: ch == '\'', cont: cont})
				open, weak, cont = nil, nil, -1
			} else {
				k = abandon() - 1
			}
		}
	}
	return segs
}

// FindQuotes returns a quote claim for every direct quotation in the document.
//
// Double quote marks are read first; single marks are read as quotation marks
// outside double-quoted text (British style), telling apostrophes apart by
// their neighbours. A quotation may run over several sentences; news style
// reopens it at each new paragraph without closing the last, and each such
// part is a claim that keeps the speaker of the first.
func FindQuotes(doc *Document, sents []Sentence, ents *EntitySet) []Claim {
	doubles := scanQuotes(sents, '"', nil)
	singles := scanQuotes(sents, '\'', doubles)
	segs := make([]qseg, 0, len(doubles)+len(singles))
	segs = append(segs, doubles...)
	base := len(segs)
	for _, q := range singles {
		if q.cont >= 0 {
			q.cont += base
		}
		segs = append(segs, q)
	}
	// Drop segments nested in another (a double quote inside a single-quoted one).
	keep := notNested(segs)
	order := make([]int, 0, len(segs))
	for i := range segs {
		if keep[i] {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(a, b int) bool { return segs[order[a]].open.less(segs[order[b]].open) })

	qs := &quoteSpeakers{ents: ents, sents: sents, segs: segs, order: order}
	speakers := make([]string, len(segs))
	var out []Claim
	for n, id := range order {
		q := segs[id]
		c, ok := quoteClaim(doc, sents, q)
		if !ok {
			continue
		}
		sp := qs.speaker(n, speakers)
		speakers[id] = sp
		parts := CanonicalQuote(c.Text)
		if parts.Canonical == "" {
			continue
		}
		c.Value = &Value{Type: "quote", Speaker: sp, Words: c.Text, Canonical: parts.Canonical,
			Inserted: parts.Inserted, Elided: parts.Elided}
		c.Entities = ents.In(c.SentenceIndex)
		c.Attribution = sp
		out = append(out, c)
	}
	return out
}

// quoteClaim builds the claim over a segment's words, which may run over sentences.
func quoteClaim(doc *Document, sents []Sentence, q qseg) (Claim, bool) {
	s0, s1 := &sents[q.open.k], &sents[q.close.k]
	i, j := q.open.off+1, q.close.off
	for i < len(s0.Norm) && s0.Norm[i] == ' ' {
		i++
	}
	for j > 0 && s1.Norm[j-1] == ' ' {
		j--
	}
	if q.open.k == q.close.k {
		if j <= i {
			return Claim{}, false
		}
		return NewClaim(doc, s0, KindQuote, i, j), true
	}
	if i > len(s0.Norm) {
		i = len(s0.Norm)
	}
	c := NewClaim(doc, s0, KindQuote, i, len(s0.Norm))
	last := NewClaim(doc, s1, KindQuote, 0, j)
	c.End = last.End
	a, _ := s0.TextSpan(i, i)
	_, b := s1.TextSpan(j, j)
	from, to := s0.BodyStart+a, s1.BodyStart+b
	var texts []string
	for k := q.open.k; k <= q.close.k; k++ {
		texts = append(texts, strings.TrimSpace(sents[k].Text))
	}
	c.Sentence = strings.Join(texts, " ")
	if from >= 0 && to <= len(doc.Body) && from < to {
		c.Text = strings.Join(strings.Fields(doc.Body[from:to]), " ")
	} else {
		c.Text = strings.TrimSpace(c.Text + " " + last.Text)
	}
	if c.Text == "" {
		return Claim{}, false
	}
	return c, true
}

// quoteSpeakers finds who speaks each quotation, in document order.
type quoteSpeakers struct {
	ents  *EntitySet
	sents []Sentence
	segs  []qseg
	order []int
	// last is the most recent quotation's speaker and the sentence it closed in.
	last     string
	lastK    int
	lastSeen bool
}

// speaker returns the speaker of the n-th quotation in document order.
func (qs *quoteSpeakers) speaker(n int, done []string) string {
	id := qs.order[n]
	q := qs.segs[id]
	sp := ""
	if q.cont >= 0 && done[q.cont] != "" {
		sp = done[q.cont]
	}
	if sp == "" {
		sp = qs.fromTail(n)
	}
	if sp == "" {
		sp = qs.fromHead(n)
	}
	if sp == "" && qs.lastSeen && qs.last != "" && q.open.k-qs.lastK <= 1 && q.open.k > qs.lastK-1 &&
		strings.TrimSpace(qs.sents[q.open.k].Norm[:q.open.off]) == "" {
		sp = qs.last // a quotation standing alone goes on from the last speaker
	}
	qs.last, qs.lastK, qs.lastSeen = sp, q.close.k, true
	return sp
}

// bounds returns the text of sentence k between the previous and next quotations of n.
func (qs *quoteSpeakers) neighbours(n int) (prevEnd, nextStart int) {
	q := qs.segs[qs.order[n]]
	prevEnd = 0
	nextStart = len(qs.sents[q.close.k].Norm)
	if n > 0 {
		p := qs.segs[qs.order[n-1]]
		if p.close.k == q.open.k && p.close.off < q.open.off {
			prevEnd = p.close.off + 1
		}
	}
	if n+1 < len(qs.order) {
		nx := qs.segs[qs.order[n+1]]
		if nx.open.k == q.close.k && nx.open.off > q.close.off {
			nextStart = nx.open.off
		}
	}
	return
}

// fromTail reads the attribution after the closing mark.
func (qs *quoteSpeakers) fromTail(n int) string {
	q := qs.segs[qs.order[n]]
	s := qs.sents[q.close.k].Norm
	_, nextStart := qs.neighbours(n)
	from := min(q.close.off+1, len(s))
	if nextStart < from {
		return ""
	}
	at := attributionAfter(s[from:nextStart])
	if !at.found {
		return ""
	}
	return qs.resolve(q.close.k, from+at.start, from+at.end, from)
}

// fromHead reads the attribution before the opening mark.
func (qs *quoteSpeakers) fromHead(n int) string {
	q := qs.segs[qs.order[n]]
	s := qs.sents[q.open.k].Norm
	prevEnd, _ := qs.neighbours(n)
	if prevEnd > q.open.off {
		return ""
	}
	head := s[prevEnd:q.open.off]
	at := attributionBefore(head)
	if at.found && !at.participle {
		return qs.resolve(q.open.k, prevEnd+at.start, prevEnd+at.end, 0)
	}
	// "X condemned it, saying ..." and partial quotes: the clause's subject speaks.
	ts := attrTokens(head)
	for k, t := range ts {
		if k > 6 {
			break
		}
		if t.word && (t.low == "he" || t.low == "she" || t.low == "they") {
			return qs.resolve(q.open.k, prevEnd+t.start, prevEnd+t.end, 0)
		}
	}
	for _, m := range qs.ents.mentionsIn(qs.sents[q.open.k].Index) {
		if m.end > q.open.off || len(attrTokens(s[:m.from])) > 6 {
			break
		}
		if qs.inQuote(q.open.k, m.start) {
			continue
		}
		if name, kind := qs.ents.nameOf(m); kind == kindPerson {
			return name
		}
	}
	if at.participle && n > 0 && qs.last != "" && qs.lastK == q.open.k {
		return qs.last
	}
	return ""
}

// resolve turns a speaker phrase at [i, j) of sentence k into a name: a pronoun
// to its person, a phrase ending in a name to the canonical name, else the phrase.
func (qs *quoteSpeakers) resolve(k, i, j, lo int) string {
	s := qs.sents[k].Norm
	np := strings.TrimSpace(s[i:j])
	low := strings.ToLower(np)
	switch low {
	case "he", "she":
		if n := qs.pronoun(k, i, lo, low); n != "" {
			return n
		}
		return low
	case "they", "we":
		if qs.lastSeen && qs.last != "" && k-qs.lastK <= 2 && !qs.isPerson(qs.last) {
			return qs.last
		}
		return low
	}
	var found string
	for _, m := range qs.ents.mentionsIn(qs.sents[k].Index) {
		if m.start >= i && m.end <= j && m.end >= j-1 {
			found, _ = qs.ents.nameOf(m)
		}
	}
	if found != "" {
		return found
	}
	return speakerPhrase(np)
}

// pronoun resolves he/she to the nearest person outside quotations: earlier in
// sentence k (from lo), else the last quotation's speaker or the subject of the
// sentences before.
func (qs *quoteSpeakers) pronoun(k, off, lo int, pron string) string {
	inQuote := qs.inQuote
	for _, m := range qs.ents.mentionsIn(qs.sents[k].Index) {
		if m.start >= off {
			break
		}
		if m.start < lo || inQuote(k, m.start) {
			continue
		}
		if name, kind := qs.ents.nameOf(m); kind == kindPerson && qs.ents.genderFits(m, pron) {
			return name
		}
	}
	for kk := k - 1; kk >= 0 && kk >= k-3; kk-- {
		if qs.lastSeen && qs.lastK == kk && qs.last != "" && qs.isPerson(qs.last) {
			return qs.last
		}
		for _, m := range qs.ents.mentionsIn(qs.sents[kk].Index) {
			if inQuote(kk, m.start) {
				continue
			}
			if name, kind := qs.ents.nameOf(m); kind == kindPerson && qs.ents.genderFits(m, pron) {
				return name
			}
		}
	}
	return ""
}

// isPerson reports whether a canonical name is a person of the document.
func (qs *quoteSpeakers) isPerson(name string) bool {
	if qs.ents == nil {
		return false
	}
	for _, en := range qs.ents.ents {
		if en.alias < 0 && en.name == name {
			return en.kind == kindPerson
		}
	}
	return false
}

// genderFits reports whether a mention's person can be referred to by pron.
func (e *EntitySet) genderFits(m mention, pron string) bool {
	g := e.ents[e.root(m.ent)].gender
	switch pron {
	case "he":
		return g != 'f'
	case "she":
		return g != 'm'
	}
	return true
}

// inQuote reports whether byte off of sentence k lies inside a quotation.
func (qs *quoteSpeakers) inQuote(k, off int) bool {
	p := qpos{k, off}
	for _, id := range qs.order {
		q := qs.segs[id]
		if q.open.less(p) && p.less(q.close) {
			return true
		}
	}
	return false
}

// coveredBy returns a test of whether a position lies strictly inside one of segs.
// It sorts the segments by opening and keeps the furthest close so far, so each test
// is a binary search: checking every segment per mark is quadratic in a page of quotes.
func coveredBy(segs []qseg) func(qpos) bool {
	sorted := append([]qseg(nil), segs...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a].open.less(sorted[b].open) })
	reach := make([]qpos, len(sorted)) // reach[i]: the furthest close of sorted[:i+1]
	for i, q := range sorted {
		reach[i] = q.close
		if i > 0 && q.close.less(reach[i-1]) {
			reach[i] = reach[i-1]
		}
	}
	return func(p qpos) bool {
		n := sort.Search(len(sorted), func(i int) bool { return !sorted[i].open.less(p) })
		return n > 0 && p.less(reach[n-1])
	}
}

// notNested marks the segments that do not lie strictly inside another, in
// O(n log n): a segment is nested when one opened before it closes after it.
func notNested(segs []qseg) []bool {
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return segs[order[a]].open.less(segs[order[b]].open) })
	keep := make([]bool, len(segs))
	var reach qpos
	have := false
	for x := 0; x < len(order); {
		// Segments opening at the same position do not nest in each other.
		y := x
		for y < len(order) && segs[order[y]].open == segs[order[x]].open {
			y++
		}
		for _, i := range order[x:y] {
			keep[i] = !have || !segs[i].close.less(reach)
		}
		for _, i := range order[x:y] {
			if !have || reach.less(segs[i].close) {
				reach, have = segs[i].close, true
			}
		}
		x = y
	}
	return keep
}
