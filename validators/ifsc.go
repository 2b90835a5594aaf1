//go:generate go run gen_ifsc.go

package validators

import "github.com/kavachpii/kavach/internal/chars"

// An IFSC (Indian Financial System Code) names one bank branch for NEFT,
// RTGS and IMPS: 11 characters, a 4-letter bank code, a 0 that the RBI
// reserves for future use, then a 6-character branch code of letters and
// digits, as in SBIN0001234 (RBI, NEFT procedural guidelines).
//
// kavach checks the shape and that the bank code is one of the codes in
// razorpay/ifsc's banknames.json (see ifsc_table.go). It does not bundle the
// RBI's branch list (182,295 IFSCs), so an IFSC whose bank exists but whose
// branch does not, such as PUNB0000000 or the withdrawn codes of the State
// Bank of India's former associate banks (SBBJ, SBHY, SBMY, SBTR, STBP), is
// accepted: a redactor must still hide it, and old documents carry them.
//
// Letters may be written in lower or mixed case: razorpay/ifsc upper-cases
// both parts before its lookup, and people type IFSCs so in forms and URLs.
// Digits may be in any supported script or fullwidth (see [chars.Fold]);
// no separator is allowed, as an IFSC is always written as one word.
const (
	ifscLen     = 11
	ifscBankLen = 4
)

var (
	errIFSCFormat  = newErr("IFSC", "only letters and digits allowed", ErrFormat)
	errIFSCLength  = newErr("IFSC", "must have 11 characters", ErrLength)
	errIFSCBank    = newErr("IFSC", "first four characters must be letters", ErrFormat)
	errIFSCFifth   = newErr("IFSC", "fifth character must be 0 (reserved by RBI)", ErrFormat)
	errIFSCUnknown = newErr("IFSC", "unknown bank code", ErrUnknownCode)
)

// IFSC checks an Indian Financial System Code such as SBIN0001234: four
// letters naming a known bank, a 0, then six letters or digits. It does not
// check that the branch exists.
func IFSC(s string) error {
	var buf [ifscLen]byte
	n := 0
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(s, i)
		}
		if !chars.IsAlnum(c) {
			return errIFSCFormat
		}
		if n < len(buf) {
			buf[n] = chars.Upper(c)
		}
		n++
		i += size
	}
	switch {
	case n != ifscLen:
		return errIFSCLength
	case !allUpper(buf[:ifscBankLen]):
		return errIFSCBank
	case buf[ifscBankLen] != '0':
		return errIFSCFifth
	case !ifscBankKnown(buf[:ifscBankLen]):
		return errIFSCUnknown
	}
	return nil
}

// IFSCBankKnown reports whether code, four letters in any case, is a known
// IFSC bank code, such as "SBIN" or "hdfc". It lets a caller tell a real
// bank's IFSC from an 11-character token that only has the right shape.
func IFSCBankKnown(code string) bool {
	var buf [ifscBankLen]byte
	n := 0
	for i := 0; i < len(code); {
		c, size := code[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(code, i)
		}
		if n == len(buf) || !chars.IsUpper(chars.Upper(c)) {
			return false
		}
		buf[n] = chars.Upper(c)
		n++
		i += size
	}
	return n == len(buf) && ifscBankKnown(buf[:])
}

// ifscBankKnown binary-searches the sorted table for an upper-case code,
// comparing codes as big-endian uint32s, which sort as the strings do.
func ifscBankKnown(code []byte) bool {
	key := be32(code[0], code[1], code[2], code[3])
	lo, hi := 0, ifscBankCount
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		e := ifscBankCodes[4*m : 4*m+4]
		entry := be32(e[0], e[1], e[2], e[3])
		switch {
		case entry == key:
			return true
		case entry < key:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// be32 packs four bytes big-endian, so that integer order is byte order.
func be32(a, b, c, d byte) uint32 {
	return uint32(a)<<24 | uint32(b)<<16 | uint32(c)<<8 | uint32(d)
}
