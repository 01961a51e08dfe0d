package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestClockRule(t *testing.T) {
	at := func(start string) *claims.Value { return &claims.Value{Type: "time", Start: start, Grain: "minute"} }
	rel := func(hm string) *claims.Value { return &claims.Value{Type: "time", Relative: hm, Grain: "minute"} }
	amb := func(v *claims.Value) *claims.Value { v.Bound = "12-hour"; return v }
	approx := func(v *claims.Value) *claims.Value { v.Approx = true; return v }
	cases := []struct {
		name   string
		a, b   *claims.Value
		agree  bool
		sev    Severity
		decide bool // clockRule decides (false: the calendar does)
	}{
		{"resolved and undated, same clock", at("2013-03-14T02:09:00Z"), rel("02:09"), true, None, true},
		{"published a day apart", at("2013-03-14T02:09:00Z"), at("2013-03-15T02:09:00Z"), true, None, true},
		{"same day resolved: calendar decides", at("2013-03-14T02:09:00Z"), at("2013-03-14T02:30:00Z"), false, None, false},
		{"round hour tolerates a quarter", rel("14:00"), rel("13:45"), true, None, true},
		{"minutes apart", rel("20:30"), rel("21:15"), false, Minor, true},
		{"hours apart", rel("02:09"), rel("14:09"), false, Major, true},
		{"across midnight", rel("23:50"), rel("00:10"), false, Minor, true},
		{"not a clock", rel("on thursday"), rel("02:09"), false, None, false},
		{"no a.m./p.m.: either half of the day", amb(rel("06:04")), rel("18:04"), true, None, true},
		{"no a.m./p.m., two hours off the other half", amb(rel("08:04")), rel("18:04"), false, Minor, true},
		{"no a.m./p.m., same day resolved", amb(at("2013-03-14T02:09:00Z")), at("2013-03-14T14:09:00Z"), true, None, true},
		{"stated halves differ", rel("06:04"), rel("18:04"), false, Major, true},
		{"around a minute off", approx(rel("18:03")), rel("18:04"), true, None, true},
		{"around, resolved on one day", approx(at("2013-03-14T18:03:00Z")), at("2013-03-14T18:10:00Z"), true, None, true},
		{"around, two hours off", approx(rel("18:03")), rel("20:03"), false, Minor, true},
		{"exact, a minute off", rel("18:03"), rel("18:04"), false, Minor, true},
	}
	for _, c := range cases {
		agree, sev, ok := clockRule(c.a, c.b)
		if ok != c.decide || (ok && (agree != c.agree || sev != c.sev)) {
			t.Errorf("%s: got agree=%v sev=%v decided=%v, want %v %v %v", c.name, agree, sev, ok, c.agree, c.sev, c.decide)
		}
	}
}
