package textcue

import (
	"reflect"
	"testing"
	"unicode"
)

// TestFoldOrbitsIntoASCII checks the premise of Guarded.may: the only
// non-ASCII runes that (?i) matches against ASCII letters are ſ and the Kelvin sign.
func TestFoldOrbitsIntoASCII(t *testing.T) {
	var got []rune
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < 0x80 {
				got = append(got, r)
				break
			}
		}
	}
	if want := []rune{'ſ', '\u212a'}; !reflect.DeepEqual(got, want) {
		t.Fatalf("non-ASCII runes folding to ASCII: got %q, want %q", got, want)
	}
}
