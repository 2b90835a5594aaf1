package validators

import "github.com/kavachpii/kavach/internal/chars"

// Verhoeff's dihedral-group tables (J. Verhoeff, "Error Detecting Decimal
// Codes", 1969). UIDAI uses the scheme for the last digit of an Aadhaar and
// of a Virtual ID; it catches every single-digit error and every adjacent
// transposition.
var (
	verhoeffD = [10][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
		{5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
		{7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	verhoeffP = [8][10]uint8{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
		{4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
		{7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
	verhoeffInv = [10]uint8{0, 4, 3, 2, 1, 5, 6, 7, 8, 9}
)

// verhoeffStep[pos][c][d] is verhoeffD[c][verhoeffP[pos][d]]: one lookup
// per digit on the hot path.
var verhoeffStep = func() (t [8][10][10]uint8) {
	for pos := range t {
		for c := range t[pos] {
			for d := range t[pos][c] {
				t[pos][c][d] = verhoeffD[c][verhoeffP[pos][d]]
			}
		}
	}
	return t
}()

var (
	errVerhoeffEmpty  = newErr("Verhoeff", "empty payload", ErrLength)
	errVerhoeffFormat = newErr("Verhoeff", "payload must be digits only", ErrFormat)
)

// Verhoeff reports whether digits, whose last digit is a Verhoeff check
// digit, is valid. digits holds nothing but digits (ASCII, Indian-script or
// fullwidth); anything else, or an empty string, gives false.
func Verhoeff(digits string) bool {
	c, ok := verhoeffSum(digits, 0)
	return ok && c == 0
}

// VerhoeffDigit returns the ASCII check digit that makes payload valid
// under [Verhoeff].
func VerhoeffDigit(payload string) (byte, error) {
	if payload == "" {
		return 0, errVerhoeffEmpty
	}
	c, ok := verhoeffSum(payload, 1)
	if !ok {
		return 0, errVerhoeffFormat
	}
	return '0' + verhoeffInv[c], nil
}

// verhoeffSum runs the Verhoeff recurrence over s from its last digit,
// starting at position offset (0 to validate, 1 to compute a check digit).
func verhoeffSum(s string, offset int) (c uint8, ok bool) {
	if s == "" {
		return 0, false
	}
	pos := offset
	for i := len(s); i > 0; pos++ {
		// Step back over one character: ASCII is the common case.
		var d byte
		if s[i-1] < 0x80 {
			d = s[i-1] - '0'
			i--
		} else {
			if i < 3 {
				return 0, false
			}
			f, size := chars.Fold(s, i-3)
			if size != 3 || !chars.IsDigit(f) {
				return 0, false
			}
			d = f - '0'
			i -= 3
		}
		if d > 9 {
			return 0, false
		}
		c = verhoeffStep[pos&7][c][d]
	}
	return c, true
}

// verhoeffASCII is the check over canonical ASCII digits, for the
// validators that have already compacted their input.
func verhoeffASCII(b []byte) bool {
	var c uint8
	for i := range b {
		c = verhoeffStep[i&7][c][(b[len(b)-1-i]-'0')%10]
	}
	return c == 0
}
