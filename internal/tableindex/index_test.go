package tableindex

import "testing"

func TestBuildIndex(t *testing.T) {
	tests := []struct {
		name, text string
		slots      int // 0: an error is expected
	}{
		{"empty", "", 1},
		{"one line", "a\tb\n", 2},
		{"room to spare", "a\t\nb\t\nc\t\nd\t\n", 8},
		{"duplicate key", "a\t1\na\t2\n", 0},
		{"no tab", "a\n", 0},
		{"no final newline", "a\t1", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			idx, err := Build([]byte(tc.text))
			if (err != nil) != (tc.slots == 0) {
				t.Fatalf("err = %v, want error: %v", err, tc.slots == 0)
			}
			if len(idx) != 4*tc.slots {
				t.Errorf("index of %d bytes, want %d slots", len(idx), tc.slots)
			}
		})
	}
}

func TestIndexPath(t *testing.T) {
	if got := Path("lexicon_data/x.txt"); got != "lexicon_data/x.idx" {
		t.Errorf("Path = %q, want lexicon_data/x.idx", got)
	}
}
