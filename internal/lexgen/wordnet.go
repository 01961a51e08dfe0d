package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// synsetKey names a synset by part of speech ('n', 'v', 'a', 'r') and byte offset.
type synsetKey struct {
	pos    byte
	offset uint32
}

// pointer is one relation from a synset (or one of its words) to another synset.
type pointer struct {
	symbol string
	target synsetKey
	source int // 1-based word number in the source synset; 0 for the whole synset
	dest   int // 1-based word number in the target synset; 0 for the whole synset
}

// synset is one parsed line of a data.* file.
type synset struct {
	key       synsetKey
	satellite bool
	words     []string // lower-case, spaces for collocations, markers like "(a)" removed
	ptrs      []pointer
}

// senseRef is one sense of a lemma: the synset and its tag count in the sense-tagged corpora.
type senseRef struct {
	key   synsetKey
	count int
}

// wordnet holds the parts of WordNet 3.0 the generator needs.
type wordnet struct {
	synsets map[synsetKey]*synset
	// senses lists each lemma's senses per part of speech in WordNet's sense-number order.
	senses map[string]map[byte][]senseRef
	// exceptions maps irregular inflected forms to their base forms (from *.exc).
	exceptions map[string][]string
}

var posFiles = []struct {
	pos  byte
	name string
}{{'n', "noun"}, {'v', "verb"}, {'a', "adj"}, {'r', "adv"}}

// loadWordNet reads the data, index, cntlist and exception files under dir.
func loadWordNet(dir string) (*wordnet, error) {
	wn := &wordnet{
		synsets:    map[synsetKey]*synset{},
		senses:     map[string]map[byte][]senseRef{},
		exceptions: map[string][]string{},
	}
	for _, pf := range posFiles {
		if err := eachLine(filepath.Join(dir, "data."+pf.name), func(line string) error {
			s, err := parseSynset(line, pf.pos)
			if err != nil {
				return err
			}
			wn.synsets[s.key] = s
			return nil
		}); err != nil {
			return nil, err
		}
	}
	counts, err := loadCounts(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		return nil, err
	}
	for _, pf := range posFiles {
		if err := eachLine(filepath.Join(dir, "index."+pf.name), func(line string) error {
			return wn.addIndexLine(line, pf.pos, counts)
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, pf.name+".exc"), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 2 {
				return nil
			}
			form := strings.ReplaceAll(f[0], "_", " ")
			for _, base := range f[1:] {
				wn.exceptions[form] = append(wn.exceptions[form], strings.ReplaceAll(base, "_", " "))
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return wn, nil
}

// eachLine calls fn for every line of a file that is not part of the licence header.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open wordnet file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // licence header lines start with two spaces
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// countKey names one sense by lemma, part of speech and sense number.
type countKey struct {
	lemma string
	pos   byte
	sense int
}

// loadCounts reads cntlist.rev: "lemma%ss_type:... sense_number tag_count".
func loadCounts(path string) (map[countKey]int, error) {
	out := map[countKey]int{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, got %d", len(f))
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		var pos byte
		switch rest[0] {
		case '1':
			pos = 'n'
		case '2':
			pos = 'v'
		case '3', '5':
			pos = 'a'
		case '4':
			pos = 'r'
		default:
			return fmt.Errorf("bad synset type in %q", f[0])
		}
		sense, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("sense number: %w", err)
		}
		cnt, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("tag count: %w", err)
		}
		out[countKey{strings.ReplaceAll(strings.ToLower(lemma), "_", " "), pos, sense}] += cnt
		return nil
	})
	return out, err
}

// addIndexLine records one index.* line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
func (wn *wordnet) addIndexLine(line string, pos byte, counts map[countKey]int) error {
	f := strings.Fields(line)
	if len(f) < 6 {
		return fmt.Errorf("short index line")
	}
	lemma := strings.ReplaceAll(f[0], "_", " ")
	synCnt, err := strconv.Atoi(f[2])
	if err != nil {
		return fmt.Errorf("synset count: %w", err)
	}
	pCnt, err := strconv.Atoi(f[3])
	if err != nil {
		return fmt.Errorf("pointer count: %w", err)
	}
	offs := f[4+pCnt+2:]
	if len(offs) != synCnt {
		return fmt.Errorf("want %d offsets, got %d", synCnt, len(offs))
	}
	refs := make([]senseRef, 0, synCnt)
	for i, o := range offs {
		off, err := strconv.ParseUint(o, 10, 32)
		if err != nil {
			return fmt.Errorf("offset: %w", err)
		}
		refs = append(refs, senseRef{synsetKey{pos, uint32(off)}, counts[countKey{lemma, pos, i + 1}]})
	}
	if wn.senses[lemma] == nil {
		wn.senses[lemma] = map[byte][]senseRef{}
	}
	wn.senses[lemma][pos] = refs
	return nil
}

// parseSynset reads one data.* line: offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss.
func parseSynset(line string, pos byte) (*synset, error) {
	body, _, _ := strings.Cut(line, " | ")
	f := strings.Fields(body)
	if len(f) < 6 {
		return nil, fmt.Errorf("short data line")
	}
	off, err := strconv.ParseUint(f[0], 10, 32)
	if err != nil {
		return nil, fmt.Errorf("offset: %w", err)
	}
	s := &synset{key: synsetKey{pos, uint32(off)}, satellite: f[2] == "s"}
	wCnt, err := strconv.ParseUint(f[3], 16, 16)
	if err != nil {
		return nil, fmt.Errorf("word count: %w", err)
	}
	i := 4
	for range wCnt {
		if i+1 >= len(f) {
			return nil, fmt.Errorf("truncated words")
		}
		w := f[i]
		if p := strings.IndexByte(w, '('); p > 0 {
			w = w[:p] // adjective position markers: (a), (p), (ip)
		}
		s.words = append(s.words, strings.ReplaceAll(strings.ToLower(w), "_", " "))
		i += 2
	}
	if i >= len(f) {
		return nil, fmt.Errorf("missing pointer count")
	}
	pCnt, err := strconv.Atoi(f[i])
	if err != nil {
		return nil, fmt.Errorf("pointer count: %w", err)
	}
	i++
	for range pCnt {
		if i+3 >= len(f) {
			return nil, fmt.Errorf("truncated pointers")
		}
		toff, err := strconv.ParseUint(f[i+1], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("pointer offset: %w", err)
		}
		tpos := f[i+2][0]
		if tpos == 's' {
			tpos = 'a'
		}
		st, err := strconv.ParseUint(f[i+3], 16, 16)
		if err != nil {
			return nil, fmt.Errorf("pointer source/target: %w", err)
		}
		s.ptrs = append(s.ptrs, pointer{
			symbol: f[i],
			target: synsetKey{tpos, uint32(toff)},
			source: int(st >> 8),
			dest:   int(st & 0xff),
		})
		i += 4
	}
	return s, nil
}
