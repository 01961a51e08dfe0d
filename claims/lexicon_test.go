package claims

import (
	"github.com/claimdiff/claimdiff/internal/tableindex"
	"hash/fnv"

	"math/bits"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestRelatedParaphrases(t *testing.T) {
	// Words are surface forms, lemmatised the way the pipeline does before lookup.
	tests := []struct{ a, b string }{
		{"fled", "escaped"},
		{"flee", "escape"},
		{"died", "death"},
		{"deaths", "die"},
		{"injured", "wounded"},
		{"injure", "wound"},
		{"injury", "injured"},
		{"quake", "earthquake"},
		{"seized", "confiscated"},
		{"blaze", "fire"},
		{"fire", "flames"},
		{"killed", "slain"},
		{"murdered", "killed"},
		{"car", "automobile"},
		{"bought", "purchased"},
		{"started", "began"},
		{"home", "house"},
		{"evacuated", "evacuation"},
		{"explosion", "exploded"},
		{"destroyed", "destruction"},
		{"victims", "casualties"},
		{"attack", "assault"},
		{"protest", "demonstration"},
		{"residents", "inhabitants"},
		{"shot", "shooting"},
	}
	for _, tc := range tests {
		a, b := Lemma(tc.a), Lemma(tc.b)
		if !Related(a, b) || !Related(b, a) {
			t.Errorf("Related(%q, %q) = false (lemmas %q, %q), want true", tc.a, tc.b, a, b)
		}
	}
}

func TestRelatedKeepsOppositesAndNeighboursApart(t *testing.T) {
	tests := []struct{ a, b string }{
		{"kill", "rescue"},
		{"fire", "water"},
		{"police", "army"},
		{"increase", "decrease"},
		{"rose", "fell"},
		{"rise", "fall"},
		{"win", "lose"},
		{"won", "lost"},
		{"man", "woman"},
		{"buy", "sell"},
		{"open", "close"},
		{"accept", "reject"},
		{"arrive", "depart"},
		{"dead", "alive"},
		{"guilty", "innocent"},
		{"north", "south"},
		{"victory", "defeat"},
		{"confirm", "deny"},
		{"begin", "end"},
		{"injure", "heal"},
		{"large", "small"},
		// Siblings under one hypernym are not paraphrases of each other.
		{"slay", "drown"},
		{"strangle", "poison"},
		// Very general words carry no concepts at all.
		{"be", "exist"},
		{"make", "create"},
	}
	for _, tc := range tests {
		a, b := Lemma(tc.a), Lemma(tc.b)
		if Related(a, b) || Related(b, a) {
			t.Errorf("Related(%q, %q) = true (lemmas %q, %q), want false", tc.a, tc.b, a, b)
		}
	}
}

func TestConcepts(t *testing.T) {
	tests := []struct {
		lemma string
		want  bool // whether the lemma has any concept
	}{
		{"earthquake", true},
		{"flee", true},
		{"fled", true}, // irregular form indexed through WordNet's exception lists
		{"kill", true},
		{"be", false},
		{"have", false},
		{"thing", false},
		{"people", false},
		{"year", false},
		{"the", false},
		{"", false},
		{"Earthquake", false}, // lookups are by lower-case lemma
		{"xqzvw", false},
	}
	for _, tc := range tests {
		got := Concepts(tc.lemma)
		if (len(got) > 0) != tc.want {
			t.Errorf("Concepts(%q) = %v, want concepts: %v", tc.lemma, got, tc.want)
		}
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Errorf("Concepts(%q) = %v, want sorted unique ids", tc.lemma, got)
		}
	}
}

func TestLexiconTableIsWellFormed(t *testing.T) {
	members := map[uint32]int{}
	lemmas := 0
	for l, list := range tableLines(t, lexiconTable.text) {
		ids, err := parseIDs(list)
		if err != nil || !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
			t.Fatalf("lemma %q: ids %v (%v), want a non-empty sorted list", l, ids, err)
		}
		if got := Concepts(l); !slices.Equal(got, ids) {
			t.Fatalf("Concepts(%q) = %v, want %v", l, got, ids)
		}
		for _, id := range ids {
			members[id]++
		}
		lemmas++
	}
	if lemmas < 50000 {
		t.Errorf("embedded lexicon has %d lemmas, want at least 50000", lemmas)
	}
	for id, n := range members {
		if n < 2 {
			t.Errorf("concept %d has %d lemma, want at least 2 (a concept must be able to link words)", id, n)
			break
		}
	}
}

// tableLines checks that a table holds "key\tvalue" lines with unique keys in byte
// order, and yields them.
func tableLines(t *testing.T, table string) func(yield func(k, v string) bool) {
	t.Helper()
	if table == "" || !strings.HasSuffix(table, "\n") {
		t.Fatalf("table is empty or does not end in a newline")
	}
	return func(yield func(k, v string) bool) {
		prev := ""
		for n, line := range strings.Split(strings.TrimSuffix(table, "\n"), "\n") {
			k, v, ok := strings.Cut(line, "\t")
			if !ok || strings.Contains(v, "\t") {
				t.Fatalf("line %d %q: want key<TAB>value", n+1, line)
			}
			if n > 0 && k <= prev {
				t.Fatalf("line %d: key %q after %q, want strictly increasing keys", n+1, k, prev)
			}
			prev = k
			if !yield(k, v) {
				return
			}
		}
	}
}

