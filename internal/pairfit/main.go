// Command pairfit fits the value alignment model of package compare (a
// logistic model of whether two typed claims of different reports state the
// same fact) on gold-annotated events, measures it with leave-one-event-out
// cross-validation, and writes the fitted weights to compare/pairmodel_fit.go.
//
// Run it from the repository root with the public evaluation sets beside the
// checkout (go generate ./compare does this):
//
//	go run ./internal/pairfit -write ../shared/eval/web ../shared/eval/real ../shared/eval/cases testdata/cases
//
// Labels come from the gold: two claims state one fact when each lies inside
// its report's evidence of one gold item (agreement or discrepancy). Pairs are
// labelled only where the gold speaks: a claim inside an item's evidence
// against a claim of a report the item also quotes.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/evalscore"
)

// event is one gold case: its loaded reports and the labelled value pairs.
type event struct {
	name, dir string
	gold      *evalscore.Gold
	as        []*compare.Analysis
	samples   []sample
}

// sample is one labelled pair.
type sample struct {
	f     []float64
	g     []float64 // agreement-model features (only when the figures agree)
	y     float64
	agree bool
}

func main() {
	write := flag.Bool("write", false, "write the weights fitted on every event to -out")
	outPath := flag.String("out", "compare/pairmodel_fit.go", "Go file the fitted model is written to")
	mutDir := flag.String("mutate", "", "directory of planted-edit cases (mutate.py make) to measure held out")
	lambda := flag.Float64("lambda", 1, "L2 penalty of the logistic fit")
	join := flag.Float64("join", 0.3, "probability at which two figures join a group")
	support := flag.Float64("support", 0.15, "mean link two groups need to merge")
	conflict := flag.Float64("conflict", 0.9, "probability above which a conflict is certain")
	minConf := flag.Float64("min-confidence", compare.DefaultMinConfidence, "findings below this are left out when scoring")
	flag.Parse()
	var evs []*event
	for _, root := range flag.Args() {
		dirs, _ := filepath.Glob(filepath.Join(root, "*", "gold.json"))
		sort.Strings(dirs)
		for _, g := range dirs {
			ev, err := load(filepath.Dir(g))
			if err != nil {
				fmt.Fprintln(os.Stderr, "pairfit:", err)
				os.Exit(2)
			}
			evs = append(evs, ev)
		}
	}
	if len(evs) < 2 {
		fmt.Fprintln(os.Stderr, "pairfit: need gold events (directories with gold.json) under the given roots")
		os.Exit(2)
	}
	pos, n := 0, 0
	for _, ev := range evs {
		for _, s := range ev.samples {
			n++
			if s.y > 0 {
				pos++
			}
		}
	}
	fmt.Printf("%d events, %d labelled pairs, %d same-fact\n", len(evs), n, pos)

	base := compare.PairModel{Join: *join, Support: *support, Conflict: *conflict}
	minConfidence = *minConf
	// Held-out: each event is scored with weights fitted on all the others.
	folds := map[string]*compare.PairModel{}
	var ll, llN float64
	var scored []scoredPair
	for i, ev := range evs {
		var train []sample
		for j, o := range evs {
			if j != i {
				train = append(train, o.samples...)
			}
		}
		pm := base
		pm.Weights, pm.AgreeWeights = fitBoth(train, *lambda)
		folds[ev.name] = &pm
		for _, s := range ev.samples {
			p := logistic(pm.Weights, s.f)
			ll -= s.y*math.Log(p+1e-9) + (1-s.y)*math.Log(1-p+1e-9)
			llN++
			scored = append(scored, scoredPair{p, s.y})
		}
	}
	fmt.Printf("held-out pair log-loss %.3f, AUC %.3f, calibration: %s\n", ll/llN, auc(scored), calibration(scored))
	var tot evalscore.Totals
	bySet := map[string]*evalscore.Totals{}
	for _, ev := range evs {
		s, err := score(ev, folds[ev.name])
		if err != nil {
			fmt.Fprintln(os.Stderr, "pairfit:", err)
			os.Exit(1)
		}
		tot.Add(s)
		set := filepath.Base(filepath.Dir(ev.dir))
		if bySet[set] == nil {
			bySet[set] = &evalscore.Totals{}
		}
		bySet[set].Add(s)
	}
	for _, k := range sortedSets(bySet) {
		fmt.Printf("held-out %-6s %s\n", k, bySet[k].Summary())
	}
	fmt.Printf("held-out all    %s\n", tot.Summary())
	if *mutDir != "" {
		mutate(*mutDir, folds)
	}
	var all []sample
	for _, ev := range evs {
		all = append(all, ev.samples...)
	}
	pm := base
	pm.Weights, pm.AgreeWeights = fitBoth(all, *lambda)
	for i, name := range compare.PairFeatureNames {
		fmt.Printf("  %-15s %+.2f\n", name, pm.Weights[i])
	}
	if *write {
		if err := writeModel(*outPath, &pm); err != nil {
			fmt.Fprintln(os.Stderr, "pairfit:", err)
			os.Exit(1)
		}
		fmt.Println("wrote", *outPath)
	}
}

