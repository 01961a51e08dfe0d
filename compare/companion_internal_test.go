package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// Which shared figures tie two sentences to one fact: particular sums and
// counts of one thing do; a year, a small bare count, a span between two
// moments and a reading of a universal clock do not.
func TestCompanion(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	num := func(x float64, of string) *claims.Claim {
		return &claims.Claim{Text: "n", Value: &claims.Value{Type: "number", Min: f(x), Max: f(x), Of: of}}
	}
	money := func(x float64) *claims.Claim {
		return &claims.Claim{Text: "m", Value: &claims.Value{Type: "money", Min: f(x), Max: f(x), Unit: "GBP"}}
	}
	date := func(start, grain string) *claims.Claim {
		return &claims.Claim{Text: "d", Value: &claims.Value{Type: "date", Start: start, Grain: grain}}
	}
	dur := &claims.Claim{Text: "13 minutes", Value: &claims.Value{Type: "duration", Min: f(780), Max: f(780), Unit: "s"}}
	clock := func(text string) *claims.Claim {
		return &claims.Claim{Text: text, Value: &claims.Value{Type: "time", Relative: "10:23", Grain: "minute"}}
	}
	for _, c := range []struct {
		name string
		x, y *claims.Claim
		want bool
	}{
		{"the same sum", money(3.4e6), money(3.4e6), true},
		{"two sums", money(3.4e6), money(2.9e6), false},
		{"a large count", num(120, ""), num(120, ""), true},
		{"a small bare count", num(3, ""), num(3, ""), false},
		{"a small count of one thing", num(3, "boats"), num(3, "boats"), true},
		{"a span between two moments", dur, dur, false},
		{"one year", date("2013-01-01T00:00:00Z", "year"), date("2013-01-01T00:00:00Z", "year"), false},
		{"a local clock reading", clock("10:23 a.m."), clock("10:23 a.m."), true},
		{"a universal clock reading", clock("1023 GMT"), clock("1023 GMT"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := companion(c.x, c.y); got != c.want {
				t.Errorf("companion = %v, want %v", got, c.want)
			}
		})
	}
}
