package main

import (
	"bytes"
	"context"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/reports/record"
)

func sourcesCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "sources",
		Usage: "show each outlet's record over the runs stored with compare --db",
		Flags: []cli.Flag{
			dbFlag(),
			outletsFlag(),
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table or json"},
			widthFlag(),
		},
		Action: func(c *cli.Context) error {
			width, err := tableWidth(c, env, "")
			if err != nil {
				return err
			}
			format := c.String("format")
			if format != "table" && format != "json" {
				return usageErr("sources --format %q: want table or json", format)
			}
			if c.Args().Len() > 0 {
				return usageErr("sources takes no arguments, got %q", c.Args().First())
			}
			reg, err := loadOutlets(c)
			if err != nil {
				return err
			}
			db, err := openRecord(c)
			if err != nil {
				return err
			}
			defer db.Close()
			var canon, notes func(string) string
			if reg != nil {
				canon = func(s string) string { return reg.Canonical(s, "") }
				notes = reg.Notes
			}
			recs, err := db.Sources(context.Background(), canon, notes)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if format == "json" {
				err = record.SourcesJSON(&buf, recs)
			} else {
				err = record.SourcesTable(&buf, recs, width)
			}
			if err != nil {
				return err
			}
			return writeOutput(env, "", buf.Bytes())
		},
	}
}
