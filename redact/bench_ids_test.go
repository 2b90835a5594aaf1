package redact_test

import (
	"testing"

	"github.com/kavachpii/kavach/redact"
)

// BenchmarkIDsOnly_none is BenchmarkBytes_none with names and addresses
// switched off: what the identifier kinds alone cost on clean text, the
// measure of issue 4's targets for a scanner of identifiers only.
func BenchmarkIDsOnly_none(b *testing.B) {
	var ks []redact.Kind
	for _, k := range redact.Kinds() {
		if k != redact.Person && k != redact.Location {
			ks = append(ks, k)
		}
	}
	r, err := redact.New(&redact.Options{Kinds: ks})
	if err != nil {
		b.Fatal(err)
	}
	text := none4M()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r.Bytes(text)
	}
}
