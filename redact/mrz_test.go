package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// TestPassportMRZ: the machine-readable zone of a passport's photo page,
// as OCR gives it, yields the holder's name, passport number and date of
// birth; check digits decide a data line read on its own.
func TestPassportMRZ(t *testing.T) {
	r := mustNew(t)
	const (
		name = "P<INDNAIR<<PRIYA<LAKSHMI<<<<<<<<<<<<<<<<<<<<"
		data = "J8369854<4IND9008146F3201015<<<<<<<<<<<<<<<6"
	)
	for _, tt := range []struct {
		in, want string
		kinds    []redact.Kind
	}{
		{name + "\n" + data,
			"P<INDXXXX<<XXXXX<XXXXXXX<<<<<<<<<<<<<<<<<<<<\nXXXXXXXX<4INDXXXXXX6F3201015<<<<<<<<<<<<<<<6",
			[]redact.Kind{redact.Person, redact.Passport, redact.DateOfBirth}},
		// The data line alone: its check digits hold.
		{"MRZ:\n" + data, "MRZ:\nXXXXXXXX<4INDXXXXXX6F3201015<<<<<<<<<<<<<<<6",
			[]redact.Kind{redact.Passport, redact.DateOfBirth}},
		// After the name line, a misread check digit does not let it through.
		{name + "\n" + "J8369854<7IND9008146F3201015<<<<<<<<<<<<<<<6",
			"P<INDXXXX<<XXXXX<XXXXXXX<<<<<<<<<<<<<<<<<<<<\nXXXXXXXX<7INDXXXXXX6F3201015<<<<<<<<<<<<<<<6",
			[]redact.Kind{redact.Person, redact.Passport, redact.DateOfBirth}},
		// Alone, with a wrong check digit, it is no machine-readable zone.
		{"J8369854<7IND9008146F3201015<<<<<<<<<<<<<<<6", "J8369854<7IND9008146F3201015<<<<<<<<<<<<<<<6", nil},
		// Look-alikes: a build tag, a line of filler.
		{"PRODUCTION<<RELEASE<<V2", "PRODUCTION<<RELEASE<<V2", nil},
		{"P<<<<<<<<<<<<<<<<<<<<<", "P<<<<<<<<<<<<<<<<<<<<<", nil},
	} {
		got, fs := r.String(tt.in)
		require.Equal(t, tt.want, got, tt.in)
		var kinds []redact.Kind
		for _, f := range fs {
			kinds = append(kinds, f.Kind)
		}
		require.Equal(t, tt.kinds, kinds, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}
