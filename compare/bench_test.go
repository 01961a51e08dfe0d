package compare_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/benchgen"
)

// benchDocs parses the reports of one generated event of n reports of ~800 words.
func benchDocs(b *testing.B, n int) []*claims.Document {
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
	return docs
}

// warm loads the lazily built tables (lemmatizer, lexicon, sentence model) outside the timer.
func warm(b *testing.B) {
	b.Helper()
	compare.Run(benchDocs(b, 2), compare.Options{})
}

// BenchmarkExtract800 times segmentation, filtering and extraction of one ~800-word report.
func BenchmarkExtract800(b *testing.B) {
	warm(b)
	docs := benchDocs(b, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		compare.Analyze(docs, compare.Options{})
	}
}

// BenchmarkCompareTwo800 times a whole comparison of two ~800-word reports.
func BenchmarkCompareTwo800(b *testing.B) {
	benchCompare(b, 2)
}

// BenchmarkCompare50 times one event covered by 50 reports of ~800 words.
func BenchmarkCompare50(b *testing.B) {
	benchCompare(b, 50)
}

// BenchmarkCompare100 doubles BenchmarkCompare50, to show how time grows with the reports.
func BenchmarkCompare100(b *testing.B) {
	benchCompare(b, 100)
}

// BenchmarkAlign50 times alignment and verdicts alone, on 50 analysed reports.
func BenchmarkAlign50(b *testing.B) {
	warm(b)
	as := compare.Analyze(benchDocs(b, 50), compare.Options{})
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		compare.Compare(as, compare.Options{})
	}
}

// BenchmarkScaling runs the same comparison at growing report counts; ns/op per claim
// should stay roughly flat (n log n at worst). Run the 80 and 160 sizes with -benchtime 1x.
func BenchmarkScaling(b *testing.B) {
	for _, n := range []int{5, 10, 20, 40, 80, 160} {
		b.Run(fmt.Sprintf("reports=%d", n), func(b *testing.B) {
			benchCompare(b, n)
		})
	}
}

func benchCompare(b *testing.B, n int) {
	warm(b)
	docs := benchDocs(b, n)
	as := compare.Analyze(docs, compare.Options{})
	total := 0
	for _, a := range as {
		total += len(a.Claims)
	}
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		compare.Run(docs, compare.Options{})
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(total), "claims")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(max(total, 1)), "ns/claim")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/float64(max(total, 1)), "allocs/claim")
}
