package claims

import "time"

// ValueMatch is one typed value found in a sentence's normalised text.
type ValueMatch struct {
	Kind Kind
	// Start and End are byte offsets into the normalised sentence text.
	Start, End int
	Value      Value
}

// ValueContext carries what value parsers need beyond the text itself.
type ValueContext struct {
	// Published resolves relative dates ("yesterday", "last month"); zero keeps them relative.
	Published time.Time
	// MonthFirst reads 03/04/2026 as March 4 (American) instead of the day-first default.
	MonthFirst bool
}