func sortedSets(m map[string]*evalscore.Totals) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// load reads one event, analyses its reports and labels its value pairs.
func load(dir string) (*event, error) {
	g, err := evalscore.LoadGold(dir)
	if err != nil {
		return nil, err
	}
	var docs []*claims.Document
	for _, p := range g.Paths(dir) {
		d, err := claims.Load(p, claims.LoadOptions{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	ev := &event{name: evalscore.CaseName(dir), dir: dir, gold: g}
	ev.as = compare.Analyze(docs, compare.Options{})
	srcIndex := map[string]int{}
	for i, a := range ev.as {
		srcIndex[a.Doc.ID] = i
	}
	// For each claim: the gold items whose evidence carries it, and the items'
	// sources, both per item index.
	type sides map[int]string // gold file index -> normalised needle
	items := make([]sides, len(g.Items))
	for k, it := range g.Items {
		if it.Verdict != "agreement" && it.Verdict != "discrepancy" {
			continue
		}
		items[k] = sides{}
		for _, s := range it.Evidence {
			var idx int
			fmt.Sscanf(s.Key, "%d", &idx)
			items[k][idx] = evalscore.Norm(s.Needle)
		}
	}
	in := func(c *claims.Claim, k int) bool {
		n, ok := items[k][srcIndex[c.Source]]
		if !ok || n == "" {
			return false
		}
		return strings.Contains(evalscore.Norm(c.Sentence), n) && strings.Contains(n, evalscore.Norm(c.Text))
	}
	for _, p := range compare.ValuePairs(ev.as) {
		label, known := 0.0, false
		for k := range items {
			if items[k] == nil {
				continue
			}
			ia, ib := in(p.A, k), in(p.B, k)
			_, hasA := items[k][srcIndex[p.A.Source]]
			_, hasB := items[k][srcIndex[p.B.Source]]
			if ia && ib {
				label, known = 1, true
				break
			}
			if (ia && hasB) || (ib && hasA) {
				known = true
			}
		}
		if !known {
			continue
		}
		s := sample{f: p.Features, y: label, agree: p.Agree}
		if p.Agree {
			s.g = compare.AgreeFeatures(p.Features, p.Exact)
		}
		ev.samples = append(ev.samples, s)
	}
	return ev, nil
}

// fitBoth fits the pair model on every sample and the agreement model on the agreeing ones.
func fitBoth(ss []sample, lambda float64) (w, aw []float64) {
	var xs, gs [][]float64
	var ys, gy []float64
	for _, s := range ss {
		xs, ys = append(xs, s.f), append(ys, s.y)
		if s.agree {
			gs, gy = append(gs, s.g), append(gy, s.y)
		}
	}
	return fit(xs, ys, lambda), fit(gs, gy, lambda)
}

// fit is L2-penalised logistic regression by Newton's method (the bias is not penalised).
func fit(xs [][]float64, ys []float64, lambda float64) []float64 {
	if len(xs) == 0 {
		return nil
	}
	d := len(xs[0])
	w := make([]float64, d)
	for it := 0; it < 50; it++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for i := range hess {
			hess[i] = make([]float64, d)
		}
		for n, x := range xs {
			p := logistic(w, x)
			r := p - ys[n]
			s := p * (1 - p)
			for i := 0; i < d; i++ {
				grad[i] += r * x[i]
				if x[i] == 0 {
					continue
				}
				for j := 0; j < d; j++ {
					hess[i][j] += s * x[i] * x[j]
				}
			}
		}
		for i := 1; i < d; i++ {
			grad[i] += lambda * w[i]
			hess[i][i] += lambda
		}
		hess[0][0] += 1e-6
		step := solve(hess, grad)
		max := 0.0
		for i := range w {
			w[i] -= step[i]
			max = math.Max(max, math.Abs(step[i]))
		}
		if max < 1e-6 {
			break
		}
	}
	return w
}

// solve solves a x = b by Gaussian elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if math.Abs(m[c][c]) < 1e-12 {
			continue
		}
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		if math.Abs(m[r][r]) < 1e-12 {
			continue
		}
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x
}

