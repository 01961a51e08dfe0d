package main

import (
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
)

// suggestThreshold is the Jaro-Winkler similarity from which a known word is offered
// for a mistyped one: "compre" → "compare" scores 0.97, "check" → "compare" 0.58.
const suggestThreshold = 0.8

// suggestion returns "; did you mean X?" for the known word closest to typed, or ""
// when none is close (a suggestion that is far off only misleads).
func suggestion(typed string, known []string) string {
	best, score := "", 0.0
	jw := metrics.NewJaroWinkler()
	jw.CaseSensitive = false
	for _, k := range known {
		s := strutil.Similarity(typed, k, jw)
		if strings.HasPrefix(k, typed) && len(typed) >= 3 {
			s = max(s, 0.9) // a prefix: "extr" is extract
		}
		if s > score {
			best, score = k, s
		}
	}
	if score < suggestThreshold || best == typed {
		return ""
	}
	return "; did you mean " + best + "?"
}
