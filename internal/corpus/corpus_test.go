package corpus

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/mail"
	"net/netip"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/validators"
)

const mib = 1 << 20

// corpus1 is Generate(1, 1 MiB), shared by the tests.
var corpus1 = sync.OnceValue(func() *Corpus { return Generate(1, mib) })

func TestDeterminism(t *testing.T) {
	for _, seed := range []int64{0, 1, 42, -7} {
		a, b := Generate(seed, 200_000), Generate(seed, 200_000)
		if !bytes.Equal(a.Text, b.Text) || !slices.Equal(a.PII, b.PII) || !slices.Equal(a.Decoys, b.Decoys) {
			t.Fatalf("seed %d: two runs differ", seed)
		}
		if !bytes.Equal(Clean(seed, 100_000), Clean(seed, 100_000)) {
			t.Fatalf("seed %d: Clean differs between runs", seed)
		}
	}
	if bytes.Equal(Generate(1, 50_000).Text, Generate(2, 50_000).Text) {
		t.Error("seeds 1 and 2 give the same text")
	}
	if bytes.Equal(Clean(1, 50_000), Clean(2, 50_000)) {
		t.Error("Clean: seeds 1 and 2 give the same text")
	}
	// A longer corpus starts with a shorter one's lines until the end.
	short, long := Generate(3, 10_000), Generate(3, 20_000)
	cut := bytes.LastIndexByte(short.Text, '\n')
	if !bytes.Equal(short.Text[:cut], long.Text[:cut]) {
		t.Error("size changes the text before the last line")
	}
}

func TestSizes(t *testing.T) {
	for _, size := range []int{-1, 0} {
		if c := Generate(1, size); len(c.Text) != 0 || len(c.PII) != 0 || len(c.Decoys) != 0 {
			t.Errorf("Generate(1, %d) not empty", size)
		}
		if len(Clean(1, size)) != 0 {
			t.Errorf("Clean(1, %d) not empty", size)
		}
	}
	for _, size := range []int{1, 100, 4096, 100_000, mib} {
		c := Generate(9, size)
		if len(c.Text) < size || len(c.Text) > size+2048 {
			t.Errorf("Generate(9, %d): %d bytes", size, len(c.Text))
		}
		checkSpans(t, c)
		if n := len(Clean(9, size)); n < size || n > size+2048 {
			t.Errorf("Clean(9, %d): %d bytes", size, n)
		}
	}
}

func TestFormatsAndKinds(t *testing.T) {
	want := []string{"access", "json", "kyc", "chat-en", "chat-hi", "csv"}
	if got := Formats(); !slices.Equal(got, want) {
		t.Errorf("Formats() = %q, want %q", got, want)
	}
	if k := Kinds(); len(k) != 18 || len(slices.Compact(slices.Sorted(slices.Values(k)))) != 18 {
		t.Errorf("Kinds() = %q, want 18 distinct kinds", k)
	}
	// Every line format shows up.
	text := string(corpus1().Text)
	for _, marker := range []string{`] "GET `, `{"ts":"`, " ref=", "] Priya: ", "मेरा", "name,mobile,email,pan,city,pincode\n", "txn_date,utr,amount,payer_vpa,status\n"} {
		if !strings.Contains(text, marker) {
			t.Errorf("no line with %q", marker)
		}
	}
}

func TestSpans(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		checkSpans(t, Generate(seed, 300_000))
	}
	c := corpus1()
	checkSpans(t, c)
	if len(c.PII) == 0 || c.PII[0].Start != 0 {
		t.Error("text does not start with planted PII")
	}
	if last := c.PII[len(c.PII)-1]; last.End != len(c.Text) {
		t.Errorf("text does not end with planted PII: ends %q", c.Text[max(0, len(c.Text)-40):])
	}
	// Values are planted at line starts and line ends beyond the first and
	// last line.
	var starts, ends int
	for _, s := range c.PII {
		if s.Start > 0 && c.Text[s.Start-1] == '\n' {
			starts++
		}
		if s.End < len(c.Text) && c.Text[s.End] == '\n' {
			ends++
		}
	}
	if starts < 200 || ends < 200 {
		t.Errorf("PII at %d line starts and %d line ends; want 200 of each", starts, ends)
	}
}

