package reports_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/benchgen"
	"github.com/claimdiff/claimdiff/reports"
)

// benchResult compares one generated event of n reports of ~800 words.
func benchResult(b *testing.B, n int) *compare.Result {
	b.Helper()
	ev := benchgen.Generate(benchgen.Config{Reports: n, Words: 800, Seed: 1}, 0)
	docs := make([]*claims.Document, len(ev.Reports))
	for i, r := range ev.Reports {
		d, err := claims.Parse(r.Name, []byte(r.Text), claims.LoadOptions{})
		if err != nil {
			b.Fatalf("parse %s: %v", r.Name, err)
		}
		d.ID = fmt.Sprintf("s%d", i+1)
		docs[i] = d
	}
	return compare.Run(docs, compare.Options{})
}

// BenchmarkTable renders the terminal tables of events of growing size; the time per
// report should stay roughly flat.
func BenchmarkTable(b *testing.B) {
	for _, n := range []int{20, 40, 80} {
		b.Run(fmt.Sprintf("reports=%d", n), func(b *testing.B) {
			res := benchResult(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := reports.Render(io.Discard, "table", res, reports.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
