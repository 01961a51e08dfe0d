package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/compare"
)

// starterConfig is the commented .claimdiff.yaml that claimdiff init writes;
// a test keeps it parseable.
const starterConfig = `# claimdiff check configuration (https://github.com/claimdiff/claimdiff, docs/formats.md).
# Paths are relative to this file. Run: claimdiff check
version: 1

# Groups of reports of one event to compare. Each needs at least two files.
comparisons:
  - name: example
    files:
      - reports/first.txt
      - reports/second.html

# Or, instead of (or as well as) comparisons: directories whose every
# subdirectory is one event holding its reports (hidden files are skipped).
# events:
#   - events

# Drop findings the tool is less sure of than this (0 to 1).
min_confidence: 0.5

# Relative tolerance per claim kind when comparing approximate figures,
# e.g. "about 200" vs "210". Kinds: number, money, percent, duration, age,
# measure, tally, date, time.
tolerance:
  number: 0.1
  money: 5%

# What fails the build (exit code 1): discrepancy (any), major, minor, unique.
fail_on: [major]

# Known discrepancies to accept. Each rule needs a reason, and matches by kind
# and/or a case-insensitive text substring, optionally only in one source
# (file name, path, source name or id such as s2).
ignore:
  # - kind: number
  #   text: "protesters"
  #   source: second.html
  #   reason: "crowd estimates differ between police and organisers"

# The summary: table, json, markdown, junit, github (annotations), sarif (code
# scanning), html or csv.
output:
  format: table
  # file: claimdiff-report.xml
`

func initCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "write a commented starter " + compare.DefaultConfigFile,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Value: compare.DefaultConfigFile, Usage: "write the configuration to `FILE`"},
			&cli.BoolFlag{Name: "force", Usage: "overwrite an existing file"},
			quietFlag(),
		},
		Action: func(c *cli.Context) error {
			env := env.quieted(c)
			path := c.String("config")
			if !c.Bool("force") {
				if _, err := os.Lstat(path); err == nil {
					return usageErr("%s already exists (use --force to overwrite it)", path)
				} else if !errors.Is(err, fs.ErrNotExist) {
					return usageErr("%s: %v", path, err)
				}
			}
			if err := writeOutput(env, path, []byte(starterConfig)); err != nil {
				return err
			}
			fmt.Fprintf(env.stderr, "claimdiff: wrote %s; list your reports in it, then run claimdiff check\n", path)
			return nil
		},
	}
}
