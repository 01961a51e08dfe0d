// Command claimdiff compares news reports of one event: where they agree,
// where they disagree, and what only one of them reports.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

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
	env := &environment{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
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

// environment is the process's streams and clock, passed to every command instead of globals.
type environment struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// now is the clock relative dates ("yesterday") are resolved against.
	now func() time.Time
}

// today is the current time, from the environment's clock.
func (e *environment) today() time.Time {
	if e.now == nil {
		return time.Now()
	}
	return e.now()
}

func newApp(env *environment) *cli.App {
	app := &cli.App{
		Name:      "claimdiff",
		Usage:     "compare news reports of one event: agreements, discrepancies, unique details",
		Version:   currentBuild().Short(),
		Reader:    env.stdin,
		Writer:    env.stdout,
		ErrWriter: env.stderr,
		Flags:     []cli.Flag{quietFlag()},
		Suggest:   true,
		// Errors are reported by run, which also chooses the exit code.
		ExitErrHandler: func(*cli.Context, error) {},
	}
	cmds := append(commands(env), versionCommand(env), completionCommand(env, func() *cli.App { return newApp(env) }))
	app.Commands = withUsageErrors(cmds)
	app.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
		return flagUsageErr(app.Flags, err)
	}
	// Anything that is not a command reaches the app's action: name it, and the nearest command.
	app.Action = func(c *cli.Context) error {
		if c.Args().Len() == 0 {
			return cli.ShowAppHelp(c)
		}
		typed := c.Args().First()
		var names []string
		for _, cmd := range app.Commands {
			names = append(names, cmd.Names()...)
		}
		return usageErr("unknown command %q%s (see claimdiff --help)", typed, suggestion(typed, names))
	}
	return app
}

// withUsageErrors makes every command report a usage error as exit code 2
// with a one-line message, instead of urfave/cli printing the help to stdout.
func withUsageErrors(cs []*cli.Command) []*cli.Command {
	for _, c := range cs {
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return flagUsageErr(c.Flags, err)
		}
		withUsageErrors(c.Subcommands)
	}
	return cs
}

// flagUsageErr is a flag error as exit code 2, with the nearest flag for a mistyped one.
func flagUsageErr(flags []cli.Flag, err error) error {
	msg := err.Error()
	if typed, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		var known []string
		for _, f := range flags {
			for _, n := range f.Names() {
				if len(n) > 1 {
					known = append(known, "--"+n)
				}
			}
		}
		known = append(known, "--help")
		// Go's flag package reports -formt for --formt too; long names are shown with two dashes.
		if name := strings.TrimLeft(typed, "-"); len(name) > 1 {
			typed = "--" + name
		}
		msg = fmt.Sprintf("unknown flag %s%s", typed, suggestion(typed, known))
	}
	return &exitError{code: exitUsage, err: errors.New(msg)}
}

// version is the claimdiff release; set with -ldflags "-X main.version=...".
var version = "0.1.0-dev"
