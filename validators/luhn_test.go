package validators_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/validators"
)

// refLuhnChecksum is a slow reference for the Luhn sum, written the way
// ISO/IEC 7812-1 annex B describes it rather than as luhn.go does: from
// the right, every second digit is doubled and the digits of the product
// (not product-9) are added. It is python-stdnum's luhn.checksum for the
// decimal alphabet.
func refLuhnChecksum(digits string) int {
	sum := 0
	for i := 0; i < len(digits); i++ {
		d := int(digits[len(digits)-1-i] - '0')
		if i%2 == 1 {
			p := 2 * d
			d = p/10 + p%10
		}
		sum += d
	}
	return sum % 10
}

// refLuhn reports whether s, digits in any script, passes Luhn.
func refLuhn(s string) bool {
	digits, ok := foldedDigits(s)
	return ok && refLuhnChecksum(digits) == 0
}

// refLuhnDigit returns the check digit that makes payload pass Luhn, by
// trying all ten: obviously right, if slow.
func refLuhnDigit(payload string) (byte, bool) {
	digits, ok := foldedDigits(payload)
	if !ok {
		return 0, false
	}
	for d := byte('0'); d <= '9'; d++ {
		if refLuhnChecksum(digits+string(d)) == 0 {
			return d, true
		}
	}
	panic("no Luhn check digit for " + payload)
}

func TestLuhn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		why  string
	}{
		{"79927398713", true, "Wikipedia's worked example"},
		{"79927398710", false, "Wikipedia's example with a wrong check digit"},
		{"49927398716", true, "python-stdnum"},
		{"49927398717", false, "last digit changed"},
		{"4111111111111111", true, "the well-known Visa test number"},
		{"4111111111111112", false, "last digit changed"},
		{"18", true, "doubling 1 gives 2: 2+8 = 10"},
		{"59", true, "doubling 5 gives 10, whose digits add to 1: 1+9 = 10"},
		{"0", true, "a lone 0: sum 0"},
		{"0000", true, "all zeros: Luhn cannot tell them from a number"},
		{"७९९२७३९८७१३", true, "Devanagari digits"},
		{"௭௯௯௨௭௩௯௮௭௧௩", true, "Tamil digits"},
		{"７９９２７３９８７１３", true, "fullwidth digits"},
		{"", false, "empty"},
		{"4111 1111 1111 1111", false, "spaces: Luhn takes digits only (Card skips them)"},
		{"4111-1111-1111-1111", false, "hyphens"},
		{"7992739871x", false, "a letter"},
		{"79927398713\x00", false, "NUL byte"},
		{"7992739871\xe0\xa5", false, "truncated UTF-8"},
		{"\xa5\xa9", false, "stray continuation bytes"},
	} {
		assert.Equal(t, c.want, validators.Luhn(c.in), "Luhn(%q) (%s)", c.in, c.why)
	}
}

func ExampleLuhn() {
	fmt.Println(validators.Luhn("79927398713"))
	fmt.Println(validators.Luhn("७९९२७३९८७१३")) // Devanagari digits
	fmt.Println(validators.Luhn("79927398710"))
	fmt.Println(validators.Luhn("4111 1111 1111 1111")) // digits only
	// Output:
	// true
	// true
	// false
	// false
}

// FuzzLuhn checks that Luhn never panics, agrees with the slow reference,
// and that the reference's check digit, appended, always passes; and that
// Luhn catches every single-digit change of a passing number.
func FuzzLuhn(f *testing.F) {
	for _, s := range []string{
		"79927398713",         // valid
		"79927398710",         // bad check digit
		"4111111111111111",    // a card number
		"59",                  // doubling overflows 9
		"७९९२७३९८७१३",         // Devanagari
		"4111 1111 1111 1111", // separators
		"",                    // empty
		"\xe0\xa5",            // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validators.Luhn(s), refLuhn(s); got != want {
			t.Fatalf("Luhn(%q) = %v, reference says %v", s, got, want)
		}
		d, ok := refLuhnDigit(s)
		if !ok {
			return
		}
		full := s + string(d)
		if !validators.Luhn(full) {
			t.Fatalf("Luhn(%q + %q) = false", s, d)
		}
		digits, _ := foldedDigits(full)
		b := []byte(digits)
		for i := range b {
			orig := b[i]
			for x := byte('0'); x <= '9'; x++ {
				if x != orig {
					b[i] = x
					if validators.Luhn(string(b)) {
						t.Fatalf("Luhn accepts %q, a one-digit change of %q", b, digits)
					}
				}
			}
			b[i] = orig
		}
	})
}

func BenchmarkLuhn(b *testing.B) {
	for _, in := range []string{"4111111111111111", "79927398713", "७९९२७३९८७१३"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Luhn(in)
			}
		})
	}
}

// TestLuhnExhaustive compares Luhn with the reference on every string of
// up to five digits.
func TestLuhnExhaustive(t *testing.T) {
	forAllDigitStrings(5, func(s string) {
		if got, want := validators.Luhn(s), refLuhn(s); got != want {
			t.Fatalf("Luhn(%q) = %v, reference says %v", s, got, want)
		}
	})
}
