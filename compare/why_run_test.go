package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// TestWhyNamesPublicationGap checks, end to end, that the reason for an
// evolving toll says which report came first when both carry a time of day.
func TestWhyNamesPublicationGap(t *testing.T) {
	texts := map[string]string{
		"early.md": "---\ntitle: Barn fire\npublished: 2026-05-04T06:10:00Z\n---\n\nAt least 3 horses died when a barn burned near Ostley on Sunday.\n\nThe stable held 40 horses.\n",
		"late.md":  "---\ntitle: Barn fire toll rises\npublished: 2026-05-04T11:10:00Z\n---\n\n11 horses died when a barn burned near Ostley on Sunday.\n\nThe stable held 40 horses.\n",
	}
	var ds []*claims.Document
	for _, n := range []string{"early.md", "late.md"} {
		d, err := claims.Parse(n, []byte(texts[n]), claims.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, d)
	}
	res := compare.Run(ds, compare.Options{MinConfidence: compare.DefaultMinConfidence})
	for _, f := range res.Findings {
		if f.Verdict == compare.Discrepancy {
			if !strings.Contains(f.Why, "s1 published 5 hours before s2") || !strings.Contains(f.Why, "lower bound") {
				t.Errorf("why = %q, want the lower bound and the publication gap named", f.Why)
			}
			for _, r := range f.Reasons {
				if r == f.Why {
					t.Errorf("the internals repeat the one-sentence reason %q", r)
				}
			}
			return
		}
	}
	t.Fatalf("no discrepancy between the tolls; findings: %+v", res.Findings)
}
