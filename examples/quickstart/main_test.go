package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/cmdtest"
	"github.com/kavachpii/kavach/redact"
)

// The tests run the program as a separate process, as `go run` would. As
// in cmd/kavach: the test binary is the command. See internal/cmdtest.
func TestMain(m *testing.M) { cmdtest.Main(m, main) }

type result struct {
	stdout, stderr string
	code           int
}

// quickstart runs the program in dir with args.
func quickstart(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := cmdtest.Command(t, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{stdout.String(), stderr.String(), code}
}

const sample = "examples/testdata/sample.log"

// TestSample is the README's `go run ./examples/quickstart
// examples/testdata/sample.log`, run from the top of the module.
func TestSample(t *testing.T) {
	in, err := os.ReadFile("../testdata/sample.log")
	require.NoError(t, err)
	r, err := redact.New(nil)
	require.NoError(t, err)
	want, fs := r.Bytes(in)
	require.NotEmpty(t, fs)

	res := quickstart(t, "../..", sample)
	require.Equal(t, 0, res.code, res.stderr)
	assert.Equal(t, string(want), res.stdout)
	assert.NotContains(t, res.stdout, "2341 2341 2346")
	assert.NotContains(t, res.stdout, "२३४१ २३४१ २३४६")
	assert.Contains(t, res.stdout, "aadhaar=XXXX XXXX 2346 mobile=+XX-XXXXX X3210 status=ok")
	assert.Contains(t, res.stdout, "UTR 402912345673 settled") // not personal data

	// stderr lists each finding, then a count, and never a value.
	lines := strings.Split(strings.TrimSuffix(res.stderr, "\n"), "\n")
	require.Len(t, lines, len(fs)+1, res.stderr)
	for i, f := range fs {
		assert.Equal(t, fmt.Sprintf("%s:%d-%d %s %.2f %s", sample, f.Start, f.End, f.Kind, f.Score, f.Reason), lines[i])
	}
	assert.Equal(t, fmt.Sprintf("%s: %d findings", sample, len(fs)), lines[len(lines)-1])
	assert.Contains(t, res.stderr, sample+":112-126 IN_AADHAAR 1.00 Verhoeff ok; context \"aadhaar\" before\n")
	for _, v := range []string{"2341", "98765", "ABCPE1234F", "asha.verma", "27AAPFU0939F1ZV"} {
		assert.NotContains(t, res.stderr, v)
	}
}

// With no argument it reads the bundled sample, from the top of the module.
func TestDefaultPath(t *testing.T) {
	want := quickstart(t, "../..", sample)
	res := quickstart(t, "../..")
	assert.Equal(t, want, res)
}

func TestMissingFile(t *testing.T) {
	res := quickstart(t, t.TempDir(), "no-such.log")
	assert.Equal(t, 2, res.code)
	assert.Empty(t, res.stdout)
	assert.Contains(t, res.stderr, "quickstart: open no-such.log")
}
