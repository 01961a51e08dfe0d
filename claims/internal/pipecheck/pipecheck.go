// Package pipecheck holds what the fuzz targets of the claims stages share: a seed
// corpus of fixture files and the invariants a document keeps through Segment and
// Filter. Only tests import it.
package pipecheck

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/furniture"
)

// AddFixtures seeds a fuzz corpus with the files of dir and a few hostile inputs of each format.
func AddFixtures(f *testing.F, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	f.Add("a.html", []byte("<html><body><div><p>One &amp; two.</p></div>"))
	f.Add("a.md", []byte("---\ntitle: x\n---\n# H\n\n[a](b) **c**"))
	f.Add("a.txt", []byte("\xff\xfeH\x00i\x00.\x00"))
	f.Add("a.txt", []byte("caf\xe9 au lait. Ok."))
}

// CheckDoc asserts the invariants every parsed document keeps after segmentation and
// filtering: spans inside the input and in order, sentences within the size cap, and a
// reason for every exclusion.
func CheckDoc(t *testing.T, doc *claims.Document) {
	sents := claims.Segment(doc)
	furniture.Filter([]*claims.Document{doc}, [][]claims.Sentence{sents})
	last := 0
	for i, s := range sents {
		if s.Start < 0 || s.End > len(doc.Raw) || s.Start > s.End {
			t.Fatalf("sentence %d span [%d,%d) outside raw of %d bytes", i, s.Start, s.End, len(doc.Raw))
		}
		if s.Start < last {
			t.Fatalf("sentence %d starts at %d before %d", i, s.Start, last)
		}
		last = s.Start
		if s.BodyStart < 0 || s.BodyEnd > len(doc.Body) || s.BodyStart >= s.BodyEnd {
			t.Fatalf("sentence %d body span [%d,%d)", i, s.BodyStart, s.BodyEnd)
		}
		if len(s.Text) > claims.MaxSentenceBytes {
			t.Fatalf("sentence %d has %d bytes", i, len(s.Text))
		}
		if s.Excluded && s.Reason == "" {
			t.Fatalf("sentence %d excluded without reason", i)
		}
	}
}
