package claims

import "github.com/claimdiff/claimdiff/claims/load"

// Reading a report is the stage in claims/load; these names keep it where compare and
// cmd have always called it, so that the pipeline reads as one package from outside.

// Document is one report: where it came from, its original bytes and the text analysed.
type Document = load.Document

// LoadOptions controls how reports are read.
type LoadOptions = load.Options

// InputError is a problem with one input that stops the run (exit code 2).
type InputError = load.InputError

// Outlets is a registry mapping outlet names and web domains to canonical outlets.
type Outlets = load.Outlets

// DefaultMaxBytes is the default size limit of one input report.
const DefaultMaxBytes = load.DefaultMaxBytes

// MaxSentenceBytes is the longest sentence, in bytes, that Segment returns.
const MaxSentenceBytes = maxSentenceBytes

// Load reads one report from a file path, "-" (stdin) or an http(s) URL.
func Load(path string, opt LoadOptions) (*Document, error) { return load.Load(path, opt) }

// Parse builds a Document from bytes already read; path names it and hints at its format.
func Parse(path string, data []byte, opt LoadOptions) (*Document, error) {
	return load.Parse(path, data, opt)
}

// LoadOutlets reads an outlet registry from a YAML file (see docs/record.md).
func LoadOutlets(path string) (*Outlets, error) { return load.LoadOutlets(path) }

// ParseOutlets reads an outlet registry from YAML text.
func ParseOutlets(data []byte) (*Outlets, error) { return load.ParseOutlets(data) }
