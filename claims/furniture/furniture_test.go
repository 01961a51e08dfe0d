package furniture

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// furnitureGold is the gold format of ../shared/eval, used by our own furniture fixtures.
type furnitureGold struct {
	Files []string `json:"files"`
	Items []struct {
		Evidence map[string]string `json:"evidence"`
	} `json:"items"`
	Noise []string `json:"noise"`
}

// loadFurnitureCase loads one fixture event of testdata/furniture and filters it.
func loadFurnitureCase(t *testing.T, dir string) (furnitureGold, []*claims.Document, [][]claims.Sentence) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g furnitureGold
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range g.Files {
		paths = append(paths, filepath.Join(dir, f))
	}
	docs, sents := loadSegmented(t, paths...)
	return g, docs, sents
}

// holding returns every sentence of a report whose text contains the folded needle.
func holding(sents []claims.Sentence, needle string) []claims.Sentence {
	n := claims.Fold(needle)
	var out []claims.Sentence
	for _, s := range sents {
		if strings.Contains(claims.Fold(s.Text), n) {
			out = append(out, s)
		}
	}
	return out
}

// TestFurnitureFixtures checks our invented pages: no kept sentence holds a piece of
// furniture listed as noise (or is a part of one), every sentence holding one is excluded
// with a class and a cue, and every evidence sentence is kept. Furniture that the HTML
// extraction already left out is not in any sentence, which is as good.
func TestFurnitureFixtures(t *testing.T) {
	dirs, _ := filepath.Glob("../../testdata/furniture/*")
	if len(dirs) < 2 {
		t.Fatalf("found %d furniture fixtures, want at least 2", len(dirs))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			g, _, sents := loadFurnitureCase(t, dir)
			for _, n := range g.Noise {
				fn := claims.Fold(n)
				for i := range sents {
					for _, s := range sents[i] {
						ft := claims.Fold(s.Text)
						part := len(strings.Fields(ft)) >= 3 && strings.Contains(fn, ft)
						if !strings.Contains(ft, fn) && !part {
							continue
						}
						if !s.Excluded || s.Class == "" || s.Cue == "" {
							t.Errorf("furniture %q kept in %q (class %q, cue %q)", n, s.Text, s.Class, s.Cue)
						}
					}
				}
			}
			for _, it := range g.Items {
				for idx, ev := range it.Evidence {
					i := int(idx[0] - '0')
					hs := holding(sents[i], ev)
					if len(hs) == 0 {
						t.Errorf("report %d: no sentence holds evidence %q", i, ev)
					}
					for _, s := range hs {
						if s.Excluded {
							t.Errorf("report %d: evidence %q excluded (%s)", i, ev, s.Reason)
						}
					}
				}
			}
		})
	}
}

