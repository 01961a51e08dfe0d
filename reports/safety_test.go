package reports

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// hostile is article text written to break out of every output format.
const hostile = "<script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=2\"> " +
	"<a href=\"javascript:window.__pwned=3\">x</a> [click](javascript:alert(1)) ![img](http://evil.invalid/x.png) " +
	"| cell | break | `code` **bold** @octocat #12 $x$ ]]> \x1b[31mred\x1b[0m \x1b]0;title\x07 " +
	"\x1b]8;;http://evil.invalid\x1b\\link\x1b]8;;\x1b\\ \r\n::error::injected\n# heading\n- item %0A"

// hostileResult puts the hostile text into every field a renderer prints.
func hostileResult() *compare.Result {
	c := func(src string) claims.Claim {
		return claims.Claim{ID: src + ".c1", Source: src, Kind: claims.KindQuote, Text: hostile, Sentence: "He said " + hostile + " today.", Line: 2, Start: 10, End: 10 + len(hostile),
			Value: &claims.Value{Type: "quote", Speaker: hostile}}
	}
	return &compare.Result{
		Schema: compare.Schema,
		Sources: []compare.Source{
			{ID: "s1", Name: hostile, Path: "a.txt", Title: hostile, Published: hostile},
			{ID: "s2", Name: "b", Path: "b.txt", Title: hostile, DuplicateOf: hostile},
		},
		Findings: []compare.Finding{
			{ID: "F1", Verdict: compare.Discrepancy, Kind: claims.KindQuote, Severity: compare.Major, Summary: hostile, Reasons: []string{hostile},
				Claims: []claims.Claim{c("s1"), c("s2")}, Positions: []compare.Position{{Value: hostile, Sources: []string{"s1"}}}, Majority: hostile,
				Diff: []compare.DiffOp{{Op: "equal", Text: hostile}, {Op: "delete", Text: hostile}, {Op: "insert", Text: hostile, Allowed: true}}},
			{ID: "F2", Verdict: compare.Agreement, Kind: claims.KindStatement, Summary: hostile, Claims: []claims.Claim{c("s1"), c("s2")}},
			{ID: "F3", Verdict: compare.Unique, Kind: claims.KindStatement, Summary: hostile, Claims: []claims.Claim{c("s2")}},
		},
		Reliability: []compare.Reliability{{Source: "s1", Reasons: []string{hostile}}},
		Event:       &compare.EventCheck{Same: false, Note: hostile},
		Warnings:    []string{hostile},
		Excluded:    []compare.Exclusion{{Source: "s1", Text: hostile, Reason: hostile}},
	}
}

// TestOutputSafety renders hostile article text in every format and checks
// that nothing executable, no markup and no terminal control survives.
func TestOutputSafety(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, format, hostileResult(), Options{}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, ctl := range []string{"\x1b", "\x07", "\r"} {
				if strings.Contains(out, ctl) {
					t.Errorf("%s output contains control character %q", format, ctl)
				}
			}
			switch format {
			case "html":
				checkHTMLSafe(t, out)
			case "markdown":
				checkMarkdownSafe(t, out)
			case "github":
				for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
						t.Errorf("github output has a line that is not one workflow command: %q", line)
					}
					if strings.Count(line, "::error::injected") != strings.Count(line, "%0A::error::injected") {
						t.Errorf("article text broke out of its workflow command: %q", line)
					}
				}
			case "csv":
				if _, err := csv.NewReader(strings.NewReader(out)).ReadAll(); err != nil {
					t.Errorf("csv unreadable: %v", err)
				}
			case "junit":
				parseJUnit(t, buf.Bytes())
			case "json":
				var back compare.Result
				if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
					t.Fatal(err)
				}
				if back.Findings[0].Summary != hostile {
					t.Errorf("json must carry article text exactly (escaped by encoding/json), got %q", back.Findings[0].Summary)
				}
			}
		})
	}
}

