package corpus

import (
	"bytes"
	"strings"
)

// --- templates ---

// A piece is a literal, a filler word or a planted value.
type piece struct {
	lit string
	id  int  // value id; pLit for a literal; a filler (pCity, …)
	ctx bool // for a value: context written next to it
}

const (
	pLit = -1 - iota
	pCity
	pName
	pFirst
	pHindiName
	pFiller
)

var fillers = map[string]int{"$city": pCity, "$name": pName, "$first": pFirst, "$hname": pHindiName, "$filler": pFiller}

type template []piece

// compile parses templates: "{name}" plants value name with context,
// "{-name}" without, and "{$city}" and the like write filler words.
func compile(src ...string) []template {
	out := make([]template, 0, len(src))
	for _, s := range src {
		var t template
		for s != "" {
			i := strings.IndexByte(s, '{')
			if i < 0 {
				t = append(t, piece{lit: s, id: pLit})
				break
			}
			if i > 0 {
				t = append(t, piece{lit: s[:i], id: pLit})
			}
			j := strings.IndexByte(s, '}')
			name := s[i+1 : j]
			s = s[j+1:]
			if f, ok := fillers[name]; ok {
				t = append(t, piece{id: f})
				continue
			}
			ctx := true
			if name[0] == '-' {
				ctx, name = false, name[1:]
			}
			id, ok := valueByName[name]
			if !ok {
				panic("corpus: unknown value {" + name + "}")
			}
			t = append(t, piece{id: id, ctx: ctx})
		}
		out = append(out, t)
	}
	return out
}

// run writes template t.
func (g *gen) run(t template) {
	for _, p := range t {
		switch p.id {
		case pLit:
			g.s(p.lit)
		case pCity:
			g.s(g.pick(cities))
		case pName:
			g.s(g.pick(firstNames))
			g.c(' ')
			g.s(g.pick(lastNames))
		case pFirst:
			g.s(g.pick(firstNames))
		case pHindiName:
			g.s(g.pick(hindiNames))
		case pFiller:
			g.s(g.pick(chatFiller))
		default:
			g.emit(p.id, p.ctx)
		}
	}
}

// endsWithPII returns the templates whose last piece is personal data.
func endsWithPII(ts []template) []template {
	var out []template
	for _, t := range ts {
		if id := t[len(t)-1].id; id >= 0 && id < firstDecoy {
			out = append(out, t)
		}
	}
	return out
}

