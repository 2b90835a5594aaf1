package validators_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

func TestIFSC(t *testing.T) {
	runChecks(t, validators.IFSC, []check{
		{"SBIN0001234", nil, "State Bank of India, numeric branch"},
		{"KKBK0000261", nil, "razorpay/ifsc README's valid sample"},
		{"BARB0DBAGIY", nil, "letters in the branch code"},
		{"IDIB000A001", nil, "letters and digits mixed in the branch code"},
		{"sbin0001234", nil, "lower case: razorpay/ifsc upper-cases before its lookup; accepted"},
		{"Hdfc0002854", nil, "mixed case"},
		{"ＳＢＩＮ０００１２３４", nil, "fullwidth letters and digits"},
		{"SBIN०००१२३४", nil, "Devanagari digits in the branch code"},
		{"PUNB0000000", nil, "peer disagreement: bank known, branch never issued (razorpay/ifsc rejects: its README's invalid sample); kavach has no branch list, accepted"},
		{"SBBJ0010004", nil, "peer disagreement: a State Bank of Bikaner and Jaipur IFSC withdrawn after the 2017 merger (razorpay/ifsc rejects); accepted"},
		{"BOTX0000000", nil, "peer disagreement: BOTX is Shree Botad Mercantile Co-operative Bank in banknames.json, only the branch is unknown (razorpay/ifsc rejects); accepted"},
		{"ABCD0000001", validators.ErrUnknownCode, "razorpay/ifsc README's unknown bank code ABCD"},
		{"ZZZZ0123456", validators.ErrUnknownCode, "unknown bank code"},
		{"PYTN0123456", validators.ErrUnknownCode, "one letter off Paytm Payments Bank's PYTM"},
		{"SBIN1001234", validators.ErrFormat, "fifth character 1: RBI reserves it as 0"},
		{"SBINO001234", validators.ErrFormat, "letter O for the reserved zero"},
		{"SB1N0001234", validators.ErrFormat, "digit in the bank code"},
		{"SBIN0001234 ", validators.ErrFormat, "trailing space: an IFSC is one word"},
		{"SBIN 0001234", validators.ErrFormat, "space inside"},
		{"SBIN-0001234", validators.ErrFormat, "hyphen inside"},
		{"SBIN_0001234", validators.ErrFormat, "underscore"},
		{"SBIN\x000001234", validators.ErrFormat, "NUL byte"},
		{"SBIN\xff001234", validators.ErrFormat, "invalid UTF-8"},
		{"SBIN00012345", validators.ErrLength, "12 characters"},
		{"SBIN000123", validators.ErrLength, "10 characters"},
		{"", validators.ErrLength, "empty"},
	})
}

func TestIFSCBankKnown(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		why  string
	}{
		{"SBIN", true, "State Bank of India"},
		{"hdfc", true, "lower case"},
		{"ＩＣＩＣ", true, "fullwidth"},
		{"BOTX", true, "a co-operative bank, not the razorpay test's made-up code"},
		{"ABCD", false, "razorpay/ifsc README's unknown code"},
		{"SBI", false, "three letters"},
		{"SBINN", false, "five letters"},
		{"SB1N", false, "a digit"},
		{"", false, "empty"},
		{"AACW", false, "between two table entries"},
		{"AACX", true, "first table entry"},
		{"ZSMX", true, "last table entry"},
		{"ZZZZ", false, "after the last entry"},
		{"AAAA", false, "before the first entry"},
	} {
		if got := validators.IFSCBankKnown(c.in); got != c.want {
			t.Errorf("IFSCBankKnown(%q) = %v, want %v (%s)", c.in, got, c.want, c.why)
		}
	}
}

func ExampleIFSC() {
	fmt.Println(validators.IFSC("SBIN0001234"))
	fmt.Println(validators.IFSC("sbin0001234")) // case does not matter
	fmt.Println(validators.IFSC("SBIN1001234"))
	fmt.Println(validators.IFSC("ABCD0001234"))
	// Output:
	// <nil>
	// <nil>
	// validators: IFSC: fifth character must be 0 (reserved by RBI)
	// validators: IFSC: unknown bank code
}

func ExampleIFSCBankKnown() {
	fmt.Println(validators.IFSCBankKnown("HDFC"))
	fmt.Println(validators.IFSCBankKnown("ABCD"))
	// Output:
	// true
	// false
}

// ifscRef is the slow reference: fold every character, upper-case, match
// the RBI shape with a regexp, and look the bank code up.
var ifscRef = regexp.MustCompile(`^[A-Z]{4}0[A-Z0-9]{6}$`)

func ifscReference(s string) bool {
	f := strings.ToUpper(foldRef(s))
	return ifscRef.MatchString(f) && validators.IFSCBankKnown(f[:4])
}

// foldRef folds s with chars.Fold, writing a NUL (which no validator takes)
// for each character that does not fold to ASCII.
func foldRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		b.WriteByte(c)
		i += size
	}
	return b.String()
}

// wrapsOneSentinel reports whether err is a *validators.Error wrapping exactly
// one of the sentinels.
func wrapsOneSentinel(err error) bool {
	var e *validators.Error
	if !errors.As(err, &e) {
		return false
	}
	n := 0
	for _, s := range []error{validators.ErrLength, validators.ErrFormat, validators.ErrChecksum, validators.ErrReserved, validators.ErrUnknownCode} {
		if errors.Is(err, s) {
			n++
		}
	}
	return n == 1
}

// FuzzIFSC checks that IFSC never panics, agrees with the regexp
// reference, and returns only the package's errors.
func FuzzIFSC(f *testing.F) {
	for _, s := range []string{
		"SBIN0001234",  // valid
		"sbin0001234",  // lower case
		"SBIN०००१२३४",  // Devanagari digits
		"SBIN1001234",  // fifth character not 0
		"ABCD0001234",  // unknown bank
		"SBIN000123",   // short
		"SBIN 0001234", // space
		"",             // empty
		"\xef\xbc",     // truncated fullwidth
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.IFSC(s)
		if want := ifscReference(s); (err == nil) != want {
			t.Fatalf("IFSC(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err != nil && !wrapsOneSentinel(err) {
			t.Fatalf("IFSC(%q) = %v, not a *validators.Error with one sentinel", s, err)
		}
	})
}

func BenchmarkIFSC(b *testing.B) {
	for _, in := range []string{"SBIN0001234", "sbin0001234", "ＳＢＩＮ０００１２３４", "ZZZZ0001234"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.IFSC(in)
			}
		})
	}
}

func BenchmarkIFSCBankKnown(b *testing.B) {
	in := "HDFC"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.IFSCBankKnown(in)
	}
}
