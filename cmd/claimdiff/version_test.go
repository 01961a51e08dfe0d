package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestReadBuildInfo(t *testing.T) {
	stamped := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "github.com/claimdiff/claimdiff", Version: "v1.4.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-03-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	b := readBuildInfo(stamped, true, "0.1.0-dev")
	if got := b.Short(); got != "v1.4.0 (revision 0123456789ab, modified)" {
		t.Errorf("Short = %q", got)
	}
	for _, want := range []string{"claimdiff v1.4.0", "module:   github.com/claimdiff/claimdiff", "revision: 0123456789abcdef0123 (modified)", "commit:   2026-03-01T10:00:00Z", "go:       go1.26.0"} {
		if !strings.Contains(b.Long(), want) {
			t.Errorf("Long lacks %q:\n%s", want, b.Long())
		}
	}
	devel := readBuildInfo(&debug.BuildInfo{Main: debug.Module{Path: "github.com/claimdiff/claimdiff", Version: "(devel)"}}, true, "0.1.0-dev")
	if got := devel.Short(); got != "0.1.0-dev (revision unknown)" {
		t.Errorf("work-tree build without VCS stamp: Short = %q", got)
	}
	if none := readBuildInfo(nil, false, "0.2.0"); none.Version != "0.2.0" {
		t.Errorf("no build info: %+v", none)
	}
}

// TestVersionCommands: --version and the version command both name the version and the revision.
func TestVersionCommands(t *testing.T) {
	want := currentBuild()
	code, out, errs := runMain(t, "", "--version")
	if code != exitOK || !strings.Contains(out, want.Short()) {
		t.Errorf("--version: exit %d, %q (stderr %q); want %q", code, out, errs, want.Short())
	}
	code, out, errs = runMain(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "claimdiff "+want.Version+"\n") || !strings.Contains(out, "revision: ") {
		t.Errorf("version: exit %d, %q (stderr %q)", code, out, errs)
	}
}
