package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/benchgen"
)

// TestJobsSameResult checks that analysing reports on several goroutines gives the
// same bytes as analysing them one after another.
func TestJobsSameResult(t *testing.T) {
	for _, n := range []int{1, 2, 7} {
		t.Run(fmt.Sprintf("reports=%d", n), func(t *testing.T) {
			var want []byte
			for _, jobs := range []int{1, 2, 3, 8, 0} {
				docs := generatedDocs(t, n, 400)
				got, err := json.Marshal(Run(docs, Options{Jobs: jobs, ShowExcluded: true}))
				if err != nil {
					t.Fatal(err)
				}
				if want == nil {
					want = got
				} else if !bytes.Equal(got, want) {
					t.Errorf("jobs=%d: result differs from jobs=1", jobs)
				}
			}
		})
	}
}

// generatedDocs parses one generated event of n reports of about words words.
func generatedDocs(t testing.TB, n, words int) []*claims.Document {
	t.Helper()
	ev := benchgen.Generate(benchgen.Config{Reports: n, Words: words, Seed: 3}, 0)
	docs := make([]*claims.Document, len(ev.Reports))
	for i, r := range ev.Reports {
		d, err := claims.Parse(r.Name, []byte(r.Text), claims.LoadOptions{})
		if err != nil {
			t.Fatalf("parse %s: %v", r.Name, err)
		}
		docs[i] = d
	}
	return docs
}

func TestForEach(t *testing.T) {
	for _, tt := range []struct{ n, jobs int }{{0, 2}, {1, 4}, {5, 1}, {5, 2}, {100, 3}, {7, 0}} {
		seen := make([]int, tt.n)
		forEach(tt.n, tt.jobs, func(i int) { seen[i]++ })
		if want := slices.Repeat([]int{1}, tt.n); !slices.Equal(seen, want) {
			t.Errorf("forEach(%d, %d) calls per index %v, want each once", tt.n, tt.jobs, seen)
		}
	}
}

// TestForEachPanics checks a panic on a worker reaches the caller, where batch recovers it.
func TestForEachPanics(t *testing.T) {
	for _, jobs := range []int{1, 3} {
		func() {
			defer func() {
				if r := recover(); r != "boom" {
					t.Errorf("jobs=%d: recovered %v, want boom", jobs, r)
				}
			}()
			forEach(10, jobs, func(i int) {
				if i == 4 {
					panic("boom")
				}
			})
		}()
	}
}
