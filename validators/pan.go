package validators

import "github.com/kavachpii/kavach/internal/chars"

// A PAN (Permanent Account Number) is issued by the Income Tax Department
// under section 139A of the Income-tax Act, 1961: ten characters shaped
// AAAHA9999A. The first three letters are an alphabetic series, the fourth
// names the holder type (see [PANHolder]), the fifth is the initial of the
// holder's surname (individuals) or name (others), then a four-digit serial
// running from 0001 to 9999, then a letter.
//
// The last letter is a check character, but its algorithm has never been
// published, and the formulas that circulate online fail on real PANs (two
// of them, tried on python-stdnum's five sample PANs, got 0 and 2 right).
// So PAN checks the shape, the holder type and the serial only, as
// python-stdnum does, and any final letter passes: no check-letter
// algorithm is invented here.
//
// Decisions, where the issuing rule is silent or the peers disagree:
//   - the legacy holder type K ("Krish", an old trust code kept by
//     python-stdnum) is accepted; validator.js rejects it.
//   - lower case is accepted ("acupa7085r"): people type PANs in lower case
//     in forms. python-stdnum upper-cases too; validator.js does not.
//   - spaces and hyphens are skipped anywhere ("ACUPA 7085 R",
//     "ACUPA-7085-R"), as python-stdnum does; fullwidth letters and digits
//     and Indian-script digits fold to ASCII, as in every validator here.
//   - ABCDE1234F, the placeholder printed on forms, is rejected: its fourth
//     letter D is no holder type (validator.js agrees; Presidio accepts it).
const panLen = 10

var (
	errPANFormat = newErr("PAN", "only letters, digits, spaces and hyphens allowed", ErrFormat)
	errPANLength = newErr("PAN", "must have 10 characters", ErrLength)
	errPANShape  = newErr("PAN", "want 5 letters, 4 digits, then a letter", ErrFormat)
	errPANHolder = newErr("PAN", "unknown holder type (4th letter)", ErrUnknownCode)
	errPANSerial = newErr("PAN", "serial 0000 is never issued", ErrReserved)
)

// panHolders names the holder type of each fourth letter (Income Tax
// Department, https://incometaxindia.gov.in/tutorials/1.permanent%20account%20number%20(pan).pdf;
// K as python-stdnum keeps it); "" marks a letter that is no holder type.
// Indexed by letter - 'A'.
var panHolders = [26]string{
	'A' - 'A': "AOP",
	'B' - 'A': "BOI",
	'C' - 'A': "Company",
	'F' - 'A': "Firm/LLP",
	'G' - 'A': "Government",
	'H' - 'A': "HUF",
	'J' - 'A': "Artificial juridical person",
	'K' - 'A': "Krish (legacy)",
	'L' - 'A': "Local authority",
	'P' - 'A': "Individual",
	'T' - 'A': "Trust",
}

// PANHolder names the holder type a PAN's fourth letter c stands for:
// "Individual" (P), "Company" (C), "HUF" (H), "Firm/LLP" (F), "AOP" (A,
// association of persons), "Trust" (T), "BOI" (B, body of individuals),
// "Local authority" (L), "Artificial juridical person" (J), "Government"
// (G), or "Krish (legacy)" for the legacy K. It returns "" for any other
// byte. Lower-case letters are accepted, as [PAN] accepts them.
func PANHolder(c byte) string {
	c = chars.Upper(c)
	if !chars.IsUpper(c) {
		return ""
	}
	return panHolders[c-'A']
}

// PAN checks a Permanent Account Number as people write it: upper or lower
// case, optionally split by spaces or hyphens. It returns an error wrapping
// ErrLength, ErrFormat, ErrUnknownCode (holder type) or ErrReserved (serial
// 0000); it never returns ErrChecksum, since the check letter's algorithm is
// not published. The legacy holder type K is accepted.
func PAN(s string) error {
	var buf [panLen]byte
	n, ok := compact(buf[:], s, true)
	switch {
	case !ok:
		return errPANFormat
	case n != panLen:
		return errPANLength
	}
	switch panProblem(buf[:]) {
	case panBadShape:
		return errPANShape
	case panBadHolder:
		return errPANHolder
	case panBadSerial:
		return errPANSerial
	}
	return nil
}

// What is wrong with a PAN body; shared with [GSTIN], whose characters
// 3–12 are the holder's PAN.
const (
	panOK = iota
	panBadShape
	panBadHolder
	panBadSerial
)

// panProblem checks the ten upper-case ASCII characters of a PAN in b.
func panProblem(b []byte) int {
	if !allUpper(b[:5]) || !allDigits(b[5:9]) || !chars.IsUpper(b[9]) {
		return panBadShape
	}
	if panHolders[b[3]-'A'] == "" {
		return panBadHolder
	}
	if b[5] == '0' && b[6] == '0' && b[7] == '0' && b[8] == '0' {
		return panBadSerial
	}
	return panOK
}
