package main

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/reports"
)

// demoFS holds three original reports of one invented event, so a new user can
// see claimdiff work without finding reports first.
//
//go:embed demo
var demoFS embed.FS

func demoCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "compare the bundled example reports",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: " + strings.Join(reports.Formats(), ", ")},
			explainFlag(),
			widthFlag(),
		},
		Action: func(c *cli.Context) error {
			width, err := tableWidth(c, env, "")
			if err != nil {
				return err
			}
			entries, err := fs.ReadDir(demoFS, "demo")
			if err != nil {
				return fmt.Errorf("read demo reports: %w", err)
			}
			var names []string
			for _, e := range entries {
				if !e.IsDir() && e.Name() != "README.md" {
					names = append(names, e.Name())
				}
			}
			sort.Strings(names)
			if len(names) < 2 {
				return fmt.Errorf("the demo needs two bundled reports, found %d", len(names))
			}
			var docs []*claims.Document
			for i, n := range names {
				data, err := demoFS.ReadFile(path.Join("demo", n))
				if err != nil {
					return fmt.Errorf("read demo report %s: %w", n, err)
				}
				d, err := claims.Parse(n, data, claims.LoadOptions{})
				if err != nil {
					return fmt.Errorf("demo report %s: %w", n, err)
				}
				d.ID = fmt.Sprintf("s%d", i+1)
				docs = append(docs, d)
			}
			res := compare.Run(docs, compare.Options{})
			var buf bytes.Buffer
			ro := reports.Options{Width: width, Version: currentBuild().Version, Explain: c.Bool("explain")}
			if err := reports.Render(&buf, c.String("format"), res, ro); err != nil {
				return usageErr("%v", err)
			}
			_, err = env.stdout.Write(buf.Bytes())
			return err
		},
	}
}
