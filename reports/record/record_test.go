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

func open(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(path, Options{})
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

func TestRoundTrip(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "record.db"))
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
		id, err := db.Save(ctx, r.res, Run{Event: r.event, At: r.at, Version: "test", Notes: map[string]string{"Wire": "agency"}})
		if err != nil {
			t.Fatal(err)
		}
		if id != int64(i+1) {
			t.Errorf("run id %d, want %d", id, i+1)
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
	// Scores 0.8, 0.6, 0.4: the later half (0.6, 0.4 → 0.5) against the first (0.8).
	if g.Trend == nil || *g.Trend != -0.3 || fmt.Sprint(g.Scores) != "[0.8 0.6 0.4]" {
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
		{[]float64{0.2, 0.4, 0.6, 0.8}, "0.4"},
		// Twelve runs: the last five (all 0.9) against the seven before (all 0.5).
		{[]float64{0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9}, "0.4"},
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

// saveMany saves n runs and reports the first error.
func saveMany(path, who string, n int) error {
	db, err := Open(path, Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	for i := 0; i < n; i++ {
		res := sample(fmt.Sprintf("%s event %d", who, i), [3]string{who, "Wire", "Times"}, [3]float64{0.5, 0.5, 0.5})
		if _, err := db.Save(context.Background(), res, Run{}); err != nil {
			return err
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
			errs[g] = saveMany(path, fmt.Sprintf("writer%d", g), n)
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
	path := os.Getenv(helperEnv + "_DB")
	switch mode {
	case "write":
		if err := saveMany(path, os.Getenv(helperEnv+"_WHO"), 25); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	case "hang":
		db, err := Open(path, Options{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		res := sample("half-written run", [3]string{"Gazette", "Wire", "Times"}, [3]float64{0.5, 0.5, 0.5})
		_, err = db.save(context.Background(), res, Run{}, func() {
			fmt.Println("ready")
			select {} // wait, transaction open, until the parent kills us
		})
		fmt.Fprintln(os.Stderr, "unreachable:", err)
		os.Exit(4)
	}
	os.Exit(5)
}

func helper(t *testing.T, mode, path, who string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot re-execute the test binary: %v", err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperEnv+"_DB="+path, helperEnv+"_WHO="+who)
	return cmd
}

func TestConcurrentProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for _, who := range []string{"alpha", "beta"} {
		c := helper(t, "write", path, who)
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
	db := open(t, path)
	integrity(t, db)
	if got := count(t, db, "runs"); got != 50 {
		t.Errorf("%d runs, want 50", got)
	}
}

func TestKilledWriter(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	ctx := context.Background()
	db := open(t, path)
	if _, err := db.Save(ctx, sample("before", [3]string{"Gazette", "Wire", "Times"}, [3]float64{0.5, 0.5, 0.5}), Run{}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	c := helper(t, "hang", path, "")
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

	db = open(t, path)
	integrity(t, db)
	if got := count(t, db, "runs"); got != 1 {
		t.Errorf("%d runs after the killed writer, want 1", got)
	}
	var n int
	if err := db.db.QueryRow("SELECT count(*) FROM events WHERE name = 'half-written run'").Scan(&n); err != nil || n != 0 {
		t.Errorf("the killed run left its event behind: %d %v", n, err)
	}
	if got := count(t, db, "reports"); got != 3 {
		t.Errorf("%d reports, want 3", got)
	}
	if _, err := db.Save(ctx, sample("after", [3]string{"Gazette", "Wire", "Times"}, [3]float64{0.5, 0.5, 0.5}), Run{}); err != nil {
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
