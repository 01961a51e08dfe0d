package load

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

const (
	// maxHTMLDepth is the deepest element nesting handed to readability; deeper pages are
	// read by tag stripping, which is linear and cannot recurse.
	maxHTMLDepth = 256
	// maxHTMLElems caps the element count handed to readability for the same reason.
	maxHTMLElems = 50000
	// maxMapMisses stops searching the page for paragraphs that cannot be found, so that
	// mapping stays linear on hostile input.
	maxMapMisses = 64
)

// visible is the text a browser shows, whitespace collapsed, with block boundaries as
// newlines and each byte's offset in the decoded page.
type visible struct {
	text     string
	off      []int
	maxDepth int
	elems    int
	title    string
}

// scanVisible tokenizes the page once: visible text with offsets, nesting depth, element
// count and the <title>.
func scanVisible(page string) visible {
	var v visible
	var bb bodyBuilder
	z := nethtml.NewTokenizer(strings.NewReader(page))
	z.SetMaxBuf(0)
	pos := 0
	depth := 0
	skip := 0 // inside script, style and the like
	inTitle := false
	var title strings.Builder
	lastSpace := true // at the start nothing needs separating
	lastBreak := true
	emitBreak := func(at int) {
		if !lastBreak {
			bb.addAt("\n", at)
			lastBreak, lastSpace = true, true
		}
	}
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case nethtml.ErrorToken:
			v.text, v.off = bb.finish(pos)
			v.title = strings.Join(strings.Fields(title.String()), " ")
			return v
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			v.elems++
			if tt == nethtml.StartTagToken && !voidElement(a) && !optionalEnd(a) {
				depth++
				v.maxDepth = max(v.maxDepth, depth)
			}
			if tt == nethtml.StartTagToken && skippedElement(a) {
				skip++
			}
			if a == atom.Title && tt == nethtml.StartTagToken {
				inTitle = true
			}
			if blockElement(a) {
				emitBreak(at)
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !voidElement(a) && !optionalEnd(a) && depth > 0 {
				depth--
			}
			if skippedElement(a) && skip > 0 {
				skip--
			}
			if a == atom.Title {
				inTitle = false
			}
			if blockElement(a) {
				emitBreak(at)
			}
		case nethtml.TextToken:
			if inTitle && title.Len() < 1000 {
				title.WriteString(html.UnescapeString(string(raw)))
			}
			if skip > 0 {
				continue
			}
			appendUnescaped(&bb, string(raw), at, &lastSpace, &lastBreak)
		}
	}
}

// appendUnescaped adds raw HTML text, decoding entities and collapsing white space.
func appendUnescaped(bb *bodyBuilder, raw string, at int, lastSpace, lastBreak *bool) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if j := strings.IndexByte(raw[i:min(len(raw), i+40)], ';'); j > 1 {
				if u := html.UnescapeString(raw[i : i+j+1]); u != raw[i:i+j+1] {
					addCollapsed(bb, u, at+i, lastSpace, lastBreak)
					i += j + 1
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(r) {
			if !*lastSpace {
				bb.addAt(" ", at+i)
				*lastSpace = true
			}
		} else {
			bb.add(raw[i:i+size], at+i)
			*lastSpace, *lastBreak = false, false
		}
		i += size
	}
}

// addCollapsed adds decoded entity text, all mapped to the entity's offset.
func addCollapsed(bb *bodyBuilder, s string, at int, lastSpace, lastBreak *bool) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !*lastSpace {
				bb.addAt(" ", at)
				*lastSpace = true
			}
			continue
		}
		bb.addAt(string(r), at)
		*lastSpace, *lastBreak = false, false
	}
}

// voidElement reports elements that never have an end tag.
func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr, atom.Param:
		return true
	}
	return false
}

// optionalEnd reports elements whose end tag is often left out; they are not counted as nesting.
func optionalEnd(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Td, atom.Th, atom.Tr, atom.Dt, atom.Dd, atom.Option, atom.Html,
		atom.Head, atom.Body, atom.Tbody, atom.Thead, atom.Tfoot, atom.Colgroup:
		return true
	}
	return false
}

// skippedElement reports elements whose text is never shown as article text.
func skippedElement(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg, atom.Iframe,
		atom.Object, atom.Select, atom.Textarea, atom.Button:
		return true
	}
	return false
}

// blockElement reports elements that start a new line of text.
func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul,
		atom.Ol, atom.Blockquote, atom.Pre, atom.Br, atom.Hr, atom.Tr, atom.Td, atom.Th, atom.Table,
		atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Figure,
		atom.Figcaption, atom.Dl, atom.Dt, atom.Dd, atom.Main, atom.Form, atom.Address, atom.Caption,
		atom.Details, atom.Summary, atom.Body, atom.Title, atom.Head:
		return true
	}
	return false
}

