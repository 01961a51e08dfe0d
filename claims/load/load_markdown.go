package load

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// maxFrontMatter caps the YAML header we parse; real front matter is a few hundred bytes.
const maxFrontMatter = 64 << 10

// frontMatter is the metadata a Markdown or text report may carry in a YAML header.
type frontMatter struct {
	Title, Outlet, URL, Author string
	Published                  time.Time
}

// splitFrontMatter finds a leading "---" YAML block; it returns the YAML text, the offset
// where the body starts and whether a block was found.
func splitFrontMatter(text string) (yamlText string, bodyStart int, ok bool) {
	first, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(first, " \t\r") != "---" {
		return "", 0, false
	}
	pos := len(first) + 1
	for pos <= len(text) && pos-len(first)-1 <= maxFrontMatter {
		line, _, more := strings.Cut(text[pos:], "\n")
		t := strings.TrimRight(line, " \t\r")
		if t == "---" || t == "..." {
			end := pos + len(line)
			if more {
				end++
			}
			return text[len(first)+1 : pos], end, true
		}
		if !more {
			break
		}
		pos += len(line) + 1
	}
	_ = rest
	return "", 0, false
}

// parseFrontMatter reads the known keys of a YAML header; unknown keys are ignored.
func parseFrontMatter(yamlText string) (frontMatter, error) {
	var fm frontMatter
	var m map[string]any
	if err := yaml.Unmarshal([]byte(yamlText), &m); err != nil {
		return fm, fmt.Errorf("front matter is not valid YAML: %w", err)
	}
	get := func(keys ...string) any {
		for k, v := range m {
			for _, want := range keys {
				if strings.EqualFold(k, want) && v != nil {
					return v
				}
			}
		}
		return nil
	}
	fm.Title = scalarString(get("title", "headline"))
	fm.Outlet = scalarString(get("source", "outlet", "publisher", "site", "site_name", "publication"))
	fm.URL = scalarString(get("url", "link", "canonical"))
	fm.Author = scalarString(get("author", "authors", "byline"))
	switch v := get("published", "date", "published_at", "pubdate", "publish_date").(type) {
	case time.Time:
		fm.Published = v
	case nil:
	default:
		if t, ok := parseMetaDate(scalarString(v)); ok {
			fm.Published = t
		}
	}
	return fm, nil
}

// scalarString renders a YAML value as one line of text; lists are joined with commas.
func scalarString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return strings.Join(strings.Fields(x), " ")
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			if s := scalarString(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return scalarString(x["name"])
	case time.Time:
		return x.Format("2006-01-02")
	}
	return strings.Join(strings.Fields(fmt.Sprint(v)), " ")
}

// parseMarkdown fills doc from text or Markdown: optional front matter, then the body;
// with markdown set, inline markup and block markers are left out of the body.
func parseMarkdown(doc *Document, dec decoded, markdown bool) {
	doc.Format = "text"
	if markdown {
		doc.Format = "markdown"
	}
	text := dec.text
	start := 0
	// A BOM left in the text (UTF-16 input) hides the front matter delimiter.
	if strings.HasPrefix(text, "\ufeff") {
		start = len("\ufeff")
	}
	var fm frontMatter
	if y, end, ok := splitFrontMatter(text[start:]); ok {
		var err error
		fm, err = parseFrontMatter(y)
		if err != nil {
			doc.Warnings = append(doc.Warnings, err.Error())
		}
		start += end
	}
	if markdown {
		body, off := stripMarkdown(text[start:], start)
		doc.Body = body
		for i := range off {
			off[i] = dec.rawOffset(off[i])
		}
		doc.SetOffsets(off)
	} else {
		doc.Body = text[start:]
		if dec.off == nil {
			doc.BodyBase = dec.base + start
		} else {
			doc.SetOffsets(dec.off[start:])
		}
	}
	doc.Title, doc.Outlet, doc.URL, doc.Author, doc.Published = fm.Title, fm.Outlet, fm.URL, fm.Author, fm.Published
	doc.Name = fm.Outlet
	textMeta(doc)
}

// bodyBuilder assembles a body text with the offset each byte came from.
type bodyBuilder struct {
	b   strings.Builder
	off []int
}

// add appends s, whose byte k came from offset at+k.
func (bb *bodyBuilder) add(s string, at int) {
	bb.b.WriteString(s)
	for k := 0; k < len(s); k++ {
		bb.off = append(bb.off, at+k)
	}
}

// addAt appends s with every byte mapped to one offset (for text that was rewritten).
func (bb *bodyBuilder) addAt(s string, at int) {
	bb.b.WriteString(s)
	for k := 0; k < len(s); k++ {
		bb.off = append(bb.off, at)
	}
}

// finish returns the text and its offset map with the end offset appended.
func (bb *bodyBuilder) finish(end int) (string, []int) {
	return bb.b.String(), append(bb.off, end)
}

