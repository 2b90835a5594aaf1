package validators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/validators"
)

// TestMobileConformance checks every row of oracle_phone_in.tsv. kavach's
// expectation is libphonenumber's: valid, of type MOBILE or
// FIXED_LINE_OR_MOBILE, and Indian (E.164 starting +91). Rows where kavach
// differs from libphonenumber, and rows where it differs from validator.js's
// isMobilePhone(en-IN), must be listed below with the reason.
func TestMobileConformance(t *testing.T) {
	// Rows libphonenumber calls a valid mobile-type number of another
	// country; kavach validates Indian numbers only (ErrUnknownCode).
	foreign := map[string]string{
		"+1 415 555 2671": "a US number (libphonenumber FIXED_LINE_OR_MOBILE in region US): not Indian",
	}
	// Rows where kavach's verdict is not the expectation above. None.
	libphoneDiffers := map[string]string{}
	// Rows where kavach's verdict is not validator.js's.
	validatorjsDiffers := map[string]string{
		"+91 98765 43210":   "separators: validator.js allows none; kavach accepts the 5-5 grouping",
		"+91-98765-43210":   "separators: validator.js allows none; kavach accepts hyphens",
		"+91 9876 543 210":  "separators: validator.js allows none; kavach accepts 4-3-3",
		"0091 98765 43210":  "validator.js has no 0091 prefix; kavach accepts it, as libphonenumber does",
		"0091-9876543210":   "validator.js has no 0091 prefix; kavach accepts it, as libphonenumber does",
		"(+91) 98765 43210": "validator.js allows no parentheses; kavach accepts them around the country code",
		"98765 43210":       "separators: validator.js allows none; kavach accepts 5-5",
		"98765-43210":       "separators: validator.js allows none; kavach accepts 5-5 with a hyphen",
		"987-654-3210":      "separators: validator.js allows none; kavach accepts 3-3-4",
		"8045678901":        "Bengaluru landline: validator.js accepts any [6-9] start; kavach rejects by the numbering plan (libphonenumber FIXED_LINE)",
		"08045678901":       "Bengaluru landline with trunk 0: validator.js accepts; kavach rejects by the numbering plan",
		"6122345678":        "Patna landline: validator.js accepts any [6-9] start; kavach rejects by the numbering plan",
		"7122345678":        "Nagpur landline: validator.js accepts any [6-9] start; kavach rejects by the numbering plan",
		"1600123456":        "1600 series: libphonenumber classifies it MOBILE and kavach encodes its ranges; validator.js requires a [6-9] start",
		"+91 1600 123 456":  "1600 series (see above), grouped 4-3-3",
	}

	rows := oracletest.TSV(t, "oracle_phone_in.tsv")
	usedLib, usedVJS, usedForeign := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range rows {
		in := r["input"]
		typ := r["libphone_type"]
		mobileType := r["libphone_valid"] == "true" && (typ == "MOBILE" || typ == "FIXED_LINE_OR_MOBILE")
		want := mobileType && strings.HasPrefix(r["libphone_e164"], "+91")
		err := validators.Mobile(in)
		got := err == nil

		if mobileType && !want {
			if why, listed := foreign[in]; !listed {
				t.Errorf("%q: a foreign mobile-type number not listed in foreign", in)
			} else if usedForeign[in] = true; !errors.Is(err, validators.ErrUnknownCode) {
				t.Errorf("Mobile(%q) = %v, want ErrUnknownCode (%s)", in, err, why)
			}
		}

		if why, listed := libphoneDiffers[in]; listed {
			usedLib[in] = true
			if got == want {
				t.Errorf("%q: listed as differing from libphonenumber (%s) but agrees", in, why)
			}
		} else if got != want {
			t.Errorf("Mobile(%q) = %v; libphonenumber says valid=%s type=%s e164=%s", in, err, r["libphone_valid"], typ, r["libphone_e164"])
		}

		vjs := r["validatorjs_mobile_enIN"] == "true"
		if why, listed := validatorjsDiffers[in]; listed {
			usedVJS[in] = true
			if got == vjs {
				t.Errorf("%q: listed as differing from validator.js (%s) but agrees", in, why)
			}
		} else if got != vjs {
			t.Errorf("Mobile(%q) = %v; validator.js says %v and the difference is not listed", in, err, vjs)
		}
	}
	for in := range foreign {
		if !usedForeign[in] {
			t.Errorf("%q: listed as foreign but not a foreign mobile-type row of the oracle", in)
		}
	}
	for in := range libphoneDiffers {
		if !usedLib[in] {
			t.Errorf("%q: listed as a libphonenumber difference but not in the oracle", in)
		}
	}
	for in := range validatorjsDiffers {
		if !usedVJS[in] {
			t.Errorf("%q: listed as a validator.js difference but not in the oracle", in)
		}
	}
}

