package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/cmdtest"
	"github.com/kavachpii/kavach/internal/corpus"
	"github.com/kavachpii/kavach/redact"
)

// The end-to-end tests run the command as a separate process. As in
// testscript, the test binary is the command: see internal/cmdtest.
func TestMain(m *testing.M) { cmdtest.Main(m, main) }

// Synthetic values, checksum-valid, with the context words that make
// them certain.
const (
	aadhaar = "2341 2341 2346"
	mobile  = "+91-98765 43210"
	pan     = "ABCPE1234F"

	pii       = "user aadhaar " + aadhaar + " mobile " + mobile + " pan " + pan + " ok\n"
	piiMasked = "user aadhaar XXXX XXXX 2346 mobile +XX-XXXXX X3210 pan XXXXXXXXXX ok\n"
	clean     = "nothing personal here, build 2026.11.23, status=ok\n"
)

type result struct {
	stdout, stderr string
	code           int
}

// kavach runs the command in dir with stdin and extra environment
// variables ("NAME=value").
func kavach(t *testing.T, dir, stdin string, env []string, args ...string) result {
	t.Helper()
	cmd := cmdtest.Command(t, args...)
	cmd.Dir = dir
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin = strings.NewReader(stdin)
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

// writeFiles writes name/content pairs into a new directory and returns it.
func writeFiles(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i < len(files); i += 2 {
		require.NoError(t, os.WriteFile(filepath.Join(dir, files[i]), []byte(files[i+1]), 0o644))
	}
	return dir
}

func redactString(t *testing.T, opts *redact.Options, s string) (string, []redact.Finding) {
	t.Helper()
	r, err := redact.New(opts)
	require.NoError(t, err)
	return r.String(s)
}

// TestSample is the README's "go run ./cmd/kavach
// examples/testdata/sample.log": the redacted text on stdout, exactly as
// the library redacts it, and nothing on stderr.
func TestSample(t *testing.T) {
	in, err := os.ReadFile("../../examples/testdata/sample.log")
	require.NoError(t, err)
	res := kavach(t, "../..", "", nil, "examples/testdata/sample.log")
	assert.Equal(t, 0, res.code)
	assert.Empty(t, res.stderr)
	want, fs := redactString(t, nil, string(in))
	require.NotEmpty(t, fs)
	assert.Equal(t, want, res.stdout)
	assert.Contains(t, res.stdout, "aadhaar=XXXX XXXX 2346 mobile=+XX-XXXXX X3210")
	assert.Contains(t, res.stdout, "UTR 402912345673 settled") // not personal data
	assert.NotContains(t, res.stdout, "2341 2341 2346")
}

func TestStdin(t *testing.T) {
	res := kavach(t, t.TempDir(), pii+clean, nil)
	assert.Equal(t, result{piiMasked + clean, "", 0}, res)

	// "-" names stdin among files.
	dir := writeFiles(t, "a.log", clean)
	res = kavach(t, dir, pii, nil, "a.log", "-", "a.log")
	assert.Equal(t, result{clean + piiMasked + clean, "", 0}, res)
}

func TestFindings(t *testing.T) {
	in := clean + pii + "again: aadhaar " + aadhaar + "\n"
	dir := writeFiles(t, "a.log", in, "b.log", clean)
	res := kavach(t, dir, pii, nil, "-findings", "f.jsonl", "a.log", "b.log", "-")
	assert.Equal(t, 0, res.code)
	assert.Empty(t, res.stderr)
	assert.Equal(t, clean+piiMasked+"again: aadhaar XXXX XXXX 2346\n"+clean+piiMasked, res.stdout)

	raw, err := os.ReadFile(filepath.Join(dir, "f.jsonl"))
	require.NoError(t, err)
	for _, v := range []string{aadhaar, mobile, pan, "98765"} {
		assert.NotContains(t, string(raw), v, "the findings file holds a value")
	}
	inputs := map[string]string{"a.log": in, "-": pii}
	values := map[string]string{"IN_AADHAAR": aadhaar, "IN_MOBILE": mobile, "IN_PAN": pan}
	var files, kinds []string
	for _, f := range readFindings(t, filepath.Join(dir, "f.jsonl")) {
		files = append(files, f.File)
		kinds = append(kinds, string(f.Kind))
		src := inputs[f.File]
		require.True(t, f.Start >= 0 && f.Start < f.End && f.End <= int64(len(src)), "%+v", f)
		assert.Equal(t, values[string(f.Kind)], src[f.Start:f.End], "offsets of %+v", f)
		assert.True(t, f.Score > 0.5 && f.Score <= 1, "%+v", f)
		assert.NotEmpty(t, f.Reason)
	}
	// In file order, and in order within a file.
	assert.Equal(t, []string{"a.log", "a.log", "a.log", "a.log", "-", "-", "-"}, files)
	assert.Equal(t, []string{"IN_AADHAAR", "IN_MOBILE", "IN_PAN", "IN_AADHAAR", "IN_AADHAAR", "IN_MOBILE", "IN_PAN"}, kinds)

	// No findings: an empty file, still made.
	res = kavach(t, dir, "", nil, "-findings", "none.jsonl", "b.log")
	assert.Equal(t, result{clean, "", 0}, res)
	raw, err = os.ReadFile(filepath.Join(dir, "none.jsonl"))
	require.NoError(t, err)
	assert.Empty(t, raw)
}

func readFindings(t *testing.T, path string) []findingJSON {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []findingJSON
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var fj findingJSON
		require.NoError(t, dec.Decode(&fj), "line %q", sc.Text())
		out = append(out, fj)
	}
	require.NoError(t, sc.Err())
	return out
}

