package screenshot

import (
	"context"
	"encoding/json"
	"fmt"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// truth is the ground truth the generator (internal/gen) writes beside
// each test image.
type truth struct {
	Image  string      `json:"image"`
	Width  int         `json:"width"`
	Height int         `json:"height"`
	Items  []truthItem `json:"items"`
	Other  []truthItem `json:"other"`
}

type truthItem struct {
	Kind      string   `json:"kind"`
	Text      string   `json:"text"`
	Lookalike bool     `json:"lookalike"`
	Boxes     [][4]int `json:"boxes"`
}

// testImages are the test set, with the share of items that must be fully
// covered on each: all of them on clean screenshots, 90 % on the photo
// and the low-resolution JPEG (the targets).
var testImages = []struct {
	name   string
	target float64
}{
	{"terminal", 1},
	{"webform", 1},
	{"hindi_chat", 1},
	{"dashboard", 1},
	{"wrapped_chat", 1},
	{"lowres", 0.9},
	{"idcard", 0.9},
}

// coverThreshold is the share of an item's glyph pixels that must be
// painted for it to count as covered: not 100 %, so that a stray
// anti-aliased pixel at the edge of a glyph, which reveals nothing, does
// not decide.
const coverThreshold = 0.98

// glyphThreshold is how far (in 8-bit luminance) a pixel must be from the
// background of its box to count as part of a glyph: above JPEG ringing
// and the photo's noise, below any text colour used.
const glyphThreshold = 48

func needTesseract(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-hin); skipping tests that run OCR")
	}
}

func loadCase(t testing.TB, name string) (image.Image, *truth) {
	t.Helper()
	return loadCaseIn(t, "testdata", name)
}

// loadCaseIn reads the image and ground truth of name from dir.
func loadCaseIn(t testing.TB, dir, name string) (image.Image, *truth) {
	t.Helper()
	j, err := os.ReadFile(filepath.Join(dir, name+".json"))
	require.NoError(t, err)
	tr := new(truth)
	require.NoError(t, json.Unmarshal(j, tr))
	f, err := os.Open(filepath.Join(dir, tr.Image))
	require.NoError(t, err)
	defer f.Close()
	img, _, err := image.Decode(f)
	require.NoError(t, err)
	return img, tr
}

func lum(img image.Image, x, y int) int {
	r, g, b, _ := img.At(x, y).RGBA()
	return int((299*r + 587*g + 114*b) / 1000 >> 8)
}

// glyphPixels returns the pixels of box that differ from its background,
// the median luminance of the ring of pixels just outside it.
func glyphPixels(img image.Image, b [4]int) []image.Point {
	r := image.Rect(b[0], b[1], b[2], b[3]).Intersect(img.Bounds())
	ring := r.Inset(-2).Intersect(img.Bounds())
	var hist [256]int
	n := 0
	for y := ring.Min.Y; y < ring.Max.Y; y++ {
		for x := ring.Min.X; x < ring.Max.X; x++ {
			if image.Pt(x, y).In(r) {
				continue
			}
			hist[lum(img, x, y)]++
			n++
		}
	}
	bg, acc := 0, 0
	for v, c := range hist {
		acc += c
		if 2*acc >= n {
			bg = v
			break
		}
	}
	var out []image.Point
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if d := lum(img, x, y) - bg; d > glyphThreshold || d < -glyphThreshold {
				out = append(out, image.Pt(x, y))
			}
		}
	}
	return out
}

// painted is the set of pixels under the boxes a result painted.
type painted [][]bool

func paintedOf(res *Result) painted {
	b := res.Image.Rect
	p := make(painted, b.Dy())
	for y := range p {
		p[y] = make([]bool, b.Dx())
	}
	for _, f := range res.Findings {
		for _, r := range f.Boxes {
			r = r.Intersect(b)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					p[y-b.Min.Y][x-b.Min.X] = true
				}
			}
		}
	}
	return p
}

// score is one image's outcome.
type score struct {
	name             string
	items, covered   int
	missed           []string // kind and text of the items not covered
	otherPx, paintPx int      // non-personal glyph pixels, and those painted
	lookPainted      []string // look-alikes more than half painted
	unread           []string // items no OCR pass read exactly
	unreadPainted    int      // of those, covered all the same
}

// normalize keeps letters and digits, lower-case, with Devanagari digits
// as ASCII, to compare what OCR read with the ground truth.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= '०' && r <= '९':
			b.WriteRune('0' + r - '०')
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r == '@', r == '.':
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (s score) collateral() float64 {
	if s.otherPx == 0 {
		return 0
	}
	return float64(s.paintPx) / float64(s.otherPx)
}

