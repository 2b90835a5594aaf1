package validators_test

import "github.com/kavachpii/kavach/internal/chars"

// asciiDigits is a slow, obviously correct reference: the digits of s, in
// any supported script, as ASCII, with everything else dropped.
func asciiDigits(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		if chars.IsDigit(c) {
			out = append(out, c)
		}
		i += size
	}
	return string(out)
}
