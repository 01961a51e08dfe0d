package textcue

import (
	"strings"
)

// Guarded is a regular expression with literals one of which every match
// contains: text holding none of them cannot match, and a substring search is far
// cheaper than the backtracking matcher, which furniture rules run on every line
// and sentence of every report.
type Guarded struct {
	*Regexp
	lits []string // lower-case ASCII
	fold bool     // the expression is case-insensitive: lits match in any case
}

// Guard wraps re with literals one of which every match of re contains; fold says
// re is case-insensitive ((?i)), so the literals are looked for in any case.
// TestGuardedRegexpsAgree checks each guard against its bare expression.
func Guard(re *Regexp, fold bool, lits ...string) *Guarded {
	return &Guarded{Regexp: re, lits: lits, fold: fold}
}

// MatchString is regexp.MatchString, skipped when no literal occurs in s.
func (g *Guarded) MatchString(s string) bool {
	return g.may(s) && g.Regexp.MatchString(s)
}

// FindStringIndex is regexp.FindStringIndex, skipped when no literal occurs in s.
func (g *Guarded) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

// FindAllStringIndex is regexp.FindAllStringIndex, skipped when no literal occurs in s.
func (g *Guarded) FindAllStringIndex(s string, n int) [][]int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

// may reports whether s can match: it holds one of the literals. Case-insensitive
// expressions also match the two non-ASCII letters that fold to ASCII ones (ſ to
// s, the Kelvin sign to k); text holding either is always handed to the matcher.
func (g *Guarded) may(s string) bool {
	if !g.fold {
		for _, l := range g.lits {
			if strings.Contains(s, l) {
				return true
			}
		}
		return false
	}
	if strings.ContainsAny(s, "ſ\u212a") {
		return true
	}
	for _, l := range g.lits {
		if containsFoldASCII(s, l) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains lit (lower-case ASCII) in any ASCII case.
func containsFoldASCII(s, lit string) bool {
	n := len(lit)
	if n == 0 {
		return true
	}
	c0 := lit[0]
	for i := 0; i+n <= len(s); i++ {
		if lowerASCII(s[i]) != c0 {
			continue
		}
		j := 1
		for j < n && lowerASCII(s[i+j]) == lit[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases one ASCII letter byte and leaves every other byte alone.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}
