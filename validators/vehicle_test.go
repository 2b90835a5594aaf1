package validators_test

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

func TestVehicleRegistration(t *testing.T) {
	yy := time.Now().Year() % 100
	runChecks(t, validators.VehicleRegistration, []check{
		{"MH 04 AD 0001", nil, "validator.js sample"},
		{"HR26DQ0001", nil, "validator.js sample, no separators"},
		{"WB-04-ZU-2001", nil, "validator.js sample, hyphens"},
		{"KL 18 X 5800", nil, "validator.js sample, one series letter"},
		{"DL 4 CAF 4856", nil, "validator.js sample: Delhi, one-digit RTO, three series letters"},
		{"KA-41CE-5289", nil, "validator.js sample, mixed grouping"},
		{"GJ 04-AD 5822", nil, "validator.js sample, space and hyphen"},
		{"mh04ad0045", nil, "peer disagreement: lower case (validator.js rejects, Presidio accepts); accepted"},
		{"Mh 04 aD 0045", nil, "mixed case"},
		{"KA53ME3456", nil, "Presidio sample"},
		{"DL3CJI0001", nil, "Presidio sample: I in a regular series is accepted"},
		{"DL01CA1234", nil, "Presidio sample: two-digit Delhi RTO (Presidio lists 1..13 without the zero)"},
		{"GJ09AB1234", nil, "Presidio sample"},
		{"OD02BA2341", nil, "Presidio sample, Odisha"},
		{"OR 02 AB 1234", nil, "Orissa's code, before OD (2012)"},
		{"TG 09 A 1234", nil, "Telangana since 2024: not in Presidio's table; TS's range"},
		{"UA 07 B 1234", nil, "Uttarakhand before UK: not in Presidio's table; UK's range"},
		{"TN 12 0729", nil, "oldest plates have no series letters"},
		{"DL 1 1234", nil, "no series letters, one-digit RTO"},
		{"MH 21 AB 1234", nil, "peer disagreement: RTO 21 (Jalna) is a gap in Presidio's table; accepted"},
		{"AP 09 AB 1234", nil, "peer disagreement: AP-09 before 2019 (Presidio lists only 39, 40); accepted"},
		{"BR 14 A 1234", nil, "peer disagreement: BR-14 is a gap in Presidio's table (moved to JH in 2000); accepted"},
		{"KA 71 AB 1234", nil, "highest Karnataka RTO"},
		{"MH 04 AB 9999", nil, "highest number"},
		{"MH  04  AD  0001", nil, "repeated spaces"},
		{" MH 04 AD 0001 ", nil, "leading and trailing spaces"},
		{"MH\u00a004\u00a0AD\u00a00001", nil, "no-break spaces"},
		{"MH ०४ AD ०००१", nil, "Devanagari digits"},
		{"ＭＨ０４ＡＤ０００１", nil, "fullwidth letters and digits"},
		{"22 BH 1234 AA", nil, "Bharat series"},
		{"21BH0001A", nil, "Bharat series, first year, one letter"},
		{"21-BH-0001-AB", nil, "Bharat series, hyphens"},
		{"23 bh 4567 zz", nil, "Bharat series, lower case"},
		{strconv.Itoa(yy) + " BH 1234 AA", nil, "Bharat series, this year"},

		{"GJ054GH4785", validators.ErrFormat, "validator.js invalid: three-digit RTO"},
		{"4578", validators.ErrLength, "validator.js invalid"},
		{"", validators.ErrLength, "validator.js invalid: empty"},
		{"invalidlicenseplate", validators.ErrLength, "validator.js invalid"},
		{"KA99ME3456", validators.ErrUnknownCode, "peer disagreement: KA has no RTO 99 (Presidio still scores it 0.5); rejected"},
		{"MN2412", validators.ErrLength, "Presidio's very weak pattern: no RTO number"},
		{"MCX1243", validators.ErrFormat, "Presidio's weak pattern: three letters, no RTO number"},
		{"I15432", validators.ErrLength, "Presidio's very weak pattern"},
		{"ABNE123456", validators.ErrFormat, "Presidio negative sample"},
		{"XX 04 AD 0001", validators.ErrUnknownCode, "no such state code"},
		{"CT 04 AD 0001", validators.ErrUnknownCode, "CT is Chhattisgarh's ISO code; plates say CG"},
		{"DL 14 C 1234", validators.ErrUnknownCode, "Delhi's RTOs end at 13"},
		{"MH 00 AD 0001", validators.ErrReserved, "RTO 00 never issued"},
		{"MH 0 AD 0001", validators.ErrReserved, "RTO 0 never issued"},
		{"MH 04 AD 0000", validators.ErrReserved, "number 0000 never issued"},
		{"AR 70 0000", validators.ErrReserved, "number 0000 never issued, with an RTO past the table too"},
		{"MH4ABCD0001", validators.ErrFormat, "four series letters"},
		{"MH04ABCD0001", validators.ErrLength, "twelve characters"},
		{"MH 04 AD 001", validators.ErrFormat, "three-digit number"},
		{"MH 04 AD 00001", validators.ErrFormat, "five-digit number"},
		{"MHAD0001", validators.ErrFormat, "no RTO number"},
		{"MH 0 4 AD 0001", validators.ErrFormat, "separator inside the RTO number"},
		{"M H 04 AD 0001", validators.ErrFormat, "separator inside the state code"},
		{"MH 04 A D 0001", validators.ErrFormat, "peer disagreement: separator inside the series (validator.js allows one); rejected"},
		{"MH 04 AD 00 01", validators.ErrFormat, "separator inside the number"},
		{"MH 041 234", validators.ErrFormat, "no series and a split number"},
		{"MH/04/AD/0001", validators.ErrFormat, "slashes"},
		{"MH.04.AD.0001", validators.ErrFormat, "dots"},
		{"M1 04 AD 0001", validators.ErrFormat, "digit in the state code"},
		{"MH 04 AD 000A", validators.ErrFormat, "letter in the number"},
		{"MH 04 AD 0001\x00", validators.ErrFormat, "NUL byte"},
		{"MH 04 AD\xff0001", validators.ErrFormat, "invalid UTF-8"},
		{"20 BH 1234 AA", validators.ErrReserved, "Bharat series began in 2021"},
		{strconv.Itoa((yy+2)%100) + " BH 1234 AA", validators.ErrReserved, "Bharat series year in the future"},
		{"22 BH 0000 AA", validators.ErrReserved, "Bharat series number 0000"},
		{"22 BH 1234 AI", validators.ErrFormat, "Bharat series letters exclude I"},
		{"22 BH 1234 OA", validators.ErrFormat, "Bharat series letters exclude O"},
		{"22 BH 1234", validators.ErrFormat, "Bharat series without letters"},
		{"22 BH 1234 ABC", validators.ErrFormat, "Bharat series with three letters"},
		{"22 BX 1234 AA", validators.ErrFormat, "not BH"},
		{"2 2BH 1234 AA", validators.ErrFormat, "separator inside the year"},
		{"22 BH 1234 A A", validators.ErrFormat, "separator inside the letters"},
		{"2A BH 1234 AA", validators.ErrFormat, "letter in the year"},
	})
}

