package claims

import "testing"

// TestHeadlineRound checks that only a headline's bare round count of a hundred
// or more is marked Round.
func TestHeadlineRound(t *testing.T) {
	for _, c := range []struct {
		name    string
		heading bool
		kind    Kind
		v       Value
		want    bool
	}{
		{"headline 400", true, KindNumber, Value{Type: "number", Min: F(400), Max: F(400), Bound: "exact"}, true},
		{"headline 2,000", true, KindNumber, Value{Type: "number", Min: F(2000), Max: F(2000), Bound: "exact"}, true},
		{"headline 410", true, KindNumber, Value{Type: "number", Min: F(410), Max: F(410), Bound: "exact"}, true},
		{"headline 189", true, KindNumber, Value{Type: "number", Min: F(189), Max: F(189), Bound: "exact"}, false},
		{"headline 40", true, KindNumber, Value{Type: "number", Min: F(40), Max: F(40), Bound: "exact"}, false},
		{"body 400", false, KindNumber, Value{Type: "number", Min: F(400), Max: F(400), Bound: "exact"}, false},
		{"headline at least 400", true, KindNumber, Value{Type: "number", Min: F(400), Bound: "at-least"}, false},
		{"headline money", true, KindMoney, Value{Type: "money", Min: F(400), Max: F(400), Bound: "exact"}, false},
	} {
		s := Sentence{Heading: c.heading}
		v := c.v
		headlineRound(&s, c.kind, &v)
		if v.Round != c.want {
			t.Errorf("%s: Round = %v, want %v", c.name, v.Round, c.want)
		}
	}
}
