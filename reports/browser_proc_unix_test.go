//go:build unix

package reports

import (
	"os/exec"
	"syscall"
)

// ownGroup starts the browser in a process group of its own, so its helper
// processes (renderer, GPU, crash handler) can be stopped with it.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// killGroup stops the browser and every helper process it started.
func killGroup(cmd *exec.Cmd) {
	if cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	_ = cmd.Process.Kill()
}
