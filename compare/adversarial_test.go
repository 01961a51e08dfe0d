package compare_test

import (
	"fmt"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/adversarial"
)

// adversarialPeer is an ordinary short report compared with every adversarial input.
const adversarialPeer = "The council approved the budget of 14 million dollars on Tuesday. " +
	"About 40 people came to the meeting, the mayor said. \u201cWe are pleased,\u201d she said.\n"

// adversarialParse parses one report, failing on an error.
func adversarialParse(tb testing.TB, name string, data []byte) *claims.Document {
	tb.Helper()
	d, err := claims.Parse(name, data, claims.LoadOptions{})
	if err != nil {
		tb.Fatalf("parse %s: %v", name, err)
	}
	return d
}

// adversarialPair parses an adversarial input of n bytes and the ordinary peer report.
func adversarialPair(tb testing.TB, in adversarial.Input, n int) []*claims.Document {
	tb.Helper()
	return []*claims.Document{
		adversarialParse(tb, in.File, in.Gen(n)),
		adversarialParse(tb, "peer.txt", []byte(adversarialPeer)),
	}
}

// identicalPair is two reports of count copies of one sentence each, differing in a figure.
func identicalPair(tb testing.TB, count int) []*claims.Document {
	tb.Helper()
	n := count * len(adversarial.IdenticalSentences(66))
	return []*claims.Document{
		adversarialParse(tb, "a.txt", adversarial.IdenticalSentences(n)),
		adversarialParse(tb, "b.txt", adversarial.IdenticalSentencesAlt(n)),
	}
}

// checkResult asserts what every comparison must keep, however hostile its input:
// every source listed, and every finding naming claims of known sources.
func checkResult(t *testing.T, docs []*claims.Document, res *compare.Result) {
	t.Helper()
	if len(res.Sources) != len(docs) {
		t.Fatalf("%d sources in the result, want %d", len(res.Sources), len(docs))
	}
	ids := map[string]bool{}
	for _, s := range res.Sources {
		ids[s.ID] = true
	}
	for i, f := range res.Findings {
		for _, c := range f.Claims {
			if !ids[c.Source] {
				t.Fatalf("finding %d names claim of unknown source %q", i, c.Source)
			}
		}
	}
}

// TestAdversarialCompare runs claims.Parse → Segment → Filter → Extract → compare.Run on
// each adversarial input at its size limit, against an ordinary report. It asserts no
// timing; BenchmarkAdversarial* measure how the time grows.
func TestAdversarialCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("adversarial inputs take a few seconds; skipped with -short")
	}
	for _, in := range adversarial.Inputs {
		t.Run(in.Name, func(t *testing.T) {
			docs := adversarialPair(t, in, in.Limit)
			res := compare.Run(docs, compare.Options{})
			checkResult(t, docs, res)
			t.Logf("%d bytes: %d claims, %d findings", in.Limit, res.Sources[0].Claims, len(res.Findings))
		})
	}
	t.Run("IdenticalReports", func(t *testing.T) {
		docs := identicalPair(t, 2000)
		res := compare.Run(docs, compare.Options{})
		checkResult(t, docs, res)
		if res.Sources[0].Claims == 0 || res.Sources[1].Claims == 0 {
			t.Fatalf("no claims from 2,000 sentences: %+v", res.Sources)
		}
		t.Logf("2,000 vs 2,000 sentences: %d findings", len(res.Findings))
	})
}

// adversarialSizes are the two sizes of every benchmark: half the limit (1x) and the
// limit (2x). A linear pipeline takes twice as long at 2x; MB/s stays the same.
var adversarialSizes = []struct {
	name string
	div  int
}{{"1x", 2}, {"2x", 1}}

// BenchmarkAdversarialRun times the whole pipeline (Analyze and Compare) on each
// adversarial input against an ordinary report, at 1x and 2x size.
func BenchmarkAdversarialRun(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			n := in.Limit / sz.div
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				b.SetBytes(int64(n))
				for b.Loop() {
					compare.Run(adversarialPair(b, in, n), compare.Options{})
				}
			})
		}
	}
}

// BenchmarkAdversarialAlign times Compare alone (alignment, verdicts, profiles) on
// analysed adversarial inputs, where a quadratic candidate search would show.
func BenchmarkAdversarialAlign(b *testing.B) {
	for _, in := range adversarial.Inputs {
		for _, sz := range adversarialSizes {
			n := in.Limit / sz.div
			b.Run(fmt.Sprintf("%s/%s", in.Name, sz.name), func(b *testing.B) {
				b.SetBytes(int64(n))
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					as := compare.Analyze(adversarialPair(b, in, n), compare.Options{})
					b.StartTimer()
					compare.Compare(as, compare.Options{})
				}
			})
		}
	}
}

// BenchmarkAdversarialIdentical compares two reports of count identical sentences
// each (1,000 and 2,000): every claim of one is a candidate for every claim of the other.
func BenchmarkAdversarialIdentical(b *testing.B) {
	for _, sz := range []struct {
		name  string
		count int
	}{{"1x", 1000}, {"2x", 2000}} {
		b.Run(sz.name, func(b *testing.B) {
			for b.Loop() {
				compare.Run(identicalPair(b, sz.count), compare.Options{})
			}
		})
	}
}
