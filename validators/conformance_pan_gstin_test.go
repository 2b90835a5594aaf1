package validators_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/validators"
)

// This file checks PAN and GSTIN against every PAN and GSTIN vector in the
// shared oracle: oracle_gstin.tsv (python-stdnum and stdnum-js verdicts),
// stdnum_gstin.json, stdnum_pan.json, stdnumjs_in.json, validatorjs_in.json
// and presidio_in.json. A peer's verdict maps to a sentinel:
//
//	True              -> nil
//	InvalidLength     -> ErrLength
//	InvalidFormat     -> ErrFormat
//	InvalidChecksum   -> ErrChecksum
//	InvalidComponent  -> the component kavach sees: ErrUnknownCode (state
//	                     code, holder type), ErrReserved (entity 0, serial
//	                     0000) or ErrFormat (14th character not Z)
//
// Vectors where kavach deliberately answers otherwise are listed below,
// each with its reason; a listed vector that no oracle file holds fails
// the test, so the lists stay honest.

// pgDiff is kavach's answer to a vector where it differs from a peer.
type pgDiff struct {
	want error
	why  string
}

const (
	why38 = "state 38 (Ladakh): stdnum peers whitelist 01-37, the GST portal lists 38; kavach accepts it"
	why97 = "state 97 (Other Territory): stdnum peers whitelist 01-37, the GST portal lists 97; kavach accepts it"
	why99 = "state 99 (Centre Jurisdiction): stdnum peers whitelist 01-37, the GST portal lists 99; kavach accepts it"
	// For a mutated vector with state 38/97/99, stdnum stops at the state;
	// kavach accepts the state and reports the mutation instead.
	why38x = "state 38 accepted (stdnum stops at it: InvalidComponent), so kavach reports the mutation"
	why97x = "state 97 accepted (stdnum stops at it: InvalidComponent), so kavach reports the mutation"
	why99x = "state 99 accepted (stdnum stops at it: InvalidComponent), so kavach reports the mutation"
)

// gstinStdnumDiffers lists the GSTIN vectors where kavach differs from
// python-stdnum and stdnum-js (oracle_gstin.tsv): all are state codes 38, 97
// and 99, which both peers reject.
var gstinStdnumDiffers = map[string]pgDiff{
	// Valid: the peers reject them for their state code alone.
	"38AAGCB7383J2Z4": {nil, why38},
	"38AAGCB7383JBZV": {nil, why38},
	"38AAGCB7383JCZU": {nil, why38},
	"38AAKFD7113K4Z4": {nil, why38},
	"38AAKFD7113K8Z0": {nil, why38},
	"38AAKFD7113KJZP": {nil, why38},
	"38AAPFU0939F1ZS": {nil, why38},
	"38AAPFU0939F9ZK": {nil, why38},
	"38AAPFU0939FAZJ": {nil, why38},
	"38AAPPV8261K5ZK": {nil, why38},
	"38AAPPV8261KDZC": {nil, why38},
	"38AAPPV8261KEZB": {nil, why38},
	"38ABMPA3211G7ZX": {nil, why38},
	"38ABMPA3211G8ZW": {nil, why38},
	"38ABMPA3211GGZO": {nil, why38},
	"38ACUPA7085R4ZF": {nil, why38},
	"38ACUPA7085R5ZE": {nil, why38},
	"38ACUPA7085RAZ9": {nil, why38},
	"38AFZPK7190K4ZA": {nil, why38},
	"38AFZPK7190K7Z7": {nil, why38},
	"38AFZPK7190K9Z5": {nil, why38},

	"97AAGCB7383J4ZY": {nil, why97},
	"97AAGCB7383JCZQ": {nil, why97},
	"97AAGCB7383JEZO": {nil, why97},
	"97AAKFD7113K2Z2": {nil, why97},
	"97AAKFD7113K9ZV": {nil, why97},
	"97AAKFD7113KDZR": {nil, why97},
	"97AAPFU0939F1ZO": {nil, why97},
	"97AAPFU0939F7ZI": {nil, why97},
	"97AAPFU0939FDZC": {nil, why97},
	"97AAPPV8261K3ZI": {nil, why97},
	"97AAPPV8261K6ZF": {nil, why97},
	"97AAPPV8261KHZ4": {nil, why97},
	"97ABMPA3211G3ZX": {nil, why97},
	"97ABMPA3211G7ZT": {nil, why97},
	"97ABMPA3211G8ZS": {nil, why97},
	"97ACUPA7085R3ZC": {nil, why97},
	"97ACUPA7085R7Z8": {nil, why97},
	"97ACUPA7085RAZ5": {nil, why97},
	"97AFZPK7190KCZY": {nil, why97},
	"97AFZPK7190KEZW": {nil, why97},
	"97AFZPK7190KFZV": {nil, why97},

	"99AAGCB7383J3ZV": {nil, why99},
	"99AAGCB7383J4ZU": {nil, why99},
	"99AAGCB7383JBZN": {nil, why99},
	"99AAKFD7113K5ZV": {nil, why99},
	"99AAKFD7113K7ZT": {nil, why99},
	"99AAKFD7113KAZQ": {nil, why99},
	"99AAPFU0939F5ZG": {nil, why99},
	"99AAPFU0939FAZB": {nil, why99},
	"99AAPFU0939FJZ2": {nil, why99},
	"99AAPPV8261K7ZA": {nil, why99},
	"99AAPPV8261KAZ7": {nil, why99},
	"99AAPPV8261KFZ2": {nil, why99},
	"99ABMPA3211G8ZO": {nil, why99},
	"99ABMPA3211GFZH": {nil, why99},
	"99ABMPA3211GGZG": {nil, why99},
	"99ACUPA7085R1ZA": {nil, why99},
	"99ACUPA7085RCZZ": {nil, why99},
	"99ACUPA7085REZX": {nil, why99},
	"99AFZPK7190K8ZY": {nil, why99},
	"99AFZPK7190K9ZX": {nil, why99},
	"99AFZPK7190KFZR": {nil, why99},
	// Mutated: kavach reports the mutation, the peers the state code.
	"38AAKFD7113K4ZU": {validators.ErrChecksum, why38x},
	"38AAPPD8261K5ZK": {validators.ErrChecksum, why38x},
	"38ABMPA3211GJZW": {validators.ErrChecksum, why38x},
	"38ACUPA7085RAZI": {validators.ErrChecksum, why38x},
	"38QCUPA7085R4ZF": {validators.ErrChecksum, why38x},
	"97AAKFD7113K9ZM": {validators.ErrChecksum, why97x},
	"97ABMPA3311G8ZS": {validators.ErrChecksum, why97x},
	"99ABMPA3211GAZG": {validators.ErrChecksum, why99x},
	"99ACUPA7085RDZ5": {validators.ErrChecksum, why99x},
	"99XBMPA3211G8ZO": {validators.ErrChecksum, why99x},
}

