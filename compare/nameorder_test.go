package compare

import "testing"

func TestReorderedName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Maria Ortiz Vela", "Maria Vela Ortiz", true},
		{"Maria Ortiz Vela", "Maria Ortiz Vela", false}, // same order
		{"Li Wei", "Wei Li", false},                     // two words: a convention, not an error
		{"Maria Ortiz Vela", "Ortiz Maria Vela", false}, // given name moved: not this rule
		{"Maria Ortiz Vela", "Maria Vela Ruiz", false},  // different words
		{"Ana Sol Sol", "Ana Sol Sol", false},
	} {
		if got := reorderedName(c.a, c.b); got != c.want {
			t.Errorf("reorderedName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
