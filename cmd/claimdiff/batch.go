package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/eventline"
	"github.com/claimdiff/claimdiff/reports"
)

// batchCommand compares many events, one JSON result per line. Every event is a pure
// function of its reports, so events run in parallel and the output is still written in
// input order; with --output the run resumes where an interrupted one stopped.
func batchCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "batch",
		Usage:     "compare many events: one JSON result per line, in parallel, resumable",
		ArgsUsage: "DIR|FILE.jsonl|-",
		Description: "Reads events from a directory tree (every directory holding report files is one\n" +
			"event, its path relative to DIR the id) or from JSON Lines, one event per line:\n" +
			`  {"id": "e1", "reports": [{"name": "A", "path": "a.txt"}, {"name": "B", "text": "..."}]}` + "\n" +
			"(relative paths are relative to the JSON Lines file). Writes one line per event,\n" +
			`{"id": ..., "result": {claimdiff/v1 result}} or {"id": ..., "error": "..."}, in input order.` + "\n" +
			"With --output FILE the lines are appended and events already in FILE are skipped, so an\n" +
			"interrupted run is resumed by running the same command again (a torn last line is removed).\n" +
			"Exit status: 0 when every event was compared, 2 when any event failed or on usage errors.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "compare `N` events at once"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "append results to `FILE`, skipping events already in it (resume)"},
			&cli.Int64Flag{Name: "max-bytes", Value: claims.DefaultMaxBytes, Usage: "size limit of one report in `BYTES`"},
			&cli.BoolFlag{Name: "month-first", Usage: "read numeric dates like 03/04/2026 month-first (American)"},
			&cli.BoolFlag{Name: "no-filter", Usage: "keep every sentence: skip boilerplate and off-topic removal"},
			&cli.BoolFlag{Name: "show-excluded", Usage: "list the sentences dropped as boilerplate or off-topic, and why"},
			&cli.Float64Flag{Name: "min-confidence", Value: compare.DefaultMinConfidence, Usage: "drop findings below this `CONFIDENCE` (0-1); 0 also shows uncertain conflicts"},
			outletsFlag(),
			quietFlag(),
		},
		Action: func(c *cli.Context) error {
			env := env.quieted(c)
			if c.Args().Len() != 1 {
				return usageErr("batch needs one input: a directory, a JSON Lines file or - (see claimdiff batch --help)")
			}
			jobs := c.Int("jobs")
			if jobs < 1 {
				return usageErr("--jobs %d: want at least 1", jobs)
			}
			reg, err := loadOutlets(c)
			if err != nil {
				return err
			}
			src, err := batchSource(c.Args().First(), env.stdin)
			if err != nil {
				return err
			}
			// Batch events are a handful of reports each; the limit guards against a large one.
			defer paceGC(smallEvent, batchMemoryLimit)()
			b := &batcher{
				jobs: jobs,
				load: claims.LoadOptions{MaxBytes: c.Int64("max-bytes")},
				opt: compare.Options{
					MinConfidence: c.Float64("min-confidence"),
					ShowExcluded:  c.Bool("show-excluded"),
					MonthFirst:    c.Bool("month-first"),
					NoFilter:      c.Bool("no-filter"),
				},
				outlets: reg,
			}
			out := env.stdout
			done := map[string]bool{}
			if path := c.String("output"); path != "" && path != "-" {
				f, ids, err := openResumable(path)
				if err != nil {
					return err
				}
				defer f.Close()
				out, done = f, ids
			}
			st, err := b.run(src, out, done)
			fmt.Fprintf(env.stderr, "claimdiff: batch: %s\n", st)
			if err != nil {
				return err
			}
			if st.failed > 0 {
				return &exitError{code: exitUsage, err: fmt.Errorf("%s failed (see the \"error\" lines)", reports.Plural(st.failed, "event", "events"))}
			}
			return nil
		},
	}
}

// batchEvent is one event to compare, as read from the input.
type batchEvent struct {
	id      string
	reports []batchReport
	// err is a problem found while reading the event; it becomes the event's error line.
	err error
}

// batchReport is one report of an event: a file path, or the text itself.
type batchReport = eventline.Report

// batchLine is one output line: the event's result or its error.
type batchLine = eventline.Line

// eventSource streams events in input order to emit until emit returns false.
type eventSource func(emit func(batchEvent) bool) error

// batcher runs the comparisons of a batch.
type batcher struct {
	jobs    int
	load    claims.LoadOptions
	opt     compare.Options
	outlets *claims.Outlets
}

