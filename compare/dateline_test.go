package compare_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/compare"
)

// A wire stamp ("KNS Mar 3, 2026, 04.12AM IST KELBY:") dates the copy, not the
// event: its clock reading is never set against the event's time.
func TestWireStampIsNoEventTime(t *testing.T) {
	res := compare.Run(docs(t,
		"Ferry grounds off Kelby\n\nKNS Mar 3, 2026, 04.12AM IST KELBY:\n\nThe ferry ran aground at 11:25 hours on Monday, the coastguard said.\n",
		"Kelby ferry aground\n\nMon Mar 2 2026, 23:40 hrs\n\nThe ferry ran aground at about 9.25 am on Monday, the coastguard said.\n",
	), compare.Options{MinConfidence: 0})
	for _, stamp := range []string{"04.12AM IST", "23:40 hrs"} {
		if fs := findings(res, compare.Discrepancy, stamp); len(fs) > 0 {
			t.Errorf("the stamp's clock %q is compared as an event time: %s", stamp, fs[0].Summary)
		}
	}
}
