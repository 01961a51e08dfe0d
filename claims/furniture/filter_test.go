package furniture

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/internal/textcue"
)

// sharedDir is the read-only evaluation data next to the repository.
const sharedDir = "../../../shared"

// loadSegmented loads files, segments them and runs Filter over all of them together.
func loadSegmented(t testing.TB, paths ...string) ([]*claims.Document, [][]claims.Sentence) {
	t.Helper()
	var docs []*claims.Document
	var sents [][]claims.Sentence
	for i, p := range paths {
		d, err := claims.Load(p, claims.LoadOptions{})
		if err != nil {
			t.Fatalf("claims.Load(%s): %v", p, err)
		}
		d.ID = "s" + string(rune('1'+i))
		docs = append(docs, d)
		sents = append(sents, claims.Segment(d))
	}
	Filter(docs, sents)
	return docs, sents
}

// sentenceHolding returns the sentence whose text contains the folded needle.
func sentenceHolding(sents []claims.Sentence, needle string) (claims.Sentence, bool) {
	n := claims.Fold(needle)
	for _, s := range sents {
		if strings.Contains(claims.Fold(s.Text), n) {
			return s, true
		}
	}
	return claims.Sentence{}, false
}

func TestFilterFixtures(t *testing.T) {
	tests := []struct {
		file     string
		kept     []string
		excluded []string
	}{
		{
			file: "../testdata/input/directory_tail.txt",
			kept: []string{"Hospital Opens New Night Clinic", "opened a night clinic on Monday",
				"between 8 p.m. and 6 a.m.", "hired 15 new nurses"},
			excluded: []string{"Valley Radio:", "More Stories You May Like", "Ravenmoor Council Votes On Parking Fees",
				"Directory of Partners", "Bellwether Medical supplies beds", "Quillon Staffing places agency nurses",
				"Trusted by over 200 sites"},
		},
		{
			file: "../testdata/input/article.html",
			kept: []string{"Harbour bridge closed after cracks found", "About 18,000 vehicles cross the bridge",
				"Safety has to come first", "every 20 minutes from Monday"},
		},
		{
			file: "../testdata/input/nav_tail.txt",
			kept: []string{"Water main burst floods high street", "Repairs are expected to take two days",
				"The company said it would compensate"},
			excluded: []string{"Previous article", "Next article", "Image: Water main burst floods high street shops",
				"Sign up for our daily newsletter", "We use cookies"},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			_, sents := loadSegmented(t, tt.file)
			for _, k := range tt.kept {
				s, ok := sentenceHolding(sents[0], k)
				if !ok {
					t.Errorf("no sentence holds %q", k)
				} else if s.Excluded {
					t.Errorf("%q excluded (%s), want kept", k, s.Reason)
				}
			}
			for _, x := range tt.excluded {
				s, ok := sentenceHolding(sents[0], x)
				if !ok {
					t.Errorf("no sentence holds %q", x)
				} else if !s.Excluded {
					t.Errorf("%q kept, want excluded", x)
				} else if s.Reason == "" {
					t.Errorf("%q excluded without a reason", x)
				}
			}
		})
	}
}

// TestFilterRealReportsKeepText runs Filter on clean news texts: nearly no prose may go.
// Their datelines ("Posted: ...") and crossheads are page furniture and may go; a prose
// sentence is one of six words or more that ends with a full stop.
func TestFilterRealReportsKeepText(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(sharedDir, "eval/real/*"))
	if len(dirs) == 0 {
		t.Skip("no real evaluation texts: ../shared/eval/real is absent")
	}
	var total, excluded, prose, proseExcluded int
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(files) == 0 {
			continue
		}
		_, sents := loadSegmented(t, files...)
		for i, ss := range sents {
			for _, s := range ss {
				total++
				isProse := len(claims.Words(s.Text)) >= 6 && textcue.EndsSentence(s.Text)
				if isProse {
					prose++
				}
				if s.Excluded {
					excluded++
					t.Logf("%s: excluded %q (%s)", files[i], s.Text, s.Reason)
					if isProse {
						proseExcluded++
					}
				}
			}
		}
	}
	t.Logf("excluded %d of %d sentences, %d of %d prose sentences", excluded, total, proseExcluded, prose)
	if prose == 0 {
		t.Fatal("no prose sentences")
	}
	if float64(proseExcluded) > 0.01*float64(prose) {
		t.Errorf("excluded %d of %d prose sentences (%.1f%%), want at most 1%%", proseExcluded, prose, 100*float64(proseExcluded)/float64(prose))
	}
	if float64(excluded) > 0.08*float64(total) {
		t.Errorf("excluded %d of %d sentences (%.1f%%), want at most 8%%", excluded, total, 100*float64(excluded)/float64(total))
	}
}

// TestFilterSeedNoise checks the founding example: its tail is boilerplate, its body is not.
func TestFilterSeedNoise(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedDir, "eval/cases/tiktok-parliament/gold.json"))
	if err != nil {
		t.Skip("no founding example: ../shared/eval/cases is absent")
	}
	var gold struct {
		Files []string `json:"files"`
		Items []struct {
			Evidence map[string]string `json:"evidence"`
		} `json:"items"`
		Noise []string `json:"noise"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	caseDir := filepath.Join(sharedDir, "eval/cases/tiktok-parliament")
	var paths []string
	for _, f := range gold.Files {
		paths = append(paths, filepath.Join(caseDir, f))
	}
	_, sents := loadSegmented(t, paths...)
	for _, n := range gold.Noise {
		s, ok := sentenceHolding(sents[0], n)
		if !ok {
			t.Errorf("noise %q not found", n)
		} else if !s.Excluded {
			t.Errorf("noise %q kept", n)
		}
	}
	for _, it := range gold.Items {
		ev, ok := it.Evidence["0"]
		if !ok {
			continue
		}
		s, ok := sentenceHolding(sents[0], ev)
		if !ok {
			t.Errorf("evidence %q not within one sentence", ev)
		} else if s.Excluded {
			t.Errorf("evidence %q excluded (%s)", ev, s.Reason)
		}
	}
	// The headline and every sentence before the source list are article body.
	for _, s := range sents[0] {
		if s.Excluded && strings.Count(s.Text, ":") < 2 && s.Line < 30 {
			t.Errorf("article sentence excluded: %q (%s)", s.Text, s.Reason)
		}
	}
	// The second report only loses its repeated caption.
	for i, s := range sents[1] {
		if !s.Excluded {
			continue
		}
		repeat := false
		for _, prev := range sents[1][:i] {
			repeat = repeat || (!prev.Excluded && claims.Fold(prev.Text) == claims.Fold(s.Text))
		}
		if !repeat && len(strings.Fields(s.Text)) > 2 {
			t.Errorf("second report: %q excluded (%s)", s.Text, s.Reason)
		}
	}
	for _, it := range gold.Items {
		if ev, ok := it.Evidence["1"]; ok {
			if s, ok := sentenceHolding(sents[1], ev); !ok || s.Excluded {
				t.Errorf("second report evidence %q missing or excluded", ev)
			}
		}
	}
}
