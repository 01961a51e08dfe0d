package claims

import (
	"reflect"
	"strings"
	"testing"
)

// segmentText segments a plain text and returns the sentence texts.
func segmentText(t testing.TB, text string) []Sentence {
	t.Helper()
	doc, err := Parse("t.txt", []byte(text), LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return Segment(doc)
}

// texts lists the sentence texts.
func texts(sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.Text
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"titles", "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.",
			[]string{"Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."}},
		{"street", "He lives at 10 Downing St. in London. It is old.",
			[]string{"He lives at 10 Downing St. in London.", "It is old."}},
		{"month number time", "The meeting was on Jan. 5 at No. 10 at 3 p.m. and lasted long. Then it ended.",
			[]string{"The meeting was on Jan. 5 at No. 10 at 3 p.m. and lasted long.", "Then it ended."}},
		{"short summer months", "The vote is on Jul. 14 and results on Jun. 2 in the city. Then it ended.",
			[]string{"The vote is on Jul. 14 and results on Jun. 2 in the city.", "Then it ended."}},
		{"decimal", "Prices rose 3.5 per cent. Analysts were surprised.",
			[]string{"Prices rose 3.5 per cent.", "Analysts were surprised."}},
		{"initials", "J. R. R. Tolkien wrote books. He died in 1973.",
			[]string{"J. R. R. Tolkien wrote books.", "He died in 1973."}},
		{"quote closes after stop", `He said: "It is over." Next, they left.`,
			[]string{`He said: "It is over."`, "Next, they left."}},
		{"curly quote", "“We will win,” he said. “Next time.” She left.",
			[]string{"“We will win,” he said.", "“Next time.”", "She left."}},
		{"rare title", "Gen. Smith and Sen. Jones agreed. Rep. Brown did not.",
			[]string{"Gen. Smith and Sen. Jones agreed.", "Rep. Brown did not."}},
		{"headline has no stop", "Storm hits coast\nThe storm hit the coast on Monday. Two died.",
			[]string{"Storm hits coast", "The storm hit the coast on Monday.", "Two died."}},
		{"one sentence per line", "First line without stop\nSecond line also\nThird.",
			[]string{"First line without stop", "Second line also", "Third."}},
		{"lower-case continuation joins", "The council said the road\nwould reopen on Friday.",
			[]string{"The council said the road\nwould reopen on Friday."}},
		{"zone after meridiem", "The verdict came at 11:30 p.m. ET on Friday. Crews stayed.",
			[]string{"The verdict came at 11:30 p.m. ET on Friday.", "Crews stayed."}},
		{"non-breaking space after stop", "It ended.\u00a0 Then it began.",
			[]string{"It ended.", "Then it began."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(segmentText(t, tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSegmentHeadingsAndParagraphs(t *testing.T) {
	in := "Storm Hits Coast\nAugust 2, 2013\n\nThe storm hit. Two died.\n\nRescue efforts\n\nCrews worked all night.\n"
	sents := segmentText(t, in)
	type row struct {
		text    string
		para    int
		heading bool
		line    int
	}
	var got []row
	for _, s := range sents {
		got = append(got, row{s.Text, s.Para, s.Heading, s.Line})
	}
	want := []row{
		{"Storm Hits Coast", 0, true, 1},
		{"August 2, 2013", 1, false, 2},
		{"The storm hit.", 2, false, 4},
		{"Two died.", 2, false, 4},
		{"Rescue efforts", 3, true, 6},
		{"Crews worked all night.", 4, false, 8},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestSegmentHardWrapped(t *testing.T) {
	in := strings.Join([]string{
		"The regional council voted on Tuesday to close the old swimming pool",
		"at the end of the month, saying repairs would cost more than a new one.",
		"Residents had collected 4,000 signatures against the closure, and some",
		"Members of the council said they would appeal against the decision.",
	}, "\n")
	got := texts(segmentText(t, in))
	if len(got) != 2 || !strings.HasSuffix(got[0], "new one.") || !strings.Contains(got[1], "some\nMembers") {
		t.Errorf("got %q", got)
	}
}

func TestSegmentCapsLength(t *testing.T) {
	in := strings.Repeat("word ", 3000) + "end."
	for _, s := range segmentText(t, in) {
		if len(s.Text) > maxSentenceBytes {
			t.Fatalf("sentence of %d bytes", len(s.Text))
		}
	}
	noSpace := strings.Repeat("é", 5000)
	sents := segmentText(t, noSpace)
	if strings.Join(texts(sents), "") != noSpace {
		t.Error("long word not covered exactly by its pieces")
	}
}
