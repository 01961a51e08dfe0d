// Package benchgen generates a synthetic, reproducible corpus of news reports for
// benchmarks: several reports per event, written from templates with controlled
// paraphrases, planted discrepancies (numbers, durations, quotes) and boilerplate
// tails. The same Config always yields the same bytes.
package benchgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Config describes a corpus.
type Config struct {
	// Events is how many events the corpus covers (default 1).
	Events int
	// Reports is how many reports each event has (default 2).
	Reports int
	// Words is the approximate length of one report in words (default 800).
	Words int
	// Seed makes the corpus reproducible: equal seeds give equal bytes.
	Seed uint64
}

// withDefaults fills unset fields.
func (c Config) withDefaults() Config {
	if c.Events <= 0 {
		c.Events = 1
	}
	if c.Reports <= 0 {
		c.Reports = 2
	}
	if c.Words <= 0 {
		c.Words = 800
	}
	return c
}

// Report is one generated article.
type Report struct {
	// Name is the report's file-like name, e.g. "report03.txt".
	Name string
	// Text is the article: headline, body and a boilerplate tail.
	Text string
}

// Event is one generated news event with its reports.
type Event struct {
	// ID is stable for a seed and index, e.g. "ev000042".
	ID      string
	Reports []Report
}

// Corpus generates every event of the configuration, in order.
func Corpus(c Config) []Event {
	c = c.withDefaults()
	out := make([]Event, c.Events)
	for i := range out {
		out[i] = Generate(c, i)
	}
	return out
}

// Generate builds event number i of the configuration on its own, so callers can stream
// a large corpus without holding it; Generate(c, i) equals Corpus(c)[i].
func Generate(c Config, i int) Event {
	c = c.withDefaults()
	f := newFacts(rand.New(rand.NewPCG(c.Seed, uint64(i)*2+1)))
	ev := Event{ID: fmt.Sprintf("ev%06d", i)}
	for r := 0; r < c.Reports; r++ {
		rng := rand.New(rand.NewPCG(c.Seed^0x9e3779b97f4a7c15, uint64(i)<<20|uint64(r)))
		ev.Reports = append(ev.Reports, Report{
			Name: fmt.Sprintf("report%02d.txt", r+1),
			Text: writeReport(f, r, c.Words, rng),
		})
	}
	return ev
}

// facts is the ground truth of one event that every report retells.
type facts struct {
	kind     eventKind
	place    string
	region   string
	weekday  string
	official person
	witness  person
	expert   person
	agency   string
	company  string
	dead     int
	injured  int
	evac     int
	days     int
	hours    int
	cost     float64 // millions
	percent  int
	quoteA   []string // the official's quotation, as words
	quoteB   []string // the witness's quotation
	details  []string // background sentences shared by the event
}

// person is a generated name with a role.
type person struct {
	first, last, role string
}

func (p person) full() string { return p.first + " " + p.last }

func newFacts(rng *rand.Rand) *facts {
	k := kinds[rng.IntN(len(kinds))]
	f := &facts{
		kind:     k,
		place:    placeName(rng),
		region:   regions[rng.IntN(len(regions))],
		weekday:  weekdays[rng.IntN(len(weekdays))],
		official: newPerson(rng, officialRoles),
		witness:  newPerson(rng, witnessRoles),
		expert:   newPerson(rng, expertRoles),
		agency:   agencies[rng.IntN(len(agencies))],
		company:  placeName(rng) + " " + companySuffix[rng.IntN(len(companySuffix))],
		dead:     2 + rng.IntN(40),
		injured:  10 + rng.IntN(200),
		evac:     100 * (2 + rng.IntN(60)),
		days:     2 + rng.IntN(12),
		hours:    3 + rng.IntN(40),
		cost:     float64(5+rng.IntN(400)) / 10,
		percent:  5 + rng.IntN(70),
	}
	f.quoteA = strings.Fields(pick(rng, officialQuotes))
	f.quoteB = strings.Fields(pick(rng, witnessQuotes))
	for i := 0; i < 60; i++ {
		f.details = append(f.details, detailSentence(rng, f))
	}
	return f
}

func newPerson(rng *rand.Rand, roles []string) person {
	return person{first: pick(rng, firstNames), last: pick(rng, lastNames), role: pick(rng, roles)}
}