// TestFurnitureClasses checks the class given to one line of each kind.
func TestFurnitureClasses(t *testing.T) {
	_, _, sents := loadFurnitureCase(t, "../../testdata/furniture/tarrow-footbridge")
	tests := []struct {
		report int
		needle string
		class  string
	}{
		{0, "Local News Rivers", ClassNav},
		{0, "Spectators watch as rescuers lift", ClassCaption},
		{0, "Divers searched the river until dusk", ClassCrosshead},
		{0, "Video shows the moment the span drops", ClassCaption},
		{0, "What comes next?", ClassCrosshead},
		{0, "Download our app", ClassPromo},
		{0, "Ferry timetable changes", ClassRelated},
		{0, "Please keep away from the area", ClassEmbed},
		{0, "Ramah kuda itu", ClassEmbed},
		{0, "This is a developing story", ClassEditorNote},
		{0, "Marta Okonjo is a reporter", ClassBio},
		{0, "You must sign in", ClassPromo},
		{0, "All rights reserved", ClassLegal},
		{1, "Posted at 4:12 PM", ClassDateline},
		{1, "By Priya Venn, Staff Writer", ClassDateline},
		{1, "on Saturday…", ClassStandfirst},
		{1, "Rescuers work beside the broken span", ClassCaption},
		{1, "Tarrow regatta organisers defend", ClassRelated},
		{2, "Photo: Ilse Marr/River News", ClassCaption},
		{2, "Crowd limits", ClassCrosshead},
	}
	for _, tt := range tests {
		hs := holding(sents[tt.report], tt.needle)
		if len(hs) == 0 {
			t.Errorf("report %d: no sentence holds %q", tt.report, tt.needle)
			continue
		}
		if got := hs[0].Class; got != tt.class {
			t.Errorf("report %d: %q class %q (cue %q), want %q", tt.report, tt.needle, got, hs[0].Cue, tt.class)
		}
	}
	// The repeated headline goes as a copy of the headline; the first line stays.
	copies := holding(sents[1], "Seven hurt as Tarrow bridge gives way")
	if len(copies) != 2 || copies[0].Excluded || !copies[1].Excluded || copies[1].Class != ClassHeadline {
		t.Errorf("headline and its copy: got %+v", copies)
	}
	// Both copies of a duplicated caption go.
	for _, s := range holding(sents[1], "Rescuers work beside the broken span") {
		if !s.Excluded {
			t.Errorf("a copy of the duplicated caption is kept: %q", s.Text)
		}
	}
}

// TestFurnitureKeepsArticle checks the keep cases: hard-wrapped prose, a casualty list, a
// results line, a one-line quote, a colon line before a quote, a page cut off mid-word.
func TestFurnitureKeepsArticle(t *testing.T) {
	_, _, sents := loadFurnitureCase(t, "../../testdata/furniture/tarrow-footbridge")
	for _, n := range []string{
		"metres into the water, throwing dozens of people into the river",
		"- Serious condition: two adults",
		"Lune Rowing Club 4:51",
		"“We heard it go.”",
		"allowed onto the bridge:",
		"It had a",
		"Fire crews rescued 14 people",
	} {
		hs := holding(sents[1], n)
		if len(hs) == 0 {
			t.Errorf("no sentence holds %q", n)
		}
		for _, s := range hs {
			if s.Excluded {
				t.Errorf("article text %q excluded (%s)", n, s.Reason)
			}
		}
	}
	// Article text after an embedded post's signature stays.
	if hs := holding(sents[0], "A second crane arrived at 6pm"); len(hs) != 1 || hs[0].Excluded {
		t.Errorf("text after an embedded post: %+v", hs)
	}
}

