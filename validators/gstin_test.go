package validators_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/validators"
)

func TestGSTIN(t *testing.T) {
	runChecks(t, validators.GSTIN, []check{
		{"27AAPFU0939F1ZV", nil, "python-stdnum's sample"},
		{"29AAGCB7383J1Z4", nil, "stdnum-js's sample"},
		{"27aapfu0939f1zv", nil, "lower case (oracle edge case: both stdnum peers accept)"},
		{"27 AAPFU 0939F 1ZV", nil, "spaces (oracle edge case: both stdnum peers accept)"},
		{"27-AAPFU-0939F-1ZV", nil, "hyphens"},
		{"２７ＡＡＰＦＵ０９３９Ｆ１ＺＶ", nil, "fullwidth"},
		{"२७AAPFU०९३९F1ZV", nil, "Devanagari digits"},
		{"01AAKFD7113K3ZM", nil, "state 01, firm, entity 3"},
		{"37AAKFD7113KAZ0", nil, "state 37 (Andhra Pradesh, new), entity A"},
		{"38AAKFD7113K4Z4", nil, "peer disagreement: state 38 Ladakh (python-stdnum, stdnum-js and Presidio reject); accepted"},
		{"97AAKFD7113K9ZV", nil, "peer disagreement: state 97 Other Territory (python-stdnum and stdnum-js reject); accepted"},
		{"99AAKFD7113K7ZT", nil, "peer disagreement: state 99 Centre Jurisdiction (python-stdnum and stdnum-js reject); accepted"},
		{"27AAAKA1234B1Z" + mustGSTINCheckChar(t, "27AAAKA1234B1Z"), nil, "legacy PAN holder type K, as in PAN"},
		{"27AAPFU0939F1ZO", validators.ErrChecksum, "python-stdnum's bad check character"},
		{"27AAPFU0939F1Z0", validators.ErrChecksum, "last character changed"},
		{"72AAPFU0939F1ZV", validators.ErrUnknownCode, "state digits transposed: 72 is no state, checked before the check character"},
		{"27AAPFU0993F1ZV", validators.ErrChecksum, "serial digits transposed"},
		{"27AAPFU0939F2ZV", validators.ErrChecksum, "entity number changed"},
		{"27ABCDE1234F1Z5", validators.ErrUnknownCode, "Presidio's sample: D is no holder type (and its check character should be 0)"},
		{"27ABCDE1234F1Z0", validators.ErrUnknownCode, "Presidio's sample with its right check character: D is still no holder type"},
		{"07PQRST6789K1Z2", validators.ErrUnknownCode, "Presidio's sample: S is no holder type"},
		{"00AAPFU0939F1ZV", validators.ErrUnknownCode, "state 00"},
		{"39AAPFU0939F1ZV", validators.ErrUnknownCode, "state 39"},
		{"98AAPFU0939F1ZV", validators.ErrUnknownCode, "state 98"},
		{"27AAPFU0939F0ZV", validators.ErrReserved, "entity number 0 is never issued (python-stdnum: InvalidComponent)"},
		{"27AAPFU0000F1ZV", validators.ErrReserved, "PAN serial 0000 (python-stdnum's sample)"},
		{"27AAPFU0939F1AA", validators.ErrFormat, "14th character must be Z (python-stdnum: InvalidComponent)"},
		{"27AAPFU0939F1CV", validators.ErrFormat, "TCS collector (C in the 14th place): rejected, layout unverified"},
		{"07DELA12345B1DZ", validators.ErrFormat, "TDS deductor: a TAN, not a PAN, in characters 3-12"},
		{"0717USA12345NF1", validators.ErrFormat, "NRI/OIDAR family: both stdnum peers reject; rejected"},
		{"0717AUS12345UN1", validators.ErrFormat, "UIN family: both stdnum peers reject; rejected"},
		{"369296450896540", validators.ErrFormat, "python-stdnum's all-digit sample"},
		{"2AAAPFU0939F1ZV", validators.ErrFormat, "letter in the state code"},
		{"27AAPFU0939F1Z.", validators.ErrFormat, "dot"},
		{"27AAPFU0939F1Z\x00", validators.ErrFormat, "NUL byte"},
		{"27AAPFU0939F1Z", validators.ErrLength, "14 characters (python-stdnum's sample)"},
		{"27AAPFU0939F1ZVV", validators.ErrLength, "16 characters"},
		{"AAPFU0939F", validators.ErrLength, "a PAN is not a GSTIN"},
		{"", validators.ErrLength, "empty"},
	})
}