// TestVehicleNoAllocs pins the promise that no validator in this file
// family allocates, valid or not.
func TestVehicleNoAllocs(t *testing.T) {
	for _, in := range []string{"MH 04 AD 0001", "KA99ME3456", "22 BH 1234 AA", "MH ०४ AD ०००१", "x"} {
		if n := testing.AllocsPerRun(100, func() { _ = validators.VehicleRegistration(in) }); n != 0 {
			t.Errorf("VehicleRegistration(%q): %v allocs", in, n)
		}
	}
	for _, in := range []string{"MH14 20110062821", "KA99 20110062821", "x"} {
		if n := testing.AllocsPerRun(100, func() { _ = validators.DrivingLicence(in) }); n != 0 {
			t.Errorf("DrivingLicence(%q): %v allocs", in, n)
		}
	}
	for _, in := range []string{"MH", "mh", "XX"} {
		if n := testing.AllocsPerRun(100, func() { _ = validators.StateName(in) }); n != 0 {
			t.Errorf("StateName(%q): %v allocs", in, n)
		}
	}
}

func ExampleVehicleRegistration() {
	fmt.Println(validators.VehicleRegistration("MH 04 AD 0001"))
	fmt.Println(validators.VehicleRegistration("DL 4 CAF 4856"))
	fmt.Println(validators.VehicleRegistration("22 BH 1234 AA"))
	fmt.Println(validators.VehicleRegistration("KA99ME3456"))
	fmt.Println(validators.VehicleRegistration("MH 04 AD 0000"))
	// Output:
	// <nil>
	// <nil>
	// <nil>
	// validators: vehicle registration: RTO number not in use in the state
	// validators: vehicle registration: number 0000 is never issued
}

