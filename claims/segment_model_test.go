package claims

import (
	"reflect"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// TestPunktModelMatchesProse checks the embedded table holds exactly prose's English model.
func TestPunktModelMatchesProse(t *testing.T) {
	raw, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := sentences.LoadTraining(raw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := punktModel(punktText)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("embedded punkt model differs from prose's english.json (%d/%d/%d/%d entries, want %d/%d/%d/%d): run go generate ./claims/",
			len(got.AbbrevTypes), len(got.Collocations), len(got.SentStarters), len(got.OrthoContext),
			len(want.AbbrevTypes), len(want.Collocations), len(want.SentStarters), len(want.OrthoContext))
	}
}

// TestSplitterMatchesProse checks the splitter built from the table splits like segment.New.
func TestSplitterMatchesProse(t *testing.T) {
	ref, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Sgt. Hale said the fire began at 3 a.m. on Tuesday. Nobody was hurt.",
		"The Gov. of the province spoke. Mt. Arlo erupted in No. 4 district!",
		"Dr. Ames met U.S. officials in Washington D.C. yesterday. Talks ended at noon.",
		"\"We are safe,\" she said. \"Are we?\" he asked... Then the lights went out.",
		"Prices rose 3.5 per cent in Jan. and fell in Feb. Analysts were surprised.",
		"",
	}
	for _, text := range texts {
		got, want := splitter().Segment(text), ref.Segment(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Segment(%q)\n got %v\nwant %v", text, got, want)
		}
	}
}

func TestPunktModelRejectsBadLines(t *testing.T) {
	tests := []struct {
		name, text string
		ok         bool
	}{
		{"empty", "", true},
		{"one of each", "A\tdr\t1\nC\tx,y\t1\nS\tbut\t1\nO\tthe\t32\n", true},
		{"no value", "A\tdr\n", false},
		{"value not a number", "O\tthe\tmany\n", false},
		{"unknown set", "Z\tdr\t1\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := punktModel(tt.text)
			if (err == nil) != tt.ok {
				t.Errorf("punktModel(%q) error = %v, want ok=%v", tt.text, err, tt.ok)
			}
		})
	}
}
