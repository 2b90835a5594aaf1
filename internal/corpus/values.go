package corpus

// A value is something emit can plant: a kind of PII in one of its written
// forms, or a decoy.
type valueDef struct {
	name  string // placeholder name in templates
	kind  string // kind planted or imitated
	decoy bool
	deva  bool // digits may be written in Devanagari numerals
	// fn writes the value and returns its form; ctx says whether context
	// (positive for PII, negative for a decoy) is written next to it.
	fn func(g *gen, ctx bool) string
}

// Value ids, the index of each value in values.
const (
	vAadhaar = iota
	vVID
	vPAN
	vPassport
	vVoter
	vDL
	vGSTIN
	vMobile
	vUPI
	vCard
	vEmail
	vABHA
	vPIN
	vAccount
	vDOB
	vVehicle
	vIFSC
	vIP
	vIPv4
	vMobileCSV // a mobile number in a CSV cell

	dBad12     // 12 digits failing Verhoeff
	dRef12     // UTR / RRN / 12-digit order number
	dTS12      // yyyyMMddHHmm
	dUUID      // UUID, sometimes with an all-digit last group
	dCardBad   // 16 digits failing Luhn (and Verhoeff)
	dLandline  // fixed-line number
	dOrder10   // 10-digit order id starting 1-5
	dHexID     // hex request id with an embedded 10-digit run
	dUpper10   // 10 upper-case letters
	dPANBad    // PAN-shaped but invalid (placeholder, serial 0000)
	dAmount    // amount in rupees
	dOTP       // 6-digit OTP
	dVersion   // version or build string
	dInvoice   // letter + 7 digits (passport-shaped) invoice number
	dTicket    // 3 letters + 7 digits (EPIC-shaped) ticket number
	dGSTINBad  // GSTIN with a wrong check character
	dIFSCBad   // IFSC-shaped with an unknown bank code
	dDate      // a date that is not a date of birth
	numValues  // count
	firstDecoy = dBad12
)

