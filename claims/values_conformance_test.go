package claims

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// confExpect is one expected value of a conformance case (see conformance.py).
type confExpect struct {
	Type string  `json:"type"`
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	Unit string  `json:"unit"`
	Text string  `json:"text"`
}

type confCase struct {
	ID       string       `json:"id"`
	Sentence string       `json:"sentence"`
	Expect   []confExpect `json:"expect"`
}

// confMatches applies conformance.py's rule: same type and unit, equal within 1% for a
// point, overlapping (widened by 1%) for an expected interval.
func confMatches(e confExpect, m ValueMatch) bool {
	v := m.Value
	typ := v.Type
	if typ == "" {
		typ = string(m.Kind)
	}
	if typ != e.Type {
		return false
	}
	if want := strings.ToLower(strings.TrimSpace(e.Unit)); want != "" && strings.ToLower(v.Unit) != want {
		return false
	}
	var lo, hi float64
	switch {
	case v.Min == nil && v.Max == nil:
		return false
	case v.Max == nil && (v.Bound == "" || v.Bound == "exact"):
		lo, hi = *v.Min, *v.Min
	case v.Min == nil && (v.Bound == "" || v.Bound == "exact"):
		lo, hi = *v.Max, *v.Max
	case v.Min == nil || v.Max == nil:
		return false
	default:
		lo, hi = math.Min(*v.Min, *v.Max), math.Max(*v.Min, *v.Max)
	}
	const tol = 0.01
	close := func(a, b float64) bool { return math.Abs(a-b) <= tol*math.Max(math.Abs(a), math.Abs(b))+1e-12 }
	if e.Min == e.Max {
		return close(lo, e.Min) && close(hi, e.Max)
	}
	return lo <= e.Max+tol*math.Abs(e.Max) && hi >= e.Min-tol*math.Abs(e.Min)
}

// TestValuesConformance runs the shared outside corpus (Duckling and Recognizers-Text
// expressions) through Normalize and ParseValues; every case must pass (it stands at 384/384).
func TestValuesConformance(t *testing.T) {
	f, err := os.Open("../../shared/eval/conformance/cases.jsonl")
	if err != nil {
		t.Skipf("conformance corpus not available: %v", err)
	}
	defer f.Close()
	var cases []confCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var c confCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("bad case line: %v", err)
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		t.Skip("conformance corpus is empty")
	}
	passed := 0
	for _, c := range cases {
		norm, _ := Normalize(c.Sentence)
		ms := ParseValues(norm, ValueContext{})
		ok := true
		for _, e := range c.Expect {
			found := false
			for _, m := range ms {
				if confMatches(e, m) {
					found = true
					break
				}
			}
			ok = ok && found
		}
		if ok {
			passed++
			continue
		}
		var got []string
		for _, m := range ms {
			got = append(got, describeMatch(norm, m))
		}
		var want []string
		for _, e := range c.Expect {
			want = append(want, fmt.Sprintf("%s %g..%g %s [%s]", e.Type, e.Min, e.Max, e.Unit, e.Text))
		}
		t.Errorf("FAIL %s: %s\n  want %s\n  got  %s", c.ID, c.Sentence, strings.Join(want, "; "), strings.Join(got, "; "))
	}
	pct := 100 * float64(passed) / float64(len(cases))
	t.Logf("conformance: %d/%d passed (%.1f%%)", passed, len(cases), pct)
}

// describeMatch renders a match for failure messages.
func describeMatch(norm string, m ValueMatch) string {
	v := m.Value
	s := fmt.Sprintf("%s %q", v.Type, norm[m.Start:m.End])
	if v.Min != nil {
		s += fmt.Sprintf(" min=%g", *v.Min)
	}
	if v.Max != nil {
		s += fmt.Sprintf(" max=%g", *v.Max)
	}
	if v.Unit != "" {
		s += " " + v.Unit
	}
	if v.For != nil && v.Against != nil {
		s += fmt.Sprintf(" %g-%g", *v.For, *v.Against)
	}
	if v.Start != "" {
		s += " " + v.Start + ".." + v.End
	}
	if v.Relative != "" {
		s += " rel=" + v.Relative
	}
	if v.Bound != "" && v.Bound != "exact" {
		s += " " + v.Bound
	}
	return s
}
