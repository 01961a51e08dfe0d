package compare

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// unit is one kept sentence of one report with the claims it carries.
type unit struct {
	src    int // index of the report
	sent   int // sentence index in the report
	stmt   *claims.Claim
	typed  []*claims.Claim // value claims (numbers, dates, ...)
	quotes []*claims.Claim
	roles  []*claims.Claim
	terms  []string
	id     int       // index among all units of the comparison, in report and text order
	tids   []int32   // term ids of terms, in the same order
	ws     []float64 // weights of terms, in the same order
	byID   []int32   // term ids sorted, for look-ups by binary search
	byW    []float64 // weights in the order of byID
	norm   float64
	wsum   float64         // total feature weight, for the overlap coefficient
	neg    map[string]bool // negated verbs, computed once (see negated)
	deg    map[string]int  // graded words, computed once (see graded)
	rank   int             // position among its report's kept sentences
	// reading is the statement's negation reading, read on first use: statement
	// alignment asks for it once per candidate pair, and one sentence sits in
	// about one pair per other report.
	reading *negReading
}

// has reports whether the unit carries the feature.
func (m *model) has(u *unit, feature string) bool {
	id, ok := m.tid[feature]
	if !ok {
		return false
	}
	_, ok = u.weight(id)
	return ok
}

// negation returns the negation reading of the unit's statement, read once.
func (u *unit) negation() negReading {
	if u.reading == nil {
		r := readNegation(u.stmt.Sentence)
		u.reading = &r
	}
	return *u.reading
}

// model holds every report's units and the term weights of this comparison.
type model struct {
	as     []*Analysis
	units  [][]*unit // per report, in text order
	bySent []map[int]*unit
	idf    map[string]float64
	dup    []int // index of the report this one duplicates, or -1
	// counts holds the typed claims per report and value type, for the rarity bonus.
	counts []map[string]int
	// sims remembers sentence similarities asked for again and again while
	// every pair of two sentences' figures is scored, keyed by simKey: those of
	// the candidate pairs in known, sorted by key (16 bytes a pair, where a map
	// took about 42: it is the largest structure of a large event), any other
	// asked for in the map, which is read first.
	sims  map[uint64]float64
	known []simEntry
	all   []*unit // every unit, indexed by unit.id
	tid   map[string]int32
	idfs  []float64 // idf by term id
	// scored counts the unit pairs candidates computed a similarity for, so tests can
	// check the work follows the pairs that share a term rather than all pairs.
	scored int
	// jobs is how many goroutines score candidate pairs (0: one per core).
	jobs int
	// pm is the value alignment model, and pairMemo its probabilities per pair of claims.
	pm       *PairModel
	pairMemo map[[2]*claims.Claim]float64
	// sole remembers whether a figure is its report's only one of a kind (see solememo.go).
	sole map[soleKey]bool
	// soft links terms near in meaning, for soft matches (see soft.go).
	soft softIndex
	// concepts holds the feature name of every WordNet concept some unit carries;
	// a concept missing from it is a feature of no unit.
	concepts map[uint32]string
}

// simEntry is one remembered similarity.
type simEntry struct {
	key uint64
	sim float64
}

// unitSim is sim, remembered per pair of sentences.
func (m *model) unitSim(a, b *unit) float64 {
	k := simKey(a, b)
	if s, ok := m.sims[k]; ok {
		return s
	}
	if i, ok := slices.BinarySearchFunc(m.known, k, func(e simEntry, k uint64) int { return cmp.Compare(e.key, k) }); ok {
		return m.known[i].sim
	}
	s := sim(a, b)
	m.sims[k] = s
	return s
}

// rememberAll stores the similarities candidates computed, for unitSim. The first
// call fills the sorted table (a later pair of the same key wins, as in a map);
// later calls go to the map, which overrides the table.
func (m *model) rememberAll(ps []pair) {
	if len(m.known) > 0 || len(m.sims) > 0 {
		for _, p := range ps {
			m.sims[simKey(p.a, p.b)] = p.score
		}
		return
	}
	known := make([]simEntry, len(ps))
	for i, p := range ps {
		known[i] = simEntry{simKey(p.a, p.b), p.score}
	}
	slices.SortStableFunc(known, func(x, y simEntry) int { return cmp.Compare(x.key, y.key) })
	out := known[:0]
	for i, e := range known {
		if i+1 < len(known) && known[i+1].key == e.key {
			continue // the later pair of one key wins
		}
		out = append(out, e)
	}
	m.known = slices.Clip(out)
}

