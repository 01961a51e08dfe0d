package compare

//go:generate go run ../internal/pairfit -write -out pairmodel_fit.go ../../shared/eval/web ../../shared/eval/real ../../shared/eval/cases ../testdata/cases

import (
	"math"

	"github.com/claimdiff/claimdiff/claims"
)

// PairFeatureNames lists, in order, what the value alignment model reads of
// two typed claims of different reports. None of them looks at whether the two
// figures are equal: the model says whether two figures state the same fact,
// and the verdict rules then say whether they agree. A model that learnt "equal
// figures are one fact" would never see a changed figure as a contradiction.
var PairFeatureNames = [...]string{
	"bias",
	"slot",           // IDF-weighted overlap of the words around the two values
	"context",        // similarity of the two sentences
	"slot×context",   // both at once
	"same-noun",      // both name what they count, and it is the same thing
	"other-noun",     // both name what they count, and it differs
	"rarity",         // 1 / the most figures of this type either report holds
	"same-entity",    // the sentences name a person or place in common
	"other-entity",   // both name some, and none in common
	"same-anchor",    // the figure is about the same named thing
	"other-anchor",   // the figures are about different named things
	"lead",           // both stand in their report's lead
	"far-apart",      // the figures differ by more than a factor of ten
	"partitive",      // one counts part of a group ("three of the dead"), the other not
	"bare-number",    // a count that names nothing it counts
	"date",           // a date or time of day
	"grain-mismatch", // a year against a weekday: two facts
	"other-person",   // dates beside the ages of two different people
	"relative-date",  // a coarse date resolved from a relative expression
	"vague",          // "dozens", "hundreds"
	"age-unanchored", // an age not next to any name
	"money",          // an amount of money
	"age",            // an age
	"magnitude",      // a quake's magnitude: reports of one quake give one
	"same-outcome",   // both count people by the same outcome (killed, injured, missing ...)
	"other-outcome",  // both count people by an outcome, and they differ
}

// nPairFeatures is the length of a pair's feature vector.
const nPairFeatures = len(PairFeatureNames)

// PairModel is a logistic model of whether two typed claims of different
// reports state the same fact, with the thresholds that act on its probability.
type PairModel struct {
	// Weights has one weight per entry of PairFeatureNames.
	Weights []float64 `json:"weights"`
	// AgreeWeights scores pairs whose figures agree: the same features and, last,
	// whether the figures are exactly equal; it gives an agreement's confidence.
	AgreeWeights []float64 `json:"agree_weights"`
	// Join is the probability at which two figures join one group.
	Join float64 `json:"join"`
	// Support is the mean link two groups need to merge, so a chain of weak links cannot glue unrelated figures.
	Support float64 `json:"support"`
	// Conflict is the probability above which two differing figures are reported as a certain discrepancy.
	Conflict float64 `json:"conflict"`
}

// Logistic is the logistic function of the weighted sum of features f with weights w.
func Logistic(w, f []float64) float64 {
	z := 0.0
	for i, x := range f {
		if i < len(w) {
			z += w[i] * x
		}
	}
	return 1 / (1 + math.Exp(-z))
}

// prob is the model's probability that a feature vector describes one fact.
func (pm *PairModel) prob(f []float64) float64 { return Logistic(pm.Weights, f) }

// AgreeFeatures extends a pair's features with what only agreeing figures
// have: whether they are exactly equal.
func AgreeFeatures(f []float64, exact bool) []float64 {
	g := append(append([]float64(nil), f...), 0)
	if exact {
		g[len(f)] = 1
	}
	return g
}

// sameFact is the pair model's probability that two typed claims state one fact, remembered per pair.
func (m *model) sameFact(a, b vitem) float64 {
	k := [2]*claims.Claim{a.c, b.c}
	if a.u.src > b.u.src {
		k = [2]*claims.Claim{b.c, a.c}
	}
	if s, ok := m.pairMemo[k]; ok {
		return s
	}
	s := m.pm.prob(m.pairFeatures(a, b))
	m.pairMemo[k] = s
	return s
}

