// Command claimdiff-beam runs claimdiff batch as an Apache Beam pipeline: it
// reads events (JSON Lines, the shape batch reads), compares each event with
// the same code as batch wherever the runner puts it, and writes the same
// result lines, in input order. It runs on Beam's Prism runner by default (in
// this process), and on Flink, Spark or Dataflow with --runner.
//
//	claimdiff-beam --input events.jsonl --output results.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// version is the claimdiff release; set with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

var (
	input         = flag.String("input", "", "JSON Lines `FILE` (or glob) of events, as claimdiff batch reads")
	output        = flag.String("output", "", "write the result lines to `FILE`, in input order")
	outlets       = flag.String("outlets", "", "outlet registry `FILE` (YAML); every worker must be able to read it")
	db            = flag.String("db", "", "also record every compared event in this record (a postgres:// `URL` on a cluster)")
	maxBytes      = flag.Int64("max-bytes", claims.DefaultMaxBytes, "size limit of one report in `BYTES`")
	monthFirst    = flag.Bool("month-first", false, "read numeric dates like 03/04/2026 month-first (American)")
	noFilter      = flag.Bool("no-filter", false, "keep every sentence: skip boilerplate and off-topic removal")
	showExcluded  = flag.Bool("show-excluded", false, "list the sentences dropped as boilerplate or off-topic, and why")
	minConfidence = flag.Float64("min-confidence", compare.DefaultMinConfidence, "drop findings below this `CONFIDENCE` (0-1); 0 also shows uncertain conflicts")
)

func main() {
	flag.Parse()
	beam.Init()
	os.Exit(run(context.Background(), os.Stderr))
}

// run builds and runs the pipeline from the flags and returns the exit status:
// 0 when every event compared, 2 on a usage error or when any event failed
// (its error is its line), as claimdiff batch.
func run(ctx context.Context, stderr io.Writer) int {
	if *input == "" || *output == "" {
		fmt.Fprintln(stderr, "claimdiff-beam: give --input FILE and --output FILE (see claimdiff-beam --help)")
		return 2
	}
	if *minConfidence < 0 || *minConfidence > 1 {
		fmt.Fprintf(stderr, "claimdiff-beam: --min-confidence %v: want a number from 0 to 1\n", *minConfidence)
		return 2
	}
	// A local input that matches nothing is the user's to fix: say so in one
	// line, before a pipeline is started (remote globs are matched by Beam).
	if !strings.Contains(*input, "://") {
		if m, err := filepath.Glob(*input); err != nil || len(m) == 0 {
			fmt.Fprintf(stderr, "claimdiff-beam: --input %s: no such file\n", *input)
			return 2
		}
	}
	cfg := Config{Input: *input, Output: *output, Compare: CompareOptions{
		MaxBytes: *maxBytes, MonthFirst: *monthFirst, NoFilter: *noFilter, ShowExcluded: *showExcluded,
		MinConfidence: *minConfidence, Outlets: *outlets, DB: *db, Version: version,
	}}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	pr, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "claimdiff-beam: %v\n", err)
		return 2
	}
	st := counts(pr)
	fmt.Fprintf(stderr, "claimdiff-beam: %d compared, %d failed, %d repeated ids dropped\n", st["compared"], st["failed"], st["duplicate_ids"])
	if st["failed"] > 0 || st["duplicate_ids"] > 0 {
		return 2
	}
	return 0
}

// counts reads the pipeline's counters, summed over steps.
func counts(pr beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	if pr == nil {
		return out
	}
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "claimdiff" {
			out[c.Name()] += c.Result()
		}
	}
	return out
}
