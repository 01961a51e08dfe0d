package reports

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimdiff/claimdiff/compare"
)

// sarifSchema compiles the SARIF 2.1.0 schema vendored in testdata/sarif (OASIS, errata 01).
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join("testdata", "sarif", "sarif-schema-2.1.0.json")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validateSARIF(t *testing.T, schema *jsonschema.Schema, data []byte) map[string]any {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("sarif is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Fatalf("sarif does not validate against the SARIF 2.1.0 schema: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestSARIFSchema renders the fixture, a hostile result and a judged check as SARIF and
// validates each against the SARIF 2.1.0 JSON schema.
func TestSARIFSchema(t *testing.T) {
	schema := sarifSchema(t)
	judged := fixtureResult()
	for name, render := range map[string]func(*bytes.Buffer) error{
		"fixture": func(b *bytes.Buffer) error { return Render(b, "sarif", fixtureResult(), Options{Version: "1.2.3"}) },
		"hostile": func(b *bytes.Buffer) error { return Render(b, "sarif", hostileResult(), Options{Version: "0.1.0-dev"}) },
		"check": func(b *bytes.Buffer) error {
			return SARIFChecks(b, []Check{{Name: "bridge vote", Result: judged, Failing: map[string]bool{"F1": true, "F5": true},
				Ignored: map[string]string{"F2": "house style"}}}, Options{})
		},
		"empty": func(b *bytes.Buffer) error {
			return Render(b, "sarif", &compare.Result{Schema: compare.Schema}, Options{})
		},
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render(&buf); err != nil {
				t.Fatal(err)
			}
			validateSARIF(t, schema, buf.Bytes())
		})
	}
}

// TestSARIFShape checks what code scanning relies on: a rule per finding kind, levels
// by severity, locations with start line and byte region, and fingerprints that stay
// when finding ids and lines move.
func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, "sarif", fixtureResult(), Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("version %q, %d runs", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Name != "claimdiff" || d.Version != "1.2.3" || d.SemanticVersion != "1.2.3" {
		t.Errorf("driver = %+v", d)
	}
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	if got := strings.Join(ids, ","); got != "discrepancy/tally,discrepancy/quote" {
		t.Errorf("rules = %s, want one per discrepancy kind", got)
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want the 2 discrepancies", len(run.Results))
	}
	for i, want := range []struct {
		rule, level string
		locations   int
	}{{"discrepancy/tally", "error", 3}, {"discrepancy/quote", "warning", 2}} {
		r := run.Results[i]
		if r.RuleID != want.rule || run.Tool.Driver.Rules[r.RuleIndex].ID != want.rule || r.Level != want.level || len(r.Locations) != want.locations {
			t.Errorf("result %d = %s/%s with %d locations, want %+v", i, r.RuleID, r.Level, len(r.Locations), want)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != "reports/north.txt" || loc.Region == nil || loc.Region.StartLine == 0 ||
			loc.Region.ByteOffset == nil || loc.Region.ByteLength == nil || *loc.Region.ByteLength == 0 {
			t.Errorf("result %d first location = %+v", i, loc)
		}
		if r.PartialFingerprints[sarifFingerprintKey] == "" {
			t.Errorf("result %d has no partial fingerprint", i)
		}
	}
	if r := run.Results[0].Locations[0].PhysicalLocation.Region; *r.ByteOffset != 60 || *r.ByteLength != 3 || r.StartLine != 3 {
		t.Errorf("tally region = line %d offset %d length %d, want line 3 offset 60 length 3", r.StartLine, *r.ByteOffset, *r.ByteLength)
	}

	// The same findings, renumbered and moved down the files, keep their fingerprints.
	moved := fixtureResult()
	moved.Findings[0], moved.Findings[1] = moved.Findings[1], moved.Findings[0]
	for i := range moved.Findings {
		moved.Findings[i].ID = "G" + moved.Findings[i].ID
		for j := range moved.Findings[i].Claims {
			moved.Findings[i].Claims[j].Line += 5
			moved.Findings[i].Claims[j].Start += 40
			moved.Findings[i].Claims[j].End += 40
		}
	}
	fps := func(r *compare.Result) map[string]string {
		var b bytes.Buffer
		if err := Render(&b, "sarif", r, Options{}); err != nil {
			t.Fatal(err)
		}
		var l sarifLog
		if err := json.Unmarshal(b.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, res := range l.Runs[0].Results {
			out[res.RuleID] = res.PartialFingerprints[sarifFingerprintKey]
		}
		return out
	}
	before, after := fps(fixtureResult()), fps(moved)
	for rule, fp := range before {
		if after[rule] != fp {
			t.Errorf("%s fingerprint changed when ids and lines moved: %s -> %s", rule, fp, after[rule])
		}
	}
	if before["discrepancy/tally"] == before["discrepancy/quote"] {
		t.Error("two different findings share a fingerprint")
	}
}

// TestSARIFChecks: a failing unique detail is an error under its own rule, the
// policy-passing discrepancy a warning, and an ignored one suppressed with its reason.
func TestSARIFChecks(t *testing.T) {
	var buf bytes.Buffer
	chk := Check{Name: "bridge", Result: fixtureResult(), Failing: map[string]bool{"F5": true}, Ignored: map[string]string{"F2": "accepted wording"}}
	if err := SARIFChecks(&buf, []Check{chk}, Options{}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	got := map[string]sarifResult{}
	for _, r := range log.Runs[0].Results {
		got[r.RuleID] = r
	}
	if r := got["unique/statement"]; r.Level != "error" {
		t.Errorf("failing unique detail: %+v", r)
	}
	if r := got["discrepancy/tally"]; r.Level != "warning" || len(r.Suppressions) != 0 {
		t.Errorf("discrepancy the policy lets pass: %+v", r)
	}
	if r := got["discrepancy/quote"]; len(r.Suppressions) != 1 || r.Suppressions[0].Justification != "accepted wording" {
		t.Errorf("ignored discrepancy: %+v", r)
	}
	if !strings.HasPrefix(got["discrepancy/tally"].Message.Text, "bridge: ") {
		t.Errorf("message does not name the comparison: %q", got["discrepancy/tally"].Message.Text)
	}
}
