package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestGeneratedTableIsCurrent(t *testing.T) {
	want, err := os.ReadFile("../../claims/lexicon_data/lemmas.txt")
	if err != nil {
		t.Fatalf("committed table: %v", err)
	}
	got, n, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if n < 50000 {
		t.Errorf("%d forms, want at least 50000", n)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generated table (%d bytes) differs from claims/lexicon_data/lemmas.txt (%d bytes): run go generate ./claims/", len(got), len(want))
	}
	checkIndex(t, got, "../../claims/lexicon_data/lemmas.idx")
}

func TestLowerForms(t *testing.T) {
	tests := []struct {
		name, dict string
		want       []string
		wantErr    bool
	}{
		{"sorted distinct", "go\twent\tgone\nbe\twas\tgo\n", []string{"be", "go", "gone", "was", "went"}, false},
		{"capitals unreachable", "Go\tgoes\n\n", []string{"goes"}, false},
		{"empty", "\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := lowerForms(tc.dict)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tc.wantErr)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// checkIndex fails when the committed index is not the one built from text.
func checkIndex(t *testing.T, text []byte, committed string) {
	t.Helper()
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatalf("committed index: %v", err)
	}
	got, err := buildIndex(text)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("index built from the table differs from %s: run go generate ./claims/", committed)
	}
}

func TestBuildIndex(t *testing.T) {
	tests := []struct {
		name, text string
		slots      int // 0: an error is expected
	}{
		{"empty", "", 1},
		{"one line", "a\tb\n", 2},
		{"room to spare", "a\t\nb\t\nc\t\nd\t\n", 8},
		{"duplicate key", "a\t1\na\t2\n", 0},
		{"no tab", "a\n", 0},
		{"no final newline", "a\t1", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			idx, err := buildIndex([]byte(tc.text))
			if (err != nil) != (tc.slots == 0) {
				t.Fatalf("err = %v, want error: %v", err, tc.slots == 0)
			}
			if len(idx) != 4*tc.slots {
				t.Errorf("index of %d bytes, want %d slots", len(idx), tc.slots)
			}
		})
	}
}

func TestIndexPath(t *testing.T) {
	if got := indexPath("lexicon_data/x.txt"); got != "lexicon_data/x.idx" {
		t.Errorf("indexPath = %q, want lexicon_data/x.idx", got)
	}
}
