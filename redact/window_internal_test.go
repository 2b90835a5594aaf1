package redact

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestLastLineBreak checks the word-at-a-time search against the
// standard library's, with a line break at every place and the bytes
// that differ from it by one bit (0x0b, 0x8a) or carry a borrow around it.
func TestLastLineBreak(t *testing.T) {
	for n := range 40 {
		for _, fill := range []byte{'a', 0x0b, 0x8a, 0x09, 0x00, 0xff} {
			b := bytes.Repeat([]byte{fill}, n)
			check := func() {
				t.Helper()
				if got, want := lastLineBreak(b), bytes.LastIndexByte(b, '\n'); got != want {
					t.Fatalf("lastLineBreak(%q) = %d, want %d", b, got, want)
				}
			}
			check()
			for k := range n {
				b[k] = '\n'
				check()
				for j := k + 1; j < n; j++ {
					b[j] = '\n'
					check()
					b[j] = fill
				}
				b[k] = fill
			}
		}
	}
}

func FuzzLastLineBreak(f *testing.F) {
	f.Add([]byte("ab\ncd efgh ijkl\x0bmnop"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := lastLineBreak(b), bytes.LastIndexByte(b, '\n'); got != want {
			t.Fatalf("lastLineBreak(%q) = %d, want %d", b, got, want)
		}
	})
}

// TestLineStartMatchesLoop checks lineStartWithin against the byte-at-a-time
// loop it stands for, over histories and buffers with line breaks
// anywhere, every start and every limit.
func TestLineStartMatchesLoop(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ab \n")
	fill := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return b
	}
	for range 300 {
		w := &window{hist: fill(rng.IntN(12)), buf: fill(rng.IntN(12)), atEOF: rng.IntN(2) == 0}
		for from := -len(w.hist) - 2; from <= len(w.buf)+2; from++ {
			for limit := 0; limit < 30; limit++ {
				want := from
				for ; from-want <= limit && w.byteAt(want-1) >= 0 && w.byteAt(want-1) != '\n'; want-- {
				}
				wantShort := w.short
				w.short = false
				if got := w.lineStartWithin(from, limit); got != want || w.short != wantShort {
					t.Fatalf("hist %q buf %q: lineStartWithin(%d, %d) = %d (short %v), want %d (short %v)", w.hist, w.buf, from, limit, got, w.short, want, wantShort)
				}
				w.short = false
			}
		}
	}
}

// TestCopyOut checks that copyOut joins the history's bytes to buf's.
func TestCopyOut(t *testing.T) {
	w := &window{hist: []byte("abc"), buf: []byte("def")}
	var dst [8]byte
	for s := -3; s <= 3; s++ {
		for e := s; e <= 3; e++ {
			n := w.copyOut(dst[:], s, e)
			if got, want := string(dst[:n]), "abcdef"[s+3:e+3]; got != want {
				t.Errorf("copyOut(%d, %d) = %q, want %q", s, e, got, want)
			}
		}
	}
}

// TestCLFStampEnd checks the access log's time stamp that the main loop
// passes over in one step, and the look-alikes it must leave to it.
func TestCLFStampEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int // the end, or 0 for none
	}{
		{"[15/Nov/2026:00:41:14 +0530] \"GET /\"", 28},
		{"[01/Jan/1990:23:59:59 -0800]", 28},
		{"[15/Nov/2026:00:41:14 +0530", 0},  // cut: the main loop reads it
		{"[15/Xyz/2026:00:41:14 +0530]", 0}, // no month
		{"[15/Nov/2026 00:41:14 +0530]", 0}, // a space for the colon
		{"[98765/43210:00:41:14 +0530]", 0}, // digits where the month stands
		{"[15/Nov/2026:00:41:14 Z0530]", 0}, // no zone's sign
		{"[at] gmail [dot] com and more text", 0},
	} {
		got := clfStampEnd([]byte(tt.in), 0)
		if got != tt.want {
			t.Errorf("clfStampEnd(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
