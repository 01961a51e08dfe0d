package reports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// updateGolden rewrites the golden files: go test ./reports -run Golden -update
var updateGolden = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// fixtureResult is a fixed comparison of three invented reports of a
// council vote, covering every verdict, a quote diff, reliability and
// exclusions, with a few characters Markdown and HTML must escape.
func fixtureResult() *compare.Result {
	claim := func(id, src string, kind claims.Kind, text, sentence string, line, idx, start int, v *claims.Value) claims.Claim {
		return claims.Claim{ID: id, Source: src, Kind: kind, Text: text, Sentence: sentence, Start: start, End: start + len(text),
			Line: line, SentenceIndex: idx, Value: v}
	}
	s1vote := "The council voted 7-2 on Tuesday to build the bridge | a $45 million project."
	s2vote := "Councillors backed the bridge 6-3 on Tuesday."
	s3vote := "The vote was 7-2, council minutes show."
	s1quote := `"This bridge will join our neighbourhoods for a century," Mayor Ada Brook said.`
	s2quote := `Mayor Ada Brook said: "this bridge will join our communities for a century."`
	s1crowd := "About 200 residents came to the meeting."
	s2crowd := "Some 210 people packed the chamber."
	s3extra := "A protest group plans to appeal the decision in *court*."
	tally := func(a, b float64) *claims.Value {
		return &claims.Value{Type: "tally", Bound: "exact", For: claims.F(a), Against: claims.F(b)}
	}
	return &compare.Result{
		Schema: compare.Schema,
		Sources: []compare.Source{
			{ID: "s1", Name: "North Gazette", Path: "reports/north.txt", Title: "Council backs <bridge> plan", Published: "2026-03-03", Format: "text", Sentences: 6, Excluded: 1, Claims: 5},
			{ID: "s2", Name: "Valley Post", Path: "reports/valley.md", Title: "Bridge approved", Published: "2026-03-03", Format: "markdown", Sentences: 5, Claims: 4},
			{ID: "s3", Name: "River Times", Path: "reports/river.html", Title: "Vote on bridge", Published: "2026-03-04", Format: "html", Sentences: 4, Claims: 2, DuplicateOf: ""},
		},
		Findings: []compare.Finding{
			{ID: "F1", Verdict: compare.Discrepancy, Kind: claims.KindTally, Severity: compare.Major, Summary: "7-2 vs 6-3", Confidence: 0.82, Rule: "interval",
				Why:     "same contest, different scores",
				Reasons: []string{"7-2 (s1, s3) vs 6-3 (s2): intervals do not overlap", "same slot: vote, council"},
				Claims: []claims.Claim{
					claim("s1.c1", "s1", claims.KindTally, "7-2", s1vote, 3, 1, 60, tally(7, 2)),
					claim("s2.c1", "s2", claims.KindTally, "6-3", s2vote, 4, 1, 70, tally(6, 3)),
					claim("s3.c1", "s3", claims.KindTally, "7-2", s3vote, 2, 0, 40, tally(7, 2)),
				},
				Positions: []compare.Position{{Value: "7-2", Sources: []string{"s1", "s3"}}, {Value: "6-3", Sources: []string{"s2"}}},
				Majority:  "7-2"},
			{ID: "F2", Verdict: compare.Discrepancy, Kind: claims.KindQuote, Severity: compare.Minor, Summary: "quotation differs: -\"neighbourhoods\" +\"communities\"", Confidence: 0.9, Rule: "quote",
				Why:     "the same quotation is worded differently",
				Reasons: []string{"wording differs between s1 and s2"},
				Claims: []claims.Claim{
					claim("s1.c2", "s1", claims.KindQuote, "This bridge will join our neighbourhoods for a century,", s1quote, 4, 2, 120, &claims.Value{Type: "quote", Speaker: "Ada Brook"}),
					claim("s2.c2", "s2", claims.KindQuote, "this bridge will join our communities for a century.", s2quote, 6, 2, 140, &claims.Value{Type: "quote", Speaker: "Ada Brook"}),
				},
				Diff: []compare.DiffOp{{Op: "delete", Text: "This", Allowed: true}, {Op: "insert", Text: "this", Allowed: true},
					{Op: "equal", Text: "bridge will join our"}, {Op: "delete", Text: "neighbourhoods"}, {Op: "insert", Text: "communities"},
					{Op: "equal", Text: "for a"}, {Op: "delete", Text: "century,", Allowed: true}, {Op: "insert", Text: "century.", Allowed: true}}},
			{ID: "F3", Verdict: compare.Agreement, Kind: claims.KindNumber, Summary: "about 200 people", Confidence: 0.7, Rule: "interval",
				Why:     "s1 and s2 give the same count, within the precision of the figures",
				Reasons: []string{"about 200 [180, 220] overlaps 210"},
				Claims: []claims.Claim{
					claim("s1.c3", "s1", claims.KindNumber, "About 200", s1crowd, 5, 3, 200, &claims.Value{Type: "number", Min: claims.F(180), Max: claims.F(220), Approx: true, Bound: "about", Of: "resident"}),
					claim("s2.c3", "s2", claims.KindNumber, "Some 210", s2crowd, 7, 3, 230, &claims.Value{Type: "number", Min: claims.F(189), Max: claims.F(231), Approx: true, Bound: "about", Of: "people"}),
				}},
			{ID: "F4", Verdict: compare.Agreement, Kind: claims.KindRole, Summary: "Ada Brook: mayor", Confidence: 0.8,
				Why: "s1 and s2 give the same person the same role",
				Claims: []claims.Claim{
					claim("s1.c4", "s1", claims.KindRole, "Mayor Ada Brook", s1quote, 4, 2, 180, &claims.Value{Type: "role", Person: "Ada Brook", Role: "mayor"}),
					claim("s2.c4", "s2", claims.KindRole, "Mayor Ada Brook", s2quote, 6, 2, 120, &claims.Value{Type: "role", Person: "Ada Brook", Role: "mayor"}),
				}},
			{ID: "F5", Verdict: compare.Unique, Kind: claims.KindStatement, Summary: "only s3 reports this", Confidence: 1,
				Why:     "only s3 reports this; no other report has a matching sentence",
				Reasons: []string{"no sentence of another report matches it"},
				Claims:  []claims.Claim{claim("s3.c2", "s3", claims.KindStatement, s3extra, s3extra, 5, 2, 90, nil)}},
		},
		Reliability: []compare.Reliability{
			{Source: "s1", Score: 0.74, Checked: 4, Corroborated: 3, Contested: 1, QuotesAltered: 1, Attribution: 0.5, Specificity: 0.6, Independent: true, Reasons: []string{"3 of 4 checked claims corroborated"}},
			{Source: "s2", Score: 0.52, Checked: 4, Corroborated: 2, Minority: 1, QuotesAltered: 1, Attribution: 0.4, Independent: true, Reasons: []string{"in the minority on F1"}},
			{Source: "s3", Score: 0.6, Checked: 2, Corroborated: 1, Unique: 1, Independent: true},
		},
		Event:    &compare.EventCheck{Same: true, Similarity: 0.61},
		Warnings: []string{"reports/valley.md: decoded from Windows-1252"},
		Excluded: []compare.Exclusion{{Source: "s1", Line: 9, Start: 400, End: 430, Text: "Subscribe to our newsletter!", Reason: "boilerplate: subscription prompt", Class: "promo", Cue: "imperative promoting the site"}},
	}
}

// golden compares got with testdata/golden/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file; run with -update after checking the diff.\n--- got ---\n%s", name, got)
	}
}

// TestGolden renders the fixture in every format and compares it with its golden file.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		format, file string
		explain      bool
	}{
		{"table", "fixture.txt", false},
		{"table", "fixture.explain.txt", true},
		{"json", "fixture.json", false},
		{"markdown", "fixture.md", false},
		{"markdown", "fixture.explain.md", true},
		{"html", "fixture.html", false},
		{"html", "fixture.explain.html", true},
		{"csv", "fixture.csv", false},
		{"junit", "fixture.junit.xml", false},
		{"github", "fixture.github.txt", false},
		{"sarif", "fixture.sarif", false},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, tc.format, fixtureResult(), Options{Explain: tc.explain}); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.file, buf.Bytes())
		})
	}
}
