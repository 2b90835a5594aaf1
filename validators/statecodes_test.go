package validators_test

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/validators"
)

// plateRefStates is the reference the tests hold the compiled table to, written
// out by hand: each code, its name and the highest RTO number accepted.
var plateRefStates = map[string]struct {
	name   string
	maxRTO int
}{
	"AN": {"Andaman and Nicobar Islands", 1},
	"AP": {"Andhra Pradesh", 40},
	"AR": {"Arunachal Pradesh", 22},
	"AS": {"Assam", 34},
	"BR": {"Bihar", 56},
	"CG": {"Chhattisgarh", 30},
	"CH": {"Chandigarh", 4},
	"DD": {"Dadra and Nagar Haveli and Daman and Diu", 3},
	"DL": {"Delhi", 13},
	"DN": {"Dadra and Nagar Haveli and Daman and Diu", 9},
	"GA": {"Goa", 12},
	"GJ": {"Gujarat", 39},
	"HP": {"Himachal Pradesh", 99},
	"HR": {"Haryana", 99},
	"JH": {"Jharkhand", 24},
	"JK": {"Jammu and Kashmir", 22},
	"KA": {"Karnataka", 71},
	"KL": {"Kerala", 99},
	"LA": {"Ladakh", 2},
	"LD": {"Lakshadweep", 9},
	"MH": {"Maharashtra", 51},
	"ML": {"Meghalaya", 10},
	"MN": {"Manipur", 7},
	"MP": {"Madhya Pradesh", 71},
	"MZ": {"Mizoram", 8},
	"NL": {"Nagaland", 10},
	"OD": {"Odisha", 35},
	"OR": {"Odisha", 31},
	"PB": {"Punjab", 99},
	"PY": {"Puducherry", 5},
	"RJ": {"Rajasthan", 58},
	"SK": {"Sikkim", 8},
	"TG": {"Telangana", 38},
	"TN": {"Tamil Nadu", 99},
	"TR": {"Tripura", 8},
	"TS": {"Telangana", 38},
	"UA": {"Uttarakhand", 20},
	"UK": {"Uttarakhand", 20},
	"UP": {"Uttar Pradesh", 96},
	"WB": {"West Bengal", 98},
}

// TestStateNameAllPairs walks every two-letter pair in both cases.
func TestStateNameAllPairs(t *testing.T) {
	for c0 := byte('A'); c0 <= 'Z'; c0++ {
		for c1 := byte('A'); c1 <= 'Z'; c1++ {
			code := string([]byte{c0, c1})
			want := plateRefStates[code].name
			assert.Equal(t, want, validators.StateName(code), code)
			lower := string([]byte{c0 + 'a' - 'A', c1 + 'a' - 'A'})
			assert.Equal(t, want, validators.StateName(lower), lower)
			mixed := string([]byte{c0, c1 + 'a' - 'A'})
			assert.Equal(t, want, validators.StateName(mixed), mixed)
		}
	}
}

// TestRTORanges holds both validators to plateRefStates: every RTO number
// from 1 to the state's maximum is accepted, 0 is ErrReserved and the
// numbers above are ErrUnknownCode.
func TestRTORanges(t *testing.T) {
	for code, st := range plateRefStates {
		for rto := 0; rto <= 99; rto++ {
			rr := strconv.Itoa(100 + rto)[1:]
			var want error
			switch {
			case rto == 0:
				want = validators.ErrReserved
			case rto > st.maxRTO:
				want = validators.ErrUnknownCode
			}
			for _, err := range []error{
				validators.VehicleRegistration(code + rr + "AB1234"),
				validators.DrivingLicence(code + rr + "20110062821"),
			} {
				if want == nil {
					assert.NoError(t, err, "%s-%s", code, rr)
				} else {
					assert.ErrorIs(t, err, want, "%s-%s", code, rr)
				}
			}
		}
	}
}

func TestStateName(t *testing.T) {
	for in, want := range map[string]string{
		"MH":       "Maharashtra",
		"od":       "Odisha",
		"OR":       "Odisha", // historical: Orissa, before 2012
		"UA":       "Uttarakhand",
		"TG":       "Telangana",
		"CG":       "Chhattisgarh",
		"CT":       "", // ISO 3166-2 code for Chhattisgarh, never on a plate
		"UT":       "", // ISO 3166-2 code for Uttarakhand
		"DH":       "", // ISO 3166-2 code for the merged DNH and DD
		"BH":       "", // the Bharat series is not a state
		"":         "",
		"M":        "",
		"MHX":      "",
		"M1":       "",
		"1H":       "",
		"Ｍ":        "", // one fullwidth letter is three bytes, not a code
		"M\x00":    "",
		"\xff\xff": "",
	} {
		assert.Equal(t, want, validators.StateName(in), "%q", in)
	}
}

func ExampleStateName() {
	fmt.Println(validators.StateName("MH"))
	fmt.Println(validators.StateName("od"))
	fmt.Println(validators.StateName("OR")) // Orissa's code, before 2012
	fmt.Printf("%q\n", validators.StateName("XX"))
	// Output:
	// Maharashtra
	// Odisha
	// Odisha
	// ""
}

func BenchmarkStateName(b *testing.B) {
	for _, in := range []string{"MH", "wb", "XX"} {
		b.Run(in, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				_ = validators.StateName(in)
			}
		})
	}
}
