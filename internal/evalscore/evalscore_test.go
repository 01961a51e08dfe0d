package evalscore

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	// Expected values were printed by score.py's norm() (Python 3).
	tests := []struct{ in, want string }{
		{"  Hello\u00a0\u00a0World ", "hello world"},
		{"\u201cQuoted\u201d \u2018single\u2019 \u00abguillemets\u00bb", `"quoted" 'single' "guillemets"`},
		{"10\u201312 \u2014 dash", "10-12 - dash"},
		{"\ufb01re \uff11\uff12\u2033", "fire 12''"},
		{"\u0130STANBUL", "i\u0307stanbul"},
		{"\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a3.", "\u03bf\u03b4\u03bf\u03c2 \u03c3\u03bf\u03c2."},
		{"\u03a3", "\u03c3"},
		{"A\u03a3'", "a\u03c2'"},
		{"a\x1cb\x1dc\u2028d\u3000e\u200bf", "a b c d e\u200bf"},
		{"Caf\u00e9 CAFE\u0301", "caf\u00e9 caf\u00e9"},
		{"x \u2032 y", "x ' y"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsPySpace(t *testing.T) {
	// Every code point for which Python's str.isspace() is true (what str.split() splits on).
	want := map[rune]bool{}
	for _, r := range []rune{0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
		0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
		0x2028, 0x2029, 0x202f, 0x205f, 0x3000} {
		want[r] = true
	}
	for r := rune(0); r <= 0x10ffff; r++ {
		if isPySpace(r) != want[r] {
			t.Errorf("isPySpace(%U) = %v, want %v", r, isPySpace(r), want[r])
		}
	}
}

func TestEvidenceKeepsOrder(t *testing.T) {
	var it Item
	if err := json.Unmarshal([]byte(`{"verdict":"agreement","evidence":{"2":"b","0":"a","2":"c"}}`), &it); err != nil {
		t.Fatal(err)
	}
	want := Evidence{{Key: "2", Needle: "c"}, {Key: "0", Needle: "a"}}
	if len(it.Evidence) != len(want) || it.Evidence[0] != want[0] || it.Evidence[1] != want[1] {
		t.Fatalf("evidence = %+v, want %+v (first position, last value, like a Python dict)", it.Evidence, want)
	}
	if got := evidenceJSON(it.Evidence); got != `{"2": "c", "0": "a"}` {
		t.Errorf("evidenceJSON = %s", got)
	}
	if err := json.Unmarshal([]byte(`{"verdict":"x","evidence":{"0":1}}`), &it); err == nil {
		t.Error("a non-string needle was accepted")
	}
}

func TestSourceIDs(t *testing.T) {
	rep := mustReport(t, `{"sources":[{"id":"s1","path":"x/b.txt"},{"id":"s2","path":"dir/"},{"path":"a.txt"}]}`)
	m := sourceIDs(rep, []string{"a.txt", "other.txt", "../up/b.txt", "d.txt"})
	want := map[int]sourceRef{
		0: {nil: true}, // matched by basename, but that source has no id: Python None
		1: {id: "s2"},  // no basename match: by order
		2: {id: "s1"},  // basename match wins over order
		3: {nil: true}, // no match, beyond the sources: absent
	}
	for i, w := range want {
		if got := m.get(i); got != w {
			t.Errorf("gold file %d -> %+v, want %+v", i, got, w)
		}
	}
	if _, ok := m[3]; ok {
		t.Error("index 3 should be absent from the map, as in score.py")
	}
}

// mustReport parses a report written in the test.
func mustReport(t *testing.T, s string) *Report {
	t.Helper()
	r, err := ParseReport([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustGold(t *testing.T, s string) *Gold {
	t.Helper()
	var g Gold
	if err := json.Unmarshal([]byte(s), &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func TestScore(t *testing.T) {
	srcs := `"sources":[{"id":"s1","path":"a.txt"},{"id":"s2","path":"b.txt"}]`
	tests := []struct {
		name   string
		gold   string
		report string
		want   CaseScore
	}{
		{
			name:   "discrepancy found",
			gold:   `{"files":["a.txt","b.txt"],"items":[{"verdict":"discrepancy","evidence":{"0":"Six days","1":"a week"}}]}`,
			report: `{` + srcs + `,"findings":[{"verdict":"discrepancy","claims":[{"source":"s1","sentence":"It lasted six days."},{"source":"s2","text":"a week","sentence":"x"}]}]}`,
			want:   CaseScore{Disc: 1, DiscHit: 1, ReportedDisc: 1, Findings: 1},
		},
		{
			name:   "evidence on the wrong source misses and is a false discrepancy",
			gold:   `{"files":["a.txt","b.txt"],"items":[{"verdict":"discrepancy","evidence":{"0":"six days","1":"a week"}}]}`,
			report: `{` + srcs + `,"findings":[{"verdict":"discrepancy","claims":[{"source":"s2","sentence":"six days"},{"source":"s1","sentence":"a week"}]}]}`,
			want:   CaseScore{Disc: 1, ReportedDisc: 1, FalseDisc: 1, Findings: 1},
		},
		{
			name:   "either excuses a discrepancy and is not counted",
			gold:   `{"files":["a.txt","b.txt"],"items":[{"verdict":"either","evidence":{"0":"six","1":"seven"}}]}`,
			report: `{` + srcs + `,"findings":[{"verdict":"discrepancy","claims":[{"source":"s1","sentence":"six"},{"source":"s2","sentence":"seven"}]}]}`,
			want:   CaseScore{ReportedDisc: 1, Findings: 1},
		},
		{
			name: "agreement pairing a gold discrepancy and one carrying a unique detail are false agreements",
			gold: `{"files":["a.txt","b.txt"],"items":[{"verdict":"discrepancy","evidence":{"0":"six","1":"seven"}},
				{"verdict":"unique","evidence":{"1":"only b"}}]}`,
			report: `{` + srcs + `,"findings":[
				{"verdict":"agreement","claims":[{"source":"s1","sentence":"six"},{"source":"s2","sentence":"seven"}]},
				{"verdict":"agreement","claims":[{"source":"s1","sentence":"x"},{"source":"s2","sentence":"ONLY  B here"}]},
				{"verdict":"unique","claims":[{"source":"s2","sentence":"only b"}]}]}`,
			want: CaseScore{Disc: 1, Uniq: 1, UniqHit: 1, FalseAgree: 2, Findings: 3},
		},
		{
			name:   "noise leaks count once per needle",
			gold:   `{"files":["a.txt","b.txt"],"items":[],"noise":["Sign up now","not there"]}`,
			report: `{` + srcs + `,"findings":[{"verdict":"unique","claims":[{"source":"s1","sentence":"sign up now!"}]},{"verdict":"unique","claims":[{"source":"s2","text":"Sign up   now"}]}]}`,
			want:   CaseScore{Leaks: 1, Findings: 2},
		},
		{
			name:   "agreement reported as unique misses",
			gold:   `{"files":["a.txt","b.txt"],"items":[{"verdict":"agreement","evidence":{"0":"x"}}]}`,
			report: `{` + srcs + `,"findings":[{"verdict":"unique","claims":[{"source":"s1","sentence":"x"}]}]}`,
			want:   CaseScore{Agree: 1, Findings: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Score(mustGold(t, tt.gold), mustReport(t, tt.report))
			if err != nil {
				t.Fatal(err)
			}
			got.Details = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Score = %+v\nwant    %+v", got, tt.want)
			}
		})
	}
}

func TestScoreRejectsBadGold(t *testing.T) {
	rep := mustReport(t, `{"sources":[],"findings":[]}`)
	for _, g := range []string{
		`{"files":[],"items":[{"verdict":"maybe","evidence":{}}]}`,
		`{"files":[],"items":[{"verdict":"unique","evidence":{"first":"x"}}]}`,
	} {
		if _, err := Score(mustGold(t, g), rep); err == nil {
			t.Errorf("Score accepted gold %s", g)
		}
	}
}

func TestTotals(t *testing.T) {
	var none Totals
	if got := none.Summary(); got != "score: no case could be scored" {
		t.Errorf("empty Summary = %q", got)
	}
	var tot Totals
	tot.Add(CaseScore{Disc: 3, DiscHit: 1, Agree: 4, AgreeHit: 3, Uniq: 2, UniqHit: 2, ReportedDisc: 0, FalseAgree: 1, Leaks: 2, Findings: 7})
	tot.Errors = 1
	want := "score: disc-recall=0.33 disc-precision=0.00 agree-recall=0.75 unique-recall=1.00 false-agreements=1 noise-leaks=2 errors=1 findings=7 lost-evidence=0"
	if got := tot.Summary(); got != want {
		t.Errorf("Summary =\n%s\nwant\n%s", got, want)
	}
	// No gold discrepancy and none reported: precision 1; recalls of empty sets are 1.
	var empty Totals
	empty.Add(CaseScore{Findings: 1})
	if empty.DiscPrecision() != 1 || empty.DiscRecall() != 1 || empty.AgreeRecall() != 1 || empty.UniqueRecall() != 1 {
		t.Errorf("empty-set ratios = %v %v %v %v, want all 1", empty.DiscPrecision(), empty.DiscRecall(), empty.AgreeRecall(), empty.UniqueRecall())
	}
	var p Totals
	p.Add(CaseScore{ReportedDisc: 8, FalseDisc: 3})
	if p.DiscPrecision() != 5.0/8 {
		t.Errorf("DiscPrecision = %v, want 0.625", p.DiscPrecision())
	}
}

// savedCases are claimdiff reports saved with the gold they are scored against;
// testdata/saved/score-verbose.txt is what score.py --verbose printed for them, run as
//
//	python3 score.py --verbose --cmd "sh testdata/catreport.sh" testdata/saved/{demo-harbourne-scooters,marsh-creek-wildfire,rail-bill-vote,tricky}
var savedCases = []string{"demo-harbourne-scooters", "marsh-creek-wildfire", "rail-bill-vote", "tricky"}

// savedSummary is score.py's summary line for savedCases.
const savedSummary = "score: disc-recall=0.40 disc-precision=0.60 agree-recall=0.56 unique-recall=0.95 false-agreements=11 noise-leaks=3 errors=0 findings=171 lost-evidence=0"

// scoreVerbose reproduces score.py --verbose's output for case directories.
func scoreVerbose(t *testing.T, dirs []string) string {
	t.Helper()
	var out strings.Builder
	var tot Totals
	for _, dir := range dirs {
		g, err := LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(dir, "report.json"))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := ParseReport(data)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Score(g, rep)
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString(s.Line(CaseName(dir)) + "\n")
		if len(s.Details) > 0 {
			out.WriteString(strings.Join(s.Details, "\n") + "\n")
		}
		tot.Add(s)
	}
	out.WriteString(tot.Summary() + "\n")
	return out.String()
}

func savedDirs() []string {
	dirs := make([]string, len(savedCases))
	for i, c := range savedCases {
		dirs[i] = filepath.Join("testdata", "saved", c)
	}
	return dirs
}

func TestSameAsScorePy(t *testing.T) {
	got := scoreVerbose(t, savedDirs())
	want, err := os.ReadFile(filepath.Join("testdata", "saved", "score-verbose.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("Go scorer output differs from score.py's\n--- got\n%s--- want\n%s", got, want)
	}
	lines := strings.Split(strings.TrimSpace(got), "\n")
	if last := lines[len(lines)-1]; last != savedSummary {
		t.Errorf("summary = %q\nwant      %q", last, savedSummary)
	}
}

// TestSameAsScorePyLive runs the real score.py on the saved reports, when it and
// python3 are available, so a change to score.py shows up here.
func TestSameAsScorePyLive(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("../shared/eval/score.py not present")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	args := append([]string{script, "--verbose", "--cmd", "sh testdata/catreport.sh"}, savedDirs()...)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(py, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	if got := scoreVerbose(t, savedDirs()); got != stdout.String() {
		t.Errorf("Go scorer output differs from score.py's\n--- go\n%s--- score.py\n%s", got, stdout.String())
	}
}
