package reports

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// CSVHeader names the columns of the CSV format, in order.
var CSVHeader = []string{"finding", "verdict", "kind", "severity", "summary", "confidence",
	"source", "line", "start", "end", "text", "sentence", "value"}

// CSV writes one RFC 4180 row per claim per finding, for spreadsheets and
// data tools. Article text is cleaned of control characters, and a cell that
// would start with = + - @ (a formula in spreadsheet software) is prefixed with
// an apostrophe, as OWASP advises against CSV injection.
func CSV(w io.Writer, r *compare.Result, _ Options) error {
	r = Sanitize(r)
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("csv header: %w", err)
	}
	for _, f := range r.Findings {
		for _, c := range f.Claims {
			if err := cw.Write(csvRow(f, c)); err != nil {
				return fmt.Errorf("csv row of %s: %w", f.ID, err)
			}
		}
	}
	return flushCSV(w, cw, &buf)
}

// csvRow is the CSVHeader columns of one claim of one finding.
func csvRow(f compare.Finding, c claims.Claim) []string {
	value := ""
	if c.Value != nil {
		value = valueText(c.Value)
	}
	return []string{f.ID, string(f.Verdict), string(f.Kind), string(f.Severity), csvText(f.Summary),
		strconv.FormatFloat(f.Confidence, 'f', -1, 64), c.Source, strconv.Itoa(c.Line),
		strconv.Itoa(c.Start), strconv.Itoa(c.End), csvText(c.Text), csvText(c.Sentence), csvText(value)}
}

// flushCSV writes the buffered rows to w only once all were written, so a
// failed row never leaves a partial file.
func flushCSV(w io.Writer, cw *csv.Writer, buf *bytes.Buffer) error {
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// csvText cleans one cell of article text and defuses spreadsheet formulas.
func csvText(s string) string {
	s = Clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
