package compare

import "github.com/claimdiff/claimdiff/claims"

// Whether a figure is its report's only count of a noun, only measure of a
// unit, only local clock reading or only amount for a head word is asked for
// every pair of figures value alignment scores, and each answer read the
// figure's whole report again: at 80 reports those scans were 2% of all
// alignment CPU. A figure's answer depends on its report alone, so it is read
// once per comparison and remembered on the model (value alignment runs on
// one goroutine).

// soleKey names one such question about one figure.
type soleKey struct {
	c    *claims.Claim
	kind soleKind
	head string // the head word, for soleMoney
}

// soleKind says which sort of "only figure" a soleKey asks about.
type soleKind uint8

// The questions soleKey may ask.
const (
	soleCount soleKind = iota
	soleMeasure
	soleClockReading
	soleMoney
)

// remember records an answer and returns it.
func (m *model) remember(k soleKey, v bool) bool {
	if m.sole == nil {
		m.sole = map[soleKey]bool{}
	}
	m.sole[k] = v
	return v
}
