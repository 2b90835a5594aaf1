package wordset

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// names returns n distinct made-up names of two words, "Karisuma Velanto":
// shaped like a deny list of employee names.
func names(n int) []string {
	syl := []string{"ka", "ri", "su", "ma", "ve", "la", "nto", "pra", "dee", "sha", "an", "ji", "tho", "mu", "ne", "ya", "bho", "ksh", "vi", "ru"}
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		var b strings.Builder
		for range 3 + rng.IntN(3) {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	seen := map[string]bool{}
	out := make([]string, 0, n)
	for len(out) < n {
		w := word() + " " + word()
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// logText returns about size bytes of log lines that hold none of names.
func logText(size int) []byte {
	words := []string{"GET", "POST", "/api/v1/orders", "status=200", "latency=12ms", "user", "session", "started", "completed",
		"request_id=4bf92f3577b34da6", "service=kyc", "level=info", "cache", "miss", "retry", "payment", "gateway", "timeout",
		"Mumbai", "upstream", "order", "shipped", "warehouse", "Pune", "दिल्ली", "भुगतान", "सफल", "INFO", "WARN", "2026-11-26T17:31:42Z"}
	rng := rand.New(rand.NewPCG(3, 4))
	var b bytes.Buffer
	for b.Len() < size {
		for i := range 8 + rng.IntN(8) {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[rng.IntN(len(words))])
		}
		b.WriteByte('\n')
	}
	return b.Bytes()[:size]
}

func benchAppend(b *testing.B, n int, text []byte) {
	s, err := New(names(n), 256)
	require.NoError(b, err)
	dst := make([]Match, 0, 1024)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		dst = s.Append(dst[:0], text, 0, len(text))
	}
	b.ReportMetric(float64(len(dst)), "matches")
}

// The same 1 MiB of log text without a match, against lists of 10, 1,000
// and 100,000 names: the cost should barely move.
func BenchmarkAppend_none(b *testing.B) {
	text := logText(1 << 20)
	for _, n := range []int{10, 1000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchAppend(b, n, text) })
	}
}

// The same text with a name from the list every 200 bytes or so.
func BenchmarkAppend_many(b *testing.B) {
	base := logText(1 << 20)
	for _, n := range []int{10, 1000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			ns := names(n)
			var text []byte
			for i, line := range bytes.SplitAfter(base, []byte("\n")) {
				text = append(text, "name="...)
				text = append(text, ns[i%len(ns)]...)
				text = append(text, ' ')
				text = append(text, line...)
			}
			benchAppend(b, n, text[:1<<20])
		})
	}
}

// BenchmarkNew compiles 100,000 names; set-bytes is the memory the Set
// holds.
func BenchmarkNew(b *testing.B) {
	ws := names(100000)
	b.ReportAllocs()
	var s *Set
	for b.Loop() {
		var err error
		s, err = New(ws, 256)
		require.NoError(b, err)
	}
	b.ReportMetric(float64(s.size()), "set-bytes")
	b.ReportMetric(float64(s.States()), "states")
}

// size returns the bytes s holds.
func (s *Set) size() int {
	n := int(unsafe.Sizeof(*s))
	n += 4 * (cap(s.first) + cap(s.enext) + cap(s.fail) + cap(s.emit) + cap(s.units))
	return n + cap(s.ebyte) + 8*cap(s.term)
}

func TestNoAllocs(t *testing.T) {
	s, err := New(names(1000), 256)
	require.NoError(t, err)
	text := logText(64 << 10)
	dst := make([]Match, 0, 16)
	dst = s.Append(dst, text, 0, len(text)) // warm the pool
	require.Empty(t, dst)
	allocs := testing.AllocsPerRun(10, func() { dst = s.Append(dst[:0], text, 0, len(text)) })
	require.Zero(t, allocs)
}