// simKey names an unordered pair of units by their ids, in the order key uses.
func simKey(a, b *unit) uint64 {
	if a.src > b.src || (a.src == b.src && a.sent > b.sent) {
		a, b = b, a
	}
	return uint64(a.id)<<32 | uint64(uint32(b.id))
}

// weight returns the unit's weight of a term id, found by binary search.
func (u *unit) weight(t int32) (float64, bool) {
	lo, hi := 0, len(u.byID)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if u.byID[h] < t {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(u.byID) && u.byID[lo] == t {
		return u.byW[lo], true
	}
	return 0, false
}

// Feature prefixes keep entities and concepts apart from lemmas in term vectors.
const (
	entityPrefix  = "@"
	conceptPrefix = "~"
)

// conceptWeight scales concept features: a shared sense is weaker evidence than a shared word.
const conceptWeight = 0.25

// buildModel groups claims into sentence units and weights terms by inverse
// document frequency over all kept sentences of all reports.
func buildModel(as []*Analysis) *model {
	m := &model{as: as, units: make([][]*unit, len(as)), bySent: make([]map[int]*unit, len(as)), sims: map[uint64]float64{}, tid: map[string]int32{}, pairMemo: map[[2]*claims.Claim]float64{}}
	var df []int // by term id
	concepts := map[uint32]string{}
	m.concepts = concepts
	seen := map[string]bool{} // unitFeatures' scratch set, reused for every unit
	n := 0
	forms := collectForms(as)
	for i, a := range as {
		m.bySent[i] = map[int]*unit{}
		for k := range a.Claims {
			c := &a.Claims[k]
			u := m.bySent[i][c.SentenceIndex]
			if u == nil {
				u = &unit{src: i, sent: c.SentenceIndex}
				m.bySent[i][c.SentenceIndex] = u
				m.units[i] = append(m.units[i], u)
			}
			switch c.Kind {
			case claims.KindStatement:
				if u.stmt == nil {
					u.stmt = c
				}
			case claims.KindQuote:
				u.quotes = append(u.quotes, c)
			case claims.KindRole:
				u.roles = append(u.roles, c)
			default:
				if c.Value != nil {
					u.typed = append(u.typed, c)
				}
			}
		}
		for r, u := range m.units[i] {
			u.rank = r
			u.terms = unitFeatures(u, concepts, seen, forms)
			u.id = len(m.all)
			m.all = append(m.all, u)
			n++
			u.tids = make([]int32, len(u.terms))
			for k, t := range u.terms {
				id, ok := m.tid[t]
				if !ok {
					id = int32(len(df))
					m.tid[t] = id
					df = append(df, 0)
				}
				df[id]++
				u.tids[k] = id
			}
		}
	}
	m.idfs = make([]float64, len(df))
	m.idf = make(map[string]float64, len(df))
	for t, id := range m.tid {
		v := math.Log(float64(n+1)/float64(df[id])) + 0.5
		m.idfs[id] = v
		m.idf[t] = v
	}
	for _, us := range m.units {
		for _, u := range us {
			// A unit's terms are distinct, so each weight is its term's alone. Sum in
			// the fixed order of u.terms: float sums in map order differ in the last
			// bits from run to run, and exact ties would break differently. Weights
			// are looked up by term id (weight), not kept in a map per unit.
			u.ws = make([]float64, len(u.terms))
			for k, t := range u.terms {
				w := m.idfs[u.tids[k]]
				if strings.HasPrefix(t, entityPrefix) {
					w *= 1.3
				}
				if strings.HasPrefix(t, conceptPrefix) {
					w *= conceptWeight
				}
				u.ws[k] = w
				u.norm += w * w
				u.wsum += w
			}
			u.norm = math.Sqrt(u.norm)
			u.byID = slices.Clone(u.tids)
			slices.Sort(u.byID)
			u.byW = make([]float64, len(u.byID))
			for k, t := range u.tids {
				i, _ := slices.BinarySearch(u.byID, t)
				u.byW[i] = u.ws[k]
			}
		}
	}
	m.soft = buildSoft(m)
	m.counts = typeCount(m)
	return m
}

// unitFeatures lists a unit's lemmas, entity keys and value tokens; concepts caches the
// feature names of WordNet concepts, formatted once per comparison. seen is scratch space
// for the features listed so far, emptied here: one set grown once serves every unit.
func unitFeatures(u *unit, concepts map[uint32]string, seen map[string]bool, forms wordForms) []string {
	clear(seen)
	var out []string
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	if u.stmt != nil {
		for _, t := range u.stmt.Terms {
			add(t)
		}
		// Other spellings of its words that other sentences use (see wordforms.go).
		for _, t := range forms.extra(u.stmt) {
			add(t)
		}
		// WordNet concepts let paraphrases meet ("fled"/"escaped", "blaze"/"fire").
		for _, t := range u.stmt.Terms {
			for _, c := range claims.Concepts(t) {
				name, ok := concepts[c]
				if !ok {
					name = conceptPrefix + strconv.FormatUint(uint64(c), 36)
					concepts[c] = name
				}
				add(name)
			}
		}
		for _, e := range u.stmt.Entities {
			add(entityPrefix + claims.EntityKey(e))
			// Initials let "United Arab Emirates" meet "UAE".
			if ini := initials(e); ini != "" {
				add(ini)
			}
		}
	}
	for _, c := range u.typed {
		add("#" + valueToken(c.Value))
	}
	return out
}

// initials returns the lower-case initials of a multi-word capitalised name ("uae").
func initials(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range ws {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0] + 'a' - 'A')
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}