var values = [numValues]valueDef{
	vAadhaar: {"aadhaar", Aadhaar, false, true, genAadhaar},
	vVID:     {"vid", VID, false, true, genVID},
	vPAN:     {"pan", PAN, false, false, genPAN},
	vPassport: {"passport", Passport, false, false, func(g *gen, _ bool) string {
		g.c(g.upperOf("ABCDEFGHJKLMNPRSTUVWY"))
		g.c(g.digitIn('1', '9'))
		for range 5 {
			g.c(g.digit())
		}
		g.c(g.digitIn('1', '9'))
		return "passport"
	}},
	vVoter: {"voter", VoterID, false, false, func(g *gen, _ bool) string {
		var d [7]byte
		g.c(g.upper())
		g.c(g.upperOf("ABCDGHJKMNPRSY"))
		g.c(g.upper())
		g.fill(d[:6])
		d[6] = luhnCheck(d[:6])
		g.b = append(g.b, d[:]...)
		return "voter"
	}},
	vDL:     {"dl", DrivingLicence, false, false, genDL},
	vGSTIN:  {"gstin", GSTIN, false, false, func(g *gen, _ bool) string { g.gstin(true); return "gstin" }},
	vMobile: {"mobile", Mobile, false, true, genMobile},
	vUPI:    {"upi", UPI, false, false, genUPI},
	vCard:   {"card", Card, false, false, genCard},
	vEmail: {"email", Email, false, false, func(g *gen, _ bool) string {
		g.emailLocal()
		g.c('@')
		g.s(g.pick(emailDomains))
		return "email"
	}},
	vABHA: {"abha", ABHA, false, true, genABHA},
	vPIN: {"pin", PINCode, false, true, func(g *gen, _ bool) string {
		p := pinPrefixes[g.intn(len(pinPrefixes))]
		form := "pin-6"
		g.s(p)
		if !g.compact && g.chance(12) {
			g.c(' ')
			form = "pin-3-3"
		}
		g.pad(1+g.intn(999), 3) // delivery office 001-999
		return form
	}},
	vAccount: {"account", BankAccount, false, true, genAccount},
	vDOB:     {"dob", DateOfBirth, false, true, genDOB},
	vVehicle: {"vehicle", Vehicle, false, false, genVehicle},
	vIFSC: {"ifsc", IFSC, false, false, func(g *gen, _ bool) string {
		g.s(g.pick(ifscBanks))
		g.c('0')
		if g.chance(8) {
			for range 6 {
				g.c(g.upperOf("ABCDEFGHJKLMNPRSTUVWXYZ"))
			}
			return "ifsc-alpha"
		}
		g.c('0')
		g.c(g.digitIn('0', '2'))
		for range 4 {
			g.c(g.digit())
		}
		return "ifsc"
	}},
	vIP:   {"ip", IPAddress, false, false, genIP},
	vIPv4: {"ipv4", IPAddress, false, false, func(g *gen, _ bool) string { g.ipv4(); return "ipv4" }},
	vMobileCSV: {"mobilecsv", Mobile, false, false, func(g *gen, _ bool) string {
		var d [10]byte
		g.mobileNumber(&d)
		f := [...]int{0, 0, 0, 0, 0, 0, 0, 4, 4, 3}[g.intn(10)]
		g.writeMobile(&d, f)
		return mobileForms[f]
	}},

	dBad12: {"bad12", Aadhaar, true, true, func(g *gen, _ bool) string {
		var d [12]byte
		for {
			d[0] = g.digitIn('2', '9')
			g.fill(d[1:])
			if !verhoeffValid(d[:]) && !luhnValid(d[:]) && !hidesMobile(d[:]) && !looksTimestamp12(d[:]) {
				break
			}
		}
		if g.chance(30) {
			g.grouped(d[:], " ", 4, 4, 4)
			return "verhoeff-fail-4-4-4"
		}
		g.b = append(g.b, d[:]...)
		return "verhoeff-fail-12"
	}},
	dRef12: {"ref12", Aadhaar, true, true, func(g *gen, ctx bool) string {
		var d [12]byte
		for {
			// UTRs and RRNs often start with the year digit and the day of
			// the year: 4 02 9 …
			if g.chance(60) {
				d[0] = '6'
				d[1], d[2], d[3] = g.digitIn('0', '3'), g.digit(), g.digit()
				g.fill(d[4:])
			} else {
				d[0] = g.digitIn('1', '9')
				g.fill(d[1:])
			}
			if !hidesMobile(d[:]) && !looksTimestamp12(d[:]) && (ctx || !verhoeffValid(d[:]) && !luhnValid(d[:])) {
				break
			}
		}
		g.b = append(g.b, d[:]...)
		return "ref-12"
	}},
	dTS12: {"ts12", Aadhaar, true, false, func(g *gen, ctx bool) string {
		var d [12]byte
		for {
			c := &g.clk
			y := c.y - g.intn(2)
			mo, dd := 1+g.intn(12), 1+g.intn(28)
			h, m := g.intn(24), g.intn(60)
			for i, v := range [...]int{y / 100, y % 100, mo, dd, h, m} {
				d[2*i], d[2*i+1] = byte('0'+v/10), byte('0'+v%10)
			}
			if ctx || !verhoeffValid(d[:]) && !luhnValid(d[:]) {
				break
			}
		}
		g.b = append(g.b, d[:]...)
		return "timestamp-12"
	}},
	dUUID: {"uuid", Aadhaar, true, false, func(g *gen, _ bool) string {
		g.hex(8)
		g.c('-')
		g.hex(4)
		g.s("-4")
		g.hex(3)
		g.c('-')
		g.c(g.upperOf("89ab"))
		g.hex(3)
		g.c('-')
		if g.chance(30) {
			var d [12]byte
			d[0] = g.digitIn('2', '9')
			g.fill(d[1:])
			g.b = append(g.b, d[:]...)
			return "uuid-digit-tail"
		}
		g.hex(12)
		return "uuid"
	}},
	dCardBad: {"cardbad", Card, true, false, func(g *gen, _ bool) string {
		var d [16]byte
		for {
			d[0] = '4'
			if g.chance(40) {
				d[0], d[1] = '5', g.digitIn('1', '5')
				g.fill(d[2:])
			} else {
				g.fill(d[1:])
			}
			if !luhnValid(d[:]) && !verhoeffValid(d[:]) {
				break
			}
		}
		if g.chance(50) {
			g.grouped(d[:], " ", 4, 4, 4, 4)
			return "luhn-fail-4-4-4-4"
		}
		g.b = append(g.b, d[:]...)
		return "luhn-fail-16"
	}},
	dLandline: {"landline", Mobile, true, false, genLandline},
	dOrder10: {"order10", Mobile, true, true, func(g *gen, _ bool) string {
		g.c(g.digitIn('1', '5'))
		for range 9 {
			g.c(g.digit())
		}
		return "order-10"
	}},
	dHexID: {"hexid", Mobile, true, false, func(g *gen, _ bool) string {
		g.hex(2 + g.intn(4))
		g.c(g.upperOf("abcdef"))
		var d [10]byte
		g.mobileNumber(&d)
		g.b = append(g.b, d[:]...)
		g.c(g.upperOf("abcdef"))
		g.hex(2 + g.intn(6))
		return "hex-id"
	}},
	dUpper10: {"upper10", PAN, true, false, func(g *gen, _ bool) string {
		g.s(g.pick(upperWords))
		return "upper-10"
	}},
	dPANBad: {"panbad", PAN, true, false, func(g *gen, _ bool) string {
		if g.chance(40) {
			g.s("ABCDE1234F")
			return "pan-placeholder"
		}
		g.c(g.upper())
		g.c(g.upper())
		g.c(g.upper())
		g.c(g.upperOf("PPPCFH"))
		g.c(g.upper())
		g.s("0000")
		g.c(g.upper())
		return "pan-serial-0000"
	}},
	dAmount: {"amount", PINCode, true, true, genAmount},
	dOTP: {"otp", PINCode, true, true, func(g *gen, _ bool) string {
		for range 6 {
			g.c(g.digit())
		}
		return "otp-6"
	}},
	dVersion: {"version", IPAddress, true, false, func(g *gen, _ bool) string {
		if g.chance(50) {
			g.c('v')
			g.num(g.intn(4))
			g.c('.')
			g.num(g.intn(30))
			g.c('.')
			g.num(g.intn(20))
			return "version-semver"
		}
		g.pad(g.clk.y, 4)
		g.c('.')
		g.pad(1+g.intn(12), 2)
		g.c('.')
		g.pad(1+g.intn(28), 2)
		return "version-date"
	}},
	dInvoice: {"invoice", Passport, true, false, func(g *gen, _ bool) string {
		g.c(g.upperOf("ABCDEFGHJKLMNPRSTUVWY"))
		for range 7 {
			g.c(g.digit())
		}
		return "invoice-a7"
	}},
	dTicket: {"ticket", VoterID, true, false, func(g *gen, _ bool) string {
		g.s(g.pick(ticketPrefixes))
		g.s("00")
		for range 5 {
			g.c(g.digit())
		}
		return "ticket-a3n7"
	}},
	dGSTINBad: {"gstinbad", GSTIN, true, false, func(g *gen, _ bool) string { g.gstin(false); return "gstin-bad-check" }},
	dIFSCBad: {"ifscbad", IFSC, true, false, func(g *gen, _ bool) string {
		g.s(g.pick(unknownBanks))
		g.c('0')
		for range 6 {
			g.c(g.digit())
		}
		return "ifsc-unknown-bank"
	}},
	dDate: {"date", DateOfBirth, true, true, func(g *gen, _ bool) string {
		g.date(g.clk.y+g.intn(3), g.intn(3))
		return "date-not-dob"
	}},
}

