package compare

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/claimdiff/claimdiff/claims"
)

// DefaultConfigFile is the file claimdiff check reads when --config is not given.
const DefaultConfigFile = ".claimdiff.yaml"

// MaxConfigBytes bounds the size of a config file; a larger one is an error.
const MaxConfigBytes = 1 << 20

// Config is a parsed .claimdiff.yaml: what claimdiff check compares and when it fails.
type Config struct {
	// Path is the config file; relative report paths are resolved against its directory.
	Path string
	// Comparisons are explicit groups of report files.
	Comparisons []ComparisonConfig
	// Events are directories whose subdirectories each hold the reports of one event.
	Events []PathAt
	// MinConfidence drops findings below this confidence.
	MinConfidence float64
	// Tolerance overrides the relative tolerance of numeric comparisons per kind.
	Tolerance map[claims.Kind]float64
	// FailOn lists what fails the build: discrepancy, major, minor or unique.
	FailOn []FailRule
	// Ignore lists known findings that never fail the build, each with a reason.
	Ignore []IgnoreRule
	// Format is the summary's output format; Output the file it goes to ("" for stdout).
	Format string
	Output string
	// MonthFirst reads numeric dates month-first.
	MonthFirst bool
}

// ComparisonConfig is one explicit comparison: a name and its report files.
type ComparisonConfig struct {
	Name  string
	Files []PathAt
	Line  int
}

// PathAt is a path from the config with the line it was written on.
type PathAt struct {
	Path string
	Line int
}

// FailRule is one fail_on entry.
type FailRule struct {
	Match string
	Line  int
}

// IgnoreRule marks known findings as accepted: they match by kind, a
// case-insensitive substring of a claim's text or sentence, and optionally a source.
type IgnoreRule struct {
	Kind   claims.Kind
	Text   string
	Source string
	Reason string
	Line   int
}

// ConfigError is a problem in a config file, located by line (0 when unknown).
type ConfigError struct {
	File    string
	Line    int
	Problem string
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Problem)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Problem)
}

// FailOnValues are the accepted fail_on entries.
var FailOnValues = []string{"discrepancy", "major", "minor", "unique"}

// OutputFormats are the summary formats claimdiff check writes.
var OutputFormats = []string{"table", "json", "markdown", "junit", "github", "sarif", "html", "csv"}

// Kinds lists every claim kind, for validating kind names in a config.
var Kinds = []claims.Kind{claims.KindStatement, claims.KindNumber, claims.KindMoney, claims.KindPercent,
	claims.KindDuration, claims.KindAge, claims.KindMeasure, claims.KindDate, claims.KindTime, claims.KindTally,
	claims.KindRole, claims.KindQuote, claims.KindAttribution, claims.KindPolarity}

// LoadConfig reads and parses a config file.
func LoadConfig(path string) (*Config, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &ConfigError{File: path, Problem: "no such config file (create one with claimdiff init)"}
	case err != nil:
		return nil, &ConfigError{File: path, Problem: fmt.Sprintf("cannot read: %v", err)}
	case info.IsDir():
		return nil, &ConfigError{File: path, Problem: "is a directory, not a config file"}
	case info.Size() > MaxConfigBytes:
		return nil, &ConfigError{File: path, Problem: fmt.Sprintf("config is %d bytes, over the %d byte limit", info.Size(), MaxConfigBytes)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ConfigError{File: path, Problem: fmt.Sprintf("cannot read: %v", err)}
	}
	return ParseConfig(path, data)
}