// panVectors and gstinVectors give kavach's answer for vectors whose peer names no
// error category (stdnum-js and validator.js invalid lists, Presidio).
var panVectors = map[string]pgDiff{
	"234123412347": {validators.ErrLength, "stdnum-js: an Aadhaar is not a PAN"},
	"ABMPA32111":   {validators.ErrFormat, "stdnum-js: last character must be a letter"},
	"ABMXA3211G":   {validators.ErrUnknownCode, "stdnum-js: X is no holder type"},
	"DDDDD1111D":   {validators.ErrUnknownCode, "validator.js: D is no holder type"},
	"1234567890":   {validators.ErrFormat, "validator.js: digits only"},
	"ABCDEFGHIJ":   {validators.ErrFormat, "validator.js: letters only"},
	"ABCDE1234F":   {validators.ErrUnknownCode, "the form placeholder: D is no holder type"},
	"AAAAA0000A":   {validators.ErrReserved, "validator.js: serial 0000"},
	"PQRST6789K":   {validators.ErrUnknownCode, "Presidio: S is no holder type"},
	"ABCD1234F":    {validators.ErrLength, "Presidio: 9 characters"},
	"ABCDE12345F":  {validators.ErrLength, "Presidio: 11 characters"},
	"12345ABCDE":   {validators.ErrFormat, "Presidio: digits first"},
	"ABCDE1234":    {validators.ErrLength, "Presidio: 9 characters"},
	"AAASA1111R":   {validators.ErrUnknownCode, "Presidio: S is no holder type"},
	"ABCPD1234Z":   {nil, "Presidio: company, valid shape"},
	"ABCND1234Z":   {validators.ErrUnknownCode, "Presidio: N is no holder type"},
	"A1111DFSFS":   {validators.ErrFormat, "Presidio: not PAN-shaped"},
	"ABCD1234":     {validators.ErrLength, "Presidio: 8 characters"},
	"ABBPM4567S":   {nil, "Presidio: individual, valid shape"},
}

