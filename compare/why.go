package compare

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/claims"
)

// basis is what the rule that decided a finding found, as data: rules set it
// and the description pass (explain) words it, so verdict code holds no prose
// an editor reads. The zero basis means "worded from the verdict, rule, kind
// and positions alone", which is what a new rule gets without doing anything.
type basis struct {
	cause cause
}

// cause names what a rule found when the verdict, rule and kind do not say it.
type cause int

const (
	// causePlain: the verdict, rule, kind and positions say everything.
	causePlain cause = iota
	// causeUncertain: figures that differ, aligned too weakly to be sure they state one fact.
	causeUncertain
	// causeDisputed: an agreement of some reports on a figure other reports dispute.
	causeDisputed
	// causeResidual: a unique detail from a sentence otherwise matched by other reports.
	causeResidual
	// causeComplementary: different roles of one person that can both be true.
	causeComplementary
	// causeReworded: one quotation given in different words that keep its sense.
	causeReworded
)

// describeFindings is the description pass, run once alignment and verdicts
// are done: it words every finding's Why, the one sentence an editor reads,
// and the Summary of findings whose rule left it to this pass (figures,
// statements, unique details), from the finding's plain data and the reports'
// publication times. The rules' internals stay in Reasons.
func describeFindings(fs []Finding, as []*Analysis) {
	pub := map[string]time.Time{}
	for _, a := range as {
		if !a.Doc.Published.IsZero() {
			pub[a.Doc.ID] = a.Doc.Published
		}
	}
	for i := range fs {
		if fs[i].Summary == "" {
			fs[i].Summary = summaryOf(&fs[i])
		}
		fs[i].Why = why(&fs[i], pub)
	}
}

// summaryOf states what a finding's claims say: each value with its reports
// for figures, the agreed sentence for statements, the new clause for a
// unique detail.
func summaryOf(f *Finding) string {
	switch {
	case f.Verdict == Unique:
		who := "s?"
		if len(f.Claims) > 0 {
			who = f.Claims[0].Source
		}
		if f.basis.cause == causeResidual && len(f.Claims) > 0 {
			return "only " + who + " adds: “" + shortWords(f.Claims[0].Text) + "”"
		}
		return "only " + who + " reports this"
	case f.Kind == claims.KindStatement:
		return statementSummary(f.Claims)
	case f.Kind == claims.KindRole:
		return roleSummary(f.Claims, f.Verdict == Discrepancy)
	case f.Kind == claims.KindQuote && f.Verdict == Agreement:
		return quoteSummary(f.Claims, f.basis.cause == causeReworded)
	case isValueKind(f) && len(f.Positions) > 0:
		return summarize(measureLabel(f.Claims), f.Positions, f.Verdict == Discrepancy)
	}
	return ""
}

// why words one finding's reason.
func why(f *Finding, pub map[string]time.Time) string {
	srcs := claimSources(f.Claims)
	switch f.Verdict {
	case Unique:
		who := "s?"
		if len(srcs) > 0 {
			who = srcs[0]
		}
		if f.basis.cause == causeResidual {
			return "only " + who + " adds this; the rest of its sentence matches other reports"
		}
		return "only " + who + " reports this; no other report has a matching sentence"
	case Agreement:
		return agreementWhy(f, srcs)
	}
	return discrepancyWhy(f, srcs, pub)
}

// agreementWhy words why claims were found to agree.
func agreementWhy(f *Finding, srcs []string) string {
	who := andList(srcs)
	switch {
	case f.basis.cause == causeDisputed:
		return who + " give the same figure; other reports give another"
	case f.Kind == claims.KindStatement:
		return who + " state the same thing in matching sentences"
	case f.Kind == claims.KindQuote:
		if f.basis.cause == causeReworded {
			return who + " quote the same words, with small differences of wording"
		}
		return who + " quote the same words"
	case f.Kind == claims.KindRole:
		if f.basis.cause == causeComplementary {
			return who + " describe the same person by different roles that can both be true"
		}
		return who + " give the same person the same role"
	case f.Kind == claims.KindPolarity:
		return who + " state it with the same sense"
	}
	if isValueKind(f) {
		if !sameValues(f.Claims) {
			return who + " give " + sameWhat(f) + ", within the precision of the figures"
		}
		return who + " give " + sameWhat(f)
	}
	return who + " agree"
}

