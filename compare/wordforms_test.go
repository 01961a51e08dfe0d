package compare

import (
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Two reports writing one word in two forms share it as a feature; words a
// hyphen only seems to join, and figures, do not.
func TestWordFormsShared(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		term string
		want bool
	}{
		{"acronym and its phrase", "She will remain a Member of Parliament for Dunmere.", "Calloway will stay on as an MP for Dunmere.", "mp", true},
		{"phrase and its acronym, other order", "The USGS put the quake's centre near Vell.", "The United States Geological Survey said the quake struck near Vell.", "usgs", true},
		{"spelled-out dimension and digits", "The thieves drove a four-by-four through the window.", "Raiders smashed a 4x4 through the shop window.", "4x4", true},
		{"compound and its head alone", "It ended her five and a-half years as leader.", "She led the council for five and a half years.", "half", true},
		{"compound written as one word", "She became a favourite pin-up of the troops.", "She was the troops' favourite pinup.", "pinup", true},
		{"a hyphen set for a dash", "He had 58 wins and three defeats-and a title.", "His record stands at 58 wins and three defeats.", "defeat", false},
		{"a figure's compound", "The 36-year-old was fined.", "He was fined in his first year.", "year", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*claims.Document
			for i, s := range []string{tc.a, tc.b} {
				d, err := claims.Parse(string(rune('a'+i))+".txt", []byte("Report\n\n"+s+"\n"), claims.LoadOptions{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			m := buildModel(Analyze(docs, Options{}))
			u, v := unitWith(m, 0, tc.a), unitWith(m, 1, tc.b)
			if u == nil || v == nil {
				t.Fatalf("sentences not found as units")
			}
			got := slices.Contains(m.shared(u, v, 50), tc.term)
			if got != tc.want {
				t.Errorf("shares %q = %v, want %v (a %v, b %v)", tc.term, got, tc.want, u.terms, v.terms)
			}
		})
	}
}

// unitWith returns the unit of report src whose statement is the sentence s.
func unitWith(m *model, src int, s string) *unit {
	for _, u := range m.units[src] {
		if u.stmt != nil && u.stmt.Sentence == s {
			return u
		}
	}
	return nil
}