func TestParseIDs(t *testing.T) {
	tests := []struct {
		name    string
		list    string
		want    []uint32
		wantErr bool
	}{
		{"delta ids", "3,4", []uint32{3, 7}, false},
		{"one", "7", []uint32{7}, false},
		{"zero first", "0,1", []uint32{0, 1}, false},
		{"max", "4294967295", []uint32{4294967295}, false},
		{"empty", "", nil, true},
		{"empty field", "3,,4", nil, true},
		{"trailing comma", "3,", nil, true},
		{"bad id", "x", nil, true},
		{"sign", "+3", nil, true},
		{"id overflow", "4294967296", nil, true},
		{"sum overflow", "4294967295,1", nil, true},
		{"long", "00000000001", nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseIDs(tc.list)
			if (err != nil) != tc.wantErr {
				t.Fatalf("parseIDs(%q) err = %v, want error: %v", tc.list, err, tc.wantErr)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("parseIDs(%q) = %v, want %v", tc.list, got, tc.want)
			}
		})
	}
}

// indexed builds a table with its hash index the way the generators do, so
// that lookups can be tested on small tables.
func indexed(text string) table {
	idx, err := tableindex.Build([]byte(text))
	if err != nil {
		panic(err)
	}
	return table{text: text, index: string(idx)}
}

func TestTableLookup(t *testing.T) {
	tab := indexed(" lead\tx\na\t\nab\tAB\nb c\t1\nbb\t2\nzz\tlast\n")
	tests := []struct {
		key, want string
		found     bool
	}{
		{" lead", "x", true},
		{"a", "", true},
		{"ab", "AB", true},
		{"b c", "1", true},
		{"bb", "2", true},
		{"zz", "last", true},
		{"", "", false},
		{"aa", "", false},
		{"b", "", false},
		{"zzz", "", false},
		{"\xff", "", false},
		{"ab\tAB", "", false},
		{"lead", "", false},
	}
	for _, tc := range tests {
		got, ok := tab.lookup(tc.key)
		if got != tc.want || ok != tc.found {
			t.Errorf("lookup(%q) = %q, %v, want %q, %v", tc.key, got, ok, tc.want, tc.found)
		}
	}
	if _, ok := (table{}).lookup("a"); ok {
		t.Error("empty table found a key")
	}
	// A corrupt index (every slot pointing past the text, or at the wrong line) finds nothing.
	for _, idx := range []string{"\xff\xff\xff\xff", "\x01\x00\x00\x00\x01\x00\x00\x00", "\x01\x00"} {
		if _, ok := (table{text: "a\t1\n", index: idx}).lookup("b"); ok {
			t.Errorf("index %q found an absent key", idx)
		}
	}
}

func TestFNV1aMatchesHashFNV(t *testing.T) {
	for _, s := range []string{"", "a", "earthquake", "naïve", "\x00\xff"} {
		h := fnv.New32a()
		h.Write([]byte(s))
		if got, want := fnv1a(s), h.Sum32(); got != want {
			t.Errorf("fnv1a(%q) = %#x, hash/fnv says %#x", s, got, want)
		}
	}
}

func TestEmbeddedIndexesFindEveryLine(t *testing.T) {
	for name, tab := range map[string]table{"lexicon": lexiconTable, "lemmas": lemmaTable} {
		if len(tab.index)%4 != 0 || bits.OnesCount(uint(len(tab.index)/4)) != 1 {
			t.Fatalf("%s: index of %d bytes, want a power of two of 4-byte slots", name, len(tab.index))
		}
		n := 0
		for k, v := range tableLines(t, tab.text) {
			if got, ok := tab.lookup(k); !ok || got != v {
				t.Fatalf("%s: lookup(%q) = %q, %v, want %q", name, k, got, ok, v)
			}
			n++
		}
		if slots := len(tab.index) / 4; 3*n > 2*slots {
			t.Errorf("%s: %d lines in %d slots, want a load of at most 2/3", name, n, slots)
		}
	}
}

func FuzzTableLookup(f *testing.F) {
	f.Add("b a c", "a", "")
	f.Add("x xx xxx", "xy", "\x05\x00\x00\x00")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, words, key, index string) {
		// Any text and index at all must be searchable without panicking or hanging.
		(table{text: words, index: index}).lookup(key)
		// A well-formed table finds exactly its keys.
		keys := strings.Fields(words)
		slices.Sort(keys)
		keys = slices.Compact(keys)
		var b strings.Builder
		for i, k := range keys {
			b.WriteString(k + "\t" + strconv.Itoa(i) + "\n")
		}
		tab := indexed(b.String())
		for i, k := range keys {
			if v, ok := tab.lookup(k); !ok || v != strconv.Itoa(i) {
				t.Fatalf("key %q: got %q, %v, want %d", k, v, ok, i)
			}
		}
		_, want := slices.BinarySearch(keys, key)
		if _, ok := tab.lookup(key); ok != want {
			t.Fatalf("lookup %q: found %v, want %v", key, ok, want)
		}
	})
}

func FuzzParseIDs(f *testing.F) {
	f.Add("3,4")
	f.Add("")
	f.Add("4294967295,1")
	f.Fuzz(func(t *testing.T, list string) {
		ids, err := parseIDs(list)
		if err != nil {
			return
		}
		if len(ids) == 0 || !slices.IsSorted(ids) {
			t.Fatalf("parseIDs(%q) = %v, want a non-empty ascending list", list, ids)
		}
	})
}

func BenchmarkRelated(b *testing.B) {
	pairs := [][2]string{{"flee", "escape"}, {"kill", "rescue"}, {"fire", "blaze"}, {"police", "army"}, {"unknownword", "die"}}
	for i := 0; b.Loop(); i++ {
		p := pairs[i%len(pairs)]
		Related(p[0], p[1])
	}
}

func BenchmarkConcepts(b *testing.B) {
	words := []string{"earthquake", "kill", "the", "injure", "xqzvw"}
	for i := 0; b.Loop(); i++ {
		Concepts(words[i%len(words)])
	}
}
