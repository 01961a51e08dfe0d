package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestInsideRespelt(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Abernathy", "Abernahty", true},   // two neighbouring letters swapped
		{"Quillon", "Quilon", true},        // one letter dropped
		{"Abernathy", "Abernethey", false}, // two edits: alignNameVariants' business, with more evidence
		{"Quillon", "Guillon", false},      // another first letter
		{"Court", "Count", false},          // dictionary words
		{"Keepers", "Keeper", false},       // a plural
		{"Quillon", "Quillon", false},
	}
	for _, tc := range tests {
		if got := insideRespelt(tc.a, tc.b); got != tc.want {
			t.Errorf("insideRespelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDateHead(t *testing.T) {
	tests := []struct {
		sentence, text, want string
	}{
		{"The board had a Friday deadline to approve it.", "Friday", "deadline"},
		{"It aired on the March 5 broadcast.", "March 5", "broadcast"},
		{"Crews on Sunday spent a fifth day searching.", "Sunday", ""}, // after a preposition: when it happened
		{"The board approved it late on Thursday.", "Thursday", ""},
		{"In 2008, Klein stopped Tamm in the 11th round.", "2008", ""},
		{"It was first lit in 1884 and automated later.", "1884", ""},
	}
	for _, tc := range tests {
		c := &claims.Claim{Text: tc.text, Sentence: tc.sentence}
		if got := dateHead(c); got != tc.want {
			t.Errorf("dateHead(%q in %q) = %q, want %q", tc.text, tc.sentence, got, tc.want)
		}
	}
}

func TestInsideSameNoun(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"killed", "dead", true},
		{"injured", "hurt", true},
		{"people", "injured", true},
		{"keepers", "keeper", true},
		{"shot", "injured", false}, // "shot three" counts the dead and the hurt
		{"kids", "killed", false},  // a subgroup against everyone killed
		{"men", "cars", false},
	}
	for _, tc := range tests {
		if got := insideSameNoun(tc.a, tc.b); got != tc.want {
			t.Errorf("insideSameNoun(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNounInFrame(t *testing.T) {
	tests := []struct {
		of   string
		slot []string
		want bool
	}{
		{"counts", []string{"charge", "count", "murder"}, true},
		{"murder", []string{"charge", "count", "murder"}, true},
		{"killed", []string{"kid", "kill", "school"}, false}, // a fate, not a counted noun
		{"shot", []string{"shot", "office"}, false},
		{"cars", []string{"man", "drive", "window"}, false},
	}
	for _, tc := range tests {
		if got := nounInFrame(tc.of, tc.slot); got != tc.want {
			t.Errorf("nounInFrame(%q, %v) = %v, want %v", tc.of, tc.slot, got, tc.want)
		}
	}
}
