package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// reliabilityDir holds three invented events, each covered by several outlets.
const reliabilityDir = "../../testdata/reliability"

func runRecord(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"claimdiff"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func eventReports(t *testing.T, event string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(reliabilityDir, event, "*.md"))
	if err != nil || len(files) < 2 {
		t.Fatalf("fixtures of %s: %v %v", event, files, err)
	}
	return files
}

// TestRecordSession is the README session: three compare --db runs, then
// sources and history read them back.
func TestRecordSession(t *testing.T) {
	t.Setenv("COLUMNS", "160") // the record tables have many columns; this test reads whole cells
	db := filepath.Join(t.TempDir(), "record.db")
	outlets := filepath.Join(reliabilityDir, "outlets.yaml")
	for i, ev := range []string{"bridge", "ferry", "library"} {
		args := append([]string{"compare", "--format", "json"}, eventReports(t, ev)...)
		args = append(args, "--db", db, "--outlets", outlets) // flags after the files, as users type them
		if ev == "ferry" {
			args = append(args, "--event", "Silver Heron fire")
		}
		code, out, errs := runRecord(t, args...)
		if code != exitOK {
			t.Fatalf("compare %s: exit %d\n%s", ev, code, errs)
		}
		if !strings.Contains(errs, "recorded run "+string(rune('1'+i))) {
			t.Errorf("compare %s stderr: %q", ev, errs)
		}
		var res struct {
			Sources []struct{ Name, Outlet string }
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		for _, s := range res.Sources {
			if s.Outlet == "" || s.Name != s.Outlet {
				t.Errorf("%s: report not mapped to a registry outlet: %+v", ev, s)
			}
		}
	}

	code, out, errs := runRecord(t, "sources", "--db", db, "--outlets", outlets, "--format", "json")
	if code != exitOK {
		t.Fatalf("sources: exit %d: %s", code, errs)
	}
	var srcs struct {
		Outlets []struct {
			Outlet        string
			Events, Runs  int
			Checked       int
			Notes         string
			Corroboration float64 `json:"corroboration_rate"`
			Copies        int
		}
	}
	if err := json.Unmarshal([]byte(out), &srcs); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, o := range srcs.Outlets {
		got[o.Outlet] = o.Events
		if o.Checked == 0 || o.Corroboration < 0 || o.Corroboration > 1 {
			t.Errorf("%s: %+v", o.Outlet, o)
		}
		if o.Outlet == "Harbour Gazette" && !strings.Contains(o.Notes, "council business") {
			t.Errorf("notes not shown: %+v", o)
		}
	}
	// Gazette, HG and The Harbour Gazette are one outlet, across all three events.
	want := map[string]int{"Harbour Gazette": 3, "Coastal Radio": 3, "Northern Wire": 2, "Valley Times": 2}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s covered %d events, want %d (all: %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("outlets %v, want %v", got, want)
	}

	code, out, _ = runRecord(t, "sources", "--db", db, "--outlets", outlets)
	if code != exitOK || !strings.Contains(out, "Corroborated") || !strings.Contains(out, "Harbour Gazette") {
		t.Errorf("sources table: exit %d\n%s", code, out)
	}

	t.Setenv("CLAIMDIFF_DB", db)
	code, out, errs = runRecord(t, "history")
	if code != exitOK {
		t.Fatalf("history: exit %d: %s", code, errs)
	}
	for _, s := range []string{"Silver Heron fire", "Millbrook bridge closed", "Library plan passes"} {
		if !strings.Contains(out, s) {
			t.Errorf("history lacks %q:\n%s", s, out)
		}
	}
	if strings.Index(out, "Library plan passes") > strings.Index(out, "Millbrook bridge") {
		t.Errorf("history not newest first:\n%s", out)
	}
	code, out, _ = runRecord(t, "history", "--format", "json", "-n", "1")
	var hist struct{ Runs []struct{ ID int } }
	if code != exitOK || json.Unmarshal([]byte(out), &hist) != nil || len(hist.Runs) != 1 || hist.Runs[0].ID != 3 {
		t.Errorf("history -n 1: exit %d %s", code, out)
	}
}

func TestRecordErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("outlets:\n  - name: A\n    sites: [a.example]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files := eventReports(t, "library")
	t.Setenv("CLAIMDIFF_DB", "")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"bad registry", append([]string{"compare", "--outlets", bad}, files...), exitUsage, "line 3"},
		{"missing registry", append([]string{"compare", "--outlets", filepath.Join(dir, "none.yaml")}, files...), exitUsage, "outlet registry"},
		{"sources without db", []string{"sources"}, exitUsage, "give --db FILE or set CLAIMDIFF_DB"},
		{"sources missing db", []string{"sources", "--db", filepath.Join(dir, "none.db")}, exitUsage, "record runs with claimdiff compare --db"},
		{"history bad format", []string{"history", "--db", filepath.Join(dir, "x.db"), "--format", "xml"}, exitUsage, "want table or json"},
		{"sources bad format", []string{"sources", "--db", filepath.Join(dir, "x.db"), "-f", "csv"}, exitUsage, "want table or json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runRecord(t, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, tt.code, tt.want)
			}
		})
	}
	// Without --db nothing is recorded and nothing is said about it.
	code, _, errs := runRecord(t, append([]string{"compare"}, files...)...)
	if code != exitOK || strings.Contains(errs, "recorded") {
		t.Errorf("compare without --db: exit %d, %q", code, errs)
	}
	// An empty record prints a hint, not an empty table.
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := runRecord(t, "sources", "--db", empty); code != exitOK || !strings.Contains(out, "no runs recorded yet") {
		t.Errorf("empty record: exit %d %q", code, out)
	}
}
