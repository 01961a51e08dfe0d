package main

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// updateGolden rewrites the golden files: go test ./cmd/claimdiff -run TestGolden -update
var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenEvent is a small development case (three reports) named by relative
// paths, so the paths printed in the output are the same on every machine.
var goldenEvent = []string{
	"../../testdata/cases/orbitel-lumira-deal/market-wire.txt",
	"../../testdata/cases/orbitel-lumira-deal/techledger.md",
	"../../testdata/cases/orbitel-lumira-deal/veldhaven-courier.txt",
}

// TestGolden compares the CLI's output with the files in testdata/golden.
func TestGolden(t *testing.T) {
	t.Setenv("COLUMNS", "") // tables are laid out for the default width, whatever the terminal
	tests := []struct {
		name string // golden file name
		args []string
	}{
		{"compare-table.txt", append([]string{"compare"}, goldenEvent...)},
		{"compare-json.json", append([]string{"compare", "--format", "json"}, goldenEvent...)},
		{"compare-explain.txt", append([]string{"compare", "--explain"}, goldenEvent...)},
		{"compare-explain.md", append([]string{"compare", "--explain", "--format", "markdown"}, goldenEvent...)},
		{"compare-excluded.txt", []string{"compare", "--show-excluded", "../../testdata/cases/ashby-vale-water/ashby-council-news.html", "../../testdata/cases/ashby-vale-water/vale-herald.txt"}},
		{"extract-json.json", []string{"extract", "--format", "json", reportA}},
		{"extract-table.txt", []string{"extract", reportHTML}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runMain(t, "", tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d; stderr: %s", code, stderr)
			}
			// Output must be stable across runs (deterministic finding order).
			if _, again, _ := runMain(t, "", tt.args...); again != stdout {
				t.Errorf("two runs of %v printed different output", tt.args)
			}
			path := filepath.Join("testdata", "golden", tt.name)
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/claimdiff -run TestGolden -update)", err)
			}
			if stdout != string(want) {
				t.Errorf("output differs from %s (run with -update if the change is intended):\n%s", path, firstDiff(string(want), stdout))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n- " + w + "\n+ " + g
		}
	}
	return "(same lines, different line endings)"
}
