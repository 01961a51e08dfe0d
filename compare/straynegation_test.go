package compare

import "testing"

func TestStrongDenial(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"predicate and two more words", "Mr Orrin, who has also not been charged with animal cruelty after the cat was found, was held.", "Mr Orrin has also been charged with animal cruelty.", true},
		{"a speaker's reported words against his quotation", "Coroner Ian Marsh thanked the divers and said that none of them were under any duty to search the flooded mine shaft.", "He added: \"You were under every duty to search the flooded mine shaft.\"", true},
		// too little to pair sentences the alignment kept apart
		{"predicate and one word", "The depot has not been charged with fraud.", "The depot was charged with fraud.", false},
		{"words without the predicate", "He was not seen with animal cruelty charges.", "He was charged with animal cruelty.", false},
		{"another speaker's quotation", "Coroner Ian Marsh thanked the divers and said that none of them were under any duty to search the flooded mine shaft.", "The union's Ada Pike added: \"You were under every duty to search the flooded mine shaft.\"", false},
		{"the after-clause is not denied", "No damage was reported after the magnitude 4.1 tremor struck the town.", "A magnitude 4.1 tremor struck the town.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, got := strongDenial(readNegation(tc.a), readNegation(tc.b))
			if got != tc.want {
				t.Errorf("strongDenial(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