// ticketPrefixes start ServiceNow-style ticket numbers (INC0012345).
var ticketPrefixes = []string{"INC", "INC", "CHG", "PRB", "REQ", "TKT", "SRV"}

// unknownBanks are four-letter codes that are not RBI bank codes.
var unknownBanks = []string{"ABCD", "QQQQ", "ZXCV", "TEST", "DEMO", "XXXX"}

// valueByName maps template placeholder names to value ids.
var valueByName = func() map[string]int {
	m := make(map[string]int, numValues)
	for i, v := range values {
		if v.name == "" || v.fn == nil {
			panic("corpus: value without name or writer")
		}
		if v.decoy != (i >= firstDecoy) {
			panic("corpus: value " + v.name + " out of place")
		}
		m[v.name] = i
	}
	return m
}()

// --- PII writers ---

// aadhaarNumber sets d to a valid Aadhaar number that is not also a
// plausible timestamp or 91-prefixed mobile number.
func (g *gen) aadhaarNumber(d *[12]byte) {
	for {
		d[0] = g.digitIn('2', '9')
		g.fill(d[1:11])
		d[11] = verhoeffCheck(d[:11])
		// Keep off the 12-digit card range (Luhn) too, so that the kind of
		// every planted value is unambiguous.
		if !isPalindrome(d[:]) && !luhnValid(d[:]) && !hidesMobile(d[:]) && !looksTimestamp12(d[:]) {
			return
		}
	}
}

