package validators

import "github.com/kavachpii/kavach/internal/chars"

// Luhn reports whether digits passes the Luhn (mod 10) check used by payment
// card numbers (ISO/IEC 7812-1). digits holds nothing but digits (ASCII,
// Indian-script or fullwidth); anything else, or an empty string, gives
// false.
func Luhn(digits string) bool {
	if digits == "" {
		return false
	}
	sum, double := 0, false
	for i := len(digits); i > 0; {
		var d int
		if digits[i-1] < 0x80 {
			d = int(digits[i-1]) - '0'
			i--
		} else {
			if i < 3 {
				return false
			}
			f, size := chars.Fold(digits, i-3)
			if size != 3 || !chars.IsDigit(f) {
				return false
			}
			d = int(f - '0')
			i -= 3
		}
		if d < 0 || d > 9 {
			return false
		}
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// luhnASCII is Luhn over canonical ASCII digits.
func luhnASCII(b []byte) bool {
	sum, double := 0, false
	for i := len(b) - 1; i >= 0; i-- {
		d := int(b[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}
