package reports

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

// The common JUnit XML shape, as CI test reporters read it.
type jTestsuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []jTestsuite `xml:"testsuite"`
}

type jTestsuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []jTestcase `xml:"testcase"`
}

type jTestcase struct {
	Name      string `xml:"name,attr"`
	Classname string `xml:"classname,attr"`
	Failure   *struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Body    string `xml:",chardata"`
	} `xml:"failure"`
	Skipped *struct {
		Message string `xml:"message,attr"`
	} `xml:"skipped"`
	SystemOut string `xml:"system-out"`
}

func parseJUnit(t *testing.T, data []byte) jTestsuites {
	t.Helper()
	var doc jTestsuites
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("JUnit output is not well-formed XML of the expected shape: %v\n%s", err, data)
	}
	return doc
}

// TestJUnitShape validates the JUnit output: one testcase per finding, discrepancies
// as failures typed by severity, unique details skipped, counts consistent.
func TestJUnitShape(t *testing.T) {
	r := fixtureResult()
	var buf bytes.Buffer
	if err := JUnit(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := parseJUnit(t, buf.Bytes())
	if len(doc.Suites) != 1 {
		t.Fatalf("suites = %d, want 1", len(doc.Suites))
	}
	s := doc.Suites[0]
	if s.Tests != len(r.Findings) || len(s.Cases) != len(r.Findings) || doc.Tests != s.Tests {
		t.Fatalf("tests = %d/%d cases = %d, want %d", doc.Tests, s.Tests, len(s.Cases), len(r.Findings))
	}
	failures, skipped := 0, 0
	for i, c := range s.Cases {
		f := r.Findings[i]
		if !strings.HasPrefix(c.Name, f.ID+" ") || c.Classname == "" {
			t.Errorf("case %d name %q classname %q", i, c.Name, c.Classname)
		}
		isDisc := f.Verdict == "discrepancy"
		if (c.Failure != nil) != isDisc {
			t.Errorf("%s: failure = %v, want %v", f.ID, c.Failure != nil, isDisc)
		}
		if c.Failure != nil {
			failures++
			if c.Failure.Type != string(f.Severity) || c.Failure.Message != f.Summary || !strings.Contains(c.Failure.Body, f.Claims[0].Sentence) {
				t.Errorf("%s failure = %+v", f.ID, *c.Failure)
			}
		}
		if c.Skipped != nil {
			skipped++
		}
	}
	if failures != 2 || s.Failures != failures || doc.Failures != failures {
		t.Errorf("failures counted %d, suite says %d, document %d; want 2", failures, s.Failures, doc.Failures)
	}
	if skipped != 1 || s.Skipped != 1 {
		t.Errorf("skipped = %d (suite %d), want 1 unique detail", skipped, s.Skipped)
	}
}

// TestJUnitChecks renders several judged comparisons: policy decides failures, ignores skip.
func TestJUnitChecks(t *testing.T) {
	r := fixtureResult()
	checks := []Check{
		{Name: "vote", Result: r, Failing: map[string]bool{"F1": true}, Ignored: map[string]string{"F2": "known quote variant"}},
		{Name: "again", Result: r},
	}
	var buf bytes.Buffer
	if err := JUnitChecks(&buf, checks); err != nil {
		t.Fatal(err)
	}
	doc := parseJUnit(t, buf.Bytes())
	if len(doc.Suites) != 2 || doc.Suites[0].Name != "vote" {
		t.Fatalf("suites = %+v", doc.Suites)
	}
	if doc.Suites[0].Failures != 1 || doc.Suites[1].Failures != 2 || doc.Failures != 3 {
		t.Errorf("failures = %d, %d, total %d; want 1, 2, 3", doc.Suites[0].Failures, doc.Suites[1].Failures, doc.Failures)
	}
	f2 := doc.Suites[0].Cases[1]
	if f2.Skipped == nil || !strings.Contains(f2.Skipped.Message, "known quote variant") {
		t.Errorf("ignored finding F2 = %+v, want skipped with the reason", f2)
	}
}
