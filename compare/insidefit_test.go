package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestInsideRespelt(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Abernathy", "Abernahty", true},   // two neighbouring letters swapped
		{"Quillon", "Quilon", true},        // one letter dropped
		{"Abernathy", "Abernethey", false}, // two edits: alignNameVariants' business, with more evidence
		{"Quillon", "Guillon", false},      // another first letter
		{"Court", "Count", false},          // dictionary words
		{"Keepers", "Keeper", false},       // a plural
		{"Quillon", "Quillon", false},
	}
	for _, tc := range tests {
		if got := insideRespelt(tc.a, tc.b); got != tc.want {
			t.Errorf("insideRespelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestDateHead(t *testing.T) {
	tests := []struct {
		sentence, text, want string
	}{
		{"The board had a Friday deadline to approve it.", "Friday", "deadline"},
		{"It aired on the March 5 broadcast.", "March 5", "broadcast"},
		{"Crews on Sunday spent a fifth day searching.", "Sunday", ""}, // after a preposition: when it happened
		{"The board approved it late on Thursday.", "Thursday", ""},
		{"In 2008, Klein stopped Tamm in the 11th round.", "2008", ""},
		{"It was first lit in 1884 and automated later.", "1884", ""},
		{"Monday marked the fifth straight day of the search.", "Monday", ""}, // the sentence's subject
	}
	for _, tc := range tests {
		c := &claims.Claim{Text: tc.text, Sentence: tc.sentence}
		if got := dateHead(c); got != tc.want {
			t.Errorf("dateHead(%q in %q) = %q, want %q", tc.text, tc.sentence, got, tc.want)
		}
	}
}

func TestSameDateFrame(t *testing.T) {
	day := func(text, sentence string) *claims.Claim {
		return &claims.Claim{Text: text, Sentence: sentence, Value: &claims.Value{Type: "date", Grain: "day", Start: "2014-03-02T00:00:00Z"}}
	}
	tests := []struct {
		a, b *claims.Claim
		want bool
	}{
		{day("March 2", "The awards will be broadcast live on Sunday, March 2."), day("March 5", "She will host the March 5 broadcast."), true},
		{day("Friday", "The board had a Friday deadline to approve the deal."), day("Thursday", "The board approved the deal late on Thursday."), false},
		{day("Monday", "Officials said Monday the toll had risen."), day("Sunday", "The toll rose on Sunday."), false}, // the day of a statement
	}
	for _, tc := range tests {
		if got := sameDateFrame(tc.a, tc.b); got != tc.want {
			t.Errorf("sameDateFrame(%q, %q) = %v, want %v", tc.a.Sentence, tc.b.Sentence, got, tc.want)
		}
	}
}

func TestInsideSameNoun(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"killed", "dead", true},
		{"injured", "hurt", true},
		{"people", "injured", true},
		{"keepers", "keeper", true},
		{"shot", "injured", false}, // "shot three" counts the dead and the hurt
		{"kids", "killed", false},  // a subgroup against everyone killed
		{"men", "cars", false},
		{"floors", "storeys", true}, // WordNet relatives that are things, not fates
	}
	for _, tc := range tests {
		if got := insideSameNoun(tc.a, tc.b); got != tc.want {
			t.Errorf("insideSameNoun(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNounInFrame(t *testing.T) {
	tests := []struct {
		of   string
		slot []string
		want bool
	}{
		{"counts", []string{"charge", "count", "murder"}, true},
		{"murder", []string{"charge", "count", "murder"}, true},
		{"killed", []string{"kid", "kill", "school"}, false}, // a fate, not a counted noun
		{"shot", []string{"shot", "office"}, false},
		{"cars", []string{"man", "drive", "window"}, false},
	}
	for _, tc := range tests {
		if got := nounInFrame(tc.of, tc.slot); got != tc.want {
			t.Errorf("nounInFrame(%q, %v) = %v, want %v", tc.of, tc.slot, got, tc.want)
		}
	}
}

func TestInsideNameConflicts(t *testing.T) {
	unitOf := func(src int, s string) *unit { return &unit{src: src, stmt: &claims.Claim{Sentence: s}} }
	all := func(a, b *unit, swap bool) bool { return true }
	anyWord := func(u *unit, w string) bool { return true }
	tests := []struct {
		name string
		a, b string
		keep func(u *unit, w string) bool
		want string // "x/y" of the one conflict, or "" for none
	}{
		{"one slip in a matched sentence", "Senior keeper Wendell Abernathy said the lamp room flooded.",
			"The lamp room flooded, senior keeper Wendell Abernahty said.", anyWord, "Abernahty/Abernathy"},
		{"both spellings in one sentence are two people", "John Jnekin, 23, was arrested where Katie Jenkin was found.",
			"John Jenkin, 23, was remanded.", anyWord, ""},
		{"kept to the name beside the age, the kinswoman is left out", "John Jnekin, 23, was arrested where Katie Jenkin was found.",
			"John Jenkin, 23, was remanded.", func(u *unit, w string) bool { return w == "John" || w == "Jnekin" || u.src == 1 }, "Jenkin/Jnekin"},
		{"another first name", "Deckhand Jane Smyth said the lamp room flooded.",
			"The lamp room flooded, deckhand John Smith said.", anyWord, ""},
		{"after an article", "The Arder also announced the election date.",
			"Ardern also announced the election date.", anyWord, ""},
	}
	for _, tc := range tests {
		ns := insideNameConflicts([]*unit{unitOf(0, tc.a), unitOf(1, tc.b)}, all, tc.keep)
		got := ""
		if len(ns) == 1 {
			got = ns[0].x + "/" + ns[0].y
		} else if len(ns) > 1 {
			got = "several"
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestOthersNoun(t *testing.T) {
	num := func(text, of string) *claims.Claim {
		return &claims.Claim{Text: text, Value: &claims.Value{Type: "number", Of: of}}
	}
	nineteen, two := num("Nineteen", "students"), num("two", "teachers")
	u := &unit{typed: []*claims.Claim{nineteen, two}}
	if !othersNoun(insideSlot{nineteen, u}, "teachers") {
		t.Error(`"teachers" is what two counts, not nineteen's frame word`)
	}
	if othersNoun(insideSlot{two, u}, "teachers") {
		t.Error("a figure's own noun is not another's")
	}
	if othersNoun(insideSlot{nineteen, u}, "murder") {
		t.Error(`"murder" is no figure's noun here`)
	}
}

func TestCountLike(t *testing.T) {
	date := func(grain, start string) *claims.Claim {
		return &claims.Claim{Value: &claims.Value{Type: "date", Grain: grain, Start: start}}
	}
	// "Oscar Sunday, March 2, 2014": a weekday and a calendar date of one day.
	u := &unit{typed: []*claims.Claim{date("day", ""), date("day", "2014-03-02T00:00:00Z"), date("year", "2013-01-01T00:00:00Z")}}
	if n := countLike(u, &claims.Value{Type: "date", Grain: "day", Start: "2014-03-05T00:00:00Z"}); n != 1 {
		t.Errorf("calendar days = %d, want 1 (the weekday and the year are named another way)", n)
	}
	if n := countLike(u, &claims.Value{Type: "date", Grain: "day"}); n != 1 {
		t.Errorf("weekdays = %d, want 1", n)
	}
	if n := countLike(&unit{typed: []*claims.Claim{{Value: &claims.Value{Type: "number"}}, {Value: &claims.Value{Type: "number"}}}}, &claims.Value{Type: "number"}); n != 2 {
		t.Errorf("numbers = %d, want 2", n)
	}
}

// insideModel analyses two one-sentence reports and returns the model and
// their sentence units.
func insideModel(t *testing.T, a, b string) (*model, []*unit) {
	t.Helper()
	var docs []*claims.Document
	for i, s := range []string{a, b} {
		d, err := claims.Parse([]string{"a.txt", "b.txt"}[i], []byte(s), claims.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	m := buildModel(Analyze(docs, Options{}))
	var us []*unit
	for _, r := range m.units {
		if len(r) != 1 {
			t.Fatalf("want one sentence per report, got %d", len(r))
		}
		us = append(us, r[0])
	}
	return m, us
}

func TestInsideValueConflicts(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       int // conflicting facts
	}{
		{"one figure changed among agreeing ones",
			"The Varne ferry fire left 24 people dead and 249 people injured, the agency said.",
			"The Varne ferry fire left 24 people dead and 535 people injured, the agency said.", 1},
		{"every figure differs: another update",
			"The Varne ferry fire left 24 people dead and 249 people injured, the agency said.",
			"The Varne ferry fire left 12 people dead and 70 people injured, the agency said.", 0},
		{"all figures agree",
			"The Varne ferry fire left 24 people dead and 249 people injured, the agency said.",
			"The Varne ferry fire left twenty-four people dead and 249 people injured, the agency said.", 0},
	}
	for _, tc := range tests {
		m, us := insideModel(t, tc.a, tc.b)
		if got := len(m.insideValueConflicts(us, 0, Options{})); got != tc.want {
			t.Errorf("%s: %d conflicts, want %d", tc.name, got, tc.want)
		}
	}
}
