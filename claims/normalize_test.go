package claims

import (
	"strings"
	"testing"
)

// foldSlow is Fold without the ASCII shortcut: the definition foldASCII must agree with.
func foldSlow(s string) string {
	n, _ := Normalize(s)
	return strings.ToLower(strings.Join(strings.Fields(n), " "))
}

func TestFoldASCIIAgrees(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
		fast bool
	}{
		{"", "", true},
		{"   ", "", true},
		{"Sir Iain  Duncan\tSmith", "sir iain duncan smith", true},
		{"\r\nU.S. Army's\v\fBase\n", "u.s. army's base", true},
		{"MIXED case_123 @#!", "mixed case_123 @#!", true},
		{"caf\u00e9 \u201cquoted\u201d", "café \"quoted\"", false},
		{"a\u00a0b", "a b", false},
	} {
		got, ok := foldASCII(tt.in)
		if ok != tt.fast {
			t.Errorf("foldASCII(%q) ok = %v, want %v", tt.in, ok, tt.fast)
		}
		if ok && got != tt.want {
			t.Errorf("foldASCII(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if f := Fold(tt.in); f != tt.want || f != foldSlow(tt.in) {
			t.Errorf("Fold(%q) = %q, want %q (slow path %q)", tt.in, f, tt.want, foldSlow(tt.in))
		}
	}
}

// FuzzFold checks the ASCII shortcut against the Normalize path on any text.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Sir Iain Duncan Smith", " a\tb\nc ", "\x00\x7f Z", "caf\u00e9", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, Normalize path gives %q", s, got, want)
		}
	})
}
