package screenshot

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Word is one word an OCR engine recognised.
type Word struct {
	Text string
	// Box is the word's pixel box in the coordinates of the image given
	// to [OCR.Words], whatever scale the engine worked at.
	Box image.Rectangle
	// Conf is the engine's confidence in [0, 100].
	Conf float64
	// Pass tells apart the words of separate recognition passes over the
	// same image (at other scales, say): lines are built within a pass.
	Pass int
	// Block, Par and Line group words as the engine laid them out, where
	// it does (Tesseract's TSV numbers them from 1); 0 means unknown.
	// Lines are rebuilt from the boxes, so these only break ties.
	Block, Par, Line int
}

// OCR recognises the words in an image. Words must return an error, and
// no words, whenever it could not read the image: [Redact] then fails
// rather than publish an image it did not read. An OCR must be safe for
// concurrent use if [Redact] is called from several goroutines with it.
type OCR interface {
	Words(ctx context.Context, img image.Image) ([]Word, error)
}

// ErrNoTesseract is returned (wrapped) when the tesseract command cannot be
// found.
var ErrNoTesseract = errors.New("screenshot: tesseract not found (Debian: apt-get install tesseract-ocr tesseract-ocr-hin)")

// Defaults for [Tesseract].
const (
	DefaultLanguages = "eng+hin"
	DefaultPSM       = 3
	DefaultTimeout   = 2 * time.Minute
)

// Pass is one run of Tesseract over the image.
type Pass struct {
	// Scale is the integer factor, 1 to 4, the image is enlarged by
	// first.
	Scale int
	// Languages for -l; "" means Tesseract.Languages, and IndicScripts
	// the models of the Indian scripts installed.
	Languages string
	// PSM is the page segmentation mode; 0 means Tesseract.PSM.
	PSM int

	indic bool // Languages was IndicScripts: keep the lines in those scripts
}

// IndicScripts, as a [Pass]'s Languages, runs the pass with every
// installed Tesseract model of an Indian script besides Devanagari
// (Bengali, Gujarati, Kannada, Malayalam, Odia, Punjabi, Tamil, Telugu:
// Debian's tesseract-ocr-ben, -guj, …) and keeps only the lines it reads
// with a letter or a digit of one of those scripts: on Latin text these
// models read nonsense, which the English passes read better. Where that
// reading shows the page is in one of the scripts, the pass reads it again
// with that script's model alone, which reads its lines whole (see
// indicPass). With none installed the pass is skipped.
const IndicScripts = "indic"

// indicModels are the models IndicScripts may use, in Tesseract's names.
var indicModels = []string{"ben", "guj", "kan", "mal", "ori", "pan", "tam", "tel"}

// DefaultPasses are the passes [Tesseract] makes when Passes is nil: the
// image at twice its size in English, where Tesseract reads small screen
// text best; then at its own size in Tesseract.Languages (English and
// Hindi by default), which adds Devanagari, recovers words the first pass
// misses and gives tighter boxes; then, where their models are installed,
// in the other Indian scripts (see [IndicScripts]). On the first test set
// the first two covered 121 of 122 items, against 120 with English and
// Hindi in both passes, and halved the time of a dense terminal (the
// Hindi model doubles Tesseract's cost per line). The third read names,
// mobiles and PIN codes on Gujarati and Kannada screens that the others
// read as noise. The fourth reads the image at twice its size in English
// again, as one block of text (page segmentation mode 6), where the
// automatic layout finds too little: a receipt or a register photographed
// on a table, a sheet's cells, small text. On the five held-out image sets
// it covered 17 items more of 1,242 (a photographed visitor register's
// mobile, Aadhaar and EPIC, a curled receipt's mobile, a POS screen's),
// for 4 to 17 % more time per image.
var DefaultPasses = []Pass{{Scale: 2, Languages: "eng"}, {Scale: 1}, {Scale: 1, Languages: IndicScripts}, {Scale: 2, Languages: "eng", PSM: 6}}

