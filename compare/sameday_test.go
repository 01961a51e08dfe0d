package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestSameCalendarDay checks that dates written differently name one day, and
// that a month, a year or another day does not.
func TestSameCalendarDay(t *testing.T) {
	rel := func(s string) *claims.Value { return &claims.Value{Type: "date", Relative: s, Grain: "day"} }
	at := func(start, grain string) *claims.Value {
		return &claims.Value{Type: "date", Start: start, Grain: grain}
	}
	for _, c := range []struct {
		name string
		a, b *claims.Value
		want bool
	}{
		{"abbreviated and day-first", rel("feb. 7"), rel("7 february"), true},
		{"resolved and unresolved", at("2023-02-07T00:00:00Z", "day"), rel("february 7"), true},
		{"other day", rel("february 7"), rel("february 10"), false},
		{"month only", at("2023-02-01T00:00:00Z", "month"), rel("february 1"), false},
		{"weekdays", rel("tuesday"), rel("tuesday"), false},
	} {
		if got := sameCalendarDay(c.a, c.b); got != c.want {
			t.Errorf("%s: sameCalendarDay = %v, want %v", c.name, got, c.want)
		}
		if got := sameFigure(c.a, c.b) > 0; got != c.want {
			t.Errorf("%s: sameFigure rewards = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestEqualValueReadsWords checks that dates, times and scorelines, whose
// figures are not in Min and Max, are equal only when they say the same.
func TestEqualValueReadsWords(t *testing.T) {
	d := func(s string) *claims.Value { return &claims.Value{Type: "date", Start: s, Grain: "day"} }
	line := func(w string) *claims.Value {
		return &claims.Value{Type: "tally", Of: "scoreline", Words: w, For: claims.F(2), Against: claims.F(1)}
	}
	if equalValue(d("2023-02-07T00:00:00Z"), d("2023-02-08T00:00:00Z")) {
		t.Error("two days are equal")
	}
	if !equalValue(d("2023-02-07T00:00:00Z"), d("2023-02-07T00:00:00Z")) {
		t.Error("one day is not equal to itself")
	}
	if equalValue(line("6-4 3-6 7-5"), line("6-4 3-6 7-6(5)")) {
		t.Error("two scorelines are equal")
	}
	if equalValue(&claims.Value{Type: "date", Relative: "tuesday"}, &claims.Value{Type: "date", Relative: "friday"}) {
		t.Error("two weekdays are equal")
	}
}
