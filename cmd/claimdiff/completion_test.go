package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompletionScripts: each shell's script names every command and compare's flags;
// the bash one is run in bash to complete a command, a flag and a --format value.
func TestCompletionScripts(t *testing.T) {
	for _, sh := range completionShells {
		code, out, errs := runMain(t, "", "completion", sh)
		if code != exitOK {
			t.Fatalf("completion %s: exit %d: %s", sh, code, errs)
		}
		for _, want := range []string{"compare", "extract", "check", "completion", "version", "format", "fail-on", "width"} {
			if !strings.Contains(out, want) {
				t.Errorf("completion %s lacks %q", sh, want)
			}
		}
		if bin, err := exec.LookPath(sh); err == nil {
			path := filepath.Join(t.TempDir(), "claimdiff."+sh)
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			if msg, err := exec.Command(bin, "-n", path).CombinedOutput(); err != nil {
				t.Errorf("%s -n rejects the script: %v\n%s", sh, err, msg)
			}
		} else {
			t.Logf("%s not installed: its script's syntax is not checked", sh)
		}
	}
	code, _, errs := runMain(t, "", "completion", "bsh")
	if code != exitUsage || !strings.Contains(errs, "did you mean bash?") {
		t.Errorf("completion bsh: exit %d, %q", code, errs)
	}

	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not installed: completions not exercised")
	}
	_, script, _ := runMain(t, "", "completion", "bash")
	path := filepath.Join(t.TempDir(), "claimdiff.bash")
	if err := os.WriteFile(path, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words, want string
	}{
		{"claimdiff comp", "compare completion"},
		{"claimdiff compare --fail", "--fail-on"},
		{"claimdiff compare --expl", "--explain"},
		{"claimdiff demo --expl", "--explain"},
		{"claimdiff compare a.txt --format sa", "sarif"},
		{"claimdiff check -f ht", "html"},
	} {
		cmd := exec.Command(bash, "-c", `source "$0"; COMP_WORDS=($1); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); _claimdiff; echo "${COMPREPLY[*]}"`, path, tc.words)
		out, err := cmd.CombinedOutput()
		if err != nil || strings.TrimSpace(string(out)) != tc.want {
			t.Errorf("completing %q: %q (%v), want %q", tc.words, strings.TrimSpace(string(out)), err, tc.want)
		}
	}
}

func TestSuggestion(t *testing.T) {
	known := []string{"compare", "extract", "demo", "check", "init", "batch"}
	for _, tc := range []struct{ typed, want string }{
		{"compre", "; did you mean compare?"},
		{"comapre", "; did you mean compare?"},
		{"extr", "; did you mean extract?"},
		{"chek", "; did you mean check?"},
		{"xyz", ""},
		{"report", ""},
	} {
		if got := suggestion(tc.typed, known); got != tc.want {
			t.Errorf("suggestion(%q) = %q, want %q", tc.typed, got, tc.want)
		}
	}
}
