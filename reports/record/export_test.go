package record

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// fill records a small history: two keyed events, one re-recorded, and one unkeyed run.
func fill(t *testing.T, db *DB) {
	t.Helper()
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2026, 6, d, 9, 0, 0, 0, time.UTC) }
	outlets := [3]string{"Gazette", "Wire", "Times"}
	for i, title := range []string{"Bridge shut", "Ferry fire", "Bridge shut"} {
		run := Run{At: day(i + 1), Version: "test", Hashes: hashes(title, outlets), Notes: map[string]string{"Wire": "agency"}}
		if _, err := db.Save(ctx, sample(title, outlets, [3]float64{0.8 - 0.1*float64(i), 0.5, 0.5}), run); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Save(ctx, sample("Library vote", outlets, [3]float64{0.6, 0.6, 0.6}), Run{At: day(5)}); err != nil {
		t.Fatal(err)
	}
}

func export(t *testing.T, db *DB) string {
	t.Helper()
	var b bytes.Buffer
	n, err := db.Export(context.Background(), &b)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(b.String(), "\n"); lines != n+1 {
		t.Errorf("%d lines for %d runs", lines, n)
	}
	return b.String()
}

// TestExportImport moves a record from SQLite to every store and back: the
// exports, the sources and the history agree; importing again changes nothing
// but adds the unkeyed run once more.
func TestExportImport(t *testing.T) { eachStore(t, testExportImport) }

func testExportImport(t *testing.T, st store) {
	ctx := context.Background()
	src := open(t, sqliteStore.fresh(t))
	fill(t, src)
	out := export(t, src)
	if !strings.HasPrefix(out, `{"schema":"`+ExportSchema+`","schema_version":`) {
		t.Fatalf("export header: %.80s", out)
	}
	dst := open(t, st.fresh(t))
	got, err := dst.Import(ctx, strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if got != (Imported{Added: 3}) {
		t.Errorf("import: %+v, want 3 added", got)
	}
	if back := export(t, dst); back != out {
		t.Errorf("export after import differs:\n%s\nwant\n%s", back, out)
	}
	if a, b := fmt.Sprint(history(t, src)), fmt.Sprint(history(t, dst)); a != b {
		t.Errorf("history differs:\nsqlite   %s\n%-8s %s", a, st.name, b)
	}
	if want := `"notes":"agency"`; !strings.Contains(sourcesJSON(t, dst), want) {
		t.Errorf("outlet notes lost: %s", sourcesJSON(t, dst))
	}
	if a, b := sourcesJSON(t, src), sourcesJSON(t, dst); a != b {
		t.Errorf("sources differ:\nsqlite   %s\n%-8s %s", a, st.name, b)
	}
	again, err := dst.Import(ctx, strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if again != (Imported{Added: 1, Replaced: 2}) {
		t.Errorf("second import: %+v, want the 2 keyed runs replaced and the unkeyed one added", again)
	}
	if n := count(t, dst, "runs"); n != 4 {
		t.Errorf("%d runs after importing twice, want 4", n)
	}
}

func history(t *testing.T, db *DB) []RunInfo {
	t.Helper()
	h, err := db.History(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func sourcesJSON(t *testing.T, db *DB) string {
	t.Helper()
	recs, err := db.Sources(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImportErrors(t *testing.T) {
	db := open(t, sqliteStore.fresh(t))
	header := fmt.Sprintf(`{"schema":%q,"schema_version":%d}`, ExportSchema, SchemaVersion())
	tests := []struct{ name, in, want string }{
		{"empty", "", "empty input"},
		{"not an export", `{"id":"e1","result":{}}`, "not a claimdiff record export"},
		{"newer", fmt.Sprintf(`{"schema":%q,"schema_version":%d}`, ExportSchema, SchemaVersion()+1), "newer than this claimdiff knows"},
		{"bad line", header + "\n{\"event\":", "import line 2"},
		{"no reports", header + "\n" + `{"event":"e","at":"2026-01-01T00:00:00Z","reports":[]}`, `no "reports"`},
		{"no event", header + "\n" + `{"at":"2026-01-01T00:00:00Z"}`, `no "event"`},
	}
	for _, tt := range tests {
		if _, err := db.Import(context.Background(), strings.NewReader(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
	if n := count(t, db, "runs"); n != 0 {
		t.Errorf("failed imports left %d runs", n)
	}
}
