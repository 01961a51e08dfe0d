package main

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/benchgen"
	"github.com/claimdiff/claimdiff/reports"
)

// benchCommand generates a reproducible corpus in memory and times the pipeline on it:
// the one-off start-up loads, extraction, alignment and rendering of single events of
// growing size, and a batch of many events on all cores.
func benchCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "time extraction, alignment and rendering on a generated corpus",
		Description: "Generates reports of ~800 words from templates (deterministic by --seed), then\n" +
			"prints one table: start-up loads, one event at each --scale report count (extract,\n" +
			"align and render timed separately), and a batch of --events events of --reports\n" +
			"reports each on --jobs cores. CPU is the process's user+system time; peak RSS is\n" +
			"the process's maximum resident memory so far.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "reports", Value: 5, Usage: "reports per event in the batch run"},
			&cli.IntFlag{Name: "events", Value: 1000, Usage: "events in the batch run (0 skips it)"},
			&cli.IntFlag{Name: "words", Value: 800, Usage: "approximate words per report"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "corpus `SEED`: equal seeds generate equal corpora"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "events compared at once in the batch run"},
			&cli.IntSliceFlag{Name: "scale", Value: cli.NewIntSlice(2, 5, 10, 20, 50), Usage: "report counts of the single-event runs (0 skips them)"},
		},
		Action: func(c *cli.Context) error {
			if c.Int("jobs") < 1 || c.Int("words") < 50 || c.Int("reports") < 2 || c.Int("events") < 0 {
				return usageErr("bench: want --jobs >= 1, --words >= 50, --reports >= 2, --events >= 0")
			}
			rows := [][]string{}
			rows = append(rows, startupRows()...)
			seed := c.Uint64("seed")
			for _, n := range c.IntSlice("scale") {
				if n < 2 {
					continue
				}
				row, err := benchEvent(benchgen.Config{Reports: n, Words: c.Int("words"), Seed: seed})
				if err != nil {
					return err
				}
				rows = append(rows, row)
				fmt.Fprintf(env.stderr, "claimdiff: bench: one event, %d reports: done\n", n)
			}
			if ev := c.Int("events"); ev > 0 {
				row, err := benchBatch(benchgen.Config{Events: ev, Reports: c.Int("reports"), Words: c.Int("words"), Seed: seed}, c.Int("jobs"))
				if err != nil {
					return err
				}
				rows = append(rows, row)
			}
			var buf bytes.Buffer
			fmt.Fprintf(&buf, "claimdiff bench: seed %d, ~%d words per report, %d CPU(s), GOMAXPROCS %d, %s\n",
				seed, c.Int("words"), runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())
			if err := benchTable(&buf, rows); err != nil {
				return err
			}
			return writeOutput(env, "", buf.Bytes())
		},
	}
}

// benchHeader names the columns of the bench table. Stage columns are CPU time, which
// other processes on the machine disturb less than wall-clock time.
// The floor is reading and splitting the same bytes into words; "× floor" is cpu over it.
var benchHeader = []string{"run", "reports", "claims", "floor cpu", "extract cpu", "align cpu", "json cpu", "table cpu", "wall", "cpu", "× floor", "rss after align", "peak rss"}

// startupRows time the lazily loaded tables one by one: each is built on first use, so
// this must run before anything else in the process touches them.
func startupRows() [][]string {
	loads := []struct {
		name string
		load func()
	}{
		{"first lemma lookup (embedded table)", func() { claims.Lemma("closed") }},
		{"first WordNet lookup (embedded table)", func() { claims.Concepts("death") }},
		{"load sentence model (embedded table)", func() {
			claims.Segment(&claims.Document{Body: "It began. It ended.", Raw: []byte("It began. It ended.")})
		}},
	}
	var rows [][]string
	for _, l := range loads {
		m := startMeasure()
		l.load()
		wall, cpu := m.stop()
		rows = append(rows, []string{l.name, "", "", "", "", "", "", "", ms(wall), ms(cpu), "", "", peakRSS()})
	}
	return rows
}

// benchEvent times one generated event through each stage of compare.
func benchEvent(cfg benchgen.Config) ([]string, error) {
	defer paceGC(cfg.Reports, 0)() // as compare does
	ev := benchgen.Generate(cfg, 0)
	floor, err := benchFloor(ev)
	if err != nil {
		return nil, err
	}
	total := startMeasure()
	m := startMeasure()
	docs, err := parseEvent(ev)
	if err != nil {
		return nil, err
	}
	as := compare.Analyze(docs, compare.Options{})
	_, extract := m.stop()
	nclaims := 0
	for _, a := range as {
		nclaims += len(a.Claims)
	}
	m = startMeasure()
	res := compare.Compare(as, compare.Options{})
	_, align := m.stop()
	alignRSS := peakRSS()
	var render [2]time.Duration
	for i, f := range []string{"json", "table"} {
		m = startMeasure()
		if err := reports.Render(io.Discard, f, res, reports.Options{}); err != nil {
			return nil, fmt.Errorf("bench: render %s: %w", f, err)
		}
		_, render[i] = m.stop()
	}
	wall, cpu := total.stop()
	return []string{"one event", strconv.Itoa(cfg.Reports), strconv.Itoa(nclaims), ms(floor),
		ms(extract), ms(align), ms(render[0]), ms(render[1]), ms(wall), ms(cpu), ratio(cpu, floor), alignRSS, peakRSS()}, nil
}