// checkHTMLSafe parses the page as a browser would and checks that the only
// script is the report's own, that no element carries an event handler or a
// URL attribute, and that no element came from the article.
func checkHTMLSafe(t *testing.T, page string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(page))
	scripts := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script":
			scripts++
		case "img", "a", "iframe", "object", "embed", "link", "form", "base":
			t.Errorf("article text produced a <%s> element", tok.Data)
		}
		for _, a := range tok.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" || a.Key == "srcdoc" {
				t.Errorf("<%s> has attribute %s=%q", tok.Data, a.Key, a.Val)
			}
		}
	}
	if scripts != 1 {
		t.Errorf("page has %d script elements, want only its own", scripts)
	}
	if !strings.Contains(page, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Errorf("the script tag from the article is not shown as escaped text")
	}
	if !strings.Contains(page, "Content-Security-Policy") {
		t.Errorf("page has no Content-Security-Policy")
	}
}

// checkMarkdownSafe checks that no HTML, link, image, code span, table cell
// break or mention from the article survives in the Markdown.
func checkMarkdownSafe(t *testing.T, md string) {
	t.Helper()
	allowed := strings.NewReplacer("<br>", "", "<details>", "", "</details>", "", "<summary>", "", "</summary>", "", "<sub>", "", "</sub>", "", markComment, "")
	if strings.Contains(allowed.Replace(md), "<") {
		t.Errorf("markdown contains raw HTML from the article:\n%s", md)
	}
	for _, bad := range []string{"[click](", "![img](", "`code`", "@octocat", " #12"} {
		if strings.Contains(md, bad) {
			t.Errorf("markdown contains unescaped %q", bad)
		}
	}
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			if strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "### ") {
				t.Errorf("article text opened a heading: %q", line)
			}
			if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "::") {
				t.Errorf("article text started a line: %q", line)
			}
			continue
		}
		if unescapedPipes(line) != unescapedPipes(headerOf(md, line)) {
			t.Errorf("table row has a different number of cells than its header: %q", line)
		}
	}
}

// unescapedPipes counts the | that delimit Markdown table cells.
func unescapedPipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' {
			i++
			continue
		}
		if line[i] == '|' {
			n++
		}
	}
	return n
}

// headerOf returns the header row of the table containing line.
func headerOf(md, line string) string {
	lines := strings.Split(md, "\n")
	header := ""
	for _, l := range lines {
		if !strings.HasPrefix(l, "|") {
			header = ""
			continue
		}
		if header == "" {
			header = l
		}
		if l == line {
			return header
		}
	}
	return line
}

// TestGitHubEscaping checks GitHub's escaping of data and property values.
func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"50% off", "50%25 off", "50%25 off"},
		{"a\nb", "a%0Ab", "a%0Ab"},
		{"x: y, z", "x: y, z", "x%3A y%2C z"},
		{"%0A", "%250A", "%250A"},
		{"tab\there", "tab\there", "tab\there"},
	} {
		if got := ghData(tc.in); got != tc.data {
			t.Errorf("ghData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := ghProperty(tc.in); got != tc.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
}

// TestMarkdownText checks the Markdown escaper on single constructs.
func TestMarkdownText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a | b", `a \| b`},
		{"[x](y)", `\[x\]\(y\)`},
		{"<b>", "&lt;b&gt;"},
		{"`c`", "\\`c\\`"},
		{"@name", "@\u200bname"},
		{"user@ example", "user@ example"},
		{"#5", "\\#\u200b5"},
		{"$45 and $52", `\$45 and \$52`},
		{"line\nbreak", "line<br>break"},
		{"\x1b[1mbold", "bold"},
	} {
		if got := mdText(tc.in); got != tc.want {
			t.Errorf("mdText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzMarkdownText checks that no input leaves raw HTML or an unescaped pipe.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{hostile, "a|b", "\\|", "<<>>", "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := mdCell(s)
		if strings.ContainsAny(out, "<>\n\r\x1b") || unescapedPipes(out) != 0 {
			t.Errorf("mdCell(%q) = %q", s, out)
		}
	})
}
