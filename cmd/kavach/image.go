package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/redact/screenshot"
)

// imageFormat returns "png" or "jpeg" when the input starts with that
// format's signature, and "" for anything else, which is text. The name
// of a file never decides.
func imageFormat(br *bufio.Reader) string {
	head, _ := br.Peek(8)
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(head, []byte{0xff, 0xd8, 0xff}):
		return "jpeg"
	}
	return ""
}

// maxImageBytes bounds an image input, which is read whole.
const maxImageBytes = 256 << 20

// jpegQuality is the quality scrubbed JPEGs are written at.
const jpegQuality = 92

// imageFindingJSON is one line of the -findings file for an image: the
// pixel boxes painted, in place of byte offsets.
type imageFindingJSON struct {
	File   string      `json:"file"`
	Kind   redact.Kind `json:"kind"`
	Boxes  [][4]int    `json:"boxes"` // x0, y0, x1, y1, exclusive
	Score  float64     `json:"score"`
	Reason string      `json:"reason"`
}

// processImage scrubs an image input: OCR, redaction, painting. It writes
// the image (in the input's format, re-encoded from pixels, so no
// metadata survives) to dst only once all of it is done, so that an OCR
// failure leaves no output.
func (c *command) processImage(j *job, src io.Reader, format string, dst io.Writer, r *redact.Redactor) error {
	data, err := io.ReadAll(io.LimitReader(src, maxImageBytes+1))
	if err != nil {
		return err
	}
	if len(data) > maxImageBytes {
		return fmt.Errorf("image larger than %d MiB", maxImageBytes>>20)
	}
	var img image.Image
	if format == "png" {
		img, err = png.Decode(bytes.NewReader(data))
	} else {
		img, err = jpeg.Decode(bytes.NewReader(data))
	}
	if err != nil {
		return fmt.Errorf("decoding %s: %v", format, err)
	}
	res, err := screenshot.Redact(context.Background(), img, r, &screenshot.Options{OCR: c.ocr})
	if err != nil {
		return err
	}
	var enc *json.Encoder
	if j.finds != nil {
		enc = json.NewEncoder(j.finds)
		enc.SetEscapeHTML(false)
	}
	for _, f := range res.Findings {
		j.n++
		j.counts[f.Kind]++
		if enc == nil {
			continue
		}
		rec := imageFindingJSON{File: j.path, Kind: f.Kind, Score: math.Round(f.Score*1000) / 1000, Reason: f.Reason}
		for _, b := range f.Boxes {
			rec.Boxes = append(rec.Boxes, [4]int{b.Min.X, b.Min.Y, b.Max.X, b.Max.Y})
		}
		enc.Encode(&rec) // an error stays in the spool
	}
	if c.cfg.check {
		return nil
	}
	var buf bytes.Buffer
	if format == "png" {
		err = png.Encode(&buf, res.Image)
	} else {
		err = jpeg.Encode(&buf, res.Image, &jpeg.Options{Quality: jpegQuality})
	}
	if err != nil {
		return fmt.Errorf("encoding %s: %v", format, err)
	}
	if _, err := dst.Write(buf.Bytes()); err != nil {
		return errOutput
	}
	return nil
}

// errOutput marks a failure to write the output, which the output's own
// error reports.
var errOutput = errors.New("output failed")

// outFile is a file under -out-dir: written as a temporary file in the
// directory, then renamed to its name once the input is done, or removed
// if the input failed.
type outFile struct {
	f     *os.File
	w     *bufio.Writer
	final string
	err   error // the first write error
}

// createOut starts the -out-dir file for the input path.
func (c *command) createOut(path string) (*outFile, error) {
	final := filepath.Join(c.cfg.outDir, filepath.Base(path))
	if a, err := os.Stat(path); err == nil {
		if b, err := os.Stat(final); err == nil && os.SameFile(a, b) {
			return nil, fmt.Errorf("-out-dir %s: writing %s would overwrite the input", c.cfg.outDir, final)
		}
	}
	f, err := os.CreateTemp(c.cfg.outDir, ".kavach-*")
	if err != nil {
		return nil, err
	}
	return &outFile{f: f, w: bufio.NewWriterSize(f, 64<<10), final: final}, nil
}

func (o *outFile) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// finish renames the file to its name if ok, and removes it otherwise.
func (o *outFile) finish(ok bool) error {
	err := o.w.Flush()
	if ok {
		err = cmpOr(o.err, err, o.f.Chmod(0o644))
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if ok && err == nil {
		if err = os.Rename(o.f.Name(), o.final); err == nil {
			return nil
		}
	}
	os.Remove(o.f.Name())
	return err
}
