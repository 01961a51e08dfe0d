package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/benchgen"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// events is how many generated events the comparison with batch covers: 1,000
// as the issue asks, 60 with -short, or CLAIMDIFF_BEAM_EVENTS.
func events(t *testing.T) int {
	if v := os.Getenv("CLAIMDIFF_BEAM_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("CLAIMDIFF_BEAM_EVENTS=%q: want a positive number", v)
		}
		return n
	}
	if testing.Short() {
		return 60
	}
	return 1000
}

// writeEvents writes n generated events with their texts inline, plus the
// lines batch treats specially: a report given by a relative path, a
// repeated id, a broken line, a blank line and an event of one report.
func writeEvents(t *testing.T, dir string, n int) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	type report struct {
		Name string  `json:"name,omitempty"`
		Path string  `json:"path,omitempty"`
		Text *string `json:"text,omitempty"`
	}
	type event struct {
		ID      string   `json:"id"`
		Reports []report `json:"reports"`
	}
	cfg := benchgen.Config{Events: n, Reports: 3, Words: 250, Seed: 17}
	for i := 0; i < n; i++ {
		ev := benchgen.Generate(cfg, i)
		out := event{ID: ev.ID}
		for _, r := range ev.Reports {
			text := r.Text
			out.Reports = append(out.Reports, report{Name: r.Name, Text: &text})
		}
		if i == 1 {
			// The first report from a file next to the input, by a relative path.
			if err := os.WriteFile(filepath.Join(dir, "first.txt"), []byte(ev.Reports[0].Text), 0o644); err != nil {
				t.Fatal(err)
			}
			out.Reports[0] = report{Path: "first.txt"}
		}
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
		switch i {
		case 2:
			b.WriteString(`{"id": "ev000000", "reports": []}` + "\n") // a repeated id: batch skips it
		case 3:
			b.WriteString(`{"id": "broken", "reports": [` + "\n")
		case 4:
			b.WriteString("   \n")
		case 5:
			b.WriteString(`{"id": "alone", "reports": [{"name": "A", "text": "Only one report."}]}` + "\n")
		}
	}
	path := filepath.Join(dir, "events.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// batchBinary builds claimdiff in the root module, the one this module replaces.
func batchBinary(t *testing.T, dir string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("skipped: no go command to build claimdiff batch for the comparison: %v", err)
	}
	bin := filepath.Join(dir, "claimdiff")
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/claimdiff")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build claimdiff: %v\n%s", err, out)
	}
	return bin
}

// TestSameAsBatch runs the pipeline on Prism and claimdiff batch on the same
// generated events: the two outputs must be the same bytes.
func TestSameAsBatch(t *testing.T) {
	dir := t.TempDir()
	n := events(t)
	in := writeEvents(t, dir, n)
	bin := batchBinary(t, dir)

	start := time.Now()
	batchOut := filepath.Join(dir, "batch.jsonl")
	cmd := exec.Command(bin, "batch", "--output", batchOut, in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
		// Exit 2: the broken line, the repeated id and the one-report event failed.
		t.Fatalf("claimdiff batch: %v, want exit 2\n%s", err, stderr.String())
	}
	batchTime := time.Since(start)

	start = time.Now()
	beamOut := filepath.Join(dir, "beam.jsonl")
	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Input: in, Output: beamOut, Compare: CompareOptions{MaxBytes: 10 << 20, MinConfidence: compare.DefaultMinConfidence}})
	pr, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	beamTime := time.Since(start)
	t.Logf("%d events: claimdiff batch %v (%.1f events/s), Beam on Prism %v (%.1f events/s)",
		n, batchTime.Round(time.Millisecond), float64(n)/batchTime.Seconds(), beamTime.Round(time.Millisecond), float64(n)/beamTime.Seconds())

	want, err := os.ReadFile(batchOut)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(beamOut)
	if err != nil {
		t.Fatal(err)
	}
	if wl, gl := strings.Count(string(want), "\n"), strings.Count(string(got), "\n"); wl != n+2 || gl != wl {
		t.Fatalf("batch wrote %d lines, the pipeline %d; want %d (every event, the broken line and the one-report event)", wl, gl, n+2)
	}
	if !bytes.Equal(got, want) {
		wantLines, gotLines := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		for i := range wantLines {
			if i >= len(gotLines) || gotLines[i] != wantLines[i] {
				t.Fatalf("line %d differs:\nbatch: %.300s\nbeam:  %.300s", i+1, wantLines[i], gotLines[min(i, len(gotLines)-1)])
			}
		}
	}
	st := counts(pr)
	if st["compared"] != int64(n) || st["failed"] != 2 || st["duplicate_ids"] != 1 {
		t.Errorf("counters %v, want %d compared, 2 failed, 1 repeated id", st, n)
	}
}
