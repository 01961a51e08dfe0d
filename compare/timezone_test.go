package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// A universal time beside a local one is another clock: the local times are compared, and
// the universal time is set against neither.
func TestUniversalTimeIsAnotherClock(t *testing.T) {
	for _, c := range []struct {
		name, a, b, want string // want: the s1 time in the discrepancy, "" for none
	}{
		{"local times differ",
			"Quake\n\nThe quake struck at 1553 (1023 GMT) on Sunday near the island.\n",
			"Quake report\n\nIt hit at 1:53 p.m. local time on Sunday near the island.\n", "1553"},
		{"local times agree",
			"Quake\n\nThe quake struck at 1353 (1023 GMT) on Sunday near the island.\n",
			"Quake report\n\nIt hit at 1:53 p.m. local time on Sunday near the island.\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := compare.Run(docs(t, c.a, c.b), compare.Options{})
			got := ""
			for _, f := range res.Findings {
				if f.Verdict != compare.Discrepancy || f.Kind != "time" {
					continue
				}
				for _, cl := range f.Claims {
					if strings.Contains(cl.Text, "GMT") {
						t.Errorf("a universal time set against a local one: %q", f.Summary)
					}
					if cl.Source == "s1" {
						got = cl.Text
					}
				}
			}
			if got != c.want {
				t.Errorf("discrepancy on %q, want %q", got, c.want)
			}
		})
	}
}