// stripMarkdown removes Markdown markup from s (which starts at offset base), keeping lines.
func stripMarkdown(s string, base int) (string, []int) {
	var bb bodyBuilder
	inFence := ""
	pos := 0
	for pos < len(s) {
		line, _, more := strings.Cut(s[pos:], "\n")
		at := base + pos
		trimmed := strings.TrimSpace(line)
		switch {
		case inFence != "":
			if strings.HasPrefix(trimmed, inFence) {
				inFence = ""
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			inFence = trimmed[:3]
		case isRuleLine(trimmed):
			// Horizontal rules and setext underlines carry no text.
		default:
			i := blockMarkerEnd(line)
			end := len(line)
			// Closing hashes of an ATX heading ("## Title ##").
			if strings.HasPrefix(strings.TrimLeft(line, " "), "#") {
				t := strings.TrimRight(line, " \t\r")
				h := strings.TrimRight(t, "#")
				if len(h) < len(t) && (h == "" || strings.HasSuffix(h, " ")) && len(h) > i {
					end = len(h)
				}
			}
			stripInline(&bb, line[i:end], at+i)
			if end < len(line) && strings.HasSuffix(line, "\r") {
				bb.add("\r", at+len(line)-1)
			}
			// Headings and list items end their block; other lines of a block are soft
			// wraps that Segment joins.
			if i > 0 && more && !strings.HasPrefix(strings.TrimLeft(line, " \t"), ">") {
				bb.addAt("\n", at+len(line))
			}
		}
		if more {
			bb.add("\n", at+len(line))
			pos += len(line) + 1
		} else {
			pos = len(s)
		}
	}
	return bb.finish(base + len(s))
}

// isRuleLine reports a thematic break or setext underline ("---", "***", "===").
func isRuleLine(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' && c != '=' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != c && t[i] != ' ' {
			return false
		}
	}
	return true
}

// blockMarkerEnd returns the offset after heading hashes, quote markers and list bullets.
func blockMarkerEnd(line string) int {
	i := 0
	for {
		j := i
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		switch {
		case j < len(line) && line[j] == '>':
			i = j + 1
			continue
		case j < len(line) && line[j] == '#':
			k := j
			for k < len(line) && line[k] == '#' {
				k++
			}
			if k-j <= 6 && (k == len(line) || line[k] == ' ' || line[k] == '\t') {
				return k
			}
		case j+1 < len(line) && (line[j] == '-' || line[j] == '*' || line[j] == '+') && (line[j+1] == ' ' || line[j+1] == '\t'):
			return j + 2
		default:
			k := j
			for k < len(line) && k-j < 9 && line[k] >= '0' && line[k] <= '9' {
				k++
			}
			if k > j && k+1 < len(line) && (line[k] == '.' || line[k] == ')') && line[k+1] == ' ' {
				return k + 2
			}
		}
		return i
	}
}

// stripInline copies one line without emphasis markers, code ticks, images and link targets.
func stripInline(bb *bodyBuilder, s string, at int) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>|~", s[i+1]) >= 0:
			bb.add(s[i+1:i+2], at+i+1)
			i += 2
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			if _, end, ok := mdLink(s, i+1); ok {
				i = end
				continue
			}
		case c == '[':
			if textEnd, end, ok := mdLink(s, i); ok {
				stripInline(bb, s[i+1:textEnd], at+i+1)
				i = end
				continue
			}
		case c == '`':
			i++
			continue
		case c == '*' || c == '_' || c == '~':
			j := i
			for j < len(s) && s[j] == c {
				j++
			}
			prevWord := i > 0 && isWordByte(s[i-1])
			nextWord := j < len(s) && isWordByte(s[j])
			// Intra-word underscores (snake_case) and lone stars between spaces are text.
			if (prevWord != nextWord) || (c != '_' && j-i >= 2) {
				i = j
				continue
			}
		case c == '<':
			// Autolinks and inline tags are markup, not words.
			if j := strings.IndexByte(s[i:], '>'); j > 1 && isTagLike(s[i+1:i+j]) {
				i += j + 1
				continue
			}
		}
		bb.add(s[i:i+1], at+i)
		i++
	}
}

// isTagLike reports whether the inside of <...> looks like an HTML tag or autolink.
func isTagLike(s string) bool {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "mailto:") {
		return true
	}
	s = strings.TrimPrefix(s, "/")
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	return !strings.ContainsAny(s, "<")
}

// isWordByte reports ASCII letters and digits, and any byte of a multi-byte rune.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// mdLink parses "[text](target)" or "[text][ref]" at s[i]; it returns the end of the text
// and of the whole link.
func mdLink(s string, i int) (textEnd, end int, ok bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 < len(s) && (s[j+1] == '(' || s[j+1] == '[') {
					closer := byte(')')
					if s[j+1] == '[' {
						closer = ']'
					}
					if k := strings.IndexByte(s[j+2:], closer); k >= 0 {
						return j, j + 2 + k + 1, true
					}
				}
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// looksMarkdown sniffs Markdown in a file without a Markdown extension: ATX headings,
// links or emphasis on several lines.
func looksMarkdown(text string) bool {
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	hits := 0
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "## ") || strings.HasPrefix(t, "### "):
			hits += 2
		case strings.Contains(t, "](http") || strings.Contains(t, "**"):
			hits++
		}
	}
	return hits >= 2
}
