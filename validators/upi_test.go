package validators_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/validators"
)

func TestUPI(t *testing.T) {
	long := strings.Repeat("a", 256)
	runChecks(t, validators.UPI, []check{
		{"9876543210@ybl", nil, "mobile number at PhonePe"},
		{"asha.k@okicici", nil, "name with a dot at Google Pay"},
		{"asha_k-99@paytm", nil, "underscore and hyphen in the local part"},
		{"ASHA@OKSBI", nil, "upper case: VPAs are case-insensitive"},
		{"9876543210@mynewbank", nil, "unknown handle without a dot is still a VPA"},
		{"ab@cd", nil, "shortest local part and handle"},
		{"a1@x9", nil, "handle may hold digits after its first letter"},
		{"9876543210@kotak811", nil, "digits inside a known handle"},
		{"९८७६५४३२१०@ybl", nil, "Devanagari digits: not typable in an app, but the same mobile number"},
		{"９８７６５４３２１０@ｙｂｌ", nil, "fullwidth"},
		{long + "@ybl", nil, "256-character local part"},
		{"ab@" + strings.Repeat("h", 64), nil, "64-character handle"},
		{"a@ybl", validators.ErrLength, "1-character local part"},
		{long + "a@ybl", validators.ErrLength, "257-character local part"},
		{"ab@" + strings.Repeat("h", 65), validators.ErrLength, "65-character handle"},
		{"ab@y", validators.ErrLength, "1-character handle"},
		{"ab@", validators.ErrLength, "empty handle"},
		{"asha@gmail.com", validators.ErrFormat, "an e-mail address: the handle has a dot"},
		{"asha@ybl.", validators.ErrFormat, "trailing dot after the handle"},
		{"9876543210", validators.ErrFormat, "no '@'"},
		{"", validators.ErrFormat, "empty: no '@'"},
		{"@ybl", validators.ErrLength, "empty local part"},
		{".asha@ybl", validators.ErrFormat, "local part starting with a dot"},
		{"-asha@ybl", validators.ErrFormat, "local part starting with a hyphen"},
		{"as ha@ybl", validators.ErrFormat, "space in the local part"},
		{"asha+1@ybl", validators.ErrFormat, "plus sign: an e-mail habit, not in the VPA grammar"},
		{"asha@@ybl", validators.ErrFormat, "two '@'"},
		{"asha@ybl@ibl", validators.ErrFormat, "'@' in the handle"},
		{"asha@1ybl", validators.ErrFormat, "handle starting with a digit"},
		{"asha@ok-axis", validators.ErrFormat, "hyphen in the handle"},
		{"asha@ybl ", validators.ErrFormat, "trailing space"},
		{"asha@ybl\xff", validators.ErrFormat, "invalid UTF-8"},
		{"@mention", validators.ErrLength, "a social-media mention: empty local part"},
	})
}

func TestUPIKnownHandle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		why  string
	}{
		{"ybl", true, "PhonePe"},
		{"OKAXIS", true, "upper case"},
		{"Paytm", true, "mixed case"},
		{"ｙｂｌ", true, "fullwidth"},
		{"kotak811", true, "digits"},
		{"airtel", true, "first entry"},
		{"yesg", true, "last entry"},
		{"mynewbank", false, "unknown"},
		{"gmail.com", false, "e-mail domain"},
		{"@ybl", false, "with the '@'"},
		{"yb", false, "prefix of a handle"},
		{"ybll", false, "extension of a handle"},
		{"", false, "empty"},
		{strings.Repeat("y", 65), false, "longer than any handle"},
	} {
		if got := validators.UPIKnownHandle(c.in); got != c.want {
			t.Errorf("UPIKnownHandle(%q) = %v, want %v (%s)", c.in, got, c.want, c.why)
		}
	}
}

func ExampleUPI() {
	fmt.Println(validators.UPI("9876543210@ybl"))
	fmt.Println(validators.UPI("asha@mynewbank")) // unknown handles are fine
	fmt.Println(validators.UPI("asha@gmail.com"))
	// Output:
	// <nil>
	// <nil>
	// validators: UPI: handle has a dot: an e-mail address, not a VPA
}

func ExampleUPIKnownHandle() {
	fmt.Println(validators.UPIKnownHandle("okaxis"))
	fmt.Println(validators.UPIKnownHandle("YBL"))
	fmt.Println(validators.UPIKnownHandle("mynewbank"))
	// Output:
	// true
	// true
	// false
}

// upiRef is the slow reference: upi_handles.json's vpa_syntax anchored,
// matched against the folded text.
var upiRef = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9._-]{1,255}@[a-zA-Z][a-zA-Z0-9]{1,63}$`)

// FuzzUPI checks that UPI never panics, agrees with the regexp reference,
// returns only the package's errors, and that UPIKnownHandle implies a
// valid handle.
func FuzzUPI(f *testing.F) {
	for _, s := range []string{
		"9876543210@ybl", // valid, known handle
		"asha.k@mynew",   // valid, unknown handle
		"asha@gmail.com", // e-mail
		"a@ybl",          // short local part
		".a@ybl",         // leading dot
		"ab@@ybl",        // two '@'
		"९८७६५४३२१०@ybl", // Devanagari digits
		"",               // empty
		"ab@\xef\xbc",    // truncated fullwidth
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.UPI(s)
		if want := upiRef.MatchString(foldRef(s)); (err == nil) != want {
			t.Fatalf("UPI(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err != nil && !wrapsOneSentinel(err) {
			t.Fatalf("UPI(%q) = %v, not a *validators.Error with one sentinel", s, err)
		}
		if validators.UPIKnownHandle(s) && validators.UPI("ab@"+s) != nil {
			t.Fatalf("UPIKnownHandle(%q) but %q is not a VPA", s, "ab@"+s)
		}
	})
}

func BenchmarkUPI(b *testing.B) {
	for _, in := range []string{"9876543210@ybl", "asha.k@okicici", "asha@gmail.com"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.UPI(in)
			}
		})
	}
}

func BenchmarkUPIKnownHandle(b *testing.B) {
	for _, in := range []string{"okicici", "MYNEWBANK"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.UPIKnownHandle(in)
			}
		})
	}
}
