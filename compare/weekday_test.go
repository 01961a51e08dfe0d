package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// A day resolved from a publication date and a weekday kept as written (a
// report without a date) are set against each other by the weekday they name.
func TestWeekdayClash(t *testing.T) {
	day := func(start, end string) *claims.Value {
		return &claims.Value{Type: "date", Start: start, End: end, Grain: "day"}
	}
	rel := func(s string) *claims.Value { return &claims.Value{Type: "date", Relative: s, Grain: "day"} }
	thursday := day("2013-06-06T00:00:00Z", "2013-06-07T00:00:00Z")
	cases := []struct {
		name       string
		a, b       *claims.Value
		comparable bool
		agree      bool
	}{
		{"resolved Thursday, written Wednesday", thursday, rel("wednesday"), true, false},
		{"written Wednesday, resolved Thursday", rel("wednesday"), thursday, true, false},
		{"resolved Thursday, written Thursday: maybe another week, not compared", thursday, rel("thursday"), false, true},
		{"written early Thursday", thursday, rel("early thursday"), false, true},
		{"a span of days names no weekday", day("2013-06-03T00:00:00Z", "2013-06-10T00:00:00Z"), rel("wednesday"), false, true},
		{"a month", &claims.Value{Type: "date", Start: "2013-06-01T00:00:00Z", End: "2013-07-01T00:00:00Z", Grain: "month"}, rel("wednesday"), false, true},
		{"no weekday written", thursday, rel("last week"), false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := comparable(c.a, c.b); got != c.comparable {
				t.Errorf("comparable = %v, want %v", got, c.comparable)
			}
			if agree, _ := dateRule(c.a, c.b); agree != c.agree {
				t.Errorf("dateRule agree = %v, want %v", agree, c.agree)
			}
		})
	}
}

// Two dates are set against each other as written when both are resolved or
// both kept as written, when both name a weekday, or when both name their month.
func TestNamedAlike(t *testing.T) {
	claim := func(text string, resolved bool) *claims.Claim {
		v := &claims.Value{Type: "date", Grain: "day", Relative: text}
		if resolved {
			v = &claims.Value{Type: "date", Grain: "day", Start: "2013-06-06T00:00:00Z", End: "2013-06-07T00:00:00Z"}
		}
		return &claims.Claim{Text: text, Value: v}
	}
	cases := []struct {
		name string
		a, b *claims.Claim
		want bool
	}{
		{"both resolved", claim("12 November", true), claim("on Thursday", true), true},
		{"both as written", claim("12 november", false), claim("thursday", false), true},
		{"weekday resolved, weekday written", claim("on Thursday", true), claim("wednesday", false), true},
		{"calendar date resolved, weekday written", claim("6 June", true), claim("wednesday", false), false},
		{"both name their month", claim("Thursday, June 6, 2013", true), claim("june 9", false), true},
		{"a month cut short", claim("Jun. 6, 2013", true), claim("9 sept.", false), true},
		{"weekday resolved, day of a month written", claim("on Thursday", true), claim("june 9", false), false},
	}
	for _, c := range cases {
		if got := namedAlike(c.a, c.b); got != c.want {
			t.Errorf("%s: namedAlike = %v, want %v", c.name, got, c.want)
		}
	}
}
