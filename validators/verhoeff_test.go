package validators_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

// verhoeffTablesJSON holds Verhoeff's tables exactly as
// ../shared/oracle/verhoeff_vectors.json gives them, so that the slow
// reference below is written from the published form, not from the
// package's own tables; the conformance test checks that the two agree.
const verhoeffTablesJSON = `{
 "d": [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]],
 "p": [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]],
 "inv": [0,4,3,2,1,5,6,7,8,9]
}`

type verhoeffTables struct {
	D   [][]int `json:"d"`
	P   [][]int `json:"p"`
	Inv []int   `json:"inv"`
}

var refTables = func() (t verhoeffTables) {
	if err := json.Unmarshal([]byte(verhoeffTablesJSON), &t); err != nil {
		panic(err)
	}
	return t
}()

// foldedDigits is a slow, obviously correct reference: the digits of s,
// each in any supported script, as ASCII; ok is false when s holds any
// other character or is empty.
func foldedDigits(s string) (digits string, ok bool) {
	var out []byte
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		if !chars.IsDigit(c) {
			return "", false
		}
		out = append(out, c)
		i += size
	}
	return string(out), len(out) > 0
}

// refVerhoeffChecksum is the algorithm as verhoeff_vectors.json states it:
// c=0; for i,digit in enumerate(reversed(number)): c=d[c][p[i%8][digit]].
// It is python-stdnum's verhoeff.checksum.
func refVerhoeffChecksum(digits string) int {
	c := 0
	for i := 0; i < len(digits); i++ {
		digit := int(digits[len(digits)-1-i] - '0')
		c = refTables.D[c][refTables.P[i%8][digit]]
	}
	return c
}

// refVerhoeff reports whether s, digits in any script, is Verhoeff-valid.
func refVerhoeff(s string) bool {
	digits, ok := foldedDigits(s)
	return ok && refVerhoeffChecksum(digits) == 0
}

// refVerhoeffDigit is the generation rule as the JSON states it:
// validate(payload+"0") gives c, and the check digit is inv[c].
func refVerhoeffDigit(s string) (byte, bool) {
	digits, ok := foldedDigits(s)
	if !ok {
		return 0, false
	}
	return byte('0' + refTables.Inv[refVerhoeffChecksum(digits+"0")]), true
}

func TestVerhoeff(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		why  string
	}{
		{"2363", true, "Wikipedia's worked example: 236 has check digit 3"},
		{"2369", false, "last digit changed"},
		{"3263", false, "first two digits transposed"},
		{"2482", true, "248 has check digit 2 (some copies of Wikipedia wrongly say 5)"},
		{"2485", false, "the wrong check digit of the Wikipedia-copy trap"},
		{"0", true, "a lone 0 is valid: d[0][p[0][0]] = 0"},
		{"00", false, "leading zeros count: p[1][0] = 1, so 0 is not the check digit of 0"},
		{"5", false, "a lone non-zero digit"},
		{"234123412346", true, "an Aadhaar; Verhoeff knows nothing of the leading-digit rule"},
		{"1234567890120", true, "thirteen digits: positions wrap round p's eight rows"},
		{"3984382462386423786482364872364827347", true, "37 digits, from python-stdnum's tests"},
		{"२३६३", true, "Devanagari digits"},
		{"২৩৬৩", true, "Bengali digits"},
		{"２３６３", true, "fullwidth digits"},
		{"23६3", true, "mixed scripts fold to one number"},
		{"", false, "empty"},
		{"236 3", false, "a space: Verhoeff takes digits only"},
		{"236-3", false, "a hyphen"},
		{"236a", false, "a letter"},
		{"２３６Ａ", false, "a fullwidth letter is no digit"},
		{"23\xe0\xa5", false, "truncated UTF-8 at the end"},
		{"\xa5\xa9", false, "stray continuation bytes"},
		{"2363\x00", false, "NUL byte"},
	} {
		assert.Equal(t, c.want, validators.Verhoeff(c.in), "Verhoeff(%q) (%s)", c.in, c.why)
	}
}

func TestVerhoeffDigit(t *testing.T) {
	for _, c := range []struct {
		in   string
		want byte
		why  string
	}{
		{"236", '3', "Wikipedia's worked example"},
		{"12345", '1', "python-stdnum"},
		{"123456789012", '0', "python-stdnum"},
		{"248", '2', "not 5, as some copies of Wikipedia say"},
		{"0", '4', "zero is a digit like any other: 04 is valid"},
		{"7", '0', "a payload whose check digit is 0"},
		{"२३६", '3', "Devanagari payload"},
		{"23412341234", '6', "the payload of python-stdnum's Aadhaar sample"},
	} {
		got, err := validators.VerhoeffDigit(c.in)
		if assert.NoError(t, err, "VerhoeffDigit(%q) (%s)", c.in, c.why) {
			assert.Equal(t, string(c.want), string(got), "VerhoeffDigit(%q) (%s)", c.in, c.why)
		}
	}
	for _, c := range []check{
		{"", validators.ErrLength, "empty payload"},
		{"23a", validators.ErrFormat, "a letter"},
		{"23 6", validators.ErrFormat, "a space"},
		{"\xe0\xa5", validators.ErrFormat, "truncated UTF-8"},
	} {
		_, err := validators.VerhoeffDigit(c.in)
		assert.ErrorIs(t, err, c.want, "VerhoeffDigit(%q) (%s)", c.in, c.why)
	}
}

