package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

func policyResult() *Result {
	return &Result{
		Sources: []Source{{ID: "s1", Name: "North Gazette", Path: "news/north.txt"}, {ID: "s2", Name: "Valley Post", Path: "news/valley.md"}},
		Findings: []Finding{
			{ID: "F1", Verdict: Discrepancy, Kind: claims.KindNumber, Severity: Major, Summary: "200 vs 450",
				Claims: []claims.Claim{{Source: "s1", Text: "200 protesters", Sentence: "About 200 protesters gathered."}, {Source: "s2", Text: "450 protesters", Sentence: "Some 450 protesters marched."}}},
			{ID: "F2", Verdict: Discrepancy, Kind: claims.KindQuote, Severity: Minor, Summary: "quotation differs",
				Claims: []claims.Claim{{Source: "s1", Text: "we will rebuild"}, {Source: "s2", Text: "we shall rebuild"}}},
			{ID: "F3", Verdict: Agreement, Kind: claims.KindDate, Claims: []claims.Claim{{Source: "s1", Text: "on Monday"}, {Source: "s2", Text: "on Monday"}}},
			{ID: "F4", Verdict: Unique, Kind: claims.KindStatement, Claims: []claims.Claim{{Source: "s2", Text: "Police made two arrests."}}},
		},
	}
}

// TestPolicyJudge checks fail_on rules and ignore matching by kind, text and source.
func TestPolicyJudge(t *testing.T) {
	for _, tc := range []struct {
		name    string
		policy  Policy
		failing []string
		ignored []string
	}{
		{"any discrepancy", Policy{FailOn: []FailRule{{Match: "discrepancy"}}}, []string{"F1", "F2"}, nil},
		{"major only", Policy{FailOn: []FailRule{{Match: "major"}}}, []string{"F1"}, nil},
		{"minor and unique", Policy{FailOn: []FailRule{{Match: "minor"}, {Match: "unique"}}}, []string{"F2", "F4"}, nil},
		{"nothing", Policy{}, nil, nil},
		{"ignore by kind and text", Policy{FailOn: []FailRule{{Match: "discrepancy"}},
			Ignore: []IgnoreRule{{Kind: claims.KindNumber, Text: "PROTESTERS", Reason: "r"}}}, []string{"F2"}, []string{"F1"}},
		{"ignore by source file name", Policy{FailOn: []FailRule{{Match: "discrepancy"}},
			Ignore: []IgnoreRule{{Text: "shall", Source: "valley.md", Reason: "r"}}}, []string{"F1"}, []string{"F2"}},
		{"ignore by source name", Policy{FailOn: []FailRule{{Match: "discrepancy"}},
			Ignore: []IgnoreRule{{Kind: claims.KindQuote, Source: "north gazette", Reason: "r"}}}, []string{"F1"}, []string{"F2"}},
		{"source must hold the text", Policy{FailOn: []FailRule{{Match: "discrepancy"}},
			Ignore: []IgnoreRule{{Text: "shall", Source: "s1", Reason: "r"}}}, []string{"F1", "F2"}, nil},
		{"kind must match", Policy{FailOn: []FailRule{{Match: "discrepancy"}},
			Ignore: []IgnoreRule{{Kind: claims.KindMoney, Text: "protesters", Reason: "r"}}}, []string{"F1", "F2"}, nil},
		{"ignore covers only failing findings", Policy{FailOn: []FailRule{{Match: "major"}},
			Ignore: []IgnoreRule{{Kind: claims.KindDate, Reason: "r"}}}, []string{"F1"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := tc.policy.Judge(policyResult())
			if len(j.Failing) != len(tc.failing) {
				t.Errorf("failing = %v, want %v", j.Failing, tc.failing)
			}
			for _, id := range tc.failing {
				if !j.Failing[id] {
					t.Errorf("%s does not fail; failing = %v", id, j.Failing)
				}
			}
			if len(j.Ignored) != len(tc.ignored) {
				t.Errorf("ignored = %v, want %v", j.Ignored, tc.ignored)
			}
			for _, id := range tc.ignored {
				if _, ok := j.Ignored[id]; !ok {
					t.Errorf("%s not ignored", id)
				}
			}
			used := 0
			for _, n := range j.Used {
				used += n
			}
			if used != len(tc.ignored) {
				t.Errorf("ignore rules used %d times, want %d", used, len(tc.ignored))
			}
		})
	}
}
