package compare

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// Two sentences that state the very same particular figure ("120 flats",
// "£1.7m", "2:09 a.m.") are about one fact, and the other figures beside it
// are then the same slot however differently the rest is worded: "having 120
// flats, 44 storeys" and "holds 120 flats over 24 floors" give two heights of
// one tower; "4m euros (£1.7m)" and "two million euros (£1.7 million)" two
// sums of one haul. Each figure must be the only one of its kind in its
// sentence besides the shared ones, so which figure meets which is not a guess.

// companionFigures reports whether the sentences of two figures share a
// particular figure besides them, and each figure is its sentence's only
// other figure of its type and unit.
func companionFigures(a, b vitem) bool {
	if a.u == b.u || a.u.src == b.u.src || a.u.stmt == nil || b.u.stmt == nil {
		return false
	}
	switch a.c.Value.Type {
	case "date", "time":
		// A sentence dates many actions: "handed out blankets Monday" after the
		// quake "that killed 10 people" is not the quake's day.
		return false
	case "number":
		if a.c.Value.Of == "" || b.c.Value.Of == "" || !sameNoun(a.c.Value.Of, b.c.Value.Of) {
			// A bare figure ("51", "58") may count anything the sentence names,
			// and "three people, a man and two women" against "two women and
			// one man" sets a total against a part.
			return false
		}
	}
	shared := false
	for _, x := range a.u.typed {
		if x == a.c {
			continue
		}
		for _, y := range b.u.typed {
			if y != b.c && companion(x, y) {
				shared = true
			}
		}
	}
	return shared && onlyOther(a, b.u) && onlyOther(b, a.u)
}

// onlyOther reports whether every other figure of a's type and unit in its
// sentence is stated in the partner sentence too: the one left over is a's.
func onlyOther(a vitem, partner *unit) bool {
	for _, x := range a.u.typed {
		if x == a.c || x.Value.Type != a.c.Value.Type || x.Value.Unit != a.c.Value.Unit {
			continue
		}
		found := false
		for _, y := range partner.typed {
			if equalValue(x.Value, y.Value) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// companion reports whether two figures are the same particular figure: an
// exact sum, count or measure no small whole number, a clock reading, one day
// of one month, or a small count of the same counted thing. A year, a month
// or a weekday is shared by many facts of a story.
func companion(x, y *claims.Claim) bool {
	vx, vy := x.Value, y.Value
	switch vx.Type {
	case "duration":
		// "took off at 6:20 ... crashed 13 minutes later" and "lost contact at
		// 6:33, 13 minutes after taking off": a span between two moments ties
		// the moments together, it does not make them one.
		return false
	case "date":
		return vy.Type == "date" && sameCalendarDay(vx, vy)
	case "time":
		return equalValue(vx, vy) && !universalTime(x) && !universalTime(y)
	}
	if !equalValue(vx, vy) {
		return false
	}
	if sameFigure(vx, vy) > 0.1 {
		return true
	}
	return vx.Of != "" && vy.Of != "" && sameNoun(vx.Of, vy.Of) || measureFit(x, y) > 0
}

// companionKeys are the index keys under which valuePairs lists a figure for
// each particular figure beside it in its sentence, so two sentences sharing
// one pair their other figures however little else they share.
func companionKeys(it vitem) []string {
	var out []string
	for _, x := range it.u.typed {
		if x == it.c || !companion(x, x) {
			continue
		}
		v := x.Value
		k := fmt.Sprintf("%s|=%s|%s|%s|%s|%s", it.c.Value.Type, v.Type, v.Unit, figure(v.Min), figure(v.Max), v.Start+v.Relative)
		if v.Type == "number" && sameFigure(v, v) <= 0.1 {
			k += "|" + claims.Lemma(strings.ToLower(v.Of))
		}
		out = append(out, k)
	}
	return out
}

// figure writes a bound of a value for an index key.
func figure(x *float64) string {
	if x == nil {
		return "-"
	}
	return strconv.FormatFloat(*x, 'g', -1, 64)
}
