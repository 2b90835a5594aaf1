// Package cmdtest runs a command's main package as a separate process in
// its own tests, without a build step: as in testscript, the test binary
// is the command. Run with an environment variable set, its TestMain runs
// main instead of the tests.
package cmdtest

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// asMain marks a test binary re-executed as the command.
const asMain = "KAVACH_TEST_RUN_AS_MAIN"

// coverDir is GOCOVERDIR for the command, so that a -cover build stays
// quiet.
var coverDir string

// Main is a command's TestMain: it runs main when the binary is
// re-executed by [Command], and the tests otherwise.
func Main(m *testing.M, main func()) {
	if os.Getenv(asMain) == "1" {
		main()
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "kavach-cover-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	coverDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// Command returns a command that runs the test binary as the program under
// test with args. The caller sets its directory, input and outputs.
func Command(t testing.TB, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatalf("cmdtest: %v", err)
	}
	cmd := exec.Command(exe, args...)
	// A -race build sleeps a second at exit unless told not to.
	cmd.Env = append(os.Environ(), asMain+"=1", "GOCOVERDIR="+coverDir, "GORACE=atexit_sleep_ms=0 "+os.Getenv("GORACE"))
	return cmd
}
