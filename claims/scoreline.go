package claims

import (
	"strconv"
	"strings"
)

// maxSetGames is the largest score one set, game or frame of a scoreline may
// hold (tennis sets run to 7, table tennis to 11, badminton to 21, volleyball to
// 25 and on); larger pairs are tallies or ranges, not parts of a match.
const maxSetGames = 50

// setScore is one set of a scoreline: its games and, when given, its tiebreak.
type setScore struct {
	a, b   int
	tb     string // tiebreak as written in canonical form ("9-7", or "7" for the loser's points), or ""
	i, end int    // token span
}

// setScoreAt reads "7-6", "7-6 (9-7)", "7-6 (8/6)" or "7-6(7)" at token i.
func setScoreAt(toks []vtok, i int) (setScore, bool) {
	num := func(k int) (int, bool) {
		if k >= len(toks) || toks[k].kind != 'n' || toks[k].dec || toks[k].grouped || toks[k].num > maxSetGames {
			return 0, false
		}
		return int(toks[k].num), true
	}
	a, ok := num(i)
	if !ok || !isPunct(toks, i+1, "-") || !glued(toks, i+1) || !glued(toks, i+2) {
		return setScore{}, false
	}
	b, ok := num(i + 2)
	if !ok {
		return setScore{}, false
	}
	s := setScore{a: a, b: b, i: i, end: i + 3}
	k := s.end
	if isPunct(toks, k, "(") {
		if x, ok := num(k + 1); ok {
			switch {
			case (isPunct(toks, k+2, "-") || isPunct(toks, k+2, "/")) && isPunct(toks, k+4, ")"):
				if y, ok := num(k + 3); ok {
					s.tb, s.end = strconv.Itoa(x)+"-"+strconv.Itoa(y), k+5
				}
			case isPunct(toks, k+2, ")"):
				s.tb, s.end = strconv.Itoa(x), k+3
			}
		}
	}
	return s, true
}

// parseScorelines proposes a match's set-by-set score as one value ("won 1-6,
// 7-6 (9-7), 6-1, 3-6, 6-4"): three or more set scores in a row, or two with a
// tiebreak. Read one by one, its parts would be set against other reports' parts
// at random ("1-6" against "3-6"); as a whole it agrees or differs as a whole.
// The value is a tally of sets won, Of "scoreline", Words its canonical form.
func parseScorelines(toks []vtok, cs []vcand) []vcand {
	for i := 0; i < len(toks); i++ {
		first, ok := setScoreAt(toks, i)
		if !ok {
			continue
		}
		sets := []setScore{first}
		k := first.end
		for {
			n := k
			if isPunct(toks, n, ",") || isPunct(toks, n, ";") {
				n++
			}
			s, ok := setScoreAt(toks, n)
			if !ok {
				break
			}
			sets = append(sets, s)
			k = s.end
		}
		tiebreak := false
		for _, s := range sets {
			tiebreak = tiebreak || s.tb != ""
		}
		if len(sets) < 3 && !(len(sets) == 2 && tiebreak) {
			i = first.end - 1
			continue
		}
		won, lost := 0, 0
		parts := make([]string, len(sets))
		for n, s := range sets {
			switch {
			case s.a > s.b:
				won++
			case s.b > s.a:
				lost++
			}
			parts[n] = strconv.Itoa(s.a) + "-" + strconv.Itoa(s.b)
			if s.tb != "" {
				parts[n] += "(" + s.tb + ")"
			}
		}
		v := Value{Type: "tally", For: F(float64(won)), Against: F(float64(lost)), Bound: "exact", Of: "scoreline",
			Words: strings.Join(parts, " ")}
		cs = append(cs, vcand{kind: KindTally, i: i, j: k, v: v, prio: prioTally})
		i = k - 1
	}
	return cs
}