func genAadhaar(g *gen, _ bool) string {
	var d [12]byte
	g.aadhaarNumber(&d)
	switch n := g.intn(100); {
	case n < 35 || g.compact:
		g.b = append(g.b, d[:]...)
		return "aadhaar-12"
	case n < 85:
		g.grouped(d[:], " ", 4, 4, 4)
		return "aadhaar-4-4-4-space"
	default:
		g.grouped(d[:], "-", 4, 4, 4)
		return "aadhaar-4-4-4-hyphen"
	}
}

func genVID(g *gen, _ bool) string {
	var d [16]byte
	for {
		d[0] = g.digitIn('2', '9')
		g.fill(d[1:15])
		d[15] = verhoeffCheck(d[:15])
		if !isPalindrome(d[:]) && !luhnValid(d[:]) {
			break
		}
	}
	if !g.compact && g.chance(80) {
		g.grouped(d[:], " ", 4, 4, 4, 4)
		return "vid-4-4-4-4-space"
	}
	g.b = append(g.b, d[:]...)
	return "vid-16"
}

// panHolder weights the fourth PAN letter: mostly individuals.
const panHolder = "PPPPPPPPPPPPPPCCCHFFATBLJG"

// pan writes a PAN.
func (g *gen) pan(holder string) {
	g.c(g.upper())
	g.c(g.upper())
	g.c(g.upper())
	g.c(g.upperOf(holder))
	g.c(g.upper())
	for {
		var d [4]byte
		g.fill(d[:])
		if d != [4]byte{'0', '0', '0', '0'} {
			g.b = append(g.b, d[:]...)
			break
		}
	}
	g.c(g.upper())
}

func genPAN(g *gen, _ bool) string {
	g.pan(panHolder)
	return "pan"
}

// gstin writes a GSTIN, with a wrong check character unless valid.
func (g *gen) gstin(valid bool) {
	start := len(g.b)
	st := 1 + g.intn(37)
	switch n := g.intn(100); {
	case n < 2:
		st = 38
	case n < 4:
		st = 97
	case n < 5:
		st = 99
	}
	g.pad(st, 2)
	g.pan("CCCCFFFPPHATJ")
	g.c(g.digitIn('1', '3'))
	g.c('Z')
	ch := gstinCheck(g.b[start:])
	if !valid {
		ch = alnum36[(1+g.intn(35)+int(indexByte36(ch)))%36]
	}
	g.c(ch)
}

const alnum36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

func indexByte36(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c-'A') + 10
}

// states are the state codes used on licences and plates, with the
// highest RTO number generated for each (at most the highest in use, per
// validators/statecodes.go).
var states = []struct {
	code   string
	maxRTO int
}{
	{"MH", 51}, {"MH", 51}, {"KA", 71}, {"KA", 71}, {"DL", 13}, {"TN", 99}, {"UP", 96}, {"GJ", 39},
	{"RJ", 58}, {"WB", 98}, {"TS", 38}, {"AP", 40}, {"KL", 99}, {"HR", 99}, {"PB", 99}, {"MP", 71},
	{"BR", 56}, {"OD", 35}, {"CG", 30}, {"JH", 24}, {"UK", 20}, {"HP", 99}, {"GA", 12}, {"AS", 34},
}

// stateRTO picks a state code and an RTO number in use there, mostly a low
// one, as the big cities' offices are.
func (g *gen) stateRTO() (string, int) {
	st := states[g.intn(len(states))]
	n := min(st.maxRTO, 20)
	if g.chance(15) {
		n = st.maxRTO
	}
	return st.code, 1 + g.intn(n)
}

