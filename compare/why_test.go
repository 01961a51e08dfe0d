package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// num is a counted figure stated by one report.
func num(src, text string, lo, hi float64, mod func(*claims.Value)) claims.Claim {
	v := &claims.Value{Type: "number", Min: claims.F(lo), Max: claims.F(hi), Bound: "exact"}
	if mod != nil {
		mod(v)
	}
	return claims.Claim{Source: src, Kind: claims.KindNumber, Text: text, Value: v}
}

// TestWhyWording checks the one sentence each kind of finding gets.
func TestWhyWording(t *testing.T) {
	dead := func(c claims.Claim) claims.Claim { c.Slot = []string{"kill"}; return c }
	pos := func(vs ...string) []Position {
		var out []Position
		for i := 0; i+1 < len(vs); i += 2 {
			out = append(out, Position{Value: vs[i], Sources: strings.Split(vs[i+1], ",")})
		}
		return out
	}
	hour := func(h int) time.Time { return time.Date(2026, 5, 4, h, 30, 0, 0, time.UTC) }
	day := func(d int) time.Time { return time.Date(2026, 5, d, 0, 0, 0, 0, time.UTC) }
	dur := func(src, text string, days float64, round bool) claims.Claim {
		return claims.Claim{Source: src, Kind: claims.KindDuration, Text: text,
			Value: &claims.Value{Type: "duration", Unit: "s", Min: claims.F(days * 86400), Max: claims.F(days * 86400), Round: round}}
	}
	tests := []struct {
		name string
		f    Finding
		pub  map[string]time.Time
		want string
	}{
		{"round figure", Finding{Verdict: Discrepancy, Kind: claims.KindDuration, Rule: "interval",
			Claims:    []claims.Claim{dur("s1", "only 6 days", 6, false), dur("s2", "a week", 7, true)},
			Positions: pos("6 days", "s1", "7 days", "s2")}, nil,
			"same measure (duration), different figures; a week (s2) is a round figure, so this may be approximation"},
		{"approximate figure", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims:    []claims.Claim{num("s1", "about 300", 270, 330, func(v *claims.Value) { v.Approx = true }), num("s2", "412", 412, 412, nil)},
			Positions: pos("about 300", "s1", "412", "s2")}, nil,
			"same measure (count), different figures; about 300 (s1) is approximate, so this may be rounding"},
		{"approximation too far off to explain the gap", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims:    []claims.Claim{num("s1", "about 25", 22, 28, func(v *claims.Value) { v.Approx = true }), num("s2", "96", 96, 96, nil)},
			Positions: pos("about 25", "s1", "96", "s2")}, nil,
			"same measure (count), different figures"},
		{"sentence-initial capital dropped, distance named", Finding{Verdict: Discrepancy, Kind: claims.KindMeasure, Rule: "interval",
			Claims: []claims.Claim{
				{Source: "s1", Kind: claims.KindMeasure, Text: "About 60 metres", Value: &claims.Value{Type: "measure", Unit: "m", Min: claims.F(54), Max: claims.F(66), Approx: true}},
				{Source: "s2", Kind: claims.KindMeasure, Text: "75 metres", Value: &claims.Value{Type: "measure", Unit: "m", Min: claims.F(75), Max: claims.F(75)}}},
			Positions: pos("about 60 m", "s1", "75 m", "s2")}, nil,
			"same measure (distance), different figures; about 60 metres (s1) is approximate, so this may be rounding"},
		{"lower bound, hours apart", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims: []claims.Claim{dead(num("s1", "at least 5", 5, 5, func(v *claims.Value) { v.Max = nil; v.Bound = "at-least" })),
				dead(num("s2", "24", 24, 24, nil))},
			Positions: pos("at least 5", "s1", "24", "s2")},
			map[string]time.Time{"s1": hour(3), "s2": hour(8)},
			"same measure (people killed), different figures; at least 5 (s1) is a lower bound, not an exact figure; s1 published 5 hours before s2"},
		{"dates only, days apart", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims:    []claims.Claim{num("s1", "9", 9, 9, nil), num("s2", "11", 11, 11, nil), num("s3", "11", 11, 11, nil)},
			Positions: pos("11", "s2,s3", "9", "s1")},
			map[string]time.Time{"s1": day(2), "s2": day(4), "s3": day(5)},
			"same measure (count), different figures; s1 published 3 days before s3"},
		{"same day without clocks says nothing", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims:    []claims.Claim{num("s1", "9", 9, 9, nil), num("s2", "11", 11, 11, nil)},
			Positions: pos("9", "s1", "11", "s2")},
			map[string]time.Time{"s1": day(4), "s2": hour(20)},
			"same measure (count), different figures"},
		{"earliest report on the same side says nothing", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval",
			Claims:    []claims.Claim{num("s1", "9", 9, 9, nil), num("s2", "11", 11, 11, nil)},
			Positions: pos("9", "s1,s2", "11", "s3")},
			map[string]time.Time{"s1": hour(1), "s2": hour(9)},
			"same measure (count), different figures"},
		{"uncertain", Finding{Verdict: Discrepancy, Kind: claims.KindNumber, Rule: "interval", basis: basis{cause: causeUncertain},
			Claims:    []claims.Claim{num("s1", "40", 40, 40, nil), num("s2", "65", 65, 65, nil)},
			Positions: pos("40", "s1", "65", "s2")}, nil,
			"different figures, but they may not measure the same thing"},
		{"date", Finding{Verdict: Discrepancy, Kind: claims.KindDate, Rule: "date",
			Claims: []claims.Claim{{Source: "s1", Kind: claims.KindDate, Value: &claims.Value{Type: "date", Relative: "on friday"}}}}, nil,
			"matching sentences name different days"},
		{"name", Finding{Verdict: Discrepancy, Kind: "name", Rule: "name"}, nil,
			"the same name is spelt differently in matching sentences"},
		{"negation", Finding{Verdict: Discrepancy, Kind: claims.KindPolarity, Rule: "polarity"}, nil,
			"one report denies what another asserts in a matching sentence"},
		{"statements agree", Finding{Verdict: Agreement, Kind: claims.KindStatement,
			Claims: []claims.Claim{{Source: "s1"}, {Source: "s3"}, {Source: "s2"}}}, nil,
			"s1, s3 and s2 state the same thing in matching sentences"},
		{"figures agree within precision", Finding{Verdict: Agreement, Kind: claims.KindNumber, Rule: "interval",
			Claims: []claims.Claim{num("s1", "about 200", 180, 220, func(v *claims.Value) { v.Approx = true }), num("s2", "210", 210, 210, nil)}}, nil,
			"s1 and s2 give the same count, within the precision of the figures"},
		{"disputed agreement", Finding{Verdict: Agreement, Kind: claims.KindNumber, Rule: "interval", basis: basis{cause: causeDisputed},
			Claims: []claims.Claim{num("s1", "9", 9, 9, nil), num("s2", "9", 9, 9, nil)}}, nil,
			"s1 and s2 give the same figure; other reports give another"},
		{"quotation agrees word for word", Finding{Verdict: Agreement, Kind: claims.KindQuote,
			Claims: []claims.Claim{{Source: "s1", Text: "We will rebuild"}, {Source: "s2", Text: "we will rebuild"}}}, nil,
			"s1 and s2 quote the same words"},
		{"quotation reworded", Finding{Verdict: Agreement, Kind: claims.KindQuote, basis: basis{cause: causeReworded},
			Claims: []claims.Claim{{Source: "s1", Text: "We will rebuild"}, {Source: "s2", Text: "we shall rebuild"}}}, nil,
			"s1 and s2 quote the same words, with small differences of wording"},
		{"same role", Finding{Verdict: Agreement, Kind: claims.KindRole, Claims: []claims.Claim{{Source: "s1"}, {Source: "s2"}}}, nil,
			"s1 and s2 give the same person the same role"},
		{"complementary roles", Finding{Verdict: Agreement, Kind: claims.KindRole, basis: basis{cause: causeComplementary},
			Claims: []claims.Claim{{Source: "s1"}, {Source: "s2"}}}, nil,
			"s1 and s2 describe the same person by different roles that can both be true"},
		{"unique", Finding{Verdict: Unique, Kind: claims.KindStatement, Claims: []claims.Claim{{Source: "s4"}}}, nil,
			"only s4 reports this; no other report has a matching sentence"},
		{"unique clause", Finding{Verdict: Unique, Kind: claims.KindStatement, basis: basis{cause: causeResidual},
			Claims: []claims.Claim{{Source: "s2"}}}, nil,
			"only s2 adds this; the rest of its sentence matches other reports"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := why(&tc.f, tc.pub); got != tc.want {
				t.Errorf("why = %q\nwant  %q", got, tc.want)
			}
		})
	}
}

