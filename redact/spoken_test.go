package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// TestSpokenNumbers: numbers a caller reads out digit by digit, as voice
// bots and call transcripts write them, in English and in Hindustani.
func TestSpokenNumbers(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	checkOneFinding(t, r, []oneFinding{
		{"user: nine eight seven six five four three two one zero\nbot: thanks",
			"user: XXXX XXXXX XXXXX XXX XXXX XXXX XXXXX XXX XXX XXXX\nbot: thanks", redact.Mobile},
		{"caller: nine eight seven six five four three double one zero.",
			"caller: XXXX XXXXX XXXXX XXX XXXX XXXX XXXXX XXXXXX XXX XXXX.", redact.Mobile}, // 9876543110
		{`{"spk":"caller","text":"two three four one two three four one two three four six"}`,
			`{"spk":"caller","text":"XXX XXXXX XXXX XXX XXX XXXXX XXXX XXX XXX XXXXX XXXX XXX"}`, redact.Aadhaar}, // after a quote
		{"aadhaar: Two three four one, two three four one, two three four six ok",
			"aadhaar: XXX XXXXX XXXX XXX, XXX XXXXX XXXX XXX, XXX XXXXX XXXX XXX ok", redact.Aadhaar}, // a capital, commas
		{"mera number hai nau aath saat chhe paanch char teen do ek shunya",
			"mera number hai XXX XXXX XXXX XXXX XXXXXX XXXX XXXX XX XX XXXXXX", redact.Mobile}, // Hindustani
		{"card number four triple one one one one one one one one one one one one one",
			"card number XXXX XXXXXX XXX XXX XXX XXX XXX XXX XXX XXX XXX XXX XXX XXX XXX", redact.Card}, // 4111111111111111
		// Not numbers of any kind: counting, an OTP, digits that fail
		// every check, a run too long, words that only look alike.
		{"count with me: one two three four five six seven eight nine ten", "", ""},
		{"your otp is four five six seven", "", ""},
		{"nine nine nine nine nine one two three four five six seven", "", ""},
		{strings.Repeat("nine eight seven six five four three two one zero ", 3), "", ""},
		{"I do one thing at a time, then two.", "", ""},
		{"nine eight seven six five four three two one zeros", "", ""},
	})
}

// TestSpokenHashMatchesDigits: a number read out hashes to the token of
// the same number written in digits, so one identifier keeps one token.
func TestSpokenHashMatchesDigits(t *testing.T) {
	r, err := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("k")})
	require.NoError(t, err)
	spoken, _ := r.String("mobile: nine eight seven six five four three two one zero")
	digits, _ := r.String("mobile: +91 98765 43210")
	assert.Equal(t, strings.TrimPrefix(digits, "mobile: "), strings.TrimPrefix(spoken, "mobile: "))
}

// TestSpokenStreams: a stream cut anywhere in a spoken number, even
// between the words the main loop passes by, finds what String finds.
func TestSpokenStreams(t *testing.T) {
	for _, s := range []string{
		`{"text":"two three four one two three four one two three four six"}`,
		"x " + strings.Repeat("nine ", 30) + "eight",
		"nine eight seven six five four three two one zero",
		"oh oh nine eight seven six five four three two one zero double",
	} {
		checkStream(t, redact.Options{MinScore: 0.01}, s)
		checkStream(t, redact.Options{}, s)
	}
}

// oneFinding is an input, its redaction ("" for the input unchanged, with
// no finding) and the kind of its one finding.
type oneFinding struct {
	in, want string
	kind     redact.Kind
}

// checkOneFinding runs each case through r.String.
func checkOneFinding(t *testing.T, r *redact.Redactor, cases []oneFinding) {
	t.Helper()
	for _, tt := range cases {
		got, fs := r.String(tt.in)
		if tt.want == "" {
			assert.Equal(t, tt.in, got, "%q", tt.in)
			assert.Empty(t, fs, "%q", tt.in)
			continue
		}
		assert.Equal(t, tt.want, got, "%q", tt.in)
		if assert.Len(t, fs, 1, "%q", tt.in) {
			assert.Equal(t, tt.kind, fs[0].Kind, "%q", tt.in)
		}
	}
}
