package validators

// A GSTIN (Goods and Services Tax Identification Number) is allotted to
// every person registered under the CGST Act, 2017: fifteen characters,
//
//	27 AAPFU0939F 1 Z V
//
// a two-digit state code (see [GSTINState]), the holder's PAN (see [PAN]:
// the same holder-type and serial rules apply), an entity number 1–9 or A–Z
// counting the holder's registrations in that state, the default letter Z,
// and a check character: Luhn mod 36 over the alphabet 0–9A–Z (see
// [GSTINCheckChar]), which catches every single-character substitution.
//
// Decisions, where the issuing rule is silent or the peers disagree:
//   - state codes 38 (Ladakh), 97 (Other Territory) and 99 (Centre
//     Jurisdiction) are accepted, as the GST portal lists them;
//     python-stdnum, stdnum-js and Presidio accept only 01–37.
//   - lower case and spaces or hyphens anywhere are accepted
//     ("27aapfu0939f1zv", "27 AAPFU 0939F 1ZV"), as python-stdnum accepts
//     them; fullwidth and Indian-script characters fold as in [PAN].
//   - only regular, PAN-based registrations with Z in the 14th place pass.
//     TDS deductors (a TAN in place of the PAN, D in the 14th place), TCS
//     collectors (C in the 14th place) and the NRI, OIDAR and UIN families
//     (0717USA12345NF1) are rejected with ErrFormat: their layout and check
//     character are known only from blogs, and both stdnum peers reject
//     them too.
//   - entity number 0 is never issued (numbering starts at 1): ErrReserved,
//     like the PAN serial 0000. python-stdnum calls both InvalidComponent.
//   - Presidio's sample GSTINs (27ABCDE1234F1Z5, 07PQRST6789K1Z2) are
//     rejected: their holder letters D and S are no holder types and their
//     check characters are wrong (Presidio does not check either).
const (
	gstinLen     = 15
	gstinBodyLen = gstinLen - 1
)

var (
	errGSTINFormat   = newErr("GSTIN", "only letters, digits, spaces and hyphens allowed", ErrFormat)
	errGSTINLength   = newErr("GSTIN", "must have 15 characters", ErrLength)
	errGSTINStateFmt = newErr("GSTIN", "state code must be two digits", ErrFormat)
	errGSTINPANShape = newErr("GSTIN", "characters 3-12 must be a PAN: 5 letters, 4 digits, a letter", ErrFormat)
	errGSTINDefault  = newErr("GSTIN", "14th character must be Z", ErrFormat)
	errGSTINState    = newErr("GSTIN", "unknown state code", ErrUnknownCode)
	errGSTINEntity   = newErr("GSTIN", "entity number 0 is never issued", ErrReserved)
	errGSTINHolder   = newErr("GSTIN", "unknown PAN holder type (6th character)", ErrUnknownCode)
	errGSTINSerial   = newErr("GSTIN", "PAN serial 0000 is never issued", ErrReserved)
	errGSTINChecksum = newErr("GSTIN", "mod-36 check character mismatch", ErrChecksum)

	errGSTINCheckFormat = newErr("GSTIN check character", "only letters, digits, spaces and hyphens allowed", ErrFormat)
	errGSTINCheckLength = newErr("GSTIN check character", "want the first 14 characters", ErrLength)
)

