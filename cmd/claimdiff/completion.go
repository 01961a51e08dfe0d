package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimdiff/claimdiff/reports"
)

// completionShells are the shells claimdiff writes completion scripts for.
var completionShells = []string{"bash", "zsh", "fish"}

func completionCommand(env *environment, app func() *cli.App) *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print a shell completion script: bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: "Completes commands, their flags and the values of --format; file names elsewhere.\n" +
			"  bash: source <(claimdiff completion bash)      (or save it in /etc/bash_completion.d/claimdiff)\n" +
			"  zsh:  source <(claimdiff completion zsh)       (or save it as _claimdiff in a directory of $fpath)\n" +
			"  fish: claimdiff completion fish > ~/.config/fish/completions/claimdiff.fish",
		Action: func(c *cli.Context) error {
			if c.Args().Len() != 1 {
				return usageErr("completion needs one shell: %s", strings.Join(completionShells, ", "))
			}
			var script string
			var err error
			switch sh := c.Args().First(); sh {
			case "bash":
				script = bashCompletion(app())
			case "zsh":
				script = zshCompletion(app())
			case "fish":
				script, err = app().ToFishCompletion()
			default:
				return usageErr("completion %q: want one of %s%s", sh, strings.Join(completionShells, ", "), suggestion(sh, completionShells))
			}
			if err != nil {
				return fmt.Errorf("completion: %w", err)
			}
			_, err = fmt.Fprint(env.stdout, script)
			return err
		},
	}
}

// flagWords lists every spelling of cmd's visible flags ("--format", "-f") plus --help.
func flagWords(flags []cli.Flag) []string {
	out := []string{"--help"}
	for _, f := range flags {
		if vf, ok := f.(cli.VisibleFlag); ok && !vf.IsVisible() {
			continue
		}
		for _, n := range f.Names() {
			if len(n) == 1 {
				out = append(out, "-"+n)
			} else {
				out = append(out, "--"+n)
			}
		}
	}
	sort.Strings(out)
	return out
}

// visibleCommands are the app's commands a user types (help excluded).
func visibleCommands(app *cli.App) []*cli.Command {
	var out []*cli.Command
	for _, c := range app.Commands {
		if !c.Hidden && c.Name != "help" {
			out = append(out, c)
		}
	}
	return out
}

// formatValues are the values --format takes in cmd, read from its usage text.
func formatValues(cmd *cli.Command) []string {
	if cmd.Name == "compare" || cmd.Name == "demo" {
		return reports.Formats()
	}
	for _, f := range cmd.Flags {
		sf, ok := f.(*cli.StringFlag)
		if !ok || sf.Name != "format" {
			continue
		}
		_, list, found := strings.Cut(sf.Usage, ": ")
		if !found {
			return nil
		}
		list, _, _ = strings.Cut(list, " (")
		var vals []string
		for _, v := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' }) {
			if v != "or" {
				vals = append(vals, v)
			}
		}
		return vals
	}
	return nil
}

// bashCompletion writes a bash completion function listing the commands, each
// command's flags and the --format values.
func bashCompletion(app *cli.App) string {
	var b strings.Builder
	b.WriteString("# bash completion for claimdiff (claimdiff completion bash)\n")
	b.WriteString("_claimdiff() {\n")
	b.WriteString("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=\"\" i words formats\n")
	b.WriteString("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
	b.WriteString("    case \"${COMP_WORDS[i]}\" in -*) ;; *) cmd=\"${COMP_WORDS[i]}\"; break ;; esac\n")
	b.WriteString("  done\n")
	b.WriteString("  case \"$cmd\" in\n")
	var names []string
	for _, c := range visibleCommands(app) {
		names = append(names, c.Name)
	}
	fmt.Fprintf(&b, "    \"\") words=%q ;;\n", strings.Join(append(names, "--help", "--version", "--quiet"), " "))
	for _, c := range visibleCommands(app) {
		fmt.Fprintf(&b, "    %s) words=%q; formats=%q ;;\n", c.Name, strings.Join(flagWords(c.Flags), " "), strings.Join(formatValues(c), " "))
	}
	b.WriteString("  esac\n")
	b.WriteString("  if [[ \"$prev\" == \"--format\" || \"$prev\" == \"-f\" ]] && [[ -n \"$formats\" ]]; then\n")
	b.WriteString("    COMPREPLY=($(compgen -W \"$formats\" -- \"$cur\")); return\n")
	b.WriteString("  fi\n")
	b.WriteString("  if [[ \"$cur\" == -* || -z \"$cmd\" ]]; then\n")
	b.WriteString("    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n")
	b.WriteString("  else\n")
	b.WriteString("    COMPREPLY=($(compgen -f -- \"$cur\"))\n")
	b.WriteString("  fi\n")
	b.WriteString("}\n")
	b.WriteString("complete -o default -F _claimdiff claimdiff\n")
	return b.String()
}

// zshCompletion writes a zsh completion function: commands with their descriptions,
// then each command's flags with theirs, --format values, and files.
func zshCompletion(app *cli.App) string {
	quote := func(s string) string {
		s = strings.NewReplacer("[", "(", "]", ")", ":", " -", "'", "'\\''", "`", "").Replace(s)
		return s
	}
	var b strings.Builder
	b.WriteString("#compdef claimdiff\n# zsh completion for claimdiff (claimdiff completion zsh)\n")
	b.WriteString("_claimdiff() {\n  local -a commands\n  commands=(\n")
	for _, c := range visibleCommands(app) {
		fmt.Fprintf(&b, "    '%s:%s'\n", c.Name, quote(c.Usage))
	}
	b.WriteString("  )\n")
	b.WriteString("  if (( CURRENT == 2 )); then\n    _describe 'command' commands\n    return\n  fi\n")
	b.WriteString("  case $words[2] in\n")
	for _, c := range visibleCommands(app) {
		fmt.Fprintf(&b, "    %s)\n      _arguments \\\n", c.Name)
		for _, f := range c.Flags {
			if vf, ok := f.(cli.VisibleFlag); ok && !vf.IsVisible() {
				continue
			}
			usage := ""
			if df, ok := f.(cli.DocGenerationFlag); ok {
				usage = df.GetUsage()
			}
			takes := false
			if df, ok := f.(cli.DocGenerationFlag); ok {
				takes = df.TakesValue()
			}
			for _, n := range f.Names() {
				spell := "--" + n
				if len(n) == 1 {
					spell = "-" + n
				}
				arg := ""
				if takes {
					arg = ":" + n + ":"
					if n == "format" || n == "f" {
						arg += "(" + strings.Join(formatValues(c), " ") + ")"
					} else {
						arg += "_files"
					}
				}
				fmt.Fprintf(&b, "        '%s[%s]%s' \\\n", spell, quote(usage), arg)
			}
		}
		b.WriteString("        '*:file:_files'\n      ;;\n")
	}
	b.WriteString("  esac\n}\n")
	b.WriteString("if [[ \"${funcstack[1]}\" == \"_claimdiff\" ]]; then\n  _claimdiff \"$@\"\nelse\n  compdef _claimdiff claimdiff\nfi\n")
	return b.String()
}
