// Package tableindex builds the hash index that claims uses to look up its
// generated "key\tvalue\n" tables in place (see claims/lexicon.go).
package tableindex

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"strings"
)

// Build returns the hash index claims searches a generated table with (keep in step
// with claims.table.lookup).
//
// The table is lines "key\tvalue\n". The index is a power-of-two number of little-endian
// uint32 slots, at least 1.5 times the number of lines: a key's line is found by starting at
// slot FNV-1a(key) mod slots and stepping to the next slot (wrapping) until the slot
// holds the line's byte offset plus one; a zero slot means the key is absent.
func Build(text []byte) ([]byte, error) {
	if len(text) >= math.MaxUint32 {
		return nil, fmt.Errorf("index: table of %d bytes is too large", len(text))
	}
	lines := bytes.Count(text, []byte{'\n'})
	size := 1
	for 2*size < 3*lines {
		size <<= 1
	}
	mask := uint32(size - 1)
	slots := make([]uint32, size)
	seen := map[string]bool{}
	for off := 0; off < len(text); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			return nil, fmt.Errorf("index: last line does not end in a newline")
		}
		line := text[off : off+end]
		key, _, ok := bytes.Cut(line, []byte{'\t'})
		if !ok || seen[string(key)] {
			return nil, fmt.Errorf("index: line %q is not key<TAB>value with a new key", line)
		}
		seen[string(key)] = true
		h := fnv.New32a()
		h.Write(key)
		i := h.Sum32() & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint32(off + 1)
		off += end + 1
	}
	out := make([]byte, 4*size)
	for i, s := range slots {
		binary.LittleEndian.PutUint32(out[4*i:], s)
	}
	return out, nil
}

// Path names the index written next to a table: "x.txt" → "x.idx".
func Path(table string) string {
	return strings.TrimSuffix(table, ".txt") + ".idx"
}

// Write writes a table and its index.
func Write(path string, text []byte) error {
	idx, err := Build(text)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, text, 0o644); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if err := os.WriteFile(Path(path), idx, 0o644); err != nil {
		return fmt.Errorf("write index: %w", err)
	}
	return nil
}

// Current reports, as an error, whether the index committed at path differs
// from the one built from text; the generators' tests use it to catch a table
// regenerated without its index.
func Current(text []byte, path string) error {
	want, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("committed index: %w", err)
	}
	got, err := Build(text)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, want) {
		return fmt.Errorf("index built from the table differs from %s: run go generate ./claims/", path)
	}
	return nil
}
