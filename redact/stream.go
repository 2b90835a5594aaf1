package redact

import (
	"errors"
	"io"

	"golang.org/x/text/transform"
)

// histCap is how much consumed input a stream keeps for boundaries and
// the context window before the next candidate.
const histCap = MaxContextWindow + 16

// streamState is what a stream carries from one buffer to the next.
type streamState struct {
	hist   [histCap]byte
	nhist  int
	base   int64 // stream offset of the next unconsumed byte
	pieces [64]piece
	custom customState
	csv    csvState
}

// advance records that b, the next bytes of the stream, were consumed.
func (s *streamState) advance(b []byte) {
	s.base += int64(len(b))
	if len(b) >= histCap {
		s.nhist = copy(s.hist[:], b[len(b)-histCap:])
		return
	}
	if keep := histCap - len(b); s.nhist > keep {
		copy(s.hist[:], s.hist[s.nhist-keep:s.nhist])
		s.nhist = keep
	}
	s.nhist += copy(s.hist[s.nhist:], b)
}

// Transformer redacts a stream. It implements
// [golang.org/x/text/transform.Transformer], so it works with
// transform.NewReader, transform.NewWriter and transform.Chain. Each
// finding goes to Options.OnFinding with offsets counted from the start of
// the stream (or from the last Reset).
//
// For every input and every way of cutting it into buffers, the output and
// the findings are those of [Redactor.String] on the whole input. To decide
// a candidate near the end of a buffer it asks for more input
// (transform.ErrShortSrc), holding back at most [Holdback] bytes
// ([HoldbackCustom] with custom recognizers or deny words); it keeps a
// fixed amount of state, so memory does not grow with the stream.
// Invalid UTF-8 and NUL bytes pass through unchanged.
//
// A Transformer is not safe for concurrent use; make one per stream.
type Transformer struct {
	r       *Redactor
	st      streamState
	ms      []match
	out     []byte // rendered output of the current call
	pending []byte // rendered output not yet written to dst
}

var _ transform.Transformer = (*Transformer)(nil)

// NewTransformer returns a Transformer that redacts with r.
func (r *Redactor) NewTransformer() *Transformer {
	return &Transformer{r: r}
}

// Reset returns t to its initial state, to start a new stream.
func (t *Transformer) Reset() {
	t.st = streamState{}
	t.pending = nil
}

// minStep is the least input a Transform call scans when dst is nearly
// full, so that a small dst still makes progress.
const minStep = 512

// Transform implements transform.Transformer.
func (t *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if len(t.pending) > 0 {
		n := copy(dst, t.pending)
		t.pending = t.pending[n:]
		if len(t.pending) > 0 {
			return n, 0, transform.ErrShortDst
		}
		nDst = n
	}
	limit := max(len(dst)-nDst, minStep)
	if limit >= len(src) {
		limit = 0
	}
	w := window{buf: src, hist: t.st.hist[:t.st.nhist], atEOF: atEOF, pieces: &t.st.pieces, base: t.st.base, csvOn: true, csv: t.st.csv}
	safe, ms := t.r.scanStream(&w, &t.st, t.ms[:0], limit)
	t.st.csv = w.csv
	t.ms = ms[:0]
	t.out = t.r.render(t.out[:0], src, ms, safe)
	if f := t.r.cfg.onFinding; f != nil {
		for i := range ms {
			f(t.r.finding(&ms[i], t.st.base))
		}
	}
	t.st.advance(src[:safe])
	n := copy(dst[nDst:], t.out)
	nDst += n
	if n < len(t.out) {
		t.pending = t.out[n:]
		return nDst, safe, transform.ErrShortDst
	}
	switch {
	case safe == len(src):
		return nDst, safe, nil
	case w.short:
		return nDst, safe, transform.ErrShortSrc
	}
	return nDst, safe, transform.ErrShortDst
}

// copyBufSize is the read buffer of Copy: large enough that the scanner's
// per-buffer work is negligible, small enough to keep memory flat.
const copyBufSize = 256 << 10

// Copy redacts src into dst until EOF or an error, like [io.Copy], and
// returns the number of bytes written. Memory stays bounded whatever the
// size of src: one read buffer and one output buffer. Findings go to
// Options.OnFinding with offsets from the start of src. An error from dst
// or src ends the copy; what was written before it is redacted.
func (r *Redactor) Copy(dst io.Writer, src io.Reader) (written int64, err error) {
	var st streamState
	buf := make([]byte, copyBufSize)
	out := make([]byte, 0, copyBufSize+copyBufSize/4)
	var ms []match
	n, eof := 0, false
	for {
		// One read per round: what has arrived is redacted and written
		// at once, so a pipe such as "kubectl logs -f | kavach" stays live.
		if !eof && n < len(buf) {
			m, rerr := src.Read(buf[n:])
			n += m
			if rerr == io.EOF {
				eof = true
			} else if rerr != nil {
				return written, rerr
			}
		}
		w := window{buf: buf[:n], hist: st.hist[:st.nhist], atEOF: eof, pieces: &st.pieces, base: st.base, csvOn: true, csv: st.csv}
		var safe int
		safe, ms = r.scanStream(&w, &st, ms[:0], 0)
		st.csv = w.csv
		out = r.render(out[:0], buf, ms, safe)
		if f := r.cfg.onFinding; f != nil {
			for i := range ms {
				f(r.finding(&ms[i], st.base))
			}
		}
		if len(out) > 0 {
			m, werr := dst.Write(out)
			written += int64(m)
			if werr != nil {
				return written, werr
			}
			if m < len(out) {
				return written, io.ErrShortWrite
			}
		}
		st.advance(buf[:safe])
		n = copy(buf, buf[safe:n])
		if eof && n == 0 {
			return written, nil
		}
		if eof && safe == 0 {
			return written, errors.New("redact: internal error: no progress at EOF")
		}
	}
}
