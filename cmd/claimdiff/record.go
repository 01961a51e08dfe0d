package main

import (
	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// recordFlags are compare's flags for the run record and the outlet registry.
func recordFlags() []cli.Flag { return nil }

// applyOutlets maps each report to its canonical outlet from the registry, if one is given.
func applyOutlets(c *cli.Context, docs []*claims.Document) error { return nil }

// recordRun stores the run in the record database when --db or CLAIMDIFF_DB is set.
func recordRun(c *cli.Context, env *environment, res *compare.Result) error { return nil }