// plateRefFold is the input as the slow references see it: each character
// folded to ASCII (chars.Fold) and upper-cased, a no-break space turned into
// a space, and anything else into '!', which no pattern accepts.
func plateRefFold(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c, size := chars.Fold(s, i)
		switch {
		case c == 0 && strings.HasPrefix(s[i:], "\u00a0"):
			b.WriteByte(' ')
		case c == 0:
			b.WriteByte('!')
		default:
			b.WriteByte(chars.Upper(c))
		}
		i += size
	}
	return b.String()
}

var (
	refPlatePattern = regexp.MustCompile(`^[ -]*([A-Z]{2})[ -]*([0-9]{1,2})[ -]*([A-Z]{0,3})[ -]*([0-9]{4})[ -]*$`)
	refBHPattern    = regexp.MustCompile(`^[ -]*([0-9]{2})[ -]*BH[ -]*([0-9]{4})[ -]*([A-HJ-NP-Z]{1,2})[ -]*$`)
)

// refPlate is the slow reference for VehicleRegistration.
func refPlate(s string) bool {
	f := plateRefFold(s)
	if m := refBHPattern.FindStringSubmatch(f); m != nil {
		year, _ := strconv.Atoi(m[1])
		return year >= 21 && year <= (time.Now().Year()+1)%100 && m[2] != "0000"
	}
	m := refPlatePattern.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	st, ok := plateRefStates[m[1]]
	rto, _ := strconv.Atoi(m[2])
	return ok && rto >= 1 && rto <= st.maxRTO && m[4] != "0000"
}

// FuzzVehicleRegistration checks that VehicleRegistration never panics,
// returns only the package's errors, and agrees with the
// regular-expression reference.
func FuzzVehicleRegistration(f *testing.F) {
	for _, s := range []string{
		"MH 04 AD 0001",  // valid, regular series
		"DL 4 CAF 4856",  // valid, one-digit RTO, three letters
		"TN 12 0729",     // valid, no series letters
		"DL11234",        // valid, no series, digits run together
		"mh04ad0045",     // valid, lower case
		"MH ०४ AD ०००१",  // valid, Devanagari digits
		"22 BH 1234 AA",  // valid, Bharat series
		"KA99ME3456",     // RTO out of range
		"MH 04 AD 0000",  // number 0000
		"GJ054GH4785",    // three-digit RTO
		"MH 04 A D 0001", // separator inside the series
		"MH 041 234",     // split number
		"22 BH 1234 AI",  // I in the Bharat series
		"",               // empty
		"\xe0\xa5",       // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.VehicleRegistration(s)
		requirePlateSentinel(t, s, err)
		if want := refPlate(s); (err == nil) != want {
			t.Fatalf("VehicleRegistration(%q) = %v, reference says valid=%v", s, err, want)
		}
	})
}

