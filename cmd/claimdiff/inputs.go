package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
)

// inputFlags are the flags every command that reads reports shares.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "name", Usage: "source `NAME` for each report without one in its metadata, in order"},
		&cli.StringSliceFlag{Name: "published", Usage: "publication `DATE` (YYYY-MM-DD) for each report without one, in order; resolves \"yesterday\", \"last month\""},
		&cli.BoolFlag{Name: "month-first", Usage: "read numeric dates like 03/04/2026 month-first (American)"},
		&cli.Int64Flag{Name: "max-bytes", Value: claims.DefaultMaxBytes, Usage: "size limit of one report in `BYTES`"},
		&cli.DurationFlag{Name: "timeout", Value: 20 * time.Second, Usage: "time limit for fetching a URL"},
		&cli.BoolFlag{Name: "no-filter", Usage: "keep every sentence: skip boilerplate and off-topic removal"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar while reading many reports"},
	}
}

// loadInputs reads every report named on the command line, applying --name and
// --published in order to reports that lack them, and numbers them s1, s2, ...
func loadInputs(c *cli.Context, env *environment, paths []string) ([]*claims.Document, error) {
	opt := claims.LoadOptions{MaxBytes: c.Int64("max-bytes"), Timeout: c.Duration("timeout"), Stdin: env.stdin}
	names := c.StringSlice("name")
	dates := c.StringSlice("published")
	stdin := 0
	var docs []*claims.Document
	bar := newProgress(env, len(paths), "reading", c.Bool("quiet"))
	defer bar.Done()
	for i, p := range paths {
		bar.Step(p)
		if p == "-" {
			stdin++
			if stdin > 1 {
				return nil, usageErr("standard input (-) can be read only once")
			}
		}
		d, err := claims.Load(p, opt)
		if err != nil {
			return nil, err
		}
		d.ID = fmt.Sprintf("s%d", i+1)
		if i < len(names) && names[i] != "" && (d.Name == "" || d.Name == filepath.Base(p) || d.Outlet == "") {
			d.Name = names[i]
		}
		if d.Name == "" {
			d.Name = filepath.Base(p)
		}
		if i < len(dates) && dates[i] != "" && d.Published.IsZero() {
			t, err := time.Parse("2006-01-02", dates[i])
			if err != nil {
				return nil, usageErr("--published %q: want YYYY-MM-DD", dates[i])
			}
			d.Published = t
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(env.stderr, "claimdiff: warning: %s: %s\n", p, w)
		}
		docs = append(docs, d)
	}
	return docs, nil
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
