package furniture

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// FuzzFurnitureSplit checks that cutting furniture out of sentences keeps every sentence
// a non-empty, in-order span of the body whose text is that span.
func FuzzFurnitureSplit(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/furniture/*/*.txt")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("Update 5:35 p.m. EST Nov. 19: Crews left.\nPosted at 4 PM\nand last updated 2026-01-01")
	f.Add("Text pic.twitter.com/x — A (@a) May 9, 2026 More text.")
	f.Add("Updated:: : —(@) May 1, 2026")
	f.Fuzz(func(t *testing.T, body string) {
		doc := &claims.Document{ID: "s1", Body: body, Raw: []byte(body)}
		sents := [][]claims.Sentence{claims.Segment(doc)}
		Filter([]*claims.Document{doc}, sents)
		last := 0
		for i, s := range sents[0] {
			if s.Index != i {
				t.Fatalf("sentence %d has index %d", i, s.Index)
			}
			if s.BodyStart < last || s.BodyStart >= s.BodyEnd || s.BodyEnd > len(body) {
				t.Fatalf("sentence %d span [%d,%d) after %d in %d bytes", i, s.BodyStart, s.BodyEnd, last, len(body))
			}
			if s.Text != body[s.BodyStart:s.BodyEnd] {
				t.Fatalf("sentence %d text %q is not its span", i, s.Text)
			}
			if s.Excluded && (s.Reason == "" || s.Class == "") {
				t.Fatalf("sentence %d excluded without a reason and class", i)
			}
			last = s.BodyEnd
		}
	})
}
