package redact_test

import (
	"testing"

	"github.com/kavachpii/kavach/redact"
)

// idsOnly returns a Redactor of the identifier kinds alone, names and
// addresses switched off: the kinds issue 4 lists, whose targets these
// benchmarks measure for a scanner of identifiers only.
func idsOnly(b *testing.B) *redact.Redactor {
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
	return r
}

// BenchmarkIDsOnly_none is BenchmarkBytes_none with names and addresses
// switched off: what the identifier kinds alone cost on clean text.
func BenchmarkIDsOnly_none(b *testing.B) { benchBytesWith(b, idsOnly(b), none4M()) }

// BenchmarkIDsOnly_many is BenchmarkBytes_many for the identifier kinds
// alone.
func BenchmarkIDsOnly_many(b *testing.B) { benchBytesWith(b, idsOnly(b), many4M()) }

// BenchmarkIDsOnlyCopy_none is BenchmarkCopy_none for the identifier
// kinds alone: the stream's cost beside Bytes'.
func BenchmarkIDsOnlyCopy_none(b *testing.B) { benchCopyWith(b, idsOnly(b), none4M()) }