func TestCheck(t *testing.T) {
	dir := writeFiles(t, "a.log", pii+pii, "b.log", clean, "c.log", "aadhaar "+aadhaar+"\n")
	for _, tc := range []struct {
		args []string
		want result
	}{
		{[]string{"a.log", "b.log", "c.log"}, result{
			"a.log: 6 findings (IN_AADHAAR 2, IN_MOBILE 2, IN_PAN 2)\nb.log: clean\nc.log: 1 finding (IN_AADHAAR 1)\n", "", 1}},
		{[]string{"b.log"}, result{"b.log: clean\n", "", 0}},
		{[]string{"b.log", "missing.log", "c.log"}, result{
			"b.log: clean\nc.log: 1 finding (IN_AADHAAR 1)\n",
			"kavach: missing.log: open missing.log: no such file or directory\n", 2}},
		{[]string{"-kinds", "IN_PAN", "c.log"}, result{"c.log: clean\n", "", 0}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			res := kavach(t, dir, "", nil, append([]string{"-check"}, tc.args...)...)
			assert.Equal(t, tc.want, res)
		})
	}

	// Stdin, with findings.
	res := kavach(t, dir, pii, nil, "-check", "-findings", "f.jsonl")
	assert.Equal(t, result{"-: 3 findings (IN_AADHAAR 1, IN_MOBILE 1, IN_PAN 1)\n", "", 1}, res)
	assert.Len(t, readFindings(t, filepath.Join(dir, "f.jsonl")), 3)
}

// TestErrors: a file that cannot be read is reported with its name, the
// others are still redacted, and the exit code is 2.
func TestErrors(t *testing.T) {
	dir := writeFiles(t, "a.log", pii, "b.log", clean)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "logs"), 0o755))
	res := kavach(t, dir, "", nil, "a.log", "missing.log", "logs", "b.log")
	assert.Equal(t, result{
		piiMasked + clean,
		"kavach: missing.log: open missing.log: no such file or directory\nkavach: logs: is a directory\n",
		2,
	}, res)

	// -findings must not destroy an input.
	res = kavach(t, dir, "", nil, "-findings", "a.log", "a.log")
	assert.Equal(t, result{"", "kavach: -findings a.log: is also an input file\n", 2}, res)
	got, err := os.ReadFile(filepath.Join(dir, "a.log"))
	require.NoError(t, err)
	assert.Equal(t, pii, string(got))

	res = kavach(t, dir, "", nil, "-findings", "nodir/f.jsonl", "a.log")
	assert.Equal(t, result{"", "kavach: nodir/f.jsonl: open nodir/f.jsonl: no such file or directory\n", 2}, res)
}