// TestMobileCarrierPrefixes checks that every prefix libphonenumber's
// carrier data for +91 names (a mobile operator's series) is a mobile
// range in the table for at least one completion.
func TestMobileCarrierPrefixes(t *testing.T) {
	// Prefixes the table may reject, with the reason. None so far.
	exceptions := map[string]string{}

	checked := 0
	for _, line := range strings.Split(string(oracletest.Read(t, "libphonenumber_carrier_91.txt")), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		prefix, carrier, ok := strings.Cut(line, "|")
		if !ok || !strings.HasPrefix(prefix, "91") {
			t.Errorf("carrier line %q: want 91<prefix>|<carrier>", line)
			continue
		}
		national := prefix[2:]
		if !(national != "" && national[0] >= '6' && national[0] <= '9' ||
			strings.HasPrefix(national, "1600") || strings.HasPrefix(national, "1601")) {
			continue // not a 10-digit mobile series
		}
		if len(national) > 10 {
			t.Errorf("carrier prefix %s (%s) is longer than a national number", prefix, carrier)
			continue
		}
		checked++
		if mobileCompletion(national) == "" {
			if why, ok := exceptions[prefix]; ok {
				t.Logf("carrier prefix %s (%s) not a mobile range: %s", prefix, carrier, why)
				continue
			}
			t.Errorf("carrier prefix %s (%s): no completion is a mobile range", prefix, carrier)
		}
	}
	if checked < 3000 {
		t.Errorf("checked only %d carrier prefixes; the file should list over 3000", checked)
	}
}

// mobileCompletion returns a 10-digit completion of prefix that MobileRange
// accepts, or "". The table decides on five digits, so completing up to
// five is enough.
func mobileCompletion(prefix string) string {
	if len(prefix) >= 5 {
		n := prefix + strings.Repeat("0", 10-len(prefix))
		if validators.MobileRange(n) {
			return n
		}
		return ""
	}
	for d := '0'; d <= '9'; d++ {
		if n := mobileCompletion(prefix + string(d)); n != "" {
			return n
		}
	}
	return ""
}

// TestMobileTable re-derives the table from libphonenumber's metadata: for
// every five-digit prefix, the mobile pattern and MobileRange must agree,
// with several tails per prefix.
func TestMobileTable(t *testing.T) {
	re, err := parseMobilePattern(oracletest.Read(t, mobileMetadata))
	if err != nil {
		t.Fatalf("%s: %v", mobileMetadata, err)
	}
	mobile := 0
	for p := range 100000 {
		head := fmt.Sprintf("%05d", p)
		for _, tail := range []string{"00000", "99999", fmt.Sprintf("%05d", p*7919%100000)} {
			n := head + tail
			want := re.MatchString(n)
			if got := validators.MobileRange(n); got != want {
				t.Fatalf("MobileRange(%s) = %v, libphonenumber's mobile pattern says %v: regenerate with go generate", n, got, want)
			}
			if want && tail == "00000" {
				mobile++
			}
		}
	}
	// The 1600 series is in libphonenumber's mobile ranges; kavach keeps it.
	for _, n := range []string{"1600000000", "1601999999"} {
		if !validators.MobileRange(n) {
			t.Errorf("MobileRange(%s) = false; the 1600/1601 series should be mobile", n)
		}
	}
	t.Logf("%d of 100000 five-digit prefixes are mobile", mobile)
}
