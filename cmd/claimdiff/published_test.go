package main

import (
	"testing"
	"time"
)

func TestParsePublished(t *testing.T) {
	today := time.Date(2026, 3, 31, 15, 4, 5, 0, time.UTC)
	for _, tc := range []struct{ in, want string }{
		{"2026-01-15", "2026-01-15"},
		{"today", "2026-03-31"},
		{"yesterday", "2026-03-30"},
		{"Yesterday", "2026-03-30"},
		{"last week", "2026-03-24"},
		{"last month", "2026-02-28"}, // not 31 February, which Go would normalise to 3 March
		{"last year", "2025-03-31"},
		{"3 days ago", "2026-03-28"},
		{"a week ago", "2026-03-24"},
		{"two months ago", "2026-01-31"},
		{"14 days ago", "2026-03-17"},
	} {
		got, err := parsePublished(tc.in, today)
		if err != nil || got.Format("2006-01-02") != tc.want {
			t.Errorf("parsePublished(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "tomorrow", "2026-13-01", "last fortnight", "-3 days ago"} {
		if _, err := parsePublished(bad, today); err == nil {
			t.Errorf("parsePublished(%q): want an error", bad)
		}
	}
}