func ExampleVerhoeff() {
	fmt.Println(validators.Verhoeff("2363"))
	fmt.Println(validators.Verhoeff("२३६३")) // Devanagari digits
	fmt.Println(validators.Verhoeff("2369"))
	fmt.Println(validators.Verhoeff("236 3")) // digits only
	// Output:
	// true
	// true
	// false
	// false
}

func ExampleVerhoeffDigit() {
	d, err := validators.VerhoeffDigit("23412341234")
	fmt.Println(string(d), err)
	_, err = validators.VerhoeffDigit("2341-2341")
	fmt.Println(err)
	// Output:
	// 6 <nil>
	// validators: Verhoeff: payload must be digits only
}

// FuzzVerhoeff checks that Verhoeff and VerhoeffDigit never panic, agree
// with the slow reference built from the published tables, and that the
// digit VerhoeffDigit computes, appended, always validates.
func FuzzVerhoeff(f *testing.F) {
	for _, s := range []string{
		"2363",             // valid
		"2369",             // bad check digit
		"501661318603",     // valid, but rejected by a left-to-right check
		"295758726307",     // invalid, but accepted by a left-to-right check
		"123456789012345",  // longer than p's eight rows
		"२३६३",             // Devanagari
		"２３６",              // fullwidth
		"236a",             // letter
		"",                 // empty
		"\xe0\xa5",         // truncated UTF-8
		"\xe0\xe0\xa5\xa6", // garbage before a valid Devanagari digit
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validators.Verhoeff(s), refVerhoeff(s); got != want {
			t.Fatalf("Verhoeff(%q) = %v, reference says %v", s, got, want)
		}
		d, err := validators.VerhoeffDigit(s)
		want, ok := refVerhoeffDigit(s)
		if !ok {
			if err == nil {
				t.Fatalf("VerhoeffDigit(%q) = %q, want an error", s, d)
			}
			return
		}
		if err != nil || d != want {
			t.Fatalf("VerhoeffDigit(%q) = %q, %v; reference says %q", s, d, err, want)
		}
		if !validators.Verhoeff(s + string(d)) {
			t.Fatalf("Verhoeff(%q + %q) = false", s, d)
		}
	})
}

func BenchmarkVerhoeff(b *testing.B) {
	for _, in := range []string{"234123412346", "2341234123412341", "२३४१२३४१२३४६"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Verhoeff(in)
			}
		})
	}
}

func BenchmarkVerhoeffDigit(b *testing.B) {
	in := "23412341234"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = validators.VerhoeffDigit(in)
	}
}

// TestVerhoeffTables checks the reference tables' own structure, so a
// transcription typo in verhoeffTablesJSON cannot hide: p[i][j] =
// p[i-1][p[1][j]], and d[c][inv[c]] = 0.
func TestVerhoeffTables(t *testing.T) {
	p, d, inv := refTables.P, refTables.D, refTables.Inv
	require.Len(t, p, 8)
	require.Len(t, d, 10)
	for i := 1; i < 8; i++ {
		for j := range 10 {
			assert.Equal(t, p[i-1][p[1][j]], p[i][j], "p[%d][%d]", i, j)
		}
	}
	for c := range 10 {
		assert.Equal(t, 0, d[c][inv[c]], "d[%d][inv[%d]]", c, c)
	}
}

// TestVerhoeffExhaustive compares Verhoeff with the reference on every
// string of up to five digits, and VerhoeffDigit on every payload of up
// to four: all positions mod 8 below six, every table entry reached.
func TestVerhoeffExhaustive(t *testing.T) {
	forAllDigitStrings(5, func(s string) {
		if got, want := validators.Verhoeff(s), refVerhoeff(s); got != want {
			t.Fatalf("Verhoeff(%q) = %v, reference says %v", s, got, want)
		}
		if len(s) == 5 {
			return
		}
		got, err := validators.VerhoeffDigit(s)
		want, _ := refVerhoeffDigit(s)
		if err != nil || got != want {
			t.Fatalf("VerhoeffDigit(%q) = %q, %v; reference says %q", s, got, err, want)
		}
	})
}

// forAllDigitStrings calls fn with every digit string of length 1 to n.
func forAllDigitStrings(n int, fn func(string)) {
	var rec func(prefix []byte)
	rec = func(prefix []byte) {
		if len(prefix) > 0 {
			fn(string(prefix))
		}
		if len(prefix) == n {
			return
		}
		for d := byte('0'); d <= '9'; d++ {
			rec(append(prefix, d))
		}
	}
	rec(make([]byte, 0, n))
}
