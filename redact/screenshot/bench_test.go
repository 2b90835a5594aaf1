package screenshot

import (
	"context"
	"testing"

	"github.com/kavachpii/kavach/redact"
)

// BenchmarkRedact times Redact on 1280x800 screenshots of the test set
// with the default Tesseract, and reports the share of the time spent in
// the OCR (ocr-%) and the CPU time of the tesseract processes:
//
//	go test ./redact/screenshot -run X -bench Redact -benchtime 5x
func BenchmarkRedact(b *testing.B) {
	needTesseract(b)
	r, err := redact.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"terminal", "webform", "hindi_chat", "dashboard", "wrapped_chat"} {
		img, _ := loadCase(b, name)
		b.Run(name, func(b *testing.B) {
			timed := &timedOCR{OCR: &Tesseract{}}
			opts := &Options{OCR: timed}
			cpu := childCPU()
			n := 0
			for b.Loop() {
				if _, err := Redact(context.Background(), img, r, opts); err != nil {
					b.Fatal(err)
				}
				n++
			}
			b.ReportMetric(100*float64(timed.spent)/float64(b.Elapsed()), "ocr-%")
			// CPU time does not depend on what else the machine runs; on
			// an idle 2-core machine the passes run side by side, two at a time.
			b.ReportMetric(float64(childCPU()-cpu)/float64(n)/1e6, "tesseract-cpu-ms/op")
		})
	}
}

// BenchmarkPipeline times everything but the OCR: lines, text, the
// redactor, painting, on the words Tesseract read from the dashboard.
func BenchmarkPipeline(b *testing.B) {
	needTesseract(b)
	r, _ := redact.New(nil)
	img, _ := loadCase(b, "dashboard")
	words, err := (&Tesseract{}).Words(context.Background(), img)
	if err != nil {
		b.Fatal(err)
	}
	opts := &Options{OCR: &fakeOCR{words: words}}
	for b.Loop() {
		if _, err := Redact(context.Background(), img, r, opts); err != nil {
			b.Fatal(err)
		}
	}
}
