package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkCompareTwo times one whole `claimdiff compare --format json` run on
// two ~800-word reports of one invented event: loading, extraction, alignment,
// verdicts and JSON rendering. Run: go test ./cmd/claimdiff -run '^$' -bench CompareTwo
func BenchmarkCompareTwo(b *testing.B) {
	args := []string{"claimdiff", "compare", "--format", "json",
		"testdata/bench/tamsey-chronicle.txt", "testdata/bench/estuary-news.txt"}
	var stderr strings.Builder
	if code := run(args, strings.NewReader(""), io.Discard, &stderr); code != exitOK {
		b.Fatalf("exit %d: %s", code, stderr.String())
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
