package compare

import (
	"hash/fnv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// duplicateJaccard is the share of shared word 5-shingles above which a later
// report is taken as a republished copy of an earlier one (wire copy).
const duplicateJaccard = 0.5

// duplicates returns, per report, the index of an earlier report it copies, or -1.
func duplicates(as []*Analysis) []int {
	sh := make([]map[uint64]bool, len(as))
	for i, a := range as {
		sh[i] = shingles(a)
	}
	out := make([]int, len(as))
	for i := range as {
		out[i] = -1
		for j := 0; j < i; j++ {
			if out[j] >= 0 {
				continue
			}
			if jaccard(sh[i], sh[j]) >= duplicateJaccard {
				out[i] = j
				break
			}
		}
	}
	return out
}

// shingles hashes every run of five words of a report's kept sentences.
func shingles(a *Analysis) map[uint64]bool {
	var words []string
	for _, s := range a.Sentences {
		if s.Excluded {
			continue
		}
		for _, t := range claims.Words(s.Norm) {
			words = append(words, strings.ToLower(t.Text))
		}
	}
	out := map[uint64]bool{}
	for i := 0; i+5 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+5], " ")))
		out[h.Sum64()] = true
	}
	return out
}

func jaccard(a, b map[uint64]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for k := range a {
		if b[k] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}
