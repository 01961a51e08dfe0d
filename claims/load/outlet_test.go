package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const outletYAML = `outlets:
  - name: Sky News
    aliases: [Sky, "Sky News Online"]
    domains: [news.sky.com]
    notes: broadcaster
  - name: The Daily Post
    domains: ["https://www.dailypost.example/"]
`

func TestOutletsCanonical(t *testing.T) {
	o, err := ParseOutlets([]byte(outletYAML))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, url, want string
	}{
		{"Sky News", "", "Sky News"},
		{"sky", "", "Sky News"},
		{"SKY NEWS ONLINE", "", "Sky News"},
		{"news.sky.com", "", "Sky News"},
		{"", "https://news.sky.com/story/a-b-123", "Sky News"},
		{"sky.txt", "", "Sky News"},
		{"Unknown Blog", "https://sub.news.sky.com/x", "Sky News"},
		{"Daily Post", "", "The Daily Post"},
		{"the daily post.", "", "The Daily Post"},
		{"", "http://www.dailypost.example:8080/a", "The Daily Post"},
		{"", "https://m.dailypost.example/a", "The Daily Post"},
		{"Skyline", "https://sky.com/", ""},
		{"", "", ""},
		{"Other", "https://example.org/", ""},
	}
	for _, tt := range tests {
		if got := o.Canonical(tt.name, tt.url); got != tt.want {
			t.Errorf("Canonical(%q, %q) = %q, want %q", tt.name, tt.url, got, tt.want)
		}
	}
	if got := o.Notes("sky"); got != "broadcaster" {
		t.Errorf("Notes(sky) = %q", got)
	}
	if got := strings.Join(o.Names(), "|"); got != "Sky News|The Daily Post" {
		t.Errorf("Names = %q", got)
	}
	var nilReg *Outlets
	if got := nilReg.Canonical("Sky", ""); got != "" {
		t.Errorf("nil registry gave %q", got)
	}
}

func TestParseOutletsErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown key", "outlets:\n  - name: A\n    site: a.example\n", "line 3"},
		{"no name", "outlets:\n  - name: A\n  - aliases: [B]\n", "line 3: outlet 2 has no name"},
		{"duplicate alias", "outlets:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [x]\n", `line 4: name "x" already belongs to outlet "A"`},
		{"duplicate domain", "outlets:\n  - name: A\n    domains: [a.example]\n  - name: B\n    domains: [www.a.example]\n", "already belongs"},
		{"bad domain", "outlets:\n  - name: A\n    domains: [localhost]\n", "not a domain"},
		{"not yaml", "outlets: [", "yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOutlets([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	if o, err := ParseOutlets(nil); err != nil || o.Canonical("a", "") != "" {
		t.Fatalf("empty registry: %v", err)
	}
}

func TestLoadOutlets(t *testing.T) {
	p := filepath.Join(t.TempDir(), "o.yaml")
	if err := os.WriteFile(p, []byte(outletYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := LoadOutlets(p)
	if err != nil || o.Canonical("Sky", "") != "Sky News" {
		t.Fatalf("LoadOutlets: %v", err)
	}
	if _, err := LoadOutlets(filepath.Join(t.TempDir(), "missing.yaml")); err == nil || !strings.Contains(err.Error(), "outlet registry") {
		t.Fatalf("missing file: %v", err)
	}
	fix := filepath.Join("..", "..", "testdata", "reliability", "outlets.yaml")
	o, err = LoadOutlets(fix)
	if err != nil {
		t.Fatal(err)
	}
	if got := o.Canonical("", "https://news.harbourgazette.example/council"); got != "Harbour Gazette" {
		t.Errorf("fixture registry: %q", got)
	}
}

func FuzzParseOutlets(f *testing.F) {
	f.Add([]byte(outletYAML))
	f.Add([]byte("outlets:\n  - name: \"\"\n"))
	f.Add([]byte("outlets: {}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := ParseOutlets(data)
		if err != nil {
			return
		}
		for _, n := range o.Names() {
			if o.Canonical(n, "") != n {
				t.Fatalf("canonical name %q does not map to itself", n)
			}
		}
		_ = o.Canonical(string(data), string(data))
	})
}