// placeName builds a pronounceable invented name, so no real place is implied.
func placeName(rng *rand.Rand) string {
	n := 2 + rng.IntN(2)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[rng.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

// substitute fills {placeholders} in a template from the facts (and the report's planted values).
func substitute(t string, v map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		key := t[i+1 : i+j]
		if val, ok := v[key]; ok {
			b.WriteString(val)
		} else {
			b.WriteString(key)
		}
		t = t[i+j+1:]
	}
}

// detailSentence writes one background statement about the event from the vocabulary.
func detailSentence(rng *rand.Rand, f *facts) string {
	t := pick(rng, detailTemplates)
	v := map[string]string{
		"place": f.place, "region": f.region, "agency": f.agency, "company": f.company,
		"thing": pick(rng, f.kind.things), "actor": pick(rng, actors), "verb": pick(rng, verbs),
		"obj": pick(rng, objects), "when": pick(rng, whens), "n": fmt.Sprint(2 + rng.IntN(90)),
		"noun": f.kind.noun, "adj": pick(rng, adjectives),
	}
	return capitalize(substitute(t, v))
}

// capitalize upper-cases the first letter of a sentence that starts with a placeholder.
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// writeReport retells the facts as report number r; some reports carry planted discrepancies.
func writeReport(f *facts, r, words int, rng *rand.Rand) string {
	v := values(f, r, rng)
	var paras [][]string
	add := func(ts []string) {
		paras = append(paras, []string{capitalize(substitute(pick(rng, ts), v))})
	}
	headline := substitute(pick(rng, headlines), v)
	add(ledeTemplates)
	add(casualtyTemplates)
	add(durationTemplates)
	add(costTemplates)
	add(quoteOfficialTemplates)
	add(quoteWitnessTemplates)
	add(percentTemplates)
	add(expertTemplates)
	// Background: each report retells a shifted, partly overlapping subset of the shared
	// details, so alignment finds agreements, partial overlaps and unique details.
	count := 0
	for _, p := range paras {
		count += len(strings.Fields(p[0]))
	}
	tail := boilerplate(rng)
	target := words - len(strings.Fields(tail)) - len(strings.Fields(headline))
	start := rng.IntN(len(f.details))
	used := map[string]bool{} // a report states each background sentence once
	for k := 0; count < target; k++ {
		var s string
		if rng.IntN(5) == 0 {
			s = detailSentence(rng, f) // unique to this report
		} else {
			s = paraphrase(f.details[(start+k)%len(f.details)], rng)
		}
		if used[s] && k < 10*target {
			continue
		}
		used[s] = true
		count += len(strings.Fields(s))
		last := len(paras) - 1
		if len(paras[last]) >= 3 || rng.IntN(3) == 0 {
			paras = append(paras, []string{s})
		} else {
			paras[last] = append(paras[last], s)
		}
	}
	// Keep the lede first and shuffle the middle lightly, as outlets order facts differently.
	mid := paras[1:]
	for i := range mid {
		if rng.IntN(4) == 0 {
			j := rng.IntN(len(mid))
			mid[i], mid[j] = mid[j], mid[i]
		}
	}
	var b strings.Builder
	b.WriteString(headline)
	b.WriteString("\n\n")
	for _, p := range paras {
		b.WriteString(strings.Join(p, " "))
		b.WriteString("\n\n")
	}
	b.WriteString(tail)
	return b.String()
}

// values are the placeholders of one report: the facts, with planted discrepancies in
// reports 1 and 3 (numbers), 2 (duration as a round figure) and every fourth (quotes).
func values(f *facts, r int, rng *rand.Rand) map[string]string {
	dead, injured, days, cost := f.dead, f.injured, f.days, f.cost
	switch r % 5 {
	case 1:
		dead += 1 + rng.IntN(5)
	case 3:
		injured = injured * 3 / 2
		cost *= 2
	}
	daysText := spellDays(days)
	if r%5 == 2 {
		daysText = "a week"
		if days > 9 {
			daysText = "two weeks"
		}
	}
	qa := append([]string(nil), f.quoteA...)
	if r%4 == 3 && len(qa) > 3 {
		// A planted misquote: one word changed, one dropped.
		qa[len(qa)/2] = pick(rng, quoteSwaps)
		qa = append(qa[:1], qa[2:]...)
	}
	v := map[string]string{
		"kind": f.kind.noun, "Kind": strings.ToUpper(f.kind.noun[:1]) + f.kind.noun[1:],
		"verb": f.kind.verb, "place": f.place, "region": f.region, "weekday": f.weekday,
		"agency": f.agency, "company": f.company,
		"official": f.official.full(), "officialLast": f.official.last, "officialRole": f.official.role,
		"witness": f.witness.full(), "witnessLast": f.witness.last, "witnessRole": f.witness.role,
		"expert": f.expert.full(), "expertLast": f.expert.last, "expertRole": f.expert.role,
		"dead": fmt.Sprint(dead), "deadWord": numberWord(dead), "injured": fmt.Sprint(injured),
		"evac": fmt.Sprint(f.evac), "days": daysText, "hours": fmt.Sprint(f.hours),
		"cost": fmt.Sprintf("%.1f", cost), "percent": fmt.Sprint(f.percent),
		"quoteA": strings.Join(qa, " "), "quoteB": strings.Join(f.quoteB, " "),
	}
	return v
}

// paraphrase rewrites a shared sentence lightly: synonyms and reordered adverbials, so
// reports agree in meaning without sharing every word.
func paraphrase(s string, rng *rand.Rand) string {
	if rng.IntN(3) == 0 {
		return s
	}
	for _, p := range synonyms {
		if rng.IntN(2) == 0 && strings.Contains(s, p[0]) {
			s = strings.Replace(s, p[0], p[1], 1)
		}
	}
	return s
}

// boilerplate is the tail outlets append: sharing prompts, related links, a directory.
func boilerplate(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString(pick(rng, tailOpeners))
	b.WriteString("\n\n")
	n := 4 + rng.IntN(4)
	for i := 0; i < n; i++ {
		b.WriteString(pick(rng, relatedLinks))
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(pick(rng, tailFooters))
	b.WriteString("\n")
	return b.String()
}

// spellDays writes a day count as a number of days.
func spellDays(n int) string {
	if n == 1 {
		return "one day"
	}
	return numberWord(n) + " days"
}

// numberWord spells small numbers as words, as newspapers do, and larger ones as digits.
func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}
