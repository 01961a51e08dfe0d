package compare

import (
	"strings"
	"testing"
)

func TestHyphenDash(t *testing.T) {
	tests := []struct {
		sentence, want string
	}{
		{"The four guards-two men and a woman-were hurt.", "the four guards — two men and a woman — were hurt ."},
		{"The crew-two pilots-are safe.", "the crew-two pilots — are safe ."},
		{"Twenty-two men were hurt.", "twenty-two men were hurt ."},
		{"The number-one seed lost.", "the number-one seed lost ."},
		{"A must-have toy was sold out.", "a must-have toy was sold out ."},
		{"A has-been star sang.", "a has-been star sang ."},
		{"The cars-one red-were towed.", "the cars — one red — were towed ."},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range negTokens(tc.sentence) {
			got = append(got, tk.low)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("negTokens(%q) = %q, want %q", tc.sentence, g, tc.want)
		}
	}
}
