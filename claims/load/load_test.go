package load_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/load"
)

// writeFile writes data to a file in a test directory and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gzipped compresses data.
func gzipped(data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		path    func(t *testing.T) string
		opt     load.Options
		problem string
	}{
		{"missing", func(t *testing.T) string { return filepath.Join(dir, "nope.txt") }, load.Options{}, "no such file"},
		{"directory", func(t *testing.T) string { return dir }, load.Options{}, "is a directory"},
		{"empty", func(t *testing.T) string { return writeFile(t, "e.txt", nil) }, load.Options{}, "empty file"},
		{"whitespace", func(t *testing.T) string { return writeFile(t, "w.txt", []byte(" \n\t\r\n \u00a0\n")) }, load.Options{}, "only whitespace"},
		{"nul bytes", func(t *testing.T) string { return writeFile(t, "b.txt", []byte("abc\x00\x01\x02def\x00ghi")) }, load.Options{}, "binary"},
		{"control chars", func(t *testing.T) string {
			return writeFile(t, "c.txt", bytes.Repeat([]byte("a\x01\x02\x03\x04b"), 50))
		}, load.Options{}, "binary"},
		{"too big", func(t *testing.T) string { return writeFile(t, "big.txt", bytes.Repeat([]byte("word "), 300)) }, load.Options{MaxBytes: 1000}, "size limit"},
		{"gzip renamed html", func(t *testing.T) string {
			return writeFile(t, "page.html", gzipped(bytes.Repeat([]byte("<p>x</p>"), 10000)))
		}, load.Options{}, "compressed data"},
		{"zip", func(t *testing.T) string { return writeFile(t, "a.txt", []byte("PK\x03\x04\x14\x00\x00\x00rest")) }, load.Options{}, "compressed data"},
		{"pdf", func(t *testing.T) string { return writeFile(t, "a.txt", []byte("%PDF-1.7\n...")) }, load.Options{}, "PDF"},
		{"html without text", func(t *testing.T) string {
			return writeFile(t, "x.html", []byte("<html><head><script>var a=1;</script></head><body></body></html>"))
		}, load.Options{}, "no readable text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.path(t)
			doc, err := load.Load(p, tt.opt)
			var ie *load.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Load: got %v, %v; want *load.InputError", doc, err)
			}
			if !strings.Contains(err.Error(), tt.problem) || !strings.HasPrefix(err.Error(), p+": ") {
				t.Errorf("error %q: want path prefix and %q", err, tt.problem)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error has several lines: %q", err)
			}
		})
	}
}

// checkSpans asserts that every sentence's original span holds its text (modulo decoding).
func checkSpans(t *testing.T, doc *load.Document, exact bool) []claims.Sentence {
	t.Helper()
	sents := claims.Segment(doc)
	last := 0
	for _, s := range sents {
		if s.Start < last || s.End < s.Start || s.End > len(doc.Raw) {
			t.Fatalf("bad span [%d,%d) after %d for %q", s.Start, s.End, last, s.Text)
		}
		last = s.Start
		if exact && string(doc.Raw[s.Start:s.End]) != s.Text {
			t.Errorf("raw[%d:%d] = %q, sentence %q", s.Start, s.End, doc.Raw[s.Start:s.End], s.Text)
		}
	}
	return sents
}