// FastPasses are DefaultPasses without the pass in the other Indian
// scripts, whose eight models cost Tesseract the most, and without the
// pass as one block: on the package's
// benchmark images a third to a quarter of the time (a dense terminal 12 s
// to 3.5 s), for images known to hold only English and Devanagari.
// Set Tesseract.Passes to it.
var FastPasses = []Pass{{Scale: 2, Languages: "eng"}, {Scale: 1}}

// Tesseract is the default [OCR]: it runs the tesseract command (Debian
// packages tesseract-ocr and tesseract-ocr-hin) once per [Pass], with the
// image on standard input and TSV on standard output, so that the image
// never touches the disk. The passes run in parallel, each with one
// thread. A mostly dark image (a terminal) is given to Tesseract as its
// negative, which it reads in half the time; the passes at the image's own
// size also read its dark panels negated (developer tools on a light page),
// which Tesseract's page layout otherwise skips. The zero value is ready
// to use.
type Tesseract struct {
	// Path of the command; "" means "tesseract" looked up in $PATH.
	Path string
	// Languages for -l; "" means DefaultLanguages. English first keeps
	// Latin text as good as English alone, and hin adds Devanagari
	// letters and digits.
	Languages string
	// PSM is the page segmentation mode; 0 means DefaultPSM (3, automatic
	// page segmentation), which covered as many items as 11 (sparse
	// text) on the test set, one more on the low-resolution JPEG, and
	// took a fifth less time.
	PSM int
	// Passes lists the runs over the image, which run side by side; nil
	// means DefaultPasses.
	Passes []Pass
	// NoInvert stops Tesseract from reading again, inverted, each line
	// it reads badly (tessedit_do_invert=0). Keep it false: before dark
	// images were negated, turning it off left 6 of the dark terminal's
	// 26 items unread; now the test set reads the same either way, but
	// light text on a dark part of a light image (a sidebar, a button)
	// still needs it.
	NoInvert bool
	// Timeout bounds each run of the command; 0 means DefaultTimeout.
	Timeout time.Duration
	// Threads sets OMP_THREAD_LIMIT for each run; 0 means 1. With two
	// passes side by side on two cores, two threads each made a 1280x800
	// screenshot take over 30 s instead of 1.3 s: OpenMP threads spin
	// while they wait, and oversubscribed cores starve them.
	Threads int
}

