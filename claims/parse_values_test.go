package claims

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// valueCase is one line of testdata/values/cases.tsv:
// context, sentence, type, expectation ("12 of=people", "10..15", "12..", "..12",
// "2026-03-15..2026-03-16 grain=day", "312-204", "none").
type valueCase struct {
	line     int
	ctx      ValueContext
	sentence string
	typ      string
	want     string
}

func readValueCases(t *testing.T) []valueCase {
	t.Helper()
	f, err := os.Open("testdata/values/cases.tsv")
	if err != nil {
		t.Fatalf("open cases: %v", err)
	}
	defer f.Close()
	var out []valueCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("cases.tsv:%d: want 4 tab-separated columns, got %d", n, len(cols))
		}
		c := valueCase{line: n, sentence: cols[1], typ: cols[2], want: cols[3]}
		for _, opt := range strings.Fields(cols[0]) {
			switch {
			case opt == "-":
			case opt == "mdy":
				c.ctx.MonthFirst = true
			case strings.HasPrefix(opt, "pub="):
				p, err := time.Parse(time.RFC3339, opt[4:])
				if err != nil {
					t.Fatalf("cases.tsv:%d: bad pub: %v", n, err)
				}
				c.ctx.Published = p
			default:
				t.Fatalf("cases.tsv:%d: unknown option %q", n, opt)
			}
		}
		out = append(out, c)
	}
	return out
}

// floatEq compares within a relative 1e-6.
func floatEq(p *float64, want string) bool {
	if want == "" {
		return p == nil
	}
	w, err := strconv.ParseFloat(want, 64)
	if err != nil || p == nil {
		return false
	}
	return math.Abs(*p-w) <= 1e-6*math.Max(1, math.Abs(w))
}

// caseMatches reports whether m satisfies the expectation string of a case.
func caseMatches(c valueCase, norm string, m ValueMatch) bool {
	v := m.Value
	if v.Type != c.typ {
		return false
	}
	fields := strings.Fields(c.want)
	head, opts := fields[0], fields[1:]
	switch {
	case c.typ == "tally":
		a, b, ok := strings.Cut(head, "-")
		if !ok || !floatEq(v.For, a) || !floatEq(v.Against, b) {
			return false
		}
	case c.typ == "date" || c.typ == "time":
		if head != "rel" {
			s, e, _ := strings.Cut(head, "..")
			if !strings.HasPrefix(v.Start, s) || !strings.HasPrefix(v.End, e) || v.Start == "" {
				return false
			}
		}
	default:
		lo, hi, isRange := strings.Cut(head, "..")
		if !isRange {
			hi = lo
		}
		if !floatEq(v.Min, lo) || !floatEq(v.Max, hi) {
			return false
		}
	}
	for _, o := range opts {
		k, val, _ := strings.Cut(o, "=")
		var got string
		switch k {
		case "unit":
			got = v.Unit
		case "of":
			got = v.Of
			val = strings.ReplaceAll(val, "_", " ")
		case "bound":
			got = v.Bound
		case "grain":
			got = v.Grain
		case "rel":
			got = v.Relative
			val = strings.ReplaceAll(val, "_", " ")
		case "text":
			got = norm[m.Start:m.End]
			val = strings.ReplaceAll(val, "_", " ")
		case "approx":
			got, val = strconv.FormatBool(v.Approx), "true"
		case "round":
			got, val = strconv.FormatBool(v.Round), "true"
		case "prec":
			if !floatEq(&v.Precision, val) {
				return false
			}
			continue
		case "kind":
			got = string(m.Kind)
		case "words":
			got = v.Words
			val = strings.ReplaceAll(val, "_", " ")
		}
		if got != val {
			return false
		}
	}
	return true
}

// TestValueCases runs the project's own conformance table of news-style expressions.
func TestValueCases(t *testing.T) {
	cases := readValueCases(t)
	if len(cases) < 300 {
		t.Errorf("want at least 300 cases, have %d", len(cases))
	}
	for _, c := range cases {
		norm, _ := Normalize(c.sentence)
		ms := ParseValues(norm, c.ctx)
		if c.want == "none" {
			for _, m := range ms {
				if m.Value.Type == c.typ {
					t.Errorf("cases.tsv:%d: %q: want no %s, got %s", c.line, c.sentence, c.typ, describeMatch(norm, m))
				}
			}
			continue
		}
		found := false
		for _, m := range ms {
			if caseMatches(c, norm, m) {
				found = true
				break
			}
		}
		if !found {
			var got []string
			for _, m := range ms {
				got = append(got, describeMatch(norm, m)+" of="+m.Value.Of+" grain="+m.Value.Grain)
			}
			t.Errorf("cases.tsv:%d: %q\n  want %s %s\n  got  %s", c.line, c.sentence, c.typ, c.want, strings.Join(got, "; "))
		}
	}
}

