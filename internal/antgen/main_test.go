package main

import (
	"reflect"
	"strings"
	"testing"
)

// A tiny cluster in WordNet's file format: two heads joined by the antonym
// relation (safe / dangerous, unsafe), a satellite of one (perilous), a
// satellite of the other (secure), and a word whose cluster sense is rare.
const testIndex = `  1 licence header line
dangerous a 1 1 ! 1 0 00000300
perilous a 1 1 & 1 0 00000500
rare a 3 1 & 3 0 00000900 00000901 00000500
safe a 1 1 ! 1 0 00000100
secure a 1 1 & 1 0 00000700
unsafe a 1 1 ! 1 0 00000300
`

const testData = `  1 licence header line
00000100 00 a 01 safe 0 001 ! 00000300 a 0101 | free from danger
00000300 00 a 02 dangerous 0 unsafe 0 002 ! 00000100 a 0101 & 00000500 a 0000 | involving danger
00000500 00 s 02 perilous 0 rare 0 001 & 00000300 a 0000 | fraught with danger
00000700 00 s 01 secure 0 001 & 00000100 a 0000 | free from risk
`

func TestPairs(t *testing.T) {
	ranks, err := readIndex(strings.NewReader(testIndex))
	if err != nil {
		t.Fatal(err)
	}
	syns, err := readData(strings.NewReader(testData))
	if err != nil {
		t.Fatal(err)
	}
	got := pairs(syns, ranks)
	want := [][2]string{
		{"dangerous", "safe"}, {"dangerous", "secure"}, // secure hangs on safe
		{"perilous", "safe"}, // a satellite against its head's antonym
		{"safe", "unsafe"},   // another word of the head synset
	}
	// "rare" is in the cluster only in its third sense; perilous and secure,
	// two satellites, are never paired.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairs = %v, want %v", got, want)
	}
}

func TestLines(t *testing.T) {
	got := lines([][2]string{{"dangerous", "safe"}, {"safe", "unsafe"}})
	want := []string{"dangerous\tsafe", "safe\tdangerous", "safe\tunsafe", "unsafe\tsafe"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}
