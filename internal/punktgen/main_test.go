package main

import (
	"bytes"
	"os"
	"testing"
)

func TestGeneratedTableIsCurrent(t *testing.T) {
	want, err := os.ReadFile("../../claims/segment_data/punkt.txt")
	if err != nil {
		t.Fatalf("committed table: %v", err)
	}
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generated table (%d bytes) differs from claims/segment_data/punkt.txt (%d bytes): run go generate ./claims/", len(got), len(want))
	}
	if bytes.Count(got, []byte("\n")) < 20000 {
		t.Errorf("%d entries, want at least 20000", bytes.Count(got, []byte("\n")))
	}
}
