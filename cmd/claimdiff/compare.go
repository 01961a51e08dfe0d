package main

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/reports"
)

// errFailOn is returned when a --fail-on rule matched (exit code 1).
var errFailOn = errors.New("--fail-on matched")

func compareCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "compare two or more reports of one event",
		ArgsUsage: "FILE|URL|- FILE|URL ...",
		Flags: append(append(inputFlags(), recordFlags()...),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: " + strings.Join(reports.Formats(), ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "show-excluded", Usage: "list the sentences dropped as boilerplate or off-topic, and why"},
			&cli.StringFlag{Name: "fail-on", Usage: "exit 1 when a finding matches: `discrepancy` (any) or major"},
			&cli.Float64Flag{Name: "min-confidence", Usage: "drop findings below this `CONFIDENCE` (0-1)"},
		),
		Action: func(c *cli.Context) error {
			paths := c.Args().Slice()
			if len(paths) < 2 {
				return usageErr("compare needs at least two reports, got %d (see claimdiff compare --help)", len(paths))
			}
			if mc := c.Float64("min-confidence"); mc < 0 || mc > 1 {
				return usageErr("--min-confidence %v: want a number from 0 to 1", mc)
			}
			if !slices.Contains(reports.Formats(), c.String("format")) {
				return usageErr("--format %q: choose one of %s", c.String("format"), strings.Join(reports.Formats(), ", "))
			}
			failOn := c.String("fail-on")
			if failOn != "" && failOn != "discrepancy" && failOn != "major" {
				return usageErr("--fail-on %q: want discrepancy or major", failOn)
			}
			docs, err := loadInputs(c, env, paths)
			if err != nil {
				return err
			}
			if err := applyOutlets(c, docs); err != nil {
				return err
			}
			opt := compare.Options{
				MinConfidence: c.Float64("min-confidence"),
				ShowExcluded:  c.Bool("show-excluded"),
				MonthFirst:    c.Bool("month-first"),
				NoFilter:      c.Bool("no-filter"),
			}
			res := compare.Run(docs, opt)
			var buf bytes.Buffer
			if err := reports.Render(&buf, c.String("format"), res, reports.Options{}); err != nil {
				return usageErr("%v", err)
			}
			if err := writeOutput(env, c.String("output"), buf.Bytes()); err != nil {
				return err
			}
			if err := recordRun(c, env, docs, res); err != nil {
				return err
			}
			if n := failing(res, failOn); n > 0 {
				return &exitError{code: exitFail, err: fmt.Errorf("%w: %d finding(s) at or above %q", errFailOn, n, failOn)}
			}
			return nil
		},
	}
}

// failing counts findings that match a --fail-on rule.
func failing(res *compare.Result, rule string) int {
	n := 0
	for _, f := range res.Findings {
		if f.Verdict != compare.Discrepancy {
			continue
		}
		if rule == "discrepancy" || (rule == "major" && f.Severity == compare.Major) {
			n++
		}
	}
	return n
}
