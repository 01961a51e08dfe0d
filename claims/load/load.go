package load

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultMaxBytes is the default size limit of one input report.
const DefaultMaxBytes = 5 << 20

// DefaultTimeout bounds fetching one URL when Options.Timeout is zero.
const DefaultTimeout = 20 * time.Second

// Options controls how reports are read.
type Options struct {
	// MaxBytes caps the size of one input; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds fetching a URL; 0 means 20 seconds.
	Timeout time.Duration
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Client fetches http(s) URLs; nil uses a client with Timeout.
	Client *http.Client
	// Format forces "text", "markdown" or "html"; empty detects it from name and content.
	Format string
}

// limit returns the effective size limit.
func (o Options) limit() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// InputError is a problem with one input that stops the run (exit code 2).
type InputError struct {
	Path    string
	Problem string
	Err     error
}

func (e *InputError) Error() string {
	msg := e.Path + ": " + e.Problem
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	// One line, whatever the wrapped error says: it is printed as a single diagnostic.
	return strings.Join(strings.Fields(msg), " ")
}

func (e *InputError) Unwrap() error { return e.Err }

// inputErr builds an InputError without a wrapped cause.
func inputErr(path, format string, args ...any) *InputError {
	return &InputError{Path: path, Problem: fmt.Sprintf(format, args...)}
}

// Load reads one report from a file path, "-" (stdin) or an http(s) URL.
func Load(path string, opt Options) (*Document, error) {
	switch {
	case path == "-":
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err := readLimited(path, in, opt.limit())
		if err != nil {
			return nil, err
		}
		return Parse(path, data, opt)
	case isURL(path):
		return fetchURL(path, opt)
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, inputErr(path, "no such file")
	case errors.Is(err, fs.ErrPermission):
		return nil, inputErr(path, "permission denied")
	case err != nil:
		return nil, &InputError{Path: path, Problem: "cannot read", Err: unwrapPath(err)}
	case info.IsDir():
		return nil, inputErr(path, "is a directory, not a report file")
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, inputErr(path, "permission denied")
		}
		return nil, &InputError{Path: path, Problem: "cannot open", Err: unwrapPath(err)}
	}
	defer f.Close()
	data, err := readLimited(path, f, opt.limit())
	if err != nil {
		return nil, err
	}
	return Parse(path, data, opt)
}

// unwrapPath drops the *PathError wrapper, whose message would repeat the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readLimited reads at most limit+1 bytes so an oversized input is detected without reading it all.
func readLimited(path string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &InputError{Path: path, Problem: "cannot read", Err: unwrapPath(err)}
	}
	if int64(len(data)) > limit {
		return nil, inputErr(path, "larger than the size limit of %s", humanBytes(limit))
	}
	return data, nil
}

// humanBytes formats a byte count for messages ("5 MB").
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Parse builds a Document from bytes already read; path names it and hints at its format.
func Parse(path string, data []byte, opt Options) (*Document, error) {
	if len(data) == 0 {
		return nil, inputErr(path, "empty file")
	}
	if limit := opt.limit(); int64(len(data)) > limit {
		return nil, inputErr(path, "larger than the size limit of %s", humanBytes(limit))
	}
	if kind := compressedKind(data); kind != "" {
		return nil, inputErr(path, "compressed data (%s), not a report", kind)
	}
	if kind := documentKind(data); kind != "" {
		return nil, inputErr(path, "%s, not a text report", kind)
	}
	dec := decode(data)
	if isBinary(dec.text) {
		return nil, inputErr(path, "binary data, not a text report")
	}
	if strings.TrimSpace(strings.Map(dropInvisible, dec.text)) == "" {
		return nil, inputErr(path, "contains only whitespace")
	}
	doc := &Document{Path: path, Raw: data}
	if dec.warning != "" {
		doc.Warnings = append(doc.Warnings, dec.warning)
	}
	format := opt.Format
	if format == "" {
		format = detectFormat(path, dec.text)
	}
	switch format {
	case "html":
		parseHTML(doc, dec)
	case "markdown":
		parseMarkdown(doc, dec, true)
	default:
		parseMarkdown(doc, dec, false)
	}
	if strings.TrimSpace(doc.Body) == "" {
		return nil, inputErr(path, "no readable text found")
	}
	if doc.Name == "" {
		doc.Name = baseName(path)
	}
	return doc, nil
}