// plateGen builds plate-like strings from random groups, most of them near
// misses, so that the comparison with the reference reaches the valid and
// borderline cases a byte-level fuzzer rarely finds.
type plateGen struct{ r *rand.Rand }

func (g plateGen) pick(s string) string {
	i := g.r.IntN(len(s))
	return s[i : i+1]
}

func (g plateGen) group(alphabet string, lo, hi int) string {
	var b strings.Builder
	for n := lo + g.r.IntN(hi-lo+1); n > 0; n-- {
		b.WriteString(g.pick(alphabet))
		if g.r.IntN(40) == 0 {
			b.WriteString(g.sep())
		}
	}
	return b.String()
}

func (g plateGen) sep() string {
	return []string{"", "", "", " ", "-", "  ", " - ", "\u00a0", "/"}[g.r.IntN(9)]
}

func (g plateGen) state() string {
	codes := []string{"MH", "DL", "KA", "ka", "AN", "LA", "TG", "UA", "CT", "XX", "BH", "OD", "M1"}
	return codes[g.r.IntN(len(codes))]
}

func TestVehicleRegistrationAgainstReference(t *testing.T) {
	g := plateGen{rand.New(rand.NewPCG(1, 2))}
	const digits, letters = "0123456789", "ABCIOXZbh"
	valid := 0
	for range 50000 {
		var s string
		if g.r.IntN(3) == 0 {
			s = g.group(digits, 1, 3) + g.sep() + []string{"BH", "bh", "BX"}[g.r.IntN(3)] + g.sep() +
				g.group(digits, 3, 5) + g.sep() + g.group("ABIOZ", 0, 3) + g.sep()
		} else {
			s = g.sep() + g.state() + g.sep() + g.group(digits, 0, 3) + g.sep() +
				g.group(letters, 0, 4) + g.sep() + g.group(digits, 3, 5) + g.sep()
		}
		err := validators.VehicleRegistration(s)
		if want := refPlate(s); (err == nil) != want {
			t.Fatalf("VehicleRegistration(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err == nil {
			valid++
		}
	}
	t.Logf("%d of 50000 generated plates valid", valid)
	if valid < 250 {
		t.Errorf("only %d valid plates generated: the generator no longer reaches the valid cases", valid)
	}
}

func TestDrivingLicenceAgainstReference(t *testing.T) {
	g := plateGen{rand.New(rand.NewPCG(3, 4))}
	const digits = "0123456789"
	valid := 0
	for range 50000 {
		year := []string{"19", "20", "21", "00"}[g.r.IntN(4)] + g.group(digits, 2, 2)
		if g.r.IntN(4) == 0 {
			year = g.group(digits, 3, 5)
		}
		rto, serial := g.group(digits, 2, 2), g.group(digits, 7, 7)
		if g.r.IntN(4) == 0 {
			rto, serial = g.group(digits, 1, 3), g.group(digits, 6, 8)
		}
		s := g.sep() + g.state() + g.sep() + rto + g.sep() + year + g.sep() + serial + g.sep()
		err := validators.DrivingLicence(s)
		if want := refDL(s); (err == nil) != want {
			t.Fatalf("DrivingLicence(%q) = %v, reference says valid=%v", s, err, want)
		}
		if err == nil {
			valid++
		}
	}
	t.Logf("%d of 50000 generated licences valid", valid)
	if valid < 250 {
		t.Errorf("only %d valid licences generated: the generator no longer reaches the valid cases", valid)
	}
}

func BenchmarkVehicleRegistration(b *testing.B) {
	for _, in := range []string{"MH04AD0001", "MH 04 AD 0001", "DL 4 CAF 4856", "22 BH 1234 AA", "MH ०४ AD ०००१", "KA99ME3456"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.VehicleRegistration(in)
			}
		})
	}
}
