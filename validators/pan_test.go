package validators_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/validators"
)

func TestPAN(t *testing.T) {
	runChecks(t, validators.PAN, []check{
		{"ACUPA7085R", nil, "python-stdnum's sample (individual)"},
		{"AAKFD7113K", nil, "python-stdnum's sample (firm)"},
		{"AAPPV8261K", nil, "python-stdnum's sample"},
		{"ABBPM4567S", nil, "Presidio's sample in a sentence"},
		{"acupa7085r", nil, "lower case: people type it so in forms (validator.js rejects it)"},
		{"AcUpA7085r", nil, "mixed case"},
		{"ACUPA 7085 R", nil, "spaces, as python-stdnum allows"},
		{"ACUPA-7085-R", nil, "hyphens, as python-stdnum allows"},
		{"ACUPA\u00a07085R", nil, "no-break space"},
		{"ＡＣＵＰＡ７０８５Ｒ", nil, "fullwidth letters and digits"},
		{"ACUPA७०८५R", nil, "Devanagari digits"},
		{"AAAKA1234B", nil, "peer disagreement: legacy holder type K (python-stdnum accepts, validator.js rejects); accepted"},
		{"AAACA0001A", nil, "serial 0001, the first issued"},
		{"ZZZGZ9999Z", nil, "government, serial 9999"},
		{"ABCDE1234F", validators.ErrUnknownCode, "the placeholder printed on forms: D is no holder type (Presidio accepts it, validator.js rejects it)"},
		{"ABMXA3211G", validators.ErrUnknownCode, "X is no holder type"},
		{"AAASA1111R", validators.ErrUnknownCode, "S is no holder type (Presidio finds it at score 0.1)"},
		{"ACUPA0000R", validators.ErrReserved, "serial 0000 is never issued"},
		{"acupa0000r", validators.ErrReserved, "serial 0000, lower case"},
		{"ABMPA32111", validators.ErrFormat, "last character must be a letter"},
		{"1CUPA7085R", validators.ErrFormat, "digit among the first five"},
		{"ACUPA70A5R", validators.ErrFormat, "letter in the serial"},
		{"A1111DFSFS", validators.ErrFormat, "digits and letters swapped"},
		{"ACUPA.7085R", validators.ErrFormat, "dots are not separators"},
		{"ACUPA_7085R", validators.ErrFormat, "underscores are not separators"},
		{"ACUPA7085R\x00", validators.ErrFormat, "NUL byte"},
		{"ACUPA\xff7085R", validators.ErrFormat, "invalid UTF-8"},
		{"ACUPA7085RR", validators.ErrLength, "11 characters"},
		{"ACUPA7085", validators.ErrLength, "9 characters"},
		{"27AAPFU0939F1ZV", validators.ErrLength, "a GSTIN is not a PAN"},
		{"", validators.ErrLength, "empty"},
		{"   ", validators.ErrLength, "separators only"},
	})
}

func TestPANHolder(t *testing.T) {
	want := map[byte]string{
		'A': "AOP", 'B': "BOI", 'C': "Company", 'F': "Firm/LLP", 'G': "Government",
		'H': "HUF", 'J': "Artificial juridical person", 'K': "Krish (legacy)",
		'L': "Local authority", 'P': "Individual", 'T': "Trust",
	}
	for c := range 256 {
		b := byte(c)
		w := want[b]
		if b >= 'a' && b <= 'z' {
			w = want[b-'a'+'A']
		}
		assert.Equal(t, w, validators.PANHolder(b), "PANHolder(%q)", b)
	}
}

func ExamplePAN() {
	fmt.Println(validators.PAN("ACUPA7085R"))
	fmt.Println(validators.PAN("acupa 7085 r"))
	fmt.Println(validators.PAN("ABCDE1234F")) // the form placeholder
	fmt.Println(validators.PAN("ACUPA0000R"))
	// Output:
	// <nil>
	// <nil>
	// validators: PAN: unknown holder type (4th letter)
	// validators: PAN: serial 0000 is never issued
}

func ExamplePANHolder() {
	pan := "AAKFD7113K"
	fmt.Println(validators.PANHolder(pan[3]))
	fmt.Println(validators.PANHolder('P'))
	fmt.Printf("%q\n", validators.PANHolder('D'))
	// Output:
	// Firm/LLP
	// Individual
	// ""
}

// refPANRe is the issuing rule spelt out as a regular expression over the
// compacted, upper-cased PAN; the serial 0000 is excluded separately, RE2
// having no look-ahead.
var refPANRe = regexp.MustCompile(`^[A-Z]{3}[ABCFGHJKLPT][A-Z][0-9]{4}[A-Z]$`)

// refPAN is a slow, obviously correct reference for [validators.PAN].
func refPAN(s string) bool {
	c, ok := refAlnum(s)
	return ok && refPANRe.MatchString(c) && c[5:9] != "0000"
}

// refAlnum is a slow reference for the package's input conventions
// written with the unicode tables rather than package chars: it drops
// spaces, hyphens and no-break spaces, folds fullwidth letters and digits
// and the digits of the nine Indian scripts (U+0900–U+0D7F) to ASCII, and
// upper-cases. ok is false for any other character or invalid UTF-8.
func refAlnum(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\u00a0':
			continue
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		case r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ':
			r -= '０' - '0'
		case r >= 0x0900 && r < 0x0D80 && unicode.IsDigit(r):
			r = '0' + r - (r&^0x7F + 0x66)
		default:
			return "", false // includes utf8.RuneError from invalid UTF-8
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String(), true
}

// FuzzPAN checks that PAN never panics and agrees with the slow regexp
// reference on every input.
func FuzzPAN(f *testing.F) {
	for _, s := range []string{
		"ACUPA7085R",             // valid
		"acupa 7085-r",           // valid, lower case with separators
		"ＡＣＵＰＡ７０８５Ｒ",             // fullwidth
		"ACUPA७०८५R",             // Devanagari digits
		"AAAKA1234B",             // legacy holder K
		"ABCDE1234F",             // unknown holder D
		"ACUPA0000R",             // reserved serial
		"ABMPA32111",             // digit as last character
		"ACUPA7085RR",            // too long
		"",                       // empty
		"\xef\xbc",               // truncated fullwidth
		"ACUPA\xe0\xa5\xa67085R", // Devanagari zero inside, wrong length
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.PAN(s)
		if want := refPAN(s); (err == nil) != want {
			t.Fatalf("PAN(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err != nil {
			var e *validators.Error
			if !assert.ErrorAs(t, err, &e) {
				t.FailNow()
			}
		}
	})
}

func BenchmarkPAN(b *testing.B) {
	for _, in := range []string{"ACUPA7085R", "acupa 7085 r", "ＡＣＵＰＡ７０８５Ｒ", "ABCDE1234F"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.PAN(in)
			}
		})
	}
}

func BenchmarkPANHolder(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.PANHolder('P')
	}
}
