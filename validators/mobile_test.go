package validators_test

import (
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/validators"
)

func TestMobile(t *testing.T) {
	runChecks(t, validators.Mobile, []check{
		{"9876543210", nil, "bare 10 digits"},
		{"+919876543210", nil, "E.164"},
		{"+91 98765 43210", nil, "peer disagreement: grouped 5-5 (libphonenumber accepts, validator.js rejects every separator); accepted"},
		{"+91-98765-43210", nil, "peer disagreement: hyphens (validator.js rejects); accepted"},
		{"+91 9876 543 210", nil, "grouped 4-3-3"},
		{"+91 987 654 3210", nil, "grouped 3-3-4"},
		{"+91 98 7654 3210", nil, "grouped 2-4-4"},
		{"+91 9876 543210", nil, "grouped 4-6"},
		{"09876543210", nil, "trunk prefix 0"},
		{"098765 43210", nil, "trunk prefix attached to the first group"},
		{"0 98765 43210", nil, "trunk prefix set apart"},
		{"919876543210", nil, "91 without + (libphonenumber and validator.js accept)"},
		{"91 98765 43210", nil, "91 set apart"},
		{"0091 98765 43210", nil, "peer disagreement: international prefix 00 (validator.js rejects 0091); accepted"},
		{"0091-9876543210", nil, "0091, hyphen"},
		{"00919876543210", nil, "0091 attached"},
		{"(+91) 98765 43210", nil, "country code in parentheses"},
		{"(+91)98765-43210", nil, "parentheses, no space after"},
		{"(91) 98765 43210", nil, "91 in parentheses"},
		{"(0091) 98765 43210", nil, "0091 in parentheses"},
		{"+91 - 98765 43210", nil, "a run of separators"},
		{"98765  43210", nil, "two spaces"},
		{"  98765 43210  ", nil, "leading and trailing spaces are ignored"},
		{"\u00a098765\u00a043210\u00a0", nil, "no-break spaces"},
		{"९८७६५ ४३२१०", nil, "Devanagari digits"},
		{"+৯১ ৯৮৭৬৫ ৪৩২১০", nil, "Bengali digits, country code too"},
		{"௯௮௭௬௫௪௩௨௧௦", nil, "Tamil digits"},
		{"９８７６５４３２１０", nil, "fullwidth digits"},
		{"+91 ९८७६५ 43210", nil, "mixed scripts"},
		{"7410410123", nil, "libphonenumber's FIXED_LINE_OR_MOBILE: a mobile range too"},
		{"6000000000", nil, "lowest 6 series"},
		{"9999999999", nil, "highest 9 series"},
		{"6127912345", nil, "61279: a five-digit mobile prefix in a landline block"},
		{"1600123456", nil, "peer disagreement: 1600 series is mobile in libphonenumber (validator.js rejects); kept"},
		{"+91 1600 123 456", nil, "1600 series grouped 4-3-3"},
		{"1601000000", nil, "1601 series"},

		{"8045678901", validators.ErrReserved, "peer disagreement: Bengaluru landline (validator.js accepts; libphonenumber FIXED_LINE); rejected"},
		{"08045678901", validators.ErrReserved, "peer disagreement: Bengaluru landline with trunk 0 (validator.js accepts); rejected"},
		{"080 4567 8901", validators.ErrReserved, "Bengaluru landline, grouped"},
		{"+91 80 4567 8901", validators.ErrReserved, "Bengaluru landline, international"},
		{"6122345678", validators.ErrReserved, "peer disagreement: Patna landline (validator.js accepts); rejected"},
		{"7122345678", validators.ErrReserved, "peer disagreement: Nagpur landline (validator.js accepts); rejected"},
		{"011 2345 6789", validators.ErrReserved, "Delhi landline"},
		{"5876543210", validators.ErrReserved, "landline starting 5"},
		{"5000000000", validators.ErrReserved, "unallotted"},
		{"1234567890", validators.ErrReserved, "libphonenumber FIXED_LINE"},
		{"1602000000", validators.ErrReserved, "only 1600 and 1601 are mobile"},
		{"1699999999", validators.ErrReserved, "16 outside 1600/1601"},
		{"1400 123456", validators.ErrReserved, "UAN number"},
		{"1800 180 1551", validators.ErrLength, "toll-free, 11 digits without a trunk 0"},
		{"091 98765 43210", validators.ErrLength, "0 and 91 do not combine (libphonenumber rejects)"},
		{"+91 0 98765 43210", validators.ErrLength, "+91 then trunk 0: not accepted"},
		{"+91987654321", validators.ErrLength, "9 digits after +91"},
		{"+9198765432101", validators.ErrLength, "11 digits after +91"},
		{"987654321", validators.ErrLength, "9 digits"},
		{"98765432101", validators.ErrLength, "11 digits, no trunk 0"},
		{"234123412346", validators.ErrLength, "12 digits not starting 91: an Aadhaar"},
		{"100", validators.ErrLength, "emergency short code"},
		{"", validators.ErrLength, "empty"},
		{"+", validators.ErrLength, "a plus alone"},
		{"+1 415 555 2671", validators.ErrUnknownCode, "a US number (libphonenumber valid, not Indian)"},
		{"+44 20 7946 0958", validators.ErrUnknownCode, "a UK number"},
		{"0044 20 7946 0958", validators.ErrUnknownCode, "a UK number after 00"},
		{"98765.43210", validators.ErrFormat, "dots are not separators"},
		{"987.654.3210", validators.ErrFormat, "US-style dots"},
		{"98765/43210", validators.ErrFormat, "slash"},
		{"987-6543-210", validators.ErrFormat, "grouping 3-4-3 is not one people use"},
		{"9 8 7 6 5 4 3 2 1 0", validators.ErrFormat, "one digit per group"},
		{"9 198765 43210", validators.ErrFormat, "the 91 prefix split across groups"},
		{"(0) 98765 43210", validators.ErrFormat, "parentheses around the trunk prefix"},
		{"+91 (0) 98765 43210", validators.ErrFormat, "+91 (0): not accepted"},
		{"(98765) 43210", validators.ErrFormat, "parentheses around a group"},
		{"(+91 98765 43210", validators.ErrFormat, "unclosed parenthesis"},
		{"+91) 98765 43210", validators.ErrFormat, "unopened parenthesis"},
		{"+(91) 98765 43210", validators.ErrFormat, "plus outside the parentheses"},
		{"+ 91 98765 43210", validators.ErrFormat, "space after the plus"},
		{"+91+9876543210", validators.ErrFormat, "two plus signs"},
		{"-9876543210", validators.ErrFormat, "leading hyphen"},
		{"9876543210-", validators.ErrFormat, "trailing hyphen"},
		{"9876543210x", validators.ErrFormat, "a letter"},
		{"98765\t43210", validators.ErrFormat, "tab"},
		{"98765\x0043210", validators.ErrFormat, "NUL byte"},
		{"98765\xff43210", validators.ErrFormat, "invalid UTF-8"},
		{"98765\u00a0", validators.ErrLength, "5 digits then a no-break space"},
	})
}

