package compare

import "github.com/claimdiff/claimdiff/claims"

// Schema is the version tag of the JSON result shape.
const Schema = "claimdiff/v1"

// Verdict is what a finding says about its claims.
type Verdict string

// The verdicts a finding can carry.
const (
	Agreement   Verdict = "agreement"
	Discrepancy Verdict = "discrepancy"
	Unique      Verdict = "unique"
)

// Severity grades a discrepancy; agreements and unique details have none.
type Severity string

// The severities of a discrepancy.
const (
	Major Severity = "major"
	Minor Severity = "minor"
	None  Severity = ""
)

// Result is everything one comparison found; every renderer reads only this.
type Result struct {
	Schema      string        `json:"schema"`
	Sources     []Source      `json:"sources"`
	Findings    []Finding     `json:"findings"`
	Reliability []Reliability `json:"reliability,omitempty"`
	Event       *EventCheck   `json:"event,omitempty"`
	Warnings    []string      `json:"warnings,omitempty"`
	Excluded    []Exclusion   `json:"excluded,omitempty"`
}

// Source summarises one input report.
type Source struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Path      string `json:"path"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Format    string `json:"format,omitempty"`
	Sentences int    `json:"sentences"`
	Excluded  int    `json:"excluded"`
	Claims    int    `json:"claims"`
	// DuplicateOf names the source this one republishes (syndicated copy), if any.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Finding is one aligned group of claims (or one unique claim) with its verdict and reasons.
type Finding struct {
	ID         string      `json:"id"`
	Verdict    Verdict     `json:"verdict"`
	Kind       claims.Kind `json:"kind"`
	Severity   Severity    `json:"severity"`
	Summary    string      `json:"summary"`
	Confidence float64     `json:"confidence"`
	Rule       string      `json:"rule,omitempty"`
	// Why is the finding's reason in one sentence an editor reads; Reasons keep the internals.
	Why       string         `json:"why,omitempty"`
	Reasons   []string       `json:"reasons,omitempty"`
	Claims    []claims.Claim `json:"claims"`
	Positions []Position     `json:"positions,omitempty"`
	Majority  string         `json:"majority,omitempty"`
	Diff      []DiffOp       `json:"diff,omitempty"`
	// basis is what the rule that decided found, in data the description pass words (see why.go).
	basis basis
}

// Position is one distinct value in a group and the sources that state it.
type Position struct {
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
}

// DiffOp is one word-level edit between two quotations: equal, insert or delete.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
	// Allowed marks edits that do not change meaning (case, brackets, ellipses).
	Allowed bool `json:"allowed,omitempty"`
}

// Reliability is one report's profile: how much of it others corroborate.
type Reliability struct {
	Source         string   `json:"source"`
	Score          float64  `json:"score"`
	Checked        int      `json:"checked"`
	Corroborated   int      `json:"corroborated"`
	Minority       int      `json:"minority"`
	Contested      int      `json:"contested"`
	Unique         int      `json:"unique"`
	QuotesVerbatim int      `json:"quotes_verbatim"`
	QuotesAltered  int      `json:"quotes_altered"`
	QuotesUnique   int      `json:"quotes_unique"`
	Attribution    float64  `json:"attribution_rate"`
	Specificity    float64  `json:"specificity"`
	Boilerplate    float64  `json:"boilerplate_share"`
	Independent    bool     `json:"independent"`
	Reasons        []string `json:"reasons,omitempty"`
}

// EventCheck says whether the reports look like coverage of one event.
type EventCheck struct {
	Same       bool    `json:"same"`
	Similarity float64 `json:"similarity"`
	Note       string  `json:"note,omitempty"`
}

// Exclusion is one sentence dropped as boilerplate or off-topic, with the reason.
type Exclusion struct {
	Source string `json:"source"`
	Line   int    `json:"line"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
	// Class is the furniture class (caption, credit, promo, ...) and Cue what decided it.
	Class string `json:"class,omitempty"`
	Cue   string `json:"cue,omitempty"`
}