func TestBadFlags(t *testing.T) {
	dir := writeFiles(t, "a.log", pii)
	for _, tc := range []struct {
		args   []string
		env    []string
		stderr string
	}{
		{[]string{"-mode", "blur"}, nil, `-mode "blur": want mask, label, hash or remove`},
		{[]string{"-mode", "hash"}, nil, "-mode hash needs -hash-key-env NAME"},
		{[]string{"-mode", "hash", "-hash-key-env", "KAVACH_TEST_UNSET"}, nil, "environment variable KAVACH_TEST_UNSET is not set or empty"},
		{[]string{"-mode", "hash", "-hash-key-env", "KAVACH_TEST_KEY"}, []string{"KAVACH_TEST_KEY="}, "environment variable KAVACH_TEST_KEY is not set or empty"},
		{[]string{"-hash-key-env", "KAVACH_TEST_KEY"}, []string{"KAVACH_TEST_KEY=k"}, "-hash-key-env is only used with -mode hash"},
		{[]string{"-kinds", "IN_AADHAAR,IN_SSN"}, nil, `-kinds: unknown kind "IN_SSN"; valid kinds: IN_AADHAAR, IN_VID, IN_PAN`},
		{[]string{"-kinds", " , "}, nil, "-kinds: empty list; valid kinds:"},
		{[]string{"-min-score", "0"}, nil, "-min-score 0: want a number in (0, 1]"},
		{[]string{"-min-score", "1.5"}, nil, "-min-score 1.5: want a number in (0, 1]"},
		{[]string{"-min-score", "NaN"}, nil, "-min-score NaN: want a number in (0, 1]"},
		{[]string{"-min-score", "high"}, nil, `invalid value "high" for flag -min-score`},
		{[]string{"-verbose"}, nil, "flag provided but not defined: -verbose"},
		{[]string{"-findings"}, nil, "flag needs an argument: -findings"},
		{[]string{"-", "-"}, nil, `standard input ("-") named more than once`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			args := tc.args
			if args[len(args)-1] != "-findings" {
				args = append(args, "a.log")
			}
			res := kavach(t, dir, pii, tc.env, args...)
			assert.Equal(t, 2, res.code)
			assert.Empty(t, res.stdout)
			assert.True(t, strings.HasPrefix(res.stderr, "kavach: "), "%q", res.stderr)
			assert.Contains(t, res.stderr, tc.stderr)
			assert.Contains(t, res.stderr, "Run 'kavach -h' for details.\n")
			assert.NotContains(t, res.stderr, "-json", "a usage error prints a hint, not the whole usage")
		})
	}
}

func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		res := kavach(t, t.TempDir(), "", nil, arg)
		assert.Equal(t, 0, res.code)
		assert.Empty(t, res.stderr)
		assert.Equal(t, usage(), res.stdout)
	}
	u := usage()
	fs, _, _, _, _ := newFlagSet(new(config))
	fs.VisitAll(func(f *flag.Flag) {
		assert.True(t, regexp.MustCompile("\n  -"+f.Name+"[\n ]").MatchString(u), "usage does not document -%s", f.Name)
	})
	for _, k := range validKinds() {
		assert.True(t, regexp.MustCompile(" "+string(k)+"[\n ]").MatchString(u), "usage does not list %s", k)
	}
	assert.Contains(t, u, `EXAMPLES

  kubectl logs deploy/api | kavach
  kavach -check -findings f.jsonl logs/*.log
  kavach -json -mode label events.ndjson
  KAVACH_KEY=... kavach -mode hash -hash-key-env KAVACH_KEY app.log
`)
	assert.NotContains(t, u, "test.")
	for line := range strings.SplitSeq(u, "\n") {
		assert.LessOrEqual(t, len([]rune(line)), 80, "line too long: %q", line)
	}
}

