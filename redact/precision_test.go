package redact_test

import (
	"testing"

	"github.com/kavachpii/kavach/redact"
)

// TestLookAlikesStay holds look-alikes that the held-out set caught
// kavach masking: each must come out unchanged.
func TestLookAlikesStay(t *testing.T) {
	r := mustNew(t)
	for _, in := range []string{
		"sku,description,hsn,price,gst_rate\nRRPTJ8176S,Brake pad set,8517,1499.00,28",                                             // a rate, not a GSTIN
		"emp_id,member_name,relation\nE1,[spouse],Spouse\nE2,(absent),Self\nE3,[withheld - minor],Son",                             // notes in brackets where a name would be
		"Dear Sponsors,\nMangala aarti: 5:30 am. Abhishek pooja: 6:00 am. Kumkum archana Rs 50",                                    // who a letter greets; a temple's rites
		"Virat Kohli slams century; the school Savitribai Phule founded; Answer: A.P.J. Abdul Kalam",                               // public figures the whole country knows
		"Name|Aadhaar|Mobile\nManoj Tiwari|7083-3998-0330|NA",                                                                      // NA is no mobile (the rest is masked)
		`{"gstin_status":"ok","legal_name":"Ganga Logistics"}`,                                                                     // a business's name
		"TEST NAME               RESULT    UNITS\nFerritin                117       ng/mL\nHaemoglobin             11.7      g/dL", // a lab's tests, not people
		`{"ps_name":"Govt. Primary School Sector 45","drug_name":"Dolo 650"}`,                                                      // a polling station's, a drug's
		"- QuickDrop Logistics Pvt Ltd, Survey No. 279, MIDC Industrial Area, Jalandhar | Tel 0755 4585 017",                       // a company's premises
		"[21:29] Dispatcher: bhai order kahan hai?\nThe minister flagged off the fleet at Jawaharlal Nehru Port.",                  // a role as a sender, a port named after a man
		"serial,pin,mrp\n170975754830,9329043964170058,50",                                                                         // a scratch card's PIN under "pin"
		"upc,port_id,donor,recipient,lsa\nHN433968,P70179846109,AT,VI,UE",                                                          // carriers' codes under "donor" and "recipient"
		"STN/89207  From: CFA Warehouse, Plot 91, MIDC Bhosari, Pune\nTo: Distributor DST96297",                                    // a warehouse's address
		"donor operator: Airtel, recipient: Jio; customer: Sundaram Castings",                                                      // carriers and a business
		"gstin,trade_name,state\n27DFQCM6426L1ZG,Malabar Spice Exports Pvt Ltd,Maharashtra",                                        // likewise
		"HELPLINES, PUNE: POLICE 112, AMBULANCE 108, ELECTRICITY 1800 256 470, FIRE 101",                                           // a toll-free number's last six digits, no PIN code
		"Haldi (12 Feb), Wedding (14 Feb) at Shree Banquet | Package: Gold",                                                        // a venue after a title, no person
		"PAN must be in the format AAAAA9999A.",                                                                                    // a format, not a PAN
		"Release 1.9.5.75 is live",                                                                                                 // a version
		"Chrome 113.0.0.0 fixed a bug",                                                                                             // a version
		"Duplicate charge: transactions 3858379545484010 and 3902943559189285",                                                     // transaction ids
		"GET /api/orders/7774192124/items?page=2",                                                                                  // an order id
		`{"sku": "SKU4996382", "name": "Amul Taaza Toned Milk 500 ml"}, {"name": "Haldiram's Bhujia 400 g"}`,                       // products, by their pack sizes
		"Umang Children's Welfare Society - MONTHLY GRANT",                                                                         // a society, its word after the possessive
		"உங்கள் ஆர்டர் எண் 6190388995 அனுப்பப்பட்டது.",                                                                             // "your order number" in Tamil
		"txn_date,narration\n17/02/2023,UPI/DR/322158389709/NAGARAJ BHAT",                                                          // an RRN in a narration
		"my order id is 8123456780 and it is late",                                                                                 // an order, joined by "is"
		"Folio No: 9123456785 / 0",                                                                                                           // a mutual fund folio
		"Consumer No: 7012345678, sanctioned load 3 kW",                                                                                      // a utility's account
		"Boarding: Anand Rao Circle 21:15",                                                                                                   // a place named after a person
		"pi = 3.14159 26535 89793 23846 26433 83279",                                                                                         // groups of a longer run
		"MGNREGA Job Card No: AP-16-049-063-026/922",                                                                                         // a code whose start reads as a registration
		"-rw-r----- 1 postgres postgres 9212107370 Nov  4 02:14 kyc_20240426.sql.gz",                                                         // a file's size in "ls -l"
		"For sandbox use only: Visa 4251 8875 8439 5930 (any CVV)",                                                                           // a test card that fails Luhn, no VID
		"1st Prize Rs 75,00,000/- KL 304904 (THRISSUR)\nConsolation: PB 798859, PB 449839",                                                   // a lottery's tickets
		"int64(6715870808026712034), // Int63()",                                                                                             // nineteen digits that pass Luhn
		`{"userIdentity":{"accountId":"123456789012"},"recipientAccountId":"123456789012"}`,                                                  // CloudTrail's account IDs
		"GROUP  TOPIC  PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG\nkyc  kyc.otp  0  91808525960  91808525961  1",                         // a consumer's offsets
		"UID:86ce7343-038e-18fa-c337-2934d47c5f3b@crm.example",                                                                               // a calendar's UID
		"Relationship with insured: Self\nDocument name : Offer_Letter_v3.pdf\n  Name : Authorised Signatory (Nestaway)",                     // a form's values that are no name
		"0400 NOM-NAME  : OPTED OUT\nTL  MEMBER=NOT DISCLOSED  ACCTTYPE=05",                                                                  // what a record holds for no name
		"- Jagdish Prasad & Sons (HUF)\n- Anand Rathi Share Brokers\nOm Sai Labour Contractors\nSaraswati Hostel\nOwner: Talent Acquisition", // firms, a hostel, a team
		"Municipal Commissioner Shri Vikrant Salvi said; Deputy Commissioner of Police (Zone 1) Shri Raghav Deshmane said",                   // public officers, a title between
		"jai shri Krishna, Lakhs throng Shri Mahalakshmi temple",                                                                             // gods
		`{"code": "LBSN0", "name": "Lal Bahadur Shastri Nagar"} {"unitName":"UNIT 1","flat":"Plot 4"}`,                                       // a station named for a person; a factory's unit
		"Stop 2: Mani Anna Idli Stall. Cash only\nB-06-5\tSKU206534\tMohan Bhai Masala\t200 g\nShanti Devi Pickles Mango 1kg",                // eateries and brands named for their founders
		"टीम का नाम: बजरंग क्लब\nদলের নাম: নবারুণ সংঘ",                                                                                       // a team's name
		"Venue      : Indira Gandhi Indoor Arena, Indore",                                                                                    // a venue named after a leader
		"पद का नाम: कनिष्ठ लिपिक, कुल पद: 137",                                                                                               // a post's name
		"- card: \"4951 3773 6575 1773\"  expect: INVALID_LUHN",                                                                              // a card's number failing Luhn, no VID
		"PRN / Enrolment: 9361369879\nRoll No 9047613891",                                                                                    // a student's numbers
		"HR 61 bpm  PR 120 ms  QRS 114 ms  QT/QTc 341/442 ms\nSum insured | Age 18-35 | 36-45",                                               // a unit, a column
		"Distributor: Shree Indane Service\nQC LOT 356640  Analyzer SN 7689868592",                                                           // a firm, a device's serial number
		"User-Name=room236 Acct-Input-Octets=865877698\nI have two accounts – FF 617069798 and FF 509109794.",                                // a RADIUS counter, frequent flyer numbers
		"  5161 5602 7443 3347  exp 12/30  cvv 123\nWAYBILL 9959907029",                                                                      // a test card failing Luhn, a waybill
		"[25/09/25, 7:22 pm] Pinewood Homestay: Hi, welcome!",                                                                                // a homestay's chat
		"Card | Yatri | Route\nRF6902973 | x | y\n\nRM | ADDRESS | PAX\n190 | Chennai | 3",                                                   // a yatra card under "Card", a town alone under "ADDRESS"
		"Bounded by: East - Road; West - Plot No. 1",                                                                                         // a deed's boundaries
		"  Date        Amount (Rs.)   UPI Ref No.      Credited to\n  15/12/2023  41,999.00      059766663384     shop",                      // references under a UPI column
		"Outage helpline 94987 94987; form example: voter id ABC0000000",                                                                     // a helpline, a placeholder
		"CUSTOMER: It is fine.\n[1:47 pm] Fleet Onboarding: Namaste!\n|| Shree Ganeshay Namah ||\nSri Sai Tiles & Sanitary",
		`<Detail name="ACNUM" value="x"/>`,
		"name: Create beneficiary\nmethod: POST",                                                                                  // a request's name opens with its verb
		"ts=1750272344561 evt=otp_verify dur_us=5848921823129699 ok=true",                                                         // a duration in microseconds
		"keyspace_hits:8167034037\nused_memory:6652106528",                                                                        // a cache's metrics
		"Lottery ticket PB 100260 won",                                                                                            // a lottery ticket
		"Property ID 9214098085. Kindly transfer the record.",                                                                     // a municipality's property ID
		`kms_key_id = "arn:aws:kms:ap-south-1:935077375178:key/1c4"`,                                                              // an AWS account in an ARN
		"ହେଲ୍ପଲାଇନ 1800-180-1551। ବୁଲେଟିନ ନଂ 820303",                                                                              // an Odia bulletin's number
		"బులెటిన్ సంఖ్య 493221",                                                                                                   // a Telugu bulletin's number
		"NAME                                  CPU(cores)\nkyc-api-89eb6b84bf-k9kcp   542m\naadhaar-vault-112549992b-tkhjx   12m", // pods, not people
		"QUERY_ID\tUSER_NAME\tWAREHOUSE_NAME\n01b41141\tsvc_etl\tANALYST_WH",                                                      // a warehouse's name
		"1. Mehvish Wani Infra Private Limited, CIN U44921DL2007OPC151405",                                                        // a company named for its founder
		"Sum insured: Rs 80000",                                                                                                    // an amount after a name's label
		`<sms protocol="0" address="VM-HDFCBK" date="1"/>`,                                                                         // an SMS's sender
		".1.3.6.1.4.6.29.29.5 = Counter32: 6749998859",                                                                             // an SNMP counter
		"     iterations.....................: 8515937513",                                                                         // a load test's count
		"Part No.        Description\nDL57AB3032    Headlamp assy LH",                                                              // a part number
		"2. Savitribai Phule Kanya Kalyan Yojana – helpline\n3. Dr. Ambedkar Post-Matric Scholarship",                              // schemes named after people
		"142336;INF4D10135C00;Motilal Oswal Flexi Cap Fund - Direct Plan",                                                          // a fund
		"Applicant: Gupta and Sons Private Limited",                                                                                // a company
		"Date | Pledger | Address | Article\n07/04/2025 | x | same as above | ring",                                                // a placeholder
		"  name                 dl_number\n  <chr>                <chr>\n",                                                         // a tibble's column types
		"[INFO] +- com.oracle.database.jdbc:ojdbc8:jar:21.18.0.9:compile",                                                          // a Maven artifact's version
		"Reference standard traceable to NPL New Delhi, cert 803583",                                                               // a certificate's number
		"Office | Phone | Fax\nChief Medical Officer | 080-65032773 | 040-2910130\nControl room | Emergency: 112 | -",              // landlines under "Phone"
		"Party Name,Contact Person,GSTIN\n\"Ganga Plastics\",x,y\n\"Om Sai Packaging\",x,y",                                        // businesses under a name's column
		"KISAN VIKAS PATRA - APPLICATION (FORM-A)",                                                                                 // a savings certificate
		"Line 2: Indira Gandhi Intl Airport - Sardar Patel Nagar - Tilak Nagar",                                                    // a place named after a person
		"intent=upi://pay?pa=x@sbi&pn=Merchant&am=149.00",                                                                          // a role after a name's key
		"Symbol,Time,LTP,Volume,Turnover\nBAJAJFINSV,09:26:13,4770.21,9146921900,86674354421",                                      // a market's volumes
		"Train No | Name | From\n11301 | Udyan Exp | CSMT Mumbai\n12009 | Mumbai Rajdhani | Delhi",                                 // trains
		"Ward No | Ward name | Zone\n118 | Azad Maidan | South",                                                                    // a ward's name
		"141544 | Aditya Birla Sun Life Flexi Cap Fund - Direct Growth | 254.2314",                                                 // a fund
		"> From: Transport Helpdesk\n> Your driving licence",                                                                       // a helpdesk
		`{"headers":[{"name":"Content-Type","value":"application/json"}]}`,                                                         // a header's name
		`{"item":[{"name":"ABHA search"},{"name":"UIDAI OTP - generate"}]}`,                                                        // a request's name
		"id\tad_name\tcity\n7\tHomeLoan_Diwali\tPune",                                                                              // an ad's name
		"Email Address *  e.g. yourname@example.com",                                                                               // a form's placeholder
		"Message-ID: <2747453775.099716@mailer.lendfast.in>",                                                                       // a mail system's ID
		`+ arn = "arn:aws:iam::669978099324:role/ci"`,                                                                              // a cloud account
		"ST. XAVIER'S HIGH SCHOOL | St. Xavier's College | Alumni Association of Bal Bharati Public School | Vidya Lakshmi Portal", // schools named after people and saints
		"Roll No     Candidate Name            Photo ID        ID Number              Sign",                                        // an attendance sheet's header
		"Chief Minister Devendra Fadnavis and industrialist Ratan Tata met Union Finance Minister Nirmala Sitharaman",              // public figures by their office
		"Deputy Commissioner Kavita Rathod and District Collector Anand Prakash Vora urged citizens to call 1930",                  // officers of a district, named in a press note
		"INE089A01031|DRREDDY|EQ|Dr. Reddy's Laboratories Ltd|5|1",                                                                 // a company named for its founder
		"पिकाचे नाव: सोयाबीन",                                                                                                      // a crop's name
		"பள்ளியின் பெயர் : அரசு மேல்நிலைப் பள்ளி\nਸਕੂਲ ਦਾ ਨਾਮ: ਸਰਕਾਰੀ ਸਕੂਲ", // a school's name
		"[00:00:11] Agent: Namaste\n[00:00:15] Caller: ok",                                                        // roles, not names
		"Sri Venkateshwara Agro Centre\nGSTIN",                                                                    // a shop
		"PYMT_MODE,AMOUNT,BENE_NAME\nN,18294.00,Om Sai Logistics\nN,5197.00,Laxmi Tent House",                     // businesses under a name's column
		`{"name":"POST /v1/kyc/pan-verify"},{"name":"SELECT kyc_db.applicants"}`,                                  // spans' names
		"Application No: 9737104898\nProposal No. 8405324576\nListing #7489015871",                                // other things' numbers
		"e-Shram UAN: 3438 4546 2353",                                                                             // a universal account number
		"TRAVEL DESK  Request TR-46091",                                                                           // a request, not a registration
		"Name      Age      Gender\nName        Address",                                                          // a table's header
		`<Poi dob="DD-MM-YYYY" name="Resident Name"/>`,                                                            // a template's placeholder
		"LGD village code 211654\nई-पीक पाहणी सारांश (गाव कोड 942479)",                                            // villages' codes
		"LGD Village Code  Census 2011 Code  Village Name\n197775            145527            Wadgaon Kolhati\n", // a column of villages' codes
		"retailer_name,proprietor\nMakwana Khad Bhandar,x",                                                        // a fertiliser shop
		"time,type,visitor_name\n16:10,Delivery,Swiggy\n16:20,Delivery,Zepto",                                     // delivery services at a gate
		"Om Sai Lift Works (Prop. x)\nDeployment sheet - Aashray Attendants",                                      // firms
		"trace=2f78622c-1771-fd82-ac2a-e26b160fdebd corr=2201056711",                                              // a hex group is no "ac"
		"code,value,expiry,status\nUXSKR0079Z,200,18/06/2025,UNUSED",                                              // a gift card's code
		`{"Irn":"6e85","AckNo":363434447782857,"AckDt":"2025-01-01"}`,                                             // an e-invoice's acknowledgement
		"[20/03/25 02:40 PM] Tant Ghar Official: ok",                                                              // a shop's account
		"ట్యాంకర్ బుకింగ్ నిర్ధారించబడింది. బుకింగ్ నం 6485366831.",                                               // a booking's number in Telugu
		"[05/10/26, 15:32] RM: ok\n[08/10/26, 10:27] Advisor: ok\nGuardian Name: NA",                              // roles, no name
		"CKYC No.\t40259796918567\nName\tx\nFather/Spouse Name\tx",                                                // a label and its value, tab-separated
		"Aditya Birla Sun Life reported higher premium",                                                           // an insurer
		"| gstin | expected | note |\n|---|---|---|\n| 07TRACF0905R1ZY | INVALID | fixture |",                     // a GSTIN failing its check character
		"[#83828] TRIGGERED: High 5xx on kyc-gateway",                                                             // an alert's state
		"rrn,txn_date,payer_vpa\n788961247867,17-10-2026,ti****@ptaxis",                                           // a masked address
		"SL_NO,ELECTOR_NAME,AADHAAR_OR_REASON\n137,x,NO AADHAAR (Doc 2)",                                          // a reason under an Aadhaar's column
		`{"center_id": 400886, "block_name": "Shahpura", "district_name": "Bhopal"}`,                              // places
		"Vaccine Name COVAXIN", // a vaccine
		`{"name": "Sarathi renewal - submit", "info": {"name": "AA sandbox - consent"}}`,                   // a request's name
		"Verifying officer: SI, PS Razole\n[3:33 pm] CSC Dharampeth: bhaiya\n\"name\": \"UPHC Naranpura\"", // a rank, offices
		"ownership | name\nprivate | Shree Sai Nursing Home",                                               // a nursing home
		"state,district,dose1,dose2,precaution,total\nRajasthan,Jaipur,8564039,8549786,931092,52582725",    // counts beside towns
	} {
		got, fs := r.String(in)
		for _, f := range fs {
			v := in[f.Start:f.End]
			switch v {
			case "Manoj Tiwari", "7083-3998-0330", "27DFQCM6426L1ZG", "NAGARAJ BHAT":
				continue // the real values around the look-alike
			}
			t.Errorf("%q: %s %q masked (%s); output %q", in, f.Kind, v, f.Reason, got)
		}
		checkStream(t, redact.Options{}, in)
	}
}

