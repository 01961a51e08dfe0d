package main

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"

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
	if err := tableindex.Current(got, "../../claims/lexicon_data/lemmas.idx"); err != nil {
		t.Error(err)
	}
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
