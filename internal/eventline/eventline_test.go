package eventline

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	dir := filepath.Join("data", "events")
	tests := []struct {
		line    string
		ok      bool
		id      string
		err     string
		path0   string
		reports int
	}{
		{"   ", false, "", "", "", 0},
		{`{"id": "e1", "reports": [{"path": "a.txt"}, {"path": "/abs/b.txt"}, {"path": "https://x.example/c"}]}`, true, "e1", "", filepath.Join(dir, "a.txt"), 3},
		{`{"id": "e2", "reports": [{"name": "A", "text": "t"}]}`, true, "e2", "", "", 1},
		{`{"id": "e3", "reports": [{"path": "a", "text": "t"}]}`, true, "e3", "both", "", 0},
		{`{"id": "e4", "reports": [{"name": "A"}]}`, true, "e4", "neither", "", 0},
		{`{"reports": []}`, true, "line-7", `no "id"`, "", 0},
		{`{"id": "e5", "reports": 3}`, true, "e5", "not a JSON event", "", 0},
		{`not json`, true, "line-7", "not a JSON event", "", 0},
	}
	for _, tt := range tests {
		ev, ok := Parse([]byte(tt.line), 7, dir)
		if ok != tt.ok || ev.ID != tt.id || len(ev.Reports) != tt.reports {
			t.Errorf("Parse(%s) = %+v, %v", tt.line, ev, ok)
			continue
		}
		if (tt.err == "") != (ev.Err == nil) || (ev.Err != nil && !strings.Contains(ev.Err.Error(), tt.err)) {
			t.Errorf("Parse(%s) error %v, want %q", tt.line, ev.Err, tt.err)
		}
		if tt.reports > 0 && ev.Reports[0].Path != tt.path0 {
			t.Errorf("Parse(%s) path %q, want %q", tt.line, ev.Reports[0].Path, tt.path0)
		}
	}
}

func TestProcessNeedsTwoReports(t *testing.T) {
	text := "One report."
	var c Comparer
	line, failed := c.Process(Event{ID: "e", Reports: []Report{{Name: "A", Text: &text}}})
	if !failed || string(line) != `{"id":"e","error":"an event needs at least two reports, got 1"}`+"\n" {
		t.Errorf("line %q failed %v", line, failed)
	}
	if id, err := ID(line); err != nil || id != "e" {
		t.Errorf("ID = %q, %v", id, err)
	}
}