// TestPINCodeNamedCode: "code" before a number speaks against a PIN
// code, but after a PIN code's own name it is part of that name.
func TestPINCodeNamedCode(t *testing.T) {
	r := mustNew(t)
	for _, in := range []string{
		"Rampur, PIN Code: 211654", "Rampur, Post Code 211654", "ग्राम रामपुर, पिन कोड 211654", "அஞ்சல் குறியீடு 600042",
	} {
		if _, fs := r.String(in); len(fs) != 1 || fs[0].Kind != redact.PINCode {
			t.Errorf("%q: findings %+v, want one PIN code", in, fs)
		}
	}
}

// TestPINCodeLookalikes: six digits after a landline's trunk code, or
// glued to a document's prefix, are no PIN code; after "PIN-" or a
// place's name glued so they are, and after a place's name in lower case.
func TestPINCodeLookalikes(t *testing.T) {
	r := mustNew(t)
	for _, in := range []string{"district control room at 1077 or 06272 601581 (24x7)", "Bihar office 0612-234567", "on their PO no. PO-486267", "INV-410203"} {
		if _, fs := r.String(in); len(fs) != 0 {
			t.Errorf("%q: findings %+v, want none", in, fs)
		}
	}
	for _, in := range []string{"PIN-411001", "Imphal West, Manipur-795010", "Vill. Kasba, P.O.-721101", "jharkhand 834027", "mg road,\nranchi 834001"} {
		if _, fs := r.String(in); len(fs) == 0 || fs[len(fs)-1].Kind != redact.PINCode {
			t.Errorf("%q: findings %+v, want a PIN code last", in, fs)
		}
	}
}

