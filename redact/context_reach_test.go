package redact_test

import "testing"

// TestContextReaches holds values whose context stands where a plain
// reading of words misses it: Assamese spellings, a date-only negative
// word beside another kind, a label joined to its value by "is".
func TestContextReaches(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// An account number beside its IFSC in a fixed-width record.
		{"D00001 HEENA MIRZA                    38684701624319       HDFC0052269 574169201409",
			"D00001 XXXXX XXXXX                    XXXXXXXXXXXXXX       XXXXXXXXXXX XXXXXXXX1409"}, // and an Aadhaar
		// A name's label before a PAN in three parts: the PAN's.
		{"Permanent Account Number of the landlord: LQKPP 9100 U", "Permanent Account Number of the landlord: XXXXX XXXX X"},
		// Groups two spaces apart, in any script's digits.
		{"आधार: ३३५९  ९३७७  १८८४", "आधार: XXXX  XXXX  १८८४"},
		// A hash's input is the value itself when it passes the kind's
		// check; a hash stays. Diners Club writes 4-6-4.
		{`{"aadhaar_hash_src":"431383112788"} {"aadhaar_hash":"9f86d081884c7d65"}`, `{"aadhaar_hash_src":"XXXXXXXX2788"} {"aadhaar_hash":"9f86d081884c7d65"}`},
		{"card to be paid off: 3644-753990-9201 (issuer: Kotak)", "card to be paid off: XXXX-XXXXXX-9201 (issuer: Kotak)"},
		// redis-cli's HGETALL: a field's name on the line above its
		// value; the loopback network is nobody's address.
		{"127.0.0.1:6379> HGETALL sess:b4ac\n 1) \"abha\"\n 2) \"43201289256450\"\n 3) \"order_id\"\n 4) \"9876543210\"",
			"127.0.0.1:6379> HGETALL sess:b4ac\n 1) \"abha\"\n 2) \"XXXXXXXXXXXXXX\"\n 3) \"order_id\"\n 4) \"9876543210\""},
		// A machine-readable zone's line a filler too long, as OCR and
		// hand-typed copies write it; the mongo shell's "key" : value.
		{"P<INDKHAN<<ABDUL<RAHIM<<<<<<<<<<<<<<<<<<<<<<\nF7027409<2IND8005137M30901090<<<<<<<<<<<<<<<2",
			"P<INDXXXX<<XXXXX<XXXXX<<<<<<<<<<<<<<<<<<<<<<\nXXXXXXXX<2INDXXXXXX7M30901090<<<<<<<<<<<<<<<2"},
		{"{\n\t\"address\" : { \"line\" : \"Plot No. 202, Street 15, Jaydev Vihar, Bhubaneswar\", \"pin\" : \"751094\" }\n}",
			"{\n\t\"address\" : { \"line\" : \"XXXX XX. XXX, XXXXXX XX, XXXXXX XXXXX, XXXXXXXXXXX\", \"pin\" : \"XXXXXX\" }\n}"},
		// An identifier's letters before a value are no word ("TS" of a
		// licence is no timestamp's).
		{"dl_no,payout_to,ifsc\nTS0920030830460,5603399665,KKBK0074172", "dl_no,payout_to,ifsc\nXXXXXXXXXXXXXXX,XXXXXXXXXX,XXXXXXXXXXX"},
		// A cheque's MICR code beside its IFSC, in a column named for it.
		{"drawer_acct,ifsc,micr,chq_no\n,SBIN0001234,120456556,000123", "drawer_acct,ifsc,micr,chq_no\n,XXXXXXXXXXX,120456556,000123"},
		// A host's ".example" is no "for example".
		{"* Connected to api.fleetops.example (10.56.241.35) port 443\nfor example 10.0.0.5", "* Connected to api.fleetops.example (XX.XX.XXX.XX) port 443\nfor example 10.0.0.5"},
		// The window counts characters: a Tamil label of 27 characters is
		// 73 bytes.
		{"வாக்காளர் அடையாள அட்டை எண்: NPX5569293", "வாக்காளர் அடையாள அட்டை எண்: XXXXXXXXXX"},
		// A bulk SMS's DLT template; a relation's word and a total under a
		// column of people.
		{"| delivered 27467 | DLT template 8548613939", "| delivered 27467 | DLT template 8548613939"},
		{"member_name,nominee,nominee_relation\nNaveen Dahiya,Babita Hooda,spouse\nTOTAL,,", "member_name,nominee,nominee_relation\nXXXXXX XXXXXX,XXXXXX XXXXX,spouse\nTOTAL,,"},
		// A mobile outside the ranges kavach knows, grouped as one is
		// written, where a word calls it a mobile; a reference's stays.
		{"Mobile: 79295 80934; ref 79295 80934", "Mobile: XXXXX X0934; ref 79295 80934"},
		// A form's two rows, labels over values: the cell above names
		// the value, not the row's last label.
		{"Passport No.     Date of Issue\nJ8369854         12/03/2015\n", "Passport No.     Date of Issue\nXXXXXXXX         12/03/2015\n"},
		{"R****\nDate of Birth/जन्मतिथि        Place of Birth/जन्म स्थान\n12/09/1977                  INDORE\n",
			"R****\nDate of Birth/जन्मतिथि        Place of Birth/जन्म स्थान\nXX/XX/XXXX                  INDORE\n"},
		// "Regn. No.": registration's short form, as auction notices write
		// it; an RTO number kavach's table lacks needs such a word.
		{"The vehicle Tata Ace Gold Regn. No. AP56SF0220 financed under loan", "The vehicle Tata Ace Gold Regn. No. XXXXXXXXXX financed under loan"},
		// A run of one-letter words fills the room most runs need: the
		// word nearest the value is still read.
		{"x q-w-e-r-t-y-u-i-o-p-a-s-d-f-g-h-j-k-l-passport J8369854 ok", "x q-w-e-r-t-y-u-i-o-p-a-s-d-f-g-h-j-k-l-passport XXXXXXXX ok"},
		{"J8369854 passport-q-w-e-r-t-y-u-i-o-p-a-s-d-f-g-h-j-k-l", "XXXXXXXX passport-q-w-e-r-t-y-u-i-o-p-a-s-d-f-g-h-j-k-l"},
		// Assamese writes ৰ where Bengali writes র.
		{"ভোটাৰ পৰিচয় পত্ৰ নং: KLM4821937", "ভোটাৰ পৰিচয় পত্ৰ নং: XXXXXXXXXX"},
		// "issued" speaks against a date of birth, not against a vehicle.
		{"Parking pass issued: KA05MN4417 (car)", "Parking pass issued: XXXXXXXXXX (car)"},
		// A document number of the EPIC's shape is a voter ID.
		{`{"doc_type":"EPIC","doc_no":"RTX5081236"}`, `{"doc_type":"EPIC","doc_no":"XXXXXXXXXX"}`},
		{`{"issuer":"eci","document_number":"RTX5081236"}`, `{"issuer":"eci","document_number":"XXXXXXXXXX"}`},
		{"IDENTITY CARD\nRTX5081236\n", "IDENTITY CARD\nXXXXXXXXXX\n"},
		// MongoDB's extended JSON: the key is the type wrapper's.
		{`{"accountNumber": {"$numberLong": "50100234567812"}}`, `{"accountNumber": {"$numberLong": "XXXXXXXXXXXXXX"}}`},
		{`{"dob": {"$date": "1988-04-12"}}`, `{"dob": {"$date": "XXXX-XX-XX"}}`},
		// A registration's or an ABHA number's shape outweighs a negative
		// word: a vehicle's policy, a PHR session.
		{"Hi Lavanya, policy for 22 BH 0081 R expires soon.", "Hi XXXXXXX, policy for XX XX XXXX X expires soon."},
		{`"SETEX" "phr_session:91 6318 7168 8767"`, `"SETEX" "phr_session:XX XXXX XXXX XXXX"`},
		// A label's purpose is no negative word: the account is for a
		// refund; but a number after "for order" is the order's.
		{"Bank A/c for refund: 39591202163127", "Bank A/c for refund: XXXXXXXXXXXXXX"},
		{"Refund for order 9876543210 is done", "Refund for order 9876543210 is done"},
		// An Indian language writes a case as a word's ending: "to the
		// account", "in the account", "in the Aadhaar's".
		{"308214161804165 എന്ന അക്കൗണ്ടിലേക്ക് അയച്ചു", "XXXXXXXXXXXXXXX എന്ന അക്കൗണ്ടിലേക്ക് അയച്ചു"},
		{"টাকা 308214161804165 অ্যাকাউন্টে পাঠানো হয়েছে", "টাকা XXXXXXXXXXXXXXX অ্যাকাউন্টে পাঠানো হয়েছে"},
		{"என் கணக்கில் 308214161804165 உள்ளது", "என் கணக்கில் XXXXXXXXXXXXXXX உள்ளது"},
		// A postposition of purpose follows its object: "for orders", no
		// order's number; the order's own number stays.
		{"অর্ডারের জন্য 9495604897", "অর্ডারের জন্য XXXXXX4897"},
		{"অর্ডার নম্বর 9495604897", "অর্ডার নম্বর 9495604897"},
		// An IFSC's key after a number names its branch; a MICR code's
		// own key says what it is.
		{"event: payout_account_updated new=45178122845 ifsc=SBIN0167494", "event: payout_account_updated new=XXXXXXXXXXX ifsc=XXXXXXXXXXX"},
		{`{"micr":"650762003","ifsc":"ICIC0006402"}`, `{"micr":"650762003","ifsc":"XXXXXXXXXXX"}`},
		// "ID number", "id_no", "IDNO": a document's number, whichever the
		// form took, as "doc_no" is; an order's stays the order's.
		{"ID number : L2638815\n\"id_type\":\"Z\",\"id_no\":\"J6859399\"\nIDNO=E9254468", "ID number : XXXXXXXX\n\"id_type\":\"Z\",\"id_no\":\"XXXXXXXX\"\nIDNO=XXXXXXXX"},
		{"Id No. RTX5081236, order id no T4047244", "Id No. XXXXXXXXXX, order id no T4047244"},
		{"Sl No,ID Code,Unique Identification Number,Section Code\n2,4,W8217802,Section 80G\n", "Sl No,ID Code,Unique Identification Number,Section Code\n2,4,XXXXXXXX,Section 80G\n"}, // Form 10BD's donors
		// Pretty-printed JSON puts the "ifsc" key on the next line; a
		// record's number under the IFSC a line above is the next record's,
		// and a word for another kind before a number speaks first.
		{"\"number\": \"54138134259519\",\n    \"ifsc\": \"AIRP0782689\"", "\"number\": \"XXXXXXXXXXXXXX\",\n    \"ifsc\": \"XXXXXXXXXXX\""},
		{"id|bank_account|ifsc\n100025509|50100234567|SBIN0001234\n100058399|", "id|bank_account|ifsc\n100025509|XXXXXXXXXXX|XXXXXXXXXXX\n100058399|"},
		{"abha number 61191652735745\nIFSC UTIB0085388", "abha number XXXXXXXXXXXXXX\nIFSC XXXXXXXXXXX"},
		// An Android view dump names each field by its resource id after
		// its text; an HTML input by its name.
		{`<node index="5" text="20/10/1987" resource-id="in.gramseva.app:id/et_dob" class="android.widget.EditText"/>`,
			`<node index="5" text="XX/XX/XXXX" resource-id="in.gramseva.app:id/et_dob" class="android.widget.EditText"/>`},
		{`<input value="641012" name="pin_code">`, `<input value="XXXXXX" name="pin_code">`},
		{`<input value="641012" name="qty">`, `<input value="641012" name="qty">`},
		// A big city's name before a PIN code, in its own script.
		{"ବକ୍ସି ବଜାର, କଟକ 753656 | ଭୋଟର", "ବକ୍ସି ବଜାର, କଟକ XXXXXX | ଭୋଟର"},
		{"পার্সেল ১২/৩ রায় রোড, কলকাতা - ৭০০০২৯ ঠিকানায়", "পার্সেল ১২/৩ রায় রোড, কলকাতা - XXXXXX ঠিকানায়"},
		// "build" in an Indian script is no place before a PIN code.
		{"সংস্করণ 10.21.9 (বিল্ড 470204) এ নতুন কী:", "সংস্করণ 10.21.9 (বিল্ড 470204) এ নতুন কী:"},
		// A chat's answer under a question asked in an Indian script; a
		// form's line in a script, its value on it, asks nothing.
		{"உதவி: சரியான பாஸ்போர்ட் எண்ணைப் பகிரவும்\nபயனர்: L1785123", "உதவி: சரியான பாஸ்போர்ட் எண்ணைப் பகிரவும்\nபயனர்: XXXXXXXX"},
		{"വിലാസം: ടി.സി. 29/1694, പട്ടം, തിരുവനന്തപുരം\nIP No: 810221   DOA: 02/10/2024", "വിലാസം: XX.XX. XX/XXXX, XXXXX, XXXXXXXXXXXXX\nIP No: 810221   DOA: 02/10/2024"},
		// A preposition after a negative word makes the value its object:
		// the card a transaction was on; an order's own number stays.
		{"unknown txn on 3417 749455 13123 of rs 1351; order id is 9876543210", "unknown txn on XXXX XXXXXX X3123 of rs 1351; order id is 9876543210"},
		// tcpdump joins an address and its port with a dot.
		{"IP 192.168.162.249.50346 > 172.19.118.91.8080: Flags [P.]", "IP XXX.XXX.XXX.XXX.50346 > XXX.XX.XXX.XX.8080: Flags [P.]"},
		// syslog's time stamp has no year: no date of birth, and read in
		// one step (see syslogStampEnd); ctime's is read as before.
		{"Nov 15 00:41:09 web-01 sshd[12345]: Accepted publickey for deploy\nNov  5 00:41:09 web-01 x", "Nov 15 00:41:09 web-01 sshd[12345]: Accepted publickey for deploy\nNov  5 00:41:09 web-01 x"},
		{"NAME:Asha\nDOB: Nov 15 1990", "NAME:XXXX\nDOB: XXX XX XXXX"},
		// A software version's four groups or more are no address (see
		// dottedVersionEnd); a date written with dots is no version.
		{"browser 118.0.5993.117 on build 10.0.19045.3693, dob 15.08.1990", "browser 118.0.5993.117 on build 10.0.19045.3693, dob XX.XX.XXXX"},
		// A mobile number to port is no port; a vCard's birthday.
		{"Number to port: 6578837148", "Number to port: XXXXXX7148"},
		{"BDAY:1969-12-11", "BDAY:XXXX-XX-XX"},
		// An apostrophe between letters of an e-mail's local part.
		{"email=ad'souza@hotmail.com, 'ravi@gmail.com', it's x", "email=XX'XXXXX@XXXXXXX.XXX, 'XXXX@XXXXX.XXX', it's x"},
		// Urdu's word for PIN code.
		{"پن کوڈ: 190011", "پن کوڈ: XXXXXX"},
		// DynamoDB's JSON: the key is the type wrapper's.
		{`{"dob": {"S": "1995-01-20"}, "acct": {"N": "12345678901"}, "qty": {"N": "12345678901"}}`,
			`{"dob": {"S": "XXXX-XX-XX"}, "acct": {"N": "XXXXXXXXXXX"}, "qty": {"N": "12345678901"}}`},
		// Avro's union in JSON wraps a value as DynamoDB does; a name's and
		// an address's key speak through either wrapper.
		{`{"mobile":{"long":9876543210},"name":{"S":"Ravi"},"address_line1":{"string":"No. 18, 9th Cross"},"id":{"long":1234567890}}`,
			`{"mobile":{"long":XXXXXX3210},"name":{"S":"XXXX"},"address_line1":{"string":"XX. XX, XXX XXXXX"},"id":{"long":1234567890}}`},
		{`{"address":{"S":"Flat 35, Block C, Sunrise Point"},"full_name":{"string":"Asha"},"status":{"string":"Active"}}`,
			`{"address":{"S":"XXXX XX, XXXXX X, XXXXXXX XXXXX"},"full_name":{"string":"XXXX"},"status":{"string":"Active"}}`},
		// A reference named for an identity document is its number; an
		// order's reference is not, nor a beneficiary's.
		{`{"aadhaarRef": "763804807624", "orderRef": "763804807624"}`, `{"aadhaarRef": "XXXXXXXX7624", "orderRef": "763804807624"}`},
		{"Beneficiary Reference ID: 10297729191752", "Beneficiary Reference ID: 10297729191752"},
		// A document number of a passport's shape; a field a line, its
		// value's key vague (pretty-printed JSON, a property list).
		{"DOC=P|DOCNO=G9187502|EXP=2034", "DOC=P|DOCNO=XXXXXXXX|EXP=2034"},
		// The source a label cites is no negative word; KYC's "proof of
		// identity" names the document.
		{"Date of birth as per application: 20/07/1959.", "Date of birth as per application: XX/XX/XXXX."},
		{"as per order 9876543210 shipped", "as per order 9876543210 shipped"},
		{"poi_type=AADHAAR poi_ref=911286863040 store=12", "poi_type=AADHAAR poi_ref=XXXXXXXX3040 store=12"},
		{"EWB 143720962000 Veh DL49GH6109 valid upto 16/07/2025", "EWB 143720962000 Veh XXXXXXXXXX valid upto 16/07/2025"},
		// A note in brackets within a label; a host after its user's
		// name, a release after its package's.
		{"Passport No. (previous, if any): E1290817", "Passport No. (previous, if any): XXXXXXXX"},
		{"Janma tarikh (DOB): 19-05-1993\nDE037 (RRN): 945870042364", "Janma tarikh (DOB): XX-XX-XXXX\nDE037 (RRN): 945870042364"},
		// A note after a word for a kind only qualifies it: no word of
		// it speaks against the value ("DE037 (RRN)" is no such word).
		{"Aadhaar (OTP auth)  : 6673 3326 2423", "Aadhaar (OTP auth)  : XXXX XXXX 2423"},
		{"7.  Mobile Number (linked with UAN)      6289420716", "7.  Mobile Number (linked with UAN)      XXXXXX0716"}, // the word before "Number"
		{"Sir, loan agent (9181934775) said; order 9181934775", "Sir, loan agent (XXXXXX4775) said; order 9181934775"}, // a word against it qualifies the agent
		// A note in an Indian script takes three bytes a letter: its
		// length is counted in letters.
		{"વાહન નંબર (જે જાહેરાતમાં બતાવ્યો હતો): GJ40FS3236", "વાહન નંબર (જે જાહેરાતમાં બતાવ્યો હતો): XXXXXXXXXX"},
		// "on" in a label makes the words after it its object: no negative
		// word there speaks for the value.
		{"Mobile on claim form: 9976787332\npan on loan file: HUUPP8919R", "Mobile on claim form: XXXXXX7332\npan on loan file: XXXXXXXXXX"},
		// A long note's own words push no label out of reach; after
		// such a note the label must stand on the value's line.
		{"passport (OCR from PDF, full-width chars in source) M5602823", "passport (OCR from PDF, full-width chars in source) XXXXXXXX"},
		{"529876   554584    MC       SAMPLE BANK\n# negative-test vectors (must be rejected): 5111638894752354", "529876   554584    MC       SAMPLE BANK\n# negative-test vectors (must be rejected): 5111638894752354"},
		{"ssh deploy@10.186.213.141\n\"SENTRY_RELEASE=kyc-gateway@4.18.2.1\"", "ssh deploy@XX.XXX.XXX.XXX\n\"SENTRY_RELEASE=kyc-gateway@4.18.2.1\""},
		// A traveller's listing: a passport's shape beside a passenger's
		// date of birth; an order number of that shape stays.
		{"pax name / passport / DOB:\nSANDHU, Rajwinder  N1829549  DOB 28-DEC-2002\nOrder T4047244 shipped",
			"pax name / passport / DOB:\nXXXXXX, XXXXXXXXX  XXXXXXXX  DOB XX-XXX-XXXX\nOrder T4047244 shipped"},
		// Its clause after a comma: the same person's record.
		{"Name Debolina Banerjee, number D5344745, born 22/12/1995.\norder A1234567, dob 12/12/1990\nD5344745, dobara 2",
			"Name XXXXXXXX XXXXXXXX, number XXXXXXXX, born XX/XX/XXXX.\norder A1234567, dob XX/XX/XXXX\nD5344745, dobara 2"},
		// An order's or a transaction's word says nothing of a dotted quad
		// (a version's does); letters inside a hex token are no word.
		{"Txn from 122.128.176.239. Hotlisted; build 10.1.2.3", "Txn from XXX.XXX.XXX.XXX. Hotlisted; build 10.1.2.3"},
		{"dev=150616ACC8B7 t=1701167514 temp=25.4", "dev=150616ACC8B7 t=1701167514 temp=25.4"},
		{"x14 0000000000000008  x15 5d00ffffc30ac360", "x14 0000000000000008  x15 5d00ffffc30ac360"},
		{"IVR> For security, say your date of birth.\nCALLER> 14 August 1970", "IVR> For security, say your date of birth.\nCALLER> XX XXXXXX XXXX"},
		// A document's section, the broadcast address, a URL's escaped
		// quote before the loopback, a path in Rust are no hosts.
		{"IETF RFC 4291 Section 2.5.5.2; the broadcast address 255.255.255.255; %22::1%22.parse(); use a::b::{c}",
			"IETF RFC 4291 Section 2.5.5.2; the broadcast address 255.255.255.255; %22::1%22.parse(); use a::b::{c}"},
		// A table's header is no label line above its first cell; a
		// sentence after a date is none of its context, nor a dated note.
		{"fleet_id\tdriver_name\tbase_city\n976140\tOmkar Pawar\tKochi", "fleet_id\tdriver_name\tbase_city\n976140\tXXXXX XXXXX\tKochi"},
		{"retired on 31.10.2014. My date of birth is 12.10.1954.", "retired on 31.10.2014. My date of birth is XX.XX.XXXX."},
		{"my father Kevizo Kalita (date of birth 17/03/1958) on 11/03/2025.", "my father XXXXXX XXXXXX (date of birth XX/XX/XXXX) on 11/03/2025."},
		{"Customer PAN (purchase above Rs 2 lakh): CRFPB8993L", "Customer PAN (purchase above Rs 2 lakh): XXXXXXXXXX"},
		{"mere EPIC SEF7103411 mein photo purani hai aur mummy ke card CYS5084323 mein umar galat", "mere EPIC XXXXXXXXXX mein photo purani hai aur mummy ke card XXXXXXXXXX mein umar galat"},
		// A host in CIDR notation; a user's address and its port, not a version.
		{"allowlist: [27.55.103.31/32, 10.4.0.7/24, 172.16.0.0/12]", "allowlist: [XX.XX.XXX.XX/32, XX.X.X.X/24, 172.16.0.0/12]"},
		{"sasmita/117.91.228.143:46520 MULTI; Chrome/120.0.0.0 Safari", "sasmita/XXX.XX.XXX.XXX:46520 MULTI; Chrome/120.0.0.0 Safari"},
		// A vehicle's everyday word in Punjabi; an expiry date before a
		// sentence about a birth date.
		{"ਗੱਡੀ ਨੰਬਰ: pb10a6147", "ਗੱਡੀ ਨੰਬਰ: XXXXXXXXX"},
		// A JSON string's escaped line break or tab is a break, not a
		// letter glued to the value, escaped once or twice.
		{`{"msg":"Customer:\n9876543210\nABCPE1234F\tRavi Kumar","x":"\\n9876543210"}`, `{"msg":"Customer:\nXXXXXX3210\nXXXXXXXXXX\tXXXX XXXXX","x":"\\nXXXXXX3210"}`},
		{`{"msg":"x\n12/3A, Gariahat Road, Ballygunge, Kolkata, 700019\nok"}`, `{"msg":"x\nXX/XX, XXXXXXXX XXXX, XXXXXXXXXX, XXXXXXX, XXXXXX\nok"}`},
		// An electoral roll's entries, whose heading is pages away; a card
		// written in fours after "txn on".
		{"362  CJS5221040\nName : Manoj Saxena\nFather's Name: Nitin Saxena\n108  STY1786976   Name: Rohit Verma\n     Husband's Name: Harish Verma\nSKU ABC1234567  Name: x",
			"362  XXXXXXXXXX\nName : XXXXX XXXXXX\nFather's Name: XXXXX XXXXXX\n108  XXXXXXXXXX   Name: XXXXX XXXXX\n     Husband's Name: XXXXXX XXXXX\nSKU ABC1234567  Name: x"},
		// The same in Marathi, Hindi and Bengali rolls: "नाव" (name) opens
		// the next line and a relative's name the one after.
		{"801  EFM0798355\nनाव : प्रकाश कुलकर्णी\nवडिलांचे नाव : संदीप पाटील\n117  UWV3549326\nनाम : सीता देवी\nपति का नाम : राम लाल\n42  HJK3456789\nপদবি : দাস\nমোট ১",
			"801  XXXXXXXXXX\nनाव : XXXXXX XXXXXXXX\nवडिलांचे नाव : XXXXX XXXXX\n117  XXXXXXXXXX\nनाम : XXXX XXXX\nपति का नाम : XXX XXX\n42  HJK3456789\nপদবি : দাস\nমোট ১"},
		// A number glued to "No." after its label: a form's print, or OCR's.
		{"A/c No.84278397802427 Mobile No.9876543210 Aadhaar No.2795 1544 5760 v1.2.9876543210",
			"A/c No.XXXXXXXXXXXXXX Mobile No.XXXXXX3210 Aadhaar No.XXXX XXXX 5760 v1.2.9876543210"},
		// A PAN card's one date, its holder's birth, above the number's
		// heading; not a date with words beside it.
		{"INCOME TAX DEPARTMENT\nLOKESH PARMAR\n27/09/2004\nPermanent Account Number\nissued 27/09/2004\nPermanent Account Number",
			"INCOME TAX DEPARTMENT\nXXXXXX XXXXXX\nXX/XX/XXXX\nPermanent Account Number\nissued 27/09/2004\nPermanent Account Number"},
		// A speaker's turn that answers the line above: the question's
		// words speak, past the speaker's name and an "ok".
		{"agent: can you share voter ID instead?\ncaller: ok OBV0032292\nbot: enter order id\nuser: 8080057803",
			"agent: can you share voter ID instead?\ncaller: ok XXXXXXXXXX\nbot: enter order id\nuser: 8080057803"},
		// Chat exports stamp each turn (iOS in brackets, Android before
		// " - "); a question's word for the kind outweighs the purpose it
		// names, even where the window cuts the question.
		{"[25/09/25, 6:07 pm] Sayali Deshpande: DOB bhi confirm karo, form me galat aa raha\n[25/09/25, 6:08 pm] Lavanya Yadav: 16/09/1996\n",
			"[25/09/25, 6:07 pm] XXXXXX XXXXXXXXX: DOB bhi confirm karo, form me galat aa raha\n[25/09/25, 6:08 pm] XXXXXXX XXXXX: XX/XX/XXXX\n"},
		{"25/09/2025, 18:07 - Sayali: passport number bhejo\n25/09/2025, 18:08 - Lavanya: J4951031\n",
			"25/09/2025, 18:07 - XXXXXX: passport number bhejo\n25/09/2025, 18:08 - XXXXXXX: XXXXXXXX\n"},
		{"[11/09/2022, 3:38 pm] Imran: send me your aadhaar no for the hotel booking\n[11/09/2022, 3:13 pm] Sneha: 9096 9649 1333\n",
			"[11/09/2022, 3:38 pm] XXXXX: send me your aadhaar no for the hotel booking\n[11/09/2022, 3:13 pm] XXXXX: XXXX XXXX 1333\n"},
		{"[23/08/26, 9:36 am] Bisahu Yadu (GRS): khata number bhejo aur IFSC\n[23/08/26, 9:38 am] +91 61290 80960: 103443828163062556\n[12:40] Visitor (Harpreet): hi\n",
			"[23/08/26, 9:36 am] XXXXXX XXXX (GRS): khata number bhejo aur IFSC\n[23/08/26, 9:38 am] +XX XXXXX X0960: XXXXXXXXXXXXXXXXXX\n[12:40] Visitor (XXXXXXXX): hi\n"}, // a sender's role in brackets; a contact with no name
		{"his aadhaar no for the hotel booking is 9096 9649 1333, payment no for order 9876543210\n",
			"his aadhaar no for the hotel booking is XXXX XXXX 1333, payment no for order 9876543210\n"},
		// A label glued to its value, as PDF text and OCR run them
		// together; not a code in capitals whose letters make a word.
		{"Date of Birth06/10/2009 DOB06/10/2009 Mobile9876543210 IFSC HDFC0001234 Build9876543210",
			"Date of BirthXX/XX/XXXX DOBXX/XX/XXXX MobileXXXXXX3210 IFSC XXXXXXXXXXX Build9876543210"},
		// Of a label's alternatives, the one for the kind speaks; "DoB"
		// is one word.
		{"Aadhaar No / Enrolment No : 848032419514\nEnrolment No : 848032419514\nGender: F   DoB: 23-May-2007",
			"Aadhaar No / Enrolment No : XXXXXXXX9514\nEnrolment No : 848032419514\nGender: F   DoB: XX-XXX-XXXX"},
		// A reservation's phone element, its type after a hyphen.
		{"  5 AP DEL 6311569848-M\n  6 AP BOM 9432597210-H\npart 9876543210-M5", "  5 AP DEL XXXXXX9848-M\n  6 AP BOM XXXXXX7210-H\npart 9876543210-M5"},
		// An Aadhaar letter's two copies side by side, read as one line;
		// a longer grouped number with no Aadhaar in it.
		{"7948 3443 8163 7948 3443 8163\n1234 5678 9012 3456 7890 1234\n7948 3443 8163  7948 3443 8163", "XXXX XXXX 8163 XXXX XXXX 8163\n1234 5678 9012 3456 7890 1234\nXXXX XXXX 8163  XXXX XXXX 8163"},
		// A record gives the document's type as ICAO's "P" for a passport;
		// another type says nothing.
		{`{"doc":{"type":"P","number":"L9506574"}} 106657864478#~#P#~#B2963851#~#MEGHA {"type":"X","number":"L9506574"}`,
			`{"doc":{"type":"P","number":"XXXXXXXX"}} 106657864478#~#P#~#XXXXXXXX#~#MEGHA {"type":"X","number":"L9506574"}`},
		// RFC 5737's networks for documentation are examples, nobody's.
		{"DOC_SAMPLE_IP=203.0.113.104 x 192.0.2.15 y 198.51.100.7 z client_ip=203.0.11.3 w 19.20.2.1", "DOC_SAMPLE_IP=203.0.113.104 x 192.0.2.15 y 198.51.100.7 z client_ip=XXX.X.XX.X w XX.XX.X.X"},
		// A bot's question that ends in its format's note.
		{"Bot: Please enter date of birth (DD/MM/YYYY)\nUser: 03/05/1984", "Bot: Please enter date of birth (DD/MM/YYYY)\nUser: XX/XX/XXXX"},
		// A vague key opening its line under a heading; a card terminal's
		// merchant ID under its bank's name.
		{"🛂 Passport lookup\nNo: Y8103505\nHDFC BANK  SALE\nMID: 738879551600493  TID: 33496712", "🛂 Passport lookup\nNo: XXXXXXXX\nHDFC BANK  SALE\nMID: 738879551600493  TID: 33496712"},
		// OCR's reading of DOB, with a zero.
		{"D0B: 04/11/1983 and X0B: 04/11/1983", "D0B: XX/XX/XXXX and X0B: 04/11/1983"},
		// A card a transaction was on, grouped in fours or not ("on": see
		// objectPrepositions).
		{"CB worklog: txn on 2577 9901 7995 1273 disputed; txn on 6521169750888778", "CB worklog: txn on XXXX XXXX XXXX 1273 disputed; txn on XXXXXXXXXXXX8778"},
		// A post office's dotted abbreviation in a village address, no
		// initials of a name.
		{"The address on the Aadhaar XML (Mouza Dighalbank, P.O. Sonaram, Nalbari, Assam - 781512) does not match; Village Road, P.O. box 12",
			"The address on the Aadhaar XML (XXXXX XXXXXXXXXX, X.X. XXXXXXX, XXXXXXX, XXXXX - XXXXXX) does not match; Village Road, P.O. box 12"},
		// A mobile written with +91 after a label's note naming a
		// reference; a card's number after "card" in an Indian script.
		{"Mobile (linked to UAN): (+91) 7524835743", "Mobile (linked to UAN): (+XX) XXXXXX5743"},
		{"মতদাতা কার্ড নম্বর HAP2339570-এ জন্ম তারিখ ভুল আছে", "মতদাতা কার্ড নম্বর XXXXXXXXXX-এ জন্ম তারিখ ভুল আছে"},
		// A name's parts under a name key; a payment gateway's test VPA.
		{`name: { first: "Sravani", last: "Naidu" }, page: { first: "Home", last: "End" }`, `name: { first: "XXXXXXX", last: "XXXXX" }, page: { first: "Home", last: "End" }`},
		{"vpa=success@razorpay; vpa=ravi.k@okaxis", "vpa=success@razorpay; vpa=XXXX.X@XXXXXX"},
		// A cut-off date after "born"; public DNS resolvers.
		{"Students born on or after 01/04/2014 are in Junior House; born on 02/05/2014", "Students born on or after 01/04/2014 are in Junior House; born on XX/XX/XXXX"},
		{"candidates born not earlier than 02.01.1994 and not later than 01.01.2008", "candidates born not earlier than 02.01.1994 and not later than 01.01.2008"},
		{"dns 8.8.8.8, 1.1.1.1; client 8.8.88.8", "dns 8.8.8.8, 1.1.1.1; client X.X.XX.X"},
		// An IPv6 address at a sentence's end.
		{"Login IPs: 106.241.152.196,\n  2401:4900:4a8f:6e1b::88. Device fp_546b", "Login IPs: XXX.XXX.XXX.XXX,\n  XXXX:XXXX:XXXX:XXXX::XX. Device fp_546b"},
		// A column's placeholder date; words under a column named for an
		// identifier; a mixed-case token is no house number.
		{"dob DATE NOT NULL DEFAULT '1900-01-01',\nDOB 01/01/1900; DOB 1900-01-02", "dob DATE NOT NULL DEFAULT '1900-01-01',\nDOB 01/01/1900; DOB XXXX-XX-XX"},
		{"Vendor,Bank account,City\n301788,Payt terms Z045,Pune\n301789,50100234567891,Pune", "Vendor,Bank account,City\n301788,Payt terms Z045,Pune\n301789,XXXXXXXXXXXXXX,Pune"},
		{"0000000 Aa0A-, AAAA, A 110000", "0000000 Aa0A-, AAAA, A 110000"},
		// A validation error's input, named by its "loc" (pydantic, as
		// FastAPI's 422 responses write one), in Python's repr and in JSON.
		{"[{'loc': ('body', 'account_no'), 'msg': 'too short', 'input': '744961354'}]", "[{'loc': ('body', 'account_no'), 'msg': 'too short', 'input': 'XXXXXXXXX'}]"},
		{"date_of_birth\n  Input should be a valid date [type=date_from_datetime_parsing, input_value='14.12.1963', input_type=str]\norder_id\n  Input should be valid [type=x, input_value='9876543210', input_type=str]",
			"date_of_birth\n  Input should be a valid date [type=date_from_datetime_parsing, input_value='XX.XX.XXXX', input_type=str]\norder_id\n  Input should be valid [type=x, input_value='9876543210', input_type=str]"},
		{`{"loc":["body","account_no"],"msg":"String should have at least 10 characters","input":"744961354"} {"loc":["body","order_id"],"input":"744961354"}`,
			`{"loc":["body","account_no"],"msg":"String should have at least 10 characters","input":"XXXXXXXXX"} {"loc":["body","order_id"],"input":"744961354"}`},
		// An OTP goes to a mobile; a lower-case EPIC next to its word; a
		// date of birth's label whose note cites a certificate; a given
		// name's label with its "(s)"; a Tamil mother's answer.
		{"OTP aayega 8793794910 pe; as per order 9876543210", "OTP aayega XXXXXX4910 pe; as per order 9876543210"},
		{"epic_no=ztm1983667&state=S24; log abc1234567 ok", "epic_no=XXXXXXXXXX&state=S24; log abc1234567 ok"},
		{"Date of Birth (as per birth certificate)\n18/03/2016   Age 9\nGiven Name(s) FRANCIS", "Date of Birth (as per birth certificate)\nXX/XX/XXXX   Age 9\nGiven Name(s) XXXXXXX"},
		{"நான்: சரி மா. பிறந்த தேதி?\nஅம்மா: 05/12/1962", "நான்: சரி மா. பிறந்த தேதி?\nஅம்மா: XX/XX/XXXX"},
		// A context word in capitals and a capitalised piece ("FASTag"), a
		// car's kind; and their registrations with an RTO kavach lacks.
		{"FASTag for UK42CD8818 shows low balance; a hatchback GJ 50 ZT 6454 parked", "FASTag for XXXXXXXXXX shows low balance; a hatchback XX XX XX XXXX parked"},
		{"expiring 22/03/2025. My date of birth is 15/04/1991.", "expiring 22/03/2025. My date of birth is XX/XX/XXXX."},
		// A visa is stamped in a passport; the trunk 0 a group of its own.
		{"visa for R8281994 applied; Visa card 4000", "visa for XXXXXXXX applied; Visa card 4000"},
		{"1. R8281994  exp 2029  visa: pending", "1. XXXXXXXX  exp 2029  visa: pending"}, // its expiry a column's gap after it
		// A question that asks for two things, the kind's word far back in it.
		{"Agent (Ananya): Sure! Please share passport number and travel dates for activation\nVisitor: J1417531, 14 to 22 Dec", "Agent (XXXXXX): Sure! Please share passport number and travel dates for activation\nVisitor: XXXXXXXX, 14 to 22 Dec"},
		{"Pradhan — 0 95994 28902, 0-98765-43210", "Pradhan — X XXXXX X8902, X-XXXXX-X3210"},
		{"{\n  \"Name\": \"birthdate\",\n  \"Value\": \"1973-03-14\"\n}", "{\n  \"Name\": \"birthdate\",\n  \"Value\": \"XXXX-XX-XX\"\n}"},
		{"\t<key>dateOfBirth</key>\n\t<string>1962-07-13</string>\n\t<key>createdAt</key>\n\t<string>2024-01-02</string>",
			"\t<key>dateOfBirth</key>\n\t<string>XXXX-XX-XX</string>\n\t<key>createdAt</key>\n\t<string>2024-01-02</string>"},
		{"{\n  \"type\": \"order\",\n  \"id\": \"9876543210\"\n}", "{\n  \"type\": \"order\",\n  \"id\": \"9876543210\"\n}"},
		// A vague key first in its object takes the object's key; a label
		// line above may end with an abbreviation's dot.
		{`{"passport": {"number": "Y4701542"}, "order": {"id": "9876543210"}}`, `{"passport": {"number": "XXXXXXXX"}, "order": {"id": "9876543210"}}`},
		{"{\n  \"passport\": {\n    \"number\": \"Y4701542\"\n  }\n}", "{\n  \"passport\": {\n    \"number\": \"XXXXXXXX\"\n  }\n}"},
		{"D.O.B.\n20/10/1981\nThe form was filed.\n20/10/1981", "D.O.B.\nXX/XX/XXXX\nThe form was filed.\n20/10/1981"},
		{"Account No.\n19621704190902\nThat is all, no.\n19621704190902", "Account No.\nXXXXXXXXXXXXXX\nThat is all, no.\n19621704190902"},
		{"polling booth 47 slip ABC1234567\nslip ABC1234567", "polling booth 47 slip XXXXXXXXXX\nslip ABC1234567"},
		// A registration whose RTO number kavach's table does not reach,
		// where a word calls it one; never on its shape alone.
		{"Truck No.: DL-44-DK-8950, Bus: AS49 GF 7322\nKA99ME3456", "Truck No.: XX-XX-XX-XXXX, Bus: XXXX XX XXXX\nKA99ME3456"},
		// The end of a longer hyphenated code is no registration; "No-" is a label.
		{"IND-TN-14-MM-4658  FRP boat\nVehicle No-MH12AB1234", "IND-TN-14-MM-4658  FRP boat\nVehicle No-XXXXXXXXXX"},
		// A label joined to its value by a hyphen, as letterheads write it.
		{"Mob-9876543210, Ph-9876543210, PIN-422276; INV-9876543210", "Mob-XXXXXX3210, Ph-XXXXXX3210, PIN-XXXXXX; INV-9876543210"},
	} {
		expectRedacted(t, c.in, c.want)
	}
}