// logistic is the model's own logistic function, so fitting and use cannot drift apart.
func logistic(w, f []float64) float64 { return compare.Logistic(w, f) }

// minConfidence is the display threshold scoring applies.
var minConfidence float64

type scoredPair struct{ p, y float64 }

// auc is the area under the ROC curve of held-out probabilities.
func auc(ps []scoredPair) float64 {
	sort.Slice(ps, func(i, j int) bool { return ps[i].p < ps[j].p })
	var pos, neg, sum float64
	for _, s := range ps {
		if s.y > 0 {
			pos++
			sum += neg
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return 0
	}
	return sum / (pos * neg)
}

// calibration lists, per tenth of predicted probability, the observed share of same-fact pairs.
func calibration(ps []scoredPair) string {
	var n, y [5]float64
	for _, s := range ps {
		b := min(int(s.p*5), 4)
		n[b]++
		y[b] += s.y
	}
	var parts []string
	for b := range n {
		if n[b] > 0 {
			parts = append(parts, fmt.Sprintf("%.1f-%.1f: %.2f of %.0f", float64(b)/5, float64(b+1)/5, y[b]/n[b], n[b]))
		}
	}
	return strings.Join(parts, "; ")
}

// score compares an event with a given model, as the CLI does with its default options.
func score(ev *event, pm *compare.PairModel) (evalscore.CaseScore, error) {
	res := compare.Compare(ev.as, compare.Options{PairModel: pm, MinConfidence: minConfidence, ShowExcluded: true})
	data, err := json.Marshal(res)
	if err != nil {
		return evalscore.CaseScore{}, err
	}
	rep, err := evalscore.ParseReport(data)
	if err != nil {
		return evalscore.CaseScore{}, err
	}
	return evalscore.Score(ev.gold, rep)
}

// writeModel writes the fitted model as Go source.
func writeModel(path string, pm *compare.PairModel) error {
	f := func(ws []float64) string {
		var b []string
		for _, w := range ws {
			b = append(b, fmt.Sprintf("%.4f", w))
		}
		return strings.Join(b, ", ")
	}
	src := fmt.Sprintf(`// Code generated by internal/pairfit; DO NOT EDIT.

package compare

// defaultPairModel is the pair model fitted on the public evaluation sets.
var defaultPairModel = PairModel{
	Weights:      []float64{%s},
	AgreeWeights: []float64{%s},
	Join:         %g,
	Support:      %g,
	Conflict:     %g,
}
`, f(pm.Weights), f(pm.AgreeWeights), pm.Join, pm.Support, pm.Conflict)
	return os.WriteFile(path, []byte(src), 0o644)
}
