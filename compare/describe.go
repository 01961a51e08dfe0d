package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// describe renders a value for people: "7 days", "$2.5 million", "12 people".
func describe(v *claims.Value) string {
	if v == nil {
		return ""
	}
	switch v.Type {
	case "tally":
		if v.Of == "scoreline" && v.Words != "" {
			return v.Words
		}
		if v.For != nil && v.Against != nil {
			return fmt.Sprintf("%s-%s", trimFloat(*v.For), trimFloat(*v.Against))
		}
	case "date", "time":
		if v.Start != "" {
			if v.Grain == "year" && len(v.Start) >= 4 {
				return v.Start[:4]
			}
			if len(v.Start) >= 10 && v.Type == "date" {
				return v.Start[:10]
			}
			if len(v.Start) >= 16 && v.Start[10] == 'T' {
				return v.Start[:10] + " " + v.Start[11:16] // a time with its day, without seconds and zone
			}
			return v.Start
		}
		return capitalNames(v.Relative)
	case "quote":
		return v.Words
	case "role":
		return v.Role
	}
	lo, hi := math.Inf(-1), math.Inf(1)
	if v.Min != nil {
		lo = *v.Min
	}
	if v.Max != nil {
		hi = *v.Max
	}
	var s string
	switch {
	case v.Min != nil && v.Max != nil && lo == hi:
		s = amount(v, lo)
	case v.Min != nil && v.Max != nil:
		s = rangeWords(amount(v, lo), amount(v, hi))
	case v.Min != nil:
		s = "at least " + amount(v, lo)
	case v.Max != nil:
		s = "at most " + amount(v, hi)
	}
	if v.Approx && !strings.HasPrefix(s, "at ") {
		s = "about " + s
	}
	// A one-letter noun is a scrap of an abbreviation ("4 o'clock"), not what is counted.
	if len([]rune(v.Of)) > 1 && v.Type == "number" {
		s += " " + v.Of
	}
	return s
}

// rangeWords joins the two ends of a range, stating a shared unit once:
// "50-59 years", not "50 years-59 years".
func rangeWords(lo, hi string) string {
	i, j := strings.LastIndexByte(lo, ' '), strings.LastIndexByte(hi, ' ')
	if i > 0 && j > 0 && lo[i:] == hi[j:] && !strings.ContainsAny(lo[:i], " ") {
		return lo[:i] + "-" + hi
	}
	return lo + "-" + hi
}