func genDL(g *gen, _ bool) string {
	st, rto := g.stateRTO()
	year := 1990 + g.intn(36)
	var n [7]byte
	g.fill(n[:])
	if n == [7]byte{'0', '0', '0', '0', '0', '0', '0'} {
		n[6] = '1'
	}
	switch k := g.intn(100); {
	case k < 35:
		g.s(st)
		g.pad(rto, 2)
		g.c(' ')
		g.pad(year, 4)
		g.b = append(g.b, n[:]...)
		return "dl-4-11"
	case k < 60:
		g.s(st)
		g.pad(rto, 2)
		g.pad(year, 4)
		g.b = append(g.b, n[:]...)
		return "dl-15"
	case k < 80:
		g.s(st)
		g.c('-')
		g.pad(rto, 2)
		g.c('-')
		g.pad(year, 4)
		g.c('-')
		g.b = append(g.b, n[:]...)
		return "dl-2-2-4-7-hyphen"
	case k < 90:
		g.s(st)
		g.c(' ')
		g.pad(rto, 2)
		g.c(' ')
		g.pad(year, 4)
		g.c(' ')
		g.b = append(g.b, n[:]...)
		return "dl-2-2-4-7-space"
	default:
		g.s(st)
		g.c('-')
		g.pad(rto, 2)
		g.pad(year, 4)
		g.b = append(g.b, n[:]...)
		return "dl-2-13-hyphen"
	}
}

// mobilePrefixes are leading digits that libphonenumber's IN metadata
// places entirely in the mobile ranges (and in no fixed-line range).
var mobilePrefixes = []string{
	"98", "99", "97", "96", "95", "94", "93", "92", "91", "90",
	"98", "99", "97", "96", "95", "94", "93", "92", "91", "90",
	"70", "70", "70", "800", "801", "808", "809", "810", "812",
	"880", "887", "889", "890", "895", "897", "899",
	"620", "623", "626", "628", "629", "630", "635", "637", "639",
	"60", "69", "730", "735", "738", "750",
}

// mobileNumber sets d to a 10-digit national mobile number.
func (g *gen) mobileNumber(d *[10]byte) {
	p := g.pick(mobilePrefixes)
	copy(d[:], p)
	g.fill(d[len(p):])
}

// mobileForms are the written forms of mobile numbers; the first
// mobileNeedsCtx of them are written only next to a context word.
var mobileForms = [...]string{
	"mobile-10",
	"mobile-5-5-space",
	"mobile-3-3-4-hyphen",
	"mobile-91-10",
	"mobile-+91-10",
	"mobile-+91-5-5-space",
	"mobile-+91-hyphen-5-5",
	"mobile-+91-10-space",
	"mobile-0-5-5",
	"mobile-0-10",
	"mobile-(+91)-5-5-hyphen",
}

const mobileNeedsCtx = 4

// mobileWeights are the relative frequencies of mobileForms.
var mobileWeights = [len(mobileForms)]int{30, 14, 3, 3, 12, 14, 6, 5, 5, 4, 4}

func genMobile(g *gen, ctx bool) string {
	var d [10]byte
	g.mobileNumber(&d)
	f := pickWeighted(g, mobileWeights[:])
	if g.compact {
		f = 0 // in a URL, after "mobile="
	}
	if !ctx && f < mobileNeedsCtx {
		f = mobileNeedsCtx + g.intn(len(mobileForms)-mobileNeedsCtx)
	}
	g.writeMobile(&d, f)
	return mobileForms[f]
}

// writeMobile writes d in form f of mobileForms.
func (g *gen) writeMobile(d *[10]byte, f int) {
	switch f {
	case 0:
		g.b = append(g.b, d[:]...)
	case 1:
		g.grouped(d[:], " ", 5, 5)
	case 2:
		g.grouped(d[:], "-", 3, 3, 4)
	case 3:
		// 91 and the number: 12 digits, so keep it off the Aadhaar range.
		for {
			var t [12]byte
			t[0], t[1] = '9', '1'
			copy(t[2:], d[:])
			if !verhoeffValid(t[:]) {
				break
			}
			d[9] = g.digit()
		}
		g.s("91")
		g.b = append(g.b, d[:]...)
	case 4:
		g.s("+91")
		g.b = append(g.b, d[:]...)
	case 5:
		g.s("+91 ")
		g.grouped(d[:], " ", 5, 5)
	case 6:
		g.s("+91-")
		g.grouped(d[:], " ", 5, 5)
	case 7:
		g.s("+91 ")
		g.b = append(g.b, d[:]...)
	case 8:
		g.c('0')
		g.grouped(d[:], " ", 5, 5)
	case 9:
		g.c('0')
		g.b = append(g.b, d[:]...)
	default:
		g.s("(+91) ")
		g.grouped(d[:], "-", 5, 5)
	}
}

