package reports

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// valueText prints a normalised value compactly: "[6, 6] s exact", "tally 312-204".
func valueText(v *claims.Value) string {
	f := func(p *float64) string {
		if p == nil {
			return "∞"
		}
		return strconv.FormatFloat(*p, 'g', 8, 64)
	}
	switch v.Type {
	case "tally":
		return fmt.Sprintf("tally %s-%s", f(v.For), f(v.Against))
	case "date", "time":
		if v.Start != "" {
			return fmt.Sprintf("%s [%s, %s)", v.Type, v.Start, v.End)
		}
		return fmt.Sprintf("%s %q (unresolved)", v.Type, v.Relative)
	case "quote":
		return fmt.Sprintf("quote by %s", orDash(v.Speaker))
	case "role":
		return fmt.Sprintf("%s: %s", v.Person, v.Role)
	}
	var parts []string
	parts = append(parts, fmt.Sprintf("%s [%s, %s] %s", v.Type, f(v.Min), f(v.Max), v.Unit))
	if v.Bound != "" {
		parts = append(parts, v.Bound)
	}
	if v.Approx {
		parts = append(parts, "approx")
	}
	if v.Of != "" {
		parts = append(parts, "of "+v.Of)
	}
	return strings.Join(parts, " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
