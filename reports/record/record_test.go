package record

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// sample builds a small result of three reports by the given outlets, with
// the given reliability scores; s3 is a copy of s2.
func sample(title string, outlets [3]string, scores [3]float64) *compare.Result {
	cl := func(src string) claims.Claim { return claims.Claim{Source: src, Kind: claims.KindNumber} }
	res := &compare.Result{Schema: compare.Schema}
	for i, o := range outlets {
		id := fmt.Sprintf("s%d", i+1)
		s := compare.Source{ID: id, Name: o, Outlet: o, Title: title, Path: id + ".md", Sentences: 10, Claims: 5}
		if i == 2 {
			s.DuplicateOf = "s2"
		}
		res.Sources = append(res.Sources, s)
		res.Reliability = append(res.Reliability, compare.Reliability{Source: id, Score: scores[i], Checked: 4,
			Corroborated: 3 - i, Minority: i, Unique: 1, QuotesVerbatim: 2 - i, QuotesAltered: i, Attribution: 0.5, Independent: i != 2})
	}
	res.Findings = []compare.Finding{
		{ID: "F1", Verdict: compare.Discrepancy, Kind: claims.KindNumber, Severity: compare.Major, Summary: "12 vs 20",
			Claims: []claims.Claim{cl("s1"), cl("s2"), cl("s2")}, Majority: "12"},
		{ID: "F2", Verdict: compare.Agreement, Kind: claims.KindDate, Claims: []claims.Claim{cl("s1"), cl("s3")}},
		{ID: "F3", Verdict: compare.Unique, Kind: claims.KindStatement, Claims: []claims.Claim{cl("s1")}},
	}
	return res
}

