package reports

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Check is one comparison judged by a check policy, as the multi-comparison
// outputs of claimdiff check render it.
type Check struct {
	// Name identifies the comparison (its config name or event directory).
	Name   string
	Result *compare.Result
	// Failing holds the ids of findings that fail the build; nil means every discrepancy fails.
	Failing map[string]bool
	// Ignored maps the ids of findings an ignore rule matched to the rule's reason.
	Ignored map[string]string
}

// fails reports whether finding f fails under the check's policy.
func (c Check) fails(f compare.Finding) bool {
	if _, ok := c.Ignored[f.ID]; ok {
		return false
	}
	if c.Failing == nil {
		return f.Verdict == compare.Discrepancy
	}
	return c.Failing[f.ID]
}

// The JUnit XML shape most CI systems read (Jenkins, GitLab, GitHub test reporters).
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string          `xml:"name,attr"`
	Tests      int             `xml:"tests,attr"`
	Failures   int             `xml:"failures,attr"`
	Errors     int             `xml:"errors,attr"`
	Skipped    int             `xml:"skipped,attr"`
	Properties []junitProperty `xml:"properties>property,omitempty"`
	Cases      []junitCase     `xml:"testcase"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
	SystemOut *junitOutput  `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// junitOutput is CDATA so multi-line details stay readable in the XML.
type junitOutput struct {
	Text string `xml:",cdata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// JUnit writes JUnit XML: one test suite for the comparison and one test case
// per finding. Discrepancies are failures (type major or minor), agreements
// pass, and unique details are skipped: no other report can confirm them.
func JUnit(w io.Writer, r *compare.Result, _ Options) error {
	return JUnitChecks(w, []Check{{Name: "claimdiff", Result: r}})
}

// JUnitChecks writes one JUnit document with a test suite per comparison;
// discrepancies the policy lets pass are passing cases, ignored ones skipped.
func JUnitChecks(w io.Writer, checks []Check) error {
	doc := junitSuites{Name: "claimdiff"}
	for _, c := range checks {
		s := junitSuiteOf(c)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Skipped += s.Skipped
		doc.Suites = append(doc.Suites, s)
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return fmt.Errorf("junit: %w", err)
	}
	_, err = fmt.Fprintf(w, "%s%s\n%s\n", xml.Header, markComment, out)
	return err
}

func junitSuiteOf(c Check) junitSuite {
	r := Sanitize(c.Result)
	s := junitSuite{Name: xmlText(c.Name)}
	var names []string
	paths := map[string]string{}
	for _, src := range r.Sources {
		names = append(names, src.ID+"="+src.Name)
		paths[src.ID] = src.Path
	}
	s.Properties = append(s.Properties, junitProperty{Name: "schema", Value: r.Schema},
		junitProperty{Name: "sources", Value: xmlText(strings.Join(names, ", "))})
	for _, f := range r.Findings {
		tc := junitCase{
			Name:      xmlText(fmt.Sprintf("%s %s %s: %s", f.ID, f.Verdict, f.Kind, shorten(f.Summary, 120))),
			Classname: "claimdiff." + xmlText(string(f.Kind)),
		}
		if len(f.Claims) > 0 {
			tc.File = xmlText(paths[f.Claims[0].Source])
			tc.Line = f.Claims[0].Line
		}
		detail := junitDetail(r, f)
		reason, ignored := c.Ignored[f.ID]
		switch {
		case ignored:
			tc.Skipped = &junitSkipped{Message: xmlText("ignored: " + reason)}
			tc.SystemOut = &junitOutput{detail}
			s.Skipped++
		case c.fails(f):
			sev := string(f.Severity)
			if sev == "" {
				sev = string(f.Verdict)
			}
			tc.Failure = &junitFailure{Message: xmlText(f.Summary), Type: sev, Text: detail}
			s.Failures++
		case f.Verdict == compare.Unique:
			tc.Skipped = &junitSkipped{Message: "unique detail: no other report states it"}
			tc.SystemOut = &junitOutput{detail}
			s.Skipped++
		default:
			tc.SystemOut = &junitOutput{detail}
		}
		s.Tests++
		s.Cases = append(s.Cases, tc)
	}
	return s
}

// junitDetail lists a finding's evidence and reasons as plain text.
func junitDetail(r *compare.Result, f compare.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s, confidence %.2f)\n", f.Summary, f.Verdict, f.Confidence)
	for _, c := range f.Claims {
		fmt.Fprintf(&b, "%s line %d: %s\n", sourceLabel(r, c.Source), c.Line, c.Sentence)
	}
	if f.Why != "" {
		fmt.Fprintf(&b, "why: %s\n", f.Why)
	}
	// A test report is read when a check fails, so it keeps the internals too.
	for _, d := range f.Reasons {
		fmt.Fprintf(&b, "detail: %s\n", d)
	}
	return xmlText(b.String())
}

// sourceLabel names a source id as "s1 (name)".
func sourceLabel(r *compare.Result, id string) string {
	for _, s := range r.Sources {
		if s.ID == id && s.Name != "" {
			return id + " (" + s.Name + ")"
		}
	}
	return id
}

// xmlText removes control characters, terminal escapes and the code points
// XML 1.0 forbids; encoding/xml escapes markup (and splits "]]>" in CDATA).
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, Clean(s))
}
