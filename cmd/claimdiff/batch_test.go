package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/benchgen"
)

// writeCorpus writes a generated corpus as a directory tree: one subdirectory per event.
func writeCorpus(t *testing.T, cfg benchgen.Config) (root string, files map[string][]string) {
	t.Helper()
	root = t.TempDir()
	files = map[string][]string{}
	for _, ev := range benchgen.Corpus(cfg) {
		dir := filepath.Join(root, ev.ID)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, r := range ev.Reports {
			p := filepath.Join(dir, r.Name)
			if err := os.WriteFile(p, []byte(r.Text), 0o644); err != nil {
				t.Fatal(err)
			}
			files[ev.ID] = append(files[ev.ID], p)
		}
	}
	return root, files
}

// batchLines decodes batch output into id → line (as generic JSON), keeping the order of ids.
func batchLines(t *testing.T, out string) ([]string, map[string]map[string]any) {
	t.Helper()
	var ids []string
	lines := map[string]map[string]any{}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, l)
		}
		id, _ := m["id"].(string)
		if _, dup := lines[id]; dup {
			t.Fatalf("id %q written twice", id)
		}
		ids = append(ids, id)
		lines[id] = m
	}
	return ids, lines
}

// compareJSON runs claimdiff compare --format json and decodes its result.
func compareJSON(t *testing.T, args ...string) any {
	t.Helper()
	code, out, errs := runRecord(t, append([]string{"compare", "--format", "json"}, args...)...)
	if code != exitOK {
		t.Fatalf("compare %v: exit %d: %s", args, code, errs)
	}
	var v any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("compare output: %v", err)
	}
	return v
}

func TestBatchDirEqualsCompare(t *testing.T) {
	root, files := writeCorpus(t, benchgen.Config{Events: 3, Reports: 3, Words: 300, Seed: 11})
	for _, jobs := range []string{"1", "3"} {
		code, out, errs := runRecord(t, "batch", "--jobs", jobs, root)
		if code != exitOK {
			t.Fatalf("batch --jobs %s: exit %d: %s", jobs, code, errs)
		}
		ids, lines := batchLines(t, out)
		if want := []string{"ev000000", "ev000001", "ev000002"}; !reflect.DeepEqual(ids, want) {
			t.Fatalf("--jobs %s: ids %v, want %v (input order)", jobs, ids, want)
		}
		for _, id := range ids {
			want := compareJSON(t, files[id]...)
			if got := lines[id]["result"]; !reflect.DeepEqual(got, want) {
				t.Errorf("--jobs %s: %s: batch result differs from compare", jobs, id)
			}
		}
	}
}

func TestBatchJSONL(t *testing.T) {
	root, files := writeCorpus(t, benchgen.Config{Events: 2, Reports: 2, Words: 300, Seed: 5})
	evs := benchgen.Corpus(benchgen.Config{Events: 2, Reports: 2, Words: 300, Seed: 5})
	type rep struct {
		Name string  `json:"name,omitempty"`
		Path string  `json:"path,omitempty"`
		Text *string `json:"text,omitempty"`
	}
	type event struct {
		ID      string `json:"id"`
		Reports []rep  `json:"reports"`
	}
	var byPath, byText bytes.Buffer
	for _, ev := range evs {
		p := event{ID: ev.ID}
		x := event{ID: ev.ID}
		for i, r := range ev.Reports {
			rel, _ := filepath.Rel(root, files[ev.ID][i])
			p.Reports = append(p.Reports, rep{Path: rel}) // relative to the JSON Lines file
			text := r.Text
			x.Reports = append(x.Reports, rep{Name: r.Name, Text: &text})
		}
		for _, pair := range []struct {
			buf *bytes.Buffer
			ev  event
		}{{&byPath, p}, {&byText, x}} {
			b, _ := json.Marshal(pair.ev)
			pair.buf.Write(append(b, '\n'))
		}
	}
	jsonl := filepath.Join(root, "events.jsonl")
	if err := os.WriteFile(jsonl, byPath.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runRecord(t, "batch", jsonl)
	if code != exitOK {
		t.Fatalf("batch jsonl: exit %d: %s", code, errs)
	}
	_, pathLines := batchLines(t, out)
	for _, ev := range evs {
		if got, want := pathLines[ev.ID]["result"], compareJSON(t, files[ev.ID]...); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: JSON Lines (paths) result differs from compare", ev.ID)
		}
	}
	// Texts given inline give the same findings; only the source paths differ.
	var outText, errText bytes.Buffer
	code = run([]string{"claimdiff", "batch", "-"}, bytes.NewReader(byText.Bytes()), &outText, &errText)
	if code != exitOK {
		t.Fatalf("batch - (texts): exit %d: %s", code, errText.String())
	}
	_, textLines := batchLines(t, outText.String())
	for _, ev := range evs {
		a := textLines[ev.ID]["result"].(map[string]any)
		b := pathLines[ev.ID]["result"].(map[string]any)
		if !reflect.DeepEqual(a["findings"], b["findings"]) {
			t.Errorf("%s: findings from inline texts differ from findings from files", ev.ID)
		}
	}
}