// ParseConfig parses config text; path names the file in errors and anchors relative paths.
// Unknown keys, wrong types and bad values are errors naming their line.
func ParseConfig(path string, data []byte) (*Config, error) {
	cfg := &Config{Path: path, Format: "table", MinConfidence: DefaultMinConfidence}
	p := &configParser{file: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, p.yamlErr(err)
	}
	if len(doc.Content) == 0 {
		return nil, &ConfigError{File: path, Line: 1, Problem: "config is empty: it needs comparisons or events"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, p.errf(root, "the config must be a mapping of keys (comparisons, events, fail_on, ...), not a %s", kindName(root))
	}
	failOnSet := false
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if prev, dup := seen[k.Value]; dup {
			return nil, p.errf(k, "key %q is repeated (first on line %d)", k.Value, prev)
		}
		seen[k.Value] = k.Line
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" && k.Value != "output" {
			continue // "ignore:" with every rule commented out keeps the default
		}
		var err error
		switch k.Value {
		case "version":
			var n int
			if n, err = p.integer(v); err == nil && n != 1 {
				err = p.errf(v, "version %d is not supported (this claimdiff reads version 1)", n)
			}
		case "comparisons":
			cfg.Comparisons, err = p.comparisons(v)
		case "events":
			cfg.Events, err = p.paths(v, "events")
		case "min_confidence":
			cfg.MinConfidence, err = p.fraction(v, "min_confidence")
		case "tolerance":
			cfg.Tolerance, err = p.tolerance(v)
		case "fail_on":
			failOnSet = true
			cfg.FailOn, err = p.failOn(v)
		case "ignore":
			cfg.Ignore, err = p.ignore(v)
		case "month_first":
			cfg.MonthFirst, err = p.boolean(v)
		case "output":
			err = p.output(v, cfg)
		default:
			err = p.errf(k, "unknown key %q (known: version, comparisons, events, min_confidence, tolerance, fail_on, ignore, month_first, output)", k.Value)
		}
		if err != nil {
			return nil, err
		}
	}
	if len(cfg.Comparisons) == 0 && len(cfg.Events) == 0 {
		return nil, p.errf(root, "nothing to check: add comparisons (lists of report files) or events (a directory of event directories)")
	}
	if !failOnSet {
		cfg.FailOn = []FailRule{{Match: "discrepancy"}}
	}
	return cfg, nil
}

// configParser turns yaml nodes into config values with located errors.
type configParser struct{ file string }

func (p *configParser) errf(n *yaml.Node, format string, a ...any) error {
	return &ConfigError{File: p.file, Line: n.Line, Problem: fmt.Sprintf(format, a...)}
}

// yamlErr locates a YAML syntax error; yaml.v3 writes "yaml: line N: problem".
func (p *configParser) yamlErr(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, e := strconv.Atoi(num); e == nil {
				line, msg = n, tail
			}
		}
	}
	return &ConfigError{File: p.file, Line: line, Problem: "invalid YAML: " + msg}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	if n.Tag == "!!null" {
		return "empty value"
	}
	return "scalar " + strconv.Quote(n.Value)
}

func (p *configParser) str(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", p.errf(n, "%s must be a string, not a %s", what, kindName(n))
	}
	return n.Value, nil
}

func (p *configParser) integer(n *yaml.Node) (int, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
		return 0, p.errf(n, "want a whole number, not a %s", kindName(n))
	}
	v, err := strconv.Atoi(n.Value)
	if err != nil {
		return 0, p.errf(n, "want a whole number: %v", err)
	}
	return v, nil
}

func (p *configParser) boolean(n *yaml.Node) (bool, error) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" || n.Decode(&b) != nil {
		return false, p.errf(n, "want true or false, not a %s", kindName(n))
	}
	return b, nil
}

// fraction reads a number in [0, 1], also written as a percentage ("10%").
func (p *configParser) fraction(n *yaml.Node, what string) (float64, error) {
	if n.Kind != yaml.ScalarNode {
		return 0, p.errf(n, "%s must be a number between 0 and 1, not a %s", what, kindName(n))
	}
	s, scale := n.Value, 1.0
	if t, ok := strings.CutSuffix(strings.TrimSpace(s), "%"); ok && n.Tag == "!!str" {
		s, scale = strings.TrimSpace(t), 0.01
	} else if n.Tag != "!!int" && n.Tag != "!!float" {
		return 0, p.errf(n, "%s must be a number between 0 and 1 (or a percentage like 10%%), not %q", what, n.Value)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, p.errf(n, "%s: %q is not a number", what, n.Value)
	}
	f *= scale
	if f < 0 || f > 1 || f != f {
		return 0, p.errf(n, "%s must be between 0 and 1, got %s", what, n.Value)
	}
	return f, nil
}

func (p *configParser) list(n *yaml.Node, what string) ([]*yaml.Node, error) {
	switch {
	case n.Kind == yaml.SequenceNode:
		return n.Content, nil
	case n.Kind == yaml.ScalarNode && n.Tag != "!!null":
		return []*yaml.Node{n}, nil // one value where a list is expected is a list of one
	}
	return nil, p.errf(n, "%s must be a list, not a %s", what, kindName(n))
}

