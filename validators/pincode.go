package validators

import "github.com/kavachpii/kavach/internal/chars"

// A PIN code (Postal Index Number) is six digits given by India Post: the
// first digit is the postal zone (1–8 geographic, 9 the Army Postal
// Service), the first two the sub-zone or circle, the first three the
// sorting district. People write it whole (110001) or split 3-3 by one
// space (110 001), in any supported script.
//
// There is no zone 0, and the two-digit prefixes 10, 29, 35, 54, 55, 65, 66
// and 86–89 belong to no circle; both are never issued, so kavach answers
// ErrReserved for them (not ErrFormat): the text has the right shape.
// validator.js (isPostalCode 'IN') rejects the same prefixes.
//
// Peer disagreement, settled: validator.js rejects "110 001"; kavach
// accepts it, as India Post and people write it so. Only one ASCII space,
// after the third digit, is allowed: a hyphen or any other split is not a
// way PIN codes are written, and accepting it would match more phone and
// amount fragments.
const pinLen = 6

var (
	errPINFormat = newErr("PIN code", "only digits, with at most one space after the third", ErrFormat)
	errPINLength = newErr("PIN code", "must have 6 digits", ErrLength)
	errPINZone   = newErr("PIN code", "there is no postal zone 0", ErrReserved)
	errPINPrefix = newErr("PIN code", "unused postal circle prefix", ErrReserved)
)

// PINCode checks an Indian postal PIN code such as "110001" or "110 001".
func PINCode(s string) error {
	var buf [pinLen]byte
	n := 0
	space := false
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(s, i)
		}
		switch {
		case chars.IsDigit(c):
			if n < len(buf) {
				buf[n] = c
			}
			n++
		case c == ' ' && n == 3 && !space:
			space = true
		default:
			return errPINFormat
		}
		i += size
	}
	switch {
	case n != pinLen:
		return errPINLength
	case buf[0] == '0':
		return errPINZone
	case pinPrefixUnused(buf[0], buf[1]):
		return errPINPrefix
	}
	return nil
}

// pinPrefixUnused reports whether the two-digit prefix d0 d1 is one no
// postal circle uses.
func pinPrefixUnused(d0, d1 byte) bool {
	switch d0 {
	case '1':
		return d1 == '0'
	case '2':
		return d1 == '9'
	case '3':
		return d1 == '5'
	case '5':
		return d1 == '4' || d1 == '5'
	case '6':
		return d1 == '5' || d1 == '6'
	case '8':
		return d1 >= '6'
	}
	return false
}
