package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
)

// buildInfo is what claimdiff knows about its own build.
type buildInfo struct {
	// Module is the main module's path; Version its version: the module version go
	// install or a VCS tag stamped, else the -ldflags release.
	Module, Version string
	// Revision, Time and Modified come from the VCS stamp (absent with -buildvcs=false).
	Revision, Time string
	Modified       bool
	Go             string
}

// readBuildInfo describes the build from bi (runtime/debug.ReadBuildInfo), falling back
// to release when the module has no version of its own ("(devel)" from a work tree).
func readBuildInfo(bi *debug.BuildInfo, ok bool, release string) buildInfo {
	info := buildInfo{Version: release}
	if !ok || bi == nil {
		return info
	}
	info.Module, info.Go = bi.Main.Path, bi.GoVersion
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		info.Version = v
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			info.Revision = s.Value
		case "vcs.time":
			info.Time = s.Value
		case "vcs.modified":
			info.Modified = s.Value == "true"
		}
	}
	return info
}

// Short is the one-line version --version prints: "v1.2.0 (revision 0123abcd, modified)".
func (b buildInfo) Short() string {
	rev := "revision unknown"
	if b.Revision != "" {
		rev = "revision " + b.Revision[:min(12, len(b.Revision))]
		if b.Modified {
			rev += ", modified"
		}
	}
	return fmt.Sprintf("%s (%s)", b.Version, rev)
}

// Long is the version command's report, one fact per line.
func (b buildInfo) Long() string {
	var s strings.Builder
	fmt.Fprintf(&s, "claimdiff %s\n", b.Version)
	if b.Module != "" {
		fmt.Fprintf(&s, "module:   %s\n", b.Module)
	}
	switch {
	case b.Revision != "":
		fmt.Fprintf(&s, "revision: %s", b.Revision)
		if b.Modified {
			s.WriteString(" (modified)")
		}
		s.WriteString("\n")
		if b.Time != "" {
			fmt.Fprintf(&s, "commit:   %s\n", b.Time)
		}
	default:
		s.WriteString("revision: unknown (built without VCS information)\n")
	}
	if b.Go != "" {
		fmt.Fprintf(&s, "go:       %s\n", b.Go)
	}
	return s.String()
}

// currentBuild reads this binary's build information.
func currentBuild() buildInfo {
	bi, ok := debug.ReadBuildInfo()
	return readBuildInfo(bi, ok, version)
}

func versionCommand(env *environment) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version, VCS revision and Go version claimdiff was built with",
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usageErr("version takes no arguments, got %q", c.Args().First())
			}
			_, err := fmt.Fprint(env.stdout, currentBuild().Long())
			return err
		},
	}
}
