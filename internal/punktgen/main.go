// Command punktgen writes claimdiff's sentence-splitter model as a plain table from the
// English punkt model that prose's segmenter ships (gopkg.in/neurosnap/sentences.v1).
//
// It runs through `go generate ./claims/`; the generated file is committed, so a process
// fills the model's sets straight from embedded text instead of gunzipping and decoding
// 400 kB of JSON through reflection at every start (about a quarter of a two-report run).
//
// Output format (plain text, one line per entry, sorted by set and then byte order):
//
//	set<TAB>key<TAB>value
//
// where set is A (abbreviation types), C (collocations), S (sentence starters) or O
// (orthographic context) and value is the entry's integer, as in the JSON model.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

func main() {
	out := flag.String("out", "segment_data/punkt.txt", "output file")
	flag.Parse()
	b, err := generate()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "punktgen:", err)
		os.Exit(1)
	}
}

// generate renders the English punkt model as the table described above.
func generate() ([]byte, error) {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, err := sentences.LoadTraining(raw)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	for _, s := range []struct {
		name string
		set  sentences.SetString
	}{{"A", st.AbbrevTypes}, {"C", st.Collocations}, {"S", st.SentStarters}, {"O", st.OrthoContext}} {
		if err := write(&buf, s.name, s.set); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

// write appends one set's entries in byte order of their keys.
func write(buf *bytes.Buffer, name string, set sentences.SetString) error {
	keys := make([]string, 0, len(set))
	for k := range set {
		if strings.ContainsAny(k, "\t\n") {
			return errors.New("key with a tab or newline: " + strconv.Quote(k))
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		buf.WriteString(name + "\t" + k + "\t" + strconv.Itoa(set[k]) + "\n")
	}
	return nil
}
