package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/reports"
)

// TestDemoFitsWidth renders the demo at 80 and 100 columns, set by --width and by
// COLUMNS, and checks that every line fits, that tables use the room (some line is
// the full width), and that the evidence column stays the widest of its table.
func TestDemoFitsWidth(t *testing.T) {
	for _, width := range []int{80, 100} {
		for _, how := range []string{"--width", "COLUMNS"} {
			t.Run(how+"="+strconv.Itoa(width), func(t *testing.T) {
				args := []string{"demo"}
				if how == "--width" {
					t.Setenv("COLUMNS", "")
					args = append(args, "--width", strconv.Itoa(width))
				} else {
					t.Setenv("COLUMNS", strconv.Itoa(width))
				}
				code, out, errs := runMain(t, "", args...)
				if code != exitOK {
					t.Fatalf("exit %d: %s", code, errs)
				}
				full := 0
				for i, line := range strings.Split(out, "\n") {
					n := utf8.RuneCountInString(line)
					if n > width {
						t.Errorf("line %d is %d columns wide, over %d:\n%s", i+1, n, width, line)
					}
					if n == width {
						full++
					}
				}
				if full == 0 {
					t.Errorf("no line uses the %d columns: the tables do not grow to the width", width)
				}
				// The agreements table: Evidence is the column that keeps its room.
				sep := tableRule(out, "AGREEMENTS")
				cols := strings.Split(strings.Trim(sep, "┌┐"), "┬")
				if len(cols) != 4 || utf8.RuneCountInString(cols[3]) < utf8.RuneCountInString(cols[2]) || utf8.RuneCountInString(cols[3]) < width/3 {
					t.Errorf("agreements columns %q: want Evidence (last) the widest, at least a third of the width", sep)
				}
			})
		}
	}
}

// tableRule returns the top border of the table under heading.
func tableRule(out, heading string) string {
	_, rest, ok := strings.Cut(out, "\n"+heading+"\n")
	if !ok {
		return ""
	}
	line, _, _ := strings.Cut(rest, "\n")
	return line
}

// TestRerunSkipsOwnReport is the rerun in a directory that holds an earlier summary:
// compare dir/* -o dir/summary.EXT, twice, in every format. The second run skips the
// summary with a warning and writes the same report as the first.
func TestRerunSkipsOwnReport(t *testing.T) {
	for _, format := range reports.Formats() {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			for _, p := range []string{reportA, reportB} {
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), []byte(reportText(t, p)), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			out := filepath.Join(dir, "summary."+format)
			glob := func() []string {
				m, _ := filepath.Glob(filepath.Join(dir, "*"))
				return m
			}
			args := func() []string { return append([]string{"compare", "--format", format, "-o", out}, glob()...) }
			if code, _, errs := runMain(t, "", args()...); code != exitOK {
				t.Fatalf("first run: exit %d: %s", code, errs)
			}
			first, _ := os.ReadFile(out)
			code, _, errs := runMain(t, "", args()...)
			if code != exitOK {
				t.Fatalf("rerun with the summary among the inputs: exit %d: %s", code, errs)
			}
			if !strings.Contains(errs, "summary."+format+": skipped: a claimdiff report") {
				t.Errorf("rerun did not warn about skipping its own report: %q", errs)
			}
			second, _ := os.ReadFile(out)
			if string(first) != string(second) {
				t.Errorf("the rerun's report differs from the first run's: the summary was read as a news report")
			}
			if len(glob()) != 3 {
				t.Errorf("directory holds %v", glob())
			}
		})
	}
}

// TestQuiet: --quiet leaves the report and errors, and silences warnings and notes.
func TestQuiet(t *testing.T) {
	in := makeInputs(t)
	db := filepath.Join(t.TempDir(), "record.db")
	args := []string{"compare", "--format", "json", in.cp1252, reportB, "--db", db}
	code, out, errs := runMain(t, "", args...)
	if code != exitOK || !strings.Contains(errs, "warning") || !strings.Contains(errs, "recorded run") {
		t.Fatalf("without --quiet: exit %d, stderr %q; want a decoding warning and the record note", code, errs)
	}
	for _, quiet := range [][]string{{"--quiet"}, {"-q"}} {
		code, quietOut, errs := runMain(t, "", append(args, quiet...)...)
		if code != exitOK || errs != "" || quietOut != out {
			t.Errorf("%s: exit %d, stderr %q, report changed %v; want the same report and nothing on stderr", quiet[0], code, errs, quietOut != out)
		}
	}
	// batch and init are quiet too.
	dir := t.TempDir()
	if code, _, errs := runMain(t, "", "init", "-q", "--config", filepath.Join(dir, "c.yaml")); code != exitOK || errs != "" {
		t.Errorf("init -q: exit %d, stderr %q", code, errs)
	}
	jsonl := filepath.Join(dir, "events.jsonl")
	if err := os.WriteFile(jsonl, []byte(`{"id": "e", "reports": [{"path": "`+mustAbs(t, reportA)+`"}, {"path": "`+mustAbs(t, reportB)+`"}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runMain(t, "", "batch", "-q", jsonl); code != exitOK || errs != "" || out == "" {
		t.Errorf("batch -q: exit %d, stderr %q, %d bytes out", code, errs, len(out))
	}
	// The app-level flag works too, and errors still show.
	code, _, errs = runMain(t, "", "--quiet", "compare", reportA, "missing-report.txt")
	if code != exitUsage || !strings.Contains(errs, "missing-report.txt") {
		t.Errorf("--quiet hid an error: exit %d, stderr %q", code, errs)
	}
}

// TestFailOnValues: compare takes check's fail_on values, comma-separated.
func TestFailOnValues(t *testing.T) {
	for _, tc := range []struct {
		rule string
		code int
	}{
		{"minor", exitOK}, // the strands discrepancy is major
		{"major", exitFail},
		{"unique", exitFail}, // each report has details the other lacks
		{"minor,major", exitFail},
		{"discrepancy", exitFail},
	} {
		code, out, errs := runMain(t, "", "compare", "--format", "json", "--fail-on", tc.rule, reportA, reportB)
		if code != tc.code {
			t.Errorf("--fail-on %s: exit %d, want %d: %s", tc.rule, code, tc.code, errs)
		}
		decodeReport(t, out)
	}
}

// TestPublishedRelative: --published yesterday is resolved against today.
func TestPublishedRelative(t *testing.T) {
	before := time.Now().AddDate(0, 0, -1).Format("2006-01-02")
	code, out, errs := runMain(t, "", "compare", "--format", "json", "--published", "yesterday", reportA, reportB)
	after := time.Now().AddDate(0, 0, -1).Format("2006-01-02")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	r := decodeReport(t, out)
	if got := r.Sources[0].Published; !strings.HasPrefix(got, before) && !strings.HasPrefix(got, after) {
		t.Errorf("published = %q, want yesterday (%s)", got, before)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
