package compare

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func TestStatedPlace(t *testing.T) {
	for _, c := range []struct {
		v, want float64
	}{
		{189, 1}, {150, 10}, {2600000, 100000}, {6.25, 0.01}, {0.5, 0.1}, {1000, 1000}, {7, 1},
	} {
		if got := statedPlace(c.v); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("statedPlace(%v) = %v, want %v", c.v, got, c.want)
		}
	}
}

func TestStatedDigitsDecideExactFigures(t *testing.T) {
	for _, c := range []struct {
		a, b  float64
		agree bool
	}{
		{188, 189, false}, // both stated to the unit
		{150, 151, false}, // a bare count below a thousand is given to the unit
		{990, 999, false},
		{1500, 1510, true},       // 1500 may be rounded to the ten
		{1580, 1581, true},       // 1580 may be rounded to the ten
		{2600000, 2630000, true}, // "2.6 million" vs 2.63 million: rounding
		{2600000, 2700000, false},
		{12, 13, false},
	} {
		num := func(n float64) *claims.Value {
			return &claims.Value{Type: "number", Min: claims.F(n), Max: claims.F(n), Bound: "exact"}
		}
		agree, _ := quantityRule(claims.KindNumber, num(c.a), num(c.b), Options{})
		if agree != c.agree {
			t.Errorf("%v vs %v: agree=%v, want %v", c.a, c.b, agree, c.agree)
		}
	}
}

// TestHeadlineRoundTolerance checks that a headline's round count covers what
// its last digit rounds while the same figure in the body is exact.
func TestHeadlineRoundTolerance(t *testing.T) {
	exact := func(n float64) *claims.Value {
		return &claims.Value{Type: "number", Min: claims.F(n), Max: claims.F(n), Bound: "exact"}
	}
	round := func(n float64) *claims.Value {
		v := exact(n)
		v.Round = true
		return v
	}
	for _, c := range []struct {
		name  string
		a, b  *claims.Value
		agree bool
	}{
		{"headline 400 vs 410", round(400), exact(410), true},
		{"body 400 vs 410", exact(400), exact(410), false},
		{"headline 150 vs 151", round(150), exact(151), true},
		{"headline 400 vs 460", round(400), exact(460), false},
	} {
		agree, _ := quantityRule(claims.KindNumber, c.a, c.b, Options{})
		if agree != c.agree {
			t.Errorf("%s: agree=%v, want %v", c.name, agree, c.agree)
		}
	}
}
