package main

import (
	"errors"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// Limits on the output that waits for its turn. They are variables so
// that tests can shrink them.
var (
	// spoolMemory is how many bytes of waiting output all spools together
	// keep in memory; beyond it they spill to temporary files.
	spoolMemory int64 = 64 << 20
	// spoolBudget bounds how much output may wait for its turn, memory
	// and temporary files together: a file is started only when the
	// estimated output (its size) of the files started and not yet
	// written out fits.
	spoolBudget int64 = 512 << 20
)

// errAborted ends the writes of files still running once the output has
// failed: their text has nowhere to go.
var errAborted = errors.New("output failed")

// memPool accounts for the memory held by all spools.
type memPool struct{ used atomic.Int64 }

func (p *memPool) take(n int64) bool {
	if p.used.Add(n) > spoolMemory {
		p.used.Add(-n)
		return false
	}
	return true
}

func (p *memPool) give(n int64) { p.used.Add(-n) }

// A spool is one file's output. Until the file's turn comes it keeps
// what is written, in memory and then in a temporary file; promote copies
// that out and from then on writes go straight through. If no temporary
// file can be made or written, writes wait for the file's turn instead:
// the output is the same, only less of the work overlaps. A spool is safe
// for use by the goroutine that redacts the file and the one that writes
// the output.
type spool struct {
	mu      sync.Mutex
	turn    sync.Cond // signalled by promote and release
	pool    *memPool
	aborted *atomic.Bool
	dst     io.Writer // set by promote
	tmp     *os.File  // holds the output before mem
	tmpName string    // set when the temporary file could not be removed at once
	mem     []byte    // kept in memory, after what tmp holds
	taken   int64     // bytes taken from pool for mem
	full    bool      // nothing more can be kept: writes wait for dst
	err     error     // the first error writing or reading the spool
}

func newSpool(pool *memPool, aborted *atomic.Bool) *spool {
	s := &spool{pool: pool, aborted: aborted}
	s.turn.L = &s.mu
	return s
}

func (s *spool) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	written := 0
	for {
		switch {
		case s.err != nil:
			return written, s.err
		case s.aborted.Load():
			s.err = errAborted
			return written, s.err
		case s.dst != nil:
			n, err := s.dst.Write(p)
			if err != nil {
				s.err = err
			}
			return written + n, err
		case s.full:
			s.turn.Wait()
			continue
		case s.tmp == nil && s.keep(p):
			return written + len(p), nil
		case s.tmp == nil:
			s.spill()
			continue
		}
		n, err := s.tmp.Write(p)
		written += n
		if err == nil {
			return written, nil
		}
		p = p[n:]
		s.full = true
	}
}

// keep appends p to mem if the memory pool allows.
func (s *spool) keep(p []byte) bool {
	if len(s.mem)+len(p) <= cap(s.mem) {
		s.mem = append(s.mem, p...)
		return true
	}
	newCap := max(2*cap(s.mem), len(s.mem)+len(p), 64<<10)
	if !s.pool.take(int64(newCap)) {
		return false
	}
	buf := make([]byte, len(s.mem), newCap)
	copy(buf, s.mem)
	s.freeMem()
	s.mem, s.taken = append(buf, p...), int64(newCap)
	return true
}

// spill moves the output kept in memory to a new temporary file, which
// later writes go to. If that fails the spool is full.
func (s *spool) spill() {
	f, err := os.CreateTemp("", "kavach-*")
	if err != nil {
		s.full = true
		return
	}
	// Remove it at once where the system allows an open file to be
	// removed, so that nothing is left behind however the process ends.
	if os.Remove(f.Name()) != nil {
		s.tmpName = f.Name()
	}
	s.tmp = f
	n, err := f.Write(s.mem)
	if err != nil {
		// What was written stays in the file, the rest in memory.
		s.mem = s.mem[n:]
		s.full = true
		return
	}
	s.freeMem()
}

func (s *spool) freeMem() {
	s.pool.give(s.taken)
	s.mem, s.taken = nil, 0
}

// promote writes what the spool holds to dst and makes later writes go
// straight to dst. It returns the first error of the spool, if any.
func (s *spool) promote(dst io.Writer) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.turn.Broadcast()
	if s.tmp != nil {
		if s.err == nil {
			if _, err := s.tmp.Seek(0, io.SeekStart); err != nil {
				s.err = err
			} else if _, err := io.Copy(dst, onlyReader{s.tmp}); err != nil {
				s.err = err
			}
		}
		s.closeTmp()
	}
	if s.err == nil && len(s.mem) > 0 {
		if _, err := dst.Write(s.mem); err != nil {
			s.err = err
		}
	}
	s.freeMem()
	s.dst = dst
	return s.err
}

// release frees what the spool holds without writing it out.
func (s *spool) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.freeMem()
	s.closeTmp()
	if s.err == nil {
		s.err = errAborted
	}
	s.turn.Broadcast()
}

func (s *spool) closeTmp() {
	if s.tmp == nil {
		return
	}
	s.tmp.Close()
	if s.tmpName != "" {
		os.Remove(s.tmpName)
	}
	s.tmp, s.tmpName = nil, ""
}

// error returns the first error writing or reading the spool.
func (s *spool) error() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// onlyReader hides every method but Read, so that io.Copy uses its own
// buffer and the destination's errors stay the destination's.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// outWriter is an output of the command (stdout or the findings file). It
// keeps the first error, so that once the output has failed every later
// write fails at once and the error is reported once.
type outWriter struct {
	w   io.Writer
	mu  sync.Mutex
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	o.err = err
	return n, err
}

func (o *outWriter) error() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.err
}

// weights is a counting semaphore over bytes of waiting output.
type weights struct {
	mu   sync.Mutex
	cond sync.Cond
	free int64
}

func newWeights(n int64) *weights {
	w := &weights{free: n}
	w.cond.L = &w.mu
	return w
}

func (w *weights) acquire(n int64) {
	w.mu.Lock()
	for w.free < n {
		w.cond.Wait()
	}
	w.free -= n
	w.mu.Unlock()
}

func (w *weights) release(n int64) {
	w.mu.Lock()
	w.free += n
	w.mu.Unlock()
	w.cond.Broadcast()
}
