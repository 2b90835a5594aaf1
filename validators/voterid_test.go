package validators_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

func TestVoterID(t *testing.T) {
	runChecks(t, validators.VoterID, []check{
		{"WKH1186253", nil, "python-stdnum's sample (its digits pass Luhn)"},
		{"WKH1186263", nil, "peer disagreement: stdnum says InvalidChecksum (Luhn over the digits, an unverified rule); accepted, VoterIDLuhn reports false"},
		{"KSD1287349", nil, "Presidio's sample; fails stdnum's Luhn, like all five of Presidio's samples"},
		{"DBJ2289013", nil, "Presidio's sample; fails Luhn"},
		{"uzb2345117", nil, "Presidio's lower-case sample; lower case accepted"},
		{"MUP5632811", nil, "Presidio's sample; fails Luhn"},
		{"CPJ4467918", nil, "Presidio's sample; fails Luhn"},
		{"WKH 1186253", nil, "space between letters and digits"},
		{"WKH-1186253", nil, "hyphen"},
		{"WKH११८६२५३", nil, "Devanagari digits"},
		{"ＷＫＨ１１８６２５３", nil, "fullwidth"},
		{"WKH118624", validators.ErrLength, "stdnum: InvalidLength (six digits)"},
		{"WKH118625", validators.ErrLength, "stdnum-js: six digits"},
		{"WKH11862530", validators.ErrLength, "eight digits"},
		{"", validators.ErrLength, "empty"},
		{"1231186253", validators.ErrFormat, "stdnum: InvalidFormat (digits for letters)"},
		{"zxdf8923q1", validators.ErrFormat, "Presidio's near miss: four letters, a letter among the digits"},
		{"A8923571WZ", validators.ErrFormat, "Presidio's near miss: letters at the end"},
		{"WK11186253", validators.ErrFormat, "two letters, eight digits"},
		{"WKH/1186253", validators.ErrFormat, "slash"},
		{"WKH1186253\xff", validators.ErrFormat, "invalid UTF-8"},
	})
}

func TestVoterIDLuhn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		why  string
	}{
		{"WKH1186253", true, "stdnum's valid sample"},
		{"wkh 1186253", true, "lower case and a space: the same number"},
		{"WKH1186263", false, "stdnum's InvalidChecksum sample"},
		{"KSD1287349", false, "Presidio's sample: a real-looking EPIC that fails Luhn"},
		{"WKH118625", false, "not a voter ID at all"},
		{"1231186253", false, "not a voter ID at all, though 1186253 passes Luhn"},
	} {
		assert.Equal(t, c.want, validators.VoterIDLuhn(c.in), "VoterIDLuhn(%q) (%s)", c.in, c.why)
	}
}

func ExampleVoterID() {
	fmt.Println(validators.VoterID("WKH1186253"))
	fmt.Println(validators.VoterID("wkh 1186263")) // fails stdnum's Luhn: still accepted
	fmt.Println(validators.VoterID("WKH118624"))
	// Output:
	// <nil>
	// <nil>
	// validators: voter ID: must be 3 letters and 7 digits
}

func ExampleVoterIDLuhn() {
	// A redactor can raise its confidence when the digits pass Luhn.
	for _, s := range []string{"WKH1186253", "WKH1186263"} {
		fmt.Println(s, validators.VoterID(s) == nil, validators.VoterIDLuhn(s))
	}
	// Output:
	// WKH1186253 true true
	// WKH1186263 true false
}

// refVoterID is a slow reference: fold, skip separators, upper-case, and
// require three letters then seven digits. It returns the canonical form.
func refVoterID(s string) (string, bool) {
	var out []byte
	for i := 0; i < len(s); {
		if r, size := utf8.DecodeRuneInString(s[i:]); r == ' ' || r == '-' || r == '\u00a0' {
			i += size
			continue
		}
		c, size := chars.Fold(s, i)
		if !chars.IsDigit(c) && !chars.IsUpper(c) && !chars.IsLower(c) {
			return "", false
		}
		out = append(out, c)
		i += size
	}
	v := strings.ToUpper(string(out))
	if len(v) != 10 {
		return "", false
	}
	for i, c := range []byte(v) {
		if i < 3 && (c < 'A' || c > 'Z') || i >= 3 && (c < '0' || c > '9') {
			return "", false
		}
	}
	return v, true
}

// FuzzVoterID checks that VoterID and VoterIDLuhn never panic and agree
// with the slow reference.
func FuzzVoterID(f *testing.F) {
	for _, s := range []string{
		"WKH1186253",  // valid, Luhn
		"WKH1186263",  // valid, no Luhn
		"wkh 1186253", // lower case, space
		"WKH118624",   // too short
		"1231186253",  // digits for letters
		"",            // empty
		"\xe0\xa5",    // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := refVoterID(s)
		if got := validators.VoterID(s) == nil; got != ok {
			t.Fatalf("VoterID(%q) valid = %v, reference says %v", s, got, ok)
		}
		want := ok && refLuhnChecksum(v[3:]) == 0
		if got := validators.VoterIDLuhn(s); got != want {
			t.Fatalf("VoterIDLuhn(%q) = %v, reference says %v", s, got, want)
		}
	})
}

func BenchmarkVoterID(b *testing.B) {
	for _, in := range []string{"WKH1186253", "wkh 1186253"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.VoterID(in)
			}
		})
	}
}

func BenchmarkVoterIDLuhn(b *testing.B) {
	in := "WKH1186253"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.VoterIDLuhn(in)
	}
}
