package validators

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
