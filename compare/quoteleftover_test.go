package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// A report quoting two remarks apart, where others quote them as one run:
// the remark left out of the quotation groups is still diffed, and a word
// changed in it is a quote discrepancy.
func TestLeftoverQuote(t *testing.T) {
	res := runTexts(t,
		`"I am so proud to be leading the crew for the second time. You know what sailors say, the sea decides," Ines Aldana said.`,
		`"I am so ashamed to be leading the crew for the second time," Ines Aldana said. "You know what sailors say, the sea decides."`,
		`"I am so proud to be leading the crew for the second time," said Aldana.`,
	)
	if got := findings(res, compare.Discrepancy, "ashamed"); len(got) == 0 {
		var have []string
		for _, f := range res.Findings {
			have = append(have, string(f.Verdict)+": "+f.Summary)
		}
		t.Fatalf("no discrepancy carrying the changed quotation; findings: %v", have)
	}
	// The same remark quoted alike by every report is no discrepancy.
	res = runTexts(t,
		`"I am so proud to be leading the crew for the second time. You know what sailors say, the sea decides," Ines Aldana said.`,
		`"I am so proud to be leading the crew for the second time," Ines Aldana said. "You know what sailors say, the sea decides."`,
	)
	for _, f := range res.Findings {
		if f.Verdict == compare.Discrepancy && f.Kind == "quote" {
			t.Errorf("quotations alike reported as differing: %s", f.Summary)
		}
	}
}
