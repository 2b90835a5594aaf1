package screenshot_test

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"time"

	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/redact/screenshot"
)

// chatOCR stands in for an OCR engine: it "reads" a chat bubble whose
// mobile number wraps onto the next line.
type chatOCR struct{}

func (chatOCR) Words(ctx context.Context, img image.Image) ([]screenshot.Word, error) {
	w := func(text string, x0, y0, x1, y1 int) screenshot.Word {
		return screenshot.Word{Text: text, Box: image.Rect(x0, y0, x1, y1), Conf: 96}
	}
	return []screenshot.Word{
		w("please", 20, 20, 80, 36), w("call", 88, 20, 124, 36), w("+91", 132, 20, 164, 36), w("98765", 172, 20, 224, 36),
		w("43210", 20, 46, 72, 62), w("today", 80, 46, 130, 62),
	}, nil
}

// Redact with an OCR engine of one's own behind the OCR interface: the
// number found across two lines is painted with one box per line.
func ExampleRedact_customOCR() {
	img := image.NewRGBA(image.Rect(0, 0, 320, 80))
	draw.Draw(img, img.Rect, image.NewUniform(color.White), image.Point{}, draw.Src)

	r, err := redact.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	res, err := screenshot.Redact(context.Background(), img, r, &screenshot.Options{OCR: chatOCR{}})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range res.Findings {
		fmt.Println(f.Kind, f.Boxes, f.Reason)
	}
	// Output:
	// IN_MOBILE [(129,17)-(227,39) (17,43)-(75,65)] mobile range with +91; context "call" before
}

// Redact a screenshot file with Tesseract, the default OCR, and write the
// scrubbed PNG. Redact fails, and nothing is written, if tesseract is
// missing or fails.
func ExampleRedact() {
	f, err := os.Open("testdata/webform.png")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		log.Fatal(err)
	}
	r, err := redact.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	res, err := screenshot.Redact(context.Background(), img, r, nil)
	if err != nil {
		log.Fatal(err) // no tesseract, or it failed: fail closed
	}
	out, err := os.Create(os.DevNull)
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, res.Image); err != nil {
		log.Fatal(err)
	}
	for _, f := range res.Findings {
		fmt.Println(f.Kind, len(f.Boxes))
	}
}

// A Tesseract with other settings: Hindi-only text at one scale, with a
// shorter timeout.
func ExampleTesseract() {
	ocr := &screenshot.Tesseract{Languages: "hin", Passes: []screenshot.Pass{{Scale: 2}}, Timeout: 10 * time.Second}
	_ = &screenshot.Options{OCR: ocr, Padding: 4}
}
