package main

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/tableindex"
)

func TestKeepWord(t *testing.T) {
	lemmas := map[string]bool{"quake": true, "a": true, "co-op": true, "Paris": true}
	tests := []struct {
		w    string
		want bool
	}{
		{"quake", true}, {"a", false}, {"co-op", false}, {"Paris", false}, {"quakes", false}, {"", false},
	}
	for _, tc := range tests {
		if got := keepWord(tc.w, lemmas); got != tc.want {
			t.Errorf("keepWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestDecode reads a small file of the package's shape: vectors come back most frequent
// first, filtered and capped, and a malformed vector is an error.
func TestDecode(t *testing.T) {
	vec := func(seed float64, rank int) string {
		parts := make([]string, dims+2)
		for i := range dims {
			parts[i] = "0.5"
		}
		parts[0] = strconv.FormatFloat(seed, 'f', -1, 64)
		parts[dims] = "1"
		parts[dims+1] = strconv.Itoa(rank)
		return "[" + strings.Join(parts, ",") + "]"
	}
	js := `{"precision":8,"words":["the","quake","blaze","x1"],"vectors":{"the":` + vec(1, 0) +
		`,"blaze":` + vec(2, 2) + `,"quake":` + vec(3, 1) + `,"x1":` + vec(4, 3) + `},"unkVector":[0]}`
	got, err := decode(strings.NewReader(js), func(w string) bool { return w != "the" }, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].word != "quake" || got[1].word != "blaze" || got[0].v[0] != 3 {
		t.Fatalf("decode = %+v", got)
	}
	for _, bad := range []string{`{"vectors":{"a":[1,2]}}`, `{"words":[]}`, `[1]`, `{"vectors":{"a":`} {
		if _, err := decode(strings.NewReader(bad), func(string) bool { return true }, 5); err == nil {
			t.Errorf("decode(%q) gave no error", bad)
		}
	}
}

// TestQuantise checks that int8 vectors keep the cosine of the float ones within 0.01
// and that a row has unit length.
func TestQuantise(t *testing.T) {
	a := make([]float32, dims)
	b := make([]float32, dims)
	for i := range dims {
		a[i] = float32(math.Sin(float64(i)))
		b[i] = float32(math.Sin(float64(i)) + 0.6*math.Cos(float64(3*i)))
	}
	tb := quantise([]vector{{word: "a", v: a}, {word: "b", v: b}, {word: "z", v: make([]float32, dims)}})
	var dot, na, nb float64
	for i := range dims {
		dot += float64(a[i]) * float64(b[i])
		na += float64(a[i]) * float64(a[i])
		nb += float64(b[i]) * float64(b[i])
	}
	want := dot / math.Sqrt(na*nb)
	if got := tb.cosine(0, 1); math.Abs(got-want) > 0.01 {
		t.Errorf("cosine of quantised vectors %.4f, float %.4f", got, want)
	}
	if self := tb.cosine(0, 0); math.Abs(self-1) > 1e-6 {
		t.Errorf("self cosine %.6f", self)
	}
	if z := tb.cosine(2, 0); z != 0 {
		t.Errorf("a zero vector has cosine %v", z)
	}
	if len(tb.encode()) != 3*(4+dims) {
		t.Errorf("encoded %d bytes", len(tb.encode()))
	}
}

// TestNeighboursLayout checks the nearest-first order, the floor and the fixed record size.
func TestNeighboursLayout(t *testing.T) {
	vs := []vector{{word: "a"}, {word: "b"}, {word: "c"}, {word: "d"}}
	dirs := [][2]float64{{1, 0}, {0.95, 0.3}, {0.7, 0.7}, {-1, 0}}
	for i := range vs {
		vs[i].v = make([]float32, dims)
		vs[i].v[0], vs[i].v[1] = float32(dirs[i][0]), float32(dirs[i][1])
	}
	tb := quantise(vs)
	nb := neighbours(tb, options{k: 2, floor: 0.5})
	if len(nb[0]) != 2 || nb[0][0].row != 1 || nb[0][1].row != 2 {
		t.Errorf("neighbours of a = %+v, want b then c", nb[0])
	}
	if len(nb[3]) != 0 {
		t.Errorf("the opposite vector has neighbours %+v", nb[3])
	}
	enc := encodeNeighbours(nb, 2)
	if len(enc) != 4*2*3 || enc[18] != 0xFF || enc[19] != 0xFF || enc[21] != 0xFF {
		t.Errorf("encoded % x", enc)
	}
}

// TestVerifyRejectsOtherBytes: a tarball that is not the pinned one fails.
func TestVerifyRejectsOtherBytes(t *testing.T) {
	if err := verify([]byte("not the package")); err == nil {
		t.Error("verify accepted other bytes")
	}
}

// TestCommittedIndexCurrent checks that the committed words.idx indexes the committed words.txt.
func TestCommittedIndexCurrent(t *testing.T) {
	path := filepath.Join("..", "..", "claims", "embed_data", "words.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := tableindex.Current(text, tableindex.Path(path)); err != nil {
		t.Error(err)
	}
}
