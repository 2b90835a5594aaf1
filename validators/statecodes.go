package validators

import (
	"time"

	"github.com/kavachpii/kavach/internal/chars"
)

// The two-letter state and union-territory codes that lead Indian vehicle
// registration marks and driving licence numbers (the letters the Central
// Government allots to each state under section 41(6) of the Motor Vehicles
// Act, 1988), with the highest RTO number in use in each.
//
// The RTO maxima are those of Presidio's vehicle recognizer
// (microsoft/presidio, in_vehicle_registration_recognizer.py, as recorded in
// ../shared/oracle/presidio_in.json), the only peer that keeps such a table.
// kavach reads each state's list as the range 1..max rather than as a set:
// Presidio leaves holes (21 is missing for most states although MH-21
// Jalna and KA-21 Puttur are real offices; Bihar lacks the numbers it
// handed to Jharkhand in 2000, yet those plates are still on the road;
// Andhra Pradesh lists only 39 and 40, its codes since 2019, while AP-01 to
// AP-38 are still on older vehicles). A redactor that rejects a real plate
// leaks it, so gaps are accepted; numbers above the maximum are not.
//
// Historical codes are kept because the plates and licences carrying them
// are still in use: OR (Odisha before OD, 2012), UA (Uttarakhand before UK,
// 2007), DN (Dadra and Nagar Haveli, merged with Daman and Diu under DD in
// 2020) and TS (Telangana before TG, 2024). TG and UA take the RTO range of
// TS and UK, which Presidio does not list. The ISO 3166-2 codes CT, UT and
// DH, which Presidio also accepts as prefixes but never validates, are not
// plate codes and are unknown here.
type stateCode struct {
	code   string
	name   string // the state or UT that holds the code's registrations today
	maxRTO uint8  // highest RTO number in use; every number from 1 up is accepted
}

var stateCodes = [...]stateCode{
	{"AN", "Andaman and Nicobar Islands", 1},
	{"AP", "Andhra Pradesh", 40},
	{"AR", "Arunachal Pradesh", 22},
	{"AS", "Assam", 34},
	{"BR", "Bihar", 56},
	{"CG", "Chhattisgarh", 30},
	{"CH", "Chandigarh", 4},
	{"DD", "Dadra and Nagar Haveli and Daman and Diu", 3},
	{"DL", "Delhi", 13},
	{"DN", "Dadra and Nagar Haveli and Daman and Diu", 9}, // before the 2020 merger
	{"GA", "Goa", 12},
	{"GJ", "Gujarat", 39},
	{"HP", "Himachal Pradesh", 99},
	{"HR", "Haryana", 99},
	{"JH", "Jharkhand", 24},
	{"JK", "Jammu and Kashmir", 22},
	{"KA", "Karnataka", 71},
	{"KL", "Kerala", 99},
	{"LA", "Ladakh", 2},
	{"LD", "Lakshadweep", 9},
	{"MH", "Maharashtra", 51},
	{"ML", "Meghalaya", 10},
	{"MN", "Manipur", 7},
	{"MP", "Madhya Pradesh", 71},
	{"MZ", "Mizoram", 8},
	{"NL", "Nagaland", 10},
	{"OD", "Odisha", 35},
	{"OR", "Odisha", 31}, // Orissa, before 2012
	{"PB", "Punjab", 99},
	{"PY", "Puducherry", 5},
	{"RJ", "Rajasthan", 58},
	{"SK", "Sikkim", 8},
	{"TG", "Telangana", 38}, // since 2024; same offices as TS
	{"TN", "Tamil Nadu", 99},
	{"TR", "Tripura", 8},
	{"TS", "Telangana", 38},
	{"UA", "Uttarakhand", 20}, // before 2007; same offices as UK
	{"UK", "Uttarakhand", 20},
	{"UP", "Uttar Pradesh", 96},
	{"WB", "West Bengal", 98},
}

// stateIndex maps a code's two letters, (c0-'A')*26 + (c1-'A'), to one more
// than its index in stateCodes, 0 meaning unknown: a lookup is two
// subtractions and one load, with no hashing and no allocation.
var stateIndex = func() (t [26 * 26]uint8) {
	for i, s := range stateCodes {
		t[int(s.code[0]-'A')*26+int(s.code[1]-'A')] = uint8(i + 1)
	}
	return t
}()

// lookupState returns the entry for the upper-case ASCII letters c0 c1, or
// nil when they are not a known code.
func lookupState(c0, c1 byte) *stateCode {
	if !chars.IsUpper(c0) || !chars.IsUpper(c1) {
		return nil
	}
	i := stateIndex[int(c0-'A')*26+int(c1-'A')]
	if i == 0 {
		return nil
	}
	return &stateCodes[i-1]
}

// StateName returns the name of the state or union territory that the
// two-letter vehicle-registration and driving-licence code stands for, in
// either case ("MH" and "mh" give "Maharashtra"), or "" when the code is
// unknown. Historical codes still on the road give the current name: OR
// gives "Odisha", UA "Uttarakhand", TS and TG "Telangana", DN and DD
// "Dadra and Nagar Haveli and Daman and Diu". It does not allocate.
func StateName(code string) string {
	if len(code) != 2 {
		return ""
	}
	if st := lookupState(chars.Upper(code[0]), chars.Upper(code[1])); st != nil {
		return st.name
	}
	return ""
}

// maxIssueYear is the latest year a licence or a BH-series mark may carry:
// the current year when the package initialises, plus one so that a
// process started in December, or a server on UTC while India (UTC+5:30)
// has already reached 1 January, still accepts the new year's numbers.
// Reading the clock once keeps every call free of system calls.
var maxIssueYear = time.Now().Year() + 1

// compactMarked is compact(buf, s, true) that also records, in bit i of
// seps, that a separator (space, hyphen or no-break space) came before the
// i-th significant character; bit n marks trailing separators. Vehicle marks
// and licences are split into groups, and a separator inside a group
// ("MH 1 4…") is a different string, not the same one written loosely.
// Bits past 31 are dropped; callers reject such lengths anyway.
func compactMarked(buf []byte, s string) (n int, seps uint32, ok bool) {
	for i := 0; i < len(s); {
		c, size := s[i], 1
		if c >= 0x80 {
			c, size = chars.Fold(s, i)
		}
		switch {
		case chars.IsAlnum(c):
			if n < len(buf) {
				buf[n] = chars.Upper(c)
			}
			n++
		case c == ' ' || c == '-' || c == 0 && size == 2 && s[i] == 0xC2 && s[i+1] == 0xA0:
			if n < 32 {
				seps |= 1 << n
			}
		default:
			return n, seps, false
		}
		i += size
	}
	return n, seps, true
}

// digitsValue returns the number written in b, which holds ASCII digits.
func digitsValue(b []byte) int {
	v := 0
	for _, c := range b {
		v = v*10 + int(c-'0')
	}
	return v
}