// agreeScore is the agreement model's probability that two agreeing figures state one fact.
func (m *model) agreeScore(a, b vitem) float64 {
	return Logistic(m.pm.AgreeWeights, AgreeFeatures(m.pairFeatures(a, b), equalValue(a.c.Value, b.c.Value)))
}

// model returns the pair model of the options: the fitted default unless a caller set one.
func (o Options) model() *PairModel {
	if o.PairModel != nil {
		return o.PairModel
	}
	return &defaultPairModel
}

// pairFeatures describes two typed claims for the pair model.
func (m *model) pairFeatures(a, b vitem) []float64 {
	f := make([]float64, nPairFeatures)
	b2f := func(x bool) float64 {
		if x {
			return 1
		}
		return 0
	}
	slot := m.dice(a.c.Slot, b.c.Slot)
	ctx := m.unitSim(a.u, b.u)
	va, vb := a.c.Value, b.c.Value
	t := va.Type
	f[0] = 1
	f[1] = slot
	f[2] = ctx
	f[3] = slot * ctx
	if oa, ob := va.Of, vb.Of; oa != "" && ob != "" {
		same := sameNoun(oa, ob)
		f[4], f[5] = b2f(same), b2f(!same)
	}
	if n := math.Max(float64(m.counts[a.u.src][t]), float64(m.counts[b.u.src][t])); n > 0 {
		f[6] = 1 / n
	}
	switch e := entityFit(a.u, b.u); {
	case e > 0:
		f[7] = 1
	case e < 0:
		f[8] = 1
	}
	switch x := anchorFit(a, b); {
	case x > 0:
		f[9] = 1
	case x < 0:
		f[10] = 1
	}
	f[11] = b2f(a.u.rank < leadSentences && b.u.rank < leadSentences)
	f[12] = b2f(farApart(va, vb))
	f[13] = b2f(partitive(a) != partitive(b))
	f[14] = b2f(t == "number" && (va.Of == "" || vb.Of == ""))
	dated := t == "date" || t == "time"
	f[15] = b2f(dated)
	f[16] = b2f(dated && grainClass(va.Grain) != grainClass(vb.Grain))
	f[17] = b2f(dated && otherPerson(a.u, b.u))
	f[18] = b2f(dated && (relativeDate(a.c) || relativeDate(b.c)) && coarse(va, vb))
	f[19] = b2f(vague(va) || vague(vb))
	f[20] = b2f(t == "age" && (a.anchor == "" || b.anchor == ""))
	f[21] = b2f(t == "money")
	f[22] = b2f(t == "age")
	f[23] = b2f(t == "magnitude" && !background(a.u) && !background(b.u))
	switch measureFit(a.c, b.c) {
	case 1:
		f[24] = 1
	case -1:
		f[25] = 1
	}
	return f
}

// PairSample is one scored pair of typed claims, for fitting the pair model.
type PairSample struct {
	// A and B are the two claims.
	A, B *claims.Claim
	// Features are the pair's features, in the order of PairFeatureNames.
	Features []float64
	// Agree says whether the value rule finds the two figures in agreement, and Exact whether they are equal.
	Agree, Exact bool
}

// ValuePairs lists every candidate pair of typed claims that value alignment
// scores, with its features; internal/pairfit fits the pair model on them.
func ValuePairs(as []*Analysis) []PairSample {
	m := buildModel(as)
	m.dup = duplicates(as)
	cands := m.candidates(0.05)
	m.rememberAll(cands)
	m.pm = &defaultPairModel
	items := m.valueItems()
	var out []PairSample
	for _, e := range m.valuePairs(items, unitItems(items), cands) {
		a, b := items[e[0]], items[e[1]]
		ok, _ := valueRule(a.c.Kind, a.c.Value, b.c.Value, Options{})
		out = append(out, PairSample{A: a.c, B: b.c, Features: m.pairFeatures(a, b), Agree: ok, Exact: equalValue(a.c.Value, b.c.Value)})
	}
	return out
}

// DefaultMinConfidence is the confidence below which the command line leaves a
// finding out unless asked (--min-confidence 0 shows all): a discrepancy's
// confidence is the pair model's probability that its figures state one fact,
// so the default shows conflicts more likely real than not.
const DefaultMinConfidence = 0.5
