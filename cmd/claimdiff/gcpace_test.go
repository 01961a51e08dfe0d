package main

import (
	"runtime/debug"
	"testing"
)

// gcPace reads the collector's percent and memory limit without changing them.
func gcPace() (percent int, limit int64) {
	percent = debug.SetGCPercent(-1)
	debug.SetGCPercent(percent)
	return percent, debug.SetMemoryLimit(-1)
}

// TestPaceGC checks that only small comparisons change the collector's pace, that a
// user's GOGC wins, and that the previous pace comes back.
func TestPaceGC(t *testing.T) {
	for _, tc := range []struct {
		name        string
		reports     int
		limit       int64
		gogc        string
		wantPercent bool // paced to gcPercentSmall
		wantLimit   bool // limit set
	}{
		{"two reports", 2, 0, "", true, false},
		{"batch", smallEvent, batchMemoryLimit, "", true, true},
		{"large event", smallEvent + 1, 0, "", false, false},
		{"user GOGC", 2, batchMemoryLimit, "150", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gogc != "" {
				t.Setenv("GOGC", tc.gogc)
			}
			t.Setenv("GOMEMLIMIT", "")
			// Start from the default pace (a parallel test's run may have left another).
			old := debug.SetGCPercent(100)
			t.Cleanup(func() { debug.SetGCPercent(old) })
			percent, limit := gcPace()
			restore := paceGC(tc.reports, tc.limit)
			gotPercent, gotLimit := gcPace()
			restore()
			if (gotPercent == gcPercentSmall) != tc.wantPercent {
				t.Errorf("GOGC while paced = %d (before %d), want paced: %v", gotPercent, percent, tc.wantPercent)
			}
			if (gotLimit == tc.limit && tc.limit != limit) != tc.wantLimit {
				t.Errorf("memory limit while paced = %d (before %d), want set: %v", gotLimit, limit, tc.wantLimit)
			}
			if p, l := gcPace(); p != percent || l != limit {
				t.Errorf("after restore: GOGC %d, limit %d; want %d, %d", p, l, percent, limit)
			}
		})
	}
}
