package compare

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestParseConfig checks a full config and the defaults of a minimal one.
func TestParseConfig(t *testing.T) {
	cfg, err := ParseConfig("dir/.claimdiff.yaml", []byte(`version: 1
comparisons:
  - name: vote
    files: [a.txt, b.md]
events: events
min_confidence: 40%
tolerance: {number: 0.1, money: 5%}
fail_on: [major, unique]
month_first: true
ignore:
  - kind: number
    text: crowd
    source: b.md
    reason: estimates differ
output:
  format: junit
  file: out.xml
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Comparisons) != 1 || cfg.Comparisons[0].Name != "vote" || len(cfg.Comparisons[0].Files) != 2 || cfg.Comparisons[0].Files[1].Line != 4 {
		t.Errorf("comparisons = %+v", cfg.Comparisons)
	}
	if len(cfg.Events) != 1 || cfg.Events[0].Path != "events" || cfg.MinConfidence != 0.4 || !cfg.MonthFirst {
		t.Errorf("events/min_confidence/month_first = %+v %v %v", cfg.Events, cfg.MinConfidence, cfg.MonthFirst)
	}
	if cfg.Tolerance[claims.KindNumber] != 0.1 || cfg.Tolerance[claims.KindMoney] != 0.05 {
		t.Errorf("tolerance = %v", cfg.Tolerance)
	}
	if len(cfg.FailOn) != 2 || cfg.FailOn[1].Match != "unique" || cfg.Format != "junit" || cfg.Output != "out.xml" {
		t.Errorf("fail_on/output = %+v %q %q", cfg.FailOn, cfg.Format, cfg.Output)
	}
	if len(cfg.Ignore) != 1 || cfg.Ignore[0] != (IgnoreRule{Kind: claims.KindNumber, Text: "crowd", Source: "b.md", Reason: "estimates differ", Line: 11}) {
		t.Errorf("ignore = %+v", cfg.Ignore)
	}
	opt := cfg.Options()
	if opt.MinConfidence != 0.4 || opt.Tolerance[claims.KindNumber] != 0.1 || !opt.MonthFirst {
		t.Errorf("options = %+v", opt)
	}

	min, err := ParseConfig("c.yaml", []byte("events: [e]\nignore:\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(min.FailOn) != 1 || min.FailOn[0].Match != "discrepancy" || min.Format != "table" {
		t.Errorf("defaults: fail_on %+v format %q", min.FailOn, min.Format)
	}
}

// TestParseConfigErrors checks each problem is a ConfigError on the right line.
func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		config string
		line   int
		want   string
	}{
		{"events: e\ncolour: red\n", 2, `unknown key "colour"`},
		{"- a\n- b\n", 1, "must be a mapping"},
		{"", 1, "config is empty"},
		{"comparisons:\n  - name: x\n    files: [a]\n", 3, "needs at least two files"},
		{"comparisons:\n  - name: x\n", 2, "has no files"},
		{"comparisons: a.txt\n", 1, "comparisons must be a list"},
		{"events: e\nmin_confidence: high\n", 2, "min_confidence must be a number"},
		{"events: e\nmin_confidence: 1.5\n", 2, "between 0 and 1"},
		{"events: e\nversion: 2\n", 2, "version 2 is not supported"},
		{"events: e\nmonth_first: maybe\n", 2, "want true or false"},
		{"events: e\noutput: {format: pdf}\n", 2, `output format "pdf"`},
		{"events: e\nignore:\n  - text: x\n    reason: y\n    why: z\n", 5, `unknown key "why" in an ignore rule`},
		{"events: e\nignore:\n  - reason: y\n", 3, "needs a kind or a text"},
		{"events: e\nignore: [x]\n", 2, "ignore rule must be a mapping"},
		{"events: {a: b}\n", 1, "events must be a list"},
		{"events: e\nfail_on: [[x]]\n", 2, "fail_on entry must be a string"},
		{"events: e\ntolerance: [number]\n", 2, "tolerance must be a mapping"},
		{"a: &x [1]\nb: *x\n", 1, `unknown key "a"`},
		{"events: e\n\tfail_on: x\n", 0, "invalid YAML"},
	} {
		_, err := ParseConfig("c.yaml", []byte(tc.config))
		var ce *ConfigError
		if !errors.As(err, &ce) {
			t.Errorf("%q: err = %v, want a ConfigError", tc.config, err)
			continue
		}
		if (tc.line != 0 && ce.Line != tc.line) || !strings.Contains(ce.Problem, tc.want) {
			t.Errorf("%q: %v, want line %d with %q", tc.config, err, tc.line, tc.want)
		}
		if tc.line > 0 && !strings.HasPrefix(err.Error(), "c.yaml:") {
			t.Errorf("%q: error %q does not start with FILE:LINE", tc.config, err)
		}
	}
}

// FuzzParseConfig checks the loader never panics and every error names the file.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{"events: e\n", "comparisons:\n  - files: [a, b]\n", "ignore:\n  - kind: number\n    reason: r\n",
		"tolerance: {number: 10%}\n", "a: &a [*a]\n", "output: junit\n", "{", "- [", "events: !!binary x\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig("fuzz.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		if len(cfg.Comparisons) == 0 && len(cfg.Events) == 0 {
			t.Errorf("a config with nothing to check was accepted")
		}
	})
}
