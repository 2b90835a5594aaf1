// Command screenshot scrubs the personal data from a PNG or JPEG
// screenshot: it reads the text with Tesseract (Debian: apt-get install
// tesseract-ocr tesseract-ocr-hin), paints opaque boxes over what package
// redact finds, writes the image to OUT in the input's format, and prints
// one line per finding to stderr: kind, pixel boxes, score and reason,
// never the value. If the OCR fails, it writes nothing and exits 2.
//
//	go run ./examples/screenshot IN.png OUT.png
package main

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"time"

	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/redact/screenshot"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: screenshot IN OUT")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "screenshot:", err)
		os.Exit(2)
	}
}

func run(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	img, format, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	r, err := redact.New(nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := screenshot.Redact(ctx, img, r, nil)
	if err != nil {
		return err // fail closed: no output
	}
	var buf bytes.Buffer
	switch format {
	case "jpeg":
		err = jpeg.Encode(&buf, res.Image, &jpeg.Options{Quality: 92})
	default:
		err = png.Encode(&buf, res.Image)
	}
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	for _, f := range res.Findings {
		fmt.Fprintf(os.Stderr, "%s: %s %v %.2f %s\n", in, f.Kind, f.Boxes, f.Score, f.Reason)
	}
	fmt.Fprintf(os.Stderr, "%s: %d findings\n", in, len(res.Findings))
	return nil
}