// parseHTML extracts the article text of a web page with readability, falling back to the
// page's visible text when readability finds nothing or the page is too deeply nested.
func parseHTML(doc *Document, dec decoded) {
	doc.Format = "html"
	page := dec.text
	vis := scanVisible(page)
	var paras []string
	if vis.maxDepth <= maxHTMLDepth && vis.elems <= maxHTMLElems {
		paras = readabilityParas(doc, page)
	} else {
		doc.Warnings = append(doc.Warnings, "page too deeply nested or too large for article extraction: using all visible text")
	}
	if doc.Title == "" {
		doc.Title = vis.title
	}
	var bb bodyBuilder
	if len(paras) == 0 {
		// Tag stripping: the visible lines map exactly.
		doc.Body = vis.text
		composeOffsets(doc, dec, append([]int(nil), vis.off...))
		doc.Name = doc.Outlet
		pageDate(doc)
		return
	}
	if doc.Title != "" && (len(paras) == 0 || strings.TrimSpace(paras[0]) != doc.Title) {
		paras = append([]string{doc.Title}, paras...)
	}
	mapParagraphs(&bb, paras, vis)
	body, off := bb.finish(len(page))
	doc.Body = body
	composeOffsets(doc, dec, off)
	doc.Name = doc.Outlet
	pageDate(doc)
}

// pageDate takes the publication date from a "Published:" or "Updated:" line of the
// article when the page's metadata gave none.
func pageDate(doc *Document) {
	if doc.Published.IsZero() {
		if t, ok := labelledPublished(doc.Body); ok {
			doc.Published = t
		}
	}
}

// composeOffsets turns offsets into the decoded page into offsets into the raw bytes.
func composeOffsets(doc *Document, dec decoded, off []int) {
	for i := range off {
		off[i] = dec.rawOffset(off[i])
	}
	doc.SetOffsets(off)
}

// mapParagraphs writes the paragraphs separated by blank lines, mapping each to where its
// text occurs in the page after the previous one (best effort: unfound text maps to the
// previous offset, so offsets never go backwards).
func mapParagraphs(bb *bodyBuilder, paras []string, vis visible) {
	cursor, last, misses := 0, 0, 0
	for k, p := range paras {
		if k > 0 {
			bb.addAt("\n\n", last)
		}
		idx := -1
		if misses < maxMapMisses {
			// Only forward: offsets must stay in order even when the extractor reorders.
			if i := strings.Index(vis.text[cursor:], p); i >= 0 {
				idx = cursor + i
			} else {
				misses++
			}
		}
		if idx < 0 {
			bb.addAt(p, last)
			continue
		}
		for j := 0; j < len(p); j++ {
			bb.off = append(bb.off, vis.off[idx+j])
		}
		bb.b.WriteString(p)
		cursor = idx + len(p)
		last = vis.off[cursor]
	}
}

// readabilityParas runs readability and returns the article's block texts; it fills the
// document's metadata as a side effect.
func readabilityParas(doc *Document, page string) []string {
	root, err := nethtml.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElems
	art, err := parser.ParseDocument(root, nil)
	if err != nil {
		return nil
	}
	doc.Title = strings.Join(strings.Fields(art.Title()), " ")
	doc.Outlet = strings.Join(strings.Fields(art.SiteName()), " ")
	doc.Author = strings.Join(strings.Fields(art.Byline()), " ")
	if t, err := art.PublishedTime(); err == nil {
		doc.Published = t
	}
	if art.Node == nil {
		return nil
	}
	var paras []string
	var cur strings.Builder
	lastSpace := true
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
		lastSpace = true
	}
	var walk func(n *nethtml.Node, depth int)
	walk = func(n *nethtml.Node, depth int) {
		if depth > maxHTMLDepth*2 {
			return
		}
		switch n.Type {
		case nethtml.TextNode:
			for _, r := range n.Data {
				if unicode.IsSpace(r) {
					if !lastSpace {
						cur.WriteByte(' ')
						lastSpace = true
					}
					continue
				}
				cur.WriteRune(r)
				lastSpace = false
			}
			return
		case nethtml.ElementNode:
			if skippedElement(n.DataAtom) {
				return
			}
		}
		block := n.Type == nethtml.ElementNode && blockElement(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			flush()
		}
	}
	walk(art.Node, 0)
	flush()
	return paras
}
