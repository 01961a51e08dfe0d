package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestScorelineRule(t *testing.T) {
	line := func(w string) *claims.Value {
		return &claims.Value{Type: "tally", Of: "scoreline", Words: w, For: claims.F(0), Against: claims.F(0)}
	}
	for _, c := range []struct {
		name  string
		a, b  string
		agree bool
	}{
		{"same", "1-6 7-6(9-7) 6-1", "1-6 7-6(9-7) 6-1", true},
		{"tiebreak differs", "1-6 7-6(9-7) 6-1", "1-6 7-6(8-6) 6-1", false},
		{"tiebreak left out", "1-6 7-6(9-7) 6-1", "1-6 7-6 6-1", true},
		{"loser's points only", "6-4 7-6(5)", "6-4 7-6(7-5)", true},
		{"loser's points differ", "6-4 7-6(5)", "6-4 7-6(7-3)", false},
		{"told from the loser's side", "6-1 6-7(7-9) 1-6", "1-6 7-6(9-7) 6-1", true},
		{"a set differs", "6-3 6-4", "6-3 6-2", false},
		{"a set more", "6-3 6-4", "6-3 3-6 6-4", false},
	} {
		got, sev := tallyRule(line(c.a), line(c.b))
		if got != c.agree {
			t.Errorf("%s: %q vs %q agree=%v, want %v", c.name, c.a, c.b, got, c.agree)
		}
		if !got && sev != Major {
			t.Errorf("%s: severity %v, want major", c.name, sev)
		}
	}
}

func TestScorelineNote(t *testing.T) {
	line := func(src, w string) claims.Claim {
		return claims.Claim{Source: src, Value: &claims.Value{Type: "tally", Of: "scoreline", Words: w}}
	}
	for _, c := range []struct {
		cs   []claims.Claim
		want string
	}{
		{[]claims.Claim{line("s1", "1-6 7-6(9-7) 6-1"), line("s2", "1-6 7-6(8-6) 6-1")}, "set 2: 7-6(9-7) (s1) vs 7-6(8-6) (s2)"},
		{[]claims.Claim{line("s1", "6-3 6-4"), line("s2", "6-3 3-6 6-4")}, "2 sets (s1) vs 3 sets (s2)"},
		{[]claims.Claim{line("s1", "6-1 6-7(7-9) 1-6"), line("s2", "1-6 7-6(9-7) 6-2")}, "set 3: 1-6 (s1) vs 6-2 (s2)"},
		{[]claims.Claim{line("s1", "6-3 6-4"), line("s2", "6-3 6-4")}, ""},
	} {
		if got := scorelineNote(c.cs); got != c.want {
			t.Errorf("scorelineNote = %q, want %q", got, c.want)
		}
	}
}
