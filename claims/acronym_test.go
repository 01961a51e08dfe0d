package claims

import (
	"slices"
	"testing"
)

func TestAcronyms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"She will continue as an MP until then.", []string{"mp"}},
		{"The USGS and the FDIC said so.", []string{"usgs", "fdic"}},
		{"MP QUITS OVER DAM ROW", nil},              // a shouted headline
		{"It was a SUPERCALIFRAGILISTIC day.", nil}, // too long for an acronym
		{"The U.S. said so.", nil},                  // dotted forms are read as names elsewhere
		{"Mr A. Smith and I went.", nil},            // single capitals
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := Acronyms(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("Acronyms(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestPhraseInitials(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // one initialism that must be among the result
		not  string // one that must not
	}{
		{"She stays a Member of Parliament until then.", "mp", "sm"},
		{"It was felt in the United Arab Emirates.", "uae", ""},
		{"The Bank of England raised rates.", "be", "boe"},
		{"Police in Dunmere, Vell said so.", "", "dv"}, // a comma ends a name
		{"The FDIC Board met.", "", "fb"},              // an acronym is no initial of a phrase
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := PhraseInitials(tc.in)
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("PhraseInitials(%q) = %q, want it to hold %q", tc.in, got, tc.want)
			}
			if tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("PhraseInitials(%q) = %q, want no %q", tc.in, got, tc.not)
			}
		})
	}
}

func FuzzAcronyms(f *testing.F) {
	for _, s := range []string{"an MP", "Member of Parliament (MP)", "A of B of C", "of of Of", "ÉTATS-UNIS"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Acronyms(s) {
			if len(a) < 2 || len(a) > maxAcronym {
				t.Errorf("Acronyms(%q) gave %q", s, a)
			}
		}
		for _, i := range PhraseInitials(s) {
			if len(i) < 2 {
				t.Errorf("PhraseInitials(%q) gave %q", s, i)
			}
		}
	})
}
