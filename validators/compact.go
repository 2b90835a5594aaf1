package validators

import "github.com/kavachpii/kavach/internal/chars"

// compact writes the digits of s (and its letters, when letters is true), folded to ASCII (see
// [chars.Fold]) and upper-cased, into buf, skipping the separators people
// write identifiers with: spaces (including no-break space) and hyphens.
// It returns the number written; n > len(buf) means s has too many, and
// ok == false means s holds some other character. It never allocates.
func compact(buf []byte, s string, letters bool) (n int, ok bool) {
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(s, i)
		}
		switch {
		case chars.IsDigit(c) || letters && chars.IsAlnum(c):
			if n < len(buf) {
				buf[n] = chars.Upper(c)
			}
			n++
		case c == ' ' || c == '-':
		case c == 0 && size == 2 && s[i] == 0xC2 && s[i+1] == 0xA0: // U+00A0
		default:
			return n, false
		}
		i += size
	}
	return n, true
}

// allDigits reports whether b holds only ASCII digits.
func allDigits(b []byte) bool {
	for _, c := range b {
		if !chars.IsDigit(c) {
			return false
		}
	}
	return true
}

// allUpper reports whether b holds only ASCII upper-case letters.
func allUpper(b []byte) bool {
	for _, c := range b {
		if !chars.IsUpper(c) {
			return false
		}
	}
	return true
}

// isPalindrome reports whether b reads the same backwards.
func isPalindrome(b []byte) bool {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		if b[i] != b[j] {
			return false
		}
	}
	return true
}

// compactDigits is compact(buf, s, false) with the ASCII-digit case first:
// the Aadhaar check runs millions of times a second in the scanner.
func compactDigits(buf []byte, s string) (n int, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'0' < 10 {
			if n < len(buf) {
				buf[n] = c
			}
			n++
			continue
		}
		if c == ' ' || c == '-' {
			continue
		}
		// Rare: other scripts, no-break spaces, or a bad character.
		m, ok := compact(buf[min(n, len(buf)):], s[i:], false)
		return n + m, ok
	}
	return n, true
}
