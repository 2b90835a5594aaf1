//go:generate go run gen_upi.go

package validators

import (
	"strings"

	"github.com/kavachpii/kavach/internal/chars"
)

// A UPI virtual payment address (VPA) is local@handle: the local part the
// customer chose, often a mobile number (9876543210@ybl), and the handle of
// the payment service provider. NPCI publishes no grammar; kavach uses the
// one in ../shared/oracle/upi_handles.json (vpa_syntax), anchored:
//
//	[a-zA-Z0-9][a-zA-Z0-9._-]{1,255}@[a-zA-Z][a-zA-Z0-9]{1,63}
//
// A handle never holds a dot; a dot after '@' makes an e-mail address
// (name@gmail.com), which [UPI] rejects with ErrFormat. A handle that is
// not in kavach's table is still accepted: providers add handles faster
// than any list follows (the @paytm handle split into four in 2024), so
// [UPIKnownHandle] is a confidence signal, not a rule.
//
// VPAs are case-insensitive. Digits and letters may also be fullwidth, and
// digits in any supported script (see [chars.Fold]): no payment app takes
// them, but a mobile number written so in text is still the same PII.
const (
	upiLocalMin  = 2
	upiLocalMax  = 256
	upiHandleMin = 2
	upiHandleMax = 64
)

var (
	errUPINoAt         = newErr("UPI", "want local@handle", ErrFormat)
	errUPILocalFormat  = newErr("UPI", "local part: letters, digits, '.', '_' and '-', starting with a letter or digit", ErrFormat)
	errUPIHandleFormat = newErr("UPI", "handle: letters and digits, starting with a letter", ErrFormat)
	errUPIEmail        = newErr("UPI", "handle has a dot: an e-mail address, not a VPA", ErrFormat)
	errUPILocalLength  = newErr("UPI", "local part must have 2 to 256 characters", ErrLength)
	errUPIHandleLength = newErr("UPI", "handle must have 2 to 64 characters", ErrLength)
)

// UPI checks a UPI virtual payment address such as "9876543210@ybl" or
// "asha.k@okicici". The handle need not be a known one; see [UPIKnownHandle].
func UPI(s string) error {
	at := strings.IndexByte(s, '@')
	if at < 0 {
		return errUPINoAt
	}
	local, handle := s[:at], s[at+1:]
	if strings.IndexByte(handle, '.') >= 0 {
		return errUPIEmail
	}
	n := 0
	for i := 0; i < len(local); {
		c, size := local[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(local, i)
		}
		if !chars.IsAlnum(c) && (n == 0 || c != '.' && c != '_' && c != '-') {
			return errUPILocalFormat
		}
		n++
		i += size
	}
	m := 0
	for i := 0; i < len(handle); {
		c, size := handle[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(handle, i)
		}
		if !chars.IsUpper(c) && !chars.IsLower(c) && (m == 0 || !chars.IsDigit(c)) {
			return errUPIHandleFormat // a second '@' lands here too
		}
		m++
		i += size
	}
	switch {
	case n < upiLocalMin || n > upiLocalMax:
		return errUPILocalLength
	case m < upiHandleMin || m > upiHandleMax:
		return errUPIHandleLength
	}
	return nil
}

// UPIKnownHandle reports whether handle, the part of a VPA after '@' in any
// case, is one kavach knows (ybl, okaxis, paytm, sbi…), from the table in
// upi_table.go. A redactor can raise its score for such a VPA.
func UPIKnownHandle(handle string) bool {
	var buf [upiHandleMax]byte
	n := 0
	for i := 0; i < len(handle); {
		c, size := handle[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(handle, i)
		}
		if n == len(buf) || !chars.IsAlnum(c) {
			return false
		}
		buf[n] = c | 0x20 // lower case; digits already have the bit
		n++
		i += size
	}
	key := buf[:n]
	lo, hi := 0, len(upiHandles)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case upiHandles[m] == string(key):
			return true
		case upiHandles[m] < string(key):
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}
