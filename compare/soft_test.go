package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// twoReports analyses two one-paragraph reports.
func twoReports(t *testing.T, a, b string) *model {
	t.Helper()
	var docs []*claims.Document
	for i, text := range []string{a, b} {
		d, err := claims.Parse([]string{"a.txt", "b.txt"}[i], []byte(text), claims.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	m := buildModel(Analyze(docs, Options{Jobs: 1}))
	m.jobs = 1
	return m
}

// pairScore returns the candidate score of the first sentences of the two reports
// that contain sa and sb, or -1 when they are no candidate pair.
func pairScore(ps []pair, sa, sb string) (score, exact float64) {
	for _, p := range ps {
		if p.a.stmt != nil && p.b.stmt != nil && strings.Contains(p.a.stmt.Text, sa) && strings.Contains(p.b.stmt.Text, sb) {
			return p.score, p.exact
		}
	}
	return -1, -1
}

// TestSoftMatchJoinsParaphrase checks that sentences worded with near words ("inquiry" /
// "investigation", "blast" / "explosion") reach the statement threshold only when soft
// matches count, that soft matches never change the exact score, and that the comparison
// then reports them as one agreement. The first pair is the one of the invented event
// testdata/cases/varnholt-bakery-blast.
func TestSoftMatchJoinsParaphrase(t *testing.T) {
	dir := filepath.Join("..", "testdata", "cases", "varnholt-bakery-blast")
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cases := []struct{ name, a, b, sa, sb string }{
		{"varnholt", read("harbour-post.txt"), read("valley-radio.txt"), "an inquiry into the explosion", "an investigation into the blast"},
		{"short", "Investigators opened an inquiry into the explosion at the Brekke bakery on Mill Lane. The mayor visited the site.",
			"Police launched an investigation into the blast at the Brekke bakery. Neighbours gathered in the street.",
			"inquiry", "investigation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := twoReports(t, c.a, c.b)
			s0, e0 := pairScore(m.candidates(0.05), c.sa, c.sb)
			_, withSoft := m.candidatesWith(0.05, m.soft)
			s1, e1 := pairScore(withSoft, c.sa, c.sb)
			if s0 != e0 || (s0 >= 0 && e1 != s0) {
				t.Errorf("exact score changed: %v, %v, %v", s0, e0, e1)
			}
			if s0 >= stmtJoin {
				t.Errorf("exact score %.3f already joins; the fixture does not test soft matches", s0)
			}
			if s1 < stmtJoin {
				t.Errorf("score with soft matches %.3f, want >= %v", s1, stmtJoin)
			}
			agreed := false
			for _, f := range m.alignStatements(withSoft, newCoverage(), Options{}) {
				var hasA, hasB bool
				for _, cl := range f.Claims {
					hasA = hasA || strings.Contains(cl.Text, c.sa)
					hasB = hasB || strings.Contains(cl.Text, c.sb)
				}
				agreed = agreed || (f.Verdict == Agreement && hasA && hasB)
			}
			if !agreed {
				t.Errorf("no agreement joins %q and %q", c.sa, c.sb)
			}
		})
	}
}

// TestSoftLinksGuarded checks which words of two reports soft matching links: near
// paraphrases yes; opposites, words that name values and words of names never, though
// their vectors are close.
func TestSoftLinksGuarded(t *testing.T) {
	m := twoReports(t,
		"Sales rose on Monday near the Chinese Embassy, where three staff were hurt in the blaze.",
		"Sales fell on Tuesday near the Japanese Embassy, where four employees were hurt in the wildfire.")
	linked := func(x, y string) bool {
		a, okA := m.tid[x]
		b, okB := m.tid[y]
		if !okA || !okB {
			t.Fatalf("terms %q/%q not in the model (%v, %v)", x, y, okA, okB)
		}
		for _, l := range m.soft.links(a) {
			if l.t == b {
				return true
			}
		}
		return false
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"blaze", "wildfire", true},
		{"staff", "employee", true},
		{"rose", "fell", false},        // antonyms, through their WordNet concepts
		{"monday", "tuesday", false},   // value words
		{"three", "four", false},       // value words
		{"chinese", "japanese", false}, // words of names
	}
	for _, tc := range tests {
		if got := linked(tc.a, tc.b); got != tc.want {
			t.Errorf("linked(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := linked(tc.b, tc.a); got != tc.want {
			t.Errorf("linked(%q, %q) = %v, want %v (links are symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestPolarityDiffers: a pair joined by near words alone is dropped when exactly one of
// the two sentences negates something, explicitly or with a word like "refused".
func TestPolarityDiffers(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"The inquiry into the blast at the bakery has begun.", "The investigation into the explosion at the bakery has not begun.", true},
		{"The inquiry into the blast at the bakery has begun.", "The investigation into the explosion at the bakery has begun.", false},
		{"The council refused to reopen the lane.", "The council reopened the lane.", true},
		{"No staff were hurt in the blaze.", "Nobody was hurt in the wildfire.", false},
	}
	for _, tc := range tests {
		m := twoReports(t, tc.a, tc.b)
		if len(m.units[0]) == 0 || len(m.units[1]) == 0 {
			t.Fatalf("no sentences kept from %q / %q", tc.a, tc.b)
		}
		if got := polarityDiffers(m.units[0][0], m.units[1][0]); got != tc.want {
			t.Errorf("polarityDiffers(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
