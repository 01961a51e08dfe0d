package compare

import "testing"

// TestSharedWording checks that a remark with one word changed keeps most of
// its wording, while a short quotation sharing one phrase with a long remark
// does not.
func TestSharedWording(t *testing.T) {
	for _, c := range []struct {
		a, b string
		one  bool
	}{
		{"The crew did everything right that night", "The crew did everything wrong that night", true},
		{"We will not rest until they are found", "We will not stop until they are found", true},
		{"The search and rescue operation continues",
			"Our top priority continues to be search and rescue, and saving any lives that we can, and our crews tell us that is the right thing to do", false},
	} {
		got := sharedWording(WordDiff(c.a, c.b)) >= quoteKept
		if got != c.one {
			t.Errorf("%q / %q: one remark = %v, want %v", c.a, c.b, got, c.one)
		}
	}
}
