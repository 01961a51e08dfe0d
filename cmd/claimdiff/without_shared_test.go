package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// moduleRoot is the repository root as seen from this package.
const moduleRoot = "../.."

// sharedTests finds, per package directory, the tests whose body mentions the
// evaluation material next to the repository (../shared).
func sharedTests(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir(moduleRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, "_test.go") || filepath.Base(p) == "without_shared_test.go" {
			return nil // not this file: the copy must not run this test again
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, p, src, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") {
				continue
			}
			body := string(src[fset.Position(fn.Body.Pos()).Offset:fset.Position(fn.Body.End()).Offset])
			if strings.Contains(body, "shared") {
				rel, _ := filepath.Rel(moduleRoot, filepath.Dir(p))
				if !slices.Contains(out[rel], fn.Name.Name) {
					out[rel] = append(out[rel], fn.Name.Name)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// copyModule copies the repository (without .git) to a directory with no ../shared beside it.
func copyModule(t *testing.T, dst string) {
	t.Helper()
	err := filepath.WalkDir(moduleRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(moduleRoot, p)
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// inCopyEnv is set for the go test run in the copy, so that no copy ever copies again.
const inCopyEnv = "CLAIMDIFF_TEST_WITHOUT_SHARED"

// TestSuiteWithoutShared runs every test that reads ../shared in a copy of the repository
// with no ../shared beside it: none may fail, and each must skip saying that ../shared is
// missing. It prints which checks were skipped and why, so a run without the evaluation
// material says what it did not check.
func TestSuiteWithoutShared(t *testing.T) {
	if os.Getenv(inCopyEnv) != "" {
		t.Skip("running inside the copy this test made")
	}
	if testing.Short() {
		t.Skip("-short: this test builds and runs the packages that read ../shared in a copy of the repository")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	tests := sharedTests(t)
	if len(tests) == 0 {
		t.Skip("no test reads ../shared")
	}
	root := filepath.Join(t.TempDir(), "repo") // its parent holds no shared/
	copyModule(t, root)
	var pkgs, names []string
	for dir, fns := range tests {
		pkgs = append(pkgs, "./"+filepath.ToSlash(dir))
		names = append(names, fns...)
	}
	sort.Strings(pkgs)
	sort.Strings(names)
	// Dependencies come from the build cache; only the repository's own packages are rebuilt.
	cmd := exec.Command(goBin, append([]string{"test", "-count=1", "-json", "-run", "^(" + strings.Join(names, "|") + ")$"}, pkgs...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), inCopyEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, runErr := cmd.Output()

	type event struct {
		Action, Package, Test, Output string
	}
	logs := map[string]*strings.Builder{}
	var skipped, failed, passed []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Test == "" || strings.Contains(e.Test, "/") {
			continue
		}
		key := strings.TrimPrefix(e.Package, "github.com/claimdiff/claimdiff/") + " " + e.Test
		if logs[key] == nil {
			logs[key] = &strings.Builder{}
		}
		switch e.Action {
		case "output":
			logs[key].WriteString(e.Output)
		case "skip":
			skipped = append(skipped, key)
		case "fail":
			failed = append(failed, key)
		case "pass":
			passed = append(passed, key)
		}
	}
	for _, k := range failed {
		t.Errorf("%s fails without ../shared:\n%s", k, logs[k])
	}
	if runErr != nil && len(failed) == 0 {
		t.Fatalf("go test in the copy: %v\n%s", runErr, stderr.String())
	}
	reason := regexp.MustCompile(`(?m)^\s+\S+_test\.go:\d+: (.*)$`)
	sort.Strings(skipped)
	t.Logf("without ../shared, %d of %d checks were skipped:", len(skipped), len(names))
	for _, k := range skipped {
		why := "(no reason given)"
		if m := reason.FindStringSubmatch(logs[k].String()); m != nil {
			why = m[1]
		}
		t.Logf("  SKIP %s: %s", k, why)
		if !strings.Contains(why, "shared") {
			t.Errorf("%s skips without saying that ../shared is missing: %q", k, why)
		}
	}
	for _, k := range passed {
		t.Logf("  ran  %s (does not need ../shared)", k)
	}
}