func TestGSTINCheckChar(t *testing.T) {
	for _, c := range []struct {
		in   string
		want byte
	}{
		{"27AAPFU0939F1Z", 'V'}, // FORMATS.md
		{"27ABCDE1234F1Z", '0'}, // FORMATS.md: so Presidio's ...Z5 fails
		{"29AAGCB7383J1Z", '4'},
		{"27aapfu0939f1z", 'V'},    // lower case
		{"27 AAPFU 0939F 1Z", 'V'}, // separators
		{"00000000000000", '0'},
		{"ZZZZZZZZZZZZZZ", refGSTINCheckChar("ZZZZZZZZZZZZZZ")},
	} {
		got, err := validators.GSTINCheckChar(c.in)
		if assert.NoError(t, err, c.in) {
			assert.Equal(t, string(c.want), string(got), c.in)
		}
	}
	for _, c := range []check{
		{"27AAPFU0939F1", validators.ErrLength, "13 characters"},
		{"27AAPFU0939F1ZV", validators.ErrLength, "15 characters: a whole GSTIN"},
		{"", validators.ErrLength, "empty"},
		{"27AAPFU0939F1/", validators.ErrFormat, "slash"},
		{"27AAPFU0939F1\xff", validators.ErrFormat, "invalid UTF-8"},
	} {
		_, err := validators.GSTINCheckChar(c.in)
		assert.ErrorIs(t, err, c.want, "%q (%s)", c.in, c.why)
	}
}

func TestGSTINState(t *testing.T) {
	for code, want := range map[int]string{
		1: "Jammu and Kashmir", 7: "Delhi", 27: "Maharashtra", 29: "Karnataka",
		36: "Telangana", 37: "Andhra Pradesh (new)", 38: "Ladakh",
		97: "Other Territory", 99: "Centre Jurisdiction",
		0: "", 39: "", 96: "", 98: "", 100: "", -1: "", 1 << 40: "",
	} {
		assert.Equal(t, want, validators.GSTINState(code), "GSTINState(%d)", code)
	}
	n := 0
	for code := range 100 {
		if validators.GSTINState(code) != "" {
			n++
		}
	}
	assert.Equal(t, 40, n, "01-38, 97 and 99")
}

func ExampleGSTIN() {
	fmt.Println(validators.GSTIN("27AAPFU0939F1ZV"))
	fmt.Println(validators.GSTIN("27 aapfu 0939f 1zv"))
	fmt.Println(validators.GSTIN("38AAKFD7113K4Z4")) // Ladakh
	fmt.Println(validators.GSTIN("27AAPFU0939F1ZO"))
	fmt.Println(validators.GSTIN("27ABCDE1234F1Z5")) // a form placeholder
	// Output:
	// <nil>
	// <nil>
	// <nil>
	// validators: GSTIN: mod-36 check character mismatch
	// validators: GSTIN: unknown PAN holder type (6th character)
}

func ExampleGSTINCheckChar() {
	c, err := validators.GSTINCheckChar("27AAPFU0939F1Z")
	fmt.Printf("%c %v\n", c, err)
	// Output:
	// V <nil>
}

func ExampleGSTINState() {
	gstin := "29AAGCB7383J1Z4"
	code, _ := strconv.Atoi(gstin[:2])
	fmt.Println(validators.GSTINState(code))
	fmt.Printf("%q\n", validators.GSTINState(42))
	// Output:
	// Karnataka
	// ""
}

// mustGSTINCheckChar is GSTINCheckChar for building test GSTINs.
func mustGSTINCheckChar(t testing.TB, first14 string) string {
	t.Helper()
	c, err := validators.GSTINCheckChar(first14)
	if err != nil {
		t.Fatalf("GSTINCheckChar(%q): %v", first14, err)
	}
	return string(c)
}

