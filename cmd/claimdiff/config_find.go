package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/claimdiff/claimdiff/compare"
)

// findConfig looks for .claimdiff.yaml in the working directory and each parent up to
// the repository root (the first directory holding .git), as git and vale find theirs;
// outside a repository only the working directory is searched. It returns the path
// relative to the working directory, so messages name it as the user would.
func findConfig() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", usageErr("find %s: %v", compare.DefaultConfigFile, err)
	}
	dir := wd
	root := repoRoot(wd)
	for {
		p := filepath.Join(dir, compare.DefaultConfigFile)
		if _, err := os.Stat(p); err == nil {
			rel, err := filepath.Rel(wd, p)
			if err != nil {
				return p, nil
			}
			return rel, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", usageErr("%s: %v", p, err)
		}
		parent := filepath.Dir(dir)
		if root == "" || dir == root || parent == dir {
			break
		}
		dir = parent
	}
	where := fmt.Sprintf("in %s", wd)
	if root != "" && root != wd {
		where = fmt.Sprintf("in %s or its parents up to the repository root %s", wd, root)
	}
	return "", usageErr("no %s %s (create one with claimdiff init, or give --config FILE)", compare.DefaultConfigFile, where)
}

// repoRoot returns the nearest directory at or above dir that holds .git (a directory,
// or a file in a worktree or submodule), or "" outside a repository.
func repoRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