func pickWeighted(g *gen, w []int) int {
	total := 0
	for _, v := range w {
		total += v
	}
	n := g.intn(total)
	for i, v := range w {
		if n < v {
			return i
		}
		n -= v
	}
	return len(w) - 1
}

func genUPI(g *gen, _ bool) string {
	if g.chance(40) {
		var d [10]byte
		g.mobileNumber(&d)
		g.b = append(g.b, d[:]...)
		g.c('@')
		g.s(g.pick(upiHandles))
		return "upi-mobile"
	}
	first, last := g.pick(firstNames), g.pick(lastNames)
	g.lower(first)
	switch g.intn(3) {
	case 0:
		g.c('.')
		g.lower(last)
	case 1:
		g.lower(last)
	default:
		g.pad(g.intn(100), 2)
	}
	g.c('@')
	g.s(g.pick(upiHandles))
	return "upi-name"
}

// lower writes s in lower case.
func (g *gen) lower(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		g.c(c)
	}
}

// emailLocal writes the local part of an e-mail address.
func (g *gen) emailLocal() {
	first, last := g.pick(firstNames), g.pick(lastNames)
	switch g.intn(6) {
	case 0, 1:
		g.lower(first)
		g.c('.')
		g.lower(last)
	case 2:
		g.lower(first)
		g.lower(last)
	case 3:
		g.lower(first)
		g.c('_')
		g.lower(last)
	case 4:
		g.lower(first)
		g.c('.')
		g.lower(last)
		g.pad(g.intn(100), 2)
	default:
		g.lower(first)
		g.num(1970 + g.intn(36))
	}
}

// cardPrefixes are IINs: Visa, Mastercard (51-55, 2221-2720), RuPay.
var cardPrefixes = []string{"4", "4", "4", "4", "51", "52", "53", "54", "55", "2221", "2720", "60", "65", "81", "82", "508"}

func genCard(g *gen, _ bool) string {
	var d [16]byte
	for {
		p := g.pick(cardPrefixes)
		copy(d[:], p)
		g.fill(d[len(p):15])
		d[15] = luhnCheck(d[:15])
		if !verhoeffValid(d[:]) {
			break
		}
	}
	switch n := g.intn(100); {
	case g.compact:
		g.b = append(g.b, d[:]...)
		return "card-16"
	case n < 55:
		g.grouped(d[:], " ", 4, 4, 4, 4)
		return "card-4-4-4-4-space"
	case n < 70:
		g.grouped(d[:], "-", 4, 4, 4, 4)
		return "card-4-4-4-4-hyphen"
	default:
		g.b = append(g.b, d[:]...)
		return "card-16"
	}
}

func genABHA(g *gen, ctx bool) string {
	var d [14]byte
	if g.chance(80) {
		d[0], d[1] = '9', '1'
	} else {
		d[0], d[1] = g.digitIn('1', '8'), g.digit()
	}
	for {
		g.fill(d[2:])
		if !luhnValid(d[:]) { // not a 14-digit card number
			break
		}
	}
	switch n := g.intn(100); {
	case g.compact:
		g.b = append(g.b, d[:]...)
		return "abha-14"
	case n < 60:
		g.grouped(d[:], "-", 2, 4, 4, 4)
		return "abha-2-4-4-4-hyphen"
	case n < 80:
		g.grouped(d[:], " ", 2, 4, 4, 4)
		return "abha-2-4-4-4-space"
	default:
		g.b = append(g.b, d[:]...)
		return "abha-14"
	}
}

// pinPrefixes are the first three digits of PIN codes in use (first two
// digits never 10, 29, 35, 54, 55, 65, 66 or 86-89).
var pinPrefixes = func() []string {
	var out []string
	for p := 110; p < 860; p++ {
		if p%100 == 0 && p > 110 {
			// x00 PINs exist but are rare; keep them out.
			continue
		}
		switch p / 10 {
		case 10, 29, 35, 54, 55, 65, 66:
			continue
		}
		var t [3]byte
		t[0], t[1], t[2] = byte('0'+p/100), byte('0'+p/10%10), byte('0'+p%10)
		out = append(out, string(t[:]))
	}
	return out
}()

