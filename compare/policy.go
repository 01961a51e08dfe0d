package compare

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Policy decides which findings of a comparison fail a CI build.
type Policy struct {
	// FailOn lists what fails: discrepancy (any), major, minor, unique.
	FailOn []FailRule
	// Ignore lists accepted findings; a matched finding never fails.
	Ignore []IgnoreRule
}

// Policy returns the config's fail and ignore rules.
func (c *Config) Policy() Policy { return Policy{FailOn: c.FailOn, Ignore: c.Ignore} }

// Options returns the comparison options the config sets (threshold, tolerances).
func (c *Config) Options() Options {
	return Options{MinConfidence: c.MinConfidence, Tolerance: c.Tolerance, MonthFirst: c.MonthFirst}
}

// Judgement is a policy's decision on one comparison's findings.
type Judgement struct {
	// Failing holds the ids of findings that fail the build.
	Failing map[string]bool
	// Ignored maps the ids of findings that would fail but an ignore rule accepts to the rule.
	Ignored map[string]IgnoreRule
	// Used counts, per ignore rule index, how many findings it matched.
	Used []int
}

// Judge applies the policy to a result: a finding that matches a fail rule
// fails unless an ignore rule accepts it; ignore rules only ever cover
// findings that would otherwise fail.
func (p Policy) Judge(r *Result) Judgement {
	j := Judgement{Failing: map[string]bool{}, Ignored: map[string]IgnoreRule{}, Used: make([]int, len(p.Ignore))}
	for _, f := range r.Findings {
		if !p.fails(f) {
			continue
		}
		if i := p.ignoredBy(r, f); i >= 0 {
			j.Ignored[f.ID] = p.Ignore[i]
			j.Used[i]++
			continue
		}
		j.Failing[f.ID] = true
	}
	return j
}

// Reasons maps ignored finding ids to their rule's reason, for renderers.
func (j Judgement) Reasons() map[string]string {
	out := map[string]string{}
	for id, r := range j.Ignored {
		out[id] = r.Reason
	}
	return out
}

// fails reports whether a finding matches any fail_on rule.
func (p Policy) fails(f Finding) bool {
	for _, r := range p.FailOn {
		switch r.Match {
		case "discrepancy":
			if f.Verdict == Discrepancy {
				return true
			}
		case "major", "minor":
			if f.Verdict == Discrepancy && string(f.Severity) == r.Match {
				return true
			}
		case "unique":
			if f.Verdict == Unique {
				return true
			}
		}
	}
	return false
}

// ignoredBy returns the index of the first ignore rule matching f, or -1.
func (p Policy) ignoredBy(r *Result, f Finding) int {
	for i, rule := range p.Ignore {
		if rule.Matches(r, f) {
			return i
		}
	}
	return -1
}

// Matches reports whether the rule covers finding f of result r: same kind (if
// set), and some claim whose text, sentence or the finding's summary contains
// Text (case-insensitive) from the source named by Source (if set).
func (rule IgnoreRule) Matches(r *Result, f Finding) bool {
	if rule.Kind != "" && rule.Kind != f.Kind {
		return false
	}
	text := strings.ToLower(rule.Text)
	for _, c := range f.Claims {
		if rule.Source != "" && !sourceMatches(r, c.Source, rule.Source) {
			continue
		}
		if text == "" || strings.Contains(strings.ToLower(c.Text), text) ||
			strings.Contains(strings.ToLower(c.Sentence), text) || strings.Contains(strings.ToLower(f.Summary), text) {
			return true
		}
	}
	return false
}

// sourceMatches says whether source id is the one a rule names: by id, name,
// outlet, file name, or a path suffix.
func sourceMatches(r *Result, id, want string) bool {
	if id == want {
		return true
	}
	for _, s := range r.Sources {
		if s.ID != id {
			continue
		}
		p := filepath.ToSlash(s.Path)
		w := filepath.ToSlash(want)
		return strings.EqualFold(s.Name, want) || strings.EqualFold(s.Outlet, want) ||
			filepath.Base(s.Path) == want || p == w || strings.HasSuffix(p, "/"+w)
	}
	return false
}

// Describe says in words what the policy fails on, e.g. "major discrepancies".
func (p Policy) Describe() string {
	var parts []string
	for _, r := range p.FailOn {
		switch r.Match {
		case "discrepancy":
			parts = append(parts, "any discrepancy")
		case "unique":
			parts = append(parts, "unique details")
		default:
			parts = append(parts, fmt.Sprintf("%s discrepancies", r.Match))
		}
	}
	if len(parts) == 0 {
		return "nothing (fail_on is empty)"
	}
	return strings.Join(parts, ", ")
}
