// Command claimdiff compares news reports of one event: where they agree,
// where they disagree, and what only one of them reports.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/claims"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes, as documented in README.md.
const (
	exitOK    = 0
	exitFail  = 1 // a --fail-on rule matched
	exitUsage = 2 // usage, config or input error
)

// exitError carries an exit code through urfave/cli without it calling os.Exit.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr marks an error as the user's to fix (exit code 2).
func usageErr(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// run is main without the process: it returns the exit code, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &environment{stdin: stdin, stdout: stdout, stderr: stderr}
	app := newApp(env)
	err := app.Run(reorder(app, args))
	if err == nil {
		return exitOK
	}
	var ee *exitError
	var ie *claims.InputError
	code := exitUsage
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case errors.As(err, &ie):
		code = exitUsage
	}
	fmt.Fprintf(stderr, "claimdiff: %v\n", err)
	return code
}

// environment is the process's streams, passed to every command instead of globals.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newApp(env *environment) *cli.App {
	return &cli.App{
		Name:      "claimdiff",
		Usage:     "compare news reports of one event: agreements, discrepancies, unique details",
		Version:   version,
		Reader:    env.stdin,
		Writer:    env.stdout,
		ErrWriter: env.stderr,
		// Errors are reported by run, which also chooses the exit code.
		ExitErrHandler: func(*cli.Context, error) {},
		Commands:       withUsageErrors(commands(env)),
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &exitError{code: exitUsage, err: err}
		},
	}
}

// withUsageErrors makes every command report a usage error as exit code 2
// with a one-line message, instead of urfave/cli printing the help to stdout.
func withUsageErrors(cs []*cli.Command) []*cli.Command {
	for _, c := range cs {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return &exitError{code: exitUsage, err: err}
		}
		withUsageErrors(c.Subcommands)
	}
	return cs
}

// version is the claimdiff release; set with -ldflags "-X main.version=...".
var version = "0.1.0-dev"