func TestLoadEncodings(t *testing.T) {
	text := "Café owners protest\n\nThe café on Main Street closed on Monday, its owner said. Prices rose 5 per cent.\n"
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xff, 0xfe)
		}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	utf16be := func(s string) []byte {
		b := []byte{0xfe, 0xff}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	cp1252 := []byte(strings.ReplaceAll(text, "é", "\xe9"))
	tests := []struct {
		name    string
		data    []byte
		warning string
		exact   bool
	}{
		{"utf8", []byte(text), "", true},
		{"utf8 bom", append([]byte("\xef\xbb\xbf"), text...), "", true},
		{"utf16le bom", utf16le(text, true), "UTF-16LE", false},
		{"utf16be bom", utf16be(text), "UTF-16BE", false},
		{"utf16le no bom", utf16le(text, false), "UTF-16", false},
		{"windows-1252", cp1252, "Windows-1252", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := load.Parse("x.txt", tt.data, load.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Body, "The café on Main Street") {
				t.Errorf("body %q", doc.Body)
			}
			if tt.warning == "" && len(doc.Warnings) > 0 || tt.warning != "" && (len(doc.Warnings) == 0 || !strings.Contains(doc.Warnings[0], tt.warning)) {
				t.Errorf("warnings %q, want %q", doc.Warnings, tt.warning)
			}
			if doc.Title != "Café owners protest" {
				t.Errorf("title %q", doc.Title)
			}
			sents := checkSpans(t, doc, tt.exact)
			if len(sents) != 3 {
				t.Fatalf("got %d sentences", len(sents))
			}
			// The second sentence must start where "The café" starts in the raw bytes.
			want := bytes.Index(tt.data, []byte("T\x00h\x00e\x00 \x00c"))
			switch {
			case strings.Contains(tt.name, "be"):
				want = bytes.Index(tt.data, []byte("\x00T\x00h\x00e\x00 \x00c"))
			case !strings.Contains(tt.name, "16"):
				want = bytes.Index(tt.data, []byte("The caf"))
			}
			if sents[1].Start != want {
				t.Errorf("sentence 1 starts at %d, want %d", sents[1].Start, want)
			}
			if sents[1].Line != 3 {
				t.Errorf("sentence 1 on line %d, want 3", sents[1].Line)
			}
		})
	}
}

func TestLoadFrontMatter(t *testing.T) {
	doc, err := load.Load("../testdata/input/front_matter.md", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "markdown" || doc.Name != "Northern Daily" || doc.Outlet != "Northern Daily" {
		t.Errorf("format %q name %q outlet %q", doc.Format, doc.Name, doc.Outlet)
	}
	if doc.Title != "Storm knocks out power to 40,000 homes" || doc.URL != "https://example.org/storm-power" {
		t.Errorf("title %q url %q", doc.Title, doc.URL)
	}
	if doc.Author != "Lena Park, Ravi Dube" {
		t.Errorf("author %q", doc.Author)
	}
	if got := doc.Published.Format("2006-01-02"); got != "2023-11-02" {
		t.Errorf("published %s", got)
	}
	for _, bad := range []string{"---", "**", "](", "![", "tags:"} {
		if strings.Contains(doc.Body, bad) {
			t.Errorf("body keeps markup %q: %q", bad, doc.Body)
		}
	}
	sents := checkSpans(t, doc, false)
	for _, s := range sents {
		// Stripped markup aside, every sentence starts on its own first word in the file.
		w := strings.Fields(s.Text)[0]
		if !bytes.HasPrefix(doc.Raw[s.Start:], []byte(w)) {
			t.Errorf("sentence %q starts at %q", s.Text, doc.Raw[s.Start:min(len(doc.Raw), s.Start+20)])
		}
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name, path, data         string
		title, outlet, published string
	}{
		{"dateline", "a.txt", "Quake hits coast\nAugust 2, 2013\nA strong quake hit the coast.", "Quake hits coast", "", "2013-08-02"},
		{"dateline with time", "a.txt", "Quake hits coast\nFri Aug 2, 2013 6:50pm EDT\nA quake hit.", "Quake hits coast", "", "2013-08-02"},
		{"day month year", "a.txt", "Quake hits coast\n2 August 2013\nA quake hit.", "Quake hits coast", "", "2013-08-02"},
		{"no headline", "a.txt", "A strong quake hit the coast on Friday.", "", "", ""},
		{"front matter in text", "a.txt", "---\ntitle: T\noutlet: Wire\ndate: \"2 January 2020\"\n---\nBody text here.", "T", "Wire", "2020-01-02"},
		{"bad yaml is a warning", "a.md", "---\ntitle: [unclosed\n---\nBody text here.", "", "", ""},
		{"html meta", "p.html", `<html><head><title>Page title</title><meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2021-05-06T10:00:00Z"></head><body><article><h1>Page title</h1><p>First paragraph of the story, long enough to be read as prose by the extractor.</p></article></body></html>`, "Page title", "Wire", "2021-05-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := load.Parse(tt.path, []byte(tt.data), load.Options{})
			if err != nil {
				t.Fatal(err)
			}
			pub := ""
			if !doc.Published.IsZero() {
				pub = doc.Published.Format("2006-01-02")
			}
			if doc.Title != tt.title || doc.Outlet != tt.outlet || pub != tt.published {
				t.Errorf("title %q outlet %q published %q", doc.Title, doc.Outlet, pub)
			}
			wantName := tt.outlet
			if wantName == "" {
				wantName = tt.path
			}
			if doc.Name != wantName {
				t.Errorf("name %q, want %q", doc.Name, wantName)
			}
		})
	}
}