// checkMatches asserts the structural invariants every match must keep.
func checkMatches(t *testing.T, norm string, ms []ValueMatch) {
	t.Helper()
	last := -1
	for _, m := range ms {
		if m.Start < 0 || m.End > len(norm) || m.Start >= m.End {
			t.Fatalf("bad span [%d,%d) in %q", m.Start, m.End, norm)
		}
		if m.Start < last {
			t.Fatalf("overlapping or unsorted spans in %q", norm)
		}
		last = m.End
		v := m.Value
		if v.Min != nil && v.Max != nil && *v.Min > *v.Max {
			t.Fatalf("min %g > max %g for %q in %q", *v.Min, *v.Max, norm[m.Start:m.End], norm)
		}
		for _, p := range []*float64{v.Min, v.Max, v.For, v.Against} {
			if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
				t.Fatalf("non-finite value for %q", norm[m.Start:m.End])
			}
		}
		if v.Type == "" || m.Kind == "" {
			t.Fatalf("untyped match %q", norm[m.Start:m.End])
		}
	}
}

func FuzzParseValues(f *testing.F) {
	for _, s := range []string{
		"About 60 people, including 3 MPs, were hurt on 14 March 2026 at 3:42 a.m. local time.",
		"The £85m deal, up 30%, took 1 year 1 month 21 days; the 6.1-magnitude quake hit 2.5-mile.",
		"MPs voted 312-204; between 10 and 15 - -5 1/2 $ 5 ° f 12/13/2026 2026-02-30 mid- May.",
		"seven hundred twenty-one thousand and twelve and a half million dozens point",
		"2" + strings.Repeat("0", 320) + " trillion cubic feet",
		"At 6.02 p.m. (0930 GMT, 11:25 hours) with 6:08 to play, no one, none of the 2 in his mid-40s; Q3 2025",
		"Flight 610, No. 10, the 2008 crisis, 26,100-square-metre, 5 MW, 40 kWh, 120 mph, 193km/h, 12 km2",
		"the second-ever time, first-ever win, finished 21st, doubled, halved, fell by two-thirds, $4billion euro30",
		"in the early hours of Sunday, late on Thursday, at dawn on, this morning, last night, 99.99 a, 1 02 pm",
		"won 1-6, 7-6 (9-7), 6-1, 3-6, 6-4; 7-6(5) 6-4; call 0800 0961 233 or (555) 123-4567, +44 20 7946 0958",
		"on Sunday, March 2, 2014, on Thursday, 14 March, Monday, 2 March 2014, Friday, , Tuesday,",
	} {
		f.Add(s, false, int64(0))
	}
	f.Fuzz(func(t *testing.T, s string, mdy bool, pub int64) {
		norm, _ := Normalize(s)
		ctx := ValueContext{MonthFirst: mdy}
		if pub != 0 {
			ctx.Published = time.Unix(pub%(1<<33), 0).UTC()
		}
		checkMatches(t, norm, ParseValues(norm, ctx))
	})
}

// TestParseValuesInvariants checks span and interval invariants over the case table.
func TestParseValuesInvariants(t *testing.T) {
	for _, c := range readValueCases(t) {
		norm, _ := Normalize(c.sentence)
		checkMatches(t, norm, ParseValues(norm, c.ctx))
	}
}

func BenchmarkParseValues(b *testing.B) {
	data, err := os.ReadFile("testdata/values/bench.txt")
	if err != nil {
		b.Fatalf("read bench text: %v", err)
	}
	norm, _ := Normalize(string(data))
	// split into sentences roughly as Segment would, so the benchmark measures per-sentence calls
	var sents []string
	for _, s := range strings.SplitAfter(norm, ". ") {
		sents = append(sents, s)
	}
	ctx := ValueContext{Published: time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			ParseValues(s, ctx)
		}
	}
}