func TestMobileDigits(t *testing.T) {
	for _, in := range []string{"9876543210", "+91 98765 43210", "(0091) 98765-43210", "098765 43210", "919876543210", "९८७६५ ४३२१०"} {
		got, err := validators.MobileDigits(in)
		if err != nil || string(got[:]) != "9876543210" {
			t.Errorf("MobileDigits(%q) = %q, %v; want 9876543210, nil", in, got, err)
		}
	}
	got, err := validators.MobileDigits("8045678901")
	if !errors.Is(err, validators.ErrReserved) || got != [10]byte{} {
		t.Errorf("MobileDigits(landline) = %q, %v; want zero, ErrReserved", got, err)
	}
}

func TestMobileRange(t *testing.T) {
	for in, want := range map[string]bool{
		"9876543210":  true,
		"1600000000":  true,
		"1601999999":  true,
		"7410410123":  true,
		"8045678901":  false, // a landline
		"1602000000":  false,
		"987654321":   false, // 9 digits
		"98765432100": false,
		"98765 4321":  false, // not compacted
		"९८७६५४३२१०":  false, // not ASCII
		"":            false,
	} {
		if got := validators.MobileRange(in); got != want {
			t.Errorf("MobileRange(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestMobileNoAllocs pins the no-allocation promise on the valid and the
// error paths.
func TestMobileNoAllocs(t *testing.T) {
	for _, in := range []string{"+91 98765 43210", "९८७६५ ४३२१०", "080 4567 8901", "+1 415 555 2671", "98765.43210"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = validators.MobileDigits(in) }); n != 0 {
			t.Errorf("MobileDigits(%q) allocates %v times", in, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = validators.MobileRange("9876543210") }); n != 0 {
		t.Errorf("MobileRange allocates %v times", n)
	}
}

func ExampleMobile() {
	fmt.Println(validators.Mobile("+91 98765 43210"))
	fmt.Println(validators.Mobile("०९८७६५ ४३२१०"))  // Devanagari digits, trunk 0
	fmt.Println(validators.Mobile("080 4567 8901")) // a Bengaluru landline
	fmt.Println(validators.Mobile("+1 415 555 2671"))
	// Output:
	// <nil>
	// <nil>
	// validators: mobile: not in a mobile range of the numbering plan
	// validators: mobile: country code is not +91
}

func ExampleMobileDigits() {
	d, err := validators.MobileDigits("(+91) 98765-43210")
	fmt.Println(string(d[:]), err)
	// Output:
	// 9876543210 <nil>
}

func ExampleMobileRange() {
	fmt.Println(validators.MobileRange("9876543210"))
	fmt.Println(validators.MobileRange("8045678901")) // Bengaluru landline
	fmt.Println(validators.MobileRange("1600123456")) // libphonenumber's 1600 series
	// Output:
	// true
	// false
	// true
}

// mobileFormRE is the slow reference for the written forms, over text whose
// digits are folded to ASCII: an optional prefix, then the 10 national
// digits in one of the accepted groupings (group 1), spaces around.
var mobileFormRE = func() *regexp.Regexp {
	const sep = `[ \x{a0}-]+`
	groupings := []string{`\d{10}`}
	for _, g := range [][]int{{5, 5}, {3, 3, 4}, {4, 3, 3}, {2, 4, 4}, {4, 6}} {
		var parts []string
		for _, n := range g {
			parts = append(parts, fmt.Sprintf(`\d{%d}`, n))
		}
		groupings = append(groupings, strings.Join(parts, sep))
	}
	return regexp.MustCompile(`^[ \x{a0}]*` +
		`(?:(?:\+91|0091|91|0|\((?:\+91|0091|91)\))[ \x{a0}-]*)?` +
		`(` + strings.Join(groupings, `|`) + `)` +
		`[ \x{a0}]*$`)
}()

// mobileFold returns s with every supported digit folded to ASCII and
// everything else left as it is.
func mobileFold(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		if chars.IsDigit(c) {
			b.WriteByte(c)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// parseMobilePattern extracts libphonenumber's mobile pattern for India
// from its metadata XML, anchored, as gen_mobile.go does.
func parseMobilePattern(raw []byte) (*regexp.Regexp, error) {
	var t struct {
		ID     string `xml:"id,attr"`
		Mobile string `xml:"mobile>nationalNumberPattern"`
	}
	if err := xml.Unmarshal(raw, &t); err != nil {
		return nil, err
	}
	if t.ID != "IN" || strings.TrimSpace(t.Mobile) == "" {
		return nil, fmt.Errorf("no mobile pattern for IN (territory %q)", t.ID)
	}
	return regexp.Compile(`^(?:` + strings.Join(strings.Fields(t.Mobile), "") + `)$`)
}

const mobileMetadata = "libphonenumber_IN_metadata.xml"

// TestMobileFormsAgainstReference walks the written forms the fuzzer
// rarely reaches (every prefix, every split of the 10 digits into up to
// four groups, several separators) and compares MobileDigits with the slow
// reference.
func TestMobileFormsAgainstReference(t *testing.T) {
	prefixes := []string{"", "+91", "91", "0091", "0", "(+91)", "(91)", "(0091)", "(0)", "+0091", "091", "+91 0", "+1"}
	joins := []string{"", " ", "-", " - ", "\u00a0"}
	seps := []string{" ", "-", "  ", ".", "/"}
	var splits [][]int // every composition of 10 into one to four parts
	var walk func(left int, parts []int)
	walk = func(left int, parts []int) {
		if left == 0 {
			splits = append(splits, append([]int(nil), parts...))
			return
		}
		if len(parts) == 4 {
			return
		}
		for k := 1; k <= left; k++ {
			walk(left-k, append(parts, k))
		}
	}
	walk(10, nil)
	valid := 0
	for _, number := range []string{"9876543210", "8045678901", "1600123456"} {
		for _, split := range splits {
			for _, sep := range seps {
				var b strings.Builder
				at := 0
				for i, k := range split {
					if i > 0 {
						b.WriteString(sep)
					}
					b.WriteString(number[at : at+k])
					at += k
				}
				national := b.String()
				for _, p := range prefixes {
					for _, j := range joins {
						if p == "" && j != "" {
							continue
						}
						s := p + j + national
						got, err := validators.MobileDigits(s)
						wantValid, wantDigits := false, ""
						if m := mobileFormRE.FindStringSubmatch(mobileFold(s)); m != nil {
							wantDigits = asciiDigits(m[1])
							wantValid = validators.MobileRange(wantDigits)
						}
						if (err == nil) != wantValid || err == nil && string(got[:]) != wantDigits {
							t.Errorf("MobileDigits(%q) = %q, %v; reference valid=%v digits=%s", s, got, err, wantValid, wantDigits)
						}
						if err == nil {
							valid++
						}
					}
				}
			}
		}
	}
	if valid == 0 {
		t.Error("no form was valid: the walk is broken")
	}
	t.Logf("%d forms, %d valid", 3*len(splits)*len(seps)*(1+(len(prefixes)-1)*len(joins)), valid)
}

// FuzzMobile checks that MobileDigits never panics, that Mobile agrees with
// it, and that both agree with a slow reference: the written-form regexp
// above and, for the range, libphonenumber's own mobile pattern when the
// oracle is present (MobileRange otherwise; the conformance test proves the
// two equal).
func FuzzMobile(f *testing.F) {
	for _, s := range []string{
		"9876543210",        // valid, bare
		"+91 98765 43210",   // valid, grouped
		"(+91) 98765-43210", // valid, parentheses
		"0091 9876 543 210", // valid, 00 prefix
		"098765 43210",      // valid, trunk attached
		"९८७६५ ४३२१०",       // valid, Devanagari
		"1600123456",        // valid, 1600 series
		"8045678901",        // landline
		"091 98765 43210",   // 0 and 91 together
		"+1 415 555 2671",   // foreign
		"987-6543-210",      // bad grouping
		"98765.43210",       // dots
		"(98765) 43210",     // misplaced parentheses
		"",                  // empty
		"\xe0\xa5",          // truncated UTF-8
		"\u00a0",            // a lone no-break space
	} {
		f.Add(s)
	}
	inRange := validators.MobileRange
	dir := os.Getenv(oracletest.EnvDir)
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "oracle")
	}
	if raw, err := os.ReadFile(filepath.Join(dir, mobileMetadata)); err == nil {
		re, err := parseMobilePattern(raw)
		if err != nil {
			f.Fatal(err)
		}
		inRange = re.MatchString
	}
	sentinels := []error{validators.ErrLength, validators.ErrFormat, validators.ErrReserved, validators.ErrUnknownCode}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := validators.MobileDigits(s)
		if err2 := validators.Mobile(s); err2 != err {
			t.Fatalf("Mobile(%q) = %v but MobileDigits says %v", s, err2, err)
		}
		wantValid, wantDigits := false, ""
		if m := mobileFormRE.FindStringSubmatch(mobileFold(s)); m != nil {
			wantDigits = asciiDigits(m[1])
			wantValid = inRange(wantDigits)
		}
		if err != nil {
			if wantValid {
				t.Fatalf("MobileDigits(%q) = %v, but the reference accepts %s", s, err, wantDigits)
			}
			if got != [10]byte{} {
				t.Fatalf("MobileDigits(%q) returned %q with an error", s, got)
			}
			matched := 0
			for _, e := range sentinels {
				if errors.Is(err, e) {
					matched++
				}
			}
			if matched != 1 {
				t.Fatalf("MobileDigits(%q) = %v, matching %d sentinels", s, err, matched)
			}
			return
		}
		if !wantValid {
			t.Fatalf("MobileDigits(%q) = %q, nil, but the reference rejects it", s, got)
		}
		if string(got[:]) != wantDigits || !validators.MobileRange(string(got[:])) {
			t.Fatalf("MobileDigits(%q) = %q, want %s in a mobile range", s, got, wantDigits)
		}
	})
}

func BenchmarkMobile(b *testing.B) {
	for _, in := range []string{
		"9876543210",
		"+91 98765 43210",
		"(+91) 98765-43210",
		"0091 9876 543 210",
		"९८७६५ ४३२१०",
		"080 4567 8901", // rejected: a landline
	} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Mobile(in)
			}
		})
	}
}

func BenchmarkMobileDigits(b *testing.B) {
	in := "+91 98765 43210"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = validators.MobileDigits(in)
	}
}

func BenchmarkMobileRange(b *testing.B) {
	in := "9876543210"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.MobileRange(in)
	}
}
