// Command lemmagen writes claimdiff's lemma table from golem's English dictionary.
//
// It runs through `go generate ./claims/`; the generated files are committed, so the
// claims package looks lemmas up in place at run time instead of decompressing and
// indexing golem's dictionary in every process (tens of milliseconds of start-up).
//
// Output format (plain text, one line per lower-case word form, sorted by byte order):
//
//	form<TAB>lemma
//
// where lemma is empty when it equals the form. Each lemma is the one golem's
// Lemmatizer.Lemma returns for the form, so the table reproduces golem exactly.
// A hash index over the lines is written next to it (lemmas.idx; see internal/tableindex).
package main

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"

	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/aaaton/golem/v4"
	"github.com/aaaton/golem/v4/dicts/en"
)

func main() {
	out := flag.String("out", "lexicon_data/lemmas.txt", "output file")
	flag.Parse()
	data, n, err := generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "lemmagen:", err)
		os.Exit(1)
	}
	if err := tableindex.Write(*out, data); err != nil {
		fmt.Fprintln(os.Stderr, "lemmagen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "lemmagen: %d forms, %d bytes → %s and %s\n", n, len(data), *out, tableindex.Path(*out))
}

// generate returns the table and how many forms it holds.
func generate() ([]byte, int, error) {
	pack := en.New()
	resource, err := pack.GetResource()
	if err != nil {
		return nil, 0, fmt.Errorf("read golem dictionary: %w", err)
	}
	lem, err := golem.New(pack)
	if err != nil {
		return nil, 0, fmt.Errorf("load golem dictionary: %w", err)
	}
	forms, err := lowerForms(string(resource))
	if err != nil {
		return nil, 0, err
	}
	var buf bytes.Buffer
	for _, f := range forms {
		l := lem.Lemma(f)
		if l == f {
			l = ""
		}
		if strings.ContainsAny(l, "\t\n") {
			return nil, 0, fmt.Errorf("lemma %q of %q cannot be stored in a tab-separated line", l, f)
		}
		buf.WriteString(f)
		buf.WriteByte('\t')
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	return buf.Bytes(), len(forms), nil
}

// lowerForms returns the distinct non-empty words of golem's dictionary (lines of
// tab-separated forms) that golem can find: it looks words up lower-cased, so only
// lower-case entries are reachable.
func lowerForms(dict string) ([]string, error) {
	seen := map[string]bool{}
	var forms []string
	for _, line := range strings.Split(dict, "\n") {
		for _, w := range strings.Split(line, "\t") {
			if w == "" || seen[w] || strings.ToLower(w) != w {
				continue
			}
			seen[w] = true
			forms = append(forms, w)
		}
	}
	if len(forms) == 0 {
		return nil, fmt.Errorf("golem dictionary has no words")
	}
	slices.Sort(forms)
	return forms, nil
}