func TestModes(t *testing.T) {
	dir := writeFiles(t, "a.log", pii)
	for _, tc := range []struct {
		mode, want string
	}{
		{"mask", piiMasked},
		{"MASK", piiMasked},
		{"label", "user aadhaar <IN_AADHAAR> mobile <IN_MOBILE> pan <IN_PAN> ok\n"},
		{"remove", "user aadhaar  mobile  pan  ok\n"},
	} {
		res := kavach(t, dir, "", nil, "-mode", tc.mode, "a.log")
		assert.Equal(t, result{tc.want, "", 0}, res, tc.mode)
	}

	// hash: one token per identifier in every written form, and a
	// different one under another key; the key is never printed.
	const key = "s3cret-key-for-tests"
	in := pii + "aadhaar 234123412346 mobile 09876543210\n"
	res := kavach(t, dir, in, []string{"KAVACH_TEST_KEY=" + key}, "-mode", "hash", "-hash-key-env", "KAVACH_TEST_KEY")
	assert.Equal(t, 0, res.code)
	assert.Empty(t, res.stderr)
	tok := regexp.MustCompile(`<(IN_[A-Z]+):([0-9a-f]{12})>`)
	got := tok.FindAllStringSubmatch(res.stdout, -1)
	require.Len(t, got, 5, res.stdout)
	assert.Equal(t, got[0], got[3], "Aadhaar in two forms")
	assert.Equal(t, got[1], got[4], "mobile in two forms")
	assert.Equal(t, "IN_PAN", got[2][1])
	assert.NotContains(t, res.stdout, key)
	want, _ := redactString(t, &redact.Options{Mode: redact.Hash, HashKey: []byte(key)}, in)
	assert.Equal(t, want, res.stdout)

	other := kavach(t, dir, in, []string{"KAVACH_TEST_KEY=another"}, "-mode", "hash", "-hash-key-env", "KAVACH_TEST_KEY")
	assert.NotEqual(t, res.stdout, other.stdout)
}

func TestKinds(t *testing.T) {
	dir := writeFiles(t, "a.log", pii)
	for _, tc := range []struct {
		kinds, want string
	}{
		{"IN_PAN", "user aadhaar " + aadhaar + " mobile " + mobile + " pan XXXXXXXXXX ok\n"},
		{"in_pan, In_Mobile,,", "user aadhaar " + aadhaar + " mobile +XX-XXXXX X3210 pan XXXXXXXXXX ok\n"},
		{"EMAIL_ADDRESS", pii},
	} {
		res := kavach(t, dir, "", nil, "-kinds", tc.kinds, "a.log")
		assert.Equal(t, result{tc.want, "", 0}, res, tc.kinds)
	}
}

func TestMinScore(t *testing.T) {
	// With its context word an Aadhaar or PAN scores 1 and a mobile 0.95;
	// a bare number in the mobile range scores less.
	in := pii + "id 9876543210\n"
	dir := writeFiles(t, "a.log", in)
	res := kavach(t, dir, "", nil, "-min-score", "1", "a.log")
	assert.Equal(t, result{"user aadhaar XXXX XXXX 2346 mobile " + mobile + " pan XXXXXXXXXX ok\nid 9876543210\n", "", 0}, res)
	res = kavach(t, dir, "", nil, "-min-score", "0.01", "a.log")
	assert.Equal(t, result{piiMasked + "id XXXXXX3210\n", "", 0}, res)
}

func TestKeepPrivateIPs(t *testing.T) {
	dir := writeFiles(t, "a.log", "upstream=10.0.4.17:6379 client=49.36.12.8\n")
	res := kavach(t, dir, "", nil, "-keep-private-ips", "a.log")
	assert.Equal(t, result{"upstream=10.0.4.17:6379 client=XX.XX.XX.X\n", "", 0}, res)
	res = kavach(t, dir, "", nil, "a.log")
	assert.Equal(t, result{"upstream=XX.X.X.XX:6379 client=XX.XX.XX.X\n", "", 0}, res)
}

// TestParallelOrder runs many files of very different sizes: whichever
// finishes first, their text and findings come out in argument order.
func TestParallelOrder(t *testing.T) {
	var files, args []string
	var want strings.Builder
	for i := range 12 {
		name := fmt.Sprintf("f%02d.log", i)
		// Early files are the largest, so later ones finish first.
		body := fmt.Sprintf("file %d begins\n", i) + strings.Repeat(pii+clean, (12-i)*(12-i)*20) + fmt.Sprintf("file %d ends\n", i)
		if i%4 == 3 {
			body = fmt.Sprintf("file %d is clean\n", i)
		}
		files = append(files, name, body)
		args = append(args, name)
		out, _ := redactString(t, nil, body)
		want.WriteString(out)
	}
	dir := writeFiles(t, files...)
	res := kavach(t, dir, "", nil, append([]string{"-findings", "f.jsonl"}, args...)...)
	assert.Equal(t, 0, res.code)
	assert.Empty(t, res.stderr)
	assert.True(t, want.String() == res.stdout, "output differs from the files redacted one by one, in order")

	var order []string
	for _, f := range readFindings(t, filepath.Join(dir, "f.jsonl")) {
		if len(order) == 0 || order[len(order)-1] != f.File {
			order = append(order, f.File)
		}
	}
	assert.Equal(t, []string{"f00.log", "f01.log", "f02.log", "f04.log", "f05.log", "f06.log", "f08.log", "f09.log", "f10.log"}, order)
}

