package validators_test

import (
	"fmt"
	"strings"
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

func TestABHAAddress(t *testing.T) {
	runChecks(t, validators.ABHAAddress, []check{
		{"priya.sharma@abdm", nil, "a chosen address"},
		{"Priya_Sharma@ABDM", nil, "any case"},
		{"ravi1990@sbx", nil, "the sandbox domain"},
		{"ravi.k@ndhm", nil, "the mission's old name"},
		{"91123456789012@abdm", nil, "the default address: the ABHA number"},
		{"abcd@abdm", nil, "four characters, the least"},
		{"abc@abdm", validators.ErrLength, "three characters"},
		{"a234567890123456789012345678901234@abdm", validators.ErrLength, "over 32 characters"},
		{"1priya@abdm", validators.ErrFormat, "starts with a digit"},
		{".priya@abdm", validators.ErrFormat, "starts with a dot"},
		{"priya.@abdm", validators.ErrFormat, "ends with a dot"},
		{"priya-sharma@abdm", validators.ErrFormat, "a hyphen"},
		{"priya.sharma@gmail.com", validators.ErrUnknownCode, "an e-mail address"},
		{"priya@okaxis", validators.ErrUnknownCode, "a UPI address"},
		{"priya.sharma", validators.ErrFormat, "no '@'"},
		{"", validators.ErrFormat, "empty"},
	})
}

func ExampleABHAAddress() {
	fmt.Println(validators.ABHAAddress("priya.sharma@abdm"))
	fmt.Println(validators.ABHAAddress("priya.sharma@gmail.com"))
	// Output:
	// <nil>
	// validators: ABHA address: domain must be abdm, sbx or ndhm
}

// FuzzABHAAddress checks ABHAAddress against a slow reference written
// from the rules in its doc comment.
func FuzzABHAAddress(f *testing.F) {
	for _, s := range []string{"priya.sharma@abdm", "91123456789012@sbx", "1abc@abdm", "ab.@ndhm", "x@y@abdm", "\xff@abdm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		at := strings.LastIndexByte(s, '@')
		want := false
		if at >= 0 {
			user, dom := s[:at], strings.ToLower(s[at+1:])
			okDom := dom == "abdm" || dom == "sbx" || dom == "ndhm"
			okLen := len(user) >= 4 && len(user) <= 32
			digits := len(user) == 14 && strings.Trim(user, "0123456789") == ""
			shape := okLen && strings.Trim(user, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._") == "" &&
				!strings.ContainsAny(user[:1], "0123456789.") && !strings.HasSuffix(user, ".")
			want = okDom && okLen && (digits || shape)
		}
		if got := validators.ABHAAddress(s) == nil; got != want {
			t.Fatalf("ABHAAddress(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}

func BenchmarkABHAAddress(b *testing.B) {
	in := "priya.sharma@abdm"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.ABHAAddress(in)
	}
}
