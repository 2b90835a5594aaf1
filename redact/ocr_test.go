package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// TestOCRLettersForDigits: numbers in text that OCR made, a digit or two
// read as the letter it looks like (O, o, I, l, S, B). With a word for
// its kind such a number is found; without one it is left, and codes of
// letters and digits stay codes.
func TestOCRLettersForDigits(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	checkOneFinding(t, r, []oneFinding{
		{`extraction returned uid = "2341 2341 S349" which fails checksum`, `extraction returned uid = "XXXX XXXX S349" which fails checksum`, redact.Aadhaar},
		{"Aadhaar: 234l 2341 2346", "Aadhaar: XXXX XXXX 2346", redact.Aadhaar},
		{"Mobile: 987654321O", "Mobile: XXXXXX321O", redact.Mobile},
		{"A/c No.39072778O14", "A/c No.XXXXXXXXXXX", redact.BankAccount},
		{"mastercard\n4111 1111 1111 1l11", "mastercard\nXXXX XXXX XXXX 1l11", redact.Card},
		// No word for the kind, and no number at all.
		{"ref 234l 2341 2346 ok", "", ""},
		{"2026-11-15T00:41:09.093Z 2026-11-15 00:41:09", "", ""},
		{"size 1048576B mobile", "", ""},
		{"build 8O3B21 mobile 1O2", "", ""},
		{"aadhaar OO12 3456 7890", "", ""},
	})
}

// TestOCRLetterOpensNoLongGroup: a letter OCR may have read for a digit
// opens a number's group of four at most; a letter and seven digits after
// a number are a passport's, not the number's.
func TestOCRLetterOpensNoLongGroup(t *testing.T) {
	expectRedacted(t, "call 9876543210 B7834521 passport", "call XXXXXX3210 XXXXXXXX passport")
	expectRedacted(t, "aadhaar 2795 1544 S760", "aadhaar XXXX XXXX S760")
	// A reading of the chain's digits alone needs no more than anywhere
	// else, and a mask before a number hides none of it.
	expectRedacted(t, "9876543210 B12", "XXXXXX3210 B12")
	expectRedacted(t, "XXXXXX3210 9876543210 B12", "XXXXXX3210 XXXXXX3210 B12")
}

// TestOCRHashMatchesDigits: a number with OCR's letters hashes to the
// token of the number in digits.
func TestOCRHashMatchesDigits(t *testing.T) {
	r, err := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("k")})
	require.NoError(t, err)
	a, _ := r.String("aadhaar 234l 2341 2346")
	b, _ := r.String("aadhaar 2341 2341 2346")
	assert.Equal(t, b, a)
}