// checkSpans checks the ground truth of c: valid UTF-8, spans non-empty,
// in order, not overlapping and on word boundaries.
func checkSpans(t *testing.T, c *Corpus) {
	t.Helper()
	if !utf8.Valid(c.Text) {
		t.Error("text is not valid UTF-8")
	}
	for name, list := range map[string][]Span{"PII": c.PII, "Decoys": c.Decoys} {
		if !slices.IsSortedFunc(list, func(a, b Span) int { return a.Start - b.Start }) {
			t.Errorf("%s not in text order", name)
		}
	}
	all := slices.Concat(c.PII, c.Decoys)
	slices.SortFunc(all, func(a, b Span) int { return a.Start - b.Start })
	end := 0
	for _, s := range all {
		if s.Start < end || s.End <= s.Start || s.End > len(c.Text) {
			t.Fatalf("bad span %+v after offset %d (text %d bytes)", s, end, len(c.Text))
		}
		end = s.End
		if s.Kind == "" || s.Form == "" {
			t.Fatalf("span %+v without kind or form", s)
		}
		if !utf8.Valid(c.Text[s.Start:s.End]) {
			t.Fatalf("span %+v cuts a character", s)
		}
		if s.Start > 0 && isAlnum(c.Text[s.Start-1]) || s.End < len(c.Text) && isAlnum(c.Text[s.End]) {
			t.Fatalf("span %+v %q not on a word boundary: %q", s, c.Text[s.Start:s.End], c.Text[max(0, s.Start-10):min(len(c.Text), s.End+10)])
		}
	}
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// fold folds Indian-script digits to ASCII.
func fold(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c, n := chars.Fold(s, i)
		if n == 3 && chars.IsDigit(c) {
			b.WriteByte(c)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// digitsOf returns the ASCII digits of s after folding.
func digitsOf(s string) string {
	var b strings.Builder
	for _, c := range []byte(fold(s)) {
		if c >= '0' && c <= '9' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

var (
	rePAN      = regexp.MustCompile(`^[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]$`)
	rePassport = regexp.MustCompile(`^[A-PR-WY][1-9][0-9]{5}[1-9]$`)
	reVoter    = regexp.MustCompile(`^[A-Z]{3}[0-9]{7}$`)
	reDL       = regexp.MustCompile(`^([A-Z]{2})[ -]?([0-9]{2})[ -]?((?:19|20)[0-9]{2})[ -]?([0-9]{7})$`)
	reGSTIN    = regexp.MustCompile(`^([0-9]{2})[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$`)
	reVehicle  = regexp.MustCompile(`^([A-Z]{2})[ -]?[0-9]{1,2}[ -]?[A-HJ-NP-Z]{0,3}[ -]?[0-9]{4}$`)
	reBH       = regexp.MustCompile(`^2[1-5][ -]?BH[ -]?[0-9]{4}[ -]?[A-HJ-NP-Z]{1,2}$`)
	reABHA     = regexp.MustCompile(`^[0-9]{2}([ -]?)[0-9]{4}([ -]?)[0-9]{4}([ -]?)[0-9]{4}$`)
	reIFSC     = regexp.MustCompile(`^[A-Z]{4}0[A-Z0-9]{6}$`)
	reUPI      = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,255}@[a-z][a-z0-9]{1,63}$`)
	rePIN      = regexp.MustCompile(`^[1-8][0-9]{2} ?[0-9]{3}$`)
	reMobile   = regexp.MustCompile(`^(?:\+91[ -]?|\(\+91\) |0|91)?([6-9][0-9]{4}[ -]?[0-9]{5}|[6-9][0-9]{2}-[0-9]{3}-[0-9]{4})$`)
	reLandline = regexp.MustCompile(`^(?:0|\+91 |\(0)([1-8][0-9]{1,3})\)?[ -]?([2-7][0-9 ]+)$`)
	reDigits   = regexp.MustCompile(`^[0-9]+$`)
)

var stateCodes = strings.Fields("AN AP AR AS BR CG CH DD DL GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD PB PY RJ SK TN TR TS UK UP WB")

// validatorFor is the validators function for each kind that has one.
var validatorFor = map[string]func(string) error{
	Aadhaar:        validators.Aadhaar,
	VID:            validators.VID,
	PAN:            validators.PAN,
	Passport:       validators.Passport,
	VoterID:        validators.VoterID,
	DrivingLicence: validators.DrivingLicence,
	GSTIN:          validators.GSTIN,
	Mobile:         validators.Mobile,
	UPI:            validators.UPI,
	Card:           validators.Card,
	ABHA:           validators.ABHA,
	PINCode:        validators.PINCode,
	Vehicle:        validators.VehicleRegistration,
	IFSC:           validators.IFSC,
}

// checkPII returns why the value v of a span of kind k and form form is
// not valid, or "". It applies the validators function for k, on the value
// as written, and then checks of its own: the stricter rules the generator
// promises (no Verhoeff-valid card, EPIC digits passing Luhn, …).
func checkPII(k, form, v string) string {
	if fn := validatorFor[k]; fn != nil {
		if err := fn(v); err != nil {
			return err.Error()
		}
	}
	f := fold(v)
	switch k {
	case Aadhaar:
		if d := digitsOf(v); looksTimestamp12([]byte(d)) || hidesMobile([]byte(d)) {
			return "reads as a timestamp or 91+mobile"
		}
	case VID:
		if validators.Luhn(digitsOf(v)) {
			return "also passes Luhn (card-like)"
		}
	case PAN:
		if !rePAN.MatchString(v) {
			return "not a PAN"
		}
	case Passport:
		if !rePassport.MatchString(v) {
			return "not a passport number"
		}
	case VoterID:
		if !reVoter.MatchString(v) || !validators.VoterIDLuhn(v) {
			return "not an EPIC with Luhn digits"
		}
	case DrivingLicence:
		m := reDL.FindStringSubmatch(v)
		if m == nil || !slices.Contains(stateCodes, m[1]) || m[3] < "1990" || m[3] > "2025" || m[2] == "00" {
			return "not a driving licence"
		}
	case GSTIN:
		if c, err := validators.GSTINCheckChar(v[:14]); err != nil || c != v[14] || gstinCheck([]byte(v)) != c {
			return "check character disagrees with validators.GSTINCheckChar"
		}
	case Mobile:
		if reMobile.FindStringSubmatch(f) == nil {
			return "not a written mobile number"
		}
		d := digitsOf(v)
		if !validators.MobileRange(d[len(d)-10:]) {
			return "not in validators.MobileRange"
		}
		if form == "mobile-91-10" && validators.Verhoeff(d) {
			return "91+mobile passes Verhoeff (Aadhaar-like)"
		}
	case UPI:
		if !reUPI.MatchString(v) || !validators.UPIKnownHandle(v[strings.IndexByte(v, '@')+1:]) {
			return "not a VPA with a known handle"
		}
		if form == "upi-mobile" && !validators.MobileRange(v[:10]) {
			return "local part not in validators.MobileRange"
		}
	case Card:
		d := digitsOf(v)
		if len(d) != 16 || !validators.Luhn(d) || validators.Verhoeff(d) {
			return "not a Luhn-valid, Verhoeff-invalid 16-digit card"
		}
		if validators.CardNetwork(d) == "" {
			return "no card network"
		}
	case Email:
		a, err := mail.ParseAddress(v)
		if err != nil || a.Address != v || !strings.Contains(v[strings.IndexByte(v, '@'):], ".") {
			return "not an e-mail address"
		}
	case ABHA:
		m := reABHA.FindStringSubmatch(f)
		if m == nil || m[1] != m[2] || m[2] != m[3] {
			return "not an ABHA number"
		}
	case PINCode:
		if !rePIN.MatchString(f) {
			return "not a PIN code"
		}
		switch f[:2] {
		case "10", "29", "35", "54", "55", "65", "66", "86", "87", "88", "89":
			return "unused PIN prefix"
		}
	case BankAccount:
		d := []byte(f)
		if !reDigits.Match(d) || len(d) < 9 || len(d) > 18 {
			return "not 9-18 digits"
		}
		if validators.Mobile(f) == nil || hidesMobile(d) || len(d) == 10 && d[0] >= '6' ||
			validators.Aadhaar(f) == nil || validators.Card(f) == nil || validators.VID(f) == nil ||
			len(d) >= 13 && validators.Luhn(f) {
			return "also a mobile, Aadhaar, card or VID"
		}
	case DateOfBirth:
		var tm time.Time
		var err error
		for _, layout := range []string{"02/01/2006", "2006-01-02", "02-01-2006", "02.01.2006"} {
			if tm, err = time.Parse(layout, f); err == nil {
				break
			}
		}
		if err != nil || tm.Year() < 1945 || tm.Year() > 2008 {
			return "not a date of birth"
		}
	case Vehicle:
		if reBH.MatchString(v) {
			return ""
		}
		m := reVehicle.FindStringSubmatch(v)
		if m == nil || !slices.Contains(stateCodes, m[1]) {
			return "not a vehicle registration"
		}
	case IFSC:
		if !reIFSC.MatchString(v) || !slices.Contains(ifscBanks, v[:4]) {
			return "not an IFSC of a known bank"
		}
	case IPAddress:
		if _, err := netip.ParseAddr(v); err != nil {
			return err.Error()
		}
	default:
		return "unknown kind"
	}
	return ""
}

func TestPIIValid(t *testing.T) {
	for _, seed := range []int64{1, 5} {
		c := Generate(seed, mib)
		if seed == 1 {
			c = corpus1()
		}
		bad := 0
		for _, s := range c.PII {
			v := string(c.Text[s.Start:s.End])
			if why := checkPII(s.Kind, s.Form, v); why != "" {
				bad++
				if bad <= 20 {
					t.Errorf("seed %d: %s %q (%s): %s", seed, s.Kind, v, s.Form, why)
				}
			}
			// No other kind's validator accepts the value, so its kind is
			// unambiguous; only a 14-digit account number is also
			// ABHA-shaped (ABHA has no check digit), and context tells them
			// apart.
			for k, fn := range validatorFor {
				if k != s.Kind && fn(v) == nil && !(s.Kind == BankAccount && k == ABHA) {
					t.Errorf("%s %q (%s) also passes the %s validator", s.Kind, v, s.Form, k)
				}
			}
			if strings.HasSuffix(s.Form, "-deva") != (fold(v) != v) {
				t.Errorf("%s %q: form %s does not match its digits", s.Kind, v, s.Form)
			}
		}
	}
}

// TestContext checks which values are written with context.
func TestContext(t *testing.T) {
	c := corpus1()
	always := map[string]bool{Passport: true, VoterID: true, DrivingLicence: true, ABHA: true,
		PINCode: true, BankAccount: true, DateOfBirth: true, Vehicle: true, IFSC: true}
	without := map[string]int{}
	for _, s := range c.PII {
		if s.Context {
			continue
		}
		without[s.Kind]++
		needs := always[s.Kind] || s.Kind == Mobile && slices.Index(mobileForms[:], strings.TrimSuffix(s.Form, "-deva")) < mobileNeedsCtx
		if needs && !inCSVRow(c.Text, s) {
			t.Errorf("%s %q (%s) without context outside CSV: %q", s.Kind, c.Text[s.Start:s.End], s.Form, line(c.Text, s))
		}
	}
	for _, k := range []string{Aadhaar, VID, PAN, GSTIN, Mobile, UPI, Card, Email, IPAddress} {
		if without[k] < 20 {
			t.Errorf("%s: only %d values without context", k, without[k])
		}
	}
}

// line returns the line s is in.
func line(text []byte, s Span) []byte {
	i := bytes.LastIndexByte(text[:s.Start], '\n') + 1
	j := bytes.IndexByte(text[s.End:], '\n')
	if j < 0 {
		return text[i:]
	}
	return text[i : s.End+j]
}

// inCSVRow reports whether s is a cell of a CSV row.
func inCSVRow(text []byte, s Span) bool {
	l := line(text, s)
	return bytes.Count(l, []byte(",")) == 5 && !bytes.ContainsAny(l, `"[]{}= `[:6]) &&
		bytes.Contains(text[:s.Start], []byte("name,mobile,email,pan,city,pincode\n"))
}

// mobileRanges compiles libphonenumber's IN mobile and fixed-line patterns
// from the oracle.
func mobileRanges(t *testing.T) (mobile, fixed *regexp.Regexp) {
	x := string(oracletest.Read(t, "libphonenumber_IN_metadata.xml"))
	pat := func(tag string) *regexp.Regexp {
		i := strings.Index(x, "<"+tag+">")
		j := strings.Index(x[i:], "</"+tag+">")
		s := x[i : i+j]
		const open, close = "<nationalNumberPattern>", "</nationalNumberPattern>"
		s = s[strings.Index(s, open)+len(open) : strings.Index(s, close)]
		s = strings.Join(strings.Fields(s), "")
		return regexp.MustCompile(`^(?:` + s + `)$`)
	}
	return pat("mobile"), pat("fixedLine")
}

func TestMobileRanges(t *testing.T) {
	mobile, fixed := mobileRanges(t)
	c := corpus1()
	n := 0
	for _, s := range c.PII {
		if s.Kind != Mobile && !(s.Kind == UPI && s.Form == "upi-mobile") {
			continue
		}
		d := digitsOf(string(c.Text[s.Start:s.End]))
		nat := d[len(d)-10:]
		if !mobile.MatchString(nat) || fixed.MatchString(nat) {
			t.Errorf("%s %q: %s is not only in libphonenumber's mobile ranges", s.Kind, c.Text[s.Start:s.End], nat)
		}
		n++
	}
	for _, p := range mobilePrefixes {
		r := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			nat := []byte(p)
			for len(nat) < 10 {
				nat = append(nat, byte('0'+r.IntN(10)))
			}
			if !mobile.Match(nat) || fixed.Match(nat) {
				t.Fatalf("prefix %s: %s not only mobile", p, nat)
			}
		}
	}
	landlines := 0
	for _, s := range c.Decoys {
		if !strings.HasPrefix(s.Form, "landline") {
			continue
		}
		landlines++
		v := string(c.Text[s.Start:s.End])
		if reLandline.FindStringSubmatch(v) == nil {
			t.Errorf("landline %q: odd form", v)
		}
		nat := digitsOf(v)
		nat = strings.TrimPrefix(strings.TrimPrefix(nat, "91"), "0")
		if len(nat) != 10 || mobile.MatchString(nat) || !fixed.MatchString(nat) {
			t.Errorf("landline %q: %s is not a fixed-line number only", v, nat)
		}
	}
	if n < 50 || landlines < 50 {
		t.Errorf("%d mobile numbers and %d landlines checked", n, landlines)
	}
}

func TestIFSCBanks(t *testing.T) {
	var names map[string]string
	oracletest.JSON(t, "razorpay_ifsc_banknames.json", &names)
	for _, b := range ifscBanks {
		if names[b] == "" {
			t.Errorf("bank code %s not in the Razorpay list", b)
		}
	}
	for _, b := range unknownBanks {
		if names[b] != "" {
			t.Errorf("decoy bank code %s is a real bank: %s", b, names[b])
		}
	}
}

func TestUPIHandles(t *testing.T) {
	var list struct {
		ByApp       map[string][]string `json:"by_app"`
		BankHandles []string            `json:"bank_handles"`
	}
	oracletest.JSON(t, "upi_handles.json", &list)
	known := slices.Clone(list.BankHandles)
	for _, hs := range list.ByApp {
		known = append(known, hs...)
	}
	for _, h := range upiHandles {
		if !slices.Contains(known, h) {
			t.Errorf("UPI handle %s not in upi_handles.json", h)
		}
	}
}

func TestDecoys(t *testing.T) {
	c := corpus1()
	var twelve, twelveCtx int
	for _, s := range c.Decoys {
		v := string(c.Text[s.Start:s.End])
		d := digitsOf(v)
		if !s.Context {
			// Without negative context, no validator may accept a decoy.
			for k, fn := range validatorFor {
				if fn(v) == nil {
					t.Errorf("decoy %q (%s) without context passes the %s validator", v, s.Form, k)
				}
			}
		}
		switch s.Kind {
		case Aadhaar:
			if validators.Aadhaar(v) == nil && !s.Context {
				t.Errorf("Aadhaar decoy %q (%s) is a valid Aadhaar without negative context", v, s.Form)
			}
			if len(d) == 12 && reDigits.MatchString(strings.ReplaceAll(fold(v), " ", "")) {
				twelve++
				if s.Context {
					twelveCtx++
				}
				if hidesMobile([]byte(d)) {
					t.Errorf("Aadhaar decoy %q is 91+mobile", v)
				}
			}
		case Card:
			if validators.Card(v) == nil || validators.Luhn(d) || validators.VID(v) == nil {
				t.Errorf("card decoy %q passes Luhn or is a VID", v)
			}
		case PAN:
			if validators.PAN(v) == nil {
				t.Errorf("PAN decoy %q is a valid PAN", v)
			}
		case GSTIN:
			if validators.GSTIN(v) == nil {
				t.Errorf("GSTIN decoy %q is valid", v)
			}
		case IFSC:
			if validators.IFSC(v) == nil {
				t.Errorf("IFSC decoy %q is valid", v)
			}
		case IPAddress:
			if _, err := netip.ParseAddr(v); err == nil {
				t.Errorf("IP decoy %q is an IP address", v)
			}
		case Mobile:
			if validators.Mobile(v) == nil {
				t.Errorf("mobile decoy %q (%s) is a valid mobile number", v, s.Form)
			}
			if s.Form == "order-10" && (len(d) != 10 || d[0] > '5') {
				t.Errorf("order id %q could be a mobile number", v)
			}
		case Passport, VoterID, PINCode, DateOfBirth:
			// Valid-looking; only their negative context gives them away.
			if !s.Context {
				t.Errorf("%s decoy %q without negative context", s.Kind, v)
			}
		default:
			t.Errorf("decoy of unexpected kind %s", s.Kind)
		}
	}
	if twelve < 100 || twelveCtx*2 <= twelve {
		t.Errorf("%d 12-digit decoys, %d with negative context: want a majority with context", twelve, twelveCtx)
	}
}

func TestCounts(t *testing.T) {
	c := corpus1()
	pii, decoys, forms := map[string]int{}, map[string]int{}, map[string]int{}
	for _, s := range c.PII {
		pii[s.Kind]++
		forms[s.Form]++
	}
	for _, s := range c.Decoys {
		decoys[s.Kind]++
		forms[s.Form]++
	}
	for _, k := range Kinds() {
		if pii[k] < 50 {
			t.Errorf("%s: %d planted in 1 MiB, want at least 50", k, pii[k])
		}
	}
	for _, k := range []string{Aadhaar, Card, Mobile, PAN, PINCode, IPAddress, Passport, VoterID, GSTIN, IFSC, DateOfBirth} {
		if decoys[k] < 20 {
			t.Errorf("%s: %d decoys in 1 MiB, want at least 20", k, decoys[k])
		}
	}
	for _, f := range mobileForms {
		if forms[f] < 5 {
			t.Errorf("mobile form %s: %d", f, forms[f])
		}
	}
	deva, hindi := 0, 0
	for _, l := range bytes.Split(c.Text, []byte("\n")) {
		if bytes.ContainsRune(l, 'ा') { // Devanagari vowel sign aa: a Hindi line
			hindi++
			if fold(string(l)) != string(l) {
				deva++
			}
		}
	}
	if deva == 0 || deva*100 > hindi*10 {
		t.Errorf("%d of %d Hindi lines with Devanagari numerals, want a few percent", deva, hindi)
	}
	if testing.Verbose() {
		for _, k := range Kinds() {
			t.Logf("%-24s pii %5d  decoys %5d", k, pii[k], decoys[k])
		}
		t.Logf("total pii %d, decoys %d, %d lines, %d bytes", len(c.PII), len(c.Decoys), bytes.Count(c.Text, []byte("\n"))+1, len(c.Text))
	}
}

// --- clean text ---

var (
	reQuad    = regexp.MustCompile(`(?:^|[^0-9.])([0-9]{1,3}(?:\.[0-9]{1,3}){3})(?:[^0-9.]|$)`)
	reV6Token = regexp.MustCompile(`[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*`)
	// reShapes matches, on word boundaries, anything shaped like a PAN,
	// passport, EPIC, driving licence, GSTIN, IFSC or vehicle registration
	// (FORMATS.md).
	reShapes = regexp.MustCompile(`(?:^|[^0-9A-Za-z])(` + strings.Join([]string{
		`[A-Z]{3}[ABCFGHLJPTK][A-Z][0-9]{4}[A-Z]`,                  // PAN
		`[A-Z]-?[0-9]{7}`,                                          // passport
		`[A-Z]{3}[0-9]{7}`,                                         // EPIC
		`[A-Z]{2}[ -]?[0-9]{2}[ -]?(?:19|20)[0-9]{2}[ -]?[0-9]{7}`, // driving licence
		`[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]`,           // GSTIN
		`[A-Z]{4}0[A-Z0-9]{6}`,                                     // IFSC
		`[A-Z]{2}[ -]?[0-9]{1,2}[ -]?[A-Z]{0,3}[ -]?[0-9]{4}`,      // vehicle
		`[0-9]{2}[ -]?BH[ -]?[0-9]{4}[ -]?[A-HJ-NP-Z]{1,2}`,        // BH series
	}, "|") + `)(?:[^0-9A-Za-z]|$)`)
)

// dirt returns the first thing in text that a PII detector could flag, or "".
func dirt(text []byte) string {
	if i := bytes.IndexByte(text, '@'); i >= 0 {
		return "'@' at " + around(text, i)
	}
	run := 0
	for i := 0; i < len(text); {
		c, n := chars.Fold(text, i)
		if chars.IsDigit(c) {
			if n > 1 {
				return "non-ASCII digit at " + around(text, i)
			}
			if run++; run >= 6 {
				return "six digits in a row at " + around(text, i)
			}
		} else {
			run = 0
		}
		i += n
	}
	// Chains of digit groups joined by single spaces or hyphens.
	for i := 0; i < len(text); {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			i++
			continue
		}
		total, short, j := 0, 0, i
		for {
			k := j
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			total += k - j
			if k-j < 3 {
				short++
			}
			if k+1 < len(text) && (text[k] == ' ' || text[k] == '-') && isDigit(text[k+1]) {
				j = k + 1
				continue
			}
			j = k
			break
		}
		if total >= 9 && short <= 1 {
			return "grouped digits at " + around(text, i)
		}
		i = j
	}
	if m := reQuad.FindSubmatchIndex(text); m != nil {
		if _, err := netip.ParseAddr(string(text[m[2]:m[3]])); err == nil {
			return "IPv4 address at " + around(text, m[2])
		}
	}
	for _, m := range reV6Token.FindAllIndex(text, -1) {
		tok := strings.Trim(string(text[m[0]:m[1]]), ":.")
		if a, err := netip.ParseAddr(tok); err == nil && a.Is6() {
			return "IPv6 address at " + around(text, m[0])
		}
	}
	if m := reShapes.FindSubmatchIndex(text); m != nil {
		return "identifier-shaped token at " + around(text, m[2])
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func around(text []byte, i int) string {
	return fmt.Sprintf("%d: %q", i, text[max(0, i-30):min(len(text), i+30)])
}

// TestDirt checks the checker TestClean and TestOutsideSpans rely on.
func TestDirt(t *testing.T) {
	for _, s := range []string{
		"mail ravi@x.in", "call 98765 43210", "aadhaar 2341 2341 2346", "pin 560034", "९८७६५",
		"card 4111-1111-1111-1111", "abha 91 2345 6789 0123", "from 49.36.12.7", "from 2409:4042::1a",
		"pan ABCPE1234K", "ppt J8369854", "voter ABC1234567", "dl MH14 20110062821",
		"gst 27AAPFU0939F1ZV", "ifsc SBIN0001234", "car MH 12 AB 1234", "car 22 BH 1234 AA", "DL 4 CAF 4856",
	} {
		if dirt([]byte(s)) == "" {
			t.Errorf("dirt(%q) finds nothing", s)
		}
	}
	for _, s := range []string{
		"2026-11-23 10:45:00,123 INFO", `{"ts":"2026-11-23T10:45:00.123Z"}`, "[23/Nov/2026:10:45:00 +0530]",
		`"GET / HTTP/1.1" 200 51234 "-"`, "Chrome/119.0.6045.163", "Android 14; SM-S918B", "ref=3f9a1c7e0b2d",
		"[10:45] Priya: ok", "मेरा आधार नंबर",
	} {
		if why := dirt([]byte(s)); why != "" {
			t.Errorf("dirt(%q): %s", s, why)
		}
	}
}

func TestClean(t *testing.T) {
	for _, seed := range []int64{1, 2} {
		text := Clean(seed, mib)
		if !utf8.Valid(text) {
			t.Fatal("Clean text is not valid UTF-8")
		}
		if why := dirt(text); why != "" {
			t.Errorf("Clean(%d): %s", seed, why)
		}
		for _, word := range []string{"kyc", "aadhaar", `] "GET `, `{"ts":"`} {
			if !bytes.Contains(text, []byte(word)) {
				t.Errorf("Clean(%d) has no %q", seed, word)
			}
		}
	}
}

// TestOutsideSpans checks that, with every span blanked out, the generated
// text is clean: nothing outside the ground truth looks like PII.
func TestOutsideSpans(t *testing.T) {
	for _, seed := range []int64{1, 4} {
		c := Generate(seed, mib)
		if seed == 1 {
			c = corpus1()
		}
		text := bytes.Clone(c.Text)
		for _, s := range slices.Concat(c.PII, c.Decoys) {
			for i := s.Start; i < s.End; i++ {
				text[i] = '#'
			}
		}
		if why := dirt(text); why != "" {
			t.Errorf("seed %d: outside the spans: %s", seed, why)
		}
	}
}

// --- check arithmetic against the validators package and FORMATS.md ---

func TestCheckDigits(t *testing.T) {
	// Vectors from FORMATS.md: 236→3, 12345→1, 123456789012 valid, 1428570 valid, 248→2.
	for _, v := range []string{"2363", "123451", "1234567890120", "1428570", "2482"} {
		if !verhoeffValid([]byte(v)) || verhoeffCheck([]byte(v[:len(v)-1])) != v[len(v)-1] {
			t.Errorf("Verhoeff vector %s", v)
		}
	}
	if verhoeffValid([]byte("2369")) {
		t.Error("2369 passes Verhoeff")
	}
	for _, v := range []string{"27AAPFU0939F1ZV", "27ABCDE1234F1Z0"} {
		if gstinCheck([]byte(v)) != v[14] {
			t.Errorf("GSTIN vector %s: check %c", v, gstinCheck([]byte(v)))
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		n := 1 + r.IntN(20)
		d := make([]byte, n)
		for i := range d {
			d[i] = byte('0' + r.IntN(10))
		}
		want, err := validators.VerhoeffDigit(string(d))
		if err != nil || verhoeffCheck(d) != want {
			t.Fatalf("Verhoeff check digit of %s: %c, validators say %c (%v)", d, verhoeffCheck(d), want, err)
		}
		if verhoeffValid(d) != validators.Verhoeff(string(d)) {
			t.Fatalf("Verhoeff(%s) disagrees with validators", d)
		}
		full := append(slices.Clone(d), luhnCheck(d))
		if !validators.Luhn(string(full)) {
			t.Fatalf("Luhn check digit of %s wrong", d)
		}
		if luhnValid(d) != validators.Luhn(string(d)) {
			t.Fatalf("Luhn(%s) disagrees with validators", d)
		}
	}
}

// TestGSTINOracle checks the GSTIN arithmetic against python-stdnum's
// verdicts in the oracle.
func TestGSTINOracle(t *testing.T) {
	n := 0
	for _, row := range oracletest.TSV(t, "oracle_gstin.tsv") {
		v, verdict := row["input"], row["stdnum_py"]
		if len(v) != 15 || !reGSTIN.MatchString(v) {
			continue
		}
		ok := gstinCheck([]byte(v)) == v[14]
		switch {
		case verdict == "True" && !ok, verdict == "False:InvalidChecksum" && ok:
			t.Errorf("oracle GSTIN %s (stdnum %s): gstinCheck gives %c", v, verdict, gstinCheck([]byte(v)))
		}
		n++
	}
	if n < 50 {
		t.Errorf("only %d oracle GSTINs checked", n)
	}
}

// --- speed ---

func BenchmarkGenerate(b *testing.B) {
	b.SetBytes(mib)
	for b.Loop() {
		Generate(1, mib)
	}
}

// BenchmarkGenerate64MiB is the size the scanner benchmarks use; it
// should take a few seconds at most.
func BenchmarkGenerate64MiB(b *testing.B) {
	b.SetBytes(64 * mib)
	for b.Loop() {
		Generate(1, 64*mib)
	}
}

func BenchmarkClean(b *testing.B) {
	b.SetBytes(mib)
	for b.Loop() {
		Clean(1, mib)
	}
}
