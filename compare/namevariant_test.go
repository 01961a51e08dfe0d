package compare

import "testing"

func TestRespelt(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Thompson", "Thmopson", true}, // two letters swapped
		{"Brannock", "Brannok", true},
		{"Novak", "Nowak", true},
		{"Musk", "Muks", true},
		{"Smith", "Smyth", true},
		{"Johnson", "Johnston", true},
		{"Khan", "Kahn", true},
		{"Smith", "Jones", false},
		{"Ramos", "Lamos", false}, // another first letter
		{"Parliament", "Parliament", false},
		{"Lee", "Lea", true},
	}
	for _, tc := range tests {
		if got := respelt(tc.a, tc.b); got != tc.want {
			t.Errorf("respelt(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNameWords(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"Cox Imogen J. Farrant steered the boat.", []string{"Imogen", "Farrant"}},
		{"It was Parliament.'", []string{"Parliament"}},
		{"Brannok's barge hit the NATO buoy.", []string{"Brannok"}},
		{"The 36-year-old champion Kltischko won.", []string{"Kltischko"}},
	}
	for _, tc := range tests {
		got := nameWords(tc.s)
		var ws []string
		for _, w := range got {
			if w.word != "Cox" && w.word != "The" && w.word != "It" {
				ws = append(ws, w.word)
			}
		}
		if len(ws) != len(tc.want) {
			t.Errorf("nameWords(%q) = %v, want %v", tc.s, ws, tc.want)
			continue
		}
		for i := range ws {
			if ws[i] != tc.want[i] {
				t.Errorf("nameWords(%q) = %v, want %v", tc.s, ws, tc.want)
			}
		}
	}
}

func TestSameContext(t *testing.T) {
	word := func(s, w string) nameWord {
		for _, x := range nameWords(s) {
			if x.word == w {
				return x
			}
		}
		t.Fatalf("no %q in %q", w, s)
		return nameWord{}
	}
	a := word("Brannok said she moors the barge.", "Brannok")
	b := word("Later Brannock said the hull was sound.", "Brannock")
	if !sameContext(a, b) {
		t.Errorf("%+v and %+v share 'said'", a, b)
	}
	e := word("Brannok, 41, moors the barge at night.", "Brannok")
	f := word("Police said Brannock, 41, was asleep.", "Brannock")
	if !sameContext(e, f) {
		t.Errorf("%+v and %+v share the age in apposition", e, f)
	}
	g := word("Brannok, 41, moors the barge at night.", "Brannok")
	h := word("Police said Brannock, 39, was asleep.", "Brannock")
	if sameContext(g, h) {
		t.Errorf("%+v and %+v share no context word", g, h)
	}
	c := word("The first chants of Klistchko rang out.", "Klistchko")
	d := word("In 2008 Klitschko stopped the American.", "Klitschko")
	if sameContext(c, d) {
		t.Errorf("%+v and %+v share no context word", c, d)
	}
}
