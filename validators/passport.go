package validators

import "github.com/kavachpii/kavach/internal/chars"

// Indian passport numbers are issued by the Ministry of External Affairs:
// one letter (the series) followed by seven digits, such as "J8369854".
// The number itself carries no check digit; the machine-readable zone
// (MRZ) of the passport adds one, computed as ICAO Doc 9303 part 3
// prescribes (see [PassportMRZCheck]).
//
// Decisions, where peers disagree or say nothing:
//   - a hyphen after the letter (A-1234567) is accepted, as validator.js
//     does; like every kavach validator, spaces and hyphens anywhere are
//     skipped, so "A 123 4567" is accepted too (validator.js strips all
//     white space as well).
//   - lower-case letters are accepted (validator.js upper-cases its input;
//     people type "j8369854"), since a redactor must find what people
//     write.
//   - Presidio's rule that the first and last digits are never 0
//     (`[A-Z][1-9]\d\s?\d{4}[1-9]`) is a folk rule contradicted by
//     validator.js's sample X0019390: kavach does not reproduce it.
//   - the folk rule that Q, X and Z are never used as the series letter is
//     contradicted by the same sample: every letter is accepted.
const passportLen = 8

var (
	errPassportLength = newErr("passport", "must be one letter and 7 digits", ErrLength)
	errPassportFormat = newErr("passport", "must be one letter and 7 digits", ErrFormat)
)

// Passport checks an Indian passport number as people write it: a letter
// in either case, then seven digits in any supported script, optionally
// separated by a hyphen or spaces ("J8369854", "j-8369854").
func Passport(s string) error {
	var buf [passportLen]byte
	n, ok := compact(buf[:], s, true)
	switch {
	case !ok:
		return errPassportFormat
	case n != passportLen:
		return errPassportLength
	case !chars.IsUpper(buf[0]) || !allDigits(buf[1:]):
		return errPassportFormat
	}
	return nil
}

// icaoWeight[i%3] is the ICAO 9303 weight of the character at position i.
var icaoWeight = [3]uint8{7, 3, 1}

// PassportMRZCheck reports whether check, an ASCII digit, is the ICAO Doc
// 9303 check digit of field, a field of a machine-readable zone such as
// the document number "J8369854<" (the passport number padded with the
// filler '<' to nine characters). Each character is valued 0–9 for
// digits, 10–35 for A–Z and 0 for '<', multiplied by the weights 7, 3, 1
// repeating, and the check digit is the sum modulo 10. The MRZ is written
// in upper case only, so any other character, like a check that is not a
// digit, gives false. An empty field has check digit 0.
func PassportMRZCheck(field string, check byte) bool {
	if !chars.IsDigit(check) {
		return false
	}
	sum, w := 0, 0
	for i := 0; i < len(field); i++ {
		c := field[i]
		var v int
		switch {
		case chars.IsDigit(c):
			v = int(c - '0')
		case chars.IsUpper(c):
			v = int(c-'A') + 10
		case c == '<':
		default:
			return false
		}
		sum += v * int(icaoWeight[w])
		if w++; w == 3 {
			w = 0
		}
	}
	return sum%10 == int(check-'0')
}
