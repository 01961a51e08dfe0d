package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestRestatementOfDaysAndClocks checks that a report's second mention of one
// calendar day or one clock reading to the minute restates the first, while an
// hour alone, another day or another minute does not.
func TestRestatementOfDaysAndClocks(t *testing.T) {
	item := func(k claims.Kind, v claims.Value) vitem { return vitem{c: &claims.Claim{Kind: k, Value: &v}} }
	day := func(rel string) vitem {
		return item(claims.KindDate, claims.Value{Type: "date", Relative: rel, Grain: "day"})
	}
	clock := func(rel, grain, bound string) vitem {
		return item(claims.KindTime, claims.Value{Type: "time", Relative: rel, Grain: grain, Bound: bound})
	}
	for _, c := range []struct {
		name string
		a, b vitem
		want bool
	}{
		{"one day written two ways", day("feb. 7"), day("7 february"), true},
		{"two days", day("february 7"), day("february 10"), false},
		{"one minute", clock("18:04", "minute", ""), clock("18:04", "minute", ""), true},
		{"one minute, either half of the day", clock("18:04", "minute", ""), clock("06:04", "minute", "12-hour"), true},
		{"two minutes", clock("18:04", "minute", ""), clock("18:03", "minute", ""), false},
		{"an hour alone", clock("18:00", "hour", ""), clock("18:00", "hour", ""), false},
	} {
		if got := restatement(c.a, c.b, Options{}); got != c.want {
			t.Errorf("%s: restatement = %v, want %v", c.name, got, c.want)
		}
	}
}
