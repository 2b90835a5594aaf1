package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/redact/screenshot"
)

// run is the command: it returns the exit code.
func run(args []string, e *env) int {
	cfg, err := parseArgs(args, e.getenv)
	switch {
	case errors.Is(err, flag.ErrHelp):
		io.WriteString(e.stdout, usage())
		return 0
	case err != nil:
		fmt.Fprintf(e.stderr, "kavach: %v\n%s", err, usageHint)
		return 2
	}
	// Options are checked once here, so that a mistake the flags did not
	// catch is a usage error rather than one error per file.
	if _, err := redact.New(&cfg.opts); err != nil {
		fmt.Fprintf(e.stderr, "kavach: %v\n%s", err, usageHint)
		return 2
	}
	c := &command{cfg: cfg, env: e, term: &termWriter{w: e.stderr}}
	return c.main()
}

// command is one run of kavach.
type command struct {
	cfg  *config
	env  *env
	ocr  screenshot.OCR // nil: the default, Tesseract
	term *termWriter    // stderr, shared with the progress line

	stdout   *outWriter
	findings *outWriter // nil without -findings
	pool     memPool
	aborted  atomic.Bool // the output failed: stop
	done     atomic.Int64
	exit     int
}

// job is one input file.
type job struct {
	path     string // "-" for standard input
	weight   int64  // output it may hold back, for the spool budget
	acquired bool   // weight was taken from the budget
	text     *spool // the redacted text
	finds    *spool // the findings, JSON Lines; nil without -findings
	done     chan struct{}

	err    error // opening or reading the file, or redacting it
	counts map[redact.Kind]int
	n      int
}

func (c *command) main() (exit int) {
	// The deferred calls (flushing the findings, removing the progress
	// line) may still fail the run.
	defer func() { exit = c.exit }()
	c.stdout = &outWriter{w: c.env.stdout}

	// Size every input: the weights bound what waits for its turn, and
	// the total decides whether progress is worth showing.
	jobs := make([]*job, len(c.cfg.files))
	total := int64(0)
	var inputs []os.FileInfo
	for i, path := range c.cfg.files {
		j := &job{path: path, done: make(chan struct{}), counts: map[redact.Kind]int{}}
		j.text = newSpool(&c.pool, &c.aborted)
		weight, known := spoolBudget, false // unknown size: assume the worst
		if path != "-" {
			fi, err := os.Stat(path)
			switch {
			case err != nil:
				weight, known = 0, true // it fails to open
			case fi.Mode().IsRegular():
				weight, known = fi.Size(), true
				inputs = append(inputs, fi)
			}
		}
		if !known {
			total = -1
		} else if total >= 0 {
			total += weight
		}
		if c.cfg.check && c.cfg.findings == "" {
			weight = 0 // only counts wait
		}
		j.weight = min(weight, spoolBudget)
		jobs[i] = j
	}

	if c.cfg.findings != "" {
		f, err := c.createFindings(inputs)
		if err != nil {
			fmt.Fprintf(c.term, "kavach: %v\n", err)
			c.exit = 2
			return
		}
		bw := bufio.NewWriterSize(f, 64<<10)
		c.findings = &outWriter{w: bw}
		defer func() {
			if err := cmpOr(bw.Flush(), f.Close()); err != nil {
				c.outputFailed(c.cfg.findings, err)
			}
		}()
		for _, j := range jobs {
			j.finds = newSpool(&c.pool, &c.aborted)
		}
	}

	if c.env.terminal {
		p := startProgress(&c.done, total, c.term)
		defer p.stop()
	}

	// The dispatcher starts files in order, at most GOMAXPROCS at a time
	// and within the spool budget; this goroutine writes their output in
	// order. The file whose turn it is holds its weight until it is
	// written out, so the budget never blocks it. The first file writes
	// straight out from its first byte.
	jobs[0].text.promote(c.stdout)
	if jobs[0].finds != nil {
		jobs[0].finds.promote(c.findings)
	}
	budget := newWeights(spoolBudget)
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	go func() {
		for _, j := range jobs {
			if c.aborted.Load() {
				close(j.done)
				continue
			}
			budget.acquire(j.weight)
			j.acquired = true
			slots <- struct{}{}
			go func() {
				defer func() { <-slots }()
				c.process(j)
			}()
		}
	}()

	for _, j := range jobs {
		textErr := j.text.promote(c.stdout)
		var findsErr error
		if j.finds != nil {
			findsErr = j.finds.promote(c.findings)
		}
		<-j.done
		if j.acquired {
			budget.release(j.weight)
		}
		if c.aborted.Load() {
			j.text.release()
			if j.finds != nil {
				j.finds.release()
			}
			continue
		}
		c.report(j, textErr, findsErr)
	}
	return
}