// accountLens weights account-number lengths: SBI 11, ICICI 12, HDFC 14,
// Axis 15, and others.
var accountLens = []int{11, 11, 11, 11, 11, 12, 12, 12, 14, 14, 14, 14, 15, 15, 15, 9, 9, 10, 13, 16, 17, 18}

var accountForms = [...]string{9: "account-9", "account-10", "account-11", "account-12", "account-13", "account-14", "account-15", "account-16", "account-17", "account-18"}

func genAccount(g *gen, _ bool) string {
	n := accountLens[g.intn(len(accountLens))]
	var d [18]byte
	a := d[:n]
	for {
		g.fill(a)
		if n == 10 && a[0] >= '6' {
			continue // a mobile number's shape
		}
		if hidesMobile(a) || (n == 12 && (verhoeffValid(a) || looksTimestamp12(a))) {
			continue
		}
		if n >= 12 && luhnValid(a) || n == 16 && verhoeffValid(a) {
			continue // a card number (12-19 digits) or a VID
		}
		if n == 14 && a[0] == '9' && a[1] == '1' {
			continue // keep off the usual ABHA prefix
		}
		break
	}
	g.b = append(g.b, a...)
	return accountForms[n]
}

// date writes a date in form f: 0 dd/mm/yyyy, 1 yyyy-mm-dd, 2 dd-mm-yyyy,
// 3 dd.mm.yyyy.
func (g *gen) date(y, f int) {
	mo := 1 + g.intn(12)
	d := 1 + g.intn(daysIn(y, mo))
	switch f {
	case 0, 2, 3:
		sep := byte("/ -."[f])
		g.pad(d, 2)
		g.c(sep)
		g.pad(mo, 2)
		g.c(sep)
		g.pad(y, 4)
	default:
		g.pad(y, 4)
		g.c('-')
		g.pad(mo, 2)
		g.c('-')
		g.pad(d, 2)
	}
}

var dobForms = [...]string{"dob-dd/mm/yyyy", "dob-yyyy-mm-dd", "dob-dd-mm-yyyy", "dob-dd.mm.yyyy"}

func genDOB(g *gen, _ bool) string {
	f := pickWeighted(g, []int{50, 25, 18, 7})
	g.date(1945+g.intn(63), f)
	return dobForms[f]
}

// plateLetters are the letters used in registration series (no I or O).
const plateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ"

func genVehicle(g *gen, _ bool) string {
	n := g.intn(100)
	if n < 8 {
		// Bharat series: 22 BH 1234 AA.
		g.pad(21+g.intn(5), 2)
		g.s(" BH ")
		g.pad(1+g.intn(9999), 4)
		g.c(' ')
		g.c(g.upperOf(plateLetters))
		if g.chance(70) {
			g.c(g.upperOf(plateLetters))
		}
		return "vehicle-bh"
	}
	if n < 18 {
		// Delhi: DL 4 CAF 4856, DL 3C AB 1234.
		g.s("DL ")
		g.num(1 + g.intn(13))
		g.c(' ')
		g.c(g.upperOf("CCCSSE"))
		g.c(g.upperOf(plateLetters))
		if g.chance(50) {
			g.c(g.upperOf(plateLetters))
		}
		g.c(' ')
		g.pad(1+g.intn(9999), 4)
		return "vehicle-delhi"
	}
	st, rto := g.stateRTO()
	if st == "DL" {
		st, rto = "MH", 1+g.intn(20)
	}
	series := 1 + g.intn(2)
	var sep string
	form := "vehicle-space"
	switch k := g.intn(100); {
	case k < 45:
		sep = " "
	case k < 75:
		sep, form = "-", "vehicle-hyphen"
	default:
		sep, form = "", "vehicle-compact"
	}
	g.s(st)
	g.s(sep)
	g.pad(rto, 2)
	g.s(sep)
	for range series {
		g.c(g.upperOf(plateLetters))
	}
	g.s(sep)
	g.pad(1+g.intn(9999), 4)
	return form
}

// ifscBanks are bank codes from the RBI/Razorpay IFSC list.
var ifscBanks = []string{"SBIN", "SBIN", "SBIN", "HDFC", "HDFC", "ICIC", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "CNRB", "UBIN", "IDIB", "YESB", "INDB", "IOBA", "BKID", "MAHB", "IDFB", "FDRL"}

