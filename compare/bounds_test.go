package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// firstValue parses s and returns its first value of kind k.
func firstValue(t *testing.T, s string, k claims.Kind) *claims.Value {
	t.Helper()
	norm, _ := claims.Normalize(s)
	for _, m := range claims.ParseValues(norm, claims.ValueContext{}) {
		if m.Kind == k {
			v := m.Value
			return &v
		}
	}
	t.Fatalf("no %s value in %q", k, s)
	return nil
}

// Bounds, caps and "nearly" read from text and judged by the quantity rule.
func TestBoundSemantics(t *testing.T) {
	cases := []struct {
		name     string
		a, b     string
		kind     claims.Kind
		agree    bool
		sev      Severity
		evolving bool
	}{
		{"two equal caps", "Up to 30 jobs could go.", "As many as 30 jobs could go.", claims.KindNumber, true, None, false},
		{"two different caps are caps, not always agreeing", "Up to 30 jobs could go.", "Up to 60 jobs could go.", claims.KindNumber, false, Major, false},
		{"close caps differ a little", "Up to 100 jobs could go.", "Up to 120 jobs could go.", claims.KindNumber, false, Minor, false},
		{"caps in other units", "The car reached speeds of up to 120 miles per hour.", "The car reached speeds of up to 193 km per hour.", claims.KindMeasure, true, None, false},
		{"a cap holds a smaller figure", "Up to 30 jobs could go.", "Twenty jobs could go.", claims.KindNumber, true, None, false},
		{"nearly is just below", "Nearly 90 staff lost their jobs.", "85 staff lost their jobs.", claims.KindNumber, true, None, false},
		{"nearly is not above", "Nearly 90 staff lost their jobs.", "96 staff lost their jobs.", claims.KindNumber, false, Minor, false},
		{"nearly is not far below", "Nearly 90 staff lost their jobs.", "60 staff lost their jobs.", claims.KindNumber, false, Major, false},
		{"nearly the round figure", "Almost 2,000 runners finished.", "2,000 runners finished.", claims.KindNumber, true, None, false},
		{"a floor at the figure", "At least 19 children were killed.", "19 children were killed.", claims.KindNumber, true, None, false},
		{"floors a little apart", "At least 12 people died.", "At least 15 people died.", claims.KindNumber, true, None, false},
		{"a floor far below a figure", "At least five people were killed.", "The quake left 24 dead.", claims.KindNumber, false, Minor, true},
		{"a floor far below a floor", "At least three people were killed.", "At least 24 people were killed.", claims.KindNumber, false, Minor, true},
		{"a floor above a figure", "At least four aftershocks followed.", "Three aftershocks followed.", claims.KindNumber, false, Major, false},
		{"a floor below a vague count", "At least 20 were hurt.", "Hundreds were hurt.", claims.KindNumber, true, None, false},
		{"a floor below a range", "At least 20 were hurt.", "Between 20 and 90 were hurt.", claims.KindNumber, true, None, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := firstValue(t, c.a, c.kind), firstValue(t, c.b, c.kind)
			for _, ord := range [][2]*claims.Value{{a, b}, {b, a}} {
				agree, sev := quantityRule(c.kind, ord[0], ord[1], Options{})
				if agree != c.agree || sev != c.sev {
					t.Errorf("quantityRule(%q, %q) = %v %v, want %v %v", c.a, c.b, agree, sev, c.agree, c.sev)
				}
				if got := evolvingFigure(ord[0], ord[1]); got != c.evolving {
					t.Errorf("evolvingFigure = %v, want %v", got, c.evolving)
				}
			}
		})
	}
}

// Ordinals compare only as positions: any difference is a conflict.
func TestOrdinalRule(t *testing.T) {
	v := func(n float64) *claims.Value {
		return &claims.Value{Type: "ordinal", Min: claims.F(n), Max: claims.F(n), Bound: "exact"}
	}
	if agree, _ := quantityRule(claims.KindNumber, v(2), v(2), Options{}); !agree {
		t.Errorf("second vs second: want agreement")
	}
	if agree, sev := quantityRule(claims.KindNumber, v(1), v(2), Options{}); agree || sev != Major {
		t.Errorf("first vs second: want a major discrepancy, got %v %v", agree, sev)
	}
	if agree, _ := quantityRule(claims.KindNumber, v(100), v(101), Options{}); agree {
		t.Errorf("100th vs 101st: want a discrepancy")
	}
}
