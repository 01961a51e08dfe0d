package claims

import (
	_ "embed"
	"errors"
	"math"
	"strings"
)

//go:generate go run ../internal/lexgen -out lexicon_data/lexicon.txt

// lexiconTable is the generated lemma → concept table (see internal/lexgen for how it is built
// from WordNet 3.0, and lexicon_data/LICENSE-WordNet for the data's licence): lines
// "lemma\tid,id,...", each id after the first stored as the difference from the previous
// one. It is searched in place, so a process pays nothing to load it.
var lexiconTable = table{text: lexiconText, index: lexiconIndex}

//go:embed lexicon_data/lexicon.txt
var lexiconText string

//go:embed lexicon_data/lexicon.idx
var lexiconIndex string

// Concepts returns the sorted ids of the word senses a lower-case lemma (as produced by
// Lemma) belongs to: its frequent WordNet senses, their derivationally related forms
// ("death" and "die"), narrow hypernyms ("kill" for "slay") and head adjectives ("injured"
// for "wounded"). Irregular inflections ("fled") are indexed too. Very general words
// ("be", "make", "thing") have none. The slice is freshly allocated on every call.
func Concepts(lemma string) []uint32 {
	list, ok := lexiconTable.lookup(lemma)
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
	la, ok := lexiconTable.lookup(a)
	if !ok {
		return false
	}
	lb, ok := lexiconTable.lookup(b)
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

// table is a generated lookup table searched in place: text holds lines "key\tvalue\n"
// with unique keys, and index is a hash index over them built by the generator (see
// tableindex.Build in internal/tableindex): a power-of-two number of little-endian uint32 slots,
// each zero or a line's byte offset plus one, a key's line being the first non-empty
// slot from FNV-1a(key) mod slots on (wrapping) whose line has that key.
type table struct {
	text, index string
}

// lookup returns the value of key's line.
func (t table) lookup(key string) (string, bool) {
	slots := uint32(len(t.index) / 4)
	if slots == 0 {
		return "", false
	}
	mask := slots - 1
	i := fnv1a(key) & mask
	for range slots { // a well-formed index always has empty slots; this bounds a corrupt one
		p := 4 * int(i)
		off := uint32(t.index[p]) | uint32(t.index[p+1])<<8 | uint32(t.index[p+2])<<16 | uint32(t.index[p+3])<<24
		if off == 0 || int(off) > len(t.text) {
			return "", false
		}
		line := t.text[off-1:]
		if len(line) > len(key) && line[len(key)] == '\t' && line[:len(key)] == key {
			v := line[len(key)+1:]
			if j := strings.IndexByte(v, '\n'); j >= 0 {
				v = v[:j]
			}
			return v, true
		}
		i = (i + 1) & mask
	}
	return "", false
}

// fnv1a is the 32-bit FNV-1a hash (as hash/fnv's New32a) the generators index keys with.
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// idReader decodes a delta-coded, comma-separated list of concept ids.
type idReader struct {
	rest string
	prev uint64
	more bool // a comma was read, so another id must follow
	bad  bool
}

// next returns the following id, or false at the end of the list or at a malformed field.
func (r *idReader) next() (uint32, bool) {
	if r.bad || (r.rest == "" && !r.more) {
		return 0, false
	}
	var d uint64
	i := 0
	for ; i < len(r.rest) && r.rest[i] != ','; i++ {
		c := r.rest[i]
		if c < '0' || c > '9' || i >= 10 {
			r.bad = true
			return 0, false
		}
		d = d*10 + uint64(c-'0')
	}
	r.more = i < len(r.rest) // stopped at a comma
	if r.more {
		r.rest = r.rest[i+1:]
	} else {
		r.rest = ""
	}
	if i == 0 || r.prev+d > math.MaxUint32 {
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
