package main

import (
	"encoding/binary"
	"math"
)

// table is the quantised vocabulary: row i is words[i] with vector q[i*dims:(i+1)*dims]
// times scale[i].
type table struct {
	words []string
	dims  int
	q     []int8
	scale []float32
	row   map[string]int
}

// quantise normalises each vector to unit length and rounds it to int8 (the largest
// component maps to ±127); the scale makes the quantised vector unit length again, so the
// cosine of two rows is their integer dot product times both scales.
func quantise(vs []vector) *table {
	t := &table{dims: dims, q: make([]int8, len(vs)*dims), scale: make([]float32, len(vs)), row: map[string]int{}}
	for i, v := range vs {
		t.words = append(t.words, v.word)
		t.row[v.word] = i
		max := 0.0
		for _, x := range v.v {
			max = math.Max(max, math.Abs(float64(x)))
		}
		if max == 0 {
			continue // a zero vector is similar to nothing
		}
		norm := 0.0
		q := t.q[i*dims : (i+1)*dims]
		for d, x := range v.v {
			q[d] = int8(math.Round(float64(x) / max * 127))
			norm += float64(q[d]) * float64(q[d])
		}
		t.scale[i] = float32(1 / math.Sqrt(norm))
	}
	return t
}

// dot is the integer dot product of two rows.
func (t *table) dot(i, j int) int32 {
	a, b := t.q[i*t.dims:(i+1)*t.dims], t.q[j*t.dims:(j+1)*t.dims]
	var s int32
	for d := range a {
		s += int32(a[d]) * int32(b[d])
	}
	return s
}

// cosine is the cosine of two rows' quantised vectors.
func (t *table) cosine(i, j int) float64 {
	return float64(t.dot(i, j)) * float64(t.scale[i]) * float64(t.scale[j])
}

// encode lays the rows out as vectors.bin: per row a little-endian float32 scale and the
// int8 components.
func (t *table) encode() []byte {
	out := make([]byte, 0, len(t.words)*(4+t.dims))
	for i := range t.words {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(t.scale[i]))
		for _, x := range t.q[i*t.dims : (i+1)*t.dims] {
			out = append(out, byte(x))
		}
	}
	return out
}
