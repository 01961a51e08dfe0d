package claims_test

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/claims/furniture"
	"github.com/claimdiff/claimdiff/internal/adversarial"
)

// adversarialDoc parses one generated input, failing the test or benchmark on an error.
func adversarialDoc(tb testing.TB, in adversarial.Input, data []byte) *claims.Document {
	tb.Helper()
	doc, err := claims.Parse(in.File, data, claims.LoadOptions{})
	if err != nil {
		tb.Fatalf("%s: Parse: %v", in.Name, err)
	}
	return doc
}

// TestAdversarialPipeline runs every adversarial input at its size limit through
// Parse, Segment, Filter and Extract, and checks the invariants that keep later stages
// bounded: no sentence over maxSentenceBytes, spans inside the input, claims inside
// their sentences. It asserts no timing (see the benchmarks for that).
func TestAdversarialPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("adversarial inputs take a few seconds; skipped with -short")
	}
	for _, in := range adversarial.Inputs {
		t.Run(in.Name, func(t *testing.T) {
			data := in.Gen(in.Limit)
			if len(data) > claims.DefaultMaxBytes {
				t.Fatalf("generator made %d bytes, over the %d limit", len(data), claims.DefaultMaxBytes)
			}
			doc := adversarialDoc(t, in, data)
			sents := claims.Segment(doc)
			if len(sents) == 0 {
				t.Fatalf("no sentences from %d bytes", len(data))
			}
			furniture.Filter([]*claims.Document{doc}, [][]claims.Sentence{sents})
			for i, s := range sents {
				if len(s.Text) > claims.MaxSentenceBytes {
					t.Fatalf("sentence %d has %d bytes, over claims.MaxSentenceBytes", i, len(s.Text))
				}
				if s.Start < 0 || s.End > len(doc.Raw) || s.Start > s.End {
					t.Fatalf("sentence %d span [%d,%d) outside %d raw bytes", i, s.Start, s.End, len(doc.Raw))
				}
			}
			cs := claims.Extract(doc, sents, claims.ExtractOptions{})
			for i, c := range cs {
				if c.SentenceIndex < 0 || c.SentenceIndex >= len(sents) {
					t.Fatalf("claim %d in sentence %d of %d", i, c.SentenceIndex, len(sents))
				}
			}
			t.Logf("%d bytes: %d sentences, %d claims", len(data), len(sents), len(cs))
		})
	}
}

// TestAdversarialOverLimit checks that an input one byte over the limit is refused
// with the size-limit error rather than processed.
func TestAdversarialOverLimit(t *testing.T) {
	data := adversarial.DigitsCommas(claims.DefaultMaxBytes + 1)
	_, err := claims.Parse("big.txt", data, claims.LoadOptions{})
	if err == nil || err.Error() != "big.txt: larger than the size limit of 5 MB" {
		t.Fatalf("Parse of %d bytes: got %v, want the size-limit error", len(data), err)
	}
}

// adversarialSizes are the two sizes of every benchmark: half the limit (1x) and the
// limit (2x). Linear stages take twice as long at 2x; MB/s stays the same.
var adversarialSizes = []struct {
	name string
	div  int
}{{"1x", 2}, {"2x", 1}}

// BenchmarkAdversarialParse measures loading (decoding, format detection, HTML extraction).
func BenchmarkAdversarialParse(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			data := in.Gen(in.Limit / sz.div)
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					adversarialDoc(b, in, data)
				}
			})
		}
	}
}

// BenchmarkAdversarialSegment measures sentence splitting.
func BenchmarkAdversarialSegment(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			data := in.Gen(in.Limit / sz.div)
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				doc := adversarialDoc(b, in, data)
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					claims.Segment(doc)
				}
			})
		}
	}
}

// BenchmarkAdversarialFilter measures boilerplate and topic filtering of one report.
func BenchmarkAdversarialFilter(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			data := in.Gen(in.Limit / sz.div)
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				doc := adversarialDoc(b, in, data)
				sents := claims.Segment(doc)
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					furniture.Filter([]*claims.Document{doc}, [][]claims.Sentence{sents})
				}
			})
		}
	}
}

// BenchmarkAdversarialExtract measures claim extraction (values, entities, quotes, roles).
func BenchmarkAdversarialExtract(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			data := in.Gen(in.Limit / sz.div)
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				doc := adversarialDoc(b, in, data)
				sents := claims.Segment(doc)
				furniture.Filter([]*claims.Document{doc}, [][]claims.Sentence{sents})
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					claims.Extract(doc, sents, claims.ExtractOptions{})
				}
			})
		}
	}
}
