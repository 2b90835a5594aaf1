package validators_test

import (
	"fmt"
	"testing"

	"github.com/kavachpii/kavach/validators"
)

func TestABHA(t *testing.T) {
	runChecks(t, validators.ABHA, []check{
		{"91-1234-5678-9012", nil, "the 2-4-4-4 display form"},
		{"91123456789012", nil, "plain"},
		{"91 1234 5678 9012", nil, "spaces"},
		{"14-1234-5678-9012", nil, "no leading-digit rule is published: any first digits"},
		{"00-0000-0000-0000", nil, "no checksum is published: any 14 digits"},
		{"9112-3456-7890-12", nil, "separators out of place: skipped, like every kavach validator (the scanner decides the shape)"},
		{"९१-१२३४-५६७८-९०१२", nil, "Devanagari digits"},
		{"９１-１２３４-５６７８-９０１２", nil, "fullwidth digits"},
		{"91-1234-5678-901", validators.ErrLength, "13 digits"},
		{"91-1234-5678-90123", validators.ErrLength, "15 digits"},
		{"234123412346", validators.ErrLength, "an Aadhaar is not an ABHA number"},
		{"", validators.ErrLength, "empty"},
		{"91.1234.5678.9012", validators.ErrFormat, "dots are not separators"},
		{"91/1234/5678/9012", validators.ErrFormat, "slashes"},
		{"name@abdm", validators.ErrFormat, "an ABHA address is not an ABHA number"},
		{"91-1234-5678-90l2", validators.ErrFormat, "letter l for digit 1"},
		{"91123456789012\xff", validators.ErrFormat, "invalid UTF-8"},
	})
}

func ExampleABHA() {
	fmt.Println(validators.ABHA("91-1234-5678-9012"))
	fmt.Println(validators.ABHA("91123456789012"))
	fmt.Println(validators.ABHA("91-1234-5678-901"))
	// Output:
	// <nil>
	// <nil>
	// validators: ABHA: must have 14 digits
}

// FuzzABHA checks that ABHA never panics and agrees with the slow
// reference: 14 digits once separators are dropped.
func FuzzABHA(f *testing.F) {
	for _, s := range []string{
		"91-1234-5678-9012", // valid
		"91123456789012",    // valid, plain
		"९१-१२३४-५६७८-९०१२", // Devanagari
		"91-1234-5678-901",  // short
		"91.1234.5678.9012", // dots
		"",                  // empty
		"\xe0\xa5",          // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, ok := separatedDigits(s)
		want := ok && len(digits) == 14
		if got := validators.ABHA(s) == nil; got != want {
			t.Fatalf("ABHA(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}

func BenchmarkABHA(b *testing.B) {
	for _, in := range []string{"91123456789012", "91-1234-5678-9012", "९१-१२३४-५६७८-९०१२"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.ABHA(in)
			}
		})
	}
}
