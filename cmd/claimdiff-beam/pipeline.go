package main

import (
	"bufio"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/eventline"
	"github.com/claimdiff/claimdiff/reports/record"
)

// Config is what one run of the pipeline reads, writes and compares with.
type Config struct {
	// Input is a file or glob of JSON Lines events, the shape claimdiff batch reads.
	Input string
	// Output is the JSON Lines file of results, in input order.
	Output string
	// Compare are the comparison options, as batch's flags set them.
	Compare CompareOptions
}

// CompareOptions are batch's comparison flags; they travel to every worker.
type CompareOptions struct {
	MaxBytes      int64
	MonthFirst    bool
	NoFilter      bool
	ShowExcluded  bool
	MinConfidence float64
	// Outlets is the outlet registry file; every worker must be able to read it.
	Outlets string
	// DB, when set, is a record (a postgres:// URL on a cluster) each compared event is stored in.
	DB string
	// Version is the claimdiff version recorded with each run.
	Version string
}

// Numbered is one input line and where it came from; the position orders the output.
type Numbered struct {
	File string
	N    int
	Line string
}

// Result is one output line and the position of its input line.
type Result struct {
	File   string
	N      int
	Line   string
	Failed bool
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Numbered)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Result)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*readLinesFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*compareFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*writeFn)(nil)).Elem())
	beam.RegisterFunction(keyByID)
	beam.RegisterFunction(firstOfID)
}

// Build adds the comparison of every event of cfg.Input to the pipeline:
// read lines, drop repeated ids as batch does, compare each event where it
// lands, and write the result lines in input order.
func Build(s beam.Scope, cfg Config) {
	files := fileio.MatchFiles(s, cfg.Input, fileio.MatchEmptyDisallow())
	lines := beam.ParDo(s, &readLinesFn{}, fileio.ReadMatches(s, files))
	// Grouping by id keeps the first line of an id, as batch does; it also
	// spreads the events over the workers.
	events := beam.ParDo(s, firstOfID, beam.GroupByKey(s, beam.ParDo(s, keyByID, lines)))
	results := beam.ParDo(s, &compareFn{Options: cfg.Compare}, events)
	beam.ParDo0(s, &writeFn{Filename: cfg.Output}, beam.GroupByKey(s, beam.AddFixedKey(s, results)))
}

// maxLine bounds one JSON Lines event (its reports' texts included), as in batch.
const maxLine = 64 << 20

// readLinesFn reads the lines of one input file with their numbers.
type readLinesFn struct{}

func (fn *readLinesFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Numbered)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for n := 1; sc.Scan(); n++ {
		emit(Numbered{File: f.Metadata.Path, N: n, Line: sc.Text()})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", f.Metadata.Path, err)
	}
	return nil
}

// keyByID keys a line by its event id; blank lines are dropped, as batch drops them.
func keyByID(l Numbered, emit func(string, Numbered)) {
	if ev, ok := eventline.Parse([]byte(l.Line), l.N, ""); ok {
		emit(ev.ID, l)
	}
}

var duplicates = beam.NewCounter("claimdiff", "duplicate_ids")

// firstOfID keeps the first line of an id; batch compares only that one.
func firstOfID(ctx context.Context, id string, lines func(*Numbered) bool, emit func(Numbered)) {
	var first Numbered
	n := 0
	var l Numbered
	for lines(&l) {
		if n == 0 || l.File < first.File || (l.File == first.File && l.N < first.N) {
			first = l
		}
		n++
	}
	if n > 1 {
		duplicates.Inc(ctx, int64(n-1))
	}
	emit(first)
}

var (
	compared = beam.NewCounter("claimdiff", "compared")
	failed   = beam.NewCounter("claimdiff", "failed")
	recorded = beam.NewCounter("claimdiff", "recorded")
)

// compareFn compares one event with the same code as claimdiff batch.
type compareFn struct {
	Options CompareOptions

	cmp   *eventline.Comparer
	notes map[string]string
	db    *record.DB
}

func (fn *compareFn) Setup() error {
	o := fn.Options
	fn.cmp = &eventline.Comparer{
		Load:    claims.LoadOptions{MaxBytes: o.MaxBytes},
		Options: compare.Options{MinConfidence: o.MinConfidence, ShowExcluded: o.ShowExcluded, MonthFirst: o.MonthFirst, NoFilter: o.NoFilter},
	}
	if o.Outlets != "" {
		reg, err := claims.LoadOutlets(o.Outlets)
		if err != nil {
			return fmt.Errorf("--outlets: %w", err)
		}
		fn.cmp.Outlets = reg
		fn.notes = map[string]string{}
		for _, n := range reg.Names() {
			if v := reg.Notes(n); v != "" {
				fn.notes[n] = v
			}
		}
	}
	if o.DB != "" {
		db, err := record.Open(o.DB, record.Options{})
		if err != nil {
			return err
		}
		fn.db = db
	}
	return nil
}

func (fn *compareFn) Teardown() error {
	if fn.db != nil {
		return fn.db.Close()
	}
	return nil
}

func (fn *compareFn) ProcessElement(ctx context.Context, l Numbered, emit func(Result)) error {
	ev, _ := eventline.Parse([]byte(l.Line), l.N, filepath.Dir(l.File))
	line, res, docs, bad := fn.cmp.ProcessDocs(ev)
	if bad {
		failed.Inc(ctx, 1)
	} else {
		compared.Inc(ctx, 1)
	}
	if fn.db != nil && res != nil {
		hashes := map[string]string{}
		for _, d := range docs {
			hashes[d.ID] = record.ContentHash(d.Raw)
		}
		// Keyed by event and report contents: a retried bundle replaces its run, never repeats it.
		if _, err := fn.db.Save(ctx, res, record.Run{Event: ev.ID, Version: fn.Options.Version, Notes: fn.notes, Hashes: hashes}); err != nil {
			return fmt.Errorf("event %s: %w", ev.ID, err)
		}
		recorded.Inc(ctx, 1)
	}
	emit(Result{File: l.File, N: l.N, Line: string(line), Failed: bad})
	return nil
}

// writeFn writes every result line to one file, in input order, through
// Beam's file systems (a local path, or gs:// on Dataflow).
type writeFn struct {
	Filename string
}

func (fn *writeFn) ProcessElement(ctx context.Context, _ int, results func(*Result) bool) error {
	var all []Result
	var r Result
	for results(&r) {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].File != all[j].File {
			return all[i].File < all[j].File
		}
		return all[i].N < all[j].N
	})
	fs, err := filesystem.New(ctx, fn.Filename)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, fn.Filename)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	for _, r := range all {
		if _, err := bw.WriteString(r.Line); err != nil {
			w.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
