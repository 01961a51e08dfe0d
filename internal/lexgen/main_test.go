package main

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"

	"bytes"
	"os"
	"strings"
	"testing"
)

func TestCheckDirExplainsMissingData(t *testing.T) {
	err := checkDir(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "apt-get install wordnet-base") {
		t.Fatalf("checkDir(empty dir) = %v, want an error naming the package to install", err)
	}
}

func TestParseSynset(t *testing.T) {
	tests := []struct {
		name      string
		line      string
		pos       byte
		words     []string
		satellite bool
		ptrs      []pointer
		wantErr   bool
	}{
		{
			name:  "verb with lexical pointers",
			line:  "02075480 38 v 03 flee 0 fly 3 take_flight 0 002 @ 02075067 v 0000 + 00058743 n 0102 02 + 02 00 + 22 00 | run away quickly",
			pos:   'v',
			words: []string{"flee", "fly", "take flight"},
			ptrs: []pointer{
				{symbol: "@", target: synsetKey{'v', 2075067}},
				{symbol: "+", target: synsetKey{'n', 58743}, source: 1, dest: 2},
			},
		},
		{
			name:      "satellite with marker",
			line:      "01318741 00 s 02 hurt(a) 1 Wounded 1 001 & 01317954 a 0000 | suffering from physical injury",
			pos:       'a',
			words:     []string{"hurt", "wounded"},
			satellite: true,
			ptrs:      []pointer{{symbol: "&", target: synsetKey{'a', 1317954}}},
		},
		{name: "short", line: "01318741 00 s", pos: 'a', wantErr: true},
		{name: "truncated pointers", line: "01318741 00 s 01 hurt 1 002 & 01317954 a 0000 | x", pos: 'a', wantErr: true},
		{name: "bad count", line: "01318741 00 s zz hurt 1 000 | x", pos: 'a', wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := parseSynset(tc.line, tc.pos)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			if strings.Join(s.words, "|") != strings.Join(tc.words, "|") || s.satellite != tc.satellite {
				t.Errorf("words %q satellite %v, want %q %v", s.words, s.satellite, tc.words, tc.satellite)
			}
			if len(s.ptrs) != len(tc.ptrs) {
				t.Fatalf("pointers %+v, want %+v", s.ptrs, tc.ptrs)
			}
			for i := range tc.ptrs {
				if s.ptrs[i] != tc.ptrs[i] {
					t.Errorf("pointer %d = %+v, want %+v", i, s.ptrs[i], tc.ptrs[i])
				}
			}
		})
	}
}

func TestKeptSenses(t *testing.T) {
	o := options{maxSenses: 3, minShare: 0.15}
	k := func(n uint32) synsetKey { return synsetKey{'n', n} }
	tests := []struct {
		name string
		refs []senseRef
		want []synsetKey
	}{
		{"unseen keeps first", []senseRef{{k(1), 0}, {k(2), 0}}, []synsetKey{k(1)}},
		{"ranked by count", []senseRef{{k(1), 2}, {k(2), 10}, {k(3), 0}}, []synsetKey{k(2), k(1)}},
		{"rare senses dropped", []senseRef{{k(1), 100}, {k(2), 10}, {k(3), 50}}, []synsetKey{k(1), k(3)}},
		{"at most maxSenses", []senseRef{{k(1), 9}, {k(2), 8}, {k(3), 7}, {k(4), 6}}, []synsetKey{k(1), k(2), k(3)}},
		{"none", nil, nil},
	}
	for _, tc := range tests {
		got := keptSenses(tc.refs, o)
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

func TestGeneratedLexiconIsCurrent(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if checkDir(dir) != nil {
		t.Skip("WordNet 3.0 data not installed (apt-get install wordnet-base)")
	}
	want, err := os.ReadFile("../../claims/lexicon_data/lexicon.txt")
	if err != nil {
		t.Fatalf("committed lexicon: %v", err)
	}
	wn, err := loadWordNet(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := encode(build(wn, defaultOptions))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generated lexicon (%d bytes) differs from claims/lexicon_data/lexicon.txt (%d bytes): run go generate ./claims/", len(got), len(want))
	}
	if err := tableindex.Current(got, "../../claims/lexicon_data/lexicon.idx"); err != nil {
		t.Error(err)
	}
}
