package claims

import (
	"bytes"
	"compress/gzip"
	"slices"
	"testing"
)

func TestRelatedParaphrases(t *testing.T) {
	// Words are surface forms, lemmatised the way the pipeline does before lookup.
	tests := []struct{ a, b string }{
		{"fled", "escaped"},
		{"flee", "escape"},
		{"died", "death"},
		{"deaths", "die"},
		{"injured", "wounded"},
		{"injure", "wound"},
		{"injury", "injured"},
		{"quake", "earthquake"},
		{"seized", "confiscated"},
		{"blaze", "fire"},
		{"fire", "flames"},
		{"killed", "slain"},
		{"murdered", "killed"},
		{"car", "automobile"},
		{"bought", "purchased"},
		{"started", "began"},
		{"home", "house"},
		{"evacuated", "evacuation"},
		{"explosion", "exploded"},
		{"destroyed", "destruction"},
		{"victims", "casualties"},
		{"attack", "assault"},
		{"protest", "demonstration"},
		{"residents", "inhabitants"},
		{"shot", "shooting"},
	}
	for _, tc := range tests {
		a, b := Lemma(tc.a), Lemma(tc.b)
		if !Related(a, b) || !Related(b, a) {
			t.Errorf("Related(%q, %q) = false (lemmas %q, %q), want true", tc.a, tc.b, a, b)
		}
	}
}

func TestRelatedKeepsOppositesAndNeighboursApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"kill", "rescue"},
		{"fire", "water"},
		{"police", "army"},
		{"increase", "decrease"},
		{"rose", "fell"},
		{"rise", "fall"},
		{"win", "lose"},
		{"won", "lost"},
		{"man", "woman"},
		{"buy", "sell"},
		{"open", "close"},
		{"accept", "reject"},
		{"arrive", "depart"},
		{"dead", "alive"},
		{"guilty", "innocent"},
		{"north", "south"},
		{"victory", "defeat"},
		{"confirm", "deny"},
		{"begin", "end"},
		{"injure", "heal"},
		{"large", "small"},
		// Siblings under one hypernym are not paraphrases of each other.
		{"slay", "drown"},
		{"strangle", "poison"},
		// Very general words carry no concepts at all.
		{"be", "exist"},
		{"make", "create"},
	}
	for _, tc := range tests {
		a, b := Lemma(tc.a), Lemma(tc.b)
		if Related(a, b) || Related(b, a) {
			t.Errorf("Related(%q, %q) = true (lemmas %q, %q), want false", tc.a, tc.b, a, b)
		}
	}
}

func TestConcepts(t *testing.T) {
	tests := []struct {
		lemma string
		want  bool // whether the lemma has any concept
	}{
		{"earthquake", true},
		{"flee", true},
		{"fled", true}, // irregular form indexed through WordNet's exception lists
		{"kill", true},
		{"be", false},
		{"have", false},
		{"thing", false},
		{"people", false},
		{"year", false},
		{"the", false},
		{"", false},
		{"Earthquake", false}, // lookups are by lower-case lemma
		{"xqzvw", false},
	}
	for _, tc := range tests {
		got := Concepts(tc.lemma)
		if (len(got) > 0) != tc.want {
			t.Errorf("Concepts(%q) = %v, want concepts: %v", tc.lemma, got, tc.want)
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("Concepts(%q) = %v, want sorted unique ids", tc.lemma, got)
		}
	}
}

func TestLexiconTableIsWellFormed(t *testing.T) {
	m, err := decodeLexicon(lexiconData)
	if err != nil {
		t.Fatalf("embedded lexicon: %v", err)
	}
	if len(m) < 50000 {
		t.Errorf("embedded lexicon has %d lemmas, want at least 50000", len(m))
	}
	members := map[uint32]int{}
	for l, ids := range m {
		if len(ids) == 0 || !slices.IsSorted(ids) {
			t.Fatalf("lemma %q: ids %v, want a non-empty sorted list", l, ids)
		}
		for _, id := range ids {
			members[id]++
		}
	}
	for id, n := range members {
		if n < 2 {
			t.Errorf("concept %d has %d lemma, want at least 2 (a concept must be able to link words)", id, n)
			break
		}
	}
}

func TestDecodeLexicon(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    map[string][]uint32
		wantErr bool
	}{
		{"delta ids", "die\t3,4\nperish\t7\n", map[string][]uint32{"die": {3, 7}, "perish": {7}}, false},
		{"empty", "", map[string][]uint32{}, false},
		{"no tab", "die 3\n", nil, true},
		{"no ids", "die\t\n", nil, true},
		{"bad id", "die\tx\n", nil, true},
		{"id overflow", "die\t4294967296\n", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeLexicon(gzipText(t, tc.text))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error: %v", err, tc.wantErr)
			}
			if tc.wantErr {
				return
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for k, v := range tc.want {
				if !slices.Equal(got[k], v) {
					t.Errorf("%q: got %v, want %v", k, got[k], v)
				}
			}
		})
	}
	if _, err := decodeLexicon([]byte("not gzip")); err == nil {
		t.Error("decodeLexicon(non-gzip) succeeded, want error")
	}
}

func FuzzDecodeLexicon(f *testing.F) {
	f.Add("die\t3,4\nperish\t7\n")
	f.Add("a\t\n")
	f.Add("\t1\n")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := decodeLexicon(gzipText(t, text))
		if err != nil {
			return
		}
		for l, ids := range m {
			if l == "" || len(ids) == 0 {
				t.Fatalf("accepted empty entry %q → %v", l, ids)
			}
		}
	})
}

func gzipText(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func BenchmarkLexiconLoad(b *testing.B) {
	for b.Loop() {
		if _, err := decodeLexicon(lexiconData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRelated(b *testing.B) {
	pairs := [][2]string{{"flee", "escape"}, {"kill", "rescue"}, {"fire", "blaze"}, {"police", "army"}, {"unknownword", "die"}}
	lexicon() // load outside the timed loop
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		Related(p[0], p[1])
	}
}

func BenchmarkConcepts(b *testing.B) {
	words := []string{"earthquake", "kill", "the", "injure", "xqzvw"}
	lexicon()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Concepts(words[i%len(words)])
	}
}