// batchStats counts what a batch did; every event read lands in exactly one count.
type batchStats struct {
	// compared events have a result line, failed ones an error line.
	compared, failed int
	// repeated events reuse an earlier id and were not compared; skipped ones were
	// already in the output.
	repeated, skipped int
}

// String is the batch's closing line: "3 compared, 1 failed, 0 skipped (already in the output)".
func (st batchStats) String() string {
	s := fmt.Sprintf("%d compared, %d failed", st.compared, st.failed)
	if st.repeated > 0 {
		s += fmt.Sprintf(", %d not compared (repeated id)", st.repeated)
	}
	return s + fmt.Sprintf(", %d skipped (already in the output)", st.skipped)
}

// batchResult is one encoded output line waiting for its turn.
type batchResult struct {
	idx    int
	line   []byte
	failed bool
}

// run compares every event of src not in done and writes the lines to out in input order.
// At most 2*jobs events are in flight (read, compared or waiting for an earlier one), so
// memory stays bounded by the largest events, not the size of the input.
func (b *batcher) run(src eventSource, out io.Writer, done map[string]bool) (batchStats, error) {
	var st batchStats
	window := 2 * b.jobs
	slots := make(chan struct{}, window)
	work := make(chan struct {
		idx int
		ev  batchEvent
	})
	results := make(chan batchResult, window)
	var stop atomic.Bool // set when writing failed: no point comparing more

	var wg sync.WaitGroup
	for range b.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				line, failed := b.process(j.ev)
				results <- batchResult{idx: j.idx, line: line, failed: failed}
			}
		}()
	}

	var writeErr error
	var written, failed int
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		pending := map[int]batchResult{}
		next := 0
		for r := range results {
			pending[r.idx] = r
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-slots
				if writeErr != nil {
					continue
				}
				// One Write per line: an interruption tears at most the last line.
				if _, err := out.Write(p.line); err != nil {
					writeErr = fmt.Errorf("write results: %w", err)
					stop.Store(true)
					continue
				}
				written++
				if p.failed {
					failed++
				}
			}
		}
	}()

	seen := map[string]bool{}
	idx := 0
	dupes := 0
	srcErr := src(func(ev batchEvent) bool {
		if stop.Load() {
			return false
		}
		if done[ev.id] {
			st.skipped++
			return true
		}
		if seen[ev.id] {
			// A second line with the same id would make resuming ambiguous.
			dupes++
			return true
		}
		seen[ev.id] = true
		slots <- struct{}{}
		work <- struct {
			idx int
			ev  batchEvent
		}{idx, ev}
		idx++
		return true
	})
	close(work)
	wg.Wait()
	close(results)
	<-writerDone
	st.compared, st.failed, st.repeated = written-failed, failed, dupes
	if dupes > 0 && srcErr == nil {
		srcErr = usageErr("%s an earlier id and were not compared", reports.Plural(dupes, "event repeats", "events repeat"))
		if dupes == 1 {
			srcErr = usageErr("1 event repeats an earlier id and was not compared")
		}
	}
	if writeErr != nil {
		return st, writeErr
	}
	return st, srcErr
}

// process compares one event and encodes its output line, as the Beam pipeline does.
func (b *batcher) process(ev batchEvent) (line []byte, failed bool) {
	c := eventline.Comparer{Load: b.load, Options: b.opt, Outlets: b.outlets}
	return c.Process(eventline.Event{ID: ev.id, Reports: ev.reports, Err: ev.err})
}

// openResumable opens an output file for appending and returns the ids it already holds.
// A last line without its newline is what an interrupted run leaves: it is cut off so the
// event is compared again. A broken line elsewhere means the file is not ours to append to.
func openResumable(path string) (*os.File, map[string]bool, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, usageErr("--output %s: %v", path, unwrapPathErr(err))
	}
	ids := map[string]bool{}
	r := bufio.NewReaderSize(f, 1<<20)
	var good int64 // end of the last complete line
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			id, perr := eventline.ID(line)
			if perr != nil {
				f.Close()
				return nil, nil, usageErr("--output %s: line %d is not a batch result (%v); refusing to append to it", path, n, perr)
			}
			ids[id] = true
			good += int64(len(line))
			continue
		}
		if err == nil {
			continue
		}
		if !errors.Is(err, io.EOF) {
			f.Close()
			return nil, nil, fmt.Errorf("read %s: %w", path, err)
		}
		if len(line) > 0 {
			// Torn last line: drop it, and compare that event again.
			if err := f.Truncate(good); err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("truncate torn last line of %s: %w", path, err)
			}
		}
		break
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("seek %s: %w", path, err)
	}
	return f, ids, nil
}

