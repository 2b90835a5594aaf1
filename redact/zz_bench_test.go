package redact_test

import (
	"testing"

	"github.com/kavachpii/kavach/redact"
)

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
