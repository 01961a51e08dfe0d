package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// vector is one word's GloVe vector and its rank in the package's frequency order.
type vector struct {
	word string
	rank int
	v    []float32
}

// dims is the dimension of the packaged vectors; each array in the file holds the
// components, then the vector's L2 norm, then the word's frequency rank.
const dims = 100

// decode streams the package's JSON ({"words": [...], "vectors": {word: [...]}, ...}) and
// returns the vectors of the max most frequent words keep accepts, most frequent first.
// The file is 300 MB, so vectors are read one by one rather than into one map.
func decode(r io.Reader, keep func(string) bool, max int) ([]vector, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	var out []vector
	found := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		if key != "vectors" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("field %q: %w", key, err)
			}
			continue
		}
		found = true
		if err := expectDelim(dec, '{'); err != nil {
			return nil, err
		}
		var arr []float64
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			w, _ := tok.(string)
			arr = arr[:0]
			if err := dec.Decode(&arr); err != nil {
				return nil, fmt.Errorf("vector of %q: %w", w, err)
			}
			if len(arr) != dims+2 {
				return nil, fmt.Errorf("vector of %q has %d fields, want %d", w, len(arr), dims+2)
			}
			if !keep(w) {
				continue
			}
			v := make([]float32, dims)
			for i := range v {
				v[i] = float32(arr[i])
			}
			out = append(out, vector{word: w, rank: int(arr[dims+1]), v: v})
		}
		if err := expectDelim(dec, '}'); err != nil {
			return nil, err
		}
	}
	if !found {
		return nil, fmt.Errorf("no vectors in the package file")
	}
	slices.SortFunc(out, func(a, b vector) int { return a.rank - b.rank })
	if len(out) > max {
		out = out[:max]
	}
	return out, nil
}

// expectDelim reads one JSON delimiter token.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("want %v, got %v", d, tok)
	}
	return nil
}
