//go:generate go run gen_mobile.go

package validators

import "github.com/kavachpii/kavach/internal/chars"

// Indian mobile numbers follow the National Numbering Plan: a 10-digit
// national significant number, dialled at home after an optional trunk
// prefix 0 and from abroad after the country code 91. Which 10-digit
// numbers are mobile is a fact of the plan, encoded here from
// libphonenumber's metadata for India (the <mobile><nationalNumberPattern>
// of territory IN in ../shared/oracle/libphonenumber_IN_metadata.xml):
// gen_mobile.go turns that pattern into mobilePrefixes, a bitmap over the
// first five digits, after checking that the pattern never constrains more.
//
// Decisions, and the peer disagreements they settle:
//   - Numbers the plan gives to landlines are rejected even when they start
//     with 6–9, as libphonenumber rejects them: Bengaluru's 8045678901,
//     Patna's 6122345678, Nagpur's 7122345678 (validator.js accepts all
//     three, its regex being ^(\+?91|0)?[6789]\d{9}$). Numbers that are both
//     (libphonenumber's FIXED_LINE_OR_MOBILE, such as 7410410123) are
//     accepted.
//   - The 1600 and 1601 series (1600xxxxxx, 1601xxxxxx) are mobile ranges in
//     libphonenumber, and kavach encodes its ranges as facts, so they are
//     accepted although they do not start with 6–9 (validator.js rejects
//     them).
//   - A number outside every mobile range (a landline, toll-free, UAN or
//     unallotted number) is ErrReserved, "not in a mobile range": the
//     number is well formed but never issued as a mobile, which is what
//     ErrReserved means for the other identifiers. ErrUnknownCode is kept
//     for a country code other than 91 ("+1 415 555 2671"), so a caller
//     can tell "not Indian" from "Indian but not a mobile".
//   - "091 98765 43210" is rejected (ErrLength), as libphonenumber rejects
//     it: the trunk 0 and the country code do not combine. 919876543210 is
//     accepted, as libphonenumber and validator.js accept it.
//   - Separators: validator.js accepts none; libphonenumber strips any
//     punctuation. kavach accepts the groupings people write, with spaces,
//     no-break spaces and hyphens, and rejects dots ("98765.43210" reads as
//     an amount) and groupings nobody uses ("987-6543-210").
const mobileLen = 10

var (
	errMobileFormat   = newErr("mobile", "only digits, spaces, hyphens and a +91, 0091, 91 or 0 prefix allowed", ErrFormat)
	errMobileParen    = newErr("mobile", "parentheses only around the country code +91, 91 or 0091", ErrFormat)
	errMobileGrouping = newErr("mobile", "group the 10 digits 5-5, 3-3-4, 4-3-3, 2-4-4 or 4-6", ErrFormat)
	errMobileLength   = newErr("mobile", "must have 10 digits after an optional +91, 0091, 91 or 0 prefix", ErrLength)
	errMobileCountry  = newErr("mobile", "country code is not +91", ErrUnknownCode)
	errMobileRange    = newErr("mobile", "not in a mobile range of the numbering plan", ErrReserved)
)

// Mobile checks an Indian mobile number as people write it: a 10-digit
// national number in a mobile range of the National Numbering Plan
// (libphonenumber's, 1600/1601 series included), optionally after a
// prefix:
//   - the country code: +91, 91 or 0091, or one of them in parentheses,
//     as in "(+91)";
//   - or the trunk prefix 0.
//
// The 10 digits are written together or grouped 5-5, 3-3-4, 4-3-3, 2-4-4
// or 4-6, with spaces, no-break spaces or hyphens between groups (runs of
// them too); the prefix is attached ("098765 43210") or set apart
// ("+91-98765-43210") the same way. Leading and trailing spaces are
// ignored. Digits may be in any script [chars.Fold] knows.
//
// Errors: ErrFormat for another character or grouping, ErrLength for a
// wrong digit count, ErrUnknownCode for a country code other than 91, and
// ErrReserved for a well-formed number outside the mobile ranges (a
// landline such as "080 4567 8901", toll-free, UAN or unallotted).
func Mobile(s string) error {
	_, err := MobileDigits(s)
	return err
}