var gstinVectors = map[string]pgDiff{
	"27AAPFU0939F1Z":      {validators.ErrLength, "stdnum-js: 14 characters"},
	"27AAPFU0939F1Z0":     {validators.ErrChecksum, "stdnum-js: wrong check character"},
	"27ABCDE1234F1Z5":     {validators.ErrUnknownCode, "Presidio: D is no holder type (and the check character should be 0)"},
	"07PQRST6789K1Z2":     {validators.ErrUnknownCode, "Presidio: S is no holder type (and the check character should be Y)"},
	"01ABCDE1234F1Z5":     {validators.ErrUnknownCode, "Presidio: D is no holder type"},
	"37ABCDE1234F1Z5":     {validators.ErrUnknownCode, "Presidio: D is no holder type"},
	"27ABCDE1234F1Z":      {validators.ErrLength, "Presidio: 14 characters"},
	"27ABCDE1234F1Z55":    {validators.ErrLength, "Presidio: 16 characters"},
	"00ABCDE1234F1Z5":     {validators.ErrUnknownCode, "Presidio: state 00"},
	"38ABCDE1234F1Z5":     {validators.ErrUnknownCode, "Presidio: rejected by both, but for different reasons: Presidio rejects state 38, kavach the holder type D"},
	"27ABCDE1234F1Y5":     {validators.ErrFormat, "Presidio: 14th character Y, not Z"},
	"":                    {validators.ErrLength, "Presidio: empty"},
	"123456789012345":     {validators.ErrFormat, "Presidio: digits only"},
	"ABCDEFGHIJKLMNO":     {validators.ErrFormat, "Presidio: letters only"},
	"27-ABCDE-1234-F1-Z5": {validators.ErrUnknownCode, "Presidio's sanitizer input: hyphens are skipped, then D is no holder type"},
	"27 ABCDE 1234 F1 Z5": {validators.ErrUnknownCode, "Presidio's sanitizer input: spaces are skipped, then D is no holder type"},
	"The company GSTIN is 27ABCDE1234F1Z5 for tax purposes": {validators.ErrLength, "Presidio's sanitizer input: a sentence, not one identifier (spaces skipped, far too many letters)"},
}

// pgPresidioDiffers lists every Presidio vector whose verdict (found or
// valid) differs from kavach's, with the reason. Presidio checks shape and
// state only: no holder type and no check character for GSTIN, and its
// weaker PAN patterns (scores 0.1 and 0.01) ignore the holder type.
var pgPresidioDiffers = map[string]string{
	"27ABCDE1234F1Z5": "D is no PAN holder type and the check character should be 0; Presidio checks neither",
	"07PQRST6789K1Z2": "S is no PAN holder type and the check character is wrong; Presidio checks neither",
	"01ABCDE1234F1Z5": "D is no PAN holder type and the check character is wrong; Presidio checks neither",
	"37ABCDE1234F1Z5": "D is no PAN holder type and the check character is wrong; Presidio checks neither",
	"ABCDE1234F":      "the form placeholder: D is no holder type; Presidio's GSTIN PAN-part check ignores it",
	"PQRST6789K":      "S is no holder type; Presidio's GSTIN PAN-part check ignores it",
	"AAASA1111R":      "S is no holder type; Presidio finds it with its Medium pattern (score 0.1)",
	"ABCND1234Z":      "N is no holder type; Presidio finds it with its Medium pattern (score 0.1)",
	"A1111DFSFS":      "not PAN-shaped; Presidio finds it with its Low pattern (score 0.01)",
}

// pgUsed records the listed vectors some oracle file holds.
type pgUsed map[string]bool

func (u pgUsed) checkAll(t *testing.T, name string, lists ...map[string]pgDiff) {
	t.Helper()
	for _, l := range lists {
		for in := range l {
			assert.True(t, u[in], "%s lists %q, which no oracle file holds", name, in)
		}
	}
}

// pgStdnumWant maps a python-stdnum or stdnum-js verdict ("True",
// "False:InvalidFormat", "true", "InvalidComponent (…)") to kavach's
// sentinel. component names the component kavach objects to; ok is false
// for InvalidComponent when kavach objects to none.
func pgStdnumWant(t *testing.T, verdict string, component func() error) (want error, ok bool) {
	t.Helper()
	v := strings.ToLower(verdict)
	v = strings.TrimPrefix(v, "false:")
	if i := strings.IndexByte(v, ' '); i >= 0 {
		v = v[:i]
	}
	switch v {
	case "true":
		return nil, true
	case "invalidlength":
		return validators.ErrLength, true
	case "invalidformat":
		return validators.ErrFormat, true
	case "invalidchecksum":
		return validators.ErrChecksum, true
	case "invalidcomponent":
		err := component()
		return err, err != nil
	}
	t.Fatalf("unknown stdnum verdict %q", verdict)
	return nil, false
}

