package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/reports/record"
)

// recordCommand manages the record itself: its schema, and moving it between
// stores (a SQLite file and a PostgreSQL server) as JSON Lines.
func recordCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "record",
		Usage: "manage the record of runs: migrate its schema, export or import it as JSON Lines",
		Description: "The record is a SQLite file or a PostgreSQL database (--db postgres://user@host/db).\n" +
			"To move a record between stores:\n" +
			"  claimdiff record export --db record.db -o record.jsonl\n" +
			"  claimdiff record import --db postgres://ci@db.example/claimdiff record.jsonl",
		Subcommands: []*cli.Command{
			{
				Name:  "migrate",
				Usage: "bring the record's schema up to date (compare --db also does this on first use)",
				Flags: []cli.Flag{dbFlag()},
				Action: func(c *cli.Context) error {
					if c.Args().Len() > 0 {
						return usageErr("record migrate takes no arguments, got %q", c.Args().First())
					}
					if c.String("db") == "" {
						return usageErr("no record database: give --db FILE|URL or set CLAIMDIFF_DB")
					}
					db, err := record.Open(c.String("db"), record.Options{})
					if err != nil {
						return err
					}
					defer db.Close()
					// Opening migrates; say what it did.
					m := db.Opened()
					if m.From < m.To {
						fmt.Fprintf(env.stdout, "record %s (%s): migrated schema from version %d to %d\n", db.Path(), db.Dialect(), m.From, m.To)
						return nil
					}
					fmt.Fprintf(env.stdout, "record %s (%s): schema version %d, up to date\n", db.Path(), db.Dialect(), m.To)
					return nil
				},
			},
			{
				Name:  "export",
				Usage: "write every run of the record as JSON Lines",
				Flags: []cli.Flag{
					dbFlag(),
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
				},
				Action: func(c *cli.Context) error {
					if c.Args().Len() > 0 {
						return usageErr("record export takes no arguments, got %q (use -o FILE)", c.Args().First())
					}
					db, err := openRecord(c)
					if err != nil {
						return err
					}
					defer db.Close()
					out, finish, err := exportOutput(env, c.String("output"))
					if err != nil {
						return err
					}
					n, err := db.Export(context.Background(), out)
					if ferr := finish(err == nil); err == nil {
						err = ferr
					}
					if err != nil {
						return err
					}
					fmt.Fprintf(env.stderr, "claimdiff: exported %d %s from %s\n", n, plural(n, "run", "runs"), db.Path())
					return nil
				},
			},
			{
				Name:      "import",
				Usage:     "add the runs of an export to the record; runs already in it are replaced, not repeated",
				ArgsUsage: "FILE.jsonl|-",
				Flags:     []cli.Flag{dbFlag()},
				Action: func(c *cli.Context) error {
					if c.Args().Len() != 1 {
						return usageErr("record import needs one input: an export file or - for standard input")
					}
					if c.String("db") == "" {
						return usageErr("no record database: give --db FILE|URL or set CLAIMDIFF_DB")
					}
					var in io.Reader = env.stdin
					if p := c.Args().First(); p != "-" {
						f, err := os.Open(p)
						if err != nil {
							return usageErr("record import %s: %v", p, unwrapPathErr(err))
						}
						defer f.Close()
						in = f
					}
					db, err := record.Open(c.String("db"), record.Options{})
					if err != nil {
						return err
					}
					defer db.Close()
					st, err := db.Import(context.Background(), bufio.NewReaderSize(in, 1<<20))
					fmt.Fprintf(env.stderr, "claimdiff: imported into %s: %d %s added, %d replaced\n", db.Path(), st.Added, plural(st.Added, "run", "runs"), st.Replaced)
					if err != nil {
						return usageErr("%v", err)
					}
					return nil
				},
			},
		},
	}
}

// exportOutput opens where an export goes; finish closes it, and removes a
// file that was only partly written.
func exportOutput(env *environment, path string) (io.Writer, func(ok bool) error, error) {
	if path == "" || path == "-" {
		return env.stdout, func(bool) error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, usageErr("--output %s: %v", path, unwrapPathErr(err))
	}
	return f, func(ok bool) error {
		err := f.Close()
		if !ok || err != nil {
			os.Remove(path)
		}
		return err
	}, nil
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
