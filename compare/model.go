package compare

import (
	"math"
	"sort"
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
	vec    map[string]float64
	norm   float64
	wsum   float64         // total feature weight, for the overlap coefficient
	neg    map[string]bool // negated verbs, computed once (see negated)
	deg    map[string]int  // graded words, computed once (see graded)
	rank   int             // position among its report's kept sentences
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
	// every pair of two sentences' figures is scored.
	sims map[[2]*unit]float64
	// pm is the value alignment model, and pairMemo its probabilities per pair of claims.
	pm       *PairModel
	pairMemo map[[2]*claims.Claim]float64
}

// unitSim is sim, remembered per pair of sentences.
func (m *model) unitSim(a, b *unit) float64 {
	k := key(a, b)
	if s, ok := m.sims[k]; ok {
		return s
	}
	s := sim(a, b)
	m.sims[k] = s
	return s
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
	m := &model{as: as, units: make([][]*unit, len(as)), bySent: make([]map[int]*unit, len(as)), idf: map[string]float64{}, sims: map[[2]*unit]float64{}, pairMemo: map[[2]*claims.Claim]float64{}}
	df := map[string]int{}
	n := 0
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
			u.terms = unitFeatures(u)
			n++
			for _, t := range u.terms {
				df[t]++
			}
		}
	}
	for t, d := range df {
		m.idf[t] = math.Log(float64(n+1)/float64(d)) + 0.5
	}
	for _, us := range m.units {
		for _, u := range us {
			u.vec = map[string]float64{}
			for _, t := range u.terms {
				w := m.idf[t]
				if strings.HasPrefix(t, entityPrefix) {
					w *= 1.3
				}
				if strings.HasPrefix(t, conceptPrefix) {
					w *= conceptWeight
				}
				u.vec[t] += w
			}
			// Sum in the fixed order of u.terms: float sums in map order differ in
			// the last bits from run to run, and exact ties would break differently.
			for _, t := range u.terms {
				w := u.vec[t]
				u.norm += w * w
				u.wsum += w
			}
			u.norm = math.Sqrt(u.norm)
		}
	}
	m.counts = typeCount(m)
	return m
}

// unitFeatures lists a unit's lemmas, entity keys and value tokens.
func unitFeatures(u *unit) []string {
	seen := map[string]bool{}
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
		// WordNet concepts let paraphrases meet ("fled"/"escaped", "blaze"/"fire").
		for _, t := range u.stmt.Terms {
			for _, c := range claims.Concepts(t) {
				add(conceptPrefix + strconv.FormatUint(uint64(c), 36))
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
	if len(a.vec) > len(b.vec) {
		a, b = b, a
	}
	dot := 0.0
	for _, t := range a.terms {
		dot += a.vec[t] * b.vec[t]
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
	var out []string
	for _, t := range a.terms {
		if _, ok := b.vec[t]; ok && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, conceptPrefix) {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if m.idf[out[i]] != m.idf[out[j]] {
			return m.idf[out[i]] > m.idf[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > max {
		out = out[:max]
	}
	for i, t := range out {
		out[i] = strings.TrimPrefix(t, entityPrefix)
	}
	return out
}

// pair is a scored candidate link between two units of different reports.
type pair struct {
	a, b  *unit
	score float64
}

// candidates returns unit pairs across reports whose cosine reaches min, found
// through an inverted index so the cost follows the number of related pairs.
func (m *model) candidates(min float64) []pair {
	// Postings carry their weight and scores accumulate in dense slices indexed
	// by unit, so the inner loop does no map look-ups; terms are visited in the
	// fixed order of u.terms, so float sums (and the ties they decide) are the
	// same on every run.
	type posting struct {
		id int
		w  float64
	}
	var all []*unit
	for _, us := range m.units {
		all = append(all, us...)
	}
	post := map[string][]posting{}
	for i, u := range all {
		for _, t := range u.terms {
			post[t] = append(post[t], posting{i, u.vec[t]})
		}
	}
	// Terms too common to walk get a dense weight column per unit, so adding
	// them to a touched pair's score is an index, not a map look-up; past a
	// memory budget (pathological input) the map look-up is kept.
	dense := map[string][]float64{}
	for t, ps := range post {
		if len(ps) > maxPosting && (len(dense)+1)*len(all) <= denseBudget {
			col := make([]float64, len(all))
			for _, p := range ps {
				col[p.id] = p.w
			}
			dense[t] = col
		}
	}
	dot := make([]float64, len(all))
	shr := make([]float64, len(all))
	var touched []int
	var out []pair
	var common []string
	var cols [][]float64
	for _, u := range all {
		common = common[:0]
		cols = cols[:0]
		for _, t := range u.terms {
			if len(post[t]) > maxPosting {
				cols = append(cols, dense[t]) // nil when not dense
				common = append(common, t)
				continue
			}
			w := u.vec[t]
			for _, p := range post[t] {
				v := all[p.id]
				if v.src <= u.src {
					continue
				}
				if dot[p.id] == 0 && shr[p.id] == 0 {
					touched = append(touched, p.id)
				}
				dot[p.id] += w * p.w
				shr[p.id] += math.Min(w, p.w)
			}
		}
		var mine []pair
		for _, j := range touched {
			// The common terms skipped above still count in the score; adding them
			// here costs one look-up per common term, not a whole new similarity.
			for k, t := range common {
				var x float64
				if cols[k] != nil {
					x = cols[k][j]
				} else {
					x = all[j].vec[t]
				}
				if x != 0 {
					w := u.vec[t]
					dot[j] += w * x
					shr[j] += math.Min(w, x)
				}
			}
			if s := similarity(dot[j], shr[j], u, all[j]); s >= min {
				mine = append(mine, pair{u, all[j], s})
			}
			dot[j], shr[j] = 0, 0
		}
		out = append(out, bestPartners(mine)...)
		touched = touched[:0]
	}
	sort.Slice(out, func(i, j int) bool { return pairLess(out[i], out[j]) })
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
	sort.Slice(ps, func(i, j int) bool {
		x, y := ps[i], ps[j]
		if x.b.src != y.b.src {
			return x.b.src < y.b.src
		}
		if x.score != y.score {
			return x.score > y.score
		}
		dx, dy := abs(x.b.sent-x.a.sent), abs(y.b.sent-y.a.sent)
		if dx != dy {
			return dx < dy
		}
		return x.b.sent < y.b.sent
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
	if len(a.vec) > len(b.vec) {
		a, b = b, a
	}
	dot, shared := 0.0, 0.0
	for _, t := range a.terms {
		w := a.vec[t]
		if v, ok := b.vec[t]; ok {
			dot += w * v
			shared += math.Min(w, v)
		}
	}
	return similarity(dot, shared, a, b)
}
