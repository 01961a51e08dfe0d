package claims

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../internal/lexgen -out lexicon_data/lexicon.gz

// lexiconData is the generated lemma → concept table (see internal/lexgen for how it is built
// from WordNet 3.0, and lexicon_data/LICENSE-WordNet for the data's licence).
//
//go:embed lexicon_data/lexicon.gz
var lexiconData []byte

// lexicon is decoded once, on first use, and only read afterwards.
var lexicon = sync.OnceValue(func() map[string][]uint32 {
	m, err := decodeLexicon(lexiconData)
	if err != nil {
		// The data is embedded at build time and covered by tests: failing here means a
		// corrupt build, and an empty lexicon only costs paraphrase matches.
		return map[string][]uint32{}
	}
	return m
})

// Concepts returns the sorted ids of the word senses a lower-case lemma (as produced by
// Lemma) belongs to: its frequent WordNet senses, their derivationally related forms
// ("death" and "die"), narrow hypernyms ("kill" for "slay") and head adjectives ("injured"
// for "wounded"). Irregular inflections ("fled") are indexed too. Very general words
// ("be", "make", "thing") have none. The slice is shared: callers must not modify it.
func Concepts(lemma string) []uint32 {
	return lexicon()[lemma]
}

// Related reports whether two lemmas share a concept, i.e. may paraphrase each other
// ("flee"/"escape", "die"/"death", "quake"/"earthquake"). Antonyms never share one.
func Related(a, b string) bool {
	ca, cb := Concepts(a), Concepts(b)
	i, j := 0, 0
	for i < len(ca) && j < len(cb) {
		switch {
		case ca[i] == cb[j]:
			return true
		case ca[i] < cb[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// decodeLexicon parses the generator's format: gzip-compressed lines "lemma\tid,id,...",
// where each id after the first is stored as the difference from the previous one.
func decodeLexicon(data []byte) (map[string][]uint32, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	text := string(raw) // one allocation; every key is a substring of it
	lines := strings.Count(text, "\n")
	m := make(map[string][]uint32, lines)
	ids := make([]uint32, 0, lines+strings.Count(text, ",")) // exact: never reallocates
	for n := 1; text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		lemma, list, ok := strings.Cut(line, "\t")
		if !ok || lemma == "" || list == "" {
			return nil, fmt.Errorf("lexicon line %d: malformed", n)
		}
		start := len(ids)
		prev := uint64(0)
		for list != "" {
			var field string
			field, list, _ = strings.Cut(list, ",")
			d, err := strconv.ParseUint(field, 10, 32)
			if err != nil {
				return nil, fmt.Errorf("lexicon line %d: %w", n, err)
			}
			prev += d
			if prev > math.MaxUint32 {
				return nil, fmt.Errorf("lexicon line %d: concept id out of range", n)
			}
			ids = append(ids, uint32(prev))
		}
		m[lemma] = ids[start:len(ids):len(ids)]
	}
	return m, nil
}