// benchFloor is the CPU time of the least any comparison must do with the event: load
// its reports as documents and split their bodies into words.
func benchFloor(ev benchgen.Event) (time.Duration, error) {
	m := startMeasure()
	docs, err := parseEvent(ev)
	if err != nil {
		return 0, err
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Body))
	}
	_, cpu := m.stop()
	if words == 0 {
		return 0, fmt.Errorf("bench: event %s has no words", ev.ID)
	}
	return cpu, nil
}

// ratio formats a over b as a multiple ("×123"), or "" when b is too small to divide by.
func ratio(a, b time.Duration) string {
	if b <= 0 {
		return ""
	}
	return fmt.Sprintf("×%.0f", float64(a)/float64(b))
}

// parseEvent turns generated reports into documents, as compare's loading does.
func parseEvent(ev benchgen.Event) ([]*claims.Document, error) {
	docs := make([]*claims.Document, len(ev.Reports))
	for i, r := range ev.Reports {
		d, err := claims.Parse(r.Name, []byte(r.Text), claims.LoadOptions{})
		if err != nil {
			return nil, fmt.Errorf("bench: %s/%s: %w", ev.ID, r.Name, err)
		}
		d.ID = fmt.Sprintf("s%d", i+1)
		docs[i] = d
	}
	return docs, nil
}

// benchBatch runs the batch path (comparison and JSON encoding of every event, written
// in order) on a corpus generated event by event, so the corpus is never held whole.
func benchBatch(cfg benchgen.Config, jobs int) ([]string, error) {
	defer paceGC(smallEvent, batchMemoryLimit)() // as batch does
	b := &batcher{jobs: jobs}
	src := func(emit func(batchEvent) bool) error {
		for i := 0; i < cfg.Events; i++ {
			ev := benchgen.Generate(cfg, i)
			be := batchEvent{id: ev.ID}
			for _, r := range ev.Reports {
				text := r.Text
				be.reports = append(be.reports, batchReport{Name: r.Name, Text: &text})
			}
			if !emit(be) {
				return nil
			}
		}
		return nil
	}
	m := startMeasure()
	st, err := b.run(src, io.Discard, nil)
	wall, cpu := m.stop()
	if err != nil {
		return nil, fmt.Errorf("bench: batch: %w", err)
	}
	if st.failed > 0 {
		return nil, fmt.Errorf("bench: batch: %d generated event(s) failed", st.failed)
	}
	return []string{fmt.Sprintf("batch, %d events, %d jobs", cfg.Events, jobs), strconv.Itoa(cfg.Reports), "", "",
		"", "", "", "", ms(wall), ms(cpu), "", "", peakRSS()}, nil
}

// measure is a running wall-clock and process CPU timer.
type measure struct {
	start time.Time
	cpu   time.Duration
}

func startMeasure() measure { return measure{start: time.Now(), cpu: processCPU()} }

// stop returns the wall and CPU time since the measure started.
func (m measure) stop() (wall, cpu time.Duration) {
	return time.Since(m.start), processCPU() - m.cpu
}

// processCPU is the user and system time of the whole process so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS is the process's maximum resident set size so far (Linux reports kilobytes).
func peakRSS() string {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil || ru.Maxrss == 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return fmt.Sprintf("%.0f MB (heap sys)", float64(ms.HeapSys)/(1<<20))
	}
	return fmt.Sprintf("%.0f MB", float64(ru.Maxrss)/1024)
}

// ms formats a duration in milliseconds, to one decimal below a second.
func ms(d time.Duration) string {
	if d >= time.Second {
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
}

// benchTable renders the rows under benchHeader.
func benchTable(w io.Writer, rows [][]string) error {
	cfg := tablewriter.Config{
		Header: tw.CellConfig{Formatting: tw.CellFormatting{AutoFormat: tw.Off}},
		Row:    tw.CellConfig{Alignment: tw.CellAlignment{Global: tw.AlignRight, PerColumn: []tw.Align{tw.AlignLeft}}},
	}
	t := tablewriter.NewTable(w, tablewriter.WithRenderer(renderer.NewBlueprint()), tablewriter.WithConfig(cfg))
	t.Header(benchHeader)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return fmt.Errorf("bench table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("bench table: %w", err)
	}
	return nil
}
