package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addFixtures seeds a fuzz corpus with the fixture files.
func addFixtures(f *testing.F) {
	files, _ := filepath.Glob("testdata/input/*")
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

// checkDoc asserts the invariants every parsed document keeps after segmentation.
func checkDoc(t *testing.T, doc *Document) {
	sents := Segment(doc)
	Filter([]*Document{doc}, [][]Sentence{sents})
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
		if len(s.Text) > maxSentenceBytes {
			t.Fatalf("sentence %d has %d bytes", i, len(s.Text))
		}
		if s.Excluded && s.Reason == "" {
			t.Fatalf("sentence %d excluded without reason", i)
		}
	}
}

func FuzzParse(f *testing.F) {
	addFixtures(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc, err := Parse(name, data, LoadOptions{MaxBytes: 1 << 20})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		checkDoc(t, doc)
	})
}

func FuzzSegment(f *testing.F) {
	addFixtures(f)
	f.Add("x", []byte("Mr. A. B.\n\nC.\u00a0D\n  \nE"))
	f.Fuzz(func(t *testing.T, _ string, data []byte) {
		doc := &Document{Raw: data, Body: string(data)}
		checkDoc(t, doc)
	})
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: a\ndate: 2020-01-02\nauthor: [x, y]\n---\nBody.")
	f.Add("---\n&a [*a, *a]\n---\nx")
	f.Add("---\n...\n")
	f.Fuzz(func(t *testing.T, text string) {
		if y, end, ok := splitFrontMatter(text); ok {
			if end > len(text) || len(y) > end {
				t.Fatalf("body start %d beyond %d", end, len(text))
			}
			parseFrontMatter(y)
		}
		if doc, err := Parse("f.md", []byte(text), LoadOptions{}); err == nil {
			checkDoc(t, doc)
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><article><h1>T</h1><p>A &amp; B said.</p></article></body></html>"))
	f.Add([]byte("<!doctype html><p>x<div><span>y</span>"))
	if data, err := os.ReadFile("testdata/input/article.html"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("f.html", data, LoadOptions{Format: "html"})
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}