// TestLogClockSkip: the scanner skips a log's time stamp whole, a
// fraction of a second included, and reads what follows it as usual,
// whole or streamed.
func TestLogClockSkip(t *testing.T) {
	r := mustNew(t)
	for _, c := range []struct{ in, want string }{
		{`{"ts":"2026-11-15T00:41:09.093Z","aadhaar":"2345 6789 0124"}`, `{"ts":"2026-11-15T00:41:09.093Z","aadhaar":"XXXX XXXX 0124"}`},
		{"2026-11-15T00:41:09.093Z 9876543210", "2026-11-15T00:41:09.093Z XXXXXX3210"},
		{"2026-11-15T00:41:09.123456789 mob 9876543210", "2026-11-15T00:41:09.123456789 mob XXXXXX3210"},
		{"2026-11-15T00:41:09.093+05:30 mob 9876543210", "2026-11-15T00:41:09.093+05:30 mob XXXXXX3210"},
		{"2026-11-15 00:41:09.0939876543210", "2026-11-15 00:41:09.0939876543210"}, // one run of digits: no mobile inside it
	} {
		got, _ := r.String(c.in)
		if got != c.want {
			t.Errorf("String(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		checkStream(t, redact.Options{}, c.in)
	}
}

// TestPurposeAfterKindWord: a word for the kind before "for" names the
// value even when the purpose after "for" is a negative word ("refund"),
// but the purpose's own word right before a value names it.
func TestPurposeAfterKindWord(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"His passport for the refund is P7398536.", "His passport for the refund is XXXXXXXX."},
		{"His driving licence for the refund is KL-53-2000-7996659.", "His driving licence for the refund is XX-XX-XXXX-XXXXXXX."},
		{"update mobile for order 9876543210", "update mobile for order 9876543210"},
		{"payment for order 9876543210 failed", "payment for order 9876543210 failed"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestSiblingValues: the second of two values of one shape in a
// sentence is what the first is, when a word says what the first is; a
// value in lower case, or one in another field, needs its own word.
func TestSiblingValues(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"correct passport numbers - mine is J9027737 and my spouse Sreelakshmi's is W6470802.", "correct passport numbers - mine is XXXXXXXX and my spouse XXXXXXXXXXX's is XXXXXXXX."},
		{"passport no. bhej raha hu – mera T2485712, Zorvito ka H2735540.", "passport no. bhej raha hu – mera XXXXXXXX, Zorvito ka XXXXXXXX."},
		{"voter id ABC1234567 aur papa ka XYZ7654321", "voter id XXXXXXXXXX aur papa ka XXXXXXXXXX"},
		{"EPIC No.: JWE 3926623\nAmount INR 1234567 paid", "EPIC No.: XXX XXXXXXX\nAmount INR 1234567 paid"}, // an EPIC in two parts, with its word
		{"order G9027737 and invoice W6470802", "order G9027737 and invoice W6470802"},
		{"epic_no=ztm1983667&state=S24; log abc1234567 ok", "epic_no=XXXXXXXXXX&state=S24; log abc1234567 ok"},
		{"passport=J9027737&ref=W6470802", "passport=XXXXXXXX&ref=W6470802"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestWrappedSentence: a sentence a PDF wrapped runs on into the next
// line, and so does its context; a table's header line does not.
func TestWrappedSentence(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"After that two amounts were debited from my savings account no.\n39303879536324 without my consent",
			"After that two amounts were debited from my savings account no.\nXXXXXXXXXXXXXX without my consent"},
		{"I, Pragyan Swain, holder of Indian passport\nY9657772, wish to visit your country",
			"I, XXXXXXX XXXXX, holder of Indian passport\nXXXXXXXX, wish to visit your country"},
		{"That in my Service Book my date of birth has been wrongly mentioned\n   as 15/04/1984 due to a clerical error.",
			"That in my Service Book my date of birth has been wrongly mentioned\n   as XX/XX/XXXX due to a clerical error."},
		{"The meeting on the date of birth anniversary\n\n15/04/1984 was held.", "The meeting on the date of birth anniversary\n\n15/04/1984 was held."}, // a blank line between
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestListUnderItsHeader: a list's items, "1. Name - value" or "who -
// value", take their kind from the list's header; a key and its value, or
// a log's columns, are no list.
func TestListUnderItsHeader(t *testing.T) {
	for in, want := range map[string]string{
		"i need passport numbers. adding what i have\n1. Madhusmita Sahu - H7734577\n2. Athira Kurup - G5083599\n3. Divya Nair - P6081229\nok": "i need passport numbers. adding what i have\n1. XXXXXXXXXX XXXX - XXXXXXXX\n2. XXXXXX XXXXX - XXXXXXXX\n3. XXXXX XXXX - XXXXXXXX\nok",
		"sabke ABHA number yahan daal raha hoon\nmummy - 23586414597628\npapa - 14-1726-1725-2698\n":                                           "sabke ABHA number yahan daal raha hoon\nmummy - XXXXXXXXXXXXXX\npapa - XX-XXXX-XXXX-XXXX\n",
		"voter id list:\n- JWE3926623\n- KLM4417720\n":                                                                                         "voter id list:\n- XXXXXXXXXX\n- XXXXXXXXXX\n",
		// Not lists: fields with their own keys, a log's columns.
		"FIXED DEPOSIT ADVICE\nDeposit A/c No: 498715076193484\nCustomer ID: 380041281\n": "FIXED DEPOSIT ADVICE\nDeposit A/c No: XXXXXXXXXXXXXXX\nCustomer ID: 380041281\n",
		"*   << Request  >> 36869\n-   ReqStart       59.168.147.18 33033 a0\n":           "*   << Request  >> 36869\n-   ReqStart       XX.XXX.XXX.XX 33033 a0\n",
		"passport office visit:\n1. Ravi - 9 am\n2. Sita - J8369854 pending\n":            "passport office visit:\n1. Ravi - 9 am\n2. Sita - XXXXXXXX pending\n",
	} {
		expectRedacted(t, in, want)
	}
}
