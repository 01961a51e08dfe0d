// Package evalscore scores a claimdiff/v1 JSON report against hand-made gold
// annotations with exactly the rules of ../shared/eval/score.py, so that
// `go test` guards the same figures the external scorer reports.
package evalscore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Gold is one case's annotation file (gold.json).
type Gold struct {
	About string   `json:"about"`
	Files []string `json:"files"`
	Items []Item   `json:"items"`
	Noise []string `json:"noise"`
}

// Item is one expected finding: a verdict and, per gold file index, text that a
// claim's sentence (or claim text) of that source must contain.
type Item struct {
	Verdict  string   `json:"verdict"`
	Kind     string   `json:"kind"`
	Evidence Evidence `json:"evidence"`
}

// Evidence is an item's evidence object, keys in file order as Python's dict keeps them.
type Evidence []Side

// Side is one evidence entry: the key (a gold file index) and the text to find.
type Side struct {
	Key    string
	Needle string
}

// UnmarshalJSON reads the evidence object keeping key order; a repeated key
// keeps its first position and its last value, as a Python dict does.
func (e *Evidence) UnmarshalJSON(data []byte) error {
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return err
	}
	seen := map[string]bool{}
	out := Evidence{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		k, _ := tok.(string)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, Side{Key: k, Needle: m[k]})
		}
	}
	*e = out
	return nil
}

// LoadGold reads dir/gold.json.
func LoadGold(dir string) (*Gold, error) {
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("parse %s: %w", filepath.Join(dir, "gold.json"), err)
	}
	return &g, nil
}

// Paths returns the case's article paths as score.py passes them to the tool:
// each file joined to dir and cleaned.
func (g *Gold) Paths(dir string) []string {
	out := make([]string, len(g.Files))
	for i, f := range g.Files {
		out[i] = filepath.Clean(filepath.Join(dir, f))
	}
	return out
}

// Report is the part of a claimdiff/v1 JSON report the scorer reads.
type Report struct {
	Sources  []ReportSource  `json:"sources"`
	Findings []ReportFinding `json:"findings"`
	// Excluded lists the sentences dropped as boilerplate (only with --show-excluded).
	Excluded []ReportClaim `json:"excluded"`
}

// ReportSource is one source of a report; ID and Path are nil when absent or null.
type ReportSource struct {
	ID   *string `json:"id"`
	Path *string `json:"path"`
}

// ReportFinding is one finding of a report.
type ReportFinding struct {
	Verdict string        `json:"verdict"`
	Kind    string        `json:"kind"`
	Claims  []ReportClaim `json:"claims"`
}

// ReportClaim is one claim of a finding; Source is nil when absent or null,
// which score.py treats as a distinct value (Python None).
type ReportClaim struct {
	Source   *string `json:"source"`
	Text     string  `json:"text"`
	Sentence string  `json:"sentence"`
}

// ParseReport decodes a claimdiff/v1 JSON report.
func ParseReport(data []byte) (*Report, error) {
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("report is not JSON: %w", err)
	}
	return &r, nil
}