// gstinComponent names what kavach objects to in a GSTIN python-stdnum
// calls InvalidComponent, in the order GSTIN checks; nil when nothing.
func gstinComponent(s string) error {
	g, ok := refAlnum(s)
	if !ok || len(g) != 15 {
		return nil
	}
	state, err := strconv.Atoi(g[:2])
	switch {
	case g[13] != 'Z':
		return validators.ErrFormat
	case err != nil || validators.GSTINState(state) == "":
		return validators.ErrUnknownCode
	case g[12] == '0':
		return validators.ErrReserved
	case validators.PANHolder(g[5]) == "":
		return validators.ErrUnknownCode
	case g[7:11] == "0000":
		return validators.ErrReserved
	}
	return nil
}

// panComponent is gstinComponent for a PAN.
func panComponent(s string) error {
	p, ok := refAlnum(s)
	switch {
	case !ok || len(p) != 10:
		return nil
	case validators.PANHolder(p[3]) == "":
		return validators.ErrUnknownCode
	case p[5:9] == "0000":
		return validators.ErrReserved
	}
	return nil
}

// pgExpect checks fn(in) against the peer's answer mapped to want, or
// against the listed answer when in is listed in differs.
func pgExpect(t *testing.T, fn func(string) error, in string, want error, ok bool, differs map[string]pgDiff, u pgUsed, src string) {
	t.Helper()
	if d, listed := differs[in]; listed {
		u[in] = true
		if ok && want == d.want {
			t.Errorf("%s: %q is listed as a difference (%s), but kavach agrees with the peer", src, in, d.why)
		}
		want, ok = d.want, true
	}
	if !ok {
		t.Errorf("%s: %q: the peer says InvalidComponent, kavach sees no bad component, and the difference is not listed", src, in)
		return
	}
	err := fn(in)
	if want == nil {
		assert.NoError(t, err, "%s: %q", src, in)
		return
	}
	assert.ErrorIs(t, err, want, "%s: %q", src, in)
}

// TestConformancePANGSTIN checks every vector; the lists above must each be
// used by some oracle file.
func TestConformancePANGSTIN(t *testing.T) {
	oracletest.Dir(t) // skip at once when the oracle is absent
	u := pgUsed{}
	t.Run("oracle_gstin.tsv", func(t *testing.T) { pgConformGSTINOracle(t, u) })
	t.Run("stdnum_pan.json", func(t *testing.T) { pgConformPANStdnum(t) })
	t.Run("stdnumjs_in.json", func(t *testing.T) { pgConformStdnumJS(t, u) })
	t.Run("validatorjs_in.json", func(t *testing.T) { pgConformValidatorJS(t, u) })
	t.Run("presidio_in.json", func(t *testing.T) { pgConformPresidio(t, u) })
	u.checkAll(t, "gstinStdnumDiffers", gstinStdnumDiffers)
	u.checkAll(t, "panVectors", panVectors)
	u.checkAll(t, "gstinVectors", gstinVectors)
	for in := range pgPresidioDiffers {
		assert.True(t, u[in], "pgPresidioDiffers lists %q, which presidio_in.json does not hold", in)
	}
}

func pgConformGSTINOracle(t *testing.T, u pgUsed) {
	rows := oracletest.TSV(t, "oracle_gstin.tsv")
	for _, r := range rows {
		in := r["input"]
		comp := func() error { return gstinComponent(in) }
		want, ok := pgStdnumWant(t, r["stdnum_py"], comp)
		wantJS, okJS := pgStdnumWant(t, r["stdnum_js"], comp)
		if ok != okJS || want != wantJS {
			t.Errorf("oracle_gstin.tsv: %q: python-stdnum (%s) and stdnum-js (%s) disagree; list the vector", in, r["stdnum_py"], r["stdnum_js"])
			continue
		}
		pgExpect(t, validators.GSTIN, in, want, ok, gstinStdnumDiffers, u, "oracle_gstin.tsv ("+r["category"]+")")
	}
	t.Logf("checked %d vectors of oracle_gstin.tsv", len(rows))

	var sg pgStdnumFile
	oracletest.JSON(t, "stdnum_gstin.json", &sg)
	sg.check(t, validators.GSTIN, gstinComponent, gstinStdnumDiffers, u, "stdnum_gstin.json")
	sg.checkInfo(t, "stdnum_gstin.json")
}

