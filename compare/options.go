package compare

import "github.com/claimdiff/claimdiff/claims"

// Options tunes a comparison.
type Options struct {
	// MinConfidence drops findings below this confidence (0 keeps all).
	MinConfidence float64
	// Tolerance overrides the relative tolerance of numeric comparisons per kind (0.1 = 10%).
	Tolerance map[claims.Kind]float64
	// ShowExcluded lists excluded sentences in the result.
	ShowExcluded bool
	// MonthFirst reads numeric dates month-first.
	MonthFirst bool
	// NoFilter keeps boilerplate sentences.
	NoFilter bool
	// PairModel replaces the fitted value alignment model (nil: the built-in fit).
	PairModel *PairModel
	// Jobs is how many reports are analysed at once (0: one per core); the result is the same for any value.
	Jobs int
}