var chatEN = compile(
	// Aadhaar and VID
	"my aadhaar is {aadhaar}",
	"aadhaar no: {aadhaar}, please update kyc",
	"mera aadhar {aadhaar} hai, check karo",
	"{aadhaar} is my aadhaar number",
	"UID {aadhaar} linked with mobile {mobile}",
	"is {-aadhaar} correct? got it from the form",
	"sending {-aadhaar} for the form",
	"aadhaar VID {vid} generated today",
	"here is my virtual id {vid}",
	"{-vid} use this one",
	"new one is {-vid}",
	"try {-vid} instead of the old one",
	// PAN, GSTIN
	"PAN card: {pan}",
	"my pan is {pan} and dob {dob}",
	"{pan} is my PAN",
	"pls verify {-pan} asap",
	"our GSTIN is {gstin}",
	"gst no: {gstin} pls update in the system",
	"{-gstin} is the supplier",
	"vendor {-gstin} registered in {$city}",
	"pls add {-gstin} to the vendor master",
	// passport, voter ID, driving licence
	"passport no {passport}, expiring next year",
	"passport: {passport}",
	"my passport number is {passport}",
	"ppt no {passport} renewal pending",
	"voter id {voter}",
	"EPIC no. {voter} for my father",
	"DL no {dl}",
	"driving licence {dl} renewed last month",
	// mobile, e-mail, UPI
	"call me on {mobile}",
	"whatsapp {mobile} after 6pm",
	"my mobile number is {mobile}",
	"ph: {mobile}",
	"contact {mobile} or mail {email}",
	"{-mobile} call after 6pm",
	"reach me at {-mobile}",
	"{mobile} is my whatsapp",
	"send money to {-upi}",
	"upi id: {upi}",
	"pay via UPI to {upi} pls",
	"{-upi} pe bhej do",
	"email me at {email}",
	"{-email} - pls share the details here",
	"mail id {email}",
	"pls update my email to {email}",
	// cards
	"credit card {card} was charged twice",
	"card no {card} blocked? pls check",
	"paid with {-card} yesterday",
	// health, address, bank, dates, vehicles, IP
	"abha no {abha}",
	"my ABHA number is {abha}",
	"health id {abha} linked with the hospital",
	"pincode {pin}",
	"address: 14 MG Road, {$city}, PIN: {pin}",
	"PIN code - {pin}",
	"a/c {account} IFSC {ifsc}",
	"account no {account}, ifsc code {ifsc}",
	"bank account number {account}, IFSC {ifsc}, name {$name}",
	"dob {dob}",
	"date of birth: {dob}",
	"born on {dob}",
	"vehicle no {vehicle}",
	"my car reg no is {vehicle}",
	"RC for vehicle {vehicle} uploaded",
	"my ip is {ipv4}",
	"login from {-ipv4} was not me",
	// decoys
	"order id: {order10} not delivered yet",
	"UTR {ref12} - amount debited but not credited",
	"refund of Rs {amount} pending, txn id {ref12}",
	"rrn {ref12} pls check",
	"UPI ref no {ref12}, still not received",
	"got OTP {otp}, will not share",
	"ticket {ticket} raised for this",
	"invoice no {invoice} attached",
	"is {-bad12} valid?",
	"order id {bad12} still pending",
	"office landline {landline}",
	"our helpdesk landline is {landline}",
	"app version {version}, still crashing",
	"build {version} fixed it",
	"due date {date}",
	"status {-upper10} since morning",
	"sample pan format {-panbad} dekh lo",
	"gstin {-gstinbad} shows invalid",
	"card {-cardbad} declined",
	"trace id {uuid}",
	"request id {hexid} failed",
	"batch {ts12} processed",
	"{-ts12} wala report bhejo",
	"ifsc {-ifscbad} not found",
	"paid Rs {amount} via {-upi}",
)

var chatHI = compile(
	"मेरा आधार नंबर {aadhaar} है",
	"आधार: {aadhaar}",
	"{aadhaar} मेरा आधार नंबर है",
	"आधार कार्ड संख्या {aadhaar} अपडेट करें",
	"आधार वीआईडी {vid}",
	"मेरा पैन कार्ड {pan} है",
	"पैन: {pan}",
	"मेरा पासपोर्ट नंबर {passport} है",
	"पासपोर्ट: {passport}",
	"मतदाता पहचान पत्र {voter}",
	"वोटर आईडी {voter} है",
	"ड्राइविंग लाइसेंस नंबर {dl}",
	"जीएसटी नंबर {gstin}",
	"मोबाइल: {mobile}",
	"मेरा मोबाइल नंबर {mobile} है",
	"फोन करें {mobile} पर",
	"संपर्क: {mobile}",
	"{-mobile} पर कॉल करें",
	"यूपीआई आईडी {upi} पर पैसे भेजें",
	"{-upi} पर भेज दो",
	"ईमेल: {email}",
	"मेरा ईमेल {email} है",
	"आभा नंबर {abha}",
	"पिन कोड {pin}",
	"पता: एमजी रोड, {$city}, पिन कोड {pin}",
	"खाता संख्या {account}, IFSC {ifsc}",
	"बैंक खाता {account} है, IFSC कोड {ifsc}",
	"जन्म तिथि: {dob}",
	"मेरी जन्मतिथि {dob} है",
	"गाड़ी नंबर {vehicle}",
	"वाहन संख्या {vehicle}",
	"कार्ड {-card} से भुगतान किया",
	// decoys
	"ऑर्डर नंबर {order10} अभी तक नहीं आया",
	"लेन-देन संदर्भ संख्या {ref12}",
	"राशि ₹{amount} कट गई",
	"बिल नंबर {bad12}",
	"टिकट {ticket} बन गया है",
	"OTP {otp} किसी को न बताएं",
	"UTR {ref12} है, पैसे नहीं आए",
	"रेफरेंस नंबर {ref12} पर शिकायत दर्ज है",
)

