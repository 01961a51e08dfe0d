package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLimitsDocNamesRealConstants keeps docs/limits.md true to the code: every limit
// constant it names in backquotes is declared in the repository, and it speaks of no
// limit as still to come.
func TestLimitsDocNamesRealConstants(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(moduleRoot, "docs", "limits.md"))
	if err != nil {
		t.Fatal(err)
	}
	var src strings.Builder
	err = filepath.WalkDir(moduleRoot, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			src.Write(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	code := src.String()
	names := regexp.MustCompile("`(?:[a-z]+\\.)?((?:max|Max|Default|default)[A-Za-z]+|slotWindow|denseBudget)`").FindAllStringSubmatch(string(doc), -1)
	if len(names) < 10 {
		t.Fatalf("found only %d limit names in docs/limits.md", len(names))
	}
	for _, m := range names {
		decl := regexp.MustCompile(`(?m)^\s*(const|var)?\s*` + m[1] + `\s+(=|[A-Za-z])|\bconst ` + m[1] + `\b`)
		if !decl.MatchString(code) {
			t.Errorf("docs/limits.md names %s, which no Go file declares", m[1])
		}
	}
	for _, stale := range []string{"pendingFix", "proposed)"} {
		if strings.Contains(string(doc), stale) {
			t.Errorf("docs/limits.md still speaks of %q", stale)
		}
	}
}

// TestFuzzScriptMinimisesBriefly: .ci/fuzz passes -fuzzminimizetime, so a target with
// many interesting inputs fuzzes instead of minimising for go test's default minute each.
func TestFuzzScriptMinimisesBriefly(t *testing.T) {
	script, err := os.ReadFile(filepath.Join(moduleRoot, ".ci", "fuzz"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(script), "\n") {
		if strings.Contains(line, "go test") && strings.Contains(line, "-fuzz=") && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			if !strings.Contains(line, "-fuzzminimizetime=") {
				t.Errorf(".ci/fuzz runs go test without -fuzzminimizetime: %s", strings.TrimSpace(line))
			}
			return
		}
	}
	t.Error(".ci/fuzz has no go test -fuzz line")
}
