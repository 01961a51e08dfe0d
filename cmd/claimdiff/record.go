package main

import (
	"context"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/reports/record"
)

// recordFlags are compare's flags for the run record and the outlet registry.
func recordFlags() []cli.Flag {
	return []cli.Flag{
		dbFlag(),
		outletsFlag(),
		&cli.StringFlag{Name: "event", Usage: "record the run under event `NAME` (default: the first report's title)"},
	}
}

// dbFlag names the record database; compare, sources and history share it.
func dbFlag() cli.Flag {
	return &cli.StringFlag{Name: "db", EnvVars: []string{"CLAIMDIFF_DB"}, Usage: "record database: a SQLite `FILE` or a postgres:// URL"}
}

// outletsFlag names the outlet registry; compare and sources share it.
func outletsFlag() cli.Flag {
	return &cli.StringFlag{Name: "outlets", EnvVars: []string{"CLAIMDIFF_OUTLETS"}, Usage: "outlet registry `FILE` (YAML) mapping names and domains to outlets"}
}

// loadOutlets reads the --outlets registry, or returns nil when none is given.
func loadOutlets(c *cli.Context) (*claims.Outlets, error) {
	p := c.String("outlets")
	if p == "" {
		return nil, nil
	}
	o, err := claims.LoadOutlets(p)
	if err != nil {
		return nil, usageErr("--outlets: %v", err)
	}
	return o, nil
}

// applyOutlets maps each report to its canonical outlet from the registry, if one is given.
func applyOutlets(c *cli.Context, docs []*claims.Document) error {
	reg, err := loadOutlets(c)
	if err != nil {
		return err
	}
	reg.Apply(docs)
	return nil
}

// recordRun stores the run in the record database when --db or CLAIMDIFF_DB is
// set. The run is keyed by its event and the contents of its reports, so the
// same comparison recorded again replaces its run, and the message says so.
func recordRun(c *cli.Context, env *environment, docs []*claims.Document, res *compare.Result) error {
	target := c.String("db")
	if target == "" {
		return nil
	}
	reg, err := loadOutlets(c)
	if err != nil {
		return err
	}
	notes := map[string]string{}
	for _, n := range reg.Names() {
		if v := reg.Notes(n); v != "" {
			notes[n] = v
		}
	}
	hashes := map[string]string{}
	for _, d := range docs {
		hashes[d.ID] = record.ContentHash(d.Raw)
	}
	db, err := record.Open(target, record.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	run := record.Run{Event: c.String("event"), Version: version, Notes: notes, Hashes: hashes}
	saved, err := db.Save(context.Background(), res, run)
	if err != nil {
		return err
	}
	verb := "recorded"
	if saved.Replaced {
		verb = "replaced"
	}
	fmt.Fprintf(env.stderr, "claimdiff: %s run %d (event %q) in %s", verb, saved.ID, record.EventName(run.Event, res), db.Path())
	if saved.Replaced {
		fmt.Fprint(env.stderr, ": the same event and reports were recorded before")
	}
	fmt.Fprintln(env.stderr)
	return nil
}

// openRecord opens an existing record for reading: a SQLite file that must
// exist, or a PostgreSQL server.
func openRecord(c *cli.Context) (*record.DB, error) {
	target := c.String("db")
	if target == "" {
		return nil, usageErr("no record database: give --db FILE or set CLAIMDIFF_DB")
	}
	if !record.IsServer(target) {
		if _, err := os.Stat(target); err != nil {
			return nil, usageErr("record database %s: %v (record runs with claimdiff compare --db %s)", target, err, target)
		}
	}
	return record.Open(target, record.Options{})
}
