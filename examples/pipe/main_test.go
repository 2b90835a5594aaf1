package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/cmdtest"
	"github.com/kavachpii/kavach/redact"
)

// The tests run the filter as a separate process, as a shell pipe would.
// As in cmd/kavach: the test binary is the command. See internal/cmdtest.
func TestMain(m *testing.M) { cmdtest.Main(m, main) }

// pipe runs the filter with stdin and args and returns its stdout and
// stderr; it fails the test unless the filter exits 0.
func pipe(t *testing.T, stdin string, args ...string) (stdout, stderr string) {
	t.Helper()
	cmd := cmdtest.Command(t, args...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		t.Fatalf("pipe exited %d: %s", ee.ExitCode(), errOut.String())
	}
	require.NoError(t, err)
	return out.String(), errOut.String()
}

// What `kubectl logs deploy/kyc-api` might print. The identifiers are
// synthetic and checksum-valid.
const kubectlLogs = `2026-11-23T10:45:00.120Z INFO  kyc-api request_id=7f3c9a1e-2b44-4d1e-9a0c-5e1f2d3c4b5a event=verify aadhaar=2341 2341 2346 mobile=+91-98765 43210 status=ok
2026-11-23T10:45:00.342Z DEBUG kyc-api payload={"name":"Asha Verma","pan":"ABCPE1234F","email":"asha.verma@example.in","upi":"9876543210@ybl"}
2026-11-23T10:45:01.007Z INFO  kyc-api UTR 402912345673 settled amount=Rs 1,23,456.00 order_id=202611231045
2026-11-23T10:45:02.003Z INFO  kyc-api ticket #88231: "मेरा आधार नंबर २३४१ २३४१ २३४६ है, मोबाइल: 98765 43210"
2026-11-23T10:45:03.800Z INFO  kyc-api healthz ok build=2026.11.23 uptime=36h12m
`

// The personal data in kubectlLogs, as written there.
var values = []string{
	"2341 2341 2346", "98765 43210", "ABCPE1234F", "asha.verma@example.in", "9876543210@ybl", "२३४१ २३४१ २३४६",
}

// want returns what redact.Copy makes of in with the default options,
// and the findings it reports.
func want(t *testing.T, in string) (string, []redact.Finding) {
	t.Helper()
	var fs []redact.Finding
	r, err := redact.New(&redact.Options{OnFinding: func(f redact.Finding) { fs = append(fs, f) }})
	require.NoError(t, err)
	var out bytes.Buffer
	_, err = r.Copy(&out, strings.NewReader(in))
	require.NoError(t, err)
	return out.String(), fs
}

func TestPipe(t *testing.T) {
	stdout, stderr := pipe(t, kubectlLogs)
	redacted, fs := want(t, kubectlLogs)
	require.NotEmpty(t, fs)
	assert.Equal(t, redacted, stdout, "stdout must be byte for byte what redact.Copy writes")
	assert.Empty(t, stderr, "findings are printed only with -v")
	for _, v := range values {
		assert.NotContains(t, stdout, v)
	}
	assert.Contains(t, stdout, "aadhaar=XXXX XXXX 2346 mobile=+XX-XXXXX X3210 status=ok")
	assert.Contains(t, stdout, "मेरा आधार नंबर XXXX XXXX २३४६ है")
	// Not personal data: these lines come through as they were.
	assert.Contains(t, stdout, "UTR 402912345673 settled amount=Rs 1,23,456.00 order_id=202611231045\n")
	assert.Contains(t, stdout, "healthz ok build=2026.11.23 uptime=36h12m\n")
}

func TestVerbose(t *testing.T) {
	stdout, stderr := pipe(t, kubectlLogs, "-v")
	redacted, fs := want(t, kubectlLogs)
	assert.Equal(t, redacted, stdout, "-v must not change stdout")

	// One line per finding, in order: offsets, kind, score, reason.
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	require.Len(t, lines, len(fs), stderr)
	for i, f := range fs {
		assert.Equal(t, fmt.Sprintf("%d-%d %s %.2f %s", f.Start, f.End, f.Kind, f.Score, f.Reason), lines[i])
	}
	assert.Contains(t, stderr, "IN_AADHAAR 1.00")
	assert.Contains(t, stderr, "IN_PAN")
	// Never the values.
	for _, v := range append(values, "2346", "43210", "1234F", "asha", "ybl") {
		assert.NotContains(t, stderr, v)
	}
}

// A stream much larger than the filter's buffers (1 MiB) comes out as Copy
// writes it, whatever the cuts between reads and writes.
func TestLargeStream(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "%06d ", i)
		b.WriteString(strings.SplitAfter(kubectlLogs, "\n")[i%5])
	}
	in := b.String()
	stdout, _ := pipe(t, in)
	redacted, fs := want(t, in)
	assert.Greater(t, len(fs), 5000)
	assert.Equal(t, len(redacted), len(stdout))
	assert.True(t, redacted == stdout, "stdout must be byte for byte what redact.Copy writes")
	assert.NotContains(t, stdout, "2341 2341 2346")
}

func TestEmpty(t *testing.T) {
	stdout, stderr := pipe(t, "", "-v")
	assert.Empty(t, stdout)
	assert.Empty(t, stderr)
}
