package main

import "github.com/urfave/cli/v2"

// commands lists every subcommand; each lives in its own file.
func commands(env *environment) []*cli.Command {
	return []*cli.Command{
		compareCommand(env),
		extractCommand(env),
		demoCommand(env),
		sourcesCommand(env),
		historyCommand(env),
		checkCommand(env),
		initCommand(env),
		benchCommand(env),
		batchCommand(env),
		recordCommand(env),
	}
}
