package claims

import (
	_ "embed"
	"errors"
	"math"
	"strings"
)

//go:generate go run ../internal/lexgen -out lexicon_data/lexicon.txt

// lexiconTable is the generated lemma → concept table (see internal/lexgen for how it is built
// from WordNet 3.0, and lexicon_data/LICENSE-WordNet for the data's licence): sorted lines
// "lemma\tid,id,...", each id after the first stored as the difference from the previous one.
// It is searched in place, so a process pays nothing to load it.
//
//go:embed lexicon_data/lexicon.txt
var lexiconTable string

// Concepts returns the sorted ids of the word senses a lower-case lemma (as produced by
// Lemma) belongs to: its frequent WordNet senses, their derivationally related forms
// ("death" and "die"), narrow hypernyms ("kill" for "slay") and head adjectives ("injured"
// for "wounded"). Irregular inflections ("fled") are indexed too. Very general words
// ("be", "make", "thing") have none. The slice is freshly allocated on every call.
func Concepts(lemma string) []uint32 {
	list, ok := lookupTable(lexiconTable, lemma)
	if !ok {
		return nil
	}
	ids, err := parseIDs(list)
	if err != nil {
		// The table is embedded at build time and checked by tests: a bad line means a
		// corrupt build, and no concepts only costs paraphrase matches.
		return nil
	}
	return ids
}

// Related reports whether two lemmas share a concept, i.e. may paraphrase each other
// ("flee"/"escape", "die"/"death", "quake"/"earthquake"). Antonyms never share one.
func Related(a, b string) bool {
	la, ok := lookupTable(lexiconTable, a)
	if !ok {
		return false
	}
	lb, ok := lookupTable(lexiconTable, b)
	if !ok {
		return false
	}
	// Merge the two id lists as they are decoded: no allocation per call.
	ia, ib := idReader{rest: la}, idReader{rest: lb}
	x, okA := ia.next()
	y, okB := ib.next()
	for okA && okB {
		switch {
		case x == y:
			return true
		case x < y:
			x, okA = ia.next()
		default:
			y, okB = ib.next()
		}
	}
	return false
}

// lookupTable finds key in a table of lines "key\tvalue\n" sorted by key in byte order
// and returns its value. It binary-searches byte offsets, backing up to the start of
// the line each probe lands in, so the table needs no index built at start-up.
func lookupTable(table, key string) (string, bool) {
	lo, hi := 0, len(table) // both always at the start of a line (or the end)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(table[lo:mid], '\n') + 1
		end := strings.IndexByte(table[start:hi], '\n')
		if end < 0 { // a last line without a newline
			end = hi
		} else {
			end += start
		}
		line := table[start:end]
		k, v, _ := strings.Cut(line, "\t")
		switch {
		case key == k:
			return v, true
		case key < k:
			hi = start
		default:
			lo = end + 1
		}
	}
	return "", false
}

// idReader decodes a delta-coded, comma-separated list of concept ids.
type idReader struct {
	rest string
	prev uint64
	bad  bool
}

// next returns the following id, or false at the end of the list or at a malformed field.
func (r *idReader) next() (uint32, bool) {
	if r.rest == "" || r.bad {
		return 0, false
	}
	field, rest, more := strings.Cut(r.rest, ",")
	r.rest = rest
	d, ok := parseDecimal(field)
	if !ok || r.prev+d > math.MaxUint32 || (more && rest == "") {
		r.bad = true
		return 0, false
	}
	r.prev += d
	return uint32(r.prev), true
}

// Errors of parseIDs.
var (
	errEmptyIDs = errors.New("lexicon: empty concept id list")
	errBadID    = errors.New("lexicon: malformed concept id")
)

// parseIDs decodes a whole id list; it fails on an empty list or a malformed field.
func parseIDs(list string) ([]uint32, error) {
	if list == "" {
		return nil, errEmptyIDs
	}
	ids := make([]uint32, 0, strings.Count(list, ",")+1)
	r := idReader{rest: list}
	for id, ok := r.next(); ok; id, ok = r.next() {
		ids = append(ids, id)
	}
	if r.bad {
		return nil, errBadID
	}
	return ids, nil
}

// parseDecimal reads a non-empty run of ASCII digits no larger than MaxUint32.
func parseDecimal(s string) (uint64, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return n, n <= math.MaxUint32
}
