package claims

import "math"

// headlineRoundFrom is the least figure a headline is taken to round: small
// counts ("40 homes lost") are written as counted even in headlines.
const headlineRoundFrom = 100

// headlineRound marks a bare figure ending in zero in a headline as Round:
// headlines round what the body states to the unit ("400 jobs to go" over "will
// cut 410 jobs"), so such a figure tolerates its last stated digit while the same
// figure in the body is a count given to the unit.
func headlineRound(s *Sentence, k Kind, v *Value) {
	if !s.Heading || k != KindNumber || v.Approx || v.Min == nil || v.Max == nil || *v.Min != *v.Max {
		return
	}
	if n := math.Abs(*v.Min); n >= headlineRoundFrom && n == math.Trunc(n) && math.Mod(n, 10) == 0 {
		v.Round = true
	}
}
