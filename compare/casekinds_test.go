package compare_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/internal/evalscore"
)

// rareKinds are the kinds of conflict the public sets hold too few of to
// measure (issue 14): our own cases must each report every one of them.
var rareKinds = map[string]bool{"percent": true, "duration": true, "time": true, "role": true}

// TestDevCaseRareKinds requires every gold discrepancy of a rare kind in
// testdata/cases to be reported as a discrepancy, one by one: the pooled
// floors of TestDevCases would let a single one slip.
func TestDevCaseRareKinds(t *testing.T) {
	seen := map[string]int{}
	for _, dir := range caseDirs(t, filepath.Join("..", "testdata", "cases")) {
		g, err := evalscore.LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		var items []evalscore.Item
		for _, it := range g.Items {
			if it.Verdict == "discrepancy" && rareKinds[it.Kind] {
				items = append(items, it)
				seen[it.Kind]++
			}
		}
		if len(items) == 0 {
			continue
		}
		res, err := runPaths(g.Paths(dir))
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(res)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := evalscore.ParseReport(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range items {
			one := *g
			one.Items = []evalscore.Item{it}
			s, err := evalscore.Score(&one, rep)
			if err != nil {
				t.Fatal(err)
			}
			if s.DiscHit != 1 {
				t.Errorf("%s: %s discrepancy not reported: %v", filepath.Base(dir), it.Kind, it.Evidence)
			}
		}
	}
	for k := range rareKinds {
		if seen[k] == 0 {
			t.Errorf("no case under testdata/cases holds a %s discrepancy", k)
		}
	}
}
