package main

import (
	"bytes"
	"context"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/reports/record"
)

func historyCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "history",
		Usage: "list the runs stored with compare --db, newest first",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Usage: "list only the latest `N` runs"},
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
				return usageErr("history --format %q: want table or json", format)
			}
			if c.Args().Len() > 0 {
				return usageErr("history takes no arguments, got %q", c.Args().First())
			}
			db, err := openRecord(c)
			if err != nil {
				return err
			}
			defer db.Close()
			runs, err := db.History(context.Background(), c.Int("limit"))
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			if format == "json" {
				err = record.HistoryJSON(&buf, runs)
			} else {
				err = record.HistoryTable(&buf, runs, width)
			}
			if err != nil {
				return err
			}
			return writeOutput(env, "", buf.Bytes())
		},
	}
}