// scoreResult decides coverage by glyph pixels of the original under the
// painted boxes, never by box overlap: an item is covered when at least
// coverThreshold of its glyph pixels are painted.
func scoreResult(orig image.Image, tr *truth, res *Result) score {
	p := paintedOf(res)
	at := func(q image.Point) bool { return p[q.Y-orig.Bounds().Min.Y][q.X-orig.Bounds().Min.X] }
	s := score{name: tr.Image, items: len(tr.Items)}
	for _, it := range tr.Items {
		all, hit := 0, 0
		for _, b := range it.Boxes {
			for _, q := range glyphPixels(orig, b) {
				all++
				if at(q) {
					hit++
				}
			}
		}
		ok := all > 0 && float64(hit) >= coverThreshold*float64(all)
		read := false
		for _, pass := range strings.Split(res.Text, "\f") {
			if strings.Contains(normalize(pass), normalize(it.Text)) {
				read = true
			}
		}
		if !read {
			s.unread = append(s.unread, fmt.Sprintf("%s %q", it.Kind, it.Text))
			if ok {
				s.unreadPainted++
			}
		}
		if ok {
			s.covered++
		} else {
			s.missed = append(s.missed, fmt.Sprintf("%s %q (%d/%d px)", it.Kind, it.Text, hit, all))
		}
	}
	for _, it := range tr.Other {
		all, hit := 0, 0
		for _, b := range it.Boxes {
			for _, q := range glyphPixels(orig, b) {
				all++
				if at(q) {
					hit++
				}
			}
		}
		s.otherPx += all
		s.paintPx += hit
		if it.Lookalike && 2*hit > all {
			s.lookPainted = append(s.lookPainted, it.Text)
		}
		if hit > 0 && os.Getenv("KAVACH_SCREENSHOT_COLLATERAL") != "" {
			fmt.Printf("%s: collateral %q %d/%d px\n", tr.Image, it.Text, hit, all)
		}
	}
	return s
}

// runTestSet redacts every test image (two at a time: the machine the
// targets are stated for has two cores) and scores it.
func runTestSet(t *testing.T, opts *Options) []score {
	names := make([]string, len(testImages))
	for i, c := range testImages {
		names[i] = c.name
	}
	return runImages(t, "testdata", names, opts)
}

// runImages redacts and scores the named images of dir, two at a time.
func runImages(t *testing.T, dir string, names []string, opts *Options) []score {
	r, err := redact.New(nil)
	require.NoError(t, err)
	scores := make([]score, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, name := range names {
		img, tr := loadCaseIn(t, dir, name)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			res, err := Redact(context.Background(), img, r, opts)
			if !assert.NoError(t, err, name) {
				return
			}
			scores[i] = scoreResult(img, tr, res)
			if os.Getenv("KAVACH_SCREENSHOT_DUMP") != "" {
				dumpResult(t, name, res)
			}
		}()
	}
	wg.Wait()
	return scores
}

// TestTestSet measures coverage and collateral on the test set against
// the targets, and logs the table.
func TestTestSet(t *testing.T) {
	needTesseract(t)
	// A long timeout: the tests may share the machine with other work,
	// and a timeout is not what they measure.
	scores := runTestSet(t, &Options{OCR: &Tesseract{Timeout: 3 * time.Minute}})
	for i, s := range scores {
		target := testImages[i].target
		assert.GreaterOrEqual(t, float64(s.covered), target*float64(s.items), "%s: items covered", s.name)
		assert.Less(t, s.collateral(), 0.05, "%s: collateral", s.name)
	}
	t.Log(scoreTable(scores))
}

// TestHeldoutImages scores a set of images kept outside the repository,
// written by someone who never read this package: the directory named by
// KAVACH_SCREENSHOT_HELDOUT, every NAME.json in it with its image, in the
// test set's format. It measures and logs; it asserts nothing, because a
// held-out set is read only to find out.
func TestHeldoutImages(t *testing.T) {
	dir := os.Getenv("KAVACH_SCREENSHOT_HELDOUT")
	if dir == "" {
		t.Skip("set KAVACH_SCREENSHOT_HELDOUT to a directory of images with ground truth to score them")
	}
	needTesseract(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no ground truth (*.json) in %s", dir)
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = strings.TrimSuffix(filepath.Base(f), ".json")
	}
	scores := runImages(t, dir, names, &Options{OCR: &Tesseract{Timeout: 3 * time.Minute}})
	t.Log(scoreTable(scores))
}

// scoreTable is the per-image table of coverage and collateral, with what
// was missed, what OCR did not read and which look-alikes were painted.
func scoreTable(scores []score) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-18s %8s %11s\n", "image", "covered", "collateral")
	items, covered, otherPx, paintPx, unread, unreadPainted := 0, 0, 0, 0, 0, 0
	for _, s := range scores {
		fmt.Fprintf(&b, "%-18s %4d/%-3d %10.2f%%\n", s.name, s.covered, s.items, 100*s.collateral())
		for _, m := range s.missed {
			fmt.Fprintf(&b, "    missed %s\n", m)
		}
		if len(s.unread) > 0 {
			fmt.Fprintf(&b, "    not read exactly by OCR: %d, of which painted %d: %s\n", len(s.unread), s.unreadPainted, strings.Join(s.unread, ", "))
		}
		unread += len(s.unread)
		unreadPainted += s.unreadPainted
		for _, l := range s.lookPainted {
			fmt.Fprintf(&b, "    look-alike painted %q\n", l)
		}
		items += s.items
		covered += s.covered
		otherPx += s.otherPx
		paintPx += s.paintPx
	}
	fmt.Fprintf(&b, "%-18s %4d/%-3d %10.2f%%\n", "total", covered, items, 100*float64(paintPx)/float64(max(otherPx, 1)))
	fmt.Fprintf(&b, "items OCR did not read exactly: %d, of which painted: %d\n", unread, unreadPainted)
	return b.String()
}
