package compare

import (
	"strings"
	"testing"
)

// Every pair of the embedded table is found from either word by the
// in-place binary search: the file is sorted by key and holds both orders.
func TestAdjectiveOppositesTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(adjectiveOpposites, "\n"), "\n")
	if len(lines) < 1000 {
		t.Fatalf("the table holds %d lines, want the generated WordNet clusters", len(lines))
	}
	prev := ""
	for _, l := range lines {
		a, b, ok := strings.Cut(l, "\t")
		if !ok || a == "" || b == "" {
			t.Fatalf("malformed line %q", l)
		}
		if a < prev {
			t.Fatalf("table not sorted by key at %q (after %q)", l, prev)
		}
		prev = a
		found := false
		adjectiveOppositesOf(a, func(o string) { found = found || o == b })
		if !found {
			t.Fatalf("lookup of %q misses %q", a, b)
		}
	}
}

func TestStateOpposites(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"open", "closed", true},       // the reviewed list
		{"safe", "hazardous", true},    // WordNet: a satellite against its head's antonym
		{"Hazardous", "safe", true},    // either order, any case
		{"shut", "open", true},         // WordNet heads
		{"hazardous", "secure", false}, // two satellites are never opposed
		{"safe", "safe", false},
		{"", "safe", false},
		{"zzz", "safe", false},
	}
	for _, tc := range tests {
		if got := stateOpposites(tc.a, tc.b); got != tc.want {
			t.Errorf("stateOpposites(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