func TestBatchResume(t *testing.T) {
	root, _ := writeCorpus(t, benchgen.Config{Events: 4, Reports: 2, Words: 250, Seed: 9})
	full := filepath.Join(t.TempDir(), "full.jsonl")
	if code, _, errs := runRecord(t, "batch", root, "--output", full); code != exitOK {
		t.Fatalf("batch: exit %d: %s", code, errs)
	}
	want, err := os.ReadFile(full)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(want, []byte("\n"))
	tests := []struct {
		name string
		keep int // bytes of the complete output left by the "interruption"
	}{
		{"torn third line", len(lines[0]) + len(lines[1]) + len(lines[2])/2},
		{"torn first line", len(lines[0]) / 3},
		{"clean cut after two lines", len(lines[0]) + len(lines[1])},
		{"empty file", 0},
		{"nothing missing", len(want)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			if err := os.WriteFile(out, want[:tt.keep], 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errs := runRecord(t, "batch", root, "--output", out, "--jobs", "2")
			if code != exitOK {
				t.Fatalf("resume: exit %d: %s", code, errs)
			}
			got, _ := os.ReadFile(out)
			if !bytes.Equal(got, want) {
				g := bytes.SplitAfter(got, []byte("\n"))
				for i := range lines {
					if i >= len(g) || !bytes.Equal(g[i], lines[i]) {
						t.Errorf("resumed output differs from an uninterrupted run from line %d on (%d lines, want %d)", i+1, len(g)-1, len(lines)-1)
						break
					}
				}
			}
		})
	}
}

