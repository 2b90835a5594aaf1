package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Progress settings; variables so that tests can shrink them.
var (
	// progressAfter is how large the input must be, or how much of a
	// stream of unknown size must have passed, before progress shows.
	progressAfter int64 = 64 << 20
	// progressEvery is how often the progress line is redrawn.
	progressEvery = 250 * time.Millisecond
)

// termWriter is stderr. Messages written to it first clear the progress
// line, if one is shown; the next tick draws it again below them.
type termWriter struct {
	mu    sync.Mutex
	w     io.Writer
	shown int // width of the progress line on screen, 0 if none
}

func (t *termWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.clear()
	return t.w.Write(p)
}

// withoutProgress calls f with the progress line cleared, for output to
// stdout, which may be the same terminal.
func (t *termWriter) withoutProgress(f func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.clear()
	f()
}

// show draws line over the current progress line.
func (t *termWriter) show(line string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	pad := max(t.shown-len(line), 0)
	io.WriteString(t.w, "\r"+line+strings.Repeat(" ", pad))
	t.shown = len(line)
}

func (t *termWriter) clear() {
	if t.shown > 0 {
		io.WriteString(t.w, "\r"+strings.Repeat(" ", t.shown)+"\r")
		t.shown = 0
	}
}

// progress redraws a progress line on a terminal until stopped.
type progress struct {
	quit, finished chan struct{}
}

// startProgress shows the bytes read so far (done) out of total (-1 when
// unknown) on t.
func startProgress(done *atomic.Int64, total int64, t *termWriter) *progress {
	p := &progress{quit: make(chan struct{}), finished: make(chan struct{})}
	start := time.Now()
	go func() {
		defer close(p.finished)
		tick := time.NewTicker(progressEvery)
		defer tick.Stop()
		for {
			select {
			case <-p.quit:
				t.withoutProgress(func() {})
				return
			case now := <-tick.C:
				d := done.Load()
				if d > progressAfter || total > progressAfter {
					t.show(progressLine(d, total, now.Sub(start)))
				}
			}
		}
	}()
	return p
}

// stop removes the progress line and waits until it is gone.
func (p *progress) stop() {
	close(p.quit)
	<-p.finished
}

// progressLine formats the progress: "kavach: 512.0 MB of 1073.7 MB
// (47%), 412.3 MB/s", or without the total when it is unknown.
func progressLine(done, total int64, elapsed time.Duration) string {
	const mb = 1e6
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / mb / s
	}
	if total > 0 {
		pct := min(100*done/total, 100)
		return fmt.Sprintf("kavach: %.1f MB of %.1f MB (%d%%), %.1f MB/s", float64(done)/mb, float64(total)/mb, pct, rate)
	}
	return fmt.Sprintf("kavach: %.1f MB, %.1f MB/s", float64(done)/mb, rate)
}
