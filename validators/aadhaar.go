package validators

import "github.com/kavachpii/kavach/internal/chars"

// Aadhaar numbers are issued by UIDAI: 12 digits, the last a Verhoeff check
// digit over the first 11 (Kanakia et al., "Aadhaar numbering scheme",
// UIDAI 2010). No number is issued starting with 0 or 1 (the first digit is
// an implicit version), and palindromes are never issued.
//
// Peer disagreements, settled as ../shared/oracle/FORMATS.md recommends:
//   - a leading 1 with a valid check digit (123412341234): validator.js
//     accepts it, python-stdnum and Presidio reject it; kavach rejects it
//     (ErrReserved).
//   - Verhoeff-valid palindromes (200784487002): validator.js accepts,
//     stdnum rejects; kavach rejects (ErrReserved).
//   - hyphens and repeated spaces (2341-2341-2346, "2341  2341 2346"):
//     stdnum accepts, validator.js rejects; kavach accepts them, as people
//     write them.
const (
	aadhaarLen = 12
	vidLen     = 16
)

var (
	errAadhaarLength     = newErr("Aadhaar", "must have 12 digits", ErrLength)
	errAadhaarFormat     = newErr("Aadhaar", "only digits, spaces and hyphens allowed", ErrFormat)
	errAadhaarFirstDigit = newErr("Aadhaar", "never issued starting with 0 or 1", ErrReserved)
	errAadhaarPalindrome = newErr("Aadhaar", "palindromes are never issued", ErrReserved)
	errAadhaarChecksum   = newErr("Aadhaar", "Verhoeff check digit mismatch", ErrChecksum)

	errVIDLength     = newErr("VID", "must have 16 digits", ErrLength)
	errVIDFormat     = newErr("VID", "only digits, spaces and hyphens allowed", ErrFormat)
	errVIDFirstDigit = newErr("VID", "never issued starting with 0 or 1", ErrReserved)
	errVIDPalindrome = newErr("VID", "palindromes are never issued", ErrReserved)
	errVIDChecksum   = newErr("VID", "Verhoeff check digit mismatch", ErrChecksum)

	errMaskedFormat = newErr("masked Aadhaar", "want 8 mask characters (X or *) then 4 digits", ErrFormat)
	errMaskedLength = newErr("masked Aadhaar", "want 12 characters", ErrLength)
)

// Aadhaar checks a 12-digit Aadhaar number as people write it: digits in
// any supported script, optionally grouped 4-4-4 by spaces or hyphens.
func Aadhaar(s string) error {
	var buf [aadhaarLen]byte
	n, ok := compactDigits(buf[:], s)
	switch {
	case !ok:
		return errAadhaarFormat
	case n != aadhaarLen:
		return errAadhaarLength
	case buf[0] < '2':
		return errAadhaarFirstDigit
	case isPalindrome(buf[:]):
		return errAadhaarPalindrome
	case !verhoeffASCII(buf[:]):
		return errAadhaarChecksum
	}
	return nil
}

// VID checks a 16-digit Aadhaar Virtual ID (UIDAI circular of 11 January
// 2018: the last digit is a Verhoeff check digit), written like [Aadhaar]
// and grouped 4-4-4-4. The first-digit and palindrome rules are carried
// over from Aadhaar, as python-stdnum does.
func VID(s string) error {
	var buf [vidLen]byte
	n, ok := compactDigits(buf[:], s)
	switch {
	case !ok:
		return errVIDFormat
	case n != vidLen:
		return errVIDLength
	case buf[0] < '2':
		return errVIDFirstDigit
	case isPalindrome(buf[:]):
		return errVIDPalindrome
	case !verhoeffASCII(buf[:]):
		return errVIDChecksum
	}
	return nil
}

// MaskedAadhaar returns nil when s is an Aadhaar already masked as UIDAI
// requires for display: eight mask characters (X, x or *) and the last four
// digits, as in "XXXX XXXX 1234", "xxxx-xxxx-1234" or "********1234".
// A redactor leaves such text alone; it is not PII.
func MaskedAadhaar(s string) error {
	var buf [aadhaarLen]byte
	n := 0
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		switch {
		case chars.IsDigit(c) || c == 'X' || c == 'x' || c == '*':
			if n < len(buf) {
				buf[n] = c
			}
			n++
		case c == ' ' || c == '-':
		default:
			return errMaskedFormat
		}
		i += size
	}
	if n != aadhaarLen {
		return errMaskedLength
	}
	for i, c := range buf {
		isMask := c == 'X' || c == 'x' || c == '*'
		if (i < 8) != isMask {
			return errMaskedFormat
		}
	}
	return nil
}