// quoteFold is score.py's QUOTES table: typographic quotes and dashes to ASCII.
var quoteFold = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`, "\u2013", "-", "\u2014", "-",
)

// Norm is score.py's norm(): NFKC, quote and dash folding, whitespace collapsed
// to single spaces, then Python's str.lower().
func Norm(s string) string {
	s = norm.NFKC.String(s)
	s = quoteFold.Replace(s)
	s = strings.Join(strings.FieldsFunc(s, isPySpace), " ")
	return pyLower(s)
}

// isPySpace matches the characters Python's str.split() splits on: Go's
// unicode.IsSpace plus the ASCII information separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// pyLower is Python's str.lower(): the simple lower-case mapping, except the
// full mapping of U+0130 (İ → i + combining dot) and the final-sigma rule.
func pyLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			if finalSigma(s, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at byte i ends a word: a cased
// letter precedes it and none follows, skipping case-ignorable characters.
func finalSigma(s string, i int) bool {
	before := false
	for j := i; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if caseIgnorable(r) {
			continue
		}
		before = cased(r)
		break
	}
	if !before {
		return false
	}
	for j := i + len("\u03a3"); j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		j += n
		if caseIgnorable(r) {
			continue
		}
		return !cased(r)
	}
	return true
}

func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2018, 0x2019, 0x2024, 0x2027:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// claimTexts is score.py's claim_texts(): the normalised sentence and claim text.
func claimTexts(c ReportClaim) string {
	return Norm(c.Sentence) + " \x00 " + Norm(c.Text)
}

// sourceRef is a source id as score.py sees it: a string, or None when the
// gold index has no source or the source has no id.
type sourceRef struct {
	id  string
	nil bool
}

func refOf(p *string) sourceRef {
	if p == nil {
		return sourceRef{nil: true}
	}
	return sourceRef{id: *p}
}

// evidenceSide is one side of an item's evidence: a gold file index and its needle.
type evidenceSide struct {
	idx    int
	needle string
}

// evidence parses an item's evidence keys as Python's int() would.
func evidence(ev Evidence) ([]evidenceSide, error) {
	out := make([]evidenceSide, 0, len(ev))
	for _, s := range ev {
		n, err := strconv.Atoi(strings.TrimSpace(s.Key))
		if err != nil {
			return nil, fmt.Errorf("evidence key %q is not a source index", s.Key)
		}
		out = append(out, evidenceSide{idx: n, needle: s.Needle})
	}
	return out, nil
}

// ids maps a gold file index to the report's source id.
type ids map[int]sourceRef

func (m ids) get(i int) sourceRef {
	if r, ok := m[i]; ok {
		return r
	}
	return sourceRef{nil: true}
}

// sourceIDs maps gold file indexes to report source ids by path basename,
// falling back to order, as score.py's source_ids() does.
func sourceIDs(r *Report, files []string) ids {
	out := ids{}
	for i, f := range files {
		base := pyBasename(f)
		found := false
		for _, s := range r.Sources {
			p := "None" // str(None) in score.py when the path is null
			if s.Path != nil {
				p = *s.Path
			}
			if pyBasename(p) == base {
				out[i] = refOf(s.ID)
				found = true
				break
			}
		}
		if !found && i < len(r.Sources) {
			out[i] = refOf(r.Sources[i].ID)
		}
	}
	return out
}

// pyBasename is Python's posixpath.basename: everything after the last slash.
func pyBasename(p string) string {
	return p[strings.LastIndex(p, "/")+1:]
}

// claimOf reports whether claim c belongs to ref and carries needle n (normalised).
func claimOf(c ReportClaim, ref sourceRef, n string) bool {
	return refOf(c.Source) == ref && strings.Contains(claimTexts(c), n)
}

// matches is score.py's matches(): every evidence side is carried by a claim of that source.
func matches(f *ReportFinding, ev []evidenceSide, m ids) bool {
	for _, side := range ev {
		ref := m.get(side.idx)
		n := Norm(side.needle)
		hit := false
		for _, c := range f.Claims {
			if claimOf(c, ref, n) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// CaseScore holds one case's counts, named as in score.py.
type CaseScore struct {
	Disc, DiscHit   int
	Agree, AgreeHit int
	Uniq, UniqHit   int
	ReportedDisc    int
	FalseDisc       int
	FalseAgree      int
	Leaks           int
	Findings        int
	// Lost counts gold evidence found among the excluded sentences (article text dropped as boilerplate).
	Lost    int
	Details []string // score.py's --verbose lines: misses, false findings, leaks
}

// Line formats the per-case line exactly as score.py prints it.
func (s CaseScore) Line(name string) string {
	return fmt.Sprintf("%s: disc %d/%d (false %d), agree %d/%d, unique %d/%d, false agreements %d, leaks %d, findings %d",
		name, s.DiscHit, s.Disc, s.FalseDisc, s.AgreeHit, s.Agree, s.UniqHit, s.Uniq, s.FalseAgree, s.Leaks, s.Findings)
}

// verdictKey is score.py's verdict-to-counter table; "either" is not scored.
var verdictKey = map[string]string{"discrepancy": "disc", "agreement": "agree", "unique": "uniq"}

// Score scores one report against one case's gold, as score.py's score_case() does
// after running the tool.
func Score(g *Gold, r *Report) (CaseScore, error) {
	m := sourceIDs(r, g.Files)
	by := func(v string) []*ReportFinding {
		var out []*ReportFinding
		for i := range r.Findings {
			if r.Findings[i].Verdict == v {
				out = append(out, &r.Findings[i])
			}
		}
		return out
	}
	s := CaseScore{ReportedDisc: len(by("discrepancy")), Findings: len(r.Findings)}
	evs := make([][]evidenceSide, len(g.Items))
	for i, it := range g.Items {
		ev, err := evidence(it.Evidence)
		if err != nil {
			return s, fmt.Errorf("gold item %d: %w", i, err)
		}
		evs[i] = ev
	}
	for i, it := range g.Items {
		if it.Verdict == "either" {
			continue
		}
		key, ok := verdictKey[it.Verdict]
		if !ok {
			return s, fmt.Errorf("gold item %d: unknown verdict %q", i, it.Verdict)
		}
		hit := false
		for _, f := range by(it.Verdict) {
			if matches(f, evs[i], m) {
				hit = true
				break
			}
		}
		switch key {
		case "disc":
			s.Disc++
			s.DiscHit += b2i(hit)
		case "agree":
			s.Agree++
			s.AgreeHit += b2i(hit)
		case "uniq":
			s.Uniq++
			s.UniqHit += b2i(hit)
		}
		if !hit {
			other := map[string]bool{}
			for fi := range r.Findings {
				if matches(&r.Findings[fi], evs[i], m) {
					other[r.Findings[fi].Verdict] = true
				}
			}
			line := fmt.Sprintf("  missed %s: %s", it.Verdict, evidenceJSON(it.Evidence))
			if len(other) > 0 {
				vs := make([]string, 0, len(other))
				for v := range other {
					vs = append(vs, v)
				}
				sort.Strings(vs)
				line += " (reported as " + strings.Join(vs, ", ") + ")"
			}
			s.Details = append(s.Details, line)
		}
	}
	var okDisc, discEv, uniqEv [][]evidenceSide
	for i, it := range g.Items {
		switch it.Verdict {
		case "discrepancy":
			okDisc = append(okDisc, evs[i])
			discEv = append(discEv, evs[i])
		case "either":
			okDisc = append(okDisc, evs[i])
		case "unique":
			uniqEv = append(uniqEv, evs[i])
		}
	}
	for _, f := range by("discrepancy") {
		if !anyMatch(f, okDisc, m) {
			s.FalseDisc++
			s.Details = append(s.Details, "  false discrepancy: "+claimList(f))
		}
	}
	// Agreements that contradict the gold: they pair a discrepancy, or include a
	// detail that the gold says only one source reports.
	for _, f := range by("agreement") {
		bad := anyMatch(f, discEv, m)
		for _, ev := range uniqEv {
			for _, side := range ev {
				ref, n := m.get(side.idx), Norm(side.needle)
				for _, c := range f.Claims {
					bad = bad || claimOf(c, ref, n)
				}
			}
		}
		if bad {
			s.FalseAgree++
			s.Details = append(s.Details, "  false agreement: "+claimList(f))
		}
	}
	for _, needle := range g.Noise {
		n := Norm(needle)
		leaked := false
		for _, f := range r.Findings {
			for _, c := range f.Claims {
				leaked = leaked || strings.Contains(claimTexts(c), n)
			}
		}
		if leaked {
			s.Leaks++
			s.Details = append(s.Details, "  noise leaked: "+needle)
		}
	}
	// Article text dropped as boilerplate: gold evidence found among the
	// excluded sentences (only known when the report lists them).
	for i := range g.Items {
		for _, side := range evs[i] {
			ref, n := m.get(side.idx), Norm(side.needle)
			for _, x := range r.Excluded {
				if refOf(x.Source) == ref && strings.Contains(Norm(x.Text), n) {
					s.Lost++
					s.Details = append(s.Details, fmt.Sprintf("  evidence excluded as boilerplate: [%s] %s", ref.display(), side.needle))
					break
				}
			}
		}
	}
	return s, nil
}

func anyMatch(f *ReportFinding, evs [][]evidenceSide, m ids) bool {
	for _, ev := range evs {
		if matches(f, ev, m) {
			return true
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// claimList formats a finding's claims as score.py's verbose lines do.
func claimList(f *ReportFinding) string {
	parts := make([]string, len(f.Claims))
	for i, c := range f.Claims {
		src := "None"
		if c.Source != nil {
			src = *c.Source
		}
		t := c.Text
		if t == "" {
			t = truncRunes(c.Sentence, 90)
		}
		parts[i] = "[" + src + "] " + t
	}
	return strings.Join(parts, " | ")
}

func truncRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// evidenceJSON renders evidence as Python's json.dumps(ensure_ascii=False) does.
func evidenceJSON(ev Evidence) string {
	parts := make([]string, len(ev))
	for i, s := range ev {
		parts[i] = pyJSONString(s.Key) + ": " + pyJSONString(s.Needle)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// pyJSONString quotes s as Python's json.dumps with ensure_ascii=False.
func pyJSONString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Totals sums case scores; Summary prints score.py's final line from it.
type Totals struct {
	CaseScore
	// Errors counts cases that could not be scored (the tool failed or printed no JSON).
	Errors int
	// Cases counts the cases added.
	Cases int
}

// Add accumulates one case's counts.
func (t *Totals) Add(s CaseScore) {
	t.Cases++
	t.Disc += s.Disc
	t.DiscHit += s.DiscHit
	t.Agree += s.Agree
	t.AgreeHit += s.AgreeHit
	t.Uniq += s.Uniq
	t.UniqHit += s.UniqHit
	t.ReportedDisc += s.ReportedDisc
	t.FalseDisc += s.FalseDisc
	t.FalseAgree += s.FalseAgree
	t.Leaks += s.Leaks
	t.Findings += s.Findings
	t.Lost += s.Lost
}

// DiscRecall is the share of gold discrepancies reported as discrepancies (1 when there are none).
func (t Totals) DiscRecall() float64 { return ratio(t.DiscHit, t.Disc) }

// DiscPrecision is the share of reported discrepancies that a gold discrepancy or
// "either" item excuses; with none reported it is 1 if the gold has none, else 0.
func (t Totals) DiscPrecision() float64 {
	if t.ReportedDisc > 0 {
		return float64(t.ReportedDisc-t.FalseDisc) / float64(t.ReportedDisc)
	}
	if t.Disc == 0 {
		return 1
	}
	return 0
}

// AgreeRecall is the share of gold agreements reported as agreements (1 when there are none).
func (t Totals) AgreeRecall() float64 { return ratio(t.AgreeHit, t.Agree) }

// UniqueRecall is the share of gold unique details reported as unique (1 when there are none).
func (t Totals) UniqueRecall() float64 { return ratio(t.UniqHit, t.Uniq) }

func ratio(hit, n int) float64 {
	if n == 0 {
		return 1
	}
	return float64(hit) / float64(n)
}

// Summary is score.py's last line. With no case scored it is score.py's
// "no case could be scored" line.
func (t Totals) Summary() string {
	if t.Cases == 0 {
		return "score: no case could be scored"
	}
	return fmt.Sprintf("score: disc-recall=%.2f disc-precision=%.2f agree-recall=%.2f unique-recall=%.2f "+
		"false-agreements=%d noise-leaks=%d errors=%d findings=%d lost-evidence=%d",
		t.DiscRecall(), t.DiscPrecision(), t.AgreeRecall(), t.UniqueRecall(),
		t.FalseAgree, t.Leaks, t.Errors, t.Findings, t.Lost)
}

// CaseName is the name score.py prints for a case directory: its cleaned base name.
func CaseName(dir string) string {
	return filepath.Base(filepath.Clean(dir))
}

// display prints a source id as Python's str() does (None when absent).
func (r sourceRef) display() string {
	if r.nil {
		return "None"
	}
	return r.id
}