// Words runs the passes and returns the words of all of them,
// with boxes in img's coordinates. Any pass that fails fails the call.
func (t *Tesseract) Words(ctx context.Context, img image.Image) ([]Word, error) {
	path := t.Path
	if path == "" {
		path = "tesseract"
	}
	exe, err := exec.LookPath(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoTesseract, err)
	}
	passes := t.Passes
	if passes == nil {
		passes = DefaultPasses
	}
	if len(passes) == 0 {
		return nil, errors.New("screenshot: Tesseract.Passes is empty")
	}
	for _, p := range passes {
		if p.Scale < 1 || p.Scale > 4 {
			return nil, fmt.Errorf("screenshot: Tesseract scale %d out of range 1 to 4", p.Scale)
		}
	}
	gray := toGray(img)
	if darkTheme(gray) {
		// Tesseract reads dark text on light best: given light text, it
		// reads each line badly, then again inverted, at twice the cost.
		negate(gray)
	}
	// Passes at the image's own size read it with its dark panels
	// lightened (see lightenPanels); the upscaled pass reads it as it is,
	// so that neither reading is lost where lightening misleads (a photo).
	lit := gray
	if l, ok := lightenPanels(gray); ok {
		lit = l
	}
	results := make([][]Word, len(passes))
	errs := make([]error, len(passes))
	var wg sync.WaitGroup
	for i, p := range passes {
		if p.Languages == IndicScripts {
			langs, err := installedIndic(ctx, exe, t.timeout())
			if err != nil {
				return nil, err
			}
			if langs == "" {
				continue // no model of those scripts: nothing this pass could add
			}
			p.Languages, p.indic = langs, true
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := gray
			if p.Scale == 1 {
				src = lit
			}
			if p.indic {
				results[i], errs[i] = t.indicPass(ctx, exe, src, p, i, len(passes)+i)
				return
			}
			results[i], errs[i] = t.pass(ctx, exe, src, p, i)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var out []Word
	for _, ws := range results {
		out = append(out, ws...)
	}
	// gray starts at (0, 0); img may not.
	for i := range out {
		out[i].Box = out[i].Box.Add(img.Bounds().Min)
	}
	return out, nil
}

func (t *Tesseract) pass(ctx context.Context, exe string, gray *image.Gray, p Pass, pass int) ([]Word, error) {
	scale := p.Scale
	ctx, cancel := context.WithTimeout(ctx, t.timeout())
	defer cancel()
	langs := p.Languages
	if langs == "" {
		langs = t.Languages
	}
	if langs == "" {
		langs = DefaultLanguages
	}
	psm := p.PSM
	if psm == 0 {
		psm = t.PSM
	}
	if psm == 0 {
		psm = DefaultPSM
	}
	threads := t.Threads
	if threads <= 0 {
		threads = 1
	}
	src := gray
	if scale > 1 {
		src = upscale(gray, scale)
	}
	args := []string{"stdin", "stdout", "-l", langs, "--psm", strconv.Itoa(psm)}
	if t.NoInvert {
		args = append(args, "-c", "tessedit_do_invert=0")
	}
	cmd := exec.CommandContext(ctx, exe, append(args, "tsv")...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT="+strconv.Itoa(threads))
	cmd.Stdin = bytes.NewReader(encodePGM(src))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("screenshot: tesseract (scale %d): %w", scale, ctx.Err())
		}
		return nil, fmt.Errorf("screenshot: tesseract (scale %d): %v: %s", scale, err, firstBytes(stderr.String(), 200))
	}
	words, err := ParseTSV(stdout.Bytes())
	if err != nil {
		return nil, err
	}
	for i := range words {
		w := &words[i]
		w.Pass = pass
		if scale > 1 {
			// Round outwards, so the box never shrinks.
			b := w.Box
			w.Box = image.Rect(b.Min.X/scale, b.Min.Y/scale, (b.Max.X+scale-1)/scale, (b.Max.Y+scale-1)/scale)
		}
		w.Box = w.Box.Intersect(gray.Rect)
	}
	return words, nil
}

// tsvColumns is the header Tesseract writes for TSV output.
var tsvColumns = []string{"level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text"}

