package compare

import (
	"math"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// relClaim builds one claim of a hand-made finding.
func relClaim(src string, k claims.Kind, v *claims.Value) claims.Claim {
	return claims.Claim{Source: src, Kind: k, Value: v}
}

func relQuote(src, words string) claims.Claim {
	return relClaim(src, claims.KindQuote, &claims.Value{Type: "quote", Words: words, Canonical: claims.Fold(words), Speaker: "Jane Roe"})
}

// relFixture is four reports: s1 and s2 independent, s3 a syndicated copy of
// s2, and s4 the report that stands alone against the others.
func relFixture(copyOfS2 bool) ([]*Analysis, *Result) {
	dup := ""
	if copyOfS2 {
		dup = "s2"
	}
	n := func(x float64) *claims.Value {
		return &claims.Value{Type: "number", Min: claims.F(x), Max: claims.F(x)}
	}
	res := &Result{
		Sources: []Source{
			{ID: "s1", Sentences: 10, Excluded: 2},
			{ID: "s2", Sentences: 8},
			{ID: "s3", Sentences: 8, DuplicateOf: dup},
			{ID: "s4", Sentences: 4, Excluded: 2},
		},
		Findings: []Finding{
			// F1: three reports say 12, s4 says 20; the judge found a majority.
			{ID: "F1", Verdict: Discrepancy, Kind: claims.KindNumber,
				Claims:    []claims.Claim{relClaim("s1", claims.KindNumber, n(12)), relClaim("s2", claims.KindNumber, n(12)), relClaim("s3", claims.KindNumber, n(12)), relClaim("s4", claims.KindNumber, n(20))},
				Positions: []Position{{Value: "12", Sources: []string{"s1", "s2", "s3"}}, {Value: "20", Sources: []string{"s4"}}},
				Majority:  "12"},
			// F2: only s2 and its copy s3 state this.
			{ID: "F2", Verdict: Agreement, Kind: claims.KindMoney,
				Claims: []claims.Claim{relClaim("s2", claims.KindMoney, n(5)), relClaim("s3", claims.KindMoney, n(5))}},
			// F3: one quotation; s4 words it differently but the judge let it agree.
			{ID: "F3", Verdict: Agreement, Kind: claims.KindQuote, Claims: []claims.Claim{
				relQuote("s1", "We closed the bridge within the hour"),
				relQuote("s2", "we closed the bridge within the hour"),
				relQuote("s4", "We closed the bridge at once")}},
			// F4: s1 and s4 disagree and neither has a majority.
			{ID: "F4", Verdict: Discrepancy, Kind: claims.KindDuration,
				Claims:    []claims.Claim{relClaim("s1", claims.KindDuration, n(6)), relClaim("s4", claims.KindDuration, n(7))},
				Positions: []Position{{Value: "6 days", Sources: []string{"s1"}}, {Value: "7 days", Sources: []string{"s4"}}}},
			{ID: "F5", Verdict: Unique, Kind: claims.KindStatement, Claims: []claims.Claim{relClaim("s1", claims.KindStatement, nil)}},
			{ID: "F6", Verdict: Unique, Kind: claims.KindQuote, Claims: []claims.Claim{
				relClaim("s4", claims.KindStatement, nil), relQuote("s4", "nobody saw it coming at all")}},
			// F7: a quotation discrepancy without positions: s4 negates the words.
			{ID: "F7", Verdict: Discrepancy, Kind: claims.KindQuote, Claims: []claims.Claim{
				relQuote("s1", "the plan is dead and buried"),
				relQuote("s2", "The plan is dead and buried"),
				relQuote("s4", "the plan is not dead and buried")}},
		},
	}
	st := func(i int, attr string, hedged bool) claims.Claim {
		return claims.Claim{Source: "s1", Kind: claims.KindStatement, SentenceIndex: i, Attribution: attr, Hedged: hedged}
	}
	q := relQuote("s1", "we will reopen it")
	q.SentenceIndex = 4
	a1 := &Analysis{Doc: &claims.Document{ID: "s1"}, Claims: []claims.Claim{
		st(0, "Jane Roe", false),              // named
		st(1, "", false),                      // unattributed
		st(2, claims.AttributionVague, false), // "sources say"
		st(3, "", true),                       // "reportedly"
		st(4, "", false), q,                   // a quotation with its speaker
		relClaim("s1", claims.KindNumber, n(12)),                                                       // exact
		relClaim("s1", claims.KindMoney, &claims.Value{Type: "money", Min: claims.F(1), Approx: true}), // about
		relClaim("s1", claims.KindDuration, &claims.Value{Type: "duration", Min: claims.F(7), Max: claims.F(7), Round: true}),
		relClaim("s1", claims.KindPercent, &claims.Value{Type: "percent", Min: claims.F(10), Bound: "at-least"}),
		relClaim("s1", claims.KindDate, &claims.Value{Type: "date", Start: "2026-01-01"}), // not a figure
		relClaim("s1", claims.KindTally, &claims.Value{Type: "tally", For: claims.F(7), Against: claims.F(2)}),
	}}
	return []*Analysis{a1}, res
}

func TestProfiles(t *testing.T) {
	as, res := relFixture(true)
	got := Profiles(as, res)
	if len(got) != 4 {
		t.Fatalf("got %d profiles, want 4", len(got))
	}
	type want struct {
		checked, corr, min, cont, uniq int
		qv, qa, qu                     int
		attr, spec, boiler             float64
		score                          float64 // unrounded, by hand
		independent                    bool
	}
	wants := map[string]want{
		// s1: F1 C, F3 C, F4 T, F5 U, F7 C; quotes F3, F7 verbatim.
		// support (3+1+1)/7, quotes 3/4, attribution 2/5, specificity 2/5.
		"s1": {5, 3, 0, 1, 1, 2, 0, 0, 0.4, 0.4, 0.2, 0.6*5/7 + 0.2*0.75 + 0.1*0.4 + 0.1*0.4, true},
		// s2: F1 C, F2 U (only its copy agrees), F3 C, F7 C. No analysis: 0.5 each.
		"s2": {4, 3, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0.6*4.5/6 + 0.2*0.75 + 0.1, true},
		// s3: F1 C (s1 corroborates it), F2 U (its original does not).
		"s3": {2, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0.6*2.5/4 + 0.2*0.5 + 0.1, false},
		// s4: F1 M, F3 C, F4 T, F6 U, F7 M; quotes F3, F7 altered, F6 unique.
		"s4": {5, 1, 2, 1, 1, 0, 2, 1, 0, 0, 0.5, 0.6*3.0/7 + 0.2*1.5/5 + 0.1, true},
	}
	for _, p := range got {
		w := wants[p.Source]
		g := want{p.Checked, p.Corroborated, p.Minority, p.Contested, p.Unique, p.QuotesVerbatim, p.QuotesAltered, p.QuotesUnique,
			p.Attribution, p.Specificity, p.Boilerplate, w.score, p.Independent}
		if g != w {
			t.Errorf("%s: got %+v\n              want %+v", p.Source, g, w)
		}
		if math.Abs(p.Score-w.score) > 0.0051 {
			t.Errorf("%s: score %.2f, want %.4f", p.Source, p.Score, w.score)
		}
		if p.Score < 0 || p.Score > 1 {
			t.Errorf("%s: score %v out of [0, 1]", p.Source, p.Score)
		}
	}
	byID := map[string]Reliability{}
	for _, p := range got {
		byID[p.Source] = p
	}
	if !(byID["s4"].Score < byID["s1"].Score && byID["s4"].Score < byID["s2"].Score) {
		t.Errorf("minority report s4 (%.2f) not scored below the majority s1 (%.2f), s2 (%.2f)", byID["s4"].Score, byID["s1"].Score, byID["s2"].Score)
	}
	for src, phrase := range map[string]string{
		"s4": "stands against the majority on 2 (F1, F7)",
		"s3": "republishes s2",
		"s1": "1 contested with no majority (F4)",
	} {
		if r := strings.Join(byID[src].Reasons, "; "); !strings.Contains(r, phrase) {
			t.Errorf("%s reasons %q lack %q", src, r, phrase)
		}
	}
	if r := strings.Join(byID["s4"].Reasons, "; "); !strings.Contains(r, "altered: F3, F7") || !strings.Contains(r, "50% of sentences excluded") {
		t.Errorf("s4 reasons %q", r)
	}
}

// TestProfilesSyndicatedCopy checks that a copy does not inflate corroboration:
// the same reports with s3 taken as independent give s2 one more corroboration.
func TestProfilesSyndicatedCopy(t *testing.T) {
	count := func(copyOfS2 bool) map[string]Reliability {
		as, res := relFixture(copyOfS2)
		out := map[string]Reliability{}
		for _, p := range Profiles(as, res) {
			out[p.Source] = p
		}
		return out
	}
	copied, independent := count(true), count(false)
	tests := []struct {
		src          string
		copied, free int
	}{
		{"s2", 3, 4}, // F2 is corroborated only when s3 is independent
		{"s3", 1, 2},
		{"s1", 3, 3},
	}
	for _, tt := range tests {
		if got := copied[tt.src].Corroborated; got != tt.copied {
			t.Errorf("%s with s3 a copy: corroborated %d, want %d", tt.src, got, tt.copied)
		}
		if got := independent[tt.src].Corroborated; got != tt.free {
			t.Errorf("%s with s3 independent: corroborated %d, want %d", tt.src, got, tt.free)
		}
	}
	if copied["s2"].Score >= independent["s2"].Score {
		t.Errorf("the copy inflated s2's score: %.2f with copy, %.2f without", copied["s2"].Score, independent["s2"].Score)
	}
}

func TestProfilesIndependenceRules(t *testing.T) {
	srcs := []Source{{ID: "a"}, {ID: "b", DuplicateOf: "a"}, {ID: "c"}, {ID: "d", DuplicateOf: "a"}}
	ix := newIndependence(srcs)
	tests := []struct {
		t, s string
		want bool
	}{
		{"c", "a", true},
		{"a", "c", true},
		{"a", "a", false},
		{"b", "a", false}, // a copy corroborates nothing
		{"b", "c", false},
		{"a", "b", false}, // nor is a copy corroborated by its original
		{"c", "b", true},  // but an independent report corroborates it
		{"d", "b", false},
	}
	for _, tt := range tests {
		if got := ix.corroborates(tt.t, tt.s); got != tt.want {
			t.Errorf("corroborates(%s, %s) = %v, want %v", tt.t, tt.s, got, tt.want)
		}
	}
	// A quotation discrepancy split two against two has no majority.
	f := Finding{Verdict: Discrepancy, Kind: claims.KindQuote, Claims: []claims.Claim{
		relQuote("a", "it was a good day"), relQuote("c", "it was a good day"),
		relQuote("x", "it was not a good day"), relQuote("y", "it was not a good day")}}
	ix = newIndependence([]Source{{ID: "a"}, {ID: "c"}, {ID: "x"}, {ID: "y"}})
	for src, b := range ix.buckets(f) {
		if b != contested {
			t.Errorf("%s: bucket %v, want contested", src, b)
		}
	}
	// A copy does not tip the balance: a, its copy b and c against x and y is
	// still two independent reports against two.
	ix = newIndependence(srcs[:3])
	f.Claims = append(f.Claims, relQuote("b", "it was a good day"))
	for src, b := range ix.buckets(f) {
		if b != contested {
			t.Errorf("with a copy, %s: bucket %v, want contested", src, b)
		}
	}
	// A third independent report does.
	f.Claims = append(f.Claims, relQuote("e", "It was a good day"))
	if b := ix.buckets(f); b["x"] != minority || b["y"] != minority || b["a"] != corroborated || b["b"] != corroborated || b["e"] != corroborated {
		t.Errorf("buckets %v", b)
	}
}

func TestProfilesEmpty(t *testing.T) {
	if got := Profiles(nil, &Result{}); got != nil {
		t.Errorf("no sources: %v", got)
	}
	got := Profiles(nil, &Result{Sources: []Source{{ID: "s1"}}})
	if len(got) != 1 || got[0].Checked != 0 || !strings.Contains(strings.Join(got[0].Reasons, ";"), "no claims could be checked") {
		t.Errorf("no findings: %+v", got)
	}
	// Nothing known about the report: the formula gives the neutral middle.
	if got[0].Score != 0.5 {
		t.Errorf("neutral score %.2f, want 0.50", got[0].Score)
	}
}

func TestVerbatim(t *testing.T) {
	v := func(s string) *claims.Value { return &claims.Value{Type: "quote", Words: s} }
	tests := []struct {
		a, b string
		want bool
	}{
		{"we closed the bridge within the hour", "We closed the bridge within the hour.", true},
		{"closed the bridge", "we closed the bridge within the hour", true},
		{"[The council] closed the bridge", "closed the bridge", true},
		{"we closed the bridge within the hour", "we closed the bridge at once", false},
		{"we closed the old bridge", "we closed the new bridge", false},
		{"the plan is dead", "the plan is not dead", false},
		{"nothing alike here", "entirely different words", false},
	}
	for _, tt := range tests {
		if got := verbatim(v(tt.a), v(tt.b)); got != tt.want {
			t.Errorf("verbatim(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