func open(t *testing.T, target string) *DB {
	t.Helper()
	db, err := Open(target, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func count(t *testing.T, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func integrity(t *testing.T, db *DB) {
	t.Helper()
	var s string
	if err := db.db.QueryRow("PRAGMA integrity_check").Scan(&s); err != nil || s != "ok" {
		t.Fatalf("integrity_check: %q, %v", s, err)
	}
}

func TestMigrateFromEmptyFile(t *testing.T) {
	for _, create := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "record.db")
		if create {
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		db := open(t, path)
		var v int
		if err := db.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
			t.Fatalf("user_version %d (%v), want %d", v, err, SchemaVersion())
		}
		for _, table := range []string{"runs", "events", "reports", "outlets", "findings"} {
			if n := count(t, db, table); n != 0 {
				t.Errorf("%s has %d rows", table, n)
			}
		}
		integrity(t, db)
		db.Close()
		// Opening again migrates nothing and keeps the version.
		db = open(t, path)
		if err := db.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() {
			t.Fatalf("reopened user_version %d, %v", v, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	raw, err := sql.Open("sqlite", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte(strings.Repeat("this is not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{newer, "newer than this claimdiff knows"},
		{text, "not a claimdiff record"},
		{"", "no file given"},
		{filepath.Join(dir, "a?b.db"), "may not contain"},
		{filepath.Join(dir, "missing", "dir", "x.db"), "record database"},
	}
	for _, tt := range tests {
		db, err := Open(tt.path, Options{})
		if err == nil {
			db.Close()
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%q): %v, want %q", tt.path, err, tt.want)
		}
	}
}

func TestRoundTrip(t *testing.T) { eachStore(t, testRoundTrip) }

func testRoundTrip(t *testing.T, st store) {
	db := open(t, st.fresh(t))
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 4, d, 9, 0, 0, 0, time.UTC) }
	runs := []struct {
		res   *compare.Result
		event string
		at    time.Time
	}{
		{sample("Bridge shut", [3]string{"Gazette", "Wire", "Times"}, [3]float64{0.8, 0.6, 0.6}), "", day(1)},
		{sample("Ferry fire", [3]string{"Harbour Gazette", "Wire", "Times"}, [3]float64{0.6, 0.4, 0.4}), "ferry", day(2)},
		{sample("Ferry fire, update", [3]string{"Gazette", "Wire", "Radio"}, [3]float64{0.4, 0.7, 0.5}), "ferry", day(3)},
	}
	for i, r := range runs {
		saved, err := db.Save(ctx, r.res, Run{Event: r.event, At: r.at, Version: "test", Notes: map[string]string{"Wire": "agency"}})
		if err != nil {
			t.Fatal(err)
		}
		if saved.ID != int64(i+1) || saved.Replaced {
			t.Errorf("run %+v, want id %d, not replaced", saved, i+1)
		}
	}
	for table, want := range map[string]int{"runs": 3, "events": 2, "reports": 9, "outlets": 5, "findings": 9} {
		if n := count(t, db, table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	var srcs string
	if err := db.db.QueryRow("SELECT sources FROM findings WHERE run_id = 1 AND fid = 'F1'").Scan(&srcs); err != nil || srcs != "s1 s2" {
		t.Errorf("finding sources %q, %v", srcs, err)
	}

	hist, err := db.History(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 3 || hist[0].ID != 3 || hist[2].Event != "Bridge shut" || hist[0].Event != "ferry" {
		t.Fatalf("history %+v", hist)
	}
	if got := strings.Join(hist[0].Outlets, ","); got != "Gazette,Wire,Radio" {
		t.Errorf("outlets %q", got)
	}
	if hist[2].MeanScore != 0.67 || hist[0].Discrepancies != 1 || hist[0].Agreements != 1 || hist[0].Uniques != 1 || hist[0].Reports != 3 {
		t.Errorf("history row %+v / %+v", hist[0], hist[2])
	}
	if h, _ := db.History(ctx, 1); len(h) != 1 || h[0].ID != 3 {
		t.Errorf("limit 1: %+v", h)
	}

	// Without a registry "Gazette" and "Harbour Gazette" are two outlets.
	recs, err := db.Sources(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 {
		t.Fatalf("%d outlets without registry, want 5: %+v", len(recs), recs)
	}
	// With one they merge, and notes come from the registry first.
	reg, err := claims.ParseOutlets([]byte("outlets:\n  - name: Harbour Gazette\n    aliases: [Gazette]\n    notes: local daily\n"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err = db.Sources(ctx, func(s string) string { return reg.Canonical(s, "") }, reg.Notes)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]OutletRecord{}
	var order []string
	for _, r := range recs {
		by[r.Outlet] = r
		order = append(order, r.Outlet)
	}
	if got := strings.Join(order, ","); got != "Harbour Gazette,Wire,Radio,Times" {
		t.Errorf("order %q (by mean score)", got)
	}
	g := by["Harbour Gazette"]
	// Three runs, two events, position s1 each time: 3 of 4 corroborated, 0 minority.
	if g.Runs != 3 || g.Events != 2 || g.Reports != 3 || g.Checked != 12 || g.Corroborated != 9 || g.Minority != 0 ||
		g.QuotesVerbatim != 6 || g.QuoteFidelity != 1 || g.Corroboration != 0.75 || g.Notes != "local daily" ||
		strings.Join(g.Aliases, ",") != "Gazette" || g.MeanScore != 0.6 {
		t.Errorf("Harbour Gazette %+v", g)
	}
	// Scores 0.8, 0.6, 0.4: the latest change is 0.6 -> 0.4.
	if g.Trend == nil || *g.Trend != -0.2 || fmt.Sprint(g.Scores) != "[0.8 0.6 0.4]" {
		t.Errorf("trend %v scores %v", g.Trend, g.Scores)
	}
	w := by["Wire"]
	// s2 each time: 2 corroborated, 1 minority of 4; quotes 1 verbatim, 1 altered.
	if w.Checked != 12 || w.Corroborated != 6 || w.Minority != 3 || w.Contradiction != 0.25 || w.QuoteFidelity != 0.5 || w.Notes != "agency" {
		t.Errorf("Wire %+v", w)
	}
	tm := by["Times"]
	if tm.Copies != 2 || tm.Runs != 2 || tm.Events != 2 || tm.QuotesVerbatim != 0 || tm.QuoteFidelity != 0 {
		t.Errorf("Times %+v", tm)
	}
	if r := by["Radio"]; r.Trend != nil || len(r.Scores) != 1 {
		t.Errorf("one run has no trend: %+v", r)
	}
}

func TestTrend(t *testing.T) {
	tests := []struct {
		scores []float64
		want   string
	}{
		{nil, "none"},
		{[]float64{0.5}, "none"},
		{[]float64{0.5, 0.7}, "0.2"},
		{[]float64{0.2, 0.4, 0.6, 0.8}, "0.2"},
		// A falling series falls, whatever its length.
		{[]float64{0.9, 0.85, 0.78, 0.55}, "-0.23"},
		{[]float64{0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65}, "-0.05"},
		// The last score fell from 0.78 to 0.55 after a low start: it is a
		// fall, though the later half (0.78, 0.55) is above the earlier one (0.3).
		{[]float64{0.3, 0.78, 0.55}, "-0.23"},
		{[]float64{0.3, 0.3, 0.3, 0.3, 0.78, 0.55}, "-0.23"},
		{[]float64{0.6, 0.6}, "0"},
	}
	for _, tt := range tests {
		got := "none"
		if tr := trend(tt.scores); tr != nil {
			got = strconv.FormatFloat(*tr, 'f', -1, 64)
		}
		if got != tt.want {
			t.Errorf("trend(%v) = %s, want %s", tt.scores, got, tt.want)
		}
	}
	if got := Sparkline([]float64{0, 0.5, 1, -1, 2}); got != "▁▅█▁█" {
		t.Errorf("Sparkline = %q", got)
	}
}

// hashes keys a sample run: the same title and outlets give the same report contents.
func hashes(title string, outlets [3]string) map[string]string {
	h := map[string]string{}
	for i, o := range outlets {
		h[fmt.Sprintf("s%d", i+1)] = ContentHash([]byte(title + "\x00" + o))
	}
	return h
}

// TestIdempotentRecord records the same comparison four times, as a CI job on
// every push would: one run, replaced each time, and the outlet's record and
// trend count it once.
func TestIdempotentRecord(t *testing.T) { eachStore(t, testIdempotentRecord) }

func testIdempotentRecord(t *testing.T, st store) {
	db := open(t, st.fresh(t))
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 5, d, 9, 0, 0, 0, time.UTC) }
	outlets := [3]string{"Gazette", "Wire", "Times"}
	first, err := db.Save(ctx, sample("Bridge shut", outlets, [3]float64{0.78, 0.5, 0.5}), Run{At: day(1), Hashes: hashes("Bridge shut", outlets)})
	if err != nil || first.Replaced {
		t.Fatalf("first save %+v %v", first, err)
	}
	// The same reports in another order are the same comparison; a newer
	// claimdiff may score them differently, and the newest result is kept.
	again := outlets
	again[0], again[1] = again[1], again[0]
	h := hashes("Bridge shut", outlets)
	h["s1"], h["s2"] = h["s2"], h["s1"]
	for i := 0; i < 3; i++ {
		s, err := db.Save(ctx, sample("Bridge shut", again, [3]float64{0.5, 0.7, 0.5}), Run{At: day(2 + i), Hashes: h, Version: "newer"})
		if err != nil {
			t.Fatal(err)
		}
		if !s.Replaced || s.ID != first.ID {
			t.Errorf("re-record %d: %+v, want run %d replaced", i, s, first.ID)
		}
	}
	// Another event with other reports is a new run; so is a run without hashes.
	if s, err := db.Save(ctx, sample("Ferry fire", outlets, [3]float64{0.55, 0.5, 0.5}), Run{At: day(6), Hashes: hashes("Ferry fire", outlets)}); err != nil || s.Replaced || s.ID == first.ID {
		t.Fatalf("second event %+v %v", s, err)
	}
	for table, want := range map[string]int{"runs": 2, "reports": 6, "findings": 6, "events": 2} {
		if n := count(t, db, table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	hist, err := db.History(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The replaced run keeps the time it was first recorded.
	if len(hist) != 2 || hist[1].ID != first.ID || hist[1].At != "2026-05-01T09:00:00Z" {
		t.Fatalf("history %+v", hist)
	}
	recs, err := db.Sources(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if r.Outlet != "Gazette" {
			continue
		}
		// Gazette was s2 (0.7) in the kept bridge run, then s1 (0.55) in the ferry run: it fell.
		if r.Runs != 2 || r.Reports != 2 || fmt.Sprint(r.Scores) != "[0.7 0.55]" || r.Trend == nil || *r.Trend != -0.15 {
			t.Errorf("Gazette %+v trend %v", r, r.Trend)
		}
	}
	if s, err := db.Save(ctx, sample("Ferry fire", outlets, [3]float64{0.5, 0.5, 0.5}), Run{At: day(7)}); err != nil || s.Replaced {
		t.Fatalf("unkeyed save %+v %v", s, err)
	}
	if n := count(t, db, "runs"); n != 3 {
		t.Errorf("runs after an unkeyed save: %d, want 3", n)
	}
}

func TestRunKey(t *testing.T) {
	a := RunKey("ev", []string{"h1", "h2"})
	tests := []struct {
		name   string
		key    string
		sameAs bool
	}{
		{"order", RunKey("ev", []string{"h2", "h1"}), true},
		{"event", RunKey("other", []string{"h1", "h2"}), false},
		{"content", RunKey("ev", []string{"h1", "h3"}), false},
		{"more reports", RunKey("ev", []string{"h1", "h2", "h2"}), false},
	}
	for _, tt := range tests {
		if (tt.key == a) != tt.sameAs {
			t.Errorf("%s: key %s vs %s, same = %v", tt.name, tt.key, a, tt.sameAs)
		}
	}
	if RunKey("ev", nil) != "" || RunKey("ev", []string{"h1", ""}) != "" {
		t.Error("a report without a hash must leave the run unkeyed")
	}
}

// TestMigrateFromVersion1 opens a record written before runs were keyed: its
// runs stay, unkeyed, and new runs are keyed.
func TestMigrateFromVersion1(t *testing.T) { eachStore(t, testMigrateFromVersion1) }

func testMigrateFromVersion1(t *testing.T, st store) {
	target := st.fresh(t)
	raw := openRaw(t, st, target)
	setSchema(t, raw, 1)
	ctx := context.Background()
	for _, q := range []string{
		`INSERT INTO events(name, first) VALUES ('old event', '2026-01-01T00:00:00Z')`,
		`INSERT INTO outlets(name) VALUES ('Gazette')`,
		`INSERT INTO runs(event_id, at, reports, agreements, discrepancies, uniques) VALUES (1, '2026-01-01T00:00:00Z', 1, 0, 0, 0)`,
		`INSERT INTO reports(run_id, source, outlet_id, name, title, path, url, published, duplicate_of, score, checked, corroborated,
			minority, contested, uniq, quotes_verbatim, quotes_altered, quotes_unique, attribution, specificity, boilerplate)
			VALUES (1, 's1', 1, 'Gazette', '', '', '', '', '', 0.4, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)`,
	} {
		if _, err := raw.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	raw.db.Close()

	db := open(t, target)
	if m := db.Opened(); m.From != 1 || m.To != SchemaVersion() {
		t.Errorf("Opened() = %+v, want from 1 to %d", m, SchemaVersion())
	}
	if v, err := db.dialect.version(ctx, db.db); err != nil || v != SchemaVersion() {
		t.Fatalf("version after migrating: %d %v, want %d", v, err, SchemaVersion())
	}
	if m, err := db.Migrate(ctx); err != nil || m.From != SchemaVersion() || m.To != SchemaVersion() {
		t.Errorf("second migrate: %+v %v", m, err)
	}
	outlets := [3]string{"Gazette", "Wire", "Times"}
	for i := 0; i < 2; i++ {
		if _, err := db.Save(ctx, sample("new", outlets, [3]float64{0.6, 0.5, 0.5}), Run{Hashes: hashes("new", outlets)}); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, db, "runs"); n != 2 {
		t.Errorf("%d runs, want the old one and one keyed run", n)
	}
	recs, err := db.Sources(ctx, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if recs[0].Outlet != "Gazette" || fmt.Sprint(recs[0].Scores) != "[0.4 0.6]" {
		t.Errorf("Gazette after migration: %+v", recs[0])
	}
}

// TestNewerSchema refuses a record written by a newer claimdiff, naming both versions.
func TestNewerSchema(t *testing.T) { eachStore(t, testNewerSchema) }

func testNewerSchema(t *testing.T, st store) {
	target := st.fresh(t)
	raw := openRaw(t, st, target)
	setSchema(t, raw, SchemaVersion())
	tx, err := raw.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := raw.dialect.setVersion(context.Background(), tx, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	raw.db.Close()
	db, err := Open(target, Options{})
	if err == nil {
		db.Close()
		t.Fatal("opened a record of a newer schema")
	}
	if !errors.Is(err, ErrNewerSchema) || !strings.Contains(err.Error(), fmt.Sprintf("schema version %d, newer than this claimdiff knows (%d)", SchemaVersion()+1, SchemaVersion())) {
		t.Errorf("err = %v", err)
	}
}

// saveMany saves n runs of the writer's own and then the shared runs, which
// every writer records: those must end as one run each.
func saveMany(target, who string, n, shared int) error {
	db, err := Open(target, Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	for i := 0; i < n+shared; i++ {
		title := fmt.Sprintf("%s event %d", who, i)
		if i >= n {
			title = fmt.Sprintf("shared event %d", i-n)
		}
		outlets := [3]string{"Gazette", "Wire", "Times"}
		if i < n {
			outlets[0] = who
		}
		res := sample(title, outlets, [3]float64{0.5, 0.5, 0.5})
		if _, err := db.Save(context.Background(), res, Run{Hashes: hashes(title, outlets)}); err != nil {
			return fmt.Errorf("%s run %d: %w", who, i, err)
		}
	}
	return nil
}

func TestConcurrentGoroutines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	const n = 25
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			errs[g] = saveMany(path, fmt.Sprintf("writer%d", g), n, 0)
		}(g)
	}
	wg.Wait()
	for g, err := range errs {
		if err != nil {
			t.Errorf("writer %d: %v", g, err)
		}
	}
	db := open(t, path)
	integrity(t, db)
	if got := count(t, db, "runs"); got != 2*n {
		t.Errorf("%d runs, want %d", got, 2*n)
	}
	if got := count(t, db, "reports"); got != 6*n {
		t.Errorf("%d reports, want %d", got, 6*n)
	}
}

// helperEnv selects what the re-executed test binary does (see TestHelperProcess).
const helperEnv = "CLAIMDIFF_RECORD_HELPER"

// TestHelperProcess is not a test: the other tests re-execute the test binary
// to run it as a separate writer process.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("helper process only")
	}
	target := os.Getenv(helperEnv + "_DB")
	switch mode {
	case "write":
		if err := saveMany(target, os.Getenv(helperEnv+"_WHO"), 25, 5); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	case "hang":
		db, err := Open(target, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		outlets := [3]string{"Gazette", "Wire", "Herald"}
		res := sample("half-written run", outlets, [3]float64{0.5, 0.5, 0.5})
		_, err = db.save(context.Background(), res, Run{Hashes: hashes("before", [3]string{"Gazette", "Wire", "Times"})}, func() {
			fmt.Println("ready")
			select {} // wait, transaction open, until the parent kills us
		})
		fmt.Fprintln(os.Stderr, "unreachable:", err)
		os.Exit(4)
	}
	os.Exit(5)
}

func helper(t *testing.T, mode, target, who string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot re-execute the test binary: %v", err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperEnv+"_DB="+target, helperEnv+"_WHO="+who)
	return cmd
}

// writers runs n writer processes at once against target; each records 25
// runs of its own and 5 shared ones, and every one must succeed.
func writers(t *testing.T, target string, n int) {
	t.Helper()
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for i := 0; i < n; i++ {
		c := helper(t, "write", target, fmt.Sprintf("writer%02d", i))
		var b strings.Builder
		c.Stdout, c.Stderr = &b, &b
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, c)
		outs = append(outs, &b)
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("writer process %d: %v\n%s", i, err, outs[i])
		}
	}
}

// checkWriters checks what n writers left: no run lost, none twice, none torn.
func checkWriters(t *testing.T, db *DB, n int) {
	t.Helper()
	if got, want := count(t, db, "runs"), 25*n+5; got != want {
		t.Errorf("%d runs, want %d (25 per writer and 5 shared)", got, want)
	}
	if got, want := count(t, db, "reports"), 3*(25*n+5); got != want {
		t.Errorf("%d reports, want %d", got, want)
	}
	var torn int
	if err := db.db.QueryRow(`SELECT count(*) FROM runs r WHERE (SELECT count(*) FROM reports p WHERE p.run_id = r.id) <> 3
		OR (SELECT count(*) FROM findings f WHERE f.run_id = r.id) <> 3`).Scan(&torn); err != nil || torn != 0 {
		t.Errorf("%d runs without exactly their 3 reports and 3 findings (%v)", torn, err)
	}
	var events, dupes int
	if err := db.db.QueryRow(`SELECT count(DISTINCT e.name), count(*) - count(DISTINCT e.name) FROM runs r JOIN events e ON e.id = r.event_id`).Scan(&events, &dupes); err != nil || dupes != 0 {
		t.Errorf("%d events recorded twice (%v)", dupes, err)
	}
}

func TestConcurrentProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	writers(t, path, 2)
	db := open(t, path)
	integrity(t, db)
	checkWriters(t, db, 2)
}

// TestPostgresConcurrentWriters is sixteen CI runners recording at once.
func TestPostgresConcurrentWriters(t *testing.T) {
	needPostgres(t)
	target := freshPostgres(t)
	writers(t, target, 16)
	checkWriters(t, open(t, target), 16)
}

// TestKilledWriter kills a writer inside its open transaction, which was
// replacing a keyed run: the record keeps the run as it was, and goes on.
func TestKilledWriter(t *testing.T) { eachStore(t, testKilledWriter) }

func testKilledWriter(t *testing.T, st store) {
	target := st.fresh(t)
	ctx := context.Background()
	db := open(t, target)
	outlets := [3]string{"Gazette", "Wire", "Times"}
	if _, err := db.Save(ctx, sample("before", outlets, [3]float64{0.5, 0.5, 0.5}), Run{Hashes: hashes("before", outlets)}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	c := helper(t, "hang", target, "")
	out, err := c.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	c.Stderr = &stderr
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		c.Process.Kill()
		c.Wait()
		t.Fatalf("child did not reach its open transaction: %q %v\n%s", line, err, stderr.String())
	}
	if err := c.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	c.Wait()

	db = open(t, target)
	if st.name == "sqlite" {
		integrity(t, db)
	}
	if got := count(t, db, "runs"); got != 1 {
		t.Errorf("%d runs after the killed writer, want 1", got)
	}
	var n int
	if err := db.db.QueryRow("SELECT count(*) FROM events WHERE name = 'half-written run'").Scan(&n); err != nil || n != 0 {
		t.Errorf("the killed run left its event behind: %d %v", n, err)
	}
	if err := db.db.QueryRow("SELECT count(*) FROM outlets WHERE name = 'Herald'").Scan(&n); err != nil || n != 0 {
		t.Errorf("the killed run left its outlet behind: %d %v", n, err)
	}
	if got := count(t, db, "reports"); got != 3 {
		t.Errorf("%d reports, want 3", got)
	}
	hist, err := db.History(ctx, 0)
	if err != nil || len(hist) != 1 || hist[0].Event != "before" || strings.Join(hist[0].Outlets, ",") != "Gazette,Wire,Times" {
		t.Errorf("the replaced run changed: %+v %v", hist, err)
	}
	if _, err := db.Save(ctx, sample("after", outlets, [3]float64{0.5, 0.5, 0.5}), Run{}); err != nil {
		t.Fatalf("save after the killed writer: %v", err)
	}
}

func TestBusyWriterFailsClearly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	holder := open(t, path)
	tx, err := holder.db.Begin() // immediate: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec("INSERT INTO outlets(name) VALUES ('holding')"); err != nil {
		t.Fatal(err)
	}
	db, err := Open(path, Options{BusyTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("opening an up-to-date database while another writes: %v", err)
	}
	defer db.Close()
	_, err = db.Save(context.Background(), sample("blocked", [3]string{"A", "B", "C"}, [3]float64{}), Run{})
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), "another claimdiff is writing") || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v, want a busy error naming the file", err)
	}
	// Readers are not blocked by the writer.
	if _, err := db.History(context.Background(), 0); err != nil {
		t.Errorf("history while another writes: %v", err)
	}
}

func TestEventName(t *testing.T) {
	res := &compare.Result{Sources: []compare.Source{{Name: "a"}, {Name: "b", Title: " Second "}}}
	tests := []struct {
		given string
		res   *compare.Result
		want  string
	}{
		{"ferry", res, "ferry"},
		{"", res, "Second"},
		{"", &compare.Result{Sources: []compare.Source{{Name: "a"}}}, "a"},
		{"", &compare.Result{}, "untitled event"},
	}
	for _, tt := range tests {
		if got := EventName(tt.given, tt.res); got != tt.want {
			t.Errorf("EventName(%q) = %q, want %q", tt.given, got, tt.want)
		}
	}
	if got := OutletOf(compare.Source{ID: "s1", Name: "file.md"}); got != "file.md" {
		t.Errorf("OutletOf = %q", got)
	}
}