// discrepancyWhy words why claims were found to disagree: what is compared,
// what differs, whether rounding may explain it, and which report came first.
func discrepancyWhy(f *Finding, srcs []string, pub map[string]time.Time) string {
	var parts []string
	switch {
	case f.Rule == "name" || f.Kind == "name":
		parts = append(parts, "the same name is spelt differently in matching sentences")
	case f.Rule == "attribution" || f.Kind == claims.KindAttribution:
		parts = append(parts, "the same words are attributed to different speakers")
	case f.Kind == claims.KindQuote:
		parts = append(parts, "the same quotation is worded differently")
	case f.Kind == claims.KindPolarity:
		parts = append(parts, "one report denies what another asserts in a matching sentence")
	case f.Kind == claims.KindRole:
		parts = append(parts, "the same person is given roles that exclude each other")
	case f.Rule == "date":
		parts = append(parts, "matching sentences name different days")
	case isValueKind(f):
		head := "same measure (" + measurePhrase(f.Claims) + "), different figures"
		switch f.Kind {
		case claims.KindDate:
			head = "same event, different dates"
		case claims.KindTime:
			head = "same event, different times of day"
		case claims.KindAge:
			head = "same person, different ages"
		case claims.KindTally:
			head = "same contest, different scores"
		}
		if f.basis.cause == causeUncertain {
			head = "different figures, but they may not measure the same thing"
		}
		parts = append(parts, head)
		if n := scorelineNote(f.Claims); n != "" {
			parts = append(parts, n)
		}
		if n := precisionNote(f.Claims); n != "" {
			parts = append(parts, n)
		}
	default:
		parts = append(parts, "the reports disagree")
	}
	if n := publishedNote(f.Positions, pub); n != "" {
		parts = append(parts, n)
	}
	return strings.Join(parts, "; ")
}

// precisionNote says when the way a figure is stated may explain a
// difference: a round figure ("a week") or an approximate one ("about 300")
// close to a figure of another side, or a bound ("at least 5") next to an
// exact one.
func precisionNote(cs []claims.Claim) string {
	for _, c := range cs {
		if c.Value != nil && c.Value.Round && nearOther(c, cs) {
			return fmt.Sprintf("%s (%s) is a round figure, so this may be approximation", asWritten(c.Text), c.Source)
		}
	}
	for _, c := range cs {
		if c.Value != nil && c.Value.Approx && nearOther(c, cs) {
			return fmt.Sprintf("%s (%s) is approximate, so this may be rounding", asWritten(c.Text), c.Source)
		}
	}
	for _, c := range cs {
		if c.Value == nil || (c.Value.Min == nil) == (c.Value.Max == nil) {
			continue
		}
		side := "a lower bound"
		if c.Value.Min == nil {
			side = "an upper bound"
		}
		return fmt.Sprintf("%s (%s) is %s, not an exact figure", asWritten(c.Text), c.Source, side)
	}
	return ""
}

// nearShare is the largest relative gap rounding or approximation can explain:
// "a week" against 6 days is 14% apart, "about 300" against 412 is 27%.
const nearShare = 0.3

// nearOther reports whether some figure stated differently from c lies within
// nearShare of it, so that c's imprecision could account for the gap. Dates
// and times have no such measure and always qualify.
func nearOther(c claims.Claim, cs []claims.Claim) bool {
	x, ok := middle(c.Value)
	if !ok {
		return true
	}
	for _, o := range cs {
		if o.Value == nil || describe(o.Value) == describe(c.Value) {
			continue
		}
		if y, ok := middle(o.Value); ok && math.Abs(x-y) <= nearShare*math.Max(math.Abs(x), math.Abs(y)) {
			return true
		}
	}
	return false
}

// middle is the midpoint of a bounded quantity.
func middle(v *claims.Value) (float64, bool) {
	if v == nil || v.Min == nil || v.Max == nil {
		return 0, false
	}
	return (*v.Min + *v.Max) / 2, true
}

// asWritten is a claim's words as the report wrote them, less the capital
// letter of a sentence start ("At least 20" reads "at least 20" mid-sentence).
func asWritten(text string) string {
	text = strings.TrimSpace(text)
	r, n := utf8.DecodeRuneInString(text)
	if n == 0 || !unicode.IsUpper(r) {
		return text
	}
	if next, _ := utf8.DecodeRuneInString(text[n:]); unicode.IsLower(next) {
		return string(unicode.ToLower(r)) + text[n:]
	}
	return text
}

