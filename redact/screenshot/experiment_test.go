package screenshot

import (
	"context"
	"fmt"
	"image"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// timedOCR measures the time spent in the OCR engine.
type timedOCR struct {
	OCR
	mu    sync.Mutex
	spent time.Duration
}

func (t *timedOCR) Words(ctx context.Context, img image.Image) ([]Word, error) {
	start := time.Now()
	w, err := t.OCR.Words(ctx, img)
	t.mu.Lock()
	t.spent += time.Since(start)
	t.mu.Unlock()
	return w, err
}

// TestExperiments compares Tesseract settings on the test set: page
// segmentation mode, scales and passes, threads. It takes minutes, so it
// runs only when asked:
//
//	KAVACH_SCREENSHOT_EXPERIMENTS=1 go test ./redact/screenshot -run TestExperiments -v
//
// KAVACH_SCREENSHOT_EXPERIMENTS may instead be a regular expression that
// picks configurations by name. Images run one at a time, so the times
// are those of one image, on a machine as idle as it is.
func TestExperiments(t *testing.T) {
	if os.Getenv("KAVACH_SCREENSHOT_EXPERIMENTS") == "" {
		t.Skip("set KAVACH_SCREENSHOT_EXPERIMENTS=1 to run")
	}
	needTesseract(t)
	r, err := redact.New(nil)
	require.NoError(t, err)
	configs := []struct {
		name string
		opts Options
	}{
		{"psm3 x2 eng, x1 (default)", Options{}},
		{"psm3 x2,x1", Options{OCR: &Tesseract{Passes: []Pass{{Scale: 2}, {Scale: 1}}}}},
		{"psm3 x2 eng, x1 no inversion", Options{OCR: &Tesseract{NoInvert: true}}},
		{"psm3 x2, x1 eng", Options{OCR: &Tesseract{Passes: []Pass{{Scale: 2}, {Scale: 1, Languages: "eng"}}}}},
		{"psm11 x2 eng, x1", Options{OCR: &Tesseract{PSM: 11}}},
		{"psm11 x1", Options{OCR: &Tesseract{PSM: 11, Passes: []Pass{{Scale: 1}}}}},
		{"psm11 x2", Options{OCR: &Tesseract{PSM: 11, Passes: []Pass{{Scale: 2}}}}},
		{"psm11 x3", Options{OCR: &Tesseract{PSM: 11, Passes: []Pass{{Scale: 3}}}}},
		{"psm3 x2", Options{OCR: &Tesseract{PSM: 3, Passes: []Pass{{Scale: 2}}}}},
		{"psm11 x2,x3", Options{OCR: &Tesseract{PSM: 11, Passes: []Pass{{Scale: 2}, {Scale: 3}}}}},
		{"psm3 x2 eng, x1 2 threads", Options{OCR: &Tesseract{Threads: 2, Timeout: 30 * time.Second}}},
		{"psm3 x2 eng, x1 no low-conf", Options{MinConf: -1}},
		{"psm3 x2 eng, x1 hin+eng", Options{OCR: &Tesseract{Languages: "hin+eng"}}},
	}
	if only := os.Getenv("KAVACH_SCREENSHOT_EXPERIMENTS"); only != "1" {
		re := regexp.MustCompile(only)
		configs = slices.DeleteFunc(configs, func(c struct {
			name string
			opts Options
		}) bool {
			return !re.MatchString(c.name)
		})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-26s %-8s", "config", "total")
	for _, c := range testImages {
		fmt.Fprintf(&b, " %-18s", c.name)
	}
	fmt.Fprintf(&b, " %9s %9s\n", "median", "in OCR")
	for _, cfg := range configs {
		opts := cfg.opts
		if opts.OCR == nil {
			opts.OCR = &Tesseract{}
		}
		if ts := opts.OCR.(*Tesseract); ts.Threads == 0 {
			// Other work on the machine must not turn into errors.
			ts.Timeout = 3 * time.Minute
		}
		timed := &timedOCR{OCR: opts.OCR}
		opts.OCR = timed
		items, covered := 0, 0
		var cells []string
		var times, ocrTimes []time.Duration
		for _, c := range testImages {
			img, tr := loadCase(t, c.name)
			before := timed.spent
			start := time.Now()
			res, err := Redact(context.Background(), img, r, &opts)
			if err != nil {
				cells = append(cells, "error")
				t.Logf("%s %s: %v", cfg.name, c.name, err)
				continue
			}
			if img.Bounds().Dx() == 1280 && img.Bounds().Dy() == 800 {
				times = append(times, time.Since(start))
				ocrTimes = append(ocrTimes, timed.spent-before)
			}
			s := scoreResult(img, tr, res)
			items += s.items
			covered += s.covered
			cells = append(cells, fmt.Sprintf("%d/%d %.1f%% %.1fs", s.covered, s.items, 100*s.collateral(), time.Since(start).Seconds()))
		}
		slices.Sort(times)
		slices.Sort(ocrTimes)
		t.Logf("%s done", cfg.name)
		fmt.Fprintf(&b, "%-26s %-8s", cfg.name, fmt.Sprintf("%d/%d", covered, items))
		for _, c := range cells {
			fmt.Fprintf(&b, " %-18s", c)
		}
		fmt.Fprintf(&b, " %9s %9s\n", times[len(times)/2].Round(time.Millisecond), ocrTimes[len(ocrTimes)/2].Round(time.Millisecond))
	}
	t.Log(b.String())
}
