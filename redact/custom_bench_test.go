package redact_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// customPatterns returns n recognizers of the shape companies write: a
// prefix, a separator and a run of digits, with context words.
func customPatterns(n int) []redact.Recognizer {
	rs := make([]redact.Recognizer, n)
	for i := range rs {
		rs[i] = redact.Recognizer{
			Kind:     redact.Kind(fmt.Sprintf("ACME_ID_%d", i)),
			Patterns: []redact.Pattern{{Name: "id", Regex: fmt.Sprintf(`\b[A-Z]{2}%02d-\d{6,8}\b`, i), Score: 0.6}},
			Context:  []string{"customer", "policy"},
		}
	}
	return rs
}

// denyWords returns n distinct two-word names.
func denyWords(n int) []string {
	first := []string{"ravi", "anita", "suresh", "priya", "arjun", "meena", "vikram", "kavya", "rahul", "divya",
		"amit", "sneha", "rohan", "pooja", "karan", "neha", "sanjay", "lakshmi", "manoj", "geeta"}
	ws := make([]string, n)
	for i := range ws {
		ws[i] = fmt.Sprintf("%s %s%d", first[i%len(first)], "kumar", i/len(first))
	}
	return ws
}

// BenchmarkCustom reports the cost of the custom layer on the clean and
// the dense corpus (256 KiB). "empty" is a configuration with nothing of
// its own: it must run as fast as BenchmarkString_none and _many.
func BenchmarkCustom(b *testing.B) {
	configs := []struct {
		name string
		opts redact.Options
	}{
		{"empty", redact.Options{}},
		{"patterns=1", redact.Options{Recognizers: customPatterns(1)}},
		{"patterns=10", redact.Options{Recognizers: customPatterns(10)}},
		{"patterns=100", redact.Options{Recognizers: customPatterns(100)}},
		// No literal that every match holds: the regexp engine runs on
		// every line.
		{"patterns=1-noliteral", redact.Options{Recognizers: []redact.Recognizer{{Kind: "POLICY",
			Patterns: []redact.Pattern{{Regex: `\b\d{3}[A-Z]\d{7}\b`, Score: 0.6}}}}}},
		{"deny=10", redact.Options{Deny: map[redact.Kind][]string{redact.Person: denyWords(10)}}},
		{"deny=100000", redact.Options{Deny: map[redact.Kind][]string{redact.Person: denyWords(100000)}}},
		{"allow=1000", redact.Options{Allow: map[redact.Kind][]string{redact.Mobile: func() (vs []string) {
			for i := range 1000 {
				vs = append(vs, fmt.Sprintf("98%08d", i))
			}
			return vs
		}()}}},
	}
	for _, c := range configs {
		r, err := redact.New(&c.opts)
		require.NoError(b, err)
		for _, in := range []struct {
			name string
			text string
		}{{"none", none256K()}, {"many", many256K()}} {
			b.Run(c.name+"/"+in.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				for b.Loop() {
					r.String(in.text)
				}
			})
		}
	}
}
