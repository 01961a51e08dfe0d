package load_test

import (
	"os"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims/internal/pipecheck"
	"github.com/claimdiff/claimdiff/claims/load"
)

func FuzzParse(f *testing.F) {
	pipecheck.AddFixtures(f, "../testdata/input")
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc, err := load.Parse(name, data, load.Options{MaxBytes: 1 << 20})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		pipecheck.CheckDoc(t, doc)
	})
}

func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: a\ndate: 2020-01-02\nauthor: [x, y]\n---\nBody.")
	f.Add("---\n&a [*a, *a]\n---\nx")
	f.Add("---\n...\n")
	f.Fuzz(func(t *testing.T, text string) {
		if y, end, ok := load.SplitFrontMatter(text); ok {
			if end > len(text) || len(y) > end {
				t.Fatalf("body start %d beyond %d", end, len(text))
			}
			load.ParseFrontMatter(y)
		}
		if doc, err := load.Parse("f.md", []byte(text), load.Options{}); err == nil {
			pipecheck.CheckDoc(t, doc)
		}
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><article><h1>T</h1><p>A &amp; B said.</p></article></body></html>"))
	f.Add([]byte("<!doctype html><p>x<div><span>y</span>"))
	if data, err := os.ReadFile("../testdata/input/article.html"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := load.Parse("f.html", data, load.Options{Format: "html"})
		if err != nil {
			return
		}
		pipecheck.CheckDoc(t, doc)
	})
}