// ParseTSV parses Tesseract's TSV output and returns its words (level 5
// rows with text that is not blank), with boxes as given. It fails on a
// missing or unknown header and on malformed rows, so that output it does
// not understand is never taken for an image with no text.
func ParseTSV(b []byte) ([]Word, error) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() {
		return nil, errors.New("screenshot: tesseract TSV: no header")
	}
	header := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
	if len(header) != len(tsvColumns) {
		return nil, fmt.Errorf("screenshot: tesseract TSV: unexpected header %q", sc.Text())
	}
	for i, h := range header {
		if h != tsvColumns[i] {
			return nil, fmt.Errorf("screenshot: tesseract TSV: unexpected header %q", sc.Text())
		}
	}
	var words []Word
	line := 1
	for sc.Scan() {
		line++
		row := strings.TrimRight(sc.Text(), "\r")
		if row == "" {
			continue
		}
		f := strings.SplitN(row, "\t", len(tsvColumns))
		if len(f) < len(tsvColumns)-1 {
			return nil, fmt.Errorf("screenshot: tesseract TSV line %d: %d fields", line, len(f))
		}
		var n [10]int
		for i := range n {
			v, err := strconv.Atoi(f[i])
			if err != nil {
				return nil, fmt.Errorf("screenshot: tesseract TSV line %d: %s: %v", line, tsvColumns[i], err)
			}
			n[i] = v
		}
		conf, err := strconv.ParseFloat(f[10], 64)
		if err != nil || conf != conf {
			return nil, fmt.Errorf("screenshot: tesseract TSV line %d: conf %q", line, f[10])
		}
		if n[0] != 5 {
			continue
		}
		text := ""
		if len(f) == len(tsvColumns) {
			text = strings.TrimSpace(f[11])
		}
		if text == "" {
			continue
		}
		left, top, width, height := n[6], n[7], n[8], n[9]
		const maxCoord = 1 << 20
		if left < 0 || top < 0 || width < 0 || height < 0 || left > maxCoord || top > maxCoord || width > maxCoord || height > maxCoord {
			return nil, fmt.Errorf("screenshot: tesseract TSV line %d: box out of range", line)
		}
		words = append(words, Word{
			Text:  text,
			Box:   image.Rect(left, top, left+width, top+height),
			Conf:  max(0, min(100, conf)),
			Block: n[2], Par: n[3], Line: n[4],
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("screenshot: tesseract TSV: %v", err)
	}
	return words, nil
}

// timeout is Timeout or its default.
func (t *Tesseract) timeout() time.Duration {
	if t.Timeout <= 0 {
		return DefaultTimeout
	}
	return t.Timeout
}

// firstBytes returns s trimmed, cut to at most n bytes: a command's
// message for an error.
func firstBytes(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		s = s[:n]
	}
	return s
}

// installed caches, per tesseract command, the models of IndicScripts
// that --list-langs reports.
var installed sync.Map // exe path -> string

// installedIndic returns the models of IndicScripts installed for exe,
// joined by '+', or "".
func installedIndic(ctx context.Context, exe string, timeout time.Duration) (string, error) {
	if v, ok := installed.Load(exe); ok {
		return v.(string), nil
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "--list-langs")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("screenshot: tesseract --list-langs: %w", ctx.Err())
		}
		return "", fmt.Errorf("screenshot: tesseract --list-langs: %v: %s", err, firstBytes(stderr.String(), 200))
	}
	out := stdout.Bytes()
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	var langs []string
	for _, m := range indicModels {
		if have[m] {
			langs = append(langs, m)
		}
	}
	v := strings.Join(langs, "+")
	installed.Store(exe, v)
	return v, nil
}

// indicLines keeps the words of the lines (Tesseract's own) that the
// models of IndicScripts read as the page's script: on Latin text they
// read nonsense in a mix of scripts, at low confidence. A script is the
// page's when two or more words of two or more of its letters were read
// at a confidence of 80 or more, and at least a third as many as for the
// most read script; a line is kept when it holds a word in such a script
// and none in another Indian script.
func indicLines(words []Word) []Word {
	page, _ := pageScripts(words)
	type key struct{ block, par, line int }
	keep := map[key]bool{}
	drop := map[key]bool{}
	for _, w := range words {
		k := key{w.Block, w.Par, w.Line}
		switch sc, _ := indicScript(w.Text); {
		case sc == mixedScripts || sc >= 0 && !page[sc]:
			drop[k] = true
		case sc >= 0:
			keep[k] = true
		}
	}
	var rows []image.Rectangle // the kept lines' words, for the words beside them
	for _, w := range words {
		if k := (key{w.Block, w.Par, w.Line}); keep[k] && !drop[k] {
			rows = append(rows, w.Box)
		}
	}
	out := words[:0]
	for _, w := range words {
		k := key{w.Block, w.Par, w.Line}
		if drop[k] {
			continue
		}
		if keep[k] || sameRow(w.Box, rows) {
			// A line of the page's script, or a word in no script
			// ("387001") on the row of one: a table's column that
			// Tesseract read as a block of its own.
			out = append(out, w)
		}
	}
	return out
}

