package textcue

import "testing"

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"   ", false},
		{"He left.", true},
		{"Did he?", true},
		{"Stop!", true},
		{"And then…", true},
		{`He said "no."`, true},
		{"(It rained.) ", true},
		{"«Fin.»", true},
		{"Breaking news", false},
		{"Note:", false},
		{"3.5", false},
	}
	for _, tt := range tests {
		if got := EndsSentence(tt.text); got != tt.want {
			t.Errorf("EndsSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTrimSpan(t *testing.T) {
	tests := []struct {
		s            string
		a, b         int
		wantA, wantB int
	}{
		{"", 0, 0, 0, 0},
		{"  ab  ", 0, 6, 2, 4},
		{"\ufeffab\u200b", 0, len("\ufeffab\u200b"), 3, 5},
		{"x\u00ad y", 1, len("x\u00ad y"), len("x\u00ad y") - 1, len("x\u00ad y")},
		{" \t\n", 0, 3, 3, 3},
		{"a b c", 1, 4, 2, 3},
	}
	for _, tt := range tests {
		a, b := TrimSpan(tt.s, tt.a, tt.b)
		if a != tt.wantA || b != tt.wantB {
			t.Errorf("TrimSpan(%q, %d, %d) = %d, %d, want %d, %d", tt.s, tt.a, tt.b, a, b, tt.wantA, tt.wantB)
		}
	}
}