// TestSpool runs the command in process with tiny spool limits, so that
// waiting output spills to temporary files and the budget holds files
// back, and compares text and findings with the library's. Without a
// usable temporary directory the output is the same.
func TestSpool(t *testing.T) {
	defer func(m, b int64) { spoolMemory, spoolBudget = m, b }(spoolMemory, spoolBudget)
	spoolMemory, spoolBudget = 16<<10, 256<<10

	dir := t.TempDir()
	var args []string
	var want bytes.Buffer
	var wantFindings []findingJSON
	for i := range 9 {
		c := corpus.Generate(int64(i+1), (9-i)*40<<10)
		name := filepath.Join(dir, fmt.Sprintf("c%d.log", i))
		require.NoError(t, os.WriteFile(name, c.Text, 0o644))
		args = append(args, name)
		out, fs := redactString(t, nil, string(c.Text))
		want.WriteString(out)
		for _, f := range fs {
			wantFindings = append(wantFindings, findingJSON{name, f.Kind, f.Start, f.End, f.Score, f.Reason})
		}
	}
	findings := filepath.Join(dir, "f.jsonl")

	for _, tmpdir := range []string{t.TempDir(), filepath.Join(dir, "missing")} {
		t.Setenv("TMPDIR", tmpdir)
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"-findings", findings}, args...), &env{
			stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: os.Getenv,
		})
		assert.Equal(t, 0, code)
		assert.Empty(t, stderr.String())
		assert.True(t, bytes.Equal(want.Bytes(), stdout.Bytes()), "output differs from the files redacted one by one, in order")
		got := readFindings(t, findings)
		require.Equal(t, len(wantFindings), len(got))
		for i := range got {
			assert.InDelta(t, wantFindings[i].Score, got[i].Score, 0.0005)
			got[i].Score = wantFindings[i].Score
		}
		assert.Equal(t, wantFindings, got)
		if left, err := os.ReadDir(tmpdir); err == nil {
			assert.Empty(t, left, "temporary files left behind")
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		n := w.n
		w.n = 0
		return n, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestOutputError(t *testing.T) {
	dir := writeFiles(t, "a.log", strings.Repeat(pii, 1000), "b.log", strings.Repeat(pii, 1000), "c.log", clean)
	var stderr bytes.Buffer
	code := run([]string{filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log"), filepath.Join(dir, "c.log")}, &env{
		stdin: strings.NewReader(""), stdout: &failWriter{n: 100}, stderr: &stderr, getenv: os.Getenv,
	})
	assert.Equal(t, 2, code)
	assert.Equal(t, "kavach: writing standard output: disk full\n", stderr.String(), "reported once")
}

// TestReadError: a stream that fails part way is cut short there, and
// what was written is redacted.
func TestReadError(t *testing.T) {
	in := io.MultiReader(strings.NewReader(strings.Repeat(pii, 100)), iotest.ErrReader(errors.New("connection reset")))
	var stdout, stderr bytes.Buffer
	code := run(nil, &env{stdin: in, stdout: &stdout, stderr: &stderr, getenv: os.Getenv})
	assert.Equal(t, 2, code)
	assert.Equal(t, "kavach: -: connection reset\n", stderr.String())
	assert.True(t, strings.HasPrefix(strings.Repeat(piiMasked, 100), stdout.String()), "output is not a prefix of the redacted text")
	for _, v := range []string{aadhaar, mobile, pan} {
		assert.NotContains(t, stdout.String(), v)
	}
}

// slowReader returns one line at a time, with a pause before each.
type slowReader struct {
	lines int
	pause time.Duration
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.lines == 0 {
		return 0, io.EOF
	}
	time.Sleep(r.pause)
	r.lines--
	return copy(p, pii), nil
}

func TestProgress(t *testing.T) {
	defer func(a int64, e time.Duration) { progressAfter, progressEvery = a, e }(progressAfter, progressEvery)
	progressAfter, progressEvery = 100, time.Millisecond

	var stdout, stderr bytes.Buffer
	code := run(nil, &env{stdin: &slowReader{lines: 20, pause: 5 * time.Millisecond}, stdout: &stdout, stderr: &stderr, getenv: os.Getenv, terminal: true})
	assert.Equal(t, 0, code)
	assert.Equal(t, strings.Repeat(piiMasked, 20), stdout.String())
	assert.Regexp(t, `^\rkavach: 0\.0\d* MB, [0-9.]+ MB/s`, stderr.String())
	assert.True(t, strings.HasSuffix(stderr.String(), "\r"), "the line is cleared: %q", stderr.String())

	// Not a terminal: nothing.
	stderr.Reset()
	code = run(nil, &env{stdin: &slowReader{lines: 20, pause: 5 * time.Millisecond}, stdout: &stdout, stderr: &stderr, getenv: os.Getenv})
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr.String())
}

