package validators_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/validators"
)

// check is one validator case: the input and the sentinel expected (nil for
// a valid input), with the reason the case is there.
type check struct {
	in   string
	want error
	why  string
}

func runChecks(t *testing.T, fn func(string) error, cases []check) {
	t.Helper()
	for _, c := range cases {
		err := fn(c.in)
		if c.want == nil {
			assert.NoError(t, err, "%q (%s)", c.in, c.why)
			continue
		}
		assert.ErrorIs(t, err, c.want, "%q (%s)", c.in, c.why)
	}
}

func TestAadhaar(t *testing.T) {
	runChecks(t, validators.Aadhaar, []check{
		{"234123412346", nil, "python-stdnum's sample"},
		{"2341 2341 2346", nil, "grouped 4-4-4 with spaces"},
		{"2341-2341-2346", nil, "peer disagreement: hyphens (stdnum accepts, validator.js rejects); accepted"},
		{"2341  2341 2346", nil, "peer disagreement: repeated spaces (stdnum accepts, validator.js rejects); accepted"},
		{"312345678909", nil, "Presidio's sample"},
		{"298448863364", nil, "validator.js's sample"},
		{"२३४१ २३४१ २३४६", nil, "Devanagari digits"},
		{"২৩৪১২৩৪১২৩৪৬", nil, "Bengali digits"},
		{"௨௩௪௧௨௩௪௧௨௩௪௬", nil, "Tamil digits"},
		{"２３４１２３４１２３４６", nil, "fullwidth digits"},
		{"2341 २३४१ 2346", nil, "mixed scripts still fold to one number"},
		{"234123412347", validators.ErrChecksum, "last digit changed"},
		{"324123412346", validators.ErrChecksum, "adjacent transposition"},
		{"123412341234", validators.ErrReserved, "peer disagreement: leading 1 with a valid check digit (validator.js accepts); rejected"},
		{"164302480979", validators.ErrReserved, "peer disagreement: leading 1 (validator.js accepts); rejected"},
		{"012345678901", validators.ErrReserved, "leading 0"},
		{"200784487002", validators.ErrReserved, "peer disagreement: Verhoeff-valid palindrome (validator.js accepts); rejected"},
		{"222222222222", validators.ErrReserved, "palindrome"},
		{"23412341234", validators.ErrLength, "11 digits"},
		{"2341234123467", validators.ErrLength, "13 digits"},
		{"2341234123412341", validators.ErrLength, "a VID is not an Aadhaar"},
		{"", validators.ErrLength, "empty"},
		{"2341.2341.2346", validators.ErrFormat, "dots are not separators"},
		{"2341x2341x2346", validators.ErrFormat, "letters"},
		{"XXXX XXXX 2346", validators.ErrFormat, "masked"},
		{"2341\x002341 2346", validators.ErrFormat, "NUL byte"},
		{"2341\xff2341 2346", validators.ErrFormat, "invalid UTF-8"},
	})
}

func TestVID(t *testing.T) {
	runChecks(t, validators.VID, []check{
		{"2341234123412341", nil, "python-stdnum's sample"},
		{"2341 2341 2341 2341", nil, "grouped 4-4-4-4"},
		{"2341-2341-2341-2341", nil, "hyphens"},
		{"२३४१२३४१२३४१२३४१", nil, "Devanagari digits"},
		{"2341234123412342", validators.ErrChecksum, "last digit changed"},
		{"1341234123412341", validators.ErrReserved, "leading 1"},
		{"2222222222222222", validators.ErrReserved, "palindrome"},
		{"13412341234123", validators.ErrLength, "14 digits"},
		{"234123412346", validators.ErrLength, "an Aadhaar is not a VID"},
		{"2341/2341/2341/2341", validators.ErrFormat, "slashes"},
	})
}

func TestMaskedAadhaar(t *testing.T) {
	runChecks(t, validators.MaskedAadhaar, []check{
		{"XXXX XXXX 1234", nil, "UIDAI's display form"},
		{"xxxx-xxxx-1234", nil, "lower case, hyphens"},
		{"********1234", nil, "asterisks"},
		{"XXXX XXXX १२३४", nil, "Devanagari digits"},
		{"XXXX XXXX XXXX", validators.ErrFormat, "no digits left: a template, not a masked number"},
		{"2341 2341 2346", validators.ErrFormat, "not masked at all"},
		{"XXXX 2341 2346", validators.ErrFormat, "half masked"},
		{"XXXX XXXX 123", validators.ErrLength, "three digits"},
		{"XXXX/XXXX/1234", validators.ErrFormat, "slashes"},
	})
}

func ExampleAadhaar() {
	fmt.Println(validators.Aadhaar("2341 2341 2346"))
	fmt.Println(validators.Aadhaar("२३४१ २३४१ २३४६")) // Devanagari digits
	fmt.Println(validators.Aadhaar("2341 2341 2347"))
	fmt.Println(validators.Aadhaar("1234 1234 1234"))
	// Output:
	// <nil>
	// <nil>
	// validators: Aadhaar: Verhoeff check digit mismatch
	// validators: Aadhaar: never issued starting with 0 or 1
}

func ExampleVID() {
	fmt.Println(validators.VID("2341 2341 2341 2341"))
	fmt.Println(validators.VID("2341 2341 2341 2342"))
	// Output:
	// <nil>
	// validators: VID: Verhoeff check digit mismatch
}

func ExampleMaskedAadhaar() {
	fmt.Println(validators.MaskedAadhaar("XXXX XXXX 2346"))
	fmt.Println(validators.MaskedAadhaar("2341 2341 2346") != nil)
	// Output:
	// <nil>
	// true
}

// FuzzAadhaar checks that Aadhaar never panics, agrees with a slow
// reference, and that Verhoeff rejects every single-digit change and every
// adjacent transposition of a valid number.
func FuzzAadhaar(f *testing.F) {
	for _, s := range []string{
		"234123412346",   // valid
		"2341 2341 2346", // valid, grouped
		"234123412347",   // bad check digit
		"123412341234",   // reserved first digit
		"222222222222",   // palindrome
		"२३४१२३४१२३४६",   // Devanagari
		"",               // empty
		"\xe0\xa5",       // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.Aadhaar(s)
		if err != nil {
			return
		}
		digits := asciiDigits(s)
		if len(digits) != 12 || !validators.Verhoeff(digits) || digits[0] < '2' {
			t.Fatalf("Aadhaar(%q) = nil, but digits %q are not a valid Aadhaar", s, digits)
		}
		b := []byte(digits)
		for i := range b {
			orig := b[i]
			for d := byte('0'); d <= '9'; d++ {
				if d == orig {
					continue
				}
				b[i] = d
				if validators.Verhoeff(string(b)) {
					t.Fatalf("Verhoeff accepts %q, a one-digit change of %q", b, digits)
				}
			}
			b[i] = orig
			if i+1 < len(b) && b[i] != b[i+1] {
				b[i], b[i+1] = b[i+1], b[i]
				if validators.Verhoeff(string(b)) {
					t.Fatalf("Verhoeff accepts %q, a transposition of %q", b, digits)
				}
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
	})
}

func BenchmarkAadhaar(b *testing.B) {
	for _, in := range []string{"234123412346", "2341 2341 2346", "२३४१ २३४१ २३४६", "234123412347"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Aadhaar(in)
			}
		})
	}
}

func BenchmarkVID(b *testing.B) {
	in := "2341 2341 2341 2341"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.VID(in)
	}
}

func BenchmarkMaskedAadhaar(b *testing.B) {
	in := "XXXX XXXX 2346"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.MaskedAadhaar(in)
	}
}
