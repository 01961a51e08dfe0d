package claims

import (
	"regexp"
	"sync"
)

// The furniture and date-label expressions were compiled by the package
// initialiser, 1.65 ms and 1 MB of every process (the \p{L} classes of the
// credit and dateline patterns most), although a command that classifies no
// page uses none of them and a page often reaches only some. Each is now
// compiled the first time it is matched, once per process.

// lazyRegexp is a regular expression compiled on its first use and then shared
// read-only.
type lazyRegexp struct {
	re func() *regexp.Regexp
}

// lazy returns the expression of pattern, to be compiled on first use; an
// invalid pattern panics there (TestLazyRegexpsCompile compiles them all).
func lazy(pattern string) *lazyRegexp {
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
}

// MatchString is regexp.MatchString.
func (l *lazyRegexp) MatchString(s string) bool { return l.re().MatchString(s) }

// FindStringIndex is regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

// FindAllStringIndex is regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}

// String returns the pattern.
func (l *lazyRegexp) String() string { return l.re().String() }

// ReplaceAllString is regexp.ReplaceAllString.
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}