// chatENEnd are the chat templates that end with personal data, for the
// last line of the text.
var chatENEnd = endsWithPII(chatEN)

// --- fields for JSON and key=value logs ---

type field struct {
	key string
	id  int
	ctx bool
}

// fieldKeys are the keys each value is logged under; a leading '-' marks a
// key that is no context for it.
var fieldKeys = [numValues]string{
	vAadhaar:  "aadhaar aadhaar_no aadhaarNumber uid aadhar",
	vVID:      "vid virtual_id aadhaarVid",
	vPAN:      "pan pan_no panNumber",
	vPassport: "passport_no passportNumber passport",
	vVoter:    "voter_id epic_no voterId",
	vDL:       "dl_no driving_licence dlNumber",
	vGSTIN:    "gstin gst_no gstNumber",
	vMobile:   "mobile mobile_no phone mobileNumber contact whatsapp mob",
	vUPI:      "upi vpa upi_id payerVpa",
	vCard:     "card_no cardNumber card",
	vEmail:    "email email_id emailAddress",
	vABHA:     "abha abha_no abhaNumber health_id",
	vPIN:      "pincode pin_code postalCode pin",
	vAccount:  "account_no acct_no bank_account accountNumber",
	vDOB:      "dob date_of_birth birthDate",
	vVehicle:  "vehicle_no reg_no vehicleNumber",
	vIFSC:     "ifsc ifsc_code ifscCode",
	vIP:       "client_ip remote_addr ip",

	dBad12:    "order_id order_no -id",
	dRef12:    "utr rrn bank_rrn order_id txn_id ref_no",
	dTS12:     "txn_ts batch batch_id -created",
	dUUID:     "trace_id session_id request_id correlationId",
	dCardBad:  "-token txn_ref",
	dLandline: "landline office_landline branch_landline",
	dOrder10:  "order_id orderId order_no",
	dHexID:    "request_id span_id x_request_id",
	dUpper10:  "-status -event -category",
	dPANBad:   "-pan -test_pan",
	dAmount:   "amount amt total_inr",
	dOTP:      "otp",
	dVersion:  "app_version build version",
	dInvoice:  "invoice_no bill_no invoiceNumber",
	dTicket:   "ticket ticket_id incident",
	dGSTINBad: "-gstin",
	dIFSCBad:  "-ifsc",
	dDate:     "invoice_date due_date valid_till expiry_date",
}

var (
	piiFields   [][]field // by PII value
	decoyFields [][]field // by decoy value
)

func init() {
	for id, keys := range fieldKeys {
		if keys == "" {
			continue
		}
		var fs []field
		for _, k := range strings.Fields(keys) {
			ctx := true
			if k[0] == '-' {
				ctx, k = false, k[1:]
			}
			fs = append(fs, field{key: k, id: id, ctx: ctx})
		}
		if id >= firstDecoy {
			decoyFields = append(decoyFields, fs)
		} else {
			piiFields = append(piiFields, fs)
		}
	}
}

// pickFields appends nPII fields for PII and nDecoy for decoys, each of a
// different value, in random order.
func (g *gen) pickFields(dst []field, nPII, nDecoy int) []field {
	var used [numValues]bool
	add := func(from [][]field) {
		for {
			fs := from[g.intn(len(from))]
			if !used[fs[0].id] {
				used[fs[0].id] = true
				dst = append(dst, fs[g.intn(len(fs))])
				return
			}
		}
	}
	for range nPII {
		add(piiFields)
	}
	for range nDecoy {
		add(decoyFields)
	}
	for i := len(dst) - 1; i > 0; i-- {
		j := g.intn(i + 1)
		dst[i], dst[j] = dst[j], dst[i]
	}
	return dst
}

// --- the line formats ---

