package textcue

import (
	"regexp"
	"sync"
)

// The furniture and date-label expressions were compiled by the package
// initialiser, 1.65 ms and 1 MB of every process (the \p{L} classes of the
// credit and dateline patterns most), although a command that classifies no
// page uses none of them and a page often reaches only some. Each is now
// compiled the first time it is matched, once per process.

// Regexp is a regular expression compiled on its first use and then shared
// read-only.
type Regexp struct {
	re func() *regexp.Regexp
}

// Lazy returns the expression of pattern, to be compiled on first use; an
// invalid pattern panics there (TestLazyRegexpsCompile compiles them all).
func Lazy(pattern string) *Regexp {
	return &Regexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
}

// MatchString is regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.re().MatchString(s) }

// FindStringIndex is regexp.FindStringIndex.
func (l *Regexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

// FindAllStringIndex is regexp.FindAllStringIndex.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}

// String returns the pattern.
func (l *Regexp) String() string { return l.re().String() }

// ReplaceAllString is regexp.ReplaceAllString.
func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}