// calendarNames are the day and month names a relative date may hold, lower-cased.
var calendarNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// capitalNames capitalises the day and month names of a relative date, which
// extraction lower-cases for matching: "late on Thursday", "January 22".
func capitalNames(s string) string {
	ws := strings.Split(s, " ")
	for i, w := range ws {
		if calendarNames[w] {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

// amount prints one figure in the value's canonical unit, in words people use.
func amount(v *claims.Value, x float64) string {
	switch v.Unit {
	case "s":
		for _, u := range []struct {
			sec  float64
			name string
		}{{365 * 86400, "year"}, {7 * 86400, "week"}, {86400, "day"}, {3600, "hour"}, {60, "minute"}} {
			if x >= u.sec && math.Mod(x, u.sec) == 0 && u.name != "week" {
				return plural(x/u.sec, u.name)
			}
		}
		if x >= 86400 {
			return plural(math.Round(x/8640)/10, "day")
		}
		return plural(x, "second")
	case "%":
		return short(x) + "%"
	case "year":
		return plural(x, "year")
	case "":
		return short(x)
	case "m":
		// Converted lengths print in the unit a reader expects: "24.1 km", not "24140.16 m".
		if math.Abs(x) >= 1000 {
			return trimFloat(math.Round(x/100)/10) + " km"
		}
		return trimFloat(math.Round(x*10)/10) + " m"
	case "m2":
		// Areas likewise: "17 km²", not "16996796.974 m2".
		if math.Abs(x) >= 1e6 {
			return trimFloat(math.Round(x/1e5)/10) + " km²"
		}
		return grouped(trimFloat(math.Round(x))) + " m²"
	case "m/h":
		// Speeds are kept in metres an hour; a reader expects "80.5 km/h".
		if math.Abs(x) >= 1000 {
			return trimFloat(math.Round(x/100)/10) + " km/h"
		}
		return trimFloat(math.Round(x*10)/10) + " m/h"
	}
	if len(v.Unit) == 3 && strings.ToUpper(v.Unit) == v.Unit {
		return v.Unit + " " + short(x)
	}
	return short(x) + " " + v.Unit
}

func plural(x float64, unit string) string {
	if x == 1 {
		return "1 " + unit
	}
	return short(x) + " " + unit + "s"
}

// short prints big figures with a scale word so they stay readable.
func short(x float64) string {
	ax := math.Abs(x)
	switch {
	case ax >= 1e9 && math.Mod(ax, 1e7) == 0:
		return trimFloat(x/1e9) + " billion"
	case ax >= 1e6 && math.Mod(ax, 1e4) == 0:
		return trimFloat(x/1e6) + " million"
	}
	return grouped(trimFloat(math.Round(x*1000) / 1000))
}

// grouped puts thousands separators into a printed figure of five or more
// digits ("14,000"); four digits stay as written, as a year would be.
func grouped(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		whole, frac = s[:i], s[i:]
	}
	if len(whole) < 5 {
		return sign + s
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + frac
}

// gapReason states two disagreeing figures and how they differ, for a
// finding's reasons: "6 days (s1) vs 7 days (s2): intervals do not overlap".
func gapReason(a, b *claims.Claim) string {
	return fmt.Sprintf("%s (%s) vs %s (%s): %s", describe(a.Value), a.Source, describe(b.Value), b.Source, gapNote(a.Value, b.Value))
}

// gapNote says in words why two values disagree.
func gapNote(a, b *claims.Value) string {
	var notes []string
	if a.Round || b.Round {
		notes = append(notes, "a round figure is involved")
	}
	if a.Approx || b.Approx {
		notes = append(notes, "an approximate figure is involved")
	}
	if len(notes) == 0 {
		return "intervals do not overlap"
	}
	return "intervals do not overlap; " + strings.Join(notes, ", ")
}

// clusterValues groups claims into the distinct values they state, in order of
// first appearance: a claim joins the first value its rule agrees with.
func clusterValues(cs []claims.Claim, opt Options) []Position {
	var pos []Position
	for _, cl := range clusterClaims(cs, opt) {
		p := Position{Value: describe(cl.rep)}
		for _, c := range cl.claims {
			if !slices.Contains(p.Sources, c.Source) {
				p.Sources = append(p.Sources, c.Source)
			}
		}
		pos = append(pos, p)
	}
	return pos
}

// cluster is one distinct value of a group and the claims that state it.
type cluster struct {
	rep    *claims.Value
	claims []claims.Claim
}

// clusterClaims sorts claims into the distinct values they state: a claim
// joins the first value its rule agrees with. Exact figures found the
// clusters; a vague count ("dozens") agrees with many of them and would
// otherwise swallow a dispute into one cluster, so it joins last.
func clusterClaims(cs []claims.Claim, opt Options) []cluster {
	var out []cluster
	for _, late := range []bool{false, true} {
		for _, c := range cs {
			if vague(c.Value) != late {
				continue
			}
			placed := false
			for k := range out {
				if ok, _ := valueRule(c.Kind, out[k].rep, c.Value, opt); ok {
					out[k].claims = append(out[k].claims, c)
					placed = true
					break
				}
			}
			if !placed {
				out = append(out, cluster{rep: c.Value, claims: []claims.Claim{c}})
			}
		}
	}
	return out
}

// positions clusters a group's values into distinct positions and names the
// majority one, counting a syndicated copy once.
func (m *model) positions(cs []claims.Claim, opt Options) ([]Position, string) {
	pos := clusterValues(cs, opt)
	sort.SliceStable(pos, func(i, j int) bool { return m.independent(pos[i].Sources) > m.independent(pos[j].Sources) })
	total := 0
	for _, p := range pos {
		total += m.independent(p.Sources)
	}
	majority := ""
	if len(pos) > 0 && 2*m.independent(pos[0].Sources) > total && len(pos) > 1 {
		majority = pos[0].Value
	}
	return pos, majority
}

// independent counts sources, counting a near-duplicate of another listed source once.
func (m *model) independent(ids []string) int {
	in := map[string]bool{}
	for _, id := range ids {
		in[id] = true
	}
	n := 0
	for _, id := range ids {
		i := m.index(id)
		if i >= 0 && m.dup[i] >= 0 && in[m.as[m.dup[i]].Doc.ID] {
			continue
		}
		n++
	}
	return n
}

func (m *model) index(id string) int {
	for i, a := range m.as {
		if a.Doc.ID == id {
			return i
		}
	}
	return -1
}