// dropInvisible removes format characters (BOM, zero-width space) that TrimSpace keeps.
func dropInvisible(r rune) rune {
	switch r {
	case '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad':
		return -1
	}
	return r
}

// baseName is the default source name: the file name, or the host of a URL.
func baseName(path string) string {
	if path == "-" {
		return "stdin"
	}
	if isURL(path) {
		rest := path[strings.Index(path, "//")+2:]
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			rest = rest[:i]
		}
		return rest
	}
	return filepath.Base(path)
}

// isURL reports whether the argument names an http(s) resource rather than a file.
func isURL(path string) bool {
	p := strings.ToLower(path)
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// detectFormat chooses text, markdown or html from the extension, then from the content.
func detectFormat(path string, text string) string {
	ext := strings.ToLower(filepath.Ext(path))
	if isURL(path) {
		ext = ""
	}
	switch ext {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown", ".mdown", ".mkd":
		return "markdown"
	}
	if looksHTML(text) {
		return "html"
	}
	if ext == "" || ext == ".txt" || ext == ".text" {
		if looksMarkdown(text) {
			return "markdown"
		}
	}
	return "text"
}

// looksHTML sniffs the start of the text for an HTML document.
func looksHTML(text string) bool {
	head := text
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = strings.ToLower(strings.TrimLeft(strings.TrimPrefix(head, "\ufeff"), " \t\r\n"))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return true
	}
	if strings.HasPrefix(head, "<?xml") || strings.HasPrefix(head, "<!--") {
		return strings.Contains(head, "<html")
	}
	return false
}

// compressedKind names the archive or compression format of data by its magic bytes.
func compressedKind(data []byte) string {
	magics := []struct {
		magic []byte
		name  string
	}{
		{[]byte{0x1f, 0x8b}, "gzip"},
		{[]byte("PK\x03\x04"), "zip"},
		{[]byte("PK\x05\x06"), "zip"},
		{[]byte("BZh"), "bzip2"},
		{[]byte{0xfd, '7', 'z', 'X', 'Z', 0}, "xz"},
		{[]byte{0x28, 0xb5, 0x2f, 0xfd}, "zstd"},
		{[]byte{'7', 'z', 0xbc, 0xaf, 0x27, 0x1c}, "7z"},
		{[]byte("Rar!\x1a\x07"), "rar"},
	}
	for _, m := range magics {
		if bytes.HasPrefix(data, m.magic) {
			// "BZh" is also how a word may start: require the block-size digit that follows.
			if m.name == "bzip2" && (len(data) < 4 || data[3] < '1' || data[3] > '9' || len(data) < 10 || isMostlyText(data[:10])) {
				continue
			}
			return m.name
		}
	}
	return ""
}

// isMostlyText reports whether a short byte prefix is printable ASCII.
func isMostlyText(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f {
			return false
		}
	}
	return true
}

// documentKind names binary document formats that are not reports we can read as text.
func documentKind(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "PDF document"
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}),
		bytes.HasPrefix(data, []byte("GIF8")):
		return "image"
	case bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return "Office document"
	}
	return ""
}

// dateLayouts are the publication date forms accepted in metadata and datelines.
var dateLayouts = []string{
	time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", time.RFC1123, time.RFC1123Z,
	"2 January 2006", "2 Jan 2006", "02 January 2006", "January 2, 2006", "Jan 2, 2006",
	"Jan. 2, 2006", "January 2 2006", "Monday, January 2, 2006", "Monday, 2 January 2006",
	"Mon, 2 Jan 2006", "Mon Jan 2, 2006", "Monday January 2, 2006", "January 2nd, 2006",
}

// parseMetaDate reads a publication date in any of dateLayouts; ok is false when none fits.
func parseMetaDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	s = stripOrdinal(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// stripOrdinal turns "6th" into "6" so one layout covers both spellings.
func stripOrdinal(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		core := strings.TrimRight(w, ",")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if len(core) > len(suf) && len(core) <= 4 && strings.HasSuffix(core, suf) && isDigits(core[:len(core)-len(suf)]) {
				words[i] = core[:len(core)-len(suf)] + w[len(core):]
			}
		}
	}
	return strings.Join(words, " ")
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
