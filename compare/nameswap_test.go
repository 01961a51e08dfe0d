package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestSwapped(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Thompson", "Thmopson", true},
		{"Ilsabet", "Ilsbaet", true},
		{"Felipe", "Feilpe", true},
		{"Djokovic", "Djokovci", true}, // the last two letters
		{"Thompson", "Tohmpson", true},
		{"Thompson", "hTompson", false}, // the first letter is kept
		{"Thompson", "Thomson", false},  // a letter dropped, not swapped
		{"Smith", "Smyth", false},       // a letter changed
		{"Khan", "Kahn", true},
		{"Ann", "Ann", false},
		{"Allen", "Allen", false},
		{"Abba", "Abba", false},
		{"Marlow", "Marlwo", true},
		{"Musk", "Mkus", false}, // two swaps
	}
	for _, tc := range tests {
		if got := swapped(tc.a, tc.b); got != tc.want {
			t.Errorf("swapped(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOtherFirstName(t *testing.T) {
	word := func(s, w string) nameWord {
		for _, x := range nameWords(s) {
			if x.word == w {
				return x
			}
		}
		t.Fatalf("no %q in %q", w, s)
		return nameWord{}
	}
	tests := []struct {
		a, wa, b, wb string
		want         bool
	}{
		{"Jane Kessler praised the crew.", "Kessler", "John Kesslre praised the crew.", "Kesslre", true},
		{"Daniel Ostrander drove.", "Ostrander", "The driver, Mr Ostradner, drove.", "Ostradner", false},
		{"Chair Rosa Ilanes spoke.", "Ilanes", "Mayor Ilaens spoke.", "Ilaens", false},
		{"Daniel Ostrander drove.", "Ostrander", "Danniel Ostradner drove.", "Ostradner", false}, // one first name respelt
		{"Ostrander drove.", "Ostrander", "John Ostradner drove.", "Ostradner", false},
	}
	for _, tc := range tests {
		if got := otherFirstName(word(tc.a, tc.wa), word(tc.b, tc.wb)); got != tc.want {
			t.Errorf("otherFirstName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCompleteNameEvidence(t *testing.T) {
	claim := func(src string, sent int, text string) claims.Claim {
		return claims.Claim{Source: src, SentenceIndex: sent, Text: text}
	}
	name := Finding{Verdict: Discrepancy, Kind: "name",
		Claims:    []claims.Claim{claim("s3", 4, "Hallroan"), claim("s1", 0, "Halloran")},
		Positions: []Position{{Value: "Hallroan", Sources: []string{"s3"}}, {Value: "Halloran", Sources: []string{"s1"}}}}
	age := Finding{Verdict: Agreement, Kind: "age",
		Claims: []claims.Claim{claim("s1", 0, "52"), claim("s2", 2, "52-year-old"), claim("s3", 4, "52")}}
	other := Finding{Verdict: Agreement, Kind: "date",
		Claims: []claims.Claim{claim("s1", 7, "Friday"), claim("s2", 9, "Friday")}}
	out := completeNameEvidence([]Finding{name, age, other}, []Finding{name, age, other})
	got := out[0].Claims
	if len(got) != 3 || got[2].Source != "s2" || got[2].SentenceIndex != 2 {
		t.Fatalf("want the age agreement's s2 sentence added once, got %+v", got)
	}
	if len(out[1].Claims) != 3 || len(out[2].Claims) != 2 {
		t.Errorf("the agreements must be left as they were: %+v", out[1:])
	}
	// Two spellings each held by two reports: no spelling is the odd one,
	// so nothing is added.
	even := name
	even.Positions = []Position{{Value: "Hallroan", Sources: []string{"s3", "s4"}}, {Value: "Halloran", Sources: []string{"s1", "s2"}}}
	if out := completeNameEvidence([]Finding{even, age}, []Finding{even, age}); len(out[0].Claims) != 2 {
		t.Errorf("no odd spelling, want claims kept, got %+v", out[0].Claims)
	}
}

// FuzzSwapped checks that the swap test never panics on any text and is
// symmetric: a slip from a to b is a slip from b to a.
func FuzzSwapped(f *testing.F) {
	for _, s := range [][2]string{{"Thompson", "Thmopson"}, {"Feilpe", "Felipe"}, {"Ünal", "Ünla"}, {"", "x"}, {"ab", "ba"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if swapped(a, b) != swapped(b, a) {
			t.Errorf("swapped(%q, %q) is not symmetric", a, b)
		}
		if swapped(a, a) {
			t.Errorf("swapped(%q, %q): a word is no slip of itself", a, a)
		}
	})
}