// refGSTINCheckChar is a slow reference for the mod-36 check character, written
// from the description in FORMATS.md: left to right, factor 1 at odd
// positions and 2 at even ones; sum p/36 + p%36; check (36 - sum%36) % 36.
func refGSTINCheckChar(first14 string) byte {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	sum := 0
	for i := range len(first14) {
		p := strings.IndexByte(alphabet, first14[i]) * (1 + i%2)
		sum += p/36 + p%36
	}
	return alphabet[(36-sum%36)%36]
}

// refGSTINRe is the regular GSTIN layout over the compacted, upper-cased
// input: state, PAN (holder letter included), entity 1-9A-Z, Z, check.
var refGSTINRe = regexp.MustCompile(`^([0-9]{2})[A-Z]{3}[ABCFGHJKLPT][A-Z]([0-9]{4})[A-Z][1-9A-Z]Z[0-9A-Z]$`)

// refGSTIN is a slow, obviously correct reference for [validators.GSTIN].
func refGSTIN(s string) bool {
	c, ok := refAlnum(s)
	if !ok {
		return false
	}
	m := refGSTINRe.FindStringSubmatch(c)
	if m == nil || m[2] == "0000" {
		return false
	}
	state, _ := strconv.Atoi(m[1])
	if !(state >= 1 && state <= 38 || state == 97 || state == 99) {
		return false
	}
	return refGSTINCheckChar(c[:14]) == c[14]
}

// FuzzGSTIN checks that GSTIN never panics and agrees with a slow regexp
// reference; that a valid GSTIN's first 14 characters give back its check
// character; and that every single-character substitution within 0-9A-Z of
// a valid GSTIN is rejected, the mod-36 check failing for each.
func FuzzGSTIN(f *testing.F) {
	for _, s := range []string{
		"27AAPFU0939F1ZV",    // valid
		"27 aapfu 0939f 1zv", // valid, lower case with spaces
		"２７ＡＡＰＦＵ０９３９Ｆ１ＺＶ", // fullwidth
		"38AAKFD7113K4Z4", // Ladakh
		"99AAKFD7113K7ZT", // Centre Jurisdiction
		"27AAPFU0939F1ZO", // bad check character
		"27ABCDE1234F1Z5", // Presidio's placeholder
		"27AAPFU0939F0ZV", // entity 0
		"0717USA12345NF1", // NRI family
		"27AAPFU0939F1Z",  // too short
		"",                // empty
		"\xe0\xa5",        // truncated UTF-8
	} {
		f.Add(s)
	}
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.GSTIN(s)
		if want := refGSTIN(s); (err == nil) != want {
			t.Fatalf("GSTIN(%q) = %v, reference says valid=%v", s, err, want)
		}
		if c, err := validators.GSTINCheckChar(s); err == nil {
			if u, _ := refAlnum(s); c != refGSTINCheckChar(u) {
				t.Fatalf("GSTINCheckChar(%q) = %c, reference %c", s, c, refGSTINCheckChar(u))
			}
		}
		if err != nil {
			return
		}
		g, _ := refAlnum(s)
		if c, err := validators.GSTINCheckChar(g[:14]); err != nil || c != g[14] {
			t.Fatalf("GSTINCheckChar(%q) = %c, %v; want %c", g[:14], c, err, g[14])
		}
		b := []byte(g)
		for i := range b {
			orig := b[i]
			for k := range len(alphabet) {
				if alphabet[k] == orig {
					continue
				}
				b[i] = alphabet[k]
				if validators.GSTIN(string(b)) == nil {
					t.Fatalf("GSTIN accepts %q, a one-character change of %q", b, g)
				}
				if c, _ := validators.GSTINCheckChar(string(b[:14])); c == b[14] {
					t.Fatalf("mod-36 check misses %q, a one-character change of %q", b, g)
				}
			}
			b[i] = orig
		}
	})
}

func BenchmarkGSTIN(b *testing.B) {
	for _, in := range []string{"27AAPFU0939F1ZV", "27 aapfu 0939f 1zv", "２７ＡＡＰＦＵ０９３９Ｆ１ＺＶ", "27AAPFU0939F1ZO"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.GSTIN(in)
			}
		})
	}
}

func BenchmarkGSTINCheckChar(b *testing.B) {
	in := "27AAPFU0939F1Z"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = validators.GSTINCheckChar(in)
	}
}

func BenchmarkGSTINState(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.GSTINState(27)
	}
}
