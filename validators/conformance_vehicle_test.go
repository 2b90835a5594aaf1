package validators_test

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/validators"
)

// TestConformanceValidatorJSLicensePlate checks every isLicensePlate en-IN
// vector of validator.js; plateDiffValidatorJS lists where kavach differs.
func TestConformanceValidatorJSLicensePlate(t *testing.T) {
	var doc struct {
		Functions map[string]struct {
			Valid   []string `json:"valid"`
			Invalid []string `json:"invalid"`
		} `json:"functions"`
	}
	oracletest.JSON(t, "validatorjs_in.json", &doc)
	fn, ok := doc.Functions["isLicensePlate_en-IN"]
	require.True(t, ok, "validatorjs_in.json has no isLicensePlate_en-IN")
	require.NotEmpty(t, fn.Valid)
	require.NotEmpty(t, fn.Invalid)

	// Inputs where kavach deliberately disagrees with validator.js.
	plateDiffValidatorJS := map[string]string{
		"mh04ad0045": "lower case: validator.js rejects it, kavach accepts plates as people type them",
	}
	used := map[string]bool{}
	for _, in := range fn.Valid {
		err := validators.VehicleRegistration(in)
		if why, ok := plateDiffValidatorJS[in]; ok {
			used[in] = true
			assert.Error(t, err, "%q: listed as a difference (%s) but kavach agrees", in, why)
			continue
		}
		assert.NoError(t, err, "validator.js valid %q", in)
	}
	for _, in := range fn.Invalid {
		err := validators.VehicleRegistration(in)
		if why, ok := plateDiffValidatorJS[in]; ok {
			used[in] = true
			assert.NoError(t, err, "%q: listed as a difference (%s) but kavach agrees", in, why)
			continue
		}
		assert.Error(t, err, "validator.js invalid %q", in)
	}
	for in := range plateDiffValidatorJS {
		assert.True(t, used[in], "difference %q is no longer among validator.js's vectors", in)
	}
}

// plateDiffPresidio lists the Presidio vehicle-registration vectors on which
// kavach's verdict differs from "Presidio reports a finding", with the
// reason. Presidio reports weak pattern matches (scores 0.01 to 0.5) that
// it could not validate; kavach's validator answers yes or no.
var plateDiffPresidio = map[string]string{
	"KA99ME3456": "Presidio keeps it at 0.5 though KA has no RTO 99; kavach rejects it (ErrUnknownCode)",
	"MN2412":     "Presidio's very weak pattern (0.01): two letters and four digits, no RTO number; not a full mark",
	"MCX1243":    "Presidio's weak pattern (0.2): three letters and four digits, the pre-1980s district form; not a state-coded mark",
	"I15432":     "Presidio's very weak pattern (0.01): I and five digits; not a state-coded mark",
}

// checkPresidioPlate checks that kavach accepts in when Presidio found it
// (a span), rejects it when Presidio found nothing in it (a whole text),
// and does the opposite for the inputs in plateDiffPresidio.
func checkPresidioPlate(t *testing.T, where, in string, found bool, used map[string]bool) {
	t.Helper()
	err := validators.VehicleRegistration(in)
	if why, ok := plateDiffPresidio[in]; ok {
		used[in] = true
		assert.Equal(t, !found, err == nil, "%s %q: listed as a difference (%s) but kavach agrees", where, in, why)
		return
	}
	if found {
		assert.NoError(t, err, "%s: Presidio finds %q", where, in)
	} else {
		assert.Error(t, err, "%s: Presidio finds nothing in %q", where, in)
	}
}

// substr returns s[start:end] in Python's code-point offsets.
func substr(s string, start, end int) string {
	r := []rune(s)
	return string(r[start:end])
}

// TestConformancePresidioVehicle checks the vehicle-registration cases of
// presidio_in.json, presidio_in_cases.jsonl and
// presidio_in_observed_behaviour.jsonl.
func TestConformancePresidioVehicle(t *testing.T) {
	used := map[string]bool{}

	var doc struct {
		Recognizers map[string]struct {
			Cases []struct {
				Text             string `json:"text"`
				ExpectedLen      int    `json:"expected_len"`
				ExpectedPosition []int  `json:"expected_position"`
			} `json:"cases"`
		} `json:"recognizers"`
	}
	oracletest.JSON(t, "presidio_in.json", &doc)
	cases := doc.Recognizers["vehicle_registration"].Cases
	require.NotEmpty(t, cases, "presidio_in.json has no vehicle_registration cases")
	for _, c := range cases {
		in := c.Text
		if c.ExpectedLen > 0 {
			in = substr(c.Text, c.ExpectedPosition[0], c.ExpectedPosition[1])
		}
		checkPresidioPlate(t, "presidio_in.json", in, c.ExpectedLen > 0, used)
	}

	n := 0
	for _, row := range jsonLines(t, "presidio_in_cases.jsonl") {
		var c struct {
			Entity        string  `json:"entity"`
			Text          string  `json:"text"`
			ExpectedCount int     `json:"expected_count"`
			Spans         [][]int `json:"spans"`
		}
		require.NoError(t, json.Unmarshal(row, &c))
		if c.Entity != "IN_VEHICLE_REGISTRATION" {
			continue
		}
		n++
		if c.ExpectedCount == 0 {
			checkPresidioPlate(t, "presidio_in_cases.jsonl", c.Text, false, used)
		}
		for _, sp := range c.Spans {
			checkPresidioPlate(t, "presidio_in_cases.jsonl", substr(c.Text, sp[0], sp[1]), true, used)
		}
	}
	require.NotZero(t, n, "presidio_in_cases.jsonl has no IN_VEHICLE_REGISTRATION rows")

	n = 0
	for _, row := range jsonLines(t, "presidio_in_observed_behaviour.jsonl") {
		var c struct {
			Entity  string   `json:"entity"`
			Text    string   `json:"text"`
			Matched []string `json:"matched"`
		}
		require.NoError(t, json.Unmarshal(row, &c))
		if c.Entity != "IN_VEHICLE_REGISTRATION" {
			continue
		}
		n++
		if len(c.Matched) == 0 {
			checkPresidioPlate(t, "observed", c.Text, false, used)
		}
		for _, m := range c.Matched {
			checkPresidioPlate(t, "observed", m, true, used)
		}
	}
	require.NotZero(t, n, "presidio_in_observed_behaviour.jsonl has no IN_VEHICLE_REGISTRATION rows")
	assert.ErrorIs(t, validators.VehicleRegistration("KA99ME3456"), validators.ErrUnknownCode)

	for in := range plateDiffPresidio {
		assert.True(t, used[in], "difference %q is no longer among Presidio's vectors", in)
	}
}

