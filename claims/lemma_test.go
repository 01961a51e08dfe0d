package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

// golemLemmatizer loads the dictionary the lemma table was generated from, or skips.
func golemLemmatizer(t testing.TB) (*golem.Lemmatizer, []string) {
	t.Helper()
	pack := en.New()
	resource, err := pack.GetResource()
	if err != nil {
		t.Skipf("golem dictionary unavailable: %v", err)
	}
	l, err := golem.New(pack)
	if err != nil {
		t.Skipf("golem dictionary unavailable: %v", err)
	}
	return l, strings.FieldsFunc(string(resource), func(r rune) bool { return r == '\t' || r == '\n' })
}

// checkLikeGolem fails when Lemma or the dictionary test disagree with golem on w.
func checkLikeGolem(t *testing.T, l *golem.Lemmatizer, w string) bool {
	t.Helper()
	if got, want := Lemma(w), l.Lemma(w); got != want {
		t.Errorf("Lemma(%q) = %q, golem says %q", w, got, want)
		return false
	}
	if got, want := isDictWord(w), l.InDict(w); got != want {
		t.Errorf("isDictWord(%q) = %v, golem says %v", w, got, want)
		return false
	}
	return true
}

func TestLemmaMatchesGolemOnItsDictionary(t *testing.T) {
	l, words := golemLemmatizer(t)
	if len(words) < 50000 {
		t.Fatalf("golem dictionary has %d words, want at least 50000", len(words))
	}
	bad := 0
	for _, w := range words {
		// Golem lower-cases before looking up, so capitalised forms must agree too.
		for _, v := range []string{w, strings.ToUpper(w), titleCase(w), w + "x", "x" + w} {
			if !checkLikeGolem(t, l, v) {
				bad++
			}
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}

func TestLemmaMatchesGolemOnRealText(t *testing.T) {
	l, _ := golemLemmatizer(t)
	var files []string
	for _, pattern := range []string{"../../shared/seeds/*.txt", "../../shared/eval/real/*/*.txt", "testdata/input/*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	words := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue // directories and unreadable inputs
		}
		for _, tok := range Words(string(b)) {
			words[tok.Text] = true
			words[strings.ToLower(tok.Text)] = true
		}
	}
	if len(words) < 1000 {
		t.Skipf("only %d distinct words of real text found (is ../shared present?)", len(words))
	}
	t.Logf("%d distinct words from %d files", len(words), len(files))
	bad := 0
	for w := range words {
		if !checkLikeGolem(t, l, w) {
			bad++
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}

func TestLemma(t *testing.T) {
	tests := []struct{ in, want string }{
		{"closed", "close"},
		{"fled", "flee"},
		{"deaths", "death"},
		{"children", "child"},
		{"police", "police"},
		{"Closed", "close"}, // looked up lower-cased
		{"Xqzvw", "Xqzvw"},  // unknown words come back unchanged
		{"", ""},
		{"42", "42"},
	}
	for _, tc := range tests {
		if got := Lemma(tc.in); got != tc.want {
			t.Errorf("Lemma(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func titleCase(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func BenchmarkLemma(b *testing.B) {
	words := []string{"closed", "earthquake", "the", "injured", "xqzvw", "Residents", "said"}
	for i := 0; b.Loop(); i++ {
		Lemma(words[i%len(words)])
	}
}
