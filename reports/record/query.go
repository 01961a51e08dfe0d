package record

import (
	"context"
	"sort"
	"strings"
)

// RunInfo is one past run as claimdiff history lists it.
type RunInfo struct {
	ID            int64    `json:"id"`
	At            string   `json:"at"`
	Event         string   `json:"event"`
	Reports       int      `json:"reports"`
	Outlets       []string `json:"outlets"`
	Agreements    int      `json:"agreements"`
	Discrepancies int      `json:"discrepancies"`
	Uniques       int      `json:"uniques"`
	MeanScore     float64  `json:"mean_score"`
}

// History lists past runs, newest first; limit <= 0 lists them all.
func (d *DB) History(ctx context.Context, limit int) ([]RunInfo, error) {
	q := `SELECT r.id, r.at, e.name, r.reports, r.agreements, r.discrepancies, r.uniques
		FROM runs r JOIN events e ON e.id = r.event_id ORDER BY r.at DESC, r.id DESC`
	var args []any
	if limit > 0 {
		q += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := d.db.QueryContext(ctx, d.q(q), args...)
	if err != nil {
		return nil, d.wrap("read runs", err)
	}
	defer rows.Close()
	var out []RunInfo
	at := map[int64]int{}
	for rows.Next() {
		var r RunInfo
		if err := rows.Scan(&r.ID, &r.At, &r.Event, &r.Reports, &r.Agreements, &r.Discrepancies, &r.Uniques); err != nil {
			return nil, d.wrap("read runs", err)
		}
		at[r.ID] = len(out)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, d.wrap("read runs", err)
	}
	rows.Close()
	reps, err := d.db.QueryContext(ctx, `SELECT p.run_id, o.name, p.score FROM reports p JOIN outlets o ON o.id = p.outlet_id ORDER BY p.run_id, p.id`)
	if err != nil {
		return nil, d.wrap("read reports", err)
	}
	defer reps.Close()
	sum := map[int64]float64{}
	n := map[int64]int{}
	for reps.Next() {
		var id int64
		var name string
		var score float64
		if err := reps.Scan(&id, &name, &score); err != nil {
			return nil, d.wrap("read reports", err)
		}
		i, ok := at[id]
		if !ok {
			continue
		}
		out[i].Outlets = append(out[i].Outlets, name)
		sum[id] += score
		n[id]++
	}
	if err := reps.Err(); err != nil {
		return nil, d.wrap("read reports", err)
	}
	for i := range out {
		if k := n[out[i].ID]; k > 0 {
			out[i].MeanScore = round2(sum[out[i].ID] / float64(k))
		}
	}
	return out, nil
}

// OutletRecord is one outlet's record over every stored run.
type OutletRecord struct {
	Outlet string `json:"outlet"`
	Notes  string `json:"notes,omitempty"`
	// Aliases are other names the outlet was recorded under, merged by the registry.
	Aliases []string `json:"aliases,omitempty"`
	Events  int      `json:"events"`
	Runs    int      `json:"runs"`
	Reports int      `json:"reports"`
	// Copies counts reports that republished another report of the same run.
	Copies         int     `json:"copies"`
	Checked        int     `json:"checked"`
	Corroborated   int     `json:"corroborated"`
	Minority       int     `json:"minority"`
	Contested      int     `json:"contested"`
	Unique         int     `json:"unique"`
	QuotesVerbatim int     `json:"quotes_verbatim"`
	QuotesAltered  int     `json:"quotes_altered"`
	QuotesUnique   int     `json:"quotes_unique"`
	Corroboration  float64 `json:"corroboration_rate"`
	Contradiction  float64 `json:"contradiction_rate"`
	// QuoteFidelity is verbatim / (verbatim + altered), or 0 when no quotation was checked.
	QuoteFidelity float64 `json:"quote_fidelity"`
	MeanScore     float64 `json:"mean_score"`
	// Scores are the outlet's mean report score per run, oldest first.
	Scores []float64 `json:"scores"`
	// Trend is the latest run's score minus the one before it; nil below two runs.
	Trend *float64 `json:"trend,omitempty"`
}

// Sources aggregates the record per outlet. canon, when not nil, maps a stored
// outlet name to its canonical outlet ("" keeps the stored name), and notes to
// its prior notes, so a registry added later still merges old runs.
func (d *DB) Sources(ctx context.Context, canon, notes func(string) string) ([]OutletRecord, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT p.run_id, r.event_id, o.name, o.notes, p.duplicate_of, p.score, p.checked, p.corroborated,
			p.minority, p.contested, p.uniq, p.quotes_verbatim, p.quotes_altered, p.quotes_unique
		FROM reports p JOIN runs r ON r.id = p.run_id JOIN outlets o ON o.id = p.outlet_id
		ORDER BY r.at, r.id, p.id`)
	if err != nil {
		return nil, d.wrap("read reports", err)
	}
	defer rows.Close()
	type acc struct {
		rec     OutletRecord
		events  map[int64]bool
		aliases map[string]bool
		runs    []int64
		sum     map[int64]float64
		n       map[int64]int
	}
	by := map[string]*acc{}
	var order []string
	for rows.Next() {
		var runID, eventID int64
		var name, stored, dup string
		var score float64
		var chk, cor, min, con, uni, qv, qa, qu int
		if err := rows.Scan(&runID, &eventID, &name, &stored, &dup, &score, &chk, &cor, &min, &con, &uni, &qv, &qa, &qu); err != nil {
			return nil, d.wrap("read reports", err)
		}
		outlet := name
		if canon != nil {
			if c := canon(name); c != "" {
				outlet = c
			}
		}
		a := by[outlet]
		if a == nil {
			a = &acc{rec: OutletRecord{Outlet: outlet}, events: map[int64]bool{}, aliases: map[string]bool{},
				sum: map[int64]float64{}, n: map[int64]int{}}
			by[outlet] = a
			order = append(order, outlet)
		}
		r := &a.rec
		if name != outlet && !a.aliases[name] {
			a.aliases[name] = true
			r.Aliases = append(r.Aliases, name)
		}
		if r.Notes == "" && stored != "" {
			r.Notes = stored
		}
		a.events[eventID] = true
		if a.n[runID] == 0 {
			a.runs = append(a.runs, runID)
		}
		a.sum[runID] += score
		a.n[runID]++
		r.Reports++
		if dup != "" {
			r.Copies++
		}
		r.Checked += chk
		r.Corroborated += cor
		r.Minority += min
		r.Contested += con
		r.Unique += uni
		r.QuotesVerbatim += qv
		r.QuotesAltered += qa
		r.QuotesUnique += qu
	}
	if err := rows.Err(); err != nil {
		return nil, d.wrap("read reports", err)
	}
	out := make([]OutletRecord, 0, len(order))
	for _, name := range order {
		a := by[name]
		r := a.rec
		if notes != nil {
			if n := notes(name); n != "" {
				r.Notes = n
			}
		}
		r.Events = len(a.events)
		r.Runs = len(a.runs)
		var total float64
		for _, id := range a.runs {
			s := round2(a.sum[id] / float64(a.n[id]))
			r.Scores = append(r.Scores, s)
			total += s
		}
		if r.Runs > 0 {
			r.MeanScore = round2(total / float64(r.Runs))
		}
		r.Corroboration = rate(r.Corroborated, r.Checked)
		r.Contradiction = rate(r.Minority+r.Contested, r.Checked)
		r.QuoteFidelity = rate(r.QuotesVerbatim, r.QuotesVerbatim+r.QuotesAltered)
		r.Trend = trend(r.Scores)
		sort.Strings(r.Aliases)
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].MeanScore != out[j].MeanScore {
			return out[i].MeanScore > out[j].MeanScore
		}
		return strings.ToLower(out[i].Outlet) < strings.ToLower(out[j].Outlet)
	})
	return out, nil
}

// trend is the newest score minus the one before it, in run order: the
// direction of the latest change, so a score that fell always shows as a
// fall. Averages over a window (or two halves) can show a rise after a fall
// when older runs were lower, which reads as the opposite of what happened.
func trend(scores []float64) *float64 {
	if len(scores) < 2 {
		return nil
	}
	n := len(scores)
	t := round2(scores[n-1] - scores[n-2])
	return &t
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func rate(a, b int) float64 {
	if b <= 0 {
		return 0
	}
	return round2(float64(a) / float64(b))
}

func round2(x float64) float64 {
	if x < 0 {
		return -round2(-x)
	}
	return float64(int64(x*100+0.5)) / 100
}
