package load

import (
	"sort"
	"time"
)

// Document is one report: where it came from, its original bytes and the text analysed.
type Document struct {
	// ID is the short source id used in output ("s1", "s2", ...).
	ID string
	// Name is the human name of the source: outlet from metadata, --name, or the file name.
	Name string
	// Path is the file path or URL exactly as the user gave it ("-" for stdin).
	Path      string
	Title     string
	URL       string
	Outlet    string
	Author    string
	Published time.Time
	// Format is text, markdown or html.
	Format string
	// Raw is the file exactly as read, before any decoding.
	Raw []byte
	// Body is the UTF-8 text that is segmented: the article text without front matter or markup.
	Body string
	// offsets maps Body byte i to an original byte offset; nil means BodyBase+i.
	offsets []int
	// BodyBase is the byte offset in Raw where Body starts when offsets is nil.
	BodyBase int
	// Language is the ISO 639-1 code of the report's language when it was detected reliably.
	Language string
	// Warnings are non-fatal notes on reading the input (decoded from UTF-16, ...).
	Warnings []string
	// lineStarts caches the offsets of line starts in Raw for LineAt.
	lineStarts []int
}

// SetOffsets records, for each byte of Body (plus one past the end), its offset in Raw.
func (d *Document) SetOffsets(m []int) { d.offsets = m }

// Orig maps a byte offset in Body to a byte offset in the original file.
func (d *Document) Orig(i int) int {
	if d.offsets == nil {
		return d.BodyBase + i
	}
	if i < 0 {
		return 0
	}
	if i >= len(d.offsets) {
		if len(d.offsets) == 0 {
			return 0
		}
		return d.offsets[len(d.offsets)-1]
	}
	return d.offsets[i]
}

// LineAt returns the 1-based line number of an original byte offset.
func (d *Document) LineAt(off int) int {
	if d.lineStarts == nil {
		d.lineStarts = []int{0}
		for i, b := range d.Raw {
			if b == '\n' {
				d.lineStarts = append(d.lineStarts, i+1)
			}
		}
	}
	// The line is the number of line starts at or before off.
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
}