// createFindings creates the -findings file, after making sure it is not
// one of the inputs, which creating it would destroy.
func (c *command) createFindings(inputs []os.FileInfo) (*os.File, error) {
	path := c.cfg.findings
	if fi, err := os.Stat(path); err == nil {
		for _, in := range inputs {
			if os.SameFile(fi, in) {
				return nil, fmt.Errorf("-findings %s: is also an input file", path)
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// process redacts one file into its spools.
func (c *command) process(j *job) {
	defer close(j.done)
	var src io.Reader = c.env.stdin
	if j.path != "-" {
		f, err := os.Open(j.path)
		if err != nil {
			j.err = err
			return
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			j.err = errors.New("is a directory")
			return
		}
		src = f
	}
	in := &inputReader{r: src, done: &c.done}
	br := bufio.NewReaderSize(in, 64<<10)
	format := imageFormat(br)

	opts := c.cfg.opts
	var enc *json.Encoder
	if j.finds != nil {
		enc = json.NewEncoder(j.finds)
		enc.SetEscapeHTML(false)
	}
	rec := findingJSON{File: j.path}
	switch {
	case enc != nil:
		opts.OnFinding = func(f redact.Finding) {
			j.n++
			j.counts[f.Kind]++
			rec.Kind, rec.Start, rec.End, rec.Reason = f.Kind, f.Start, f.End, f.Reason
			rec.Score = math.Round(f.Score*1000) / 1000
			enc.Encode(&rec) // an error stays in the spool
		}
	case c.cfg.check:
		opts.OnFinding = func(f redact.Finding) {
			j.n++
			j.counts[f.Kind]++
		}
	}
	r, err := redact.New(&opts)
	if err != nil {
		j.err = err
		return
	}
	var dst io.Writer = j.text
	var out *outFile
	switch {
	case c.cfg.check:
		dst = io.Discard
	case c.cfg.outDir != "" && j.path != "-":
		out, err = c.createOut(j.path)
		if err != nil {
			j.err = err
			return
		}
		dst = out
	}
	switch {
	case format != "":
		err = c.processImage(j, br, format, dst, r)
	case c.cfg.json:
		_, err = r.CopyJSON(dst, br)
	default:
		_, err = r.Copy(dst, br)
	}
	switch {
	case in.err != nil:
		j.err = in.err // the read error itself, not as the redactor wraps it
	case out != nil && out.err != nil:
		j.err = out.err
	case err != nil && (out != nil || j.text.error() == nil):
		j.err = err // not an output error: the input is bad (such as invalid JSON)
	}
	if out != nil {
		// The file appears under its name only when it is complete.
		if err := out.finish(j.err == nil); err != nil && j.err == nil {
			j.err = err
		}
	}
}

// findingJSON is one line of the -findings file.
type findingJSON struct {
	File   string      `json:"file"`
	Kind   redact.Kind `json:"kind"`
	Start  int64       `json:"start"`
	End    int64       `json:"end"`
	Score  float64     `json:"score"`
	Reason string      `json:"reason"`
}

// report prints the outcome of a finished job and sets the exit code.
func (c *command) report(j *job, textErr, findsErr error) {
	if textErr == nil {
		textErr = j.text.error()
	}
	if j.finds != nil && findsErr == nil {
		findsErr = j.finds.error()
	}
	if err := c.stdout.error(); err != nil {
		c.outputFailed("standard output", err)
		return
	}
	if c.findings != nil {
		if err := c.findings.error(); err != nil {
			c.outputFailed(c.cfg.findings, err)
			return
		}
	}
	// What is left are the file's own errors: reading it, or keeping its
	// output until its turn (a temporary file that could not be written).
	if je := (*redact.JSONError)(nil); errors.As(j.err, &je) {
		// Like a compiler: where, then what.
		fmt.Fprintf(c.term, "kavach: %s:%d:%d: %s\n", j.path, je.Line, je.Column, je.Msg)
		c.exit = 2
		return
	}
	if err := cmpOr(j.err, textErr, findsErr); err != nil {
		fmt.Fprintf(c.term, "kavach: %s: %v\n", j.path, err)
		c.exit = 2
		return
	}
	if c.cfg.check {
		// Stdout may be the terminal that shows the progress line.
		c.term.withoutProgress(func() { fmt.Fprintln(c.stdout, summary(j)) })
		if j.n > 0 && c.exit == 0 {
			c.exit = 1
		}
	}
}

func cmpOr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// outputFailed reports that an output failed, once, and stops the run.
func (c *command) outputFailed(name string, err error) {
	if c.aborted.Swap(true) {
		return
	}
	fmt.Fprintf(c.term, "kavach: writing %s: %v\n", name, err)
	c.exit = 2
}

// summary is the -check line for a job: "app.log: 3 findings (IN_AADHAAR
// 1, IN_MOBILE 2)" or "app.log: clean".
func summary(j *job) string {
	if j.n == 0 {
		return j.path + ": clean"
	}
	kinds := make([]string, 0, len(j.counts))
	for k := range j.counts {
		kinds = append(kinds, string(k))
	}
	slices.Sort(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d finding", j.path, j.n)
	if j.n != 1 {
		b.WriteByte('s')
	}
	b.WriteString(" (")
	for i, k := range kinds {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", k, j.counts[redact.Kind(k)])
	}
	b.WriteByte(')')
	return b.String()
}

// inputReader counts the bytes read, for progress, and keeps the first
// read error, to tell it from an error writing the output.
type inputReader struct {
	r    io.Reader
	done *atomic.Int64
	err  error
}

func (r *inputReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.done.Add(int64(n))
	if err != nil && err != io.EOF && r.err == nil {
		r.err = err
	}
	return n, err
}
