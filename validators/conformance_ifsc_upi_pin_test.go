package validators

// This file is in package validators, not validators_test, so that it can
// compare the generated tables (ifscBankCodes, upiHandles) with the oracle
// they were generated from, as golang.org/x/text's table tests do.

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kavachpii/kavach/internal/oracletest"
)

// oracleIFSCBanks returns the bank codes of razorpay_ifsc_banknames.json.
func oracleIFSCBanks(t *testing.T) map[string]bool {
	t.Helper()
	var names map[string]string
	oracletest.JSON(t, "razorpay_ifsc_banknames.json", &names)
	set := make(map[string]bool, len(names))
	for code := range names {
		set[code] = true
	}
	return set
}

// TestConformanceIFSCTable re-derives ifsc_table.go from the oracle, then
// checks IFSCBankKnown against it for all 26⁴ four-letter codes.
func TestConformanceIFSCTable(t *testing.T) {
	banks := oracleIFSCBanks(t)
	want := make([]string, 0, len(banks))
	for code := range banks {
		want = append(want, code)
	}
	slices.Sort(want)
	var got []string
	for i := 0; i+4 <= len(ifscBankCodes); i += 4 {
		got = append(got, ifscBankCodes[i:i+4])
	}
	if len(ifscBankCodes) != 4*ifscBankCount || !slices.Equal(got, want) {
		t.Fatalf("ifsc_table.go is stale (%d codes, oracle has %d): run go generate ./validators", len(got), len(want))
	}
	var code [4]byte
	for i := range 26 * 26 * 26 * 26 {
		for k, n := 3, i; k >= 0; k, n = k-1, n/26 {
			code[k] = byte('A' + n%26)
		}
		s := string(code[:])
		if IFSCBankKnown(s) != banks[s] {
			t.Fatalf("IFSCBankKnown(%q) = %v, oracle says %v", s, !banks[s], banks[s])
		}
	}
}

// ifscBranchLevelOnly lists, by razorpay/ifsc test group, the invalid
// vectors kavach accepts: their shape and bank code are valid and only the
// branch is missing from the RBI list (182,295 IFSCs), which kavach does
// not bundle. The test computes which vectors these are and checks the
// counts, so a new vector that kavach rejects, or accepts for another
// reason, shows up.
var ifscBranchLevelOnly = map[string]struct {
	count  int
	reason string
}{
	"testBasicValidator":      {1, "PUNB0000000: Punjab National Bank has no branch 000000"},
	"testValidateInvalidCode": {6, "made-up branches of real banks: BOTM (MUFG Bank), BOTX (Shree Botad Mercantile Co-operative Bank; a real code, not an invented one) and DLXB"},
	"testHPSC":                {1, "HPSC0000300: branch not in the RBI list"},
	"testEdgeCases":           {1, "SBMY0040704: a State Bank of Mysore branch, withdrawn after the 2017 merger into SBI"},
	"testSBIOldCodes":         {297, "IFSCs of SBI's former associate banks (SBBJ, SBHY, SBMY, SBTR, STBP), withdrawn after the 2017 merger; the bank codes stay in banknames.json"},
	"testNewSBICodes":         {123, "SBIN branch codes that do not exist"},
}

func TestConformanceIFSCVectors(t *testing.T) {
	banks := oracleIFSCBanks(t)
	var vectors struct {
		Valid   []string                   `json:"valid"`
		Invalid []string                   `json:"invalid"`
		Groups  map[string]map[string]bool `json:"groups"`
	}
	oracletest.JSON(t, "razorpay_ifsc_vectors.json", &vectors)
	shape := regexp.MustCompile(`^[A-Z]{4}0[A-Z0-9]{6}$`)

	for _, s := range vectors.Valid {
		if err := IFSC(s); err != nil {
			t.Errorf("IFSC(%q) = %v; razorpay/ifsc says valid", s, err)
		}
	}
	group := make(map[string]string)
	for g, m := range vectors.Groups {
		for s := range m {
			group[s] = g
		}
	}
	counts := make(map[string]int)
	unknownBank := 0
	for _, s := range vectors.Invalid {
		g, ok := group[s]
		if !ok {
			t.Errorf("invalid vector %q is in no group", s)
			continue
		}
		err := IFSC(s)
		if shape.MatchString(s) && banks[s[:4]] {
			counts[g]++
			if err != nil {
				t.Errorf("IFSC(%q) = %v; want nil (branch-level only, group %s)", s, err, g)
			}
			continue
		}
		// Everything else razorpay rejects must be rejected too; an unknown
		// bank code with ErrUnknownCode.
		switch {
		case err == nil:
			t.Errorf("IFSC(%q) = nil; razorpay/ifsc rejects it (group %s)", s, g)
		case shape.MatchString(s) && !errors.Is(err, ErrUnknownCode):
			t.Errorf("IFSC(%q) = %v; want ErrUnknownCode (group %s)", s, err, g)
		}
		if shape.MatchString(s) {
			unknownBank++
		}
	}
	total := 0
	for g, want := range ifscBranchLevelOnly {
		if counts[g] != want.count {
			t.Errorf("group %s: %d branch-level-only vectors, listed %d (%s)", g, counts[g], want.count, want.reason)
		}
		total += want.count
	}
	for g, n := range counts {
		if _, ok := ifscBranchLevelOnly[g]; !ok {
			t.Errorf("group %s: %d branch-level-only vectors not listed with a reason", g, n)
		}
	}
	// Every invalid vector at this commit fails at the branch level only:
	// none has an unknown bank code or a bad shape (BOTX, which looks made
	// up, is a real co-operative bank's code).
	if total != len(vectors.Invalid) || unknownBank != 0 {
		t.Errorf("%d invalid vectors, %d branch-level only, %d with an unknown bank; the oracle changed, review ifscBranchLevelOnly", len(vectors.Invalid), total, unknownBank)
	}
}

