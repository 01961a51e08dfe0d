package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/reports"
)

// errCheckFailed is returned when a fail_on rule matched a finding no ignore rule covers.
var errCheckFailed = errors.New("check failed")

// CheckSchema versions the JSON summary of claimdiff check.
const CheckSchema = "claimdiff/check/v1"

func checkCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "check",
		Usage: "run the comparisons of .claimdiff.yaml for CI: exit 1 when a fail_on rule matches",
		Description: "Reads the config (default .claimdiff.yaml), compares every listed group of reports\n" +
			"and every event directory, prints a summary and exits 0 when nothing fails, 1 when a\n" +
			"fail_on rule matched a finding no ignore rule covers, 2 on config or input errors.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Usage: "read the configuration from `FILE` (default: the nearest " + compare.DefaultConfigFile + " from here up to the repository root)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "summary `FORMAT`: " + strings.Join(reports.Formats(), ", ") + " (default: the config's output.format, else table)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the summary to `FILE` (default: the config's output.file, else standard output)"},
			quietFlag(),
			&cli.Int64Flag{Name: "max-bytes", Value: claims.DefaultMaxBytes, Usage: "size limit of one report in `BYTES`"},
			failOnFlag(),
		},
		Action: func(c *cli.Context) error {
			env := env.quieted(c)
			if c.Args().Len() > 0 {
				return usageErr("check takes no arguments (reports are listed in the config), got %q", c.Args().First())
			}
			path := c.String("config")
			if path == "" {
				found, err := findConfig()
				if err != nil {
					return err
				}
				path = found
				fmt.Fprintf(env.stderr, "claimdiff: using config %s\n", path)
			}
			cfg, err := compare.LoadConfig(path)
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			if c.IsSet("fail-on") {
				p, err := failOnPolicy(c.String("fail-on"))
				if err != nil {
					return err
				}
				cfg.FailOn = p.FailOn
			}
			format := cfg.Format
			if f := c.String("format"); f != "" {
				format = f
			}
			if !contains(reports.Formats(), format) {
				return usageErr("--format %q: want one of %s%s", format, strings.Join(reports.Formats(), ", "), suggestion(format, reports.Formats()))
			}
			output := c.String("output")
			if output == "" && cfg.Output != "" {
				output = filepath.Join(filepath.Dir(cfg.Path), cfg.Output)
			}
			jobs, err := cfg.Jobs()
			if err != nil {
				return &exitError{code: exitUsage, err: err}
			}
			checks, used, err := runChecks(env, cfg, jobs, c.Int64("max-bytes"), output)
			if err != nil {
				return err
			}
			for i, rule := range cfg.Ignore {
				if used[i] == 0 {
					fmt.Fprintf(env.stderr, "claimdiff: %s:%d: warning: ignore rule matched no finding (remove it if the discrepancy is gone)\n", cfg.Path, rule.Line)
				}
			}
			var buf bytes.Buffer
			policy := cfg.Policy()
			color := output == "" && useColor(env.stdout)
			if err := renderChecks(&buf, format, cfg.Path, policy, checks, color); err != nil {
				return fmt.Errorf("render summary: %w", err)
			}
			if err := writeOutput(env, output, buf.Bytes()); err != nil {
				return err
			}
			failed, findings := 0, 0
			for _, ch := range checks {
				if len(ch.Failing) > 0 {
					failed++
					findings += len(ch.Failing)
				}
			}
			if failed > 0 {
				return &exitError{code: exitFail, err: fmt.Errorf("%w: %s in %d of %s match fail_on (%s)",
					errCheckFailed, reports.Plural(findings, "finding", "findings"), failed, reports.Plural(len(checks), "comparison", "comparisons"), policy.Describe())}
			}
			return nil
		},
	}
}

// runChecks loads and compares every job and judges it by the config's policy;
// it also counts, per ignore rule, the findings the rule matched.
// claimdiff's own reports among the files (an earlier summary in an event directory)
// are skipped with a warning, and an output file that is one of the reports is refused.
func runChecks(env *environment, cfg *compare.Config, jobs []compare.Job, maxBytes int64, output string) ([]reports.Check, []int, error) {
	total := 0
	for _, j := range jobs {
		total += len(j.Files)
	}
	bar := newProgress(env, total, "checking", false)
	defer bar.Done()
	policy := cfg.Policy()
	used := make([]int, len(cfg.Ignore))
	var checks []reports.Check
	for _, j := range jobs {
		var docs []*claims.Document
		for _, p := range j.Files {
			bar.Step(j.Name)
			d, err := claims.Load(p, claims.LoadOptions{MaxBytes: maxBytes})
			if err != nil {
				return nil, nil, &exitError{code: exitUsage, err: fmt.Errorf("%s:%d: comparison %q: %w", cfg.Path, j.Line, j.Name, err)}
			}
			if format, ok := reports.Generated(d.Raw); ok {
				fmt.Fprintf(env.stderr, "claimdiff: warning: %s: skipped: a claimdiff report (%s), not a news report\n", p, format)
				continue
			}
			if sameFile(p, output) {
				return nil, nil, usageErr("output %s is also report %s of comparison %q; refusing to overwrite it", output, p, j.Name)
			}
			d.ID = fmt.Sprintf("s%d", len(docs)+1)
			if d.Name == "" {
				d.Name = filepath.Base(p)
			}
			for _, w := range d.Warnings {
				fmt.Fprintf(env.stderr, "claimdiff: warning: %s: %s\n", p, w)
			}
			docs = append(docs, d)
		}
		if len(docs) < 2 {
			return nil, nil, usageErr("%s:%d: comparison %q has %s once claimdiff's own reports are skipped; it needs two", cfg.Path, j.Line, j.Name, reports.Plural(len(docs), "news report", "news reports"))
		}
		res := compare.Run(docs, cfg.Options())
		jd := policy.Judge(res)
		for i, n := range jd.Used {
			used[i] += n
		}
		checks = append(checks, reports.Check{Name: j.Name, Result: res, Failing: jd.Failing, Ignored: jd.Reasons()})
	}
	return checks, used, nil
}