func genIP(g *gen, _ bool) string {
	if g.chance(8) {
		g.ipv6()
		return "ipv6"
	}
	g.ipv4()
	return "ipv4"
}

// ipFirstOctets are first octets of addresses allocated to Indian ISPs and
// clouds, and a few others.
var ipFirstOctets = []int{49, 49, 103, 106, 117, 122, 157, 182, 223, 27, 14, 59, 115, 180, 203, 42, 43, 1, 13, 35, 52, 3}

func (g *gen) ipv4() {
	g.num(ipFirstOctets[g.intn(len(ipFirstOctets))])
	for range 3 {
		g.c('.')
		g.num(g.intn(256))
	}
}

// ipv6Prefixes are /32 prefixes of Indian mobile and broadband carriers.
var ipv6Prefixes = []string{"2409:40c2", "2409:4042", "2401:4900", "2405:201", "2402:3a80", "2406:7400", "2404:a800"}

func (g *gen) ipv6() {
	const hexd = "0123456789abcdef"
	g.s(g.pick(ipv6Prefixes))
	group := func() {
		g.c(':')
		n := 1 + g.intn(4)
		g.c(hexd[1+g.intn(15)])
		for range n - 1 {
			g.c(hexd[g.intn(16)])
		}
	}
	if g.chance(50) {
		for range 6 {
			group()
		}
		return
	}
	group()
	group()
	g.c(':')
	group()
}

// --- decoy writers ---

// landlines are STD codes with the digits a subscriber number may start
// with, none of which libphonenumber places in a mobile range.
var landlines = []struct{ std, first string }{
	{"11", "234567"}, {"22", "234567"}, {"33", "234567"}, {"44", "234567"},
	{"40", "234567"}, {"80", "234"}, {"20", "234567"}, {"79", "2456"},
	{"141", "234567"}, {"522", "234567"}, {"612", "23456"}, {"484", "234567"},
	{"674", "234567"}, {"712", "234567"}, {"172", "234567"},
}

func genLandline(g *gen, _ bool) string {
	l := landlines[g.intn(len(landlines))]
	var d [10]byte
	n := copy(d[:], l.std)
	d[n] = g.upperOf(l.first)
	g.fill(d[n+1:])
	switch k := g.intn(100); {
	case k < 35:
		g.c('0')
		g.b = append(g.b, d[:n]...)
		g.c(' ')
		if n == 2 {
			g.grouped(d[n:], " ", 4, 4)
		} else {
			g.grouped(d[n:], " ", 3, 4)
		}
		return "landline-0-std-space"
	case k < 65:
		g.c('0')
		g.b = append(g.b, d[:n]...)
		g.c('-')
		g.b = append(g.b, d[n:]...)
		return "landline-0-std-hyphen"
	case k < 85:
		g.s("+91 ")
		g.b = append(g.b, d[:n]...)
		g.c(' ')
		if n == 2 {
			g.grouped(d[n:], " ", 4, 4)
		} else {
			g.grouped(d[n:], " ", 3, 4)
		}
		return "landline-+91-std-space"
	default:
		g.s("(0")
		g.b = append(g.b, d[:n]...)
		g.s(") ")
		if n == 2 {
			g.grouped(d[n:], " ", 4, 4)
		} else {
			g.grouped(d[n:], " ", 3, 4)
		}
		return "landline-(0std)"
	}
}

func genAmount(g *gen, _ bool) string {
	switch g.intn(3) {
	case 0:
		// Indian grouping: 1,23,456.00
		lakhs := 1 + g.intn(99)
		g.num(lakhs)
		g.c(',')
		g.pad(g.intn(100), 2)
		g.c(',')
		g.pad(g.intn(1000), 3)
		g.s(".00")
		return "amount-indian"
	case 1:
		// Six digits and paise: 245000.00
		g.c(g.digitIn('1', '9'))
		for range 5 {
			g.c(g.digit())
		}
		g.c('.')
		g.pad(g.intn(100), 2)
		return "amount-6"
	default:
		g.num(1 + g.intn(99))
		g.c(',')
		g.pad(g.intn(1000), 3)
		return "amount-thousands"
	}
}