func TestBatchRefusesForeignOutput(t *testing.T) {
	root, _ := writeCorpus(t, benchgen.Config{Events: 1, Reports: 2, Words: 200, Seed: 2})
	out := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(out, []byte("my notes\nmore notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runRecord(t, "batch", root, "--output", out)
	if code != exitUsage || !strings.Contains(errs, "not a batch result") {
		t.Fatalf("exit %d, stderr %q: want a refusal to append", code, errs)
	}
	if got, _ := os.ReadFile(out); string(got) != "my notes\nmore notes\n" {
		t.Errorf("foreign file was changed: %q", got)
	}
}

func TestBatchEventErrors(t *testing.T) {
	dir := t.TempDir()
	good := benchgen.Generate(benchgen.Config{Reports: 2, Words: 200, Seed: 4}, 0)
	text := func(i int) string { b, _ := json.Marshal(good.Reports[i].Text); return string(b) }
	input := strings.Join([]string{
		`{"id": "ok", "reports": [{"name": "A", "text": ` + text(0) + `}, {"name": "B", "text": ` + text(1) + `}]}`,
		`{"id": "one", "reports": [{"name": "A", "text": ` + text(0) + `}]}`,
		`{"id": "missing", "reports": [{"path": "nope.txt"}, {"path": "gone.txt"}]}`,
		`{"id": "both", "reports": [{"path": "a.txt", "text": "x"}, {"text": "y"}]}`,
		`not json at all`,
		``,
		`{"reports": []}`,
		`{"id": "ok", "reports": []}`,
		`{"id": "empty", "reports": [{"text": ""}, {"text": "   "}]}`,
	}, "\n")
	p := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(p, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runRecord(t, "batch", p)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, errs)
	}
	ids, lines := batchLines(t, out)
	if want := []string{"ok", "one", "missing", "both", "line-5", "line-7", "empty"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	wantErr := map[string]string{
		"one":     "at least two reports",
		"missing": "no such file",
		"both":    `both "path" and "text"`,
		"line-5":  "not a JSON event",
		"line-7":  `no "id"`,
		"empty":   "empty file",
	}
	for id, frag := range wantErr {
		msg, _ := lines[id]["error"].(string)
		if !strings.Contains(msg, frag) {
			t.Errorf("%s: error %q, want it to mention %q", id, msg, frag)
		}
	}
	if lines["ok"]["result"] == nil {
		t.Errorf("the good event has no result")
	}
	if !strings.Contains(errs, "1 event repeats an earlier id and was not compared") {
		t.Errorf("duplicate id not reported: %s", errs)
	}
	// Every event read is counted once: one compared, six error lines, one repeated id.
	if !strings.Contains(errs, "batch: 1 compared, 6 failed, 1 not compared (repeated id), 0 skipped") {
		t.Errorf("batch counts wrong: %s", errs)
	}
}

func TestBatchSymlinks(t *testing.T) {
	root, _ := writeCorpus(t, benchgen.Config{Events: 1, Reports: 2, Words: 200, Seed: 3})
	loop := filepath.Join(root, "loop")
	if err := os.MkdirAll(loop, 0o755); err != nil {
		t.Fatal(err)
	}
	// A link to an ancestor, and a link to itself: neither may hang the walk.
	if err := os.Symlink("..", filepath.Join(loop, "up")); err != nil {
		t.Skipf("symlinks unsupported: %v", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(loop, "self.txt")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runRecord(t, "batch", root)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d: %s", code, exitUsage, errs)
	}
	ids, lines := batchLines(t, out)
	if want := []string{"ev000000", "loop", "loop/up"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	for id, frag := range map[string]string{"loop": "broken symbolic link", "loop/up": "symbolic link loop"} {
		if msg, _ := lines[id]["error"].(string); !strings.Contains(msg, frag) {
			t.Errorf("%s: error %q, want it to mention %q", id, msg, frag)
		}
	}
	if lines["ev000000"]["result"] == nil {
		t.Errorf("the good event has no result")
	}
}

func TestBatchUsage(t *testing.T) {
	tests := []struct {
		args []string
		frag string
	}{
		{[]string{"batch"}, "needs one input"},
		{[]string{"batch", "a", "b"}, "needs one input"},
		{[]string{"batch", "/no/such/dir"}, "no such file"},
		{[]string{"batch", "--jobs", "0", "."}, "--jobs"},
	}
	for _, tt := range tests {
		code, _, errs := runRecord(t, tt.args...)
		if code != exitUsage || !strings.Contains(errs, tt.frag) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 mentioning %q", tt.args, code, errs, tt.frag)
		}
	}
}

func FuzzBatchLine(f *testing.F) {
	for _, s := range []string{
		`{"id": "e1", "reports": [{"name": "A", "path": "a.txt"}, {"name": "B", "text": "Some text."}]}`,
		`{"id": "", "reports": []}`,
		`{"id": 5}`,
		`{"id": "x", "reports": [{"path": "a", "text": "b"}]}`,
		`[1, 2]`,
		`   `,
		`{"id": "x", "reports": null, "extra": true}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		ev, ok := parseBatchLine(line, 3)
		if !ok {
			if len(bytes.TrimSpace(line)) != 0 {
				t.Fatalf("non-blank line %q skipped", line)
			}
			return
		}
		if ev.id == "" {
			t.Fatalf("event without an id from %q", line)
		}
		if ev.err != nil {
			if ev.reports != nil {
				t.Fatalf("failed event keeps reports: %q", line)
			}
			return
		}
		for i, r := range ev.reports {
			if (r.Text == nil) == (r.Path == "") {
				t.Fatalf("report %d of %q has not exactly one of path and text", i, line)
			}
		}
		if _, err := json.Marshal(batchLine{ID: ev.id, Error: "x"}); err != nil {
			t.Fatalf("id %q cannot be written back: %v", ev.id, err)
		}
	})
}
