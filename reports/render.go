package reports

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Options tunes rendering.
type Options struct {
	// Width is the terminal width tables wrap to (default 100).
	Width int
	// Color enables ANSI colour in terminal tables.
	Color bool
	// Version is claimdiff's version, named by formats that record their generator (SARIF).
	Version string
	// Explain adds each finding's internal reasons (shared terms, slot, rule, model
	// probability) beside the one-sentence reason formats show by default.
	Explain bool
}

// Renderer writes one comparison result in one format.
type Renderer func(w io.Writer, r *compare.Result, o Options) error

// renderers maps each --format name to its renderer; it is never modified.
var renderers = map[string]Renderer{
	"table":    Table,
	"json":     JSON,
	"markdown": Markdown,
	"html":     HTML,
	"csv":      CSV,
	"junit":    JUnit,
	"github":   GitHub,
	"sarif":    SARIF,
}

// Formats lists the output formats compare supports, sorted.
func Formats() []string {
	var out []string
	for k := range renderers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Render writes r in the named format.
func Render(w io.Writer, format string, r *compare.Result, o Options) error {
	f, ok := renderers[format]
	if !ok {
		return fmt.Errorf("unknown format %q (choose one of %s)", format, strings.Join(Formats(), ", "))
	}
	// JSON keeps article text exactly as found (encoding escapes it); every
	// format read by people or terminals gets control sequences stripped.
	if format == "json" {
		return f(w, r, o)
	}
	return f(w, Sanitize(r), o)
}