// TestLanguageWarning checks that a Spanish report is warned about, not thrown away.
func TestLanguageWarning(t *testing.T) {
	_, docs, sents := loadFurnitureCase(t, "../../testdata/furniture/lune-language")
	if docs[0].Language != "en" || docs[1].Language != "es" {
		t.Fatalf("languages %q, %q, want en, es", docs[0].Language, docs[1].Language)
	}
	all := slices.Concat(docs[0].Warnings, docs[1].Warnings)
	joined := strings.Join(all, "\n")
	if !strings.Contains(joined, "not English") || !strings.Contains(joined, "differ in language") {
		t.Errorf("warnings %q, want a not-English and a differ-in-language warning", all)
	}
	for _, s := range sents[1] {
		if s.Excluded {
			t.Errorf("Spanish sentence excluded: %q (%s)", s.Text, s.Reason)
		}
	}
	// One English report alone gets no warning.
	d, err := claims.Load("../../testdata/furniture/lune-language/wire-en.txt", claims.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d.ID = "s1"
	Filter([]*claims.Document{d}, [][]claims.Sentence{claims.Segment(d)})
	if len(d.Warnings) != 0 {
		t.Errorf("English report warned: %q", d.Warnings)
	}
}

func TestDatelineVerdicts(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Posted at 4:12 PM, May 9, 2026", true},
		{"Updated: 03/14/2026 07:51:21 AM PDT", true},
		{"Wednesday 3 June 2026", true},
		{"Last updated on: November 11, 2026 19:04 IST", true},
		{"and last updated 2026-05-09 19:40:02+01", true},
		{"Published:", true},
		{"May 9 was the wettest day of the year.", false},
		{"Seven people were hurt on May 9, 2026.", false},
		{"Updated rules take effect in June", false},
	}
	for _, tt := range tests {
		got := len(datelineVerdicts(tt.line, len(claims.Words(tt.line)))) > 0
		if got != tt.want {
			t.Errorf("datelineVerdicts(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCreditAndAddressCues(t *testing.T) {
	tests := []struct {
		line  string
		class string // "" means no cue of weight 1 or more
	}{
		{"A man crosses the square in the rain. (Photo: Jane Roe/Some Agency)", ClassCaption},
		{"Photo via Example Pictures", ClassCredit},
		{"( Jane Roe/EX )", ClassCredit},
		{"Jane Roe/Associated Press", ClassCredit},
		{"Example Media, Inc.", ClassCredit},
		{"A view of the harbour at dawn (File)", ClassCaption},
		{"The photo by a local man shows the bridge falling and has been seen a million times since it was posted on the night.", ""},
		{"Sign up for our morning briefing here", ClassPromo},
		{"Watch the full interview now", ClassPromo},
		{"“Get out of the water,” a steward shouted.", ""},
		{"Find the nearest shelter before midnight, police said.", ""},
		{"If you have a comment on this story, log in to your account", ClassPromo},
		{"Also read | Council approves new budget", ClassRelated},
		{"Reporters contributed to this report.", ClassEditorNote},
		{"© 2026 Example News", ClassLegal},
		{"We use cookies to personalise content", ClassLegal},
		{"Kraft also makes cookies and crackers at the plant.", ""},
	}
	for _, tt := range tests {
		words := len(claims.Words(tt.line))
		vs := slices.Concat(creditLineVerdicts(tt.line, words), addressVerdicts(tt.line, words), legalVerdicts(tt.line))
		v, ok := bestVerdict(vs)
		got := ""
		if ok {
			got = v.class
		}
		if got != tt.class {
			t.Errorf("%q: class %q (%v), want %q", tt.line, got, vs, tt.class)
		}
	}
}

func TestDataRowsAndFragments(t *testing.T) {
	rows := map[string]bool{
		"6-4 3-6 7-5 6-2":                          true,
		"- Count two: NOT GUILTY":                  true,
		"Results: Club A 4:51, Club B 4:58":        true,
		"1st-and-10 – pass incomplete":             true,
		"Council faces questions over inspections": false,
		"• Copy link":                              false,
	}
	for line, want := range rows {
		if got := isDataRow(line); got != want {
			t.Errorf("isDataRow(%q) = %v, want %v", line, got, want)
		}
	}
	frags := map[string]bool{
		"When she took office in 2017, she was the y": true,
		"The bridge was last repaired in 2019 and":    true,
		"Council faces questions over inspections":    false,
	}
	for line, want := range frags {
		if got := endsInFragment(line); got != want {
			t.Errorf("endsInFragment(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestSceneDescription(t *testing.T) {
	tests := map[string]bool{
		"An old fisherman mends his nets on the quay at Tarrow on May 9, 2026.":   true,
		"Lionel Acre gives a speech outside the town hall in March 2026.":         true,
		"The mayor is shown speaking at a meeting in Tarrow on May 3, 2026.":      true,
		"Rescue teams working long shifts cleared the site on May 9, 2026.":       false,
		"The agency puts the damage at 2 million on May 9, 2026, officials said.": false,
		"TARROW — Crews reach the bridge on May 9, 2026.":                         false,
		"Council workers inspect the bridge every spring.":                        false,
	}
	for line, want := range tests {
		if got := isSceneDescription(line); got != want {
			t.Errorf("isSceneDescription(%q) = %v, want %v", line, got, want)
		}
	}
}