func pgConformPANStdnum(t *testing.T) {
	var sp pgStdnumFile
	oracletest.JSON(t, "stdnum_pan.json", &sp)
	sp.check(t, validators.PAN, panComponent, nil, pgUsed{}, "stdnum_pan.json")
	sp.checkInfo(t, "stdnum_pan.json")
}

// pgStdnumFile is the shape of stdnum_<id>.json.
type pgStdnumFile struct {
	Valid          []string `json:"valid"`
	Invalid        []string `json:"invalid"`
	InvalidReasons []struct {
		Value  string `json:"value"`
		Reason string `json:"reason"`
	} `json:"invalid_reasons"`
	OtherExamples []struct {
		Call   string `json:"call"`
		Result string `json:"result"`
	} `json:"other_examples"`
}

// checkInfo checks stdnum's info() examples against [validators.GSTINState]
// and [validators.PANHolder]; mask() and to_pan() have no kavach
// counterpart.
func (j *pgStdnumFile) checkInfo(t *testing.T, src string) {
	t.Helper()
	call := regexp.MustCompile(`^info\('([0-9A-Z]+)'\)\['(\w+)'\]$`)
	for _, x := range j.OtherExamples {
		m := call.FindStringSubmatch(x.Call)
		if m == nil {
			t.Logf("%s: %s: no kavach counterpart", src, x.Call)
			continue
		}
		want := strings.Trim(x.Result, "'")
		switch m[2] {
		case "state":
			code, err := strconv.Atoi(m[1][:2])
			assert.NoError(t, err, "%s: %s", src, x.Call)
			assert.Equal(t, want, validators.GSTINState(code), "%s: %s", src, x.Call)
		case "holder_type", "card_holder_type":
			assert.Equal(t, want, validators.PANHolder(m[1][3]), "%s: %s", src, x.Call)
		default:
			t.Errorf("%s: %s: unknown info field", src, x.Call)
		}
	}
}

func (j *pgStdnumFile) check(t *testing.T, fn func(string) error, component func(string) error, differs map[string]pgDiff, u pgUsed, src string) {
	t.Helper()
	for _, in := range j.Valid {
		pgExpect(t, fn, in, nil, true, differs, u, src)
	}
	reasons := map[string]string{}
	for _, r := range j.InvalidReasons {
		reasons[r.Value] = r.Reason
	}
	for _, in := range j.Invalid {
		reason, found := reasons[in]
		if !found {
			t.Errorf("%s: %q has no reason", src, in)
			continue
		}
		want, ok := pgStdnumWant(t, reason, func() error { return component(in) })
		pgExpect(t, fn, in, want, ok, differs, u, src)
	}
	assert.NotEmpty(t, j.Valid, src)
	assert.NotEmpty(t, j.Invalid, src)
}

func pgConformStdnumJS(t *testing.T, u pgUsed) {
	var js struct {
		GSTIN, PAN struct{ Valid, Invalid []string }
	}
	oracletest.JSON(t, "stdnumjs_in.json", &js)
	pgCheckLists(t, validators.PAN, js.PAN.Valid, js.PAN.Invalid, panVectors, u, "stdnumjs_in.json pan")
	pgCheckLists(t, validators.GSTIN, js.GSTIN.Valid, js.GSTIN.Invalid, gstinVectors, u, "stdnumjs_in.json gstin")
}

// pgCheckLists checks a peer's valid list (nil) and invalid list (the
// sentinel vectors gives, which must list every invalid vector).
func pgCheckLists(t *testing.T, fn func(string) error, valid, invalid []string, vectors map[string]pgDiff, u pgUsed, src string) {
	t.Helper()
	assert.NotEmpty(t, valid, src)
	assert.NotEmpty(t, invalid, src)
	for _, in := range valid {
		assert.NoError(t, fn(in), "%s: %q", src, in)
	}
	for _, in := range invalid {
		d, ok := vectors[in]
		if !ok {
			t.Errorf("%s: %q: give kavach's expected sentinel in the vector list", src, in)
			continue
		}
		u[in] = true
		assert.Error(t, fn(in), "%s: %q (%s)", src, in, d.why)
		assert.ErrorIs(t, fn(in), d.want, "%s: %q (%s)", src, in, d.why)
	}
}

