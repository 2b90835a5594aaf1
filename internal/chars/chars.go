// Package chars folds the characters Indian text writes identifiers in to
// ASCII: the digits of the nine Indian scripts that have their own
// (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada,
// Malayalam) and the fullwidth forms of digits and Latin letters.
//
// It is shared by package validators and by the redact scanner so that both
// agree, byte for byte, on what counts as a digit or a letter.
package chars

// Fold decodes the character at s[i:] and returns its ASCII equivalent and
// its length in bytes. ASCII bytes are returned as they are, with size 1.
// A digit of one of the nine Indian scripts folds to '0'–'9', and a
// fullwidth digit or Latin letter folds to its ASCII form (case kept), each
// with size 3. Any other character yields c == 0 and the size of one UTF-8
// sequence (1 for an invalid byte), so callers can step over it.
//
// Fold does not allocate and does not panic for any i in [0, len(s)).
func Fold[T ~string | ~[]byte](s T, i int) (c byte, size int) {
	b0 := s[i]
	if b0 < 0x80 {
		return b0, 1
	}
	if b0 >= 0xE0 && b0 < 0xF0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 {
			return 0, 1
		}
		r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
		if r < 0x800 {
			return 0, 1 // overlong encoding
		}
		return foldRune(r), 3
	}
	return 0, seqLen(s, i)
}

// foldRune maps a three-byte rune to ASCII, or 0.
func foldRune(r rune) byte {
	switch {
	case r >= 0x0900 && r < 0x0D80:
		// The nine scripts sit in consecutive 128-rune blocks from U+0900
		// to U+0D7F, each with its digits at offsets 0x66–0x6F.
		if off := r & 0x7F; off >= 0x66 && off <= 0x6F {
			return byte('0' + off - 0x66)
		}
	case r >= 0xFF10 && r <= 0xFF19:
		return byte('0' + r - 0xFF10)
	case r >= 0xFF21 && r <= 0xFF3A:
		return byte('A' + r - 0xFF21)
	case r >= 0xFF41 && r <= 0xFF5A:
		return byte('a' + r - 0xFF41)
	}
	return 0
}

// seqLen returns the length of the (possibly invalid) UTF-8 sequence at
// s[i:], never more than what is left and never less than 1.
func seqLen[T ~string | ~[]byte](s T, i int) int {
	b0 := s[i]
	n := 1
	switch {
	case b0 >= 0xF0 && b0 < 0xF8:
		n = 4
	case b0 >= 0xE0 && b0 < 0xF0:
		n = 3
	case b0 >= 0xC2 && b0 < 0xE0:
		n = 2
	default:
		return 1
	}
	for k := 1; k < n; k++ {
		if i+k >= len(s) || s[i+k]&0xC0 != 0x80 {
			return k
		}
	}
	return n
}

// MayFold reports whether b can start a multi-byte character that Fold
// maps to ASCII: 0xE0 leads U+0900–U+0D7F, 0xEF leads the fullwidth forms.
// A scanner uses it to leave the slow path for the rare bytes that need it.
func MayFold(b byte) bool { return b == 0xE0 || b == 0xEF }

// IsDigit reports whether c, a folded byte, is an ASCII digit.
func IsDigit(c byte) bool { return c-'0' < 10 }

// IsUpper reports whether c is an ASCII upper-case letter.
func IsUpper(c byte) bool { return c-'A' < 26 }

// IsLower reports whether c is an ASCII lower-case letter.
func IsLower(c byte) bool { return c-'a' < 26 }

// IsAlnum reports whether c is an ASCII letter or digit.
func IsAlnum(c byte) bool { return IsDigit(c) || IsUpper(c) || IsLower(c) }

// Upper returns c upper-cased if it is an ASCII lower-case letter.
func Upper(c byte) byte {
	if IsLower(c) {
		return c - 'a' + 'A'
	}
	return c
}
