package claims

import (
	"strings"
	"testing"
)

// TestJoinWeekdayDates checks that a weekday set before the calendar date it
// names makes one date, while a weekday the date's year contradicts, or a
// weekday and a date apart, stay two.
func TestJoinWeekdayDates(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // the dates' texts
	}{
		{"The awards will be broadcast live on Sunday, March 2, 2014, on the network.", []string{"on Sunday, March 2, 2014"}},
		{"The ferry sank on Thursday, 14 March.", []string{"on Thursday, 14 March"}},
		{"The vote was held on Monday, March 2, 2014.", []string{"on Monday", "March 2, 2014"}},
		{"The vote is on Monday, and the count on March 2.", []string{"on Monday", "March 2"}},
	} {
		norm, _ := Normalize(c.sentence)
		var got []string
		for _, m := range ParseValues(norm, ValueContext{}) {
			if m.Value.Type == "date" {
				got = append(got, norm[m.Start:m.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: dates %q, want %q", c.sentence, got, c.want)
		}
	}
}
