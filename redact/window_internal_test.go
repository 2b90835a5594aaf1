package redact

import (
	"math/rand/v2"
	"testing"
)

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
