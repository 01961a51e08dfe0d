// Command antgen builds the list of opposite adjectives of state that
// compare's opposite-state rules read (compare/antonym_data/adjectives.txt)
// from WordNet 3.0's adjective clusters.
//
// WordNet groups adjectives in clusters around two head synsets joined by the
// antonym relation ("safe" / "dangerous, unsafe"); satellite synsets hang on
// a head through the similar-to relation ("perilous", "hazardous" on
// "dangerous"). A pair is written for each direct antonym of two head words,
// for every other word of a head synset against the head's antonym, and for
// every word of a satellite against its head's antonym ("perilous" / "safe").
// Satellites are never paired with each other: two words far out in the two
// halves of a cluster are too loosely opposed. A word counts only in its
// first maxSense senses, so a rare sense does not make a common word an
// opposite.
//
// It runs once, through `go generate ./compare/`, on a machine with Debian's
// wordnet-base package installed (apt-get install wordnet-base); the
// generated file is committed, so neither WordNet nor this program is
// needed at run time or in CI.
//
// Output: one pair a line in each order, "a<TAB>b" and "b<TAB>a", sorted by
// byte order, lower case, single words only, so that compare can
// binary-search a word's opposites in place without building a map.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// maxSense is how many of a word's senses, most frequent first, may place it in a cluster.
const maxSense = 2

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory with WordNet 3.0 data files")
	out := flag.String("out", "antonym_data/adjectives.txt", "output file")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "antgen:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	idx, err := os.Open(filepath.Join(dir, "index.adj"))
	if err != nil {
		return err
	}
	defer idx.Close()
	ranks, err := readIndex(idx)
	if err != nil {
		return err
	}
	data, err := os.Open(filepath.Join(dir, "data.adj"))
	if err != nil {
		return err
	}
	defer data.Close()
	syns, err := readData(data)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines(pairs(syns, ranks)) {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// synset is one adjective synset: head or satellite, its words, its
// antonym pointers (source word index, target synset, target word index;
// indexes from 1) and its similar-to targets.
type synset struct {
	head    bool
	words   []string
	ants    []antPtr
	similar []string
}

type antPtr struct {
	src    int
	target string
	dst    int
}

// readIndex returns, for each lemma, the rank (from 1) of each of its synsets.
func readIndex(r io.Reader) (map[string]map[string]int, error) {
	out := map[string]map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // licence header
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			continue
		}
		pcnt, err := strconv.Atoi(f[3])
		if err != nil || 4+pcnt+2 > len(f) {
			return nil, fmt.Errorf("index line %q", line)
		}
		offs := f[4+pcnt+2:]
		m := map[string]int{}
		for i, o := range offs {
			m[o] = i + 1
		}
		out[f[0]] = m
	}
	return out, sc.Err()
}

// readData reads data.adj's synsets by offset.
func readData(r io.Reader) (map[string]*synset, error) {
	out := map[string]*synset{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 5 {
			continue
		}
		s := &synset{head: f[2] == "a"}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || 4+2*int(n) >= len(f) {
			return nil, fmt.Errorf("data line %q", line)
		}
		for k := 0; k < int(n); k++ {
			w := strings.ToLower(f[4+2*k])
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // "(a)", "(p)", "(ip)": syntactic markers
			}
			s.words = append(s.words, w)
		}
		p := 4 + 2*int(n)
		pc, err := strconv.Atoi(f[p])
		if err != nil || p+1+4*pc > len(f) {
			return nil, fmt.Errorf("data line %q", line)
		}
		for k := 0; k < pc; k++ {
			sym, off, pos, st := f[p+1+4*k], f[p+2+4*k], f[p+3+4*k], f[p+4+4*k]
			if pos != "a" && pos != "s" {
				continue
			}
			switch sym {
			case "!":
				src, _ := strconv.ParseInt(st[:2], 16, 32)
				dst, _ := strconv.ParseInt(st[2:], 16, 32)
				s.ants = append(s.ants, antPtr{int(src), off, int(dst)})
			case "&":
				s.similar = append(s.similar, off)
			}
		}
		out[f[0]] = s
	}
	return out, sc.Err()
}

// pairs returns the opposite pairs of the clusters (see the package comment).
func pairs(syns map[string]*synset, ranks map[string]map[string]int) [][2]string {
	set := map[[2]string]bool{}
	frequent := func(w, off string) bool {
		r := ranks[w][off]
		return r > 0 && r <= maxSense
	}
	add := func(a, b, offA, offB string) {
		if a == b || strings.ContainsAny(a, "_-.'") || strings.ContainsAny(b, "_-.'") || len(a) < 3 || len(b) < 3 {
			return
		}
		if !frequent(a, offA) || !frequent(b, offB) {
			return
		}
		if b < a {
			a, b = b, a
		}
		set[[2]string{a, b}] = true
	}
	// opposites of each head synset: the antonym words its pointers name.
	type target struct{ word, off string }
	opp := map[string][]target{}
	offs := make([]string, 0, len(syns))
	for off := range syns {
		offs = append(offs, off)
	}
	sort.Strings(offs)
	for _, off := range offs {
		s := syns[off]
		if !s.head {
			continue
		}
		for _, a := range s.ants {
			t, ok := syns[a.target]
			if !ok || a.dst < 1 || a.dst > len(t.words) || a.src < 1 || a.src > len(s.words) {
				continue
			}
			opp[off] = append(opp[off], target{t.words[a.dst-1], a.target})
			for _, w := range s.words {
				add(w, t.words[a.dst-1], off, a.target) // the head's words, the pointer's source among them
			}
		}
	}
	for _, off := range offs {
		s := syns[off]
		if s.head {
			continue
		}
		for _, h := range s.similar {
			for _, t := range opp[h] {
				for _, w := range s.words {
					add(w, t.word, off, t.off)
				}
			}
		}
	}
	out := make([][2]string, 0, len(set))
	for p := range set {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// lines returns each pair in both orders as "a<TAB>b", sorted by byte order.
func lines(ps [][2]string) []string {
	out := make([]string, 0, 2*len(ps))
	for _, p := range ps {
		out = append(out, p[0]+"\t"+p[1], p[1]+"\t"+p[0])
	}
	sort.Strings(out)
	return out
}