// TestConformanceUPITable re-derives upi_table.go from upi_handles.json.
func TestConformanceUPITable(t *testing.T) {
	var file struct {
		ByApp       map[string][]string `json:"by_app"`
		BankHandles []string            `json:"bank_handles"`
	}
	oracletest.JSON(t, "upi_handles.json", &file)
	want := slices.Clone(file.BankHandles)
	for _, hs := range file.ByApp {
		want = append(want, hs...)
	}
	for i := range want {
		want[i] = strings.ToLower(want[i])
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if !slices.Equal(upiHandles[:], want) {
		t.Fatalf("upi_table.go is stale:\n got %q\nwant %q\nrun go generate ./validators", upiHandles, want)
	}
	for _, h := range want {
		for _, s := range []string{h, strings.ToUpper(h)} {
			if !UPIKnownHandle(s) {
				t.Errorf("UPIKnownHandle(%q) = false", s)
			}
			if err := UPI("9876543210@" + s); err != nil {
				t.Errorf("UPI(%q) = %v", "9876543210@"+s, err)
			}
		}
	}
}

// TestConformanceUPISyntax compares UPI with upi_handles.json's vpa_syntax
// regexp, anchored in place of its \b (a search pattern's word boundaries:
// unanchored, it finds "asha@gmail" inside an e-mail address, which is what
// its caveat warns about).
func TestConformanceUPISyntax(t *testing.T) {
	var file struct {
		Syntax struct {
			Regex string `json:"regex"`
		} `json:"vpa_syntax"`
	}
	oracletest.JSON(t, "upi_handles.json", &file)
	pat := strings.ReplaceAll(file.Syntax.Regex, `\b`, "")
	pat = strings.Replace(pat, "(?i)", "(?i)^", 1) + "$"
	re, err := regexp.Compile(pat)
	if err != nil {
		t.Fatalf("vpa_syntax %q: %v", pat, err)
	}
	locals := []string{"9876543210", "asha.k", "a", "ab", "_a", "a_", "a-b.c_d", ".x", "A1", strings.Repeat("x", 256), strings.Repeat("x", 257), ""}
	handles := []string{"ybl", "okaxis", "y", "yb", "1ybl", "gmail.com", "ok-axis", "OKSBI", strings.Repeat("h", 64), strings.Repeat("h", 65), "", "ybl@ibl"}
	for _, l := range locals {
		for _, h := range handles {
			s := l + "@" + h
			if got, want := UPI(s) == nil, re.MatchString(s); got != want {
				t.Errorf("UPI(%q) valid=%v, vpa_syntax says %v", s, got, want)
			}
		}
	}
}

// TestConformancePINCode checks validator.js's isPostalCode('IN') vectors.
// kavach's one disagreement with it, the 3-3 split "110 001" that
// validator.js rejects, has no vector upstream; pincode_test.go covers it.
func TestConformancePINCode(t *testing.T) {
	var file struct {
		Functions map[string]struct {
			Valid   []string `json:"valid"`
			Invalid []string `json:"invalid"`
		} `json:"functions"`
	}
	oracletest.JSON(t, "validatorjs_in.json", &file)
	fn, ok := file.Functions["isPostalCode_IN"]
	if !ok || len(fn.Valid)+len(fn.Invalid) == 0 {
		t.Fatal("validatorjs_in.json: no isPostalCode_IN vectors")
	}
	for _, s := range fn.Valid {
		if err := PINCode(s); err != nil {
			t.Errorf("PINCode(%q) = %v; validator.js says valid", s, err)
		}
	}
	for _, s := range fn.Invalid {
		if PINCode(s) == nil {
			t.Errorf("PINCode(%q) = nil; validator.js says invalid", s)
		}
	}
}