func pgConformValidatorJS(t *testing.T, u pgUsed) {
	var vj struct {
		Functions map[string]struct {
			Regex   string
			Valid   []string
			Invalid []string
		}
	}
	oracletest.JSON(t, "validatorjs_in.json", &vj)
	f, ok := vj.Functions["isTaxID_en-IN (PAN)"]
	if !ok {
		t.Fatal(`validatorjs_in.json: no "isTaxID_en-IN (PAN)"`)
	}
	pgCheckLists(t, validators.PAN, f.Valid, f.Invalid, panVectors, u, "validatorjs_in.json isTaxID_en-IN")
	// validator.js's regex has no legacy K and no lower case; kavach
	// accepts both (see pan.go).
	for _, in := range []string{"AAAKA1234B", "acupa7085r"} {
		assert.NoError(t, validators.PAN(in), "peer disagreement with validator.js: %q", in)
	}
}

// pgPresidioCase is one case of presidio_in.json; which fields are set tells
// its kind: gstin (validate), pan (GSTIN's PAN-part check), text with
// expected_len (analyze) or text with expected (sanitize).
type pgPresidioCase struct {
	Text        *string `json:"text"`
	ExpectedLen *int    `json:"expected_len"`
	Expected    any     `json:"expected"`
	GSTIN       *string `json:"gstin"`
	PAN         *string `json:"pan"`
}

var pgPresidioToken = regexp.MustCompile(`[0-9A-Za-z]*[0-9][0-9A-Za-z]*`)

func pgConformPresidio(t *testing.T, u pgUsed) {
	var p struct {
		Recognizers map[string]struct{ Cases []pgPresidioCase }
	}
	oracletest.JSON(t, "presidio_in.json", &p)
	// verdict: kavach's answer must match the listed one; found is
	// Presidio's verdict, or nil for a sanitize case that has none.
	verdict := func(fn func(string) error, vectors map[string]pgDiff, in string, found *bool, src string) {
		d, ok := vectors[in]
		if !ok {
			t.Errorf("%s: %q: give kavach's expected sentinel in the vector list", src, in)
			return
		}
		u[in] = true
		err := fn(in)
		if d.want == nil {
			assert.NoError(t, err, "%s: %q (%s)", src, in, d.why)
		} else {
			assert.ErrorIs(t, err, d.want, "%s: %q (%s)", src, in, d.why)
		}
		if found == nil {
			return
		}
		why, listed := pgPresidioDiffers[in]
		if *found != (err == nil) {
			assert.True(t, listed, "%s: %q: Presidio says %v, kavach %v; list it in pgPresidioDiffers", src, in, *found, err)
		} else {
			assert.False(t, listed, "%s: %q is in pgPresidioDiffers (%s) but kavach agrees", src, in, why)
		}
	}
	for name, r := range map[string]struct {
		fn      func(string) error
		vectors map[string]pgDiff
	}{"gstin": {validators.GSTIN, gstinVectors}, "pan": {validators.PAN, panVectors}} {
		cases := p.Recognizers[name].Cases
		assert.NotEmpty(t, cases, "presidio_in.json %s", name)
		for _, c := range cases {
			src := "presidio_in.json " + name
			switch {
			case c.GSTIN != nil:
				ok := c.Expected == true
				verdict(validators.GSTIN, gstinVectors, *c.GSTIN, &ok, src+" validate")
			case c.PAN != nil:
				ok := c.Expected == true
				verdict(validators.PAN, panVectors, *c.PAN, &ok, src+" PAN part")
			case c.Text != nil && c.ExpectedLen != nil:
				text := *c.Text
				if !strings.Contains(text, " ") {
					found := *c.ExpectedLen > 0
					verdict(r.fn, r.vectors, text, &found, src+" analyze")
					continue
				}
				var toks []string
				for _, tok := range pgPresidioToken.FindAllString(text, -1) {
					if len(tok) >= 8 {
						toks = append(toks, tok)
					}
				}
				if *c.ExpectedLen != 0 && *c.ExpectedLen != len(toks) {
					t.Errorf("%s: cannot tell which of %q Presidio finds in %q", src, toks, text)
					continue
				}
				found := *c.ExpectedLen > 0
				for _, tok := range toks {
					verdict(r.fn, r.vectors, tok, &found, src+" analyze")
				}
			case c.Text != nil:
				verdict(r.fn, r.vectors, *c.Text, nil, src+" sanitize")
				if s, ok := c.Expected.(string); ok {
					verdict(r.fn, r.vectors, s, nil, src+" sanitize")
				}
			default:
				t.Errorf("%s: unknown case shape %+v", src, c)
			}
		}
	}
}