// publishedNote says which side of a dispute was published first, when the
// reports' publication times are known well enough to say it: hours when both
// carry a time of day, else whole days.
func publishedNote(pos []Position, pub map[string]time.Time) string {
	type stamp struct {
		id  string
		at  time.Time
		pos int
	}
	var first, last *stamp
	for i, p := range pos {
		for _, id := range p.Sources {
			t, ok := pub[id]
			if !ok {
				continue
			}
			s := &stamp{id, t, i}
			if first == nil || t.Before(first.at) {
				first = s
			}
			if last == nil || t.After(last.at) {
				last = s
			}
		}
	}
	if first == nil || last == nil || first.pos == last.pos {
		return ""
	}
	if gap := gapWords(first.at, last.at); gap != "" {
		return fmt.Sprintf("%s published %s before %s", first.id, gap, last.id)
	}
	return ""
}

// gapWords says how long before b a was published, or "" when the times are
// too coarse to tell. A time at midnight is read as a date without a clock.
func gapWords(a, b time.Time) string {
	clock := func(t time.Time) bool { return t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 }
	if clock(a) && clock(b) {
		h := int(b.Sub(a).Round(time.Hour) / time.Hour)
		switch {
		case h < 1:
			return ""
		case h == 1:
			return "1 hour"
		case h < 48:
			return fmt.Sprintf("%d hours", h)
		}
	}
	ya, ma, da := a.Date()
	yb, mb, db := b.Date()
	days := int(time.Date(yb, mb, db, 0, 0, 0, 0, time.UTC).Sub(time.Date(ya, ma, da, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour))
	switch {
	case days < 1:
		return ""
	case days == 1:
		return "1 day"
	}
	return fmt.Sprintf("%d days", days)
}

// measurePhrase says in words what a group's figures measure: "people
// killed", "amount of money", "distance".
func measurePhrase(cs []claims.Claim) string {
	l := measureLabel(cs)
	if l == kindLabel["measure"] {
		for _, c := range cs {
			if c.Value != nil && unitPhrase[c.Value.Unit] != "" {
				return unitPhrase[c.Value.Unit]
			}
		}
	}
	for _, o := range outcomeLabel {
		if l == o && !strings.Contains(l, " ") {
			return "people " + l
		}
	}
	if p := kindPhrase[l]; p != "" {
		return p
	}
	return l
}

// unitPhrase names what a measurement of each canonical unit measures.
var unitPhrase = map[string]string{
	"m": "distance", "m2": "area", "m/h": "speed", "kg": "weight", "l": "volume", "C": "temperature",
	"V": "voltage", "W": "power", "Wh": "energy", "A": "current", "Ah": "charge",
}

// kindPhrase rewords the short labels of kindLabel where a reason needs a fuller phrase.
var kindPhrase = map[string]string{"amount": "amount of money", "measure": "measurement", "": "figure"}

// sameWhat names what agreeing value claims share: "the same date", "the same
// count", "the same figure for people killed".
func sameWhat(f *Finding) string {
	switch f.Kind {
	case claims.KindDate:
		return "the same date"
	case claims.KindTime:
		return "the same time of day"
	case claims.KindAge:
		return "the same age"
	case claims.KindTally:
		return "the same score"
	}
	p := measurePhrase(f.Claims)
	if strings.HasPrefix(p, "people ") {
		return "the same figure for " + p
	}
	return "the same " + p
}

// isValueKind reports whether a finding compares typed values (figures, dates, times, scores).
func isValueKind(f *Finding) bool {
	for _, c := range f.Claims {
		if c.Value != nil && kindLabel[c.Value.Type] != "" {
			return true
		}
	}
	return false
}

// sameValues reports whether every claim states its value the same way.
func sameValues(cs []claims.Claim) bool {
	for _, c := range cs[1:] {
		if describe(c.Value) != describe(cs[0].Value) {
			return false
		}
	}
	return true
}

// claimSources lists the sources of claims, each once, in order of appearance.
func claimSources(cs []claims.Claim) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Source] {
			seen[c.Source] = true
			out = append(out, c.Source)
		}
	}
	return out
}

// andList joins names as people write a list: "s1", "s1 and s2", "s1, s2 and s3".
func andList(xs []string) string {
	switch len(xs) {
	case 0:
		return "the reports"
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
