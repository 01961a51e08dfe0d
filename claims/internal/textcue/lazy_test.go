package textcue

import "testing"

// TestLazyRegexpDefersCompiling: an invalid pattern costs nothing until it is
// matched, and then fails as regexp.MustCompile does.
func TestLazyRegexpDefersCompiling(t *testing.T) {
	bad := Lazy(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Fatal("matching an invalid pattern did not panic")
		}
	}()
	bad.MatchString("x")
}
