package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Outlet is one publisher as the registry names it.
type Outlet struct {
	// Name is the canonical outlet name used in output and in the record.
	Name string `yaml:"name"`
	// Aliases are other names the outlet goes by ("Sky", "Sky News Online").
	Aliases []string `yaml:"aliases"`
	// Domains are web hosts whose pages the outlet publishes; subdomains match too.
	Domains []string `yaml:"domains"`
	// Notes are the editor's prior notes on the outlet, shown by claimdiff sources.
	Notes string `yaml:"notes"`
}

// Outlets is a registry mapping outlet names and web domains to canonical outlets.
type Outlets struct {
	list     []Outlet
	byName   map[string]int
	byDomain map[string]int
}

// outletFile is the YAML shape of a registry file.
type outletFile struct {
	Outlets []Outlet `yaml:"outlets"`
}

// LoadOutlets reads an outlet registry from a YAML file (see docs/record.md).
func LoadOutlets(path string) (*Outlets, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("outlet registry: %w", err)
	}
	o, err := ParseOutlets(data)
	if err != nil {
		return nil, fmt.Errorf("outlet registry %s: %w", path, err)
	}
	return o, nil
}

// ParseOutlets reads an outlet registry from YAML text, rejecting unknown keys,
// outlets without a name, and a name or domain claimed by two outlets.
func ParseOutlets(data []byte) (*Outlets, error) {
	var f outletFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	lines := outletLines(data)
	line := func(i int) string {
		if i < len(lines) && lines[i] > 0 {
			return fmt.Sprintf("line %d: ", lines[i])
		}
		return ""
	}
	o := &Outlets{byName: map[string]int{}, byDomain: map[string]int{}}
	for i, e := range f.Outlets {
		e.Name = strings.TrimSpace(e.Name)
		if e.Name == "" {
			return nil, fmt.Errorf("%soutlet %d has no name", line(i), i+1)
		}
		if outletKey(e.Name) == "" {
			return nil, fmt.Errorf("%soutlet name %q has no letters or digits", line(i), e.Name)
		}
		o.list = append(o.list, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := outletKey(n)
			if k == "" {
				continue
			}
			if j, ok := o.byName[k]; ok && j != i {
				return nil, fmt.Errorf("%sname %q already belongs to outlet %q", line(i), n, o.list[j].Name)
			}
			o.byName[k] = i
		}
		for _, d := range e.Domains {
			k := hostOf(d)
			if k == "" {
				return nil, fmt.Errorf("%soutlet %q: %q is not a domain", line(i), e.Name, d)
			}
			if j, ok := o.byDomain[k]; ok && j != i {
				return nil, fmt.Errorf("%sdomain %q already belongs to outlet %q", line(i), d, o.list[j].Name)
			}
			o.byDomain[k] = i
		}
	}
	return o, nil
}

// outletLines finds the line of each entry of the outlets list, for error messages.
func outletLines(data []byte) []int {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "outlets" {
			var out []int
			for _, n := range m.Content[i+1].Content {
				out = append(out, n.Line)
			}
			return out
		}
	}
	return nil
}

// Canonical returns the canonical outlet of a report named name and published at
// url, or "" when the registry knows neither. The name is tried as written,
// without a file extension, and as a domain; then the URL's host and its parent
// domains (news.example.com, then example.com).
func (o *Outlets) Canonical(name, url string) string {
	if e := o.Lookup(name, url); e != nil {
		return e.Name
	}
	return ""
}

// Lookup is Canonical returning the whole registry entry, or nil.
func (o *Outlets) Lookup(name, url string) *Outlet {
	if o == nil {
		return nil
	}
	name = strings.TrimSpace(name)
	if name != "" {
		for _, n := range []string{name, strings.TrimSuffix(name, filepath.Ext(name))} {
			if i, ok := o.byName[outletKey(n)]; ok && outletKey(n) != "" {
				return &o.list[i]
			}
		}
		if !strings.ContainsAny(name, " \t") {
			if i, ok := o.domain(hostOf(name)); ok {
				return &o.list[i]
			}
		}
	}
	if i, ok := o.domain(hostOf(url)); ok {
		return &o.list[i]
	}
	return nil
}

// Notes returns the registry's notes on a canonical outlet, or "".
func (o *Outlets) Notes(canonical string) string {
	if e := o.Lookup(canonical, ""); e != nil {
		return e.Notes
	}
	return ""
}

// Names lists the canonical outlet names, sorted.
func (o *Outlets) Names() []string {
	if o == nil {
		return nil
	}
	var out []string
	for _, e := range o.list {
		out = append(out, e.Name)
	}
	sort.Strings(out)
	return out
}

// domain finds host or its nearest registered parent domain.
func (o *Outlets) domain(host string) (int, bool) {
	for host != "" && strings.Contains(host, ".") {
		if i, ok := o.byDomain[host]; ok {
			return i, true
		}
		_, host, _ = strings.Cut(host, ".")
	}
	return 0, false
}

// outletKey folds an outlet name for lookup: case, punctuation, spacing and a
// leading "the" do not matter ("The Daily  Post." is "daily post").
func outletKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		if r == '\'' || r == '\u2019' {
			continue // "Reuters'" and "Reuters" are one
		}
		space = true
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// hostOf returns the lower-case host of a URL or bare domain without "www." or
// a port, or "" when s has no plausible host.
func hostOf(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	if s == "" {
		return ""
	}
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	h := strings.TrimSuffix(u.Hostname(), ".")
	h = strings.TrimPrefix(h, "www.")
	if !strings.Contains(h, ".") || strings.ContainsAny(h, " /\\") {
		return ""
	}
	return h
}

// Apply names each document by its canonical outlet, looked up by outlet name,
// source name, URL and path in that order; documents the registry does not
// know keep their names. A nil registry changes nothing.
func (o *Outlets) Apply(docs []*Document) {
	if o == nil {
		return
	}
	for _, d := range docs {
		name := o.Canonical(d.Outlet, d.URL)
		if name == "" {
			name = o.Canonical(d.Name, d.URL)
		}
		if name == "" {
			name = o.Canonical(d.Path, "")
		}
		if name != "" {
			d.Outlet = name
			d.Name = name
		}
	}
}
