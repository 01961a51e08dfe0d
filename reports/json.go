package reports

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// JSON writes the result in the versioned claimdiff/v1 shape (docs/schema.md).
func JSON(w io.Writer, r *compare.Result, _ Options) error {
	return WriteJSON(w, r)
}

// Extraction is the result of claimdiff extract: the reports and their claims.
type Extraction struct {
	Schema   string              `json:"schema"`
	Sources  []compare.Source    `json:"sources"`
	Claims   []claims.Claim      `json:"claims"`
	Excluded []compare.Exclusion `json:"excluded,omitempty"`
}

// ExtractionJSON writes an extraction in the claimdiff/v1 shape.
func ExtractionJSON(w io.Writer, e *Extraction) error {
	return WriteJSON(w, e)
}

// WriteJSON encodes v fully before writing, so a failure never leaves partial JSON.
func WriteJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
