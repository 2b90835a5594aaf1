package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/cmdtest"
)

// The test runs the program as a separate process, as `go run` would: the
// test binary is the command. See internal/cmdtest.
func TestMain(m *testing.M) { cmdtest.Main(m, main) }

const want = `2026-11-26T10:00:01Z INFO login customer=<ACME_CUSTOMER_ID> channel=app
2026-11-26T10:00:02Z INFO order 88231 for <ACME_CUSTOMER_ID> shipped
2026-11-26T10:00:03Z WARN ACME-12345670 rejected: bad check digit
2026-11-26T10:00:04Z INFO agent <PERSON> called back on <IN_PHONE>
2026-11-26T10:00:05Z INFO sms sent: "Call our helpline 1800-266-1234 (or 1800 266 1234)"
2026-11-26T10:00:06Z INFO ticket by <PERSON>, aadhaar <IN_AADHAAR>
41-54 ACME_CUSTOMER_ID 0.95 pattern "customer id"; context "customer" before
109-122 ACME_CUSTOMER_ID 0.60 pattern "customer id"
229-241 PERSON 1.00 deny list
257-270 IN_PHONE 0.95 pattern "landline or toll-free"; context "called" before
396-421 PERSON 1.00 deny list
431-445 IN_AADHAAR 1.00 Verhoeff ok; context "aadhaar" before
`

func TestOutput(t *testing.T) {
	cmd := cmdtest.Command(t)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	require.False(t, errors.As(err, &ee), stderr.String())
	require.NoError(t, err)
	assert.Equal(t, want, stdout.String())
	assert.Empty(t, stderr.String())

	// The offsets point at the values in the input; the output never
	// holds them.
	in := strings.Join(logLines, "\n") + "\n"
	assert.Equal(t, "ACME-12345678", in[41:54])
	assert.Equal(t, "Ramesh Kumar", in[229:241])
	assert.Equal(t, "022-2345 6789", in[257:270])
	assert.Equal(t, "राम कुमार", in[396:421])
	for _, v := range []string{"ACME-12345678", "Ramesh", "2345 6789", "राम", "2341 2341"} {
		assert.NotContains(t, stdout.String(), v)
	}
}

// TestCheckDigit: Validate drops an ID whose check digit is wrong, and
// only that.
func TestCheckDigit(t *testing.T) {
	assert.True(t, customerID.Validate([]byte("ACME-12345678")))
	assert.False(t, customerID.Validate([]byte("ACME-12345670")))
	assert.True(t, customerID.Validate([]byte("ACME-00000000")))
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	assert.EqualError(t, run(failWriter{}, "x\n"), "disk full")
}
