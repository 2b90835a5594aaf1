package validators_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/kavachpii/kavach/validators"
)

func TestPINCode(t *testing.T) {
	runChecks(t, validators.PINCode, []check{
		{"110001", nil, "New Delhi GPO"},
		{"110 001", nil, "peer disagreement: split 3-3 by a space (validator.js rejects); accepted, as India Post writes it"},
		{"560001", nil, "Bengaluru"},
		{"744101", nil, "Port Blair (zone 7)"},
		{"194101", nil, "Leh (prefix 19)"},
		{"364240", nil, "validator.js's sample"},
		{"900001", nil, "Army Postal Service (zone 9)"},
		{"९९९ ९९९", nil, "Devanagari digits, grouped"},
		{"௬௦௦௦௦௧", nil, "Tamil digits"},
		{"１１０００１", nil, "fullwidth digits"},
		{"012345", validators.ErrReserved, "zone 0 does not exist"},
		{"101123", validators.ErrReserved, "prefix 10 unused (Delhi is 11)"},
		{"291123", validators.ErrReserved, "prefix 29 unused"},
		{"351123", validators.ErrReserved, "prefix 35 unused"},
		{"541123", validators.ErrReserved, "prefix 54 unused"},
		{"551123", validators.ErrReserved, "prefix 55 unused"},
		{"651123", validators.ErrReserved, "prefix 65 unused"},
		{"661123", validators.ErrReserved, "prefix 66 unused"},
		{"860001", validators.ErrReserved, "prefix 86 unused"},
		{"899999", validators.ErrReserved, "prefix 89 unused"},
		{"850001", nil, "prefix 85 is Jharkhand"},
		{"11000", validators.ErrLength, "5 digits"},
		{"1100011", validators.ErrLength, "7 digits"},
		{"110 ", validators.ErrLength, "3 digits and the space"},
		{"", validators.ErrLength, "empty"},
		{"110-001", validators.ErrFormat, "hyphen: not how PIN codes are written"},
		{"1100 01", validators.ErrFormat, "space after the fourth digit"},
		{"110  001", validators.ErrFormat, "two spaces"},
		{" 110001", validators.ErrFormat, "leading space"},
		{"110001 ", validators.ErrFormat, "trailing space"},
		{"110\u00a0001", validators.ErrFormat, "no-break space"},
		{"11OOO1", validators.ErrFormat, "letter O for zero"},
		{"110001\xff", validators.ErrFormat, "invalid UTF-8"},
	})
}

func ExamplePINCode() {
	fmt.Println(validators.PINCode("110001"))
	fmt.Println(validators.PINCode("110 001"))
	fmt.Println(validators.PINCode("291123"))
	// Output:
	// <nil>
	// <nil>
	// validators: PIN code: unused postal circle prefix
}

// pinRef is the slow reference: FORMATS.md's regexp over the folded text,
// then the unused prefixes listed there.
var pinRef = regexp.MustCompile(`^[1-9][0-9]{2} ?[0-9]{3}$`)

var pinUnused = regexp.MustCompile(`^(10|29|35|54|55|65|66|8[6-9])`)

func pinReference(s string) bool {
	f := foldRef(s)
	return pinRef.MatchString(f) && !pinUnused.MatchString(f)
}

// FuzzPINCode checks that PINCode never panics, agrees with the regexp
// reference, and returns only the package's errors.
func FuzzPINCode(f *testing.F) {
	for _, s := range []string{
		"110001",   // valid
		"110 001",  // valid, grouped
		"291123",   // unused prefix
		"012345",   // zone 0
		"11000",    // short
		"110-001",  // hyphen
		"९९९९९९",   // Devanagari
		"",         // empty
		"\xe0\xa5", // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.PINCode(s)
		if want := pinReference(s); (err == nil) != want {
			t.Fatalf("PINCode(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err != nil && !wrapsOneSentinel(err) {
			t.Fatalf("PINCode(%q) = %v, not a *validators.Error with one sentinel", s, err)
		}
	})
}

func BenchmarkPINCode(b *testing.B) {
	for _, in := range []string{"110001", "110 001", "११०००१"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.PINCode(in)
			}
		})
	}
}