// generate writes lines until the text reaches size bytes, then a last line
// that ends with a value.
func (g *gen) generate(size int) {
	// The first line is an access-log line: it starts with an IP address.
	g.tick()
	g.accessLine()
	g.c('\n')
	for len(g.b) < size {
		g.tick()
		switch pickWeighted(g, formatWeights[:]) {
		case 0:
			g.accessLine()
		case 1:
			g.jsonLine()
		case 2:
			g.kvLine()
		case 3:
			g.chatLine(chatEN)
		case 4:
			g.hindiLine()
		default:
			g.csvBlock()
		}
		g.c('\n')
	}
	g.chatLine(chatENEnd)
}

// formatWeights are the relative frequencies of access, json, kyc,
// chat-en, chat-hi and csv (a CSV block holds several lines).
var formatWeights = [...]int{24, 26, 16, 17, 11, 1}

// accessLine writes an nginx or Apache access-log line.
func (g *gen) accessLine() {
	g.emit(vIP, false)
	g.s(" - ")
	if g.chance(4) {
		g.lower(g.pick(firstNames))
	} else {
		g.c('-')
	}
	g.c(' ')
	g.clfTime()
	g.s(` "`)
	g.s(g.pick(methods))
	g.c(' ')
	if g.chance(12) {
		g.queryPath()
	} else {
		g.s(g.pick(paths))
	}
	if g.chance(30) {
		g.s(` HTTP/2.0" `)
	} else {
		g.s(` HTTP/1.1" `)
	}
	g.num(statuses[g.intn(len(statuses))])
	g.c(' ')
	g.num(g.intn(100000))
	if g.chance(20) {
		return // Apache common log format
	}
	g.s(` "`)
	g.s(g.pick(referers))
	g.s(`" "`)
	g.s(g.pick(userAgents))
	g.c('"')
	if g.chance(30) {
		g.s(" rt=0.")
		g.pad(g.intn(1000), 3)
		g.s(` uct="0.`)
		g.pad(g.intn(100), 3)
		g.s(`" xff=`)
		g.emit(vIP, false)
	}
}

// queries are API paths with an identifier in the query string.
var queries = []struct {
	path string
	id   int
}{
	{"/api/v1/kyc/verify?mobile=", vMobile},
	{"/api/v1/pan/verify?pan=", vPAN},
	{"/api/v1/upi/validate?vpa=", vUPI},
	{"/api/v1/bank/ifsc?ifsc=", vIFSC},
	{"/api/v1/serviceability?pincode=", vPIN},
	{"/api/v1/users/lookup?email=", vEmail},
	{"/api/v1/aadhaar/otp?uid=", vAadhaar},
	{"/api/v1/gst/search?gstin=", vGSTIN},
	{"/api/v1/orders/track?order_id=", dOrder10},
	{"/api/v1/payments/status?utr=", dRef12},
}

func (g *gen) queryPath() {
	q := queries[g.intn(len(queries))]
	g.s(q.path)
	g.compact = true
	g.emit(q.id, true)
	g.compact = false
	if g.chance(30) {
		g.s("&lang=en")
	}
}

// jsonLine writes a JSON application-log line.
func (g *gen) jsonLine() {
	g.s(`{"ts":"`)
	g.isoTime()
	g.s(`","level":"`)
	g.s(g.pick(levels))
	g.s(`","svc":"`)
	g.s(g.pick(services))
	g.s(`","req_id":"`)
	g.hex(16)
	g.s(`","msg":"`)
	g.s(g.pick(jsonMsgs))
	g.c('"')
	if g.chance(25) {
		g.s(`,"name":"`)
		g.s(g.pick(firstNames))
		g.c(' ')
		g.s(g.pick(lastNames))
		g.c('"')
	}
	var buf [6]field
	fs := g.pickFields(buf[:0], pickWeighted(g, []int{8, 45, 32, 15}), pickWeighted(g, []int{50, 35, 15}))
	for _, f := range fs {
		g.s(`,"`)
		g.s(f.key)
		g.s(`":"`)
		g.emit(f.id, f.ctx)
		g.c('"')
	}
	g.s(`,"latency_ms":`)
	g.num(1 + g.intn(3000))
	g.c('}')
}

