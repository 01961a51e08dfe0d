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
	return &cli.StringFlag{Name: "db", EnvVars: []string{"CLAIMDIFF_DB"}, Usage: "record database `FILE` (SQLite)"}
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

// recordRun stores the run in the record database when --db or CLAIMDIFF_DB is set.
func recordRun(c *cli.Context, env *environment, res *compare.Result) error {
	path := c.String("db")
	if path == "" {
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
	db, err := record.Open(path, record.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	run := record.Run{Event: c.String("event"), Version: version, Notes: notes}
	id, err := db.Save(context.Background(), res, run)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "claimdiff: recorded run %d (event %q) in %s\n", id, record.EventName(run.Event, res), path)
	return nil
}

// openRecord opens an existing record database for reading.
func openRecord(c *cli.Context) (*record.DB, error) {
	path := c.String("db")
	if path == "" {
		return nil, usageErr("no record database: give --db FILE or set CLAIMDIFF_DB")
	}
	if _, err := os.Stat(path); err != nil {
		return nil, usageErr("record database %s: %v (record runs with claimdiff compare --db %s)", path, err, path)
	}
	return record.Open(path, record.Options{})
}
