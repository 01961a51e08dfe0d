// Command lexgen builds claimdiff's compact synonym and derivation lexicon from WordNet 3.0.
//
// It runs once, through `go generate ./claims/`, on a machine with Debian's wordnet-base
// package installed (apt-get install wordnet-base); the generated file is committed, so
// neither WordNet nor this program is needed at run time or in CI.
//
// Output format (plain text, one line per lemma, sorted by byte order of the lemma):
//
//	lemma<TAB>id[,id...]
//
// where ids are dense concept numbers in ascending order, each written as the difference
// from the previous one (the first as is), to keep the file small. The text is stored
// uncompressed so that the claims package can binary-search it in place: nothing is
// decoded when a process starts. A hash index over the lines is written next to it
// (lexicon.idx; see internal/tableindex), so each lookup reads one or two lines.
package main

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"

	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// defaultOptions are the settings the committed lexicon is generated with.
var defaultOptions = options{maxSenses: 3, joinSenses: 5, joinShare: 0.05, minShare: 0.15,
	maxWords: 25, maxHyponyms: 40, minNounDepth: 4, maxMembers: 40}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "lexgen:", err)
		os.Exit(1)
	}
}

func run() error {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory with WordNet 3.0 data files")
	out := flag.String("out", "lexicon_data/lexicon.txt", "output file")
	explain := flag.String("explain", "", "comma-separated lemmas whose concepts to print instead of writing the file")
	o := defaultOptions
	flag.IntVar(&o.maxSenses, "senses", o.maxSenses, "senses kept per lemma and part of speech")
	flag.IntVar(&o.joinSenses, "join-senses", o.joinSenses, "senses within which a word joins a synset another word keeps (0: off)")
	flag.Float64Var(&o.joinShare, "join-share", o.joinShare, "share of the top sense's count a joined sense needs")
	flag.Float64Var(&o.minShare, "min-share", o.minShare, "share of the top sense's count a later sense needs")
	flag.IntVar(&o.maxWords, "max-words", o.maxWords, "synsets with more member words are dropped")
	flag.IntVar(&o.maxHyponyms, "max-hyponyms", o.maxHyponyms, "hypernyms with at most this many hyponyms join them (0: off)")
	flag.IntVar(&o.minNounDepth, "min-noun-depth", o.minNounDepth, "noun hypernyms nearer the top of the hierarchy never join hyponyms")
	flag.IntVar(&o.maxMembers, "max-members", o.maxMembers, "concepts with more lemmas are dropped")
	flag.BoolVar(&o.multiword, "multiword", o.multiword, "also index collocations")
	flag.Parse()

	if err := checkDir(*dir); err != nil {
		return err
	}
	wn, err := loadWordNet(*dir)
	if err != nil {
		return fmt.Errorf("load WordNet: %w", err)
	}
	lx := build(wn, o)
	if *explain != "" {
		explainLemmas(lx, strings.Split(*explain, ","))
		return nil
	}
	data, err := encode(lx)
	if err != nil {
		return err
	}
	if err := tableindex.Write(*out, data); err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	fmt.Fprintf(os.Stderr, "lexgen: %d lemmas, %d concepts, %d bytes → %s and %s\n", len(lx.entries), lx.concepts, len(data), *out, tableindex.Path(*out))
	return nil
}

// checkDir fails with an actionable message when the WordNet data files are missing.
func checkDir(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("WordNet 3.0 data not found in %s: install it with `apt-get install wordnet-base` or pass -wordnet DIR", dir)
		}
		return fmt.Errorf("check WordNet directory: %w", err)
	}
	return nil
}

// encode writes the lexicon as sorted, delta-coded text.
func encode(lx *lexicon) ([]byte, error) {
	lemmas := make([]string, 0, len(lx.entries))
	for l := range lx.entries {
		if l == "" || strings.ContainsAny(l, "\t\n") {
			return nil, fmt.Errorf("lemma %q cannot be stored in a tab-separated line", l)
		}
		lemmas = append(lemmas, l)
	}
	slices.Sort(lemmas)
	var raw bytes.Buffer
	for _, l := range lemmas {
		raw.WriteString(l)
		raw.WriteByte('\t')
		prev := uint32(0)
		for i, id := range lx.entries[l] {
			if i > 0 {
				raw.WriteByte(',')
			}
			raw.WriteString(strconv.FormatUint(uint64(id-prev), 10))
			prev = id
		}
		raw.WriteByte('\n')
	}
	return raw.Bytes(), nil
}

// explainLemmas prints each lemma's concepts with the other lemmas that share them.
func explainLemmas(lx *lexicon, lemmas []string) {
	byID := map[uint32][]string{}
	for l, ids := range lx.entries {
		for _, id := range ids {
			byID[id] = append(byID[id], l)
		}
	}
	for _, l := range lemmas {
		fmt.Printf("%s:\n", l)
		for _, id := range lx.entries[l] {
			m := byID[id]
			slices.Sort(m)
			fmt.Printf("  %d (%d): %s\n", id, len(m), strings.Join(m, " "))
		}
	}
}
