package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/reports"
)

func extractCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "list the claims of one or more reports",
		ArgsUsage: "FILE|URL|- ...",
		Flags: append(inputFlags(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table or json"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.BoolFlag{Name: "show-excluded", Usage: "list the sentences dropped as boilerplate or off-topic, and why"},
			widthFlag(),
		),
		Action: func(c *cli.Context) error {
			env := env.quieted(c)
			width, err := tableWidth(c, env, c.String("output"))
			if err != nil {
				return err
			}
			paths := c.Args().Slice()
			if len(paths) == 0 {
				return usageErr("extract needs at least one report (see claimdiff extract --help)")
			}
			var docs []*claims.Document
			docs, err = loadInputs(c, env, paths)
			if err != nil {
				return err
			}
			as := compare.Analyze(docs, compare.Options{NoFilter: c.Bool("no-filter"), MonthFirst: c.Bool("month-first")})
			res := compare.Compare(as, compare.Options{ShowExcluded: c.Bool("show-excluded")})
			ex := &reports.Extraction{Schema: compare.Schema, Sources: res.Sources, Excluded: res.Excluded}
			for _, a := range as {
				ex.Claims = append(ex.Claims, a.Claims...)
			}
			var buf bytes.Buffer
			switch c.String("format") {
			case "json":
				err = reports.ExtractionJSON(&buf, ex)
			case "table":
				err = reports.ExtractionTable(&buf, ex, reports.Options{Width: width})
			default:
				return usageErr("extract --format %q: want %s", c.String("format"), strings.Join([]string{"table", "json"}, " or "))
			}
			if err != nil {
				return fmt.Errorf("render: %w", err)
			}
			return writeOutput(env, c.String("output"), buf.Bytes())
		},
	}
}
