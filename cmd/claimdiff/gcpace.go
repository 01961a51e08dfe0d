package main

import (
	"os"
	"runtime/debug"
)

// smallEvent is the most reports a comparison may have for the garbage collector to
// be paced for speed: such an event lives in a few tens of megabytes, so letting the
// heap grow five-fold between collections costs little memory and saves the 15-25%
// of CPU a two-report run otherwise spends collecting. Larger events keep the
// default pace, so their peak memory does not grow.
const smallEvent = 8

// gcPercentSmall is the GOGC of small comparisons: heap growth allowed between
// collections, in percent of the live heap.
const gcPercentSmall = 400

// batchMemoryLimit caps the heap of a batch run paced for small events, so one
// unusually large event makes the collector work harder rather than the process grow.
const batchMemoryLimit = 1 << 30

// paceGC paces the collector for a comparison of the given number of reports and
// returns a function that restores the previous pace. A GOGC or GOMEMLIMIT set by
// the user is left alone.
func paceGC(reports int, memoryLimit int64) (restore func()) {
	if reports > smallEvent || os.Getenv("GOGC") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(gcPercentSmall)
	prevLimit := int64(-1)
	if memoryLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		prevLimit = debug.SetMemoryLimit(memoryLimit)
	}
	return func() {
		debug.SetGCPercent(prev)
		if prevLimit >= 0 {
			debug.SetMemoryLimit(prevLimit)
		}
	}
}
