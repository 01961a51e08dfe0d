package furniture

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// guardedRegexps lists every guarded expression with its name, for the agreement tests.
func guardedRegexps() map[string]*textcue.Guarded {
	return map[string]*textcue.Guarded{
		"secondPerson": secondPerson, "siteWords": siteWords, "selfReference": selfReference,
		"cookieNotice": cookieNotice, "creditLabel": creditLabel, "agencyCredit": agencyCredit,
		"handle": handle, "embedMark": embedMark, "embedSignature": embedSignature,
	}
}

// guardCorpus is every line of the repository's own fixtures, in its own case, upper
// case and with s spelt ſ, plus lines made to hit each expression.
func guardCorpus(t *testing.T) []string {
	t.Helper()
	lines := []string{
		"", "@", "(@", "you", "YOU'VE read this", "Photo: Jane Doe", "PHOTO BY Jane", "(AP Photo/Jane Doe)",
		"Jane Doe/Getty Images", "( Jane Doe/PA )", "pic.twitter.com/abc", "see t.co/x", "TWITTER POST",
		"Content from Instagram can be viewed", "— Jane (@jane_d) October 29, 2018", "we use cookies",
		"privacy policy", "terms of service", "This is a developing story.", "LIVE UPDATES", "Editor's note:",
		"log in to comment", "Sign up for our newsletter", "Our story", "a ſource: ſomeone", "\u212aelvin photo:",
		"Video via Reuters", "Source: ministry", "PIC BY x", "here's what we know", "Check back later",
	}
	for _, glob := range []string{"../../testdata/cases/*/*", "../testdata/*/*", "../testdata/*/*/*", "../load/testdata/*/*/*"} {
		files, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				continue // a directory
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	if len(lines) < 500 {
		t.Fatalf("only %d lines of fixtures found", len(lines))
	}
	var out []string
	for _, l := range lines {
		out = append(out, l, strings.ToUpper(l), strings.ReplaceAll(l, "s", "ſ"), strings.ReplaceAll(l, "k", "\u212a"))
	}
	return out
}

// TestGuardedRegexpsAgree checks that each guard answers exactly as its bare
// expression on every line of the fixtures: a literal missing from a guard would
// hide matches.
func TestGuardedRegexpsAgree(t *testing.T) {
	corpus := guardCorpus(t)
	for name, g := range guardedRegexps() {
		t.Run(name, func(t *testing.T) {
			matched := 0
			for _, s := range corpus {
				if diff := guardDiff(g, s); diff != "" {
					t.Fatalf("%s on %q: %s", name, s, diff)
				}
				if g.Regexp.MatchString(s) {
					matched++
				}
			}
			if matched == 0 {
				t.Fatalf("%s matched none of %d lines: the corpus does not exercise it", name, len(corpus))
			}
		})
	}
}

// guardDiff compares a guarded expression with its bare one on s, or returns "".
func guardDiff(g *textcue.Guarded, s string) string {
	if a, b := g.MatchString(s), g.Regexp.MatchString(s); a != b {
		return "MatchString differs"
	}
	if a, b := g.FindStringIndex(s), g.Regexp.FindStringIndex(s); !reflect.DeepEqual(a, b) {
		return "FindStringIndex differs"
	}
	if a, b := g.FindAllStringIndex(s, -1), g.Regexp.FindAllStringIndex(s, -1); !reflect.DeepEqual(a, b) {
		return "FindAllStringIndex differs"
	}
	return ""
}

// FuzzGuardedRegexps checks the guards against their bare expressions on any text.
func FuzzGuardedRegexps(f *testing.F) {
	for _, s := range []string{"Photo: x", "(AP Photo/J D)", "we use cookies", "— J (@j_d) May 2, 2020", "ſource: x"} {
		f.Add(s)
	}
	gs := guardedRegexps()
	f.Fuzz(func(t *testing.T, s string) {
		for name, g := range gs {
			if diff := guardDiff(g, s); diff != "" {
				t.Fatalf("%s on %q: %s", name, s, diff)
			}
		}
	})
}