func (p *configParser) paths(n *yaml.Node, what string) ([]PathAt, error) {
	items, err := p.list(n, what)
	if err != nil {
		return nil, err
	}
	var out []PathAt
	for _, it := range items {
		s, err := p.str(it, what+" entry")
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(s) == "" {
			return nil, p.errf(it, "%s entry is empty", what)
		}
		out = append(out, PathAt{Path: s, Line: it.Line})
	}
	return out, nil
}

func (p *configParser) comparisons(n *yaml.Node) ([]ComparisonConfig, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "comparisons must be a list of {name, files}, not a %s", kindName(n))
	}
	var out []ComparisonConfig
	for i, it := range n.Content {
		if it.Kind != yaml.MappingNode {
			return nil, p.errf(it, "comparison %d must be a mapping with name and files, not a %s", i+1, kindName(it))
		}
		c := ComparisonConfig{Name: fmt.Sprintf("comparison %d", i+1), Line: it.Line}
		hasFiles := false
		for j := 0; j+1 < len(it.Content); j += 2 {
			k, v := it.Content[j], it.Content[j+1]
			var err error
			switch k.Value {
			case "name":
				c.Name, err = p.str(v, "name")
			case "files":
				hasFiles = true
				c.Files, err = p.paths(v, "files")
				if err == nil && len(c.Files) < 2 {
					err = p.errf(v, "comparison %q needs at least two files, got %d", c.Name, len(c.Files))
				}
			default:
				err = p.errf(k, "unknown key %q in a comparison (known: name, files)", k.Value)
			}
			if err != nil {
				return nil, err
			}
		}
		if !hasFiles {
			return nil, p.errf(it, "comparison %q has no files", c.Name)
		}
		out = append(out, c)
	}
	return out, nil
}

func (p *configParser) tolerance(n *yaml.Node) (map[claims.Kind]float64, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errf(n, "tolerance must be a mapping of kind to relative tolerance (number: 0.1), not a %s", kindName(n))
	}
	out := map[claims.Kind]float64{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kind, err := p.kind(k)
		if err != nil {
			return nil, err
		}
		f, err := p.fraction(v, "tolerance of "+string(kind))
		if err != nil {
			return nil, err
		}
		out[kind] = f
	}
	return out, nil
}

func (p *configParser) kind(n *yaml.Node) (claims.Kind, error) {
	s, err := p.str(n, "kind")
	if err != nil {
		return "", err
	}
	for _, k := range Kinds {
		if string(k) == s {
			return k, nil
		}
	}
	var names []string
	for _, k := range Kinds {
		names = append(names, string(k))
	}
	sort.Strings(names)
	return "", p.errf(n, "unknown kind %q (known: %s)", s, strings.Join(names, ", "))
}

func (p *configParser) failOn(n *yaml.Node) ([]FailRule, error) {
	items, err := p.list(n, "fail_on")
	if err != nil {
		return nil, err
	}
	out := []FailRule{}
	for _, it := range items {
		s, err := p.str(it, "fail_on entry")
		if err != nil {
			return nil, err
		}
		ok := false
		for _, v := range FailOnValues {
			ok = ok || v == s
		}
		if !ok {
			return nil, p.errf(it, "fail_on %q: want one of %s", s, strings.Join(FailOnValues, ", "))
		}
		out = append(out, FailRule{Match: s, Line: it.Line})
	}
	return out, nil
}

func (p *configParser) ignore(n *yaml.Node) ([]IgnoreRule, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, p.errf(n, "ignore must be a list of rules {kind, text, source, reason}, not a %s", kindName(n))
	}
	var out []IgnoreRule
	for _, it := range n.Content {
		if it.Kind != yaml.MappingNode {
			return nil, p.errf(it, "ignore rule must be a mapping {kind, text, source, reason}, not a %s", kindName(it))
		}
		r := IgnoreRule{Line: it.Line}
		for j := 0; j+1 < len(it.Content); j += 2 {
			k, v := it.Content[j], it.Content[j+1]
			var err error
			switch k.Value {
			case "kind":
				r.Kind, err = p.kind(v)
			case "text":
				r.Text, err = p.str(v, "text")
			case "source":
				r.Source, err = p.str(v, "source")
			case "reason":
				r.Reason, err = p.str(v, "reason")
			default:
				err = p.errf(k, "unknown key %q in an ignore rule (known: kind, text, source, reason)", k.Value)
			}
			if err != nil {
				return nil, err
			}
		}
		switch {
		case strings.TrimSpace(r.Reason) == "":
			return nil, p.errf(it, "ignore rule needs a reason: say why this discrepancy is accepted")
		case r.Kind == "" && strings.TrimSpace(r.Text) == "":
			return nil, p.errf(it, "ignore rule needs a kind or a text to match")
		}
		out = append(out, r)
	}
	return out, nil
}

