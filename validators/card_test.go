package validators_test

import (
	"fmt"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

func TestCard(t *testing.T) {
	runChecks(t, validators.Card, []check{
		{"4111111111111111", nil, "Visa test number"},
		{"4111 1111 1111 1111", nil, "grouped 4-4-4-4"},
		{"4111-1111-1111-1111", nil, "hyphens"},
		{"4222222222222", nil, "Visa, 13 digits"},
		{"4111111111111111110", nil, "Visa, 19 digits"},
		{"5555555555554444", nil, "Mastercard test number"},
		{"2221000000000009", nil, "Mastercard 2-series, lower end"},
		{"2720990000000007", nil, "Mastercard 2-series, upper end"},
		{"378282246310005", nil, "American Express test number"},
		{"3782 822463 10005", nil, "American Express grouped 4-6-5"},
		{"6011111111111117", nil, "Discover test number"},
		{"6500000000000002", nil, "Discover 65"},
		{"30569309025904", nil, "Diners Club, 14 digits"},
		{"38520000023237", nil, "Diners Club 38"},
		{"36227206271667", nil, "Diners Club 36"},
		{"3530111333300000", nil, "JCB test number"},
		{"3566002020360505", nil, "JCB 356 (RuPay–JCB co-brands share it)"},
		{"6521500000000006", nil, "RuPay 652150"},
		{"5085000000000007", nil, "RuPay 508500"},
		{"6070000000000002", nil, "RuPay 607"},
		{"8172000000000005", nil, "RuPay 81"},
		{"8200000000000001", nil, "RuPay 82"},
		{"6080000000000000", nil, "RuPay: rest of 60 (Wikipedia), outside the SDK ranges"},
		{"6200000000000005", nil, "UnionPay"},
		{"6759649826438453", nil, "Maestro (UK) 6759"},
		{"5018000000007", nil, "Maestro, 13 digits"},
		{"500000000009", nil, "Maestro, 12 digits: the shortest card"},
		{"6011000000001", nil, "13 digits under 6011: too short for Discover, so Maestro"},
		{"2200000000000004", nil, "Mir"},
		{"४१११ ११११ ११११ ११११", nil, "Devanagari digits"},
		{"４１１１１１１１１１１１１１１１", nil, "fullwidth digits"},
		{"4111111111111112", validators.ErrChecksum, "Luhn digit changed"},
		{"1111 4111 1111 1111", validators.ErrUnknownCode, "group transposed: starts with 1"},
		{"1234567812345670", validators.ErrUnknownCode, "passes Luhn but no network starts with 1 (UATP left out)"},
		{"7000000000000005", validators.ErrUnknownCode, "7 is no card network's"},
		{"9000000000000001", validators.ErrUnknownCode, "9 is no card network's"},
		{"3400000000000000", validators.ErrLength, "American Express issues 15 digits, not 16"},
		{"5100000000003", validators.ErrLength, "Mastercard issues 16 digits"},
		{"41111111111111113", validators.ErrLength, "Visa issues 13, 16 or 19 digits"},
		{"41111111111", validators.ErrLength, "11 digits"},
		{"41111111111111111111", validators.ErrLength, "20 digits"},
		{"", validators.ErrLength, "empty"},
		{"4111.1111.1111.1111", validators.ErrFormat, "dots"},
		{"4111/1111/1111/1111", validators.ErrFormat, "slashes"},
		{"XXXX XXXX XXXX 1111", validators.ErrFormat, "masked"},
		{"4111111111111111\xff", validators.ErrFormat, "invalid UTF-8"},
	})
}

func TestCardNetwork(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"4111 1111 1111 1111", "Visa"},
		{"4111111111111112", "Visa"}, // the Luhn digit is not checked
		{"5555555555554444", "Mastercard"},
		{"2221000000000009", "Mastercard"},
		{"378282246310005", "American Express"},
		{"6011111111111117", "Discover"},
		{"6500000000000002", "Discover"},
		{"6521500000000006", "RuPay"},
		{"6528000000000000", "RuPay"},
		{"5085000000000007", "RuPay"},
		{"5080000000000002", "RuPay"},
		{"6050000000000006", "RuPay"},
		{"8172000000000005", "RuPay"},
		{"30569309025904", "Diners Club"},
		{"3530111333300000", "JCB"},
		{"6200000000000005", "UnionPay"},
		{"6250941006528599", "UnionPay"},
		{"5018000000007", "Maestro"},
		{"6011000000001", "Maestro"},
		{"2200000000000004", "Mir"},
		{"1234567812345670", ""},
		{"3400000000000000", ""}, // an Amex range at the wrong length
		{"41111111111", ""},
		{"4111.1111.1111.1111", ""},
		{"", ""},
	} {
		assert.Equal(t, c.want, validators.CardNetwork(c.in), "CardNetwork(%q)", c.in)
	}
}

func ExampleCard() {
	fmt.Println(validators.Card("4111 1111 1111 1111"))
	fmt.Println(validators.Card("4111 1111 1111 1112"))
	fmt.Println(validators.Card("1234 5678 1234 5670"))
	// Output:
	// <nil>
	// validators: card: Luhn check digit mismatch
	// validators: card: issuer (IIN) range of no known network
}

