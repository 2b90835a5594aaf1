package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The screenshots come from the screenshot package's test set.
const shots = "../../redact/screenshot/testdata"

func needTesseract(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-hin); skipping the image tests that run OCR")
	}
}

func readShot(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(shots, name))
	require.NoError(t, err)
	return b
}

// TestImagePipe: kavach < in.png > out.png.
func TestImagePipe(t *testing.T) {
	needTesseract(t)
	in := readShot(t, "webform.png")
	dir := t.TempDir()
	res := kavach(t, dir, string(in), nil, "-findings", "f.jsonl")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Empty(t, res.stderr)
	src, err := png.Decode(bytes.NewReader(in))
	require.NoError(t, err)
	out, err := png.Decode(strings.NewReader(res.stdout))
	require.NoError(t, err, "standard output is a PNG")
	assert.Equal(t, src.Bounds(), out.Bounds())

	b, err := os.ReadFile(filepath.Join(dir, "f.jsonl"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	assert.GreaterOrEqual(t, len(lines), 8, "one finding per item on the form")
	for _, l := range lines {
		var f imageFindingJSON
		require.NoError(t, json.Unmarshal([]byte(l), &f), l)
		assert.Equal(t, "-", f.File)
		require.NotEmpty(t, f.Boxes, l)
		for _, bx := range f.Boxes {
			r := image.Rect(bx[0], bx[1], bx[2], bx[3])
			assert.True(t, r.In(src.Bounds()) && !r.Empty(), "box %v", bx)
			// The painted box is solid black in the output.
			c := out.At((r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2)
			rr, g, bb, _ := c.RGBA()
			assert.Zero(t, rr|g|bb, "box %v painted", bx)
		}
		assert.NotContains(t, l, `"start"`)
	}
}

// TestImageOutDir: text, PNG and JPEG files side by side, each written
// under -out-dir with its name and its format (by content: a PNG named
// .jpg stays a PNG).
func TestImageOutDir(t *testing.T) {
	needTesseract(t)
	dir := writeFiles(t, "app.log", pii)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "chat.jpg"), readShot(t, "wrapped_chat.png"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "card.jpg"), readShot(t, "idcard.jpg"), 0o644))
	out := filepath.Join(dir, "out")
	require.NoError(t, os.Mkdir(out, 0o755))
	res := kavach(t, dir, "", nil, "-out-dir", "out", "app.log", "chat.jpg", "card.jpg")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Empty(t, res.stdout, "everything went to -out-dir")
	assert.Empty(t, res.stderr)

	text, err := os.ReadFile(filepath.Join(out, "app.log"))
	require.NoError(t, err)
	assert.Equal(t, piiMasked, string(text))

	b, err := os.ReadFile(filepath.Join(out, "chat.jpg"))
	require.NoError(t, err)
	_, err = png.Decode(bytes.NewReader(b))
	assert.NoError(t, err, "a PNG stays a PNG, whatever its name")

	b, err = os.ReadFile(filepath.Join(out, "card.jpg"))
	require.NoError(t, err)
	_, err = jpeg.Decode(bytes.NewReader(b))
	assert.NoError(t, err)

	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, 3, "no temporary file is left")
}

// TestImageCheck: -check counts an image's findings.
func TestImageCheck(t *testing.T) {
	needTesseract(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "chat.png"), readShot(t, "wrapped_chat.png"), 0o644))
	res := kavach(t, dir, "", nil, "-check", "chat.png")
	assert.Equal(t, 1, res.code, res.stderr)
	assert.Regexp(t, `^chat.png: \d+ findings \(.*IN_MOBILE \d.*\)\n$`, res.stdout)
}

// TestImageNoOCR: without tesseract the command fails closed: exit 2, a
// message naming the file and tesseract, and no output file. It needs no
// tesseract, so it runs everywhere.
func TestImageNoOCR(t *testing.T) {
	dir := writeFiles(t, "app.log", pii)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "shot.png"), readShot(t, "webform.png"), 0o644))
	out := filepath.Join(dir, "out")
	require.NoError(t, os.Mkdir(out, 0o755))
	noPath := []string{"PATH=" + t.TempDir()}

	res := kavach(t, dir, "", noPath, "-out-dir", "out", "shot.png", "app.log")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "kavach: shot.png: ")
	assert.Contains(t, res.stderr, "tesseract")
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	require.Len(t, entries, 1, "only the text file is written")
	assert.Equal(t, "app.log", entries[0].Name())

	res = kavach(t, dir, string(readShot(t, "webform.png")), noPath)
	assert.Equal(t, 2, res.code)
	assert.Empty(t, res.stdout, "nothing of the image is written")
}

// TestImageBad: a file that starts like a PNG but is none is an error,
// reported before any OCR.
func TestImageBad(t *testing.T) {
	dir := writeFiles(t, "fake.png", "\x89PNG\r\n\x1a\nnot really", "a.log", clean)
	res := kavach(t, dir, "", nil, "fake.png", "a.log")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "kavach: fake.png: decoding png")
	assert.Equal(t, clean, res.stdout, "the other files are still processed")
}

// TestOutDirErrors: -out-dir's usage errors.
func TestOutDirErrors(t *testing.T) {
	dir := writeFiles(t, "a.log", clean, "file", "x")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "a.log"), []byte(clean), 0o644))
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-out-dir", "file", "a.log"}, "-out-dir file: not a directory"},
		{[]string{"-out-dir", "sub", "-check", "a.log"}, "-out-dir and -check"},
		{[]string{"-out-dir", "sub", "a.log", "sub/a.log"}, "would both be written to"},
	} {
		res := kavach(t, dir, "", nil, tc.args...)
		assert.Equal(t, 2, res.code, tc.args)
		assert.Contains(t, res.stderr, tc.msg, tc.args)
	}
	// A missing directory is made, as mkdir -p would.
	res0 := kavach(t, dir, "", nil, "-out-dir", "new/deeper", "a.log")
	assert.Equal(t, 0, res0.code, res0.stderr)
	got, err := os.ReadFile(filepath.Join(dir, "new", "deeper", "a.log"))
	require.NoError(t, err)
	assert.Equal(t, clean, string(got))
	// Writing over the input itself is an error for that file.
	res := kavach(t, dir, "", nil, "-out-dir", ".", "a.log")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "would overwrite the input")
	b, err := os.ReadFile(filepath.Join(dir, "a.log"))
	require.NoError(t, err)
	assert.Equal(t, clean, string(b))
}

// TestOutDirText: -out-dir works for text alone, and standard input still
// goes to standard output.
func TestOutDirText(t *testing.T) {
	dir := writeFiles(t, "a.log", pii, "b.log", clean)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "out"), 0o755))
	res := kavach(t, dir, pii, nil, "-out-dir", "out", "a.log", "-", "b.log")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Equal(t, piiMasked, res.stdout)
	for name, want := range map[string]string{"a.log": piiMasked, "b.log": clean} {
		b, err := os.ReadFile(filepath.Join(dir, "out", name))
		require.NoError(t, err)
		assert.Equal(t, want, string(b), name)
	}
}