// valueToken names a value coarsely so equal figures in different words match ("ten" and "10").
func valueToken(v *claims.Value) string {
	s := v.Type + ":"
	if v.Min != nil {
		s += trimFloat(*v.Min)
	}
	if v.Start != "" {
		s += v.Start
	}
	return s + v.Unit
}

// cosine is the weighted cosine similarity of two units.
func cosine(a, b *unit) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.tids) > len(b.tids) {
		a, b = b, a
	}
	dot := 0.0
	for k, t := range a.tids {
		if v, ok := b.weight(t); ok {
			dot += a.ws[k] * v
		}
	}
	return dot / (a.norm * b.norm)
}

// similarity blends cosine with the weighted overlap coefficient: news
// sentences pack several facts, so a short paraphrase of one clause of a long
// sentence must still score; cosine alone dilutes it.
func similarity(dot, shared float64, a, b *unit) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	cos := dot / (a.norm * b.norm)
	ov := shared / math.Min(a.wsum, b.wsum)
	return (1-overlapWeight)*cos + overlapWeight*ov
}

// overlapWeight is the share of the overlap coefficient in sentence similarity.
const overlapWeight = 0.5

// shared lists the features two units share, heaviest first, for explanations.
func (m *model) shared(a, b *unit, max int) []string {
	type term struct {
		t   string
		idf float64
	}
	var both []term
	for k, t := range a.terms {
		if _, ok := b.weight(a.tids[k]); ok && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, conceptPrefix) {
			both = append(both, term{t, m.idfs[a.tids[k]]})
		}
	}
	slices.SortFunc(both, func(x, y term) int {
		if x.idf != y.idf {
			return cmp.Compare(y.idf, x.idf)
		}
		return strings.Compare(x.t, y.t)
	})
	if len(both) > max {
		both = both[:max]
	}
	var out []string
	for _, t := range both {
		out = append(out, strings.TrimPrefix(t.t, entityPrefix))
	}
	return out
}

// sharesPlain reports whether two units share at least n features that shared
// would list (neither value tokens nor concepts), without building the list.
func (m *model) sharesPlain(a, b *unit, n int) bool {
	c := 0
	for k, t := range a.terms {
		if strings.HasPrefix(t, "#") || strings.HasPrefix(t, conceptPrefix) {
			continue
		}
		if _, ok := b.weight(a.tids[k]); ok {
			if c++; c >= n {
				return true
			}
		}
	}
	return false
}