func TestProgressLine(t *testing.T) {
	assert.Equal(t, "kavach: 512.0 MB of 1024.0 MB (50%), 256.0 MB/s", progressLine(512e6, 1024e6, 2*time.Second))
	assert.Equal(t, "kavach: 70.0 MB, 35.0 MB/s", progressLine(70e6, -1, 2*time.Second))
	assert.Equal(t, "kavach: 0.0 MB, 0.0 MB/s", progressLine(0, -1, 0))

	// A message clears the progress line first.
	var b bytes.Buffer
	tw := &termWriter{w: &b}
	tw.show("kavach: 1.0 MB")
	tw.show("kavach: 2 MB")
	fmt.Fprintln(tw, "kavach: x.log: boom")
	assert.Equal(t, "\rkavach: 1.0 MB\rkavach: 2 MB  \r            \rkavach: x.log: boom\n", b.String())
}

func TestJSON(t *testing.T) {
	in := `{"aadhaar_no":"` + aadhaar + `","note":"call mobile ` + mobile + `","n":1}` + "\n" +
		"\n" +
		`{"event":"login", "pan": "` + pan + `", "customerName": "Asha", "ok": true}` + "\n"
	dir := writeFiles(t, "events.ndjson", in, "bad.ndjson", in+`{"a": x}`+"\n"+in)
	res := kavach(t, dir, "", nil, "-json", "-mode", "label", "-findings", "f.jsonl", "events.ndjson")
	assert.Equal(t, result{
		`{"aadhaar_no":"<IN_AADHAAR>","note":"call mobile <IN_MOBILE>","n":1}` + "\n" +
			"\n" +
			`{"event":"login", "pan": "<IN_PAN>", "customerName": "<PERSON>", "ok": true}` + "\n",
		"", 0}, res)
	values := map[redact.Kind]string{redact.Aadhaar: aadhaar, redact.Mobile: mobile, redact.PAN: pan, redact.Person: "Asha"}
	var kinds []redact.Kind
	for _, f := range readFindings(t, filepath.Join(dir, "f.jsonl")) {
		assert.Equal(t, "events.ndjson", f.File)
		require.True(t, f.Start < f.End && f.End <= int64(len(in)), "%+v", f)
		assert.Equal(t, values[f.Kind], in[f.Start:f.End], "offsets of %+v", f)
		kinds = append(kinds, f.Kind)
	}
	assert.Equal(t, []redact.Kind{redact.Aadhaar, redact.Mobile, redact.PAN, redact.Person}, kinds)

	// From stdin, and with -check.
	res = kavach(t, dir, in, nil, "-json", "-mode", "remove")
	assert.Equal(t, 0, res.code)
	assert.Contains(t, res.stdout, `{"aadhaar_no":"","note":"call mobile ","n":1}`)
	res = kavach(t, dir, in, nil, "-json", "-check", "events.ndjson", "-")
	assert.Equal(t, result{
		"events.ndjson: 4 findings (IN_AADHAAR 1, IN_MOBILE 1, IN_PAN 1, PERSON 1)\n" +
			"-: 4 findings (IN_AADHAAR 1, IN_MOBILE 1, IN_PAN 1, PERSON 1)\n", "", 1}, res)

	// Not JSON: the records before the bad one are written, redacted,
	// and nothing after it; the error says where, like a compiler.
	res = kavach(t, dir, "", nil, "-json", "bad.ndjson", "events.ndjson")
	good := kavach(t, dir, "", nil, "-json", "events.ndjson").stdout
	assert.Equal(t, result{good + good, "kavach: bad.ndjson:4:7: invalid character 'x' looking for the start of a value\n", 2}, res)
}
