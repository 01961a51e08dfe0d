package claims

import (
	"slices"
	"testing"
)

func TestCompoundForms(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"five and a-half years", []string{"half", "ahalf"}},
		{"a large four-by-four car", []string{"4x4"}},
		{"a 2-by-4 plank", []string{"2x4"}},
		{"a favourite pin-up of the troops", []string{"pinup"}},
		{"the mud-brick villages", []string{"brick", "mudbrick"}},
		{"three defeats-and his 16th in a row", nil},  // a dash typed as a hyphen
		{"the 36-year-old champion", nil},             // a figure: the value parsers read it
		{"between half and two-thirds of homes", nil}, // a spelled-out figure
		{"no hyphen here", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := CompoundForms(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("CompoundForms(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzCompoundForms(f *testing.F) {
	for _, s := range []string{"four-by-four", "a-half", "x--y", "-", "pin-up-", "ünï-çødé"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, form := range CompoundForms(s) {
			if form == "" || stopWords[form] {
				t.Errorf("CompoundForms(%q) gave %q", s, form)
			}
		}
	})
}