// pair is a scored candidate link between two units of different reports.
type pair struct {
	a, b  *unit
	score float64
	// exact is score without soft term matches (equal to it when none count).
	exact float64
}

// candidates returns unit pairs across reports whose cosine reaches min, found
// through an inverted index so the cost follows the number of related pairs.
func (m *model) candidates(min float64) []pair {
	exact, _ := m.candidatesWith(min, softIndex{})
	return exact
}

// candidatesWith returns candidates and, from the same pass, the pairs whose similarity
// with the soft term matches of soft counted too reaches min (nil when soft links nothing).
func (m *model) candidatesWith(min float64, soft softIndex) (exact, withSoft []pair) {
	// Postings carry their weight and scores accumulate in dense slices indexed
	// by unit, so the inner loop does no map look-ups; terms are visited in the
	// fixed order of u.terms, so float sums (and the ties they decide) are the
	// same on every run.
	type posting struct {
		id int
		w  float64
	}
	all := m.all
	post := make([][]posting, len(m.tid))
	for i, u := range all {
		for k, t := range u.tids {
			post[t] = append(post[t], posting{i, u.ws[k]})
		}
	}
	// Terms too common to walk get a dense weight column per unit, so adding
	// them to a touched pair's score is an index, not a look-up; past a
	// memory budget (pathological input) the look-up is kept.
	dense := make([][]float64, len(m.tid))
	ndense := 0
	for t, ps := range post {
		if len(ps) > maxPosting && (ndense+1)*len(all) <= denseBudget {
			col := make([]float64, len(all))
			for _, p := range ps {
				col[p.id] = p.w
			}
			dense[t] = col
			ndense++
		}
	}
	// Units are scored in blocks on every core; each worker has its own score
	// columns, and blocks are joined in unit order, so the result is the same on
	// any number of cores.
	const block = 32
	nb := (len(all) + block - 1) / block
	outs := make([][]pair, nb)
	softOuts := make([][]pair, nb)
	scored := make([]int, nb)
	forEachWorker(nb, m.jobs, func() func(int) {
		dot := make([]float64, len(all))
		shr := make([]float64, len(all))
		softHit := make([]bool, len(all))
		softOnly := make([]bool, len(all)) // touched through near words alone
		var mineSoft []pair
		var touched []int
		var common []int32 // term ids
		var commonW []float64
		var cols [][]float64
		var mine []pair
		sc := newSoftScorer(soft, len(m.tid))
		return func(b int) {
			hi := (b + 1) * block
			if hi > len(all) {
				hi = len(all)
			}
			for _, u := range all[b*block : hi] {
				common, commonW, cols = common[:0], commonW[:0], cols[:0]
				for k, t := range u.tids {
					w := u.ws[k]
					if len(post[t]) > maxPosting {
						cols = append(cols, dense[t]) // nil when not dense
						common = append(common, t)
						commonW = append(commonW, w)
						continue
					}
					for _, p := range post[t] {
						if all[p.id].src <= u.src {
							continue
						}
						if dot[p.id] == 0 && shr[p.id] == 0 {
							touched = append(touched, p.id)
						}
						dot[p.id] += w * p.w
						shr[p.id] += math.Min(w, p.w)
					}
				}
				scored[b] += len(touched)
				linked := soft.linked(u)
				if linked { // sentences that share only near words are candidates too
					sc.reset(u)
					for _, t := range u.tids {
						for _, l := range soft.links(t) {
							if len(post[l.t]) > maxPosting {
								continue
							}
							for _, p := range post[l.t] {
								if all[p.id].src <= u.src || softHit[p.id] {
									continue
								}
								if dot[p.id] == 0 && shr[p.id] == 0 {
									touched = append(touched, p.id)
									softOnly[p.id] = true
								}
								softHit[p.id] = true
							}
						}
					}
				}
				mine, mineSoft = mine[:0], mineSoft[:0]
				for _, j := range touched {
					// The common terms skipped above still count in the score; adding them
					// here costs one look-up per common term, not a whole new similarity.
					for k, t := range common {
						var x float64
						if cols[k] != nil {
							x = cols[k][j]
						} else {
							x, _ = all[j].weight(t)
						}
						if x != 0 {
							w := commonW[k]
							dot[j] += w * x
							shr[j] += math.Min(w, x)
						}
					}
					ex := similarity(dot[j], shr[j], u, all[j])
					if ex >= min && !softOnly[j] {
						mine = append(mine, pair{u, all[j], ex, ex})
					}
					if linked {
						d, sh := sc.part(all[j])
						if s := similarity(dot[j]+d, shr[j]+sh, u, all[j]); s >= min {
							mineSoft = append(mineSoft, pair{u, all[j], s, ex})
						}
					} else if ex >= min && len(soft.ls) > 0 {
						mineSoft = append(mineSoft, pair{u, all[j], ex, ex})
					}
					dot[j], shr[j], softHit[j], softOnly[j] = 0, 0, false, false
				}
				outs[b] = append(outs[b], bestPartners(mine)...)
				softOuts[b] = append(softOuts[b], bestPartners(mineSoft)...)
				touched = touched[:0]
			}
		}
	})
	for b := range scored {
		m.scored += scored[b]
	}
	exact = joinPairs(outs)
	if len(soft.ls) > 0 {
		withSoft = joinPairs(softOuts)
	}
	return exact, withSoft
}

