package benchgen

import (
	"reflect"
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"one event", Config{Events: 1, Reports: 2, Seed: 1}},
		{"many events", Config{Events: 5, Reports: 5, Seed: 42}},
		{"defaults", Config{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Corpus(tt.cfg), Corpus(tt.cfg)
			if !reflect.DeepEqual(a, b) {
				t.Fatal("same seed gave different corpora")
			}
			for i, ev := range a {
				if g := Generate(tt.cfg, i); !reflect.DeepEqual(g, ev) {
					t.Fatalf("Generate(%d) differs from Corpus()[%d]", i, i)
				}
			}
		})
	}
}

func TestSeedsDiffer(t *testing.T) {
	a := Corpus(Config{Seed: 1})
	b := Corpus(Config{Seed: 2})
	if reflect.DeepEqual(a, b) {
		t.Fatal("different seeds gave the same corpus")
	}
}

func TestShape(t *testing.T) {
	tests := []struct {
		words, reports int
	}{
		{800, 5},
		{300, 2},
		{2000, 3},
	}
	for _, tt := range tests {
		evs := Corpus(Config{Events: 3, Reports: tt.reports, Words: tt.words, Seed: 7})
		ids := map[string]bool{}
		for _, ev := range evs {
			if ids[ev.ID] {
				t.Errorf("duplicate id %s", ev.ID)
			}
			ids[ev.ID] = true
			if len(ev.Reports) != tt.reports {
				t.Fatalf("%s: %d reports, want %d", ev.ID, len(ev.Reports), tt.reports)
			}
			for _, r := range ev.Reports {
				n := len(strings.Fields(r.Text))
				if n < tt.words*9/10 || n > tt.words*12/10 {
					t.Errorf("%s/%s: %d words, want about %d", ev.ID, r.Name, n, tt.words)
				}
			}
		}
	}
}

// TestPlanted checks that reports 1 and 2 disagree with report 0 on the planted values.
func TestPlanted(t *testing.T) {
	ev := Generate(Config{Reports: 4, Seed: 3}, 0)
	lede := func(r int) string {
		paras := strings.Split(ev.Reports[r].Text, "\n\n")
		return paras[1]
	}
	if lede(0) == lede(1) {
		t.Errorf("report 2 carries no planted number change:\n%s\n%s", lede(0), lede(1))
	}
	if !strings.Contains(ev.Reports[2].Text, "week") {
		t.Errorf("report 3 should round its duration to weeks")
	}
	for _, r := range ev.Reports {
		if !strings.Contains(r.Text, "\"") {
			t.Errorf("%s has no quotation", r.Name)
		}
	}
}
