package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/reports"
)

// copyCheckRepo copies the fixture repository into a temporary directory made a git
// repository (an empty .git), with fail.yaml as its .claimdiff.yaml at the root.
func copyCheckRepo(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	err := filepath.WalkDir(checkRepo, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(checkRepo, p)
		dst := filepath.Join(root, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "fail.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, ".claimdiff.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestCheckFindsConfigUpTheTree runs check from a subdirectory: it uses the repository
// root's .claimdiff.yaml and says so; outside the repository's reach it names where it looked.
func TestCheckFindsConfigUpTheTree(t *testing.T) {
	root := copyCheckRepo(t)
	t.Chdir(filepath.Join(root, "events", "ferry"))
	code, out, errs := runCheck(t, "check")
	want := filepath.Join("..", "..", ".claimdiff.yaml")
	if code != exitFail || !strings.Contains(errs, "using config "+want) || !strings.Contains(out, "FAIL ferry") {
		t.Errorf("check from a subdirectory: exit %d, stdout %q, stderr %q; want exit 1 using %s", code, out, errs, want)
	}
	// -q hides which file was used; the config's relative paths still resolve from its own directory.
	if code, _, errs := runCheck(t, "check", "-q"); code != exitFail || strings.Contains(errs, "using config") {
		t.Errorf("check -q: exit %d, stderr %q", code, errs)
	}

	// A config above the repository root is not used.
	outer := t.TempDir()
	repo := filepath.Join(outer, "project")
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(repo, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outer, ".claimdiff.yaml"), []byte("version: 1\nevents: [x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(repo, "docs"))
	code, _, errs = runCheck(t, "check")
	if code != exitUsage || !strings.Contains(errs, "no .claimdiff.yaml in") || !strings.Contains(errs, "repository root "+repo) {
		t.Errorf("no config up to the root: exit %d, stderr %q", code, errs)
	}
}

// TestCheckEveryFormat: check writes every format compare writes, each recognised
// as claimdiff's own, and --fail-on overrides the config's fail_on.
func TestCheckEveryFormat(t *testing.T) {
	cfg := filepath.Join(checkRepo, "fail.yaml")
	for _, format := range reports.Formats() {
		code, out, errs := runCheck(t, "check", "-c", cfg, "-q", "--format", format)
		if code != exitFail || out == "" {
			t.Errorf("check --format %s: exit %d, %d bytes, stderr %q", format, code, len(out), errs)
			continue
		}
		if _, ok := reports.Generated([]byte(out)); !ok {
			t.Errorf("check --format %s: output not recognised as claimdiff's own:\n%.300s", format, out)
		}
		if format == "sarif" {
			validateCheckSARIF(t, out)
		}
	}
	if code, _, errs := runCheck(t, "check", "-c", cfg, "-q", "--fail-on", "minor"); code != exitOK {
		t.Errorf("--fail-on minor (the ferry discrepancy is major): exit %d, %s", code, errs)
	}
	if code, _, errs := runCheck(t, "check", "-c", cfg, "-q", "--fail-on", "unique"); code != exitFail || !strings.Contains(errs, "unique details") {
		t.Errorf("--fail-on unique: exit %d, %s", code, errs)
	}
}

// validateCheckSARIF checks the SARIF check writes carries one run with failing errors.
func validateCheckSARIF(t *testing.T, out string) {
	t.Helper()
	if !strings.Contains(out, `"version": "2.1.0"`) || !strings.Contains(out, `"level": "error"`) {
		t.Errorf("check sarif lacks version or a failing error:\n%.400s", out)
	}
}

// TestCheckSkipsOwnSummary: a summary written into an events directory is skipped on
// the next run, and an output file that is one of the reports is refused.
func TestCheckSkipsOwnSummary(t *testing.T) {
	root := copyCheckRepo(t)
	cfg := filepath.Join(root, ".claimdiff.yaml")
	summary := filepath.Join(root, "events", "ferry", "summary.md")
	if code, _, errs := runCheck(t, "check", "-c", cfg, "-f", "markdown", "-o", summary); code != exitFail {
		t.Fatalf("first run: exit %d: %s", code, errs)
	}
	first, _ := os.ReadFile(summary)
	code, _, errs := runCheck(t, "check", "-c", cfg, "-f", "markdown", "-o", summary)
	if code != exitFail || !strings.Contains(errs, "summary.md: skipped: a claimdiff report") {
		t.Errorf("rerun: exit %d, stderr %q", code, errs)
	}
	if second, _ := os.ReadFile(summary); string(first) != string(second) {
		t.Error("the rerun's summary differs: the earlier summary was read as a report")
	}
	report := filepath.Join(root, "events", "ferry", "coast-news.txt")
	code, _, errs = runCheck(t, "check", "-c", cfg, "-o", report)
	if code != exitUsage || !strings.Contains(errs, "refusing to overwrite") {
		t.Errorf("output naming a report: exit %d, stderr %q", code, errs)
	}
	if data, _ := os.ReadFile(report); strings.Contains(string(data), "claimdiff check") {
		t.Error("the report was overwritten")
	}
}