// jsonLines returns the non-empty lines of an oracle JSON-lines file.
func jsonLines(t *testing.T, name string) [][]byte {
	t.Helper()
	var rows [][]byte
	for _, line := range bytes.Split(oracletest.Read(t, name), []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			rows = append(rows, line)
		}
	}
	return rows
}

// plateNotInPresidio lists the codes kavach knows that Presidio's RTO table
// lacks, with the reason.
var plateNotInPresidio = map[string]string{
	"TG": "Telangana's code since March 2024; same offices as TS",
	"UA": "Uttarakhand's code before UK; same offices as UK",
}

// TestConformancePresidioRTOTable re-derives the RTO table from Presidio's
// in_vehicle_dist_* sets and compares it with what VehicleRegistration and
// DrivingLicence accept: every number Presidio lists is accepted, the
// highest is kavach's maximum, the next is ErrUnknownCode, and the gaps
// below it (which kavach accepts) are logged.
func TestConformancePresidioRTOTable(t *testing.T) {
	var doc struct {
		Recognizers map[string]struct {
			ReferenceTables map[string]json.RawMessage `json:"reference_tables"`
		} `json:"recognizers"`
	}
	oracletest.JSON(t, "presidio_in.json", &doc)
	tables := doc.Recognizers["vehicle_registration"].ReferenceTables
	require.NotEmpty(t, tables, "presidio_in.json has no vehicle reference tables")

	presidio := map[string]map[int]bool{}
	for key, raw := range tables {
		code, ok := strings.CutPrefix(key, "in_vehicle_dist_")
		if !ok {
			continue
		}
		var nums []string
		require.NoError(t, json.Unmarshal(raw, &nums), key)
		set := map[int]bool{}
		for _, s := range nums {
			v, err := strconv.Atoi(s)
			require.NoError(t, err, "%s: %q", key, s)
			set[v] = true
		}
		presidio[strings.ToUpper(code)] = set
	}
	require.NotEmpty(t, presidio)

	plate := func(code string, rto int) string { return code + strconv.Itoa(rto) + "AB1234" }
	licence := func(code string, rto int) string {
		return code + strconv.Itoa(100 + rto)[1:] + "20110062821"
	}
	var gaps []string
	for code, set := range presidio {
		assert.NotEmpty(t, validators.StateName(code), "Presidio's state %s is unknown to kavach", code)
		highest := 0
		for v := range set {
			highest = max(highest, v)
			assert.NoError(t, validators.VehicleRegistration(plate(code, v)), "Presidio lists %s-%d", code, v)
			assert.NoError(t, validators.DrivingLicence(licence(code, v)), "Presidio lists %s-%d", code, v)
		}
		assert.Equal(t, highest, plateRefStates[code].maxRTO, "%s: highest RTO", code)
		if highest < 99 {
			assert.ErrorIs(t, validators.VehicleRegistration(plate(code, highest+1)), validators.ErrUnknownCode, "%s-%d", code, highest+1)
			assert.ErrorIs(t, validators.DrivingLicence(licence(code, highest+1)), validators.ErrUnknownCode, "%s-%d", code, highest+1)
		}
		for v := 1; v < highest; v++ {
			if !set[v] {
				gaps = append(gaps, code+"-"+strconv.Itoa(100 + v)[1:])
				assert.NoError(t, validators.VehicleRegistration(plate(code, v)), "gap %s-%d is accepted", code, v)
			}
		}
	}
	sort.Strings(gaps)
	t.Logf("%d RTO numbers below a state's maximum that Presidio omits, accepted by kavach: %s", len(gaps), strings.Join(gaps, " "))

	for c0 := byte('A'); c0 <= 'Z'; c0++ {
		for c1 := byte('A'); c1 <= 'Z'; c1++ {
			code := string([]byte{c0, c1})
			if validators.StateName(code) == "" {
				continue
			}
			_, inPresidio := presidio[code]
			_, listed := plateNotInPresidio[code]
			assert.True(t, inPresidio != listed, "%s: in Presidio's table %v, listed as missing from it %v", code, inPresidio, listed)
		}
	}
	for code, why := range plateNotInPresidio {
		if validators.StateName(code) == "" {
			t.Errorf("%s listed as kavach-only (%s) but unknown to StateName", code, why)
		}
	}
}
