package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// SARIFSchema is the JSON schema URI written into every SARIF log.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// sarifFingerprintKey names claimdiff's partial fingerprint; the /v1 changes if its recipe does.
const sarifFingerprintKey = "claimdiffFinding/v1"

// The subset of SARIF 2.1.0 claimdiff writes (OASIS standard, errata 01).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool      `json:"tool"`
	Results    []sarifResult  `json:"results"`
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	InformationURI  string      `json:"informationUri,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          map[string]any     `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine  int        `json:"startLine,omitempty"`
	ByteOffset *int       `json:"byteOffset,omitempty"`
	ByteLength *int       `json:"byteLength,omitempty"`
	Snippet    *sarifText `json:"snippet,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// SARIF writes a SARIF 2.1.0 log (what GitHub code scanning and CI dashboards read):
// one result per discrepancy, an error when major and a warning when minor, located
// at every report's evidence by line and byte region.
func SARIF(w io.Writer, r *compare.Result, o Options) error {
	return SARIFChecks(w, []Check{{Result: r}}, o)
}

// SARIFChecks writes the judged comparisons of claimdiff check as one SARIF run:
// failing findings are errors, other discrepancies warnings, and findings an
// ignore rule accepted are results with an external suppression and its reason.
func SARIFChecks(w io.Writer, checks []Check, o Options) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "claimdiff", Version: o.Version,
			SemanticVersion: semver(o.Version), Rules: []sarifRule{}}},
		Results:    []sarifResult{},
		Properties: map[string]any{"schema": compare.Schema},
	}
	ruleIndex := map[string]int{}
	for _, chk := range checks {
		r := Sanitize(chk.Result)
		paths := map[string]string{}
		for _, s := range r.Sources {
			paths[s.ID] = s.Path
		}
		for _, f := range r.Findings {
			reason, ignored := chk.Ignored[f.ID]
			failing := chk.Failing != nil && chk.Failing[f.ID]
			if f.Verdict != compare.Discrepancy && !failing && !ignored {
				continue
			}
			id := string(f.Verdict) + "/" + string(f.Kind)
			idx, ok := ruleIndex[id]
			if !ok {
				idx = len(run.Tool.Driver.Rules)
				ruleIndex[id] = idx
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleFor(f))
			}
			res := sarifResult{
				RuleID:              id,
				RuleIndex:           idx,
				Level:               sarifLevel(chk, f, failing),
				Message:             sarifText{Text: sarifMessage(chk.Name, f)},
				PartialFingerprints: map[string]string{sarifFingerprintKey: sarifFingerprint(chk.Name, id, f, paths)},
				Properties:          map[string]any{"finding": f.ID, "confidence": f.Confidence},
			}
			if f.Severity != "" {
				res.Properties["severity"] = string(f.Severity)
			}
			if chk.Name != "" {
				res.Properties["comparison"] = Clean(chk.Name)
			}
			if ignored {
				res.Suppressions = []sarifSuppression{{Kind: "external", Justification: Clean(reason)}}
			}
			for _, c := range f.Claims {
				uri := sarifURI(paths[c.Source])
				if uri == "" {
					continue
				}
				region := &sarifRegion{StartLine: c.Line, Snippet: &sarifText{Text: Clean(c.Text)}}
				if c.End > c.Start && c.Start >= 0 {
					start, n := c.Start, c.End-c.Start
					region.ByteOffset, region.ByteLength = &start, &n
				}
				if c.Line <= 0 && region.ByteOffset == nil {
					region = nil
				}
				res.Locations = append(res.Locations, sarifLocation{
					PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}, Region: region},
					Message:          &sarifText{Text: c.Source + " says: " + shorten(Clean(c.Text), 200)},
				})
			}
			run.Results = append(run.Results, res)
		}
	}
	return WriteJSON(w, sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifRuleFor describes the rule a finding's verdict and kind make.
func sarifRuleFor(f compare.Finding) sarifRule {
	kind := string(f.Kind)
	short := fmt.Sprintf("Reports disagree on a %s", kind)
	full := fmt.Sprintf("Two or more reports of the same event state a %s that does not agree once each value's imprecision is allowed for.", kind)
	level := "warning"
	if f.Verdict == compare.Unique {
		short = fmt.Sprintf("Only one report states a %s", kind)
		full = fmt.Sprintf("A %s stated by one report and by no other report of the event, so nothing corroborates it.", kind)
	} else if f.Verdict == compare.Agreement {
		short = fmt.Sprintf("Reports agree on a %s", kind)
		full = fmt.Sprintf("Two or more reports state the same %s.", kind)
		level = "note"
	}
	return sarifRule{
		ID:                   string(f.Verdict) + "/" + kind,
		Name:                 camel(kind) + camel(string(f.Verdict)),
		ShortDescription:     sarifText{Text: short},
		FullDescription:      sarifText{Text: full},
		Help:                 sarifText{Text: "Check each report's evidence at the locations given; the result's message says which values differ and why they were compared."},
		DefaultConfiguration: sarifRuleConfig{Level: level},
		Properties:           map[string]any{"tags": []string{"claimdiff", string(f.Verdict), kind}},
	}
}

// sarifLevel is error for a major discrepancy or a finding that fails the check, else warning.
func sarifLevel(chk Check, f compare.Finding, failing bool) string {
	if chk.Failing == nil {
		if f.Severity == compare.Major {
			return "error"
		}
		return "warning"
	}
	if failing {
		return "error"
	}
	return "warning"
}

// sarifMessage says what differs and why, prefixed with the comparison when there are several.
func sarifMessage(name string, f compare.Finding) string {
	msg := strings.TrimSpace(fmt.Sprintf("%s %s %s: %s", f.Severity, f.Kind, f.Verdict, Clean(f.Summary)))
	if name != "" {
		msg = Clean(name) + ": " + msg
	}
	if w := why(f); w != "" {
		msg += ". Why: " + Clean(w)
	}
	return msg
}

// sarifFingerprint identifies a finding across runs: its comparison, rule and each
// claim's file and words, but not finding ids, lines or offsets, which move when a
// report is edited elsewhere or another finding appears.
func sarifFingerprint(name, rule string, f compare.Finding, paths map[string]string) string {
	var parts []string
	for _, c := range f.Claims {
		words := strings.ToLower(strings.Join(strings.Fields(c.Text), " "))
		parts = append(parts, filepath.ToSlash(paths[c.Source])+"\x1f"+words)
	}
	sort.Strings(parts)
	h := sha256.Sum256([]byte(name + "\x1e" + rule + "\x1e" + strings.Join(parts, "\x1e")))
	return hex.EncodeToString(h[:16])
}

// sarifURI turns a report's path into a URI reference: URLs stay, file paths become
// slash-separated and percent-encoded; standard input has no location.
func sarifURI(p string) string {
	switch {
	case p == "" || p == "-":
		return ""
	case strings.Contains(p, "://"):
		return p
	}
	u := url.URL{Path: filepath.ToSlash(p)}
	if filepath.IsAbs(p) {
		u.Scheme = "file"
	}
	return u.String()
}

// semver returns v when it is a plain semantic version (what SARIF's semanticVersion
// expects), else "".
func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	core := v
	if i := strings.IndexAny(core, "-+"); i >= 0 {
		core = core[:i]
	}
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return ""
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return ""
		}
	}
	return v
}

// camel turns "quote" into "Quote" for SARIF rule names.
func camel(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
