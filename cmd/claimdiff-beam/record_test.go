package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/claimdiff/claimdiff/reports/record"
)

// TestRecordsEachEvent runs the pipeline twice with --db: every compared
// event is one run, and the second pass (a rerun, as a retried job would do)
// replaces the runs instead of adding to them.
func TestRecordsEachEvent(t *testing.T) {
	dir := t.TempDir()
	in := writeEvents(t, dir, 8)
	db := filepath.Join(dir, "record.db")
	for pass := 0; pass < 2; pass++ {
		p, s := beam.NewPipelineWithRoot()
		Build(s, Config{Input: in, Output: filepath.Join(dir, "out.jsonl"), Compare: CompareOptions{MaxBytes: 10 << 20, DB: db, Version: "test"}})
		pr, err := beamx.RunWithMetrics(context.Background(), p)
		if err != nil {
			t.Fatalf("pass %d: %v", pass, err)
		}
		if st := counts(pr); st["recorded"] != 8 {
			t.Errorf("pass %d: counters %v, want 8 recorded", pass, st)
		}
	}
	rec, err := record.Open(db, record.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	hist, err := rec.History(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist) != 8 {
		t.Fatalf("%d runs after two passes over 8 events, want 8", len(hist))
	}
	seen := map[string]bool{}
	for _, h := range hist {
		if seen[h.Event] || h.Reports != 3 {
			t.Errorf("run %+v repeated or incomplete", h)
		}
		seen[h.Event] = true
	}
	if !seen["ev000000"] || !seen["ev000007"] {
		t.Errorf("events recorded under other names: %v", seen)
	}
}