func (p *configParser) output(n *yaml.Node, cfg *Config) error {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		return p.format(n, cfg) // "output: junit" is shorthand for the format
	}
	if n.Kind != yaml.MappingNode {
		return p.errf(n, "output must be a mapping {format, file}, not a %s", kindName(n))
	}
	for j := 0; j+1 < len(n.Content); j += 2 {
		k, v := n.Content[j], n.Content[j+1]
		var err error
		switch k.Value {
		case "format":
			err = p.format(v, cfg)
		case "file":
			cfg.Output, err = p.str(v, "output file")
		default:
			err = p.errf(k, "unknown key %q in output (known: format, file)", k.Value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (p *configParser) format(n *yaml.Node, cfg *Config) error {
	s, err := p.str(n, "output format")
	if err != nil {
		return err
	}
	for _, f := range OutputFormats {
		if f == s {
			cfg.Format = s
			return nil
		}
	}
	return p.errf(n, "output format %q: want one of %s", s, strings.Join(OutputFormats, ", "))
}

// Job is one comparison to run: its name and resolved report files.
type Job struct {
	Name  string
	Files []string
	// Line is where the comparison or event directory is configured.
	Line int
}

// Jobs resolves the config's comparisons and event directories into jobs, with
// paths relative to the config file; a missing file or directory, or an event
// with fewer than two reports, is a ConfigError at the line naming it.
func (c *Config) Jobs() ([]Job, error) {
	base := filepath.Dir(c.Path)
	resolve := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(base, p)
	}
	var jobs []Job
	for _, cmp := range c.Comparisons {
		j := Job{Name: cmp.Name, Line: cmp.Line}
		for _, f := range cmp.Files {
			p := resolve(f.Path)
			info, err := os.Stat(p)
			switch {
			case err != nil && errors.Is(err, fs.ErrNotExist):
				return nil, &ConfigError{File: c.Path, Line: f.Line, Problem: fmt.Sprintf("report %s: no such file", f.Path)}
			case err != nil:
				// The path is already named; keep only the cause ("too many levels of symbolic links").
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				return nil, &ConfigError{File: c.Path, Line: f.Line, Problem: fmt.Sprintf("report %s: %v", f.Path, err)}
			case info.IsDir():
				return nil, &ConfigError{File: c.Path, Line: f.Line, Problem: fmt.Sprintf("report %s is a directory (use events: for directories of reports)", f.Path)}
			}
			j.Files = append(j.Files, p)
		}
		jobs = append(jobs, j)
	}
	for _, ev := range c.Events {
		dir := resolve(ev.Path)
		entries, err := os.ReadDir(dir)
		if err != nil {
			problem := fmt.Sprintf("events directory %s: %v", ev.Path, err)
			if errors.Is(err, fs.ErrNotExist) {
				problem = fmt.Sprintf("events directory %s: no such directory", ev.Path)
			}
			return nil, &ConfigError{File: c.Path, Line: ev.Line, Problem: problem}
		}
		found := 0
		for _, e := range entries {
			if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			found++
			files, err := reportFiles(filepath.Join(dir, e.Name()))
			if err != nil {
				return nil, &ConfigError{File: c.Path, Line: ev.Line, Problem: fmt.Sprintf("event %s: %v", filepath.Join(ev.Path, e.Name()), err)}
			}
			if len(files) < 2 {
				return nil, &ConfigError{File: c.Path, Line: ev.Line, Problem: fmt.Sprintf("event %s has %d report(s); an event needs at least two", filepath.Join(ev.Path, e.Name()), len(files))}
			}
			jobs = append(jobs, Job{Name: e.Name(), Files: files, Line: ev.Line})
		}
		if found == 0 {
			return nil, &ConfigError{File: c.Path, Line: ev.Line, Problem: fmt.Sprintf("events directory %s has no event subdirectories", ev.Path)}
		}
	}
	return jobs, nil
}

// reportFiles lists the regular, non-hidden files of an event directory, sorted.
// Symbolic links are followed only to regular files, so a link loop cannot hang it.
func reportFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || strings.EqualFold(name, "README.md") {
			continue
		}
		p := filepath.Join(dir, name)
		info, err := os.Stat(p)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		out = append(out, p)
	}
	sort.Strings(out)
	return out, nil
}
