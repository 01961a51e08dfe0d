package compare_test

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// TestUniqueClause checks that a sentence matched in part yields, as its
// unique detail, the clause that carries the new words, with that clause's
// own span in the file, while the claim keeps its whole sentence.
func TestUniqueClause(t *testing.T) {
	r1 := "Grain barge grounds near Linmouth\n\nA grain barge ran aground near Linmouth lock on Sunday evening, blocking the canal towpath and stranding forty walkers overnight. Engineers refloated the barge at dawn on Monday.\n"
	r2 := "Barge aground at Linmouth\n\nA grain barge ran aground near Linmouth lock on Sunday evening. Engineers refloated the barge at dawn on Monday.\n"
	ds := docs(t, r1, r2)
	res := compare.Run(ds, compare.Options{MinConfidence: compare.DefaultMinConfidence})
	var got *compare.Finding
	for i, f := range res.Findings {
		if f.Verdict == compare.Unique && len(f.Claims) > 0 && strings.Contains(f.Claims[0].Sentence, "stranding") {
			got = &res.Findings[i]
		}
	}
	if got == nil {
		t.Fatalf("no unique detail for the sentence matched in part; findings: %+v", res.Findings)
	}
	c := got.Claims[0]
	newWords := strings.Contains(c.Text, "towpath") || strings.Contains(c.Text, "stranding")
	if c.Text == c.Sentence || !newWords || strings.Contains(c.Text, "ran aground") {
		t.Errorf("unique detail text = %q, want the clause with the new words, not the sentence %q", c.Text, c.Sentence)
	}
	if raw := r1[c.Start:c.End]; raw != c.Text {
		t.Errorf("span [%d, %d) holds %q, want the claim's text %q", c.Start, c.End, raw, c.Text)
	}
	if !strings.Contains(got.Summary, c.Text) || !strings.HasPrefix(got.Why, "only s1 adds this") {
		t.Errorf("summary %q / why %q do not name the new clause", got.Summary, got.Why)
	}
	for _, cl := range got.Claims[1:] {
		for _, f := range res.Findings {
			if f.Verdict == compare.Unique {
				continue
			}
			for _, o := range f.Claims {
				if o.ID == cl.ID {
					t.Errorf("unique detail repeats claim %s (%q), already in %s", cl.ID, cl.Text, f.ID)
				}
			}
		}
	}
}