// kvLine writes a key=value line of a KYC service.
func (g *gen) kvLine() {
	g.logTime()
	g.c(' ')
	g.s(g.pick(kycLevels))
	g.s(" [")
	g.s(g.pick(services))
	g.s("] ")
	g.s(g.pick(kycClasses))
	g.s(" - ")
	g.s(g.pick(kycEvents))
	g.s(" ref=")
	g.hex(12)
	if g.chance(30) {
		g.s(` name="`)
		g.s(g.pick(firstNames))
		g.c(' ')
		g.s(g.pick(lastNames))
		g.c('"')
	}
	var buf [6]field
	fs := g.pickFields(buf[:0], pickWeighted(g, []int{5, 45, 35, 15}), pickWeighted(g, []int{55, 35, 10}))
	for _, f := range fs {
		g.c(' ')
		g.s(f.key)
		g.c('=')
		g.quotedEmit(f.id, f.ctx)
	}
	if g.chance(50) || len(fs) == 0 {
		g.c(' ')
		g.s(g.pick(kycStatus))
	}
}

// quotedEmit plants a value, putting it in double quotes when it holds a
// space.
func (g *gen) quotedEmit(id int, ctx bool) {
	start := len(g.b)
	g.emit(id, ctx)
	if bytes.IndexByte(g.b[start:], ' ') < 0 {
		return
	}
	g.b = append(g.b, 0)
	copy(g.b[start+1:], g.b[start:len(g.b)-1])
	g.b[start] = '"'
	g.c('"')
	sp := &g.pii
	if values[id].decoy {
		sp = &g.decoys
	}
	s := &(*sp)[len(*sp)-1]
	s.Start++
	s.End++
}

// chatLine writes an English chat line from one of ts.
func (g *gen) chatLine(ts []template) {
	if g.chance(70) {
		g.chatTime()
		g.c(' ')
		g.s(g.pick(firstNames))
		g.s(": ")
	}
	g.run(ts[g.intn(len(ts))])
}

// hindiLine writes a Hindi chat line, in 5% of lines with Devanagari
// numerals.
func (g *gen) hindiLine() {
	if g.chance(70) {
		g.chatTime()
		g.c(' ')
		g.s(g.pick(hindiNames))
		g.s(": ")
	}
	g.deva = g.chance(5)
	g.run(chatHI[g.intn(len(chatHI))])
	g.deva = false
}

// txnStatus are the statuses in payment CSV exports.
var txnStatus = []string{"SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "PENDING"}

// csvBlock writes a CSV header and a few rows.
func (g *gen) csvBlock() {
	g.compact = true
	defer func() { g.compact = false }()
	rows := 2 + g.intn(4)
	switch n := g.intn(100); {
	case n < 70:
		g.s("name,mobile,email,pan,city,pincode")
		for range rows {
			g.c('\n')
			g.s(g.pick(firstNames))
			g.c(' ')
			g.s(g.pick(lastNames))
			g.c(',')
			g.emit(vMobileCSV, false)
			g.c(',')
			g.emit(vEmail, false)
			g.c(',')
			g.emit(vPAN, false)
			g.c(',')
			g.s(g.pick(cities))
			g.c(',')
			g.emit(vPIN, false)
		}
		return
	case n < 85:
		g.s("vendor,gstin,city,email")
		for range rows {
			g.c('\n')
			g.s(g.pick(lastNames))
			g.c(' ')
			g.s(g.pick(firms))
			g.c(',')
			g.emit(vGSTIN, false)
			g.c(',')
			g.s(g.pick(cities))
			g.c(',')
			g.emit(vEmail, false)
		}
		return
	}
	rows = 2 + g.intn(3)
	g.s("txn_date,utr,amount,payer_vpa,status")
	for range rows {
		g.c('\n')
		g.pad(g.clk.y, 4)
		g.c('-')
		g.pad(g.clk.mo, 2)
		g.c('-')
		g.pad(g.clk.d, 2)
		g.c(',')
		g.emit(dRef12, false)
		g.c(',')
		g.num(10 + g.intn(50000))
		g.s(".00,")
		g.emit(vUPI, false)
		g.c(',')
		g.s(g.pick(txnStatus))
	}
}