// joinPairs concatenates the blocks' pairs and sorts them.
func joinPairs(outs [][]pair) []pair {
	total := 0
	for b := range outs {
		total += len(outs[b])
	}
	out := make([]pair, 0, total)
	for b := range outs {
		out = append(out, outs[b]...)
		outs[b] = nil
	}
	// pairLess is a total order on distinct pairs, so any sort gives these same bytes.
	slices.SortFunc(out, func(x, y pair) int {
		if pairLess(x, y) {
			return -1
		}
		if pairLess(y, x) {
			return 1
		}
		return 0
	})
	return out
}

// maxPosting is the most sentences a term may occur in and still find candidate
// pairs: walking a longer posting list for every sentence makes alignment quadratic
// (a page of one repeated sentence), and so common a term cannot tell sentences apart.
// Real reports stay far below it: a 2,000-word report has about 100 sentences.
const maxPosting = 400

// denseBudget caps the entries of the dense columns of common terms (8 bytes each).
const denseBudget = 8 << 20

// maxPartners is how many candidates one sentence keeps in each other report, the
// most similar first: it bounds the pairs, and the findings built on them, to a
// linear number however alike the sentences are.
const maxPartners = 8

// bestPartners keeps the maxPartners best pairs of one sentence per other report;
// ties go to the partner nearest in sentence order.
func bestPartners(ps []pair) []pair {
	// All pairs share a, so (report, score, distance, sentence) orders them totally.
	slices.SortFunc(ps, func(x, y pair) int {
		if x.b.src != y.b.src {
			return cmp.Compare(x.b.src, y.b.src)
		}
		if x.score != y.score {
			return cmp.Compare(y.score, x.score)
		}
		dx, dy := abs(x.b.sent-x.a.sent), abs(y.b.sent-y.a.sent)
		if dx != dy {
			return cmp.Compare(dx, dy)
		}
		return cmp.Compare(x.b.sent, y.b.sent)
	})
	out := ps[:0]
	n := 0
	for i, p := range ps {
		if i > 0 && p.b.src != ps[i-1].b.src {
			n = 0
		}
		if n < maxPartners {
			out = append(out, p)
		}
		n++
	}
	return out
}

// pairLess orders pairs by descending score, then by position, for deterministic grouping.
func pairLess(x, y pair) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	if x.a.src != y.a.src {
		return x.a.src < y.a.src
	}
	if x.a.sent != y.a.sent {
		return x.a.sent < y.a.sent
	}
	if x.b.src != y.b.src {
		return x.b.src < y.b.src
	}
	return x.b.sent < y.b.sent
}

// sim is the blended sentence similarity of two units (see similarity).
func sim(a, b *unit) float64 {
	if len(a.tids) > len(b.tids) {
		a, b = b, a
	}
	dot, shared := 0.0, 0.0
	for k, t := range a.tids {
		if v, ok := b.weight(t); ok {
			w := a.ws[k]
			dot += w * v
			shared += math.Min(w, v)
		}
	}
	return similarity(dot, shared, a, b)
}