// TestGapWords checks how a gap between publication times is said.
func TestGapWords(t *testing.T) {
	at := func(d, h, m int) time.Time { return time.Date(2026, 1, d, h, m, 0, 0, time.UTC) }
	tests := []struct {
		a, b time.Time
		want string
	}{
		{at(1, 9, 0), at(1, 9, 40), "1 hour"},
		{at(1, 9, 0), at(1, 9, 20), ""},
		{at(1, 9, 0), at(2, 11, 0), "26 hours"},
		{at(1, 9, 0), at(4, 10, 0), "3 days"},
		{at(1, 0, 0), at(1, 18, 0), ""}, // a date without a clock
		{at(1, 0, 0), at(2, 0, 0), "1 day"},
	}
	for _, tc := range tests {
		if got := gapWords(tc.a, tc.b); got != tc.want {
			t.Errorf("gapWords(%v, %v) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestAndList checks lists of reports read as people write them.
func TestAndList(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{{nil, "the reports"}, {[]string{"s1"}, "s1"}, {[]string{"s1", "s2"}, "s1 and s2"}, {[]string{"s1", "s2", "s3"}, "s1, s2 and s3"}} {
		if got := andList(tc.in); got != tc.want {
			t.Errorf("andList(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDescribeReadable checks values print as a reader writes them.
func TestDescribeReadable(t *testing.T) {
	q := func(typ, unit string, lo, hi float64) *claims.Value {
		return &claims.Value{Type: typ, Unit: unit, Min: claims.F(lo), Max: claims.F(hi)}
	}
	tests := []struct {
		name string
		v    *claims.Value
		want string
	}{
		{"time with its day", &claims.Value{Type: "time", Start: "2013-03-14T02:09:00Z"}, "2013-03-14 02:09"},
		{"weekday capitalised", &claims.Value{Type: "date", Relative: "late on thursday"}, "late on Thursday"},
		{"month capitalised", &claims.Value{Type: "date", Relative: "14 march"}, "14 March"},
		{"shared unit stated once", q("age", "year", 50, 59), "50-59 years"},
		{"different units kept", q("duration", "s", 3*3600, 2*86400), "3 hours-2 days"},
		{"thousands grouped", q("number", "", 14000, 14000), "14,000"},
		{"a year-like figure left alone", q("number", "", 2023, 2023), "2023"},
		{"large area in km²", q("measure", "m2", 17e6, 17e6), "17 km²"},
		{"small area in m²", q("measure", "m2", 400000, 400000), "400,000 m²"},
		{"speed in km/h", q("measure", "m/h", 80467.2, 80467.2), "80.5 km/h"},
		{"one-letter noun dropped", &claims.Value{Type: "number", Min: claims.F(4), Max: claims.F(4), Of: "o"}, "4"},
		{"counted noun kept", &claims.Value{Type: "number", Min: claims.F(4), Max: claims.F(4), Of: "boats"}, "4 boats"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := describe(tc.v); got != tc.want {
				t.Errorf("describe = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSummaryWording checks the summaries' clean-ups: no echoed label,
// no doubled quotation marks, no scrap of a sentence standing for a group.
func TestSummaryWording(t *testing.T) {
	if got, want := summarize("injured", []Position{{"17 injured", []string{"s1"}}, {"20", []string{"s2"}}}, true), "injured: 17 (s1) vs 20 (s2)"; got != want {
		t.Errorf("summarize = %q, want %q", got, want)
	}
	if got, want := summarize("killed", []Position{{"24 dead", []string{"s1"}}, {"5 deaths", []string{"s2"}}}, true), "killed: 24 (s1) vs 5 (s2)"; got != want {
		t.Errorf("summarize = %q, want %q", got, want)
	}
	if got, want := summarize("killed", []Position{{"3 boats", []string{"s1"}}}, false), "killed: 3 boats (s1)"; got != want {
		t.Errorf("summarize = %q, want %q", got, want)
	}
	st := func(src, text string) claims.Claim { return claims.Claim{Source: src, Text: text} }
	tests := []struct {
		name string
		cs   []claims.Claim
		want string
	}{
		{"quoted sentence", []claims.Claim{st("s1", "“We hope to reopen by June.”"), st("s2", "“We hope to reopen by June,” she said on Monday.")},
			"“We hope to reopen by June.” (s1, s2)"},
		{"stray opening mark", []claims.Claim{st("s1", "\"The pier will stay shut"), st("s2", "\"The pier will stay shut for repairs this winter")},
			"“The pier will stay shut” (s1, s2)"},
		{"inner quotation nests", []claims.Claim{st("s1", "“It is safe,” the engineer said."), st("s2", "The engineer said “it is safe” after the test.")},
			"‘“It is safe,” the engineer said.’ (s1, s2)"},
		{"scrap passed over", []claims.Claim{st("s1", "Harbour Ro"), st("s2", "The harbour road reopened on Friday.")},
			"“The harbour road reopened on Friday.” (s1, s2)"},
		{"short sentence kept", []claims.Claim{st("s1", "Nobody was hurt."), st("s2", "Nobody was hurt in the blaze, police said.")},
			"“Nobody was hurt.” (s1, s2)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := statementSummary(tc.cs); got != tc.want {
				t.Errorf("statementSummary = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestQuoteSummary checks an agreed quotation is quoted, not counted.
func TestQuoteSummary(t *testing.T) {
	q := func(src, text string) claims.Claim {
		return claims.Claim{Source: src, Kind: claims.KindQuote, Text: text}
	}
	cs := []claims.Claim{q("s1", "We will rebuild the pier before the summer season"), q("s2", "we will rebuild the pier,"), q("s2", "we will rebuild the pier")}
	if got, want := quoteSummary(cs, false), "“we will rebuild the pier” (s1, s2)"; got != want {
		t.Errorf("quoteSummary = %q, want %q", got, want)
	}
	if got, want := quoteSummary(cs[:2], true), "“we will rebuild the pier” (s1, s2), worded differently"; got != want {
		t.Errorf("quoteSummary = %q, want %q", got, want)
	}
}

// TestRoleSummary checks a person's roles are listed with their reports, in the reports' capitals.
func TestRoleSummary(t *testing.T) {
	role := func(src, text, r string) claims.Claim {
		return claims.Claim{Source: src, Kind: claims.KindRole, Text: text, Value: &claims.Value{Type: "role", Person: "Ada Brook", Role: r}}
	}
	cs := []claims.Claim{role("s1", "Kelbridge Mayor Ada Brook", "kelbridge mayor"), role("s2", "Mayor Ada Brook", "mayor"),
		role("s3", "KELBRIDGE MAYOR Ada Brook", "kelbridge mayor")}
	if got, want := roleSummary(cs, false), "Ada Brook: Kelbridge Mayor (s1, s3); Mayor (s2)"; got != want {
		t.Errorf("roleSummary = %q, want %q", got, want)
	}
	if got, want := roleSummary(cs[:2], true), "Ada Brook: Kelbridge Mayor (s1) vs Mayor (s2)"; got != want {
		t.Errorf("roleSummary = %q, want %q", got, want)
	}
}

// TestResidualSpan checks the clause or run of words a unique detail is shown by.
func TestResidualSpan(t *testing.T) {
	tests := []struct {
		name, sentence string
		extra          []string
		clause, run    string
	}{
		{"clause after a comma", "The ferry docked at noon, two hours behind its timetable.", []string{"hour", "timetable"},
			"two hours behind its timetable.", "hours behind its timetable."},
		{"clause after a closing quotation mark", `"We are safe," the captain told a local radio station.`, []string{"captain", "radio", "station"},
			"the captain told a local radio station.", "captain told a local radio station."},
		{"one clause, a run inside it", "Divers from three coastal towns searched the wreck overnight without rest.", []string{"coastal", "towns"},
			"Divers from three coastal towns searched the wreck overnight without rest.", "coastal towns"},
		{"a word or two at the end taken in", "This is the third such crash at the junction this year.", []string{"third", "crash", "junction"},
			"This is the third such crash at the junction this year.", "third such crash at the junction this year."},
		{"times and figures are not clause breaks", "The shooting began at 8:30 p.m. Thursday, police said, and left 1,400 people sheltering.", []string{"shooting", "begin", "thursday"},
			"The shooting began at 8:30 p.m. Thursday", "The shooting began at 8:30 p.m. Thursday"},
		{"no extra word", "The ferry docked at noon.", []string{"zeppelin"}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i, j := residualSpan(tc.sentence, tc.extra)
			if got := tc.sentence[i:j]; got != tc.clause {
				t.Errorf("residualSpan = %q, want %q", got, tc.clause)
			}
			i, j = wordsSpan(tc.sentence, tc.extra)
			if got := tc.sentence[i:j]; got != tc.run {
				t.Errorf("wordsSpan = %q, want %q", got, tc.run)
			}
		})
	}
}

// FuzzResidualSpan checks that the spans cut from untrusted sentences stay in
// bounds and on character boundaries, and that unquoting never panics.
func FuzzResidualSpan(f *testing.F) {
	f.Add("The ferry docked at noon, two hours late.", "hour")
	f.Add(`“Quoted,” she said — and left.`, "left")
	f.Add("\xff\xfe broken, bytes", "broken")
	f.Fuzz(func(t *testing.T, s, w string) {
		for _, span := range [][2]int{spanOf(residualSpan(s, []string{w})), spanOf(wordsSpan(s, []string{w}))} {
			i, j := span[0], span[1]
			if i < 0 || j > len(s) || i > j {
				t.Fatalf("span [%d, %d) out of [0, %d)", i, j, len(s))
			}
		}
		_ = unquote(s)
		_ = statementSummary([]claims.Claim{{Source: "s1", Text: s}})
	})
}

func spanOf(i, j int) [2]int { return [2]int{i, j} }
