package main

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to create a test database
)

// TestRecordIdempotent records the same comparison three times, as CI on every
// push would: one run, and the messages say it was replaced.
func TestRecordIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "record.db")
	files := eventReports(t, "bridge")
	for i := 0; i < 3; i++ {
		// The reports in another order are the same comparison (of the same
		// event: without --event the first report's title names it).
		args := append([]string{"compare", "--format", "json", "--db", db, "--event", "bridge"}, files...)
		if i == 2 {
			args = append([]string{"compare", "--format", "json", "--db", db, "--event", "bridge"}, append(files[1:], files[0])...)
		}
		code, _, errs := runRecord(t, args...)
		want := "recorded run 1"
		if i > 0 {
			want = "replaced run 1"
		}
		if code != exitOK || !strings.Contains(errs, want) {
			t.Fatalf("compare %d: exit %d, stderr %q, want %q", i, code, errs, want)
		}
	}
	code, out, _ := runRecord(t, "history", "--db", db, "--format", "json")
	if code != exitOK || strings.Count(out, `"id":`) != 1 {
		t.Errorf("history after three identical runs: %s", out)
	}
	// Another event name makes it another comparison.
	code, _, errs := runRecord(t, append([]string{"compare", "--db", db, "--event", "other"}, files...)...)
	if code != exitOK || !strings.Contains(errs, "recorded run 2") {
		t.Errorf("other event: exit %d %q", code, errs)
	}
}

// TestRecordExportImport moves a record between two files with the CLI.
func TestRecordExportImport(t *testing.T) {
	dir := t.TempDir()
	src, dst, dump := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "record.jsonl")
	outlets := filepath.Join(reliabilityDir, "outlets.yaml")
	for _, ev := range []string{"bridge", "ferry"} {
		if code, _, errs := runRecord(t, append([]string{"compare", "--db", src, "--outlets", outlets}, eventReports(t, ev)...)...); code != exitOK {
			t.Fatalf("compare %s: %s", ev, errs)
		}
	}
	if code, _, errs := runRecord(t, "record", "export", "--db", src, "-o", dump); code != exitOK || !strings.Contains(errs, "exported 2 runs") {
		t.Fatalf("export: exit %d %q", code, errs)
	}
	for _, want := range []string{"migrated schema from version 0 to 2", "schema version 2, up to date"} {
		if code, out, errs := runRecord(t, "record", "migrate", "--db", dst); code != exitOK || !strings.Contains(out, want) {
			t.Fatalf("migrate: exit %d %q %q, want %q", code, out, errs, want)
		}
	}
	for i, want := range []string{"2 runs added, 0 replaced", "0 runs added, 2 replaced"} {
		if code, _, errs := runRecord(t, "record", "import", "--db", dst, dump); code != exitOK || !strings.Contains(errs, want) {
			t.Fatalf("import %d: exit %d %q, want %q", i, code, errs, want)
		}
	}
	_, a, _ := runRecord(t, "sources", "--db", src, "--outlets", outlets, "--format", "json")
	_, b, _ := runRecord(t, "sources", "--db", dst, "--outlets", outlets, "--format", "json")
	if a != b || !strings.Contains(a, "Harbour Gazette") {
		t.Errorf("sources differ after the move:\n%s\n%s", a, b)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id":"e1"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"record", "import", "--db", dst, bad}, "not a claimdiff record export"},
		{[]string{"record", "import", "--db", dst}, "needs one input"},
		{[]string{"record", "import", "--db", dst, filepath.Join(dir, "none.jsonl")}, "no such file"},
		{[]string{"record", "export", "--db", filepath.Join(dir, "none.db")}, "record runs with claimdiff compare --db"},
		{[]string{"record", "migrate"}, "no record database"},
		{[]string{"history", "--db", "postgres://nobody@127.0.0.1:1/record?connect_timeout=5"}, "cannot reach the PostgreSQL server"},
	}
	t.Setenv("CLAIMDIFF_DB", "")
	for _, tt := range tests {
		if code, _, errs := runRecord(t, tt.args...); code == exitOK || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d %q, want %q", tt.args, code, errs, tt.want)
		}
	}
}

// TestRecordOnPostgres is the record session against a PostgreSQL server, when
// one is given: compare records there, sources and history read it back.
func TestRecordOnPostgres(t *testing.T) {
	admin := os.Getenv("CLAIMDIFF_TEST_POSTGRES")
	if admin == "" {
		t.Skip("skipped: no PostgreSQL server (CLAIMDIFF_TEST_POSTGRES is not set; .ci/run starts one and sets it)")
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	name := fmt.Sprintf("claimdiff_cli_%d", os.Getpid())
	if _, err := raw.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	defer raw.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	u.Path = "/" + name
	t.Setenv("CLAIMDIFF_DB", u.String())
	outlets := filepath.Join(reliabilityDir, "outlets.yaml")
	for i, ev := range []string{"bridge", "ferry", "bridge"} {
		code, _, errs := runRecord(t, append([]string{"compare", "--outlets", outlets}, eventReports(t, ev)...)...)
		want := []string{"recorded run 1", "recorded run 2", "replaced run 1"}[i]
		if code != exitOK || !strings.Contains(errs, want) {
			t.Fatalf("compare %s: exit %d %q, want %q", ev, code, errs, want)
		}
	}
	code, out, errs := runRecord(t, "sources", "--outlets", outlets, "--format", "json")
	if code != exitOK || !strings.Contains(out, `"outlet": "Harbour Gazette"`) {
		t.Errorf("sources: exit %d %s %s", code, out, errs)
	}
	code, out, _ = runRecord(t, "history")
	if code != exitOK || !strings.Contains(out, "Silver Heron") {
		t.Errorf("history: exit %d\n%s", code, out)
	}
}