func TestLoadHTML(t *testing.T) {
	doc, err := load.Load("../testdata/input/article.html", load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "html" || doc.Name != "The Coastal Ledger" || doc.Title != "Harbour bridge closed after cracks found" {
		t.Errorf("format %q name %q title %q", doc.Format, doc.Name, doc.Title)
	}
	if doc.Published.IsZero() {
		t.Error("no published time")
	}
	for _, bad := range []string{"Weather", "trackPage", "font-family", "&ldquo;"} {
		if strings.Contains(doc.Body, bad) {
			t.Errorf("body keeps %q", bad)
		}
	}
	sents := checkSpans(t, doc, false)
	for _, s := range sents {
		// Each sentence maps to where its first word is in the page.
		w := strings.Trim(strings.Fields(s.Text)[0], "“\"")
		if !bytes.Contains(doc.Raw[s.Start:min(len(doc.Raw), s.Start+len(w)+10)], []byte(w)) {
			t.Errorf("sentence %q maps to %q", s.Text, doc.Raw[s.Start:min(len(doc.Raw), s.Start+30)])
		}
	}
}

func TestLoadHostileHTML(t *testing.T) {
	deep := strings.Repeat("<div>", 100000) + "Deep text here. It still reads." + strings.Repeat("</div>", 100000)
	doc, err := load.Parse("deep.html", []byte(deep), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Body, "Deep text here.") || len(doc.Warnings) == 0 {
		t.Errorf("body %q warnings %q", doc.Body, doc.Warnings)
	}
	checkSpans(t, doc, true)

	long := strings.Repeat("word ", 2<<20/5)
	doc, err = load.Parse("long.txt", []byte(long), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sents := checkSpans(t, doc, true)
	for _, s := range sents {
		if len(s.Text) > claims.MaxSentenceBytes {
			t.Fatalf("sentence of %d bytes", len(s.Text))
		}
	}
}

func TestLoadStdin(t *testing.T) {
	doc, err := load.Load("-", load.Options{Stdin: strings.NewReader("Line one of the report.\n")})
	if err != nil || doc.Body != "Line one of the report.\n" || doc.Name != "stdin" {
		t.Fatalf("got %+v, %v", doc, err)
	}
	_, err = load.Load("-", load.Options{Stdin: strings.NewReader(strings.Repeat("x", 2000)), MaxBytes: 100})
	if err == nil || !strings.Contains(err.Error(), "size limit") {
		t.Fatalf("got %v, want size limit error", err)
	}
}

func TestLoadURL(t *testing.T) {
	page := `<html><head><title>Remote story</title></head><body><article><p>The remote story has one paragraph with enough words to be read as an article by the parser.</p></article></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Plain headline\n\nPlain body sentence."))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("<p>filler</p>"), 1000))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		path, problem, title string
		opt                  load.Options
	}{
		{path: "/ok", title: "Remote story"},
		{path: "/moved", title: "Remote story"},
		{path: "/plain", title: "Plain headline"},
		{path: "/missing", problem: "404"},
		{path: "/loop", problem: "redirects"},
		{path: "/big", problem: "size limit", opt: load.Options{MaxBytes: 1000}},
		{path: "/slow", problem: "cannot fetch", opt: load.Options{Timeout: 100 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			doc, err := load.Load(srv.URL+tt.path, tt.opt)
			if tt.problem != "" {
				var ie *load.InputError
				if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.problem) {
					t.Fatalf("got %v, want InputError with %q", err, tt.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title || !strings.HasPrefix(doc.URL, srv.URL) || doc.Name == "" {
				t.Errorf("title %q url %q name %q", doc.Title, doc.URL, doc.Name)
			}
		})
	}
}
