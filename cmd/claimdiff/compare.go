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
			explainFlag(),
			failOnFlag(),
			&cli.Float64Flag{Name: "min-confidence", Value: compare.DefaultMinConfidence, Usage: "drop findings below this `CONFIDENCE` (0-1); 0 also shows uncertain conflicts"},
			widthFlag(),
		),
		Action: func(c *cli.Context) error {
			env := env.quieted(c)
			paths := c.Args().Slice()
			if len(paths) < 2 {
				return usageErr("compare needs at least two reports, got %d (see claimdiff compare --help)", len(paths))
			}
			if mc := c.Float64("min-confidence"); mc < 0 || mc > 1 {
				return usageErr("--min-confidence %v: want a number from 0 to 1", mc)
			}
			if !slices.Contains(reports.Formats(), c.String("format")) {
				return usageErr("--format %q: choose one of %s%s", c.String("format"), strings.Join(reports.Formats(), ", "), suggestion(c.String("format"), reports.Formats()))
			}
			policy, err := failOnPolicy(c.String("fail-on"))
			if err != nil {
				return err
			}
			width, err := tableWidth(c, env, c.String("output"))
			if err != nil {
				return err
			}
			docs, err := loadInputs(c, env, paths)
			if err != nil {
				return err
			}
			if len(docs) < 2 {
				return usageErr("compare needs at least two news reports, got %d once claimdiff's own reports were skipped", len(docs))
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
			defer paceGC(len(docs), 0)()
			res := compare.Run(docs, opt)
			var buf bytes.Buffer
			ro := reports.Options{Width: width, Version: currentBuild().Version, Explain: c.Bool("explain")}
			if err := reports.Render(&buf, c.String("format"), res, ro); err != nil {
				return usageErr("%v", err)
			}
			if err := writeOutput(env, c.String("output"), buf.Bytes()); err != nil {
				return err
			}
			if err := recordRun(c, env, docs, res); err != nil { // env is quieted: --quiet hides the note
				return err
			}
			if n := len(policy.Judge(res).Failing); n > 0 {
				return &exitError{code: exitFail, err: fmt.Errorf("%w: %s match %s", errFailOn, reports.Plural(n, "finding", "findings"), policy.Describe())}
			}
			return nil
		},
	}
}

// failOnFlag is --fail-on, with the same values in compare and check.
func failOnFlag() cli.Flag {
	return &cli.StringFlag{Name: "fail-on", Usage: "exit 1 when a finding matches `RULE`: " + strings.Join(compare.FailOnValues, ", ") + " (comma-separated for several)"}
}

// failOnPolicy reads --fail-on: fail_on values of .claimdiff.yaml, comma-separated.
// An empty value fails on nothing.
func failOnPolicy(value string) (compare.Policy, error) {
	var p compare.Policy
	for _, v := range strings.Split(value, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		if !slices.Contains(compare.FailOnValues, v) {
			return p, usageErr("--fail-on %q: want one of %s%s", v, strings.Join(compare.FailOnValues, ", "), suggestion(v, compare.FailOnValues))
		}
		p.FailOn = append(p.FailOn, compare.FailRule{Match: v})
	}
	return p, nil
}

// explainFlag is --explain: each finding's internal reasons beside its one-sentence reason.
func explainFlag() cli.Flag {
	return &cli.BoolFlag{Name: "explain", Usage: "also show each finding's internals (compared intervals, shared terms, slot, rule, model probability) in table, markdown and html output"}
}