// pageScripts returns which of IndicScripts' eight scripts words were
// read in as the page's (see indicLines), and for each how many words of
// it were read with confidence.
func pageScripts(words []Word) (page [8]bool, confident [8]int) {
	const minConf, minWords = 80, 2
	for _, w := range words {
		if sc, letters := indicScript(w.Text); sc >= 0 && letters >= 2 && w.Conf >= minConf {
			confident[sc]++
		}
	}
	most := slices.Max(confident[:])
	for sc, n := range confident {
		page[sc] = n >= minWords && 3*n >= most
	}
	return page, confident
}

// scriptModels are the Tesseract models of indicScript's scripts, in its
// order: the Unicode blocks from U+0980 on.
var scriptModels = [8]string{"ben", "pan", "guj", "ori", "tam", "tel", "kan", "mal"}

// pageScript returns the script that words, read with every model of
// IndicScripts at once, show the page is in, or -1: at least 8 words read
// in it with confidence, and more than four in five of all such words.
// A page in Devanagari, which none of those models reads, comes out as a
// mix, mostly Gujarati, whose letters are Devanagari's without the
// headstroke (a scanned FIR's 37 Gujarati, 6 Punjabi and 5 Bengali
// words); a page in one of them, as that script alone.
func pageScript(words []Word) int {
	_, confident := pageScripts(words)
	best, total := 0, 0
	for sc, n := range confident {
		total += n
		if n > confident[best] {
			best = sc
		}
	}
	if n := confident[best]; n >= 8 && 5*n > 4*total {
		return best
	}
	return -1
}

// indicPass reads img with every installed model of IndicScripts at once
// (p.Languages), which tells which script the page is in (see
// pageScript); then again, at the same scale, with that script's model
// alone. With eight
// models at once Tesseract mixes scripts within a line ("অরিন্দম ঘোষ સ્ત
// কাকা"): on the held-out image sets it read a Bengali guest sheet's and
// a Telugu sheet of identity cards' lines so mixed that indicLines kept
// none of them. The script's own model reads them whole, at a fifth of
// the first reading's cost. Both readings' lines in the page's scripts
// are kept, the second as pass number second, so that neither is lost
// where the other misreads.
func (t *Tesseract) indicPass(ctx context.Context, exe string, gray *image.Gray, p Pass, pass, second int) ([]Word, error) {
	words, err := t.pass(ctx, exe, gray, p, pass)
	if err != nil {
		return nil, err
	}
	sc := pageScript(words)
	words = indicLines(words)
	if sc < 0 || !slices.Contains(strings.Split(p.Languages, "+"), scriptModels[sc]) {
		return words, nil
	}
	more, err := t.pass(ctx, exe, gray, Pass{Scale: p.Scale, Languages: scriptModels[sc], PSM: p.PSM}, second)
	if err != nil {
		return nil, err
	}
	return append(words, indicLines(more)...), nil
}

// sameRow reports whether b overlaps one of rows vertically by at least
// half the lower height.
func sameRow(b image.Rectangle, rows []image.Rectangle) bool {
	for _, r := range rows {
		ov := min(b.Max.Y, r.Max.Y) - max(b.Min.Y, r.Min.Y)
		if 2*ov >= min(b.Dy(), r.Dy()) && ov > 0 {
			return true
		}
	}
	return false
}

// mixedScripts is indicScript's answer for a word in two Indian scripts.
const mixedScripts = -2

// indicScript returns which of the eight scripts of IndicScripts, Bengali
// (U+0980) to Malayalam (U+0D00) in blocks of 128, the word is written
// in, -1 for none and mixedScripts for more than one; and how many of its
// characters are letters of it (not digits).
func indicScript(s string) (script, letters int) {
	script = -1
	for _, r := range s {
		if r < 0x0980 || r > 0x0DFF {
			continue
		}
		sc := int(r-0x0980) >> 7
		if script >= 0 && sc != script {
			return mixedScripts, 0
		}
		script = sc
		if off := (r - 0x0980) & 0x7F; off < 0x66 || off > 0x6F { // not a digit (each block's 0x66–0x6F)
			letters++
		}
	}
	return script, letters
}
