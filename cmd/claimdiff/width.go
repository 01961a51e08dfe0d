package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/claimdiff/claimdiff/reports"
)

// widthFlag sets the width terminal tables fit; every command that prints a table has it.
func widthFlag() cli.Flag {
	return &cli.IntFlag{Name: "width", Usage: "fit tables to `N` columns", DefaultText: "the terminal's width, else $COLUMNS, else 100"}
}

// tableWidth is the width tables are laid out for: --width, else the width of the
// terminal standard output is (when the report goes there), else $COLUMNS, else 100.
func tableWidth(c *cli.Context, env *environment, output string) (int, error) {
	if c.IsSet("width") {
		n := c.Int("width")
		if n < reports.MinWidth {
			return 0, usageErr("--width %d: want at least %d columns", n, reports.MinWidth)
		}
		return n, nil
	}
	if output == "" || output == "-" {
		if f, ok := env.stdout.(interface{ Fd() uintptr }); ok && isTerminal(env.stdout) {
			if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
				return max(w, reports.MinWidth), nil
			}
		}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n > 0 {
		return max(n, reports.MinWidth), nil
	}
	return reports.DefaultWidth, nil
}
