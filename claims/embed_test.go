package claims

import (
	"bytes"
	"strings"
	"testing"
)

// TestSimilarity checks the embedded vectors on pairs whose relation is not in doubt:
// paraphrases score high, unrelated words low, and opposites and siblings high too, which
// is why callers guard them (see compare/soft.go).
func TestSimilarity(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64
	}{
		// near in meaning
		{"quake", "earthquake", 0.85, 1},
		{"blaze", "wildfire", 0.6, 1},
		{"protest", "demonstration", 0.7, 1},
		{"vehicle", "car", 0.7, 1},
		{"inquiry", "investigation", 0.8, 1},
		{"worker", "employee", 0.6, 1},
		// unrelated
		{"quake", "banana", -1, 0.2},
		{"parliament", "ferry", -1, 0.35},
		{"investigation", "oven", -1, 0.3},
		// opposites and siblings are near in distributional space
		{"rise", "fall", 0.6, 1},
		{"monday", "tuesday", 0.9, 1},
		{"three", "four", 0.9, 1},
	}
	for _, tc := range tests {
		got, ok := Similarity(tc.a, tc.b)
		if !ok {
			t.Errorf("Similarity(%q, %q): word missing from the table", tc.a, tc.b)
			continue
		}
		if got < tc.min || got > tc.max {
			t.Errorf("Similarity(%q, %q) = %.3f, want in [%v, %v]", tc.a, tc.b, got, tc.min, tc.max)
		}
		if back, _ := Similarity(tc.b, tc.a); back != got {
			t.Errorf("Similarity(%q, %q) = %v, but %v the other way", tc.b, tc.a, back, got)
		}
	}
	if s, ok := Similarity("quake", "quake"); !ok || s < 0.999 || s > 1.001 {
		t.Errorf("Similarity of a word with itself = %v, %v; want 1", s, ok)
	}
	for _, w := range []string{"", "Quake", "zzzqx", "quakes"} { // not a lower-case lemma of the table
		if _, ok := Similarity(w, "quake"); ok {
			t.Errorf("Similarity(%q, quake) found a vector", w)
		}
	}
}

// TestNeighbours checks the stored neighbour lists against the vectors: nearest first,
// within 1/255 of the cosine the vectors give, at least the generator's floor of 0.5.
func TestNeighbours(t *testing.T) {
	for _, w := range []string{"quake", "inquiry", "blaze", "rise", "protest"} {
		id, ok := WordID(w)
		if !ok {
			t.Fatalf("WordID(%q) missing", w)
		}
		var got []Neighbour
		Neighbours(id, func(n Neighbour) { got = append(got, n) })
		if len(got) == 0 || len(got) > embedK {
			t.Fatalf("%q has %d neighbours", w, len(got))
		}
		for i, n := range got {
			if i > 0 && n.Cos > got[i-1].Cos {
				t.Errorf("%q: neighbour %d (%.3f) nearer than %d (%.3f)", w, i, n.Cos, i-1, got[i-1].Cos)
			}
			if n.ID == id {
				t.Errorf("%q is its own neighbour", w)
			}
			if c := IDSimilarity(id, n.ID); n.Cos < 0.5 || n.Cos > c+1e-6 || c-n.Cos > 1.0/255+1e-6 {
				t.Errorf("%q: stored cosine %.4f, vectors give %.4f", w, n.Cos, c)
			}
		}
	}
	Neighbours(1<<20, func(Neighbour) { t.Error("a row past the table has neighbours") })
}

// TestEmbedTableShape checks that the three embedded files agree: every word's row is
// distinct and inside the vectors and neighbour files, and the hash index finds every word.
func TestEmbedTableShape(t *testing.T) {
	if len(embedVectors)%embedRowLen != 0 {
		t.Fatalf("vectors.bin has %d bytes, not a whole number of %d-byte rows", len(embedVectors), embedRowLen)
	}
	rows := len(embedVectors) / embedRowLen
	if len(embedNeighbours) != rows*embedK*3 {
		t.Fatalf("neighbours.bin has %d bytes, want %d for %d rows", len(embedNeighbours), rows*embedK*3, rows)
	}
	seen := make([]bool, rows)
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(embedWordsText, "\n"), "\n") {
		w, _, _ := strings.Cut(line, "\t")
		id, ok := WordID(w)
		if !ok || int(id) >= rows || seen[id] {
			t.Fatalf("word %q: row %d, %v (of %d rows)", w, id, ok, rows)
		}
		seen[id] = true
		n++
	}
	if n != rows {
		t.Errorf("%d words for %d rows", n, rows)
	}
	if bytes.Count([]byte(embedWordsText), []byte{'\n'}) != rows {
		t.Errorf("words.txt lines differ from the row count")
	}
}

// TestValueWord lists words that name values by themselves and some that do not.
func TestValueWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"three", true}, {"twenty", true}, {"dozen", true}, {"million", true}, {"third", true},
		{"march", true}, {"tuesday", true}, {"morning", true}, {"dawn", true},
		{"blaze", false}, {"inquiry", false}, {"worker", false}, {"rise", false},
	}
	for _, tc := range tests {
		if got := ValueWord(tc.w); got != tc.want {
			t.Errorf("ValueWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// BenchmarkSimilarity measures one cosine of two looked-up words.
func BenchmarkSimilarity(b *testing.B) {
	for b.Loop() {
		Similarity("inquiry", "investigation")
	}
}
