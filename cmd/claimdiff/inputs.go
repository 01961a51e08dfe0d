package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/reports"
)

// inputFlags are the flags every command that reads reports shares.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "name", Usage: "source `NAME` for each report without one in its metadata, in order"},
		&cli.StringSliceFlag{Name: "published", Usage: "publication `DATE` (YYYY-MM-DD, or today, yesterday, last week, last month, 3 days ago) for each report without one, in order"},
		&cli.BoolFlag{Name: "month-first", Usage: "read numeric dates like 03/04/2026 month-first (American)"},
		&cli.Int64Flag{Name: "max-bytes", Value: claims.DefaultMaxBytes, Usage: "size limit of one report in `BYTES`"},
		&cli.DurationFlag{Name: "timeout", Value: 20 * time.Second, Usage: "time limit for fetching a URL"},
		&cli.BoolFlag{Name: "no-filter", Usage: "keep every sentence: skip boilerplate and off-topic removal"},
		quietFlag(),
	}
}

// quietFlag silences everything on stderr but errors; every command that warns has it.
func quietFlag() cli.Flag {
	return &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only the report and errors: no progress bar, warnings or notes"}
}

// quieted returns env with stderr discarded when --quiet is set: warnings, notes and
// the progress bar go there, while errors are printed by run on the real stderr.
func (e *environment) quieted(c *cli.Context) *environment {
	if !c.Bool("quiet") {
		return e
	}
	q := *e
	q.stderr = io.Discard
	return &q
}

// urlScheme matches the scheme of anything written like a URL ("ftp://host/x").
var urlScheme = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9+.-]*)://`)

// checkScheme refuses a URL claimdiff cannot fetch, naming its scheme, instead of
// letting it be looked up as a file that does not exist.
func checkScheme(p string) error {
	m := urlScheme.FindStringSubmatch(p)
	if m == nil {
		return nil
	}
	switch strings.ToLower(m[1]) {
	case "http", "https":
		return nil
	}
	return usageErr("%s: unsupported URL scheme %q (claimdiff reads http:// and https:// URLs, files and - for standard input)", p, m[1]+"://")
}

// loadInputs reads every report named on the command line, applying --name and
// --published in order to reports that lack them, and numbers them s1, s2, ...
// claimdiff's own reports among them (an earlier summary in the same directory) are
// skipped with a warning, and an --output that names one of the other inputs is refused.
func loadInputs(c *cli.Context, env *environment, paths []string) ([]*claims.Document, error) {
	opt := claims.LoadOptions{MaxBytes: c.Int64("max-bytes"), Timeout: c.Duration("timeout"), Stdin: env.stdin}
	names := c.StringSlice("name")
	dates := c.StringSlice("published")
	if len(names) > len(paths) {
		return nil, usageErr("%s for %s: give at most one --name per report, in order", reports.Plural(len(names), "--name value", "--name values"), reports.Plural(len(paths), "report", "reports"))
	}
	if len(dates) > len(paths) {
		return nil, usageErr("%s for %s: give at most one --published per report, in order", reports.Plural(len(dates), "--published value", "--published values"), reports.Plural(len(paths), "report", "reports"))
	}
	published := make([]time.Time, len(dates))
	for i, s := range dates {
		if s == "" {
			continue
		}
		t, err := parsePublished(s, env.today())
		if err != nil {
			return nil, usageErr("%v", err)
		}
		published[i] = t
	}
	stdin := 0
	for _, p := range paths {
		if err := checkScheme(p); err != nil {
			return nil, err
		}
		if p == "-" {
			stdin++
			if stdin > 1 {
				return nil, usageErr("standard input (-) can be read only once")
			}
		}
	}
	output := c.String("output")
	var docs []*claims.Document
	bar := newProgress(env, len(paths), "reading", c.Bool("quiet"))
	defer bar.Done()
	for i, p := range paths {
		bar.Step(p)
		d, err := claims.Load(p, opt)
		if err != nil {
			return nil, err
		}
		if format, ok := reports.Generated(d.Raw); ok {
			fmt.Fprintf(env.stderr, "claimdiff: warning: %s: skipped: a claimdiff report (%s), not a news report\n", p, format)
			continue
		}
		if sameFile(p, output) {
			return nil, usageErr("--output %s is also input report %s; refusing to overwrite it", output, p)
		}
		d.ID = fmt.Sprintf("s%d", len(docs)+1)
		if i < len(names) && names[i] != "" && (d.Name == "" || d.Name == filepath.Base(p) || d.Outlet == "") {
			d.Name = names[i]
		}
		if d.Name == "" {
			d.Name = filepath.Base(p)
		}
		if i < len(published) && !published[i].IsZero() && d.Published.IsZero() {
			d.Published = published[i]
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(env.stderr, "claimdiff: warning: %s: %s\n", p, w)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// sameFile reports whether input path and output path name one file: the same file
// when both exist, else the same cleaned absolute path. URLs and - are never files.
func sameFile(input, output string) bool {
	if input == "" || output == "" || input == "-" || output == "-" || urlScheme.MatchString(input) {
		return false
	}
	a, errA := os.Stat(input)
	b, errB := os.Stat(output)
	if errA == nil && errB == nil {
		return os.SameFile(a, b)
	}
	absIn, err1 := filepath.Abs(input)
	absOut, err2 := filepath.Abs(output)
	return err1 == nil && err2 == nil && absIn == absOut
}

// writeOutput writes rendered output to stdout, or atomically to --output FILE.
func writeOutput(env *environment, path string, data []byte) error {
	if path == "" || path == "-" {
		_, err := env.stdout.Write(data)
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".claimdiff-*")
	if err != nil {
		return usageErr("--output %s: %v", path, err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes private files; a report is as readable as any file the user writes.
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
