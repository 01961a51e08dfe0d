package main

import (
	"bytes"
	"os"
	"testing"
)

func TestGeneratedTableIsCurrent(t *testing.T) {
	want, err := os.ReadFile("../../claims/language_data/trigrams.txt")
	if err != nil {
		t.Fatalf("committed table: %v", err)
	}
	got, err := generate()
	if err != nil {
		t.Skipf("cannot read the library's source (needs the go command and the module cache): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generated table (%d bytes) differs from claims/language_data/trigrams.txt (%d bytes): run go generate ./claims/", len(got), len(want))
	}
	if n := bytes.Count(got, []byte("\n")); n < 40 {
		t.Errorf("%d languages, want at least 40", n)
	}
}
