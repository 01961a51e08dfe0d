package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []struct{ words, speaker string }
	}{
		{"said after", `"We will reopen the bridge next week," a council spokesperson said.`,
			[]struct{ words, speaker string }{{"We will reopen the bridge next week,", "council spokesperson"}}},
		{"verb first", `"The vote was fair," said Hoyle.`,
			[]struct{ words, speaker string }{{"The vote was fair,", "Hoyle"}}},
		{"colon before", `Mayor Jane Okafor said: "Nobody was hurt."`,
			[]struct{ words, speaker string }{{"Nobody was hurt.", "Jane Okafor"}}},
		{"pronoun resolved", "Sir Peter Blake welcomed the ruling.\n\n\"It is a good day,\" he said.",
			[]struct{ words, speaker string }{{"It is a good day,", "Peter Blake"}}},
		{"told", `"We were not consulted," Ann Lowe told the BBC.`,
			[]struct{ words, speaker string }{{"We were not consulted,", "Ann Lowe"}}},
		{"who clause", `"It was chaos," Tom Reid, who runs a bakery nearby, told reporters.`,
			[]struct{ words, speaker string }{{"It was chaos,", "Tom Reid"}}},
		{"according to", `The plan was "dead in the water", according to the union.`,
			[]struct{ words, speaker string }{{"dead in the water", "union"}}},
		{"letter", `"We cannot support this app," the letter said.`,
			[]struct{ words, speaker string }{{"We cannot support this app,", "letter"}}},
		{"british single marks", `A council spokesman said: 'Based on resident feedback, we are closing the pilot scheme early.'`,
			[]struct{ words, speaker string }{{"Based on resident feedback, we are closing the pilot scheme early.", "council spokesman"}}},
		{"apostrophes are not marks", `The children's ward, which opened in the '90s, won't close, officials said.`, nil},
		{"nested single in double", `"They called it 'a disgrace' in public," said Lee Chan.`,
			[]struct{ words, speaker string }{{"They called it 'a disgrace' in public,", "Lee Chan"}}},
		{"partial quote", `The minister called the claims "lies" on Tuesday.`,
			[]struct{ words, speaker string }{{"lies", ""}}},
		{"multi sentence", "\"The water rose fast. We had minutes to leave,\" said Maria Lopez.",
			[]struct{ words, speaker string }{{"The water rose fast. We had minutes to leave,", "Maria Lopez"}}},
		{"paragraph continuation", "\"We lost everything,\" said Omar Haddad. \"The house is gone.\n\n\"We will rebuild,\" he added.",
			[]struct{ words, speaker string }{{"We lost everything,", "Omar Haddad"}, {"The house is gone.", "Omar Haddad"}, {"We will rebuild,", "Omar Haddad"}}},
		{"reopened single marks", `A spokesman said: 'We tested the app for a week. 'It was a pilot.'`,
			[]struct{ words, speaker string }{{"We tested the app for a week.", "spokesman"}, {"It was a pilot.", "spokesman"}}},
		{"standalone continues speaker", "\"Tony is hard to hit,\" Emil Stone said.\n\"He is strong.\"",
			[]struct{ words, speaker string }{{"Tony is hard to hit,", "Emil Stone"}, {"He is strong.", "Emil Stone"}}},
		{"participle", `President Karl Moss condemned the attack, saying the country had "reached the edge".`,
			[]struct{ words, speaker string }{{"reached the edge", "Karl Moss"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotesOf(tt.text)
			if len(got) != len(tt.want) {
				for _, c := range got {
					t.Logf("got %q by %q", c.Text, c.Value.Speaker)
				}
				t.Fatalf("got %d quotes, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				c := got[i]
				if c.Kind != KindQuote || c.Value == nil || c.Value.Type != "quote" {
					t.Fatalf("quote %d: bad kind/value %+v", i, c)
				}
				if c.Value.Words != w.words || c.Text != w.words {
					t.Errorf("quote %d words = %q, want %q", i, c.Value.Words, w.words)
				}
				if c.Value.Speaker != w.speaker {
					t.Errorf("quote %d speaker = %q, want %q", i, c.Value.Speaker, w.speaker)
				}
				if !strings.Contains(tt.text, strings.Fields(w.words)[0]) || c.Start < 0 || c.End > len(tt.text) || c.Start >= c.End {
					t.Errorf("quote %d span [%d,%d) out of bounds", i, c.Start, c.End)
				}
			}
		})
	}
}

func TestQuoteSpanMultiSentence(t *testing.T) {
	text := "\"The water rose fast. We had minutes to leave,\" said Maria Lopez."
	got := quotesOf(text)
	if len(got) != 1 {
		t.Fatalf("got %d quotes", len(got))
	}
	c := got[0]
	if c.SentenceIndex != 0 || text[c.Start:c.End] != c.Text {
		t.Errorf("span %q, text %q, sentence %d", text[c.Start:c.End], c.Text, c.SentenceIndex)
	}
	if !strings.Contains(c.Sentence, "said Maria Lopez") {
		t.Errorf("sentence %q does not cover the closing sentence", c.Sentence)
	}
}

func TestCanonicalQuote(t *testing.T) {
	tests := []struct {
		in, canon string
		inserted  []string
		elided    bool
	}{
		{"Based on Member [of the Board] feedback, we are closing it,", "based on member feedback, we are closing it", []string{"of the Board"}, false},
		{"We heard shots\u2026 We hid.", "we heard shots ... we hid", nil, true},
		{"We heard shots [...] we hid", "we heard shots ... we hid", nil, true},
		{"the third time's the charm ,", "the third time's the charm", nil, false},
		{"It was \u2018essentially spyware\u2019!", "it was essentially spyware", nil, false},
		{"Yes; no: maybe", "yes, no, maybe", nil, false},
	}
	for _, tt := range tests {
		got := CanonicalQuote(tt.in)
		if got.Canonical != tt.canon || got.Elided != tt.elided || strings.Join(got.Inserted, "|") != strings.Join(tt.inserted, "|") {
			t.Errorf("CanonicalQuote(%q) = %+v, want %q %v %v", tt.in, got, tt.canon, tt.inserted, tt.elided)
		}
	}
}

func TestEntities(t *testing.T) {
	text := "Former minister Sir Iain Duncan Smith spoke in the UK Parliament on Monday.\n\n" +
		"Duncan Smith said the British Parliament had acted. Sir Iain later left.\n\n" +
		"Parliament closed its account. Police said nothing."
	doc, sents := lingDoc(text)
	es := FindEntities(doc, sents)
	want := map[int][]string{
		0: {"Iain Duncan Smith", "UK Parliament"},
		1: {"Iain Duncan Smith", "UK Parliament"},
		2: {"Iain Duncan Smith"},
		3: {"UK Parliament"},
		4: nil,
	}
	for i, w := range want {
		if got := es.In(i); strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("sentence %d (%q): entities %q, want %q", i, sents[i].Norm, got, w)
		}
	}
	if es.In(99) != nil || (*EntitySet)(nil).In(0) != nil {
		t.Error("unknown sentence should have no entities")
	}
}

func TestEntityKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sir Iain Duncan Smith", "iain duncan smith"},
		{"UK Parliament", "parliament"},
		{"British Parliament", "parliament"},
		{"the U.S. Senate", "senate"},
		{"Prime Minister Jane Doe", "jane doe"},
		{"Mr. O'Neill's", "o'neill"},
		{"Dr", "dr"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := EntityKey(tt.in); got != tt.want {
			t.Errorf("EntityKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameEntity(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sir Iain Duncan Smith", "Duncan Smith", true},
		{"Iain Duncan Smith", "Sir Iain", true},
		{"Lindsay Hoyle", "Hoyle", true},
		{"UK Parliament", "Parliament", true},
		{"Carolos Papoulias", "Karolos Papoulias", true},
		{"Somani", "Somali", false},
		{"Ali Somani", "Omar Somali", false},
		{"Ali Rahmani", "Ali Rahmany", true},
		{"Tom Smith", "Tim Jones", false},
		{"Maria Elena Ortiz", "Maria Ortiz", true},
		{"Maria Elena Ortiz", "Elena Ortiz", true},
		{"Maria Elena Ortiz", "Maria Garcia", false},
		{"Foreign Affairs Committee", "Committee", false},
		{"", "Smith", false},
	}
	for _, tt := range tests {
		if got := SameEntity(tt.a, tt.b); got != tt.want {
			t.Errorf("SameEntity(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFindRoles(t *testing.T) {
	tests := []struct{ text, person, role string }{
		{"The letter was signed by Tom Smith, chair of the Foreign Affairs committee, and others.", "Tom Smith", "chair of the foreign affairs committee"},
		{"It was backed by former Conservative leader Sir John Hale.", "John Hale", "former conservative leader"},
		{"The signatories included Sir John Hale, former Conservative party leader.", "John Hale", "former conservative party leader"},
		{"Foreign Secretary Jane Doe flew to Paris.", "Jane Doe", "foreign secretary"},
		{"The debate was chaired by BBC economics editor Sam Wells.", "Sam Wells", "bbc economics editor"},
		{"Acme's vice president for policy Theo Grant wrote to the panel.", "Theo Grant", "acme's vice president for policy"},
		{"The firm's lawyer, Ruth Adler, argued the case.", "Ruth Adler", "firm's lawyer"},
		{"Ruth Adler, 52, a retired judge, spoke first.", "Ruth Adler", "retired judge"},
	}
	for _, tt := range tests {
		got := rolesIn(tt.text)
		found := false
		for _, c := range got {
			if c.Kind == KindRole && c.Value.Person == tt.person && c.Value.Role == tt.role {
				found = true
			}
		}
		if !found {
			for _, c := range got {
				t.Logf("got %q = %q", c.Value.Person, c.Value.Role)
			}
			t.Errorf("%q: no role %q for %q", tt.text, tt.role, tt.person)
		}
	}
	if got := rolesIn("Nus Khan, thanked the speakers for acting, and left."); len(got) != 0 {
		t.Errorf("verb phrase read as a role: %+v", got[0].Value)
	}
}

func TestSameRole(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"former Conservative leader", "former Conservative party leader", true},
		{"chair of the Foreign Affairs select committee", "Foreign Affairs Committee chairman", true},
		{"the Commons Speaker", "Speaker of the House of Commons", true},
		{"former chancellor", "chancellor", false},
		{"foreign secretary", "home secretary", false},
		{"economics editor", "political editor", false},
		{"", "leader", false},
	}
	for _, tt := range tests {
		if got := SameRole(tt.a, tt.b); got != tt.want {
			t.Errorf("SameRole(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestReadPolarity(t *testing.T) {
	tests := []struct {
		in   string
		want Polarity
	}{
		{"The company has not confirmed the figure.", Polarity{Negated: true}},
		{"The firm denied it was controlled by the state.", Polarity{Negated: true, Attribution: "firm"}},
		{"He refused to comment.", Polarity{Negated: true}},
		{"The club will no longer use the app.", Polarity{Negated: true}},
		{"The gunman allegedly fired 20 shots.", Polarity{Hedged: true, Attribution: AttributionVague}},
		{"Three people are believed to have died.", Polarity{Hedged: true}},
		{"The bridge could collapse, experts say.", Polarity{Hedged: true, Attribution: AttributionVague}},
		{"Sources said the deal was close.", Polarity{Hedged: true, Attribution: AttributionVague}},
		{"Police said the man was arrested.", Polarity{Attribution: "police"}},
		{"The man was arrested on Friday, according to the Metropolitan Police.", Polarity{Attribution: "Metropolitan Police"}},
		{`"We closed it," a spokesperson said.`, Polarity{Attribution: "spokesperson"}},
		{"Mayor Ann Lowe said the roads were open.", Polarity{Attribution: "Ann Lowe"}},
		{"The United States imposed limits.", Polarity{}},
		{"The MPs raised alleged links to the state.", Polarity{Hedged: true}},
		{"Six people died in the fire.", Polarity{}},
	}
	for _, tt := range tests {
		if got := ReadPolarity(tt.in); got != tt.want {
			t.Errorf("ReadPolarity(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestFoundingExample checks quote extraction on the founding reports, when present.
func TestFoundingExample(t *testing.T) {
	seeds := filepath.Join("..", "..", "shared", "seeds")
	one, _ := filepath.Glob(filepath.Join(seeds, "001_*.txt"))
	zero, _ := filepath.Glob(filepath.Join(seeds, "000_*.txt"))
	if len(one) == 0 || len(zero) == 0 {
		t.Skip("founding example not present: ../shared/eval/cases is absent")
	}
	quotes := func(path string) []Claim {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := &Document{ID: "s", Raw: b, Body: string(b)}
		sents := Segment(doc)
		return FindQuotes(doc, sents, FindEntities(doc, sents))
	}
	// The quote with an editorial insertion: found with the insertion and an unnamed speaker.
	var bracketed *Claim
	q1 := quotes(one[0])
	for i := range q1 {
		if len(q1[i].Value.Inserted) == 1 {
			bracketed = &q1[i]
		}
	}
	if bracketed == nil {
		t.Fatal("no quote with an editorial insertion in 001")
	}
	if sp := bracketed.Value.Speaker; sp != "spokesperson" {
		t.Errorf("speaker = %q, want spokesperson", sp)
	}
	// The same words in single marks in 000 share a long canonical stretch with it.
	canon := bracketed.Value.Canonical
	best := 0
	for _, c := range quotes(zero[0]) {
		if n := commonPrefixWords(c.Value.Canonical, canon); n > best {
			best = n
		}
	}
	if best < 15 {
		t.Errorf("000 has no quote sharing 15 words with %q (best %d)", canon, best)
	}
}

// commonPrefixWords counts the words two canonical quotes share from their start.
func commonPrefixWords(a, b string) int {
	fa, fb := strings.Fields(a), strings.Fields(b)
	n := 0
	for n < len(fa) && n < len(fb) && fa[n] == fb[n] {
		n++
	}
	return n
}
