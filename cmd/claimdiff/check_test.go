package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// checkRepo is the fixture repository layout: reports/, events/<event>/ and configs.
const checkRepo = "../../testdata/check/repo"

func runCheck(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"claimdiff"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// TestCheckEndToEnd runs claimdiff check on the fixture repository with a
// config that passes, one that fails and one that is malformed.
func TestCheckEndToEnd(t *testing.T) {
	for _, tc := range []struct {
		name, config string
		args         []string
		code         int
		stdout       []string
		stderr       []string
	}{
		{name: "passes", config: "pass.yaml", code: exitOK,
			stdout: []string{"all passed", "ok   night-market (2 reports)", "ok   ferry", "ignored: the board published a corrected tally", "ok   library"},
			stderr: []string{"pass.yaml:21: warning: ignore rule matched no finding"}},
		{name: "fails", config: "fail.yaml", code: exitFail,
			stdout: []string{"1 failed", "FAIL ferry (2 reports)", "major tally: score: 9-4 (s1) vs 8-5 (s2) [coast-news.txt:3, island-times.txt:3]", "ok   library"},
			stderr: []string{"check failed", "match fail_on (major discrepancies)"}},
		{name: "malformed", config: "malformed.yaml", code: exitUsage,
			stderr: []string{"malformed.yaml:6: unknown key \"fiels\" in a comparison"}},
		{name: "flags after the command", config: "fail.yaml", args: []string{"--format", "github", "-q"}, code: exitFail,
			stdout: []string{"::error file=", "coast-news.txt,line=3,title=claimdiff ferry F1%3A major tally discrepancy::"}},
		{name: "missing config", config: "nope.yaml", code: exitUsage, stderr: []string{"nope.yaml: no such config file"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"check", "--config", filepath.Join(checkRepo, tc.config)}, tc.args...)
			code, out, errs := runCheck(t, args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.code, out, errs)
			}
			for _, want := range tc.stdout {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			for _, want := range tc.stderr {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errs)
				}
			}
		})
	}
}

// TestCheckConfigErrors writes broken configs next to the fixture reports and
// checks each is exit 2 with the file and line of the problem.
func TestCheckConfigErrors(t *testing.T) {
	abs, err := filepath.Abs(checkRepo)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, config, want string }{
		{"wrong type", "comparisons:\n  - name: x\n    files: {a: b}\n", ":3: files must be a list"},
		{"missing file", "comparisons:\n  - files:\n      - " + abs + "/reports/market-a.txt\n      - " + abs + "/reports/gone.txt\n", ":4: report " + abs + "/reports/gone.txt: no such file"},
		{"bad fail_on", "events: " + abs + "/events\nfail_on: [everything]\n", `:2: fail_on "everything": want one of`},
		{"ignore without reason", "events: " + abs + "/events\nignore:\n  - kind: number\n    text: crowd\n", ":3: ignore rule needs a reason"},
		{"unknown kind", "events: " + abs + "/events\ntolerance:\n  speed: 0.1\n", `:3: unknown kind "speed"`},
		{"tolerance out of range", "events: " + abs + "/events\ntolerance:\n  number: 3\n", ":3: tolerance of number must be between 0 and 1"},
		{"bad yaml", "events: [" + abs + "/events\nfail_on: major\n", ":1: invalid YAML"},
		{"missing events dir", "events: nowhere\n", ":1: events directory nowhere: no such directory"},
		{"repeated key", "events: " + abs + "/events\nevents: x\n", `:2: key "events" is repeated (first on line 1)`},
		{"nothing to check", "fail_on: [major]\n", ":1: nothing to check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".claimdiff.yaml")
			if err := os.WriteFile(path, []byte(tc.config), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCheck(t, "check", "-c", path)
			if code != exitUsage {
				t.Fatalf("exit %d, want 2\n%s%s", code, out, errs)
			}
			if !strings.Contains(errs, path+tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", errs, path+tc.want)
			}
			if out != "" {
				t.Errorf("a config error must print no partial summary, got %q", out)
			}
		})
	}
}

// TestCheckFormats checks the machine-readable summaries of a failing run.
func TestCheckFormats(t *testing.T) {
	cfg := filepath.Join(checkRepo, "fail.yaml")
	t.Run("json", func(t *testing.T) {
		code, out, _ := runCheck(t, "check", "-c", cfg, "-f", "json")
		var doc struct {
			Schema      string
			Failed      bool
			Comparisons []struct {
				Name    string
				Failed  bool
				Failing []string
				Result  compare.Result
			}
		}
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("exit %d, not JSON: %v\n%s", code, err, out)
		}
		if code != exitFail || !doc.Failed || doc.Schema != CheckSchema || len(doc.Comparisons) != 2 || len(doc.Comparisons[0].Failing) != 2 {
			t.Errorf("exit %d, summary %+v", code, doc)
		}
	})
	t.Run("junit to a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "claimdiff.xml")
		code, out, _ := runCheck(t, "check", "-c", cfg, "--format", "junit", "--output", file)
		data, err := os.ReadFile(file)
		if err != nil || code != exitFail || out != "" {
			t.Fatalf("exit %d, stdout %q, read: %v", code, out, err)
		}
		var doc struct {
			Failures int `xml:"failures,attr"`
			Suites   []struct {
				Name string `xml:"name,attr"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Failures != 2 || len(doc.Suites) != 2 || doc.Suites[0].Name != "ferry" {
			t.Errorf("junit = %+v", doc)
		}
	})
	t.Run("markdown", func(t *testing.T) {
		_, out, _ := runCheck(t, "check", "-c", cfg, "-f", "markdown")
		for _, want := range []string{"## claimdiff check", "### ferry", "#### Discrepancies", "### library"} {
			if !strings.Contains(out, want) {
				t.Errorf("markdown lacks %q", want)
			}
		}
	})
}

// TestInit writes the starter config, refuses to overwrite it, and the starter parses.
func TestInit(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".claimdiff.yaml")
	if code, _, errs := runCheck(t, "init", "--config", path); code != exitOK {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	if _, err := compare.LoadConfig(path); err != nil {
		t.Fatalf("the starter config does not parse: %v", err)
	}
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCheck(t, "init", "--config", path)
	if data, _ := os.ReadFile(path); code != exitUsage || string(data) != "mine" || !strings.Contains(errs, "already exists") {
		t.Fatalf("init over an existing file: exit %d, %q, file now %q", code, errs, data)
	}
	if code, _, errs := runCheck(t, "init", "--config", path, "--force"); code != exitOK {
		t.Fatalf("init --force: exit %d: %s", code, errs)
	}
	if data, _ := os.ReadFile(path); string(data) != starterConfig {
		t.Errorf("init --force did not rewrite the file")
	}
}

// TestProgressQuiet checks that no bar is drawn off a terminal or with --quiet.
func TestProgressQuiet(t *testing.T) {
	var errb bytes.Buffer
	env := &environment{stderr: &errb}
	for _, tc := range []struct {
		total int
		quiet bool
	}{{100, false}, {100, true}, {1, false}} {
		p := newProgress(env, tc.total, "checking", tc.quiet)
		if p != nil {
			t.Errorf("newProgress(%d, quiet=%v) drew a bar on a non-terminal", tc.total, tc.quiet)
		}
		p.Step("x") // a nil progress is a no-op
		p.Done()
	}
	if errb.Len() != 0 {
		t.Errorf("progress wrote %q to a non-terminal", errb.String())
	}
	if useColor(&errb) {
		t.Errorf("colour on a non-terminal")
	}
}
