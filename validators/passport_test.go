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

func TestPassport(t *testing.T) {
	runChecks(t, validators.Passport, []check{
		{"J8369854", nil, "letter and seven digits"},
		{"A1234567", nil, "validator.js's sample"},
		{"A-1234567", nil, "validator.js's hyphen after the letter"},
		{"X0019390", nil, "peer disagreement: validator.js's sample with 0 as first digit; Presidio's folk rule (no 0 as 2nd or last character) would reject it; accepted"},
		{"b0097650", nil, "peer disagreement: Presidio's test rejects it (lower case, 0 as 2nd and last character); kavach accepts lower case and does not reproduce the folk rule"},
		{"T3569075", nil, "Presidio's sample"},
		{"Q1234567", nil, "folk rule 'no Q, X or Z series' not reproduced"},
		{"Z1234567", nil, "folk rule 'no Q, X or Z series' not reproduced"},
		{"j8369854", nil, "lower case accepted: people type it so"},
		{"J 8369854", nil, "a space after the letter"},
		{"J 836 9854", nil, "spaces anywhere are skipped, as validator.js strips white space"},
		{"J\u00a08369854", nil, "no-break space"},
		{"J८३६९८५४", nil, "Devanagari digits"},
		{"Ｊ８３６９８５４", nil, "fullwidth letter and digits"},
		{"J836985", validators.ErrLength, "Presidio's near miss: six digits"},
		{"J83698541", validators.ErrLength, "eight digits"},
		{"AB-1234567", validators.ErrLength, "validator.js's invalid sample: two letters"},
		{"0123456789", validators.ErrLength, "validator.js's invalid sample: ten digits"},
		{"", validators.ErrLength, "empty"},
		{"12345678", validators.ErrFormat, "no letter"},
		{"JA369854", validators.ErrFormat, "letter among the digits"},
		{"1J369854", validators.ErrFormat, "letter in second place"},
		{"J/8369854", validators.ErrFormat, "slash"},
		{"J.8369854", validators.ErrFormat, "dot"},
		{"J8369854\xff", validators.ErrFormat, "invalid UTF-8"},
		{"É8369854", validators.ErrFormat, "a non-ASCII letter"},
	})
}

func TestPassportMRZCheck(t *testing.T) {
	for _, c := range []struct {
		field string
		check byte
		want  bool
		why   string
	}{
		{"L898902C<", '3', true, "ICAO 9303 TD3 specimen (older issue): document number L898902C"},
		{"L898902C3", '6', true, "ICAO 9303 TD3 specimen (current issue)"},
		{"D23145890", '7', true, "ICAO 9303 TD1 specimen document number"},
		{"740812", '2', true, "ICAO specimen date of birth"},
		{"120415", '9', true, "ICAO specimen date of expiry"},
		{"ZE184226B<<<<<", '1', true, "ICAO specimen personal number: filler counts 0"},
		{"J8369854<", '4', true, "an Indian passport number padded to nine characters"},
		{"", '0', true, "empty field: sum 0"},
		{"L898902C<", '4', false, "wrong check digit"},
		{"L898902C<", '<', false, "a filler is not a check digit here"},
		{"l898902c<", '3', false, "the MRZ is upper case only"},
		{"L898902C ", '3', false, "space is not the filler"},
		{"L898902C<", 0, false, "NUL check"},
	} {
		assert.Equal(t, c.want, validators.PassportMRZCheck(c.field, c.check),
			"PassportMRZCheck(%q, %q) (%s)", c.field, c.check, c.why)
	}
}

func ExamplePassport() {
	fmt.Println(validators.Passport("J8369854"))
	fmt.Println(validators.Passport("a-1234567"))
	fmt.Println(validators.Passport("J836985"))
	// Output:
	// <nil>
	// <nil>
	// validators: passport: must be one letter and 7 digits
}

func ExamplePassportMRZCheck() {
	// The document number field of a passport's MRZ is the number padded
	// with '<' to nine characters, followed by its check digit.
	mrz := "J8369854<4IND"
	fmt.Println(validators.PassportMRZCheck(mrz[:9], mrz[9]))
	fmt.Println(validators.PassportMRZCheck("J8369854<", '5'))
	// Output:
	// true
	// false
}

// refPassport is a slow reference: fold every character, skip spaces,
// hyphens and no-break spaces, and require one letter then seven digits.
func refPassport(s string) bool {
	var out []byte
	for i := 0; i < len(s); {
		if r, size := utf8.DecodeRuneInString(s[i:]); r == ' ' || r == '-' || r == '\u00a0' {
			i += size
			continue
		}
		c, size := chars.Fold(s, i)
		if !chars.IsDigit(c) && !chars.IsUpper(c) && !chars.IsLower(c) {
			return false
		}
		out = append(out, strings.ToUpper(string(c))[0])
		i += size
	}
	if len(out) != 8 || out[0] < 'A' || out[0] > 'Z' {
		return false
	}
	for _, c := range out[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// refMRZ computes an ICAO 9303 check digit the slow way.
func refMRZ(field string) (byte, bool) {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	weights := []int{7, 3, 1}
	sum := 0
	for i, r := range []byte(field) {
		v := strings.IndexByte(alphabet, r)
		if r == '<' {
			v = 0
		}
		if v < 0 {
			return 0, false
		}
		sum += v * weights[i%3]
	}
	return byte('0' + sum%10), true
}

// FuzzPassport checks that Passport and PassportMRZCheck never panic and
// agree with slow references.
func FuzzPassport(f *testing.F) {
	for _, s := range []string{
		"J8369854",   // valid
		"A-1234567",  // valid, hyphen
		"j8369854",   // lower case
		"J८३६९८५४",   // Devanagari digits
		"AB-1234567", // two letters
		"J836985",    // too short
		"L898902C<",  // an MRZ field
		"",           // empty
		"\xe0\xa5",   // truncated UTF-8
	} {
		f.Add(s, byte('3'))
	}
	f.Fuzz(func(t *testing.T, s string, check byte) {
		if got, want := validators.Passport(s) == nil, refPassport(s); got != want {
			t.Fatalf("Passport(%q) valid = %v, reference says %v", s, got, want)
		}
		want, ok := refMRZ(s)
		want2 := ok && check == want
		if got := validators.PassportMRZCheck(s, check); got != want2 {
			t.Fatalf("PassportMRZCheck(%q, %q) = %v, reference says %v", s, check, got, want2)
		}
		if ok && !validators.PassportMRZCheck(s, want) {
			t.Fatalf("PassportMRZCheck(%q, %q) = false for the reference digit", s, want)
		}
	})
}

func BenchmarkPassport(b *testing.B) {
	for _, in := range []string{"J8369854", "A-1234567", "J८३६९८५४"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Passport(in)
			}
		})
	}
}

func BenchmarkPassportMRZCheck(b *testing.B) {
	in := "J8369854<"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.PassportMRZCheck(in, '4')
	}
}
