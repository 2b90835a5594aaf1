package validators

import (
	"strings"

	"github.com/kavachpii/kavach/internal/chars"
)

// The ABHA number (Ayushman Bharat Health Account, formerly the Health ID)
// is issued by the National Health Authority under the Ayushman Bharat
// Digital Mission: 14 digits, displayed 2-4-4-4 as in "91-1234-5678-9012".
//
// What kavach does not check, and why:
//   - no check digit: ABDM publishes none, so any 14 digits pass.
//   - no leading-digit rule: numbers seen in ABDM samples often start
//     with 91, but no published rule restricts the first digits, so
//     restricting them would risk missing real numbers.
//   - separator positions: spaces and hyphens are skipped wherever they
//     stand (as for every kavach validator), so "9112-3456-7890-12" passes
//     too; the scanner, not the validator, decides what text to try.
//
// Any 14-digit number passes (a CoWIN reference ID, a GST ARN), so a
// redactor should require context before it trusts a bare ABHA match.
const abhaLen = 14

var (
	errABHALength = newErr("ABHA", "must have 14 digits", ErrLength)
	errABHAFormat = newErr("ABHA", "only digits, spaces and hyphens allowed", ErrFormat)
)

// ABHA checks a 14-digit ABHA number as people write it: digits in any
// supported script, plain or grouped 2-4-4-4 with hyphens or spaces.
func ABHA(s string) error {
	var buf [abhaLen]byte
	n, ok := compactDigits(buf[:], s)
	switch {
	case !ok:
		return errABHAFormat
	case n != abhaLen:
		return errABHALength
	}
	return nil
}

// An ABHA address is the health ID's login name: user@abdm in production,
// user@sbx in ABDM's sandbox and user@ndhm in records made before the
// mission was renamed. ABDM's SDK allows letters, digits, '.' and '_' in
// the user part, at least 4 of them, not starting with a digit or a dot
// nor ending with a dot; the address ABDM creates by default is the
// 14-digit ABHA number itself ("91123456789012@abdm"), which kavach also
// accepts. kavach caps the user part at 32 characters, as ABDM's apps do.
const (
	abhaUserMin = 4
	abhaUserMax = 32
)

var (
	errABHAAddrNoAt   = newErr("ABHA address", "want user@abdm, user@sbx or user@ndhm", ErrFormat)
	errABHAAddrDomain = newErr("ABHA address", "domain must be abdm, sbx or ndhm", ErrUnknownCode)
	errABHAAddrUser   = newErr("ABHA address", "user: letters, digits, '.' and '_', not starting with a digit or '.', not ending with '.'", ErrFormat)
	errABHAAddrLength = newErr("ABHA address", "user must have 4 to 32 characters", ErrLength)
)

// ABHAAddress checks an ABHA address such as "priya.sharma@abdm", in any
// case.
func ABHAAddress(s string) error {
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return errABHAAddrNoAt
	}
	user, domain := s[:at], s[at+1:]
	if !isABHADomain(domain) {
		return errABHAAddrDomain
	}
	if len(user) < abhaUserMin || len(user) > abhaUserMax {
		return errABHAAddrLength
	}
	if ABHA(user) == nil && len(user) == abhaLen {
		return nil // the default address: the ABHA number
	}
	for i := 0; i < len(user); i++ {
		c := user[i]
		switch {
		case chars.IsUpper(c) || chars.IsLower(c):
		case chars.IsDigit(c) || c == '.':
			if i == 0 {
				return errABHAAddrUser
			}
		case c == '_':
		default:
			return errABHAAddrUser
		}
	}
	if user[len(user)-1] == '.' {
		return errABHAAddrUser
	}
	return nil
}

func isABHADomain(d string) bool {
	var b [4]byte
	if len(d) < 3 || len(d) > 4 {
		return false
	}
	for i := 0; i < len(d); i++ {
		b[i] = d[i] | 0x20
	}
	switch string(b[:len(d)]) {
	case "abdm", "sbx", "ndhm":
		return true
	}
	return false
}