// gstinStates names the GST state codes, as the GST portal lists them
// (also https://ddvat.gov.in/docs/List%20of%20State%20Code.pdf, which stops
// at 37). 25 (Daman and Diu) is kept: new registrations there use 26 since
// the 2020 merger, but GSTINs starting 25 remain on earlier documents. 28
// is undivided Andhra Pradesh, which the portal and python-stdnum keep.
var gstinStates = [100]string{
	1:  "Jammu and Kashmir",
	2:  "Himachal Pradesh",
	3:  "Punjab",
	4:  "Chandigarh",
	5:  "Uttarakhand",
	6:  "Haryana",
	7:  "Delhi",
	8:  "Rajasthan",
	9:  "Uttar Pradesh",
	10: "Bihar",
	11: "Sikkim",
	12: "Arunachal Pradesh",
	13: "Nagaland",
	14: "Manipur",
	15: "Mizoram",
	16: "Tripura",
	17: "Meghalaya",
	18: "Assam",
	19: "West Bengal",
	20: "Jharkhand",
	21: "Odisha",
	22: "Chhattisgarh",
	23: "Madhya Pradesh",
	24: "Gujarat",
	25: "Daman and Diu",
	26: "Dadra and Nagar Haveli and Daman and Diu",
	27: "Maharashtra",
	28: "Andhra Pradesh (before division)",
	29: "Karnataka",
	30: "Goa",
	31: "Lakshadweep",
	32: "Kerala",
	33: "Tamil Nadu",
	34: "Puducherry",
	35: "Andaman and Nicobar Islands",
	36: "Telangana",
	37: "Andhra Pradesh (new)",
	38: "Ladakh",
	97: "Other Territory",
	99: "Centre Jurisdiction",
}

// GSTINState names the state or union territory of a GST state code, the
// first two digits of a GSTIN: GSTINState(27) is "Maharashtra". It returns
// "" for a code not in use.
func GSTINState(code int) string {
	if code < 0 || code >= len(gstinStates) {
		return ""
	}
	return gstinStates[code]
}

// GSTIN checks a GST Identification Number as people write it: upper or
// lower case, optionally split by spaces or hyphens. It returns nil or an
// error wrapping ErrLength, ErrFormat, ErrUnknownCode (state code or PAN
// holder type), ErrReserved (entity number 0 or PAN serial 0000) or
// ErrChecksum. State codes 38, 97 and 99 are accepted; only regular,
// PAN-based GSTINs pass, not the TDS, TCS, NRI, OIDAR or UIN families.
func GSTIN(s string) error {
	var buf [gstinLen]byte
	n, ok := compact(buf[:], s, true)
	switch {
	case !ok:
		return errGSTINFormat
	case n != gstinLen:
		return errGSTINLength
	case !allDigits(buf[:2]):
		return errGSTINStateFmt
	}
	pan := panProblem(buf[2:12])
	switch {
	case pan == panBadShape:
		return errGSTINPANShape
	case buf[13] != 'Z':
		return errGSTINDefault
	case gstinStates[int(buf[0]-'0')*10+int(buf[1]-'0')] == "":
		return errGSTINState
	case buf[12] == '0':
		return errGSTINEntity
	case pan == panBadHolder:
		return errGSTINHolder
	case pan == panBadSerial:
		return errGSTINSerial
	case mod36Sum(buf[:], false) != 0:
		return errGSTINChecksum
	}
	return nil
}

// GSTINCheckChar returns the check character (0–9 or A–Z) that completes
// the first 14 characters of a GSTIN, written as [GSTIN] accepts them. It
// checks only that there are 14 letters or digits, not the state code or
// the PAN, so it serves to build test numbers as well as to explain a
// mismatch.
func GSTINCheckChar(first14 string) (byte, error) {
	var buf [gstinBodyLen]byte
	n, ok := compact(buf[:], first14, true)
	switch {
	case !ok:
		return 0, errGSTINCheckFormat
	case n != gstinBodyLen:
		return 0, errGSTINCheckLength
	}
	sum := mod36Sum(buf[:], true)
	return mod36Alphabet[(36-sum)%36], nil
}

const mod36Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// mod36Sum is the Luhn mod N sum, N = 36, of b (upper-case ASCII letters
// and digits): counting from the right, every second character is doubled
// and its two base-36 digits added. A complete GSTIN is valid when the sum
// is 0. With payload set, b lacks its check character, so doubling starts
// at its last character, and the check character is what brings the sum
// to 0.
func mod36Sum(b []byte, payload bool) int {
	sum := 0
	double := payload
	for i := len(b) - 1; i >= 0; i-- {
		v := int(b[i] - '0')
		if v > 9 {
			v = int(b[i]-'A') + 10
		}
		if double {
			// 2v in base 36, digits summed: a permutation of 0–35,
			// which is why every single substitution is caught.
			v *= 2
			if v >= 36 {
				v -= 35
			}
		}
		sum += v
		double = !double
	}
	return sum % 36
}
