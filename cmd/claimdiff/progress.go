package main

import (
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
)

// progressThreshold is how many items a run must process before a bar is worth
// drawing; a couple of reports finish before a bar would be read.
const progressThreshold = 3

// progress reports work on stderr as a bar; it is silent when stderr is not a
// terminal, when --quiet is set, or when there are only a few items. A nil
// *progress is valid and does nothing, so callers never check.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress starts a bar of total items labelled label, or returns nil when
// no bar should be drawn.
func newProgress(env *environment, total int, label string, quiet bool) *progress {
	if quiet || total <= progressThreshold || !isTerminal(env.stderr) {
		return nil
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(env.stderr),
		progressbar.OptionSetDescription(label),
		progressbar.OptionEnableColorCodes(useColor(env.stderr)),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(80*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(false),
	)
	return &progress{bar: bar}
}

// Step advances the bar by one item and shows what is being worked on.
func (p *progress) Step(what string) {
	if p == nil {
		return
	}
	p.bar.Describe(what)
	_ = p.bar.Add(1)
}

// Done finishes and clears the bar, so the summary that follows starts on a clean line.
func (p *progress) Done() {
	if p == nil {
		return
	}
	_ = p.bar.Finish()
}

// isTerminal reports whether w is a terminal (a console on Windows, a pty elsewhere).
func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// useColor reports whether output to w may be coloured: only on a terminal and
// never when NO_COLOR is set to a non-empty value (https://no-color.org).
func useColor(w io.Writer) bool {
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}