// MobileDigits checks s like [Mobile] and returns the 10 ASCII digits of its
// national significant number (without +91, 0091, 91 or 0), the canonical
// form for comparing or hashing numbers written differently. It returns the
// zero array with the error when s is not a mobile number. It does not
// allocate.
func MobileDigits(s string) (national [mobileLen]byte, err error) {
	// The longest accepted form has 14 digits (0091 + 10) and five digit
	// runs (prefix + three groups, one spare to tell "too many").
	var digits [14]byte
	var runs [5]uint8
	n, nruns := 0, 0

	start, end := mobileTrim(s)
	i := start
	paren, plus, closed := false, false, false
	if i < end && s[i] == '(' {
		paren = true
		i++
	}
	if i < end && s[i] == '+' {
		plus = true
		i++
	}
	const (
		prevStart = iota
		prevDigit
		prevSep
		prevClose
	)
	prev := prevStart
	for i < end {
		c, size := s[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(s, i)
		}
		switch {
		case chars.IsDigit(c):
			if prev != prevDigit {
				nruns++
			}
			if nruns <= len(runs) {
				runs[nruns-1]++ // at most 255: longer runs fail on n first
			}
			if n < len(digits) {
				digits[n] = c
			}
			n++
			prev = prevDigit
		case mobileSep(s, i, c, size):
			if prev == prevStart {
				return national, errMobileFormat // "+ 91", "(-91)"
			}
			prev = prevSep
		case c == ')':
			if !paren || closed || prev != prevDigit || nruns != 1 {
				return national, errMobileParen
			}
			closed = true
			prev = prevClose
		default:
			return national, errMobileFormat
		}
		i += size
	}
	if prev == prevSep {
		return national, errMobileFormat // a trailing hyphen
	}
	if paren && !closed {
		return national, errMobileParen
	}

	// Which prefix the digits carry follows from their count and their
	// first digits; a count no form has is a length error.
	var pfx int
	switch {
	case n < 2:
		return national, errMobileLength
	case plus:
		if digits[0] != '9' || digits[1] != '1' {
			return national, errMobileCountry
		}
		pfx = 2
	case digits[0] == '0' && digits[1] == '0': // international prefix 00
		if n < 4 {
			return national, errMobileLength
		}
		if digits[2] != '9' || digits[3] != '1' {
			return national, errMobileCountry
		}
		pfx = 4
	case digits[0] == '0': // trunk prefix
		pfx = 1
	case n == 12 && digits[0] == '9' && digits[1] == '1':
		pfx = 2
	}
	if n != pfx+mobileLen {
		return national, errMobileLength
	}
	if paren && (pfx < 2 || int(runs[0]) != pfx) {
		return national, errMobileParen // "(0) 98765 43210", "(98765) 43210"
	}

	// The groups of the national number: drop the prefix from the first
	// run, or the whole run when the prefix stands apart.
	if nruns > len(runs) {
		return national, errMobileGrouping
	}
	g := runs[:nruns]
	if pfx > 0 {
		switch {
		case int(g[0]) < pfx:
			return national, errMobileGrouping // "9 1987654321": a split prefix
		case int(g[0]) == pfx:
			g = g[1:]
		default:
			g[0] -= uint8(pfx)
		}
	}
	if !mobileGroupingOK(g) {
		return national, errMobileGrouping
	}

	copy(national[:], digits[pfx:pfx+mobileLen])
	if !mobileRange(national[:]) {
		return [mobileLen]byte{}, errMobileRange
	}
	return national, nil
}

// MobileRange reports whether national10, exactly 10 ASCII digits, is in a
// mobile range of the National Numbering Plan (see [Mobile] for the source
// and the 1600/1601 series). It is for callers that extracted the digits
// themselves; it does not allocate.
func MobileRange(national10 string) bool { return mobileRange(national10) }

func mobileRange[T ~string | ~[]byte](d T) bool {
	if len(d) != mobileLen {
		return false
	}
	p := 0
	for i := range mobileLen {
		c := d[i] - '0'
		if c > 9 {
			return false
		}
		if i < 5 {
			p = p*10 + int(c)
		}
	}
	return mobilePrefixes[p>>3]>>(p&7)&1 != 0
}

// mobileGroupingOK reports whether the digit runs g of a 10-digit national
// number form one of the accepted groupings. The runs add up to 10, so the
// last one is implied by the others.
func mobileGroupingOK(g []uint8) bool {
	switch len(g) {
	case 1: // 10
		return true
	case 2: // 5-5, 4-6
		return g[0] == 5 || g[0] == 4
	case 3: // 3-3-4, 4-3-3, 2-4-4
		return g[0] == 3 && g[1] == 3 || g[0] == 4 && g[1] == 3 || g[0] == 2 && g[1] == 4
	}
	return false
}

// mobileSep reports whether the character at s[i:], folded to c with the
// given size, separates digit groups: a space, a hyphen or a no-break space.
func mobileSep(s string, i int, c byte, size int) bool {
	return c == ' ' || c == '-' || size == 2 && s[i] == 0xC2 && s[i+1] == 0xA0
}

// mobileTrim returns the bounds of s without leading and trailing spaces
// and no-break spaces (U+00A0, C2 A0 in UTF-8).
func mobileTrim(s string) (start, end int) {
	start, end = 0, len(s)
	for {
		if start < end && s[start] == ' ' {
			start++
		} else if end-start >= 2 && s[start] == 0xC2 && s[start+1] == 0xA0 {
			start += 2
		} else {
			break
		}
	}
	for {
		if end > start && s[end-1] == ' ' {
			end--
		} else if end-start >= 2 && s[end-2] == 0xC2 && s[end-1] == 0xA0 {
			end -= 2
		} else {
			return start, end
		}
	}
}