func ExampleCardNetwork() {
	fmt.Println(validators.CardNetwork("6521 5000 0000 0006"))
	fmt.Println(validators.CardNetwork("3782 822463 10005"))
	fmt.Printf("%q\n", validators.CardNetwork("1234 5678 1234 5670"))
	// Output:
	// RuPay
	// American Express
	// ""
}

// separatedDigits is a slow reference for what every kavach validator
// reads: the digits of s in any script, with spaces, hyphens and no-break
// spaces dropped; ok is false when s holds anything else.
func separatedDigits(s string) (string, bool) {
	var out []byte
	for i := 0; i < len(s); {
		if r, size := utf8.DecodeRuneInString(s[i:]); r == ' ' || r == '-' || r == '\u00a0' {
			i += size
			continue
		}
		c, size := chars.Fold(s, i)
		if !chars.IsDigit(c) {
			return "", false
		}
		out = append(out, c)
		i += size
	}
	return string(out), true
}

// refCardNetwork is a slow reference for the network table in card.go,
// written as prefix tests in the same order of precedence.
func refCardNetwork(d string) string {
	n := len(d)
	if n < 12 || n > 19 {
		return ""
	}
	p := func(k int) int { v, _ := strconv.Atoi(d[:k]); return v }
	in := func(k, lo, hi int) bool { return p(k) >= lo && p(k) <= hi }
	between := func(lo, hi int) bool { return n >= lo && n <= hi }
	switch {
	case (p(2) == 34 || p(2) == 37) && n == 15:
		return "American Express"
	case (p(2) == 30 || p(2) == 36 || p(2) == 38 || p(2) == 39) && between(14, 19):
		return "Diners Club"
	case in(4, 3528, 3589) && between(16, 19):
		return "JCB"
	case in(4, 2200, 2204) && between(16, 19):
		return "Mir"
	case (in(4, 2221, 2720) || in(2, 51, 55)) && n == 16:
		return "Mastercard"
	case d[0] == '4' && (n == 13 || n == 16 || n == 19):
		return "Visa"
	case (in(6, 508500, 508999) || in(6, 606985, 607984) || in(6, 608001, 608500) ||
		in(6, 652100, 653149) || p(2) == 81 || p(2) == 82) && n == 16:
		return "RuPay"
	case (p(4) == 6011 || in(3, 644, 649) || p(2) == 65) && between(16, 19):
		return "Discover"
	case p(2) == 62 && between(16, 19):
		return "UnionPay"
	case (p(3) == 508 || p(2) == 60) && n == 16:
		return "RuPay"
	case (p(2) == 50 || in(2, 56, 69)) && between(12, 19):
		return "Maestro"
	}
	return ""
}

// FuzzCard checks that Card and CardNetwork never panic, agree with the
// slow references, and that a valid card always has a network.
func FuzzCard(f *testing.F) {
	for _, s := range []string{
		"4111 1111 1111 1111", // Visa
		"3782 822463 10005",   // Amex, 4-6-5
		"6521500000000006",    // RuPay
		"6011000000001",       // short 6011: Maestro
		"4111111111111112",    // bad Luhn
		"1234567812345670",    // unknown IIN
		"3400000000000000",    // wrong length for Amex
		"४१११ ११११ ११११ ११११", // Devanagari
		"",         // empty
		"\xe0\xa5", // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digits, ok := separatedDigits(s)
		network := ""
		if ok {
			network = refCardNetwork(digits)
		}
		if got := validators.CardNetwork(s); got != network {
			t.Fatalf("CardNetwork(%q) = %q, reference says %q", s, got, network)
		}
		want := network != "" && refLuhnChecksum(digits) == 0
		if got := validators.Card(s) == nil; got != want {
			t.Fatalf("Card(%q) valid = %v, reference says %v", s, got, want)
		}
	})
}

func BenchmarkCard(b *testing.B) {
	for _, in := range []string{"4111111111111111", "4111 1111 1111 1111", "6521500000000006", "6759649826438453"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.Card(in)
			}
		})
	}
}

func BenchmarkCardNetwork(b *testing.B) {
	in := "4111 1111 1111 1111"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_ = validators.CardNetwork(in)
	}
}

// TestCardNetworkAllIINs compares CardNetwork with the reference around
// every range boundary: all six-digit IINs at length 16 (the only length
// of the ranges bounded below four digits, RuPay's), and every four-digit
// prefix, followed by 00 and by 99, at every other length from 12 to 19.
func TestCardNetworkAllIINs(t *testing.T) {
	const pad = "0000000000000"
	try := func(iin, n int) {
		s := fmt.Sprintf("%06d", iin) + pad[:n-6]
		if got, want := validators.CardNetwork(s), refCardNetwork(s); got != want {
			t.Fatalf("CardNetwork(%q) = %q, reference says %q", s, got, want)
		}
	}
	step := 1
	if testing.Short() {
		step = 7
	}
	for iin := 0; iin < 1000000; iin += step {
		try(iin, 16)
	}
	for _, n := range []int{12, 13, 14, 15, 17, 18, 19} {
		for p := range 10000 {
			try(p*100, n)
			try(p*100+99, n)
		}
	}
}
