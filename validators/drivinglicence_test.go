package validators_test

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/kavachpii/kavach/validators"
)

func TestDrivingLicence(t *testing.T) {
	now := time.Now().Year()
	runChecks(t, validators.DrivingLicence, []check{
		{"MH14 20110062821", nil, "the Sarathi sample as usually written"},
		{"MH-14-2011-0062821", nil, "hyphens between every group"},
		{"DL-0420110149646", nil, "Delhi, hyphen after the state only"},
		{"MH1420110062821", nil, "no separators"},
		{"MH 14 2011 0062821", nil, "spaces between every group"},
		{"MH14  2011  0062821", nil, "repeated spaces"},
		{"MH14\u00a020110062821", nil, "no-break space"},
		{"mh14 20110062821", nil, "lower case, as typed in forms"},
		{"Mh14 20110062821", nil, "mixed case"},
		{"MH14 २०११००६२८२१", nil, "Devanagari digits"},
		{"ＭＨ１４ ２０１１００６２８２１", nil, "fullwidth letters and digits"},
		{"OR0219990001234", nil, "Orissa's code, before OD (2012)"},
		{"TS0720190012345", nil, "Telangana's code until 2024"},
		{"TG0720240012345", nil, "Telangana's code since 2024"},
		{"UA0720030012345", nil, "Uttarakhand's code, before UK"},
		{"KA2120150000001", nil, "RTO 21: a gap in Presidio's table (KA-21 Puttur), accepted"},
		{"AP0920080012345", nil, "AP-09: before 2019, Presidio lists only 39 and 40; accepted"},
		{"MH5119500000001", nil, "highest MH RTO, first year, first serial"},
		{"MH14" + strconv.Itoa(now) + "0000001", nil, "issued this year"},

		{"MH14 2011006282", validators.ErrLength, "14 characters"},
		{"MH14 201100628211", validators.ErrLength, "16 characters"},
		{"", validators.ErrLength, "empty"},
		{"   ", validators.ErrLength, "separators only"},
		{"XX14 20110062821", validators.ErrUnknownCode, "no such state code"},
		{"CT07 20110062821", validators.ErrUnknownCode, "CT is the ISO 3166-2 code, not a licence code (CG is)"},
		{"BH14 20110062821", validators.ErrUnknownCode, "BH is a vehicle series, not a state"},
		{"KA99 20110062821", validators.ErrUnknownCode, "RTO 99 not in use in Karnataka (highest 71)"},
		{"DL14 20110062821", validators.ErrUnknownCode, "Delhi's RTOs end at 13"},
		{"MH00 20110062821", validators.ErrReserved, "RTO 00 never issued"},
		{"MH14 19490062821", validators.ErrReserved, "year before 1950"},
		{"MH14 00000062821", validators.ErrReserved, "year 0000"},
		{"MH14" + strconv.Itoa(now+2) + "0062821", validators.ErrReserved, "year in the future (beyond the one year of slack)"},
		{"MH14 20110000000", validators.ErrReserved, "serial 0000000 never issued"},
		{"MH1 420110062821", validators.ErrFormat, "separator inside the RTO code"},
		{"M-H1420110062821", validators.ErrFormat, "separator inside the state code"},
		{"MH14 2011 006 2821", validators.ErrFormat, "separator inside the serial"},
		{"MH14 20 110062821", validators.ErrFormat, "separator inside the year"},
		{"KA-01/2001/12345", validators.ErrFormat, "older Karnataka format with slashes: a known gap"},
		{"MH14.20110062821", validators.ErrFormat, "dots are not separators"},
		{"M114 20110062821", validators.ErrFormat, "digit in the state code"},
		{"MH14 2011006282A", validators.ErrFormat, "letter in the serial"},
		{"142011006282MH1", validators.ErrFormat, "state code at the end"},
		{"MH14\x0020110062821", validators.ErrFormat, "NUL byte"},
		{"MH14\xff20110062821", validators.ErrFormat, "invalid UTF-8"},
	})
}

func ExampleDrivingLicence() {
	fmt.Println(validators.DrivingLicence("MH14 20110062821"))
	fmt.Println(validators.DrivingLicence("DL-0420110149646"))
	fmt.Println(validators.DrivingLicence("XX14 20110062821"))
	fmt.Println(validators.DrivingLicence("MH14 19110062821"))
	// Output:
	// <nil>
	// <nil>
	// validators: driving licence: unknown state or UT code
	// validators: driving licence: year of issue before 1950 or in the future
}

// refDL is the slow reference: a regular expression over the folded,
// upper-cased input, then the table checks on the captured groups.
var refDLPattern = regexp.MustCompile(`^[ -]*([A-Z]{2})[ -]*([0-9]{2})[ -]*([0-9]{4})[ -]*([0-9]{7})[ -]*$`)

func refDL(s string) bool {
	m := refDLPattern.FindStringSubmatch(plateRefFold(s))
	if m == nil {
		return false
	}
	st, ok := plateRefStates[m[1]]
	rto, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	serial, _ := strconv.Atoi(m[4])
	return ok && rto >= 1 && rto <= st.maxRTO &&
		year >= 1950 && year <= time.Now().Year()+1 && serial != 0
}

// FuzzDrivingLicence checks that DrivingLicence never panics, returns only
// the package's errors, and agrees with the regular-expression reference.
func FuzzDrivingLicence(f *testing.F) {
	for _, s := range []string{
		"MH14 20110062821",      // valid, Sarathi sample
		"MH-14-2011-0062821",    // valid, hyphens
		"DL-0420110149646",      // valid, Delhi
		"mh14२०११००६२८२१",       // valid, lower case and Devanagari
		"MH14\u00a020110062821", // valid, no-break space
		"KA99 20110062821",      // RTO out of range
		"MH00 20110062821",      // RTO 00
		"MH14 19490062821",      // year too early
		"MH14 20110000000",      // serial 0
		"MH1 420110062821",      // separator inside a group
		"KA-01/2001/12345",      // older format
		"",                      // empty
		"\xc2",                  // truncated UTF-8
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := validators.DrivingLicence(s)
		requirePlateSentinel(t, s, err)
		if want := refDL(s); (err == nil) != want {
			t.Fatalf("DrivingLicence(%q) = %v, reference says valid=%v", s, err, want)
		}
	})
}

// requirePlateSentinel fails t unless err is nil or a *validators.Error wrapping
// one of the sentinels.
func requirePlateSentinel(t *testing.T, s string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var e *validators.Error
	if !errors.As(err, &e) {
		t.Fatalf("%q: error %v is not a *validators.Error", s, err)
	}
	for _, sentinel := range []error{validators.ErrLength, validators.ErrFormat,
		validators.ErrChecksum, validators.ErrReserved, validators.ErrUnknownCode} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("%q: error %v wraps no sentinel", s, err)
}

func BenchmarkDrivingLicence(b *testing.B) {
	for _, in := range []string{"MH1420110062821", "MH-14-2011-0062821", "mh14 २०११००६२८२१", "KA99 20110062821"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.DrivingLicence(in)
			}
		})
	}
}