// renderChecks writes the summary of all comparisons in one format.
func renderChecks(w io.Writer, format, config string, policy compare.Policy, checks []reports.Check, color bool) error {
	switch format {
	case "json":
		return checkJSON(w, config, checks)
	case "junit":
		return reports.JUnitChecks(w, checks)
	case "github":
		return reports.GitHubChecks(w, checks)
	case "sarif":
		return reports.SARIFChecks(w, checks, reports.Options{Version: currentBuild().Version})
	case "csv":
		return reports.CSVChecks(w, checks)
	case "html":
		return reports.HTMLChecks(w, checkHeadline(policy, checks), checks)
	case "markdown":
		fmt.Fprintf(w, "%s\n## claimdiff check\n\n%s\n\n", reports.GeneratorComment, checkHeadline(policy, checks))
		for _, ch := range checks {
			if err := reports.MarkdownSection(w, ch.Name, ch.Result, "###"); err != nil {
				return err
			}
		}
		return nil
	}
	return checkTable(w, policy, checks, color)
}

// checkHeadline says how many comparisons ran and failed.
func checkHeadline(policy compare.Policy, checks []reports.Check) string {
	failed, n := 0, 0
	for _, ch := range checks {
		n += len(ch.Result.Sources)
		if len(ch.Failing) > 0 {
			failed++
		}
	}
	verdict := "all passed"
	if failed > 0 {
		verdict = fmt.Sprintf("%d failed", failed)
	}
	return fmt.Sprintf("%s of %s, failing on %s: %s", reports.Plural(len(checks), "comparison", "comparisons"), reports.Plural(n, "report", "reports"), policy.Describe(), verdict)
}

// checkTable is the plain-text summary: one line per comparison, then its failing and ignored findings.
func checkTable(w io.Writer, policy compare.Policy, checks []reports.Check, color bool) error {
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "claimdiff check: %s\n\n", checkHeadline(policy, checks))
	for _, ch := range checks {
		r := ch.Result
		counts := map[compare.Verdict]int{}
		for _, f := range r.Findings {
			counts[f.Verdict]++
		}
		status := paint("32", "ok  ")
		if len(ch.Failing) > 0 {
			status = paint("1;31", "FAIL")
		}
		fmt.Fprintf(&b, "%s %s (%s): %d failing, %d ignored · %s, %s, %d unique\n",
			status, reports.Clean(ch.Name), reports.Plural(len(r.Sources), "report", "reports"), len(ch.Failing), len(ch.Ignored),
			reports.Plural(counts[compare.Discrepancy], "discrepancy", "discrepancies"), reports.Plural(counts[compare.Agreement], "agreement", "agreements"), counts[compare.Unique])
		names := map[string]string{}
		for _, s := range r.Sources {
			names[s.ID] = filepath.Base(s.Path)
		}
		for _, f := range r.Findings {
			reason, ignored := ch.Ignored[f.ID]
			if !ch.Failing[f.ID] && !ignored {
				continue
			}
			var where []string
			for _, c := range f.Claims {
				where = append(where, fmt.Sprintf("%s:%d", names[c.Source], c.Line))
			}
			sev := strings.TrimSpace(string(f.Severity) + " " + string(f.Kind))
			line := fmt.Sprintf("  %-4s %-5s %s: %s [%s]", f.ID, string(f.Verdict)[:4], sev, reports.Clean(f.Summary), strings.Join(where, ", "))
			if ignored {
				line = paint("2", line+" ignored: "+reports.Clean(reason))
			}
			b.WriteString(line + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// checkJSON is the machine-readable summary: every comparison with its judged result.
func checkJSON(w io.Writer, config string, checks []reports.Check) error {
	type comparison struct {
		Name    string            `json:"name"`
		Failed  bool              `json:"failed"`
		Failing []string          `json:"failing"`
		Ignored map[string]string `json:"ignored"`
		Result  *compare.Result   `json:"result"`
	}
	out := struct {
		Schema      string       `json:"schema"`
		Config      string       `json:"config"`
		Failed      bool         `json:"failed"`
		Comparisons []comparison `json:"comparisons"`
	}{Schema: CheckSchema, Config: config, Comparisons: []comparison{}}
	for _, ch := range checks {
		cmp := comparison{Name: ch.Name, Failing: []string{}, Ignored: ch.Ignored, Result: ch.Result}
		for _, f := range ch.Result.Findings {
			if ch.Failing[f.ID] {
				cmp.Failing = append(cmp.Failing, f.ID)
			}
		}
		cmp.Failed = len(cmp.Failing) > 0
		out.Failed = out.Failed || cmp.Failed
		out.Comparisons = append(out.Comparisons, cmp)
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