// unwrapPathErr drops the *PathError wrapper, whose message would repeat the path.
func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// maxBatchLine bounds one JSON Lines event (its reports' texts included).
const maxBatchLine = 64 << 20

// batchSource chooses the reader for a batch input: a directory tree, or JSON Lines
// from a file or standard input.
func batchSource(arg string, stdin io.Reader) (eventSource, error) {
	if arg == "-" {
		return jsonlSource(stdin, ""), nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return nil, usageErr("batch input %s: %v", arg, unwrapPathErr(err))
	}
	if info.IsDir() {
		return dirSource(arg), nil
	}
	return func(emit func(batchEvent) bool) error {
		f, err := os.Open(arg)
		if err != nil {
			return usageErr("batch input %s: %v", arg, unwrapPathErr(err))
		}
		defer f.Close()
		return jsonlSource(f, filepath.Dir(arg))(emit)
	}, nil
}

// jsonlSource reads one event per line; relative report paths are taken from dir.
// A line that cannot be read becomes that event's error line, named by its id when
// the id can be read and "line-N" otherwise.
func jsonlSource(r io.Reader, dir string) eventSource {
	return func(emit func(batchEvent) bool) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), maxBatchLine)
		for n := 1; sc.Scan(); n++ {
			ev, ok := parseBatchLine(sc.Bytes(), n)
			if !ok {
				continue
			}
			for i := range ev.reports {
				if p := ev.reports[i].Path; p != "" && dir != "" && !filepath.IsAbs(p) && !eventline.IsRemote(p) {
					ev.reports[i].Path = filepath.Join(dir, p)
				}
			}
			if !emit(ev) {
				return nil
			}
		}
		if err := sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				return usageErr("batch input: a line is longer than %d MB", maxBatchLine>>20)
			}
			return fmt.Errorf("read batch input: %w", err)
		}
		return nil
	}
}

// parseBatchLine decodes one JSON Lines event; ok is false for blank lines. Errors are
// carried in the event so they are reported in order, as its output line.
func parseBatchLine(line []byte, n int) (ev batchEvent, ok bool) {
	e, ok := eventline.Parse(line, n, "")
	return batchEvent{id: e.ID, reports: e.Reports, err: e.Err}, ok
}

// dirSource walks a directory tree in name order: every directory that directly holds
// report files is an event, named by its slash-separated path below root. Hidden
// entries are skipped. Symbolic links are followed; a link back into a directory
// already visited, a dangling link or an unreadable directory becomes an error line
// for that event instead of a hang or a silent gap.
func dirSource(root string) eventSource {
	return func(emit func(batchEvent) bool) error {
		visited := map[string]bool{}
		_, err := walkEvents(root, root, visited, emit)
		return err
	}
}

// walkEvents visits dir; cont is false once emit asked to stop.
func walkEvents(root, dir string, visited map[string]bool, emit func(batchEvent) bool) (cont bool, err error) {
	id := eventID(root, dir)
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return emit(batchEvent{id: id, err: fmt.Errorf("directory %s: %v", dir, unwrapPathErr(err))}), nil
	}
	if visited[real] {
		return emit(batchEvent{id: id, err: fmt.Errorf("directory %s: symbolic link loop (it is %s, already visited)", dir, real)}), nil
	}
	visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		if dir == root {
			return false, usageErr("batch input %s: %v", dir, unwrapPathErr(err))
		}
		return emit(batchEvent{id: id, err: fmt.Errorf("directory %s: cannot read: %v", dir, unwrapPathErr(err))}), nil
	}
	var files []batchReport
	var subdirs []string
	var problems []error
	for _, e := range entries { // os.ReadDir sorts by name
		name := e.Name()
		if name == "" || name[0] == '.' {
			continue
		}
		p := filepath.Join(dir, name)
		mode := e.Type()
		if mode&os.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				problems = append(problems, fmt.Errorf("%s: broken symbolic link: %v", p, unwrapPathErr(err)))
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			subdirs = append(subdirs, p)
		case mode.IsRegular():
			files = append(files, batchReport{Path: p})
		}
	}
	if len(files) > 0 || len(problems) > 0 {
		ev := batchEvent{id: id, reports: files}
		if len(problems) > 0 {
			ev.err = errors.Join(problems...)
		}
		if !emit(ev) {
			return false, nil
		}
	}
	for _, s := range subdirs {
		if cont, err := walkEvents(root, s, visited, emit); !cont || err != nil {
			return cont, err
		}
	}
	return true, nil
}

// eventID names a directory event by its path below root, or root's own name.
func eventID(root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	if err != nil || rel == "." {
		return filepath.Base(filepath.Clean(root))
	}
	return filepath.ToSlash(rel)
}
