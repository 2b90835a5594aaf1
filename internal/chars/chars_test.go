package chars_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
)

// reference folds with the unicode package: any decimal digit of the nine
// scripts or fullwidth, and fullwidth Latin letters.
func reference(s string, i int) (byte, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r < 0x80 && size == 1:
		return byte(r), 1
	case r == utf8.RuneError && size <= 1:
		return 0, size
	case r >= 0x0900 && r < 0x0D80 && unicode.IsDigit(r):
		return byte('0' + (r & 0x7F) - 0x66), size
	case r >= 0xFF10 && r <= 0xFF19:
		return byte('0' + r - 0xFF10), size
	case r >= 0xFF21 && r <= 0xFF3A:
		return byte('A' + r - 0xFF21), size
	case r >= 0xFF41 && r <= 0xFF5A:
		return byte('a' + r - 0xFF41), size
	}
	return 0, size
}

func TestFoldEveryRune(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		c, size := chars.Fold(s, 0)
		wc, wsize := reference(s, 0)
		if c != wc || size != wsize {
			t.Fatalf("Fold(%U) = %q, %d; want %q, %d", r, c, size, wc, wsize)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("२३४१ ２３ ab\xff\xe0\xa5")
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); {
			c, size := chars.Fold(s, i)
			if size < 1 || i+size > len(s) {
				t.Fatalf("Fold(%q, %d) size %d", s, i, size)
			}
			if utf8.ValidString(s[i:i+size]) || size == 1 {
				if wc, _ := reference(s, i); c != wc && utf8.FullRuneInString(s[i:]) {
					t.Fatalf("Fold(%q, %d) = %q, want %q", s, i, c, wc)
				}
			}
			i += size
		}
	})
}

// TestFoldInvalidLead: a byte that leads no UTF-8 sequence (0xF8–0xFF,
// 0xC0, 0xC1, a continuation byte) is one byte of its own, whatever
// follows it, as utf8.DecodeRune reads it.
func TestFoldInvalidLead(t *testing.T) {
	for _, s := range []string{"\xff\x84\x84", "\xf8\x80\x80\x80", "\xc0\x80", "\x84\x84"} {
		if c, size := chars.Fold(s, 0); c != 0 || size != 1 {
			t.Errorf("Fold(%q) = %q, %d; want 0, 1", s, c, size)
		}
	}
}
