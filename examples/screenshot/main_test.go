package main

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/cmdtest"
)

// The tests run the program as a separate process, as `go run` would: the
// test binary is the command. See internal/cmdtest.
func TestMain(m *testing.M) { cmdtest.Main(m, main) }

type result struct {
	stderr string
	code   int
}

func scrub(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := cmdtest.Command(t, args...)
	cmd.Env = append(cmd.Env, env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	code := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{stderr.String(), code}
}

const shot = "../../redact/screenshot/testdata/wrapped_chat.png"

// TestScrub is the README's `go run ./examples/screenshot IN.png OUT.png`.
func TestScrub(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-hin)")
	}
	out := filepath.Join(t.TempDir(), "out.png")
	res := scrub(t, nil, shot, out)
	require.Equal(t, 0, res.code, res.stderr)
	assert.Regexp(t, `IN_MOBILE \[\(\d+,\d+\)-\(\d+,\d+\) \(\d+,\d+\)-\(\d+,\d+\)\]`, res.stderr, "the wrapped number: a box per line")
	assert.Contains(t, res.stderr, "IN_AADHAAR")
	assert.NotContains(t, res.stderr, "77625", "values are never printed")
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, 1280, img.Bounds().Dx())
}

// TestNoTesseract: without tesseract nothing is written and the exit
// status is 2.
func TestNoTesseract(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.png")
	res := scrub(t, []string{"PATH=" + t.TempDir()}, shot, out)
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "tesseract not found")
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "no output file")
}
