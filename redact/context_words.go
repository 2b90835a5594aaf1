package redact

// Context words, by kind, in English and the ten Indian languages most
// written in Indian text (Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati,
// Kannada, Malayalam, Punjabi, Odia), plus Urdu. A phrase is listed by its
// distinctive word: "aadhaar number" is found through "aadhaar", since
// words are matched one at a time and vague words ("number", "no", "id",
// "card") are neutral on their own. Latin words are lower case; matching
// folds case and splits key names at '_', '-', '.' and camelCase, so
// "aadhaar_no", "panNumber" and "Mobile-No" all match. Indic words are
// matched with zero-width joiners removed, in NFC and NFD alike.
//
// Source: ../shared/oracle/CONTEXT_WORDS.md, with spellings seen in logs
// added; the conformance test checks that every word there is covered.
var contextWords = map[kindID][]string{
	kAadhaar: {
		"aadhaar", "aadhar", "adhaar", "adhar", "aadhhar", "aadharcard", "aadhaarcard", "uid", "uidai", "eaadhaar",
		"आधार", "यूआईडी", "আধার", "ஆதார்", "ఆధార్", "આધાર", "ಆಧಾರ್", "ആധാർ", "ਆਧਾਰ", "ଆଧାର", "آدھار",
	},
	kVID: {
		"vid", "virtual", "virtualid", // and every Aadhaar word: see buildDictionary
		"वीआईडी", "ভিআইডি", "ভি.আই.ডি", // "सुनीता देवी का वीआईडी 5174 …"
	},
	kPAN: {
		"pan", "pannumber", "panno", "pancard", "permanent",
		"पैन", "पॅन", "स्थायी", "প্যান", "பான்", "పాన్", "પાન", "ಪ್ಯಾನ್", "പാൻ", "ਪੈਨ", "ପ୍ୟାନ", "پین",
	},
	kPassport: {
		"passport", "passportno", "ppt", "pp", "ppno", // "PP no - D4345955"
		// A document number of a passport's shape, a letter and seven
		// digits, is one: "DOC=P|DOCNO=G9187502" in an airline's APIS data.
		"document", "doc", "docno", "idno", "identification",
		// A traveller's record: a letter and seven digits beside a
		// passenger's name or date of birth is the passport the booking
		// asks for ("pax name / passport / DOB").
		"pax", "passenger", "passengers", "traveller", "travellers", "traveler", "travelers", "nationality",
		"dob", "birth", "born", "birthdate", "dateofbirth",
		// A visa is stamped in a passport: a letter and seven digits in a
		// visa's record is the passport it was stamped in ("R8281994  exp
		// 2029  visa: pending"). A Visa card's number is digits only.
		"visa", "visas",
		// A passport's expiry beside it ("R8281994  exp 2029"); a card's
		// number is digits only, a licence's of another shape.
		"exp", "expiry", "expires", "expdt",
		// An identity proof of a passport's shape ("ID proof: P8589766"):
		// the other proofs have shapes of their own.
		"proof",
		"पासपोर्ट", "পাসপোর্ট", "கடவுச்சீட்டு", "பாஸ்போர்ட்", "పాస్\u200cపోర్ట్", "పాస్పోర్ట్", "પાસપોર્ટ", "ಪಾಸ್\u200cಪೋರ್ಟ್", "പാസ്\u200cപോർട്ട്", "ਪਾਸਪੋਰਟ", "ପାସପୋର୍ଟ", "پاسپورٹ",
	},
	kVoterID: {
		"voter", "voterid", "epic", "elector", "electoral", "election",
		"booth", "blo", "polling", "matdan", "मतदान", // a booth agent's slips: "booth 47 ke liye slips … Senthil Iyer - RRT6373617"
		// A booth level officer's notebook: "BLO notebook — Part 240\nHouse 149: Sunil Bhosale (NZH4386447)".
		// Of the documents whose shape alone proves little, only the EPIC
		// has three letters and seven digits: a document number of that
		// shape is one ("doc_no", "Identity Card", "ID proof").
		"document", "doc", "docno", "idno", "identification", "identity", "proof",
		// The only card whose number has three letters and seven digits:
		// "mummy ke card CYS5084323 mein umar galat hai".
		"card", "कार्ड", "কার্ড", "கார்டு", "కార్డ్", "కార్డు", "કાર્ડ", "ಕಾರ್ಡ್", "കാർഡ്", "ਕਾਰਡ", "କାର୍ଡ",
		"मतदाता", "वोटर", "मतदार", "ভোটার", "মতদাতা", "வாக்காளர்", "ఓటరు", "ఓటర్", "வோட்டர்", "ವೋಟರ್", "વોટર", "મતદાર", "ಮತದಾರರ", "ಮತದಾರ", "വോട്ടർ", "തിരിച്ചറിയൽ", "ਵੋਟਰ", "ଭୋଟର",
	},
	kDrivingLicence: {
		"dl", "dlno", "driving", "licence", "license", "licenceno", "licenseno", "drivinglicence", "drivinglicense",
		"lic", // "Driver: BIJAY JENA  Lic OD4120060366731" (an insurer's LIC numbers have no licence's shape)
		// "DL" in the scripts' letters: "డీఎల్ TS 39 1993 7550484".
		"डीएल", "ডিএল", "டிஎல்", "డీఎల్", "ડીએલ", "ಡಿಎಲ್", "ഡിഎൽ", "ਡੀਐਲ", "ଡିଏଲ",
		"ड्राइविंग", "लाइसेंस", "परवाना", "ড্রাইভিং", "লাইসেন্স", "ஓட்டுநர்", "உரிமம்", "డ్రైవింగ్", "లైసెన్స్", "ડ્રાઇવિંગ", "લાઇસન્સ", "ಚಾಲನಾ", "ಪರವಾನಗಿ", "ഡ്രൈവിംഗ്", "ലൈസൻസ്", "ਡਰਾਈਵਿੰਗ", "ਲਾਇਸੈਂਸ", "ଡ୍ରାଇଭିଂ", "ଲାଇସେନ୍ସ",
	},
	kGSTIN: {
		"gst", "gstin", "gstno", "goods", "gstn",
		"जीएसटी", "জিএসটি", "ஜிஎஸ்டி", "జీఎస్టీ", "જીએસટી", "ಜಿಎಸ್\u200cಟಿ", "ജിഎസ്ടി", "ਜੀਐਸਟੀ", "ଜିଏସଟି",
	},
	kMobile: {
		"mobile", "mob", "mobileno", "mobno", "phone", "phoneno", "ph", "contact", "cell", "cellphone", "whatsapp", "tel", "telephone", "msisdn", "call", "called", "calling", "sms", "reach", "dial",
		"mnp", // a mobile number's porting: "MNP request for 829 389 0494"
		"मोबाइल", "मोबाईल", "फोन", "फ़ोन", "संपर्क", "दूरभाष", "भ्रमणध्वनी", "মোবাইল", "ফোন", "கைபேசி", "மொபைல்", "தொலைபேசி", "మొబైల్", "ఫోన్", "મોબાઇલ", "ફોન", "ಮೊಬೈಲ್", "ದೂರವಾಣಿ", "മൊബൈൽ", "ഫോൺ", "ਮੋਬਾਈਲ", "ਫ਼ੋਨ", "ਫੋਨ", "ମୋବାଇଲ", "ଫୋନ", "موبائل", "فون",
		// The emoji that label a record in chat bots and Telegram lookups
		// ("📱 9436012345", "🎂 12/03/1987").
		"📱", "📞", "☎", "☎\ufe0f", "📲",
		// An OTP goes to a mobile ("OTP aayega 87937 94910 pe"), and is
		// never one: against every other kind, "otp" is a negative word.
		"otp",
	},
	kUPI: {
		"upi", "upiid", "vpa", "gpay", "phonepe", "paytm", "bhim",
		"यूपीआई", "यूपीआय", "ইউপিআই", "யுபிஐ", "యూపీఐ", "યુપીઆઈ", "ಯುಪಿಐ", "യുപിഐ", "ਯੂਪੀਆਈ", "ୟୁପିଆଇ",
	},
	kCard: {
		"card", "cardno", "cc", "credit", "debit", "visa", "mastercard", "rupay", "amex",
	},
	kEmail: {
		"email", "mail", "emailid", "mailid",
		"ईमेल", "मेल", "ইমেল", "ইমেইল", "மின்னஞ்சல்", "ఈమెయిల్", "ઇમેઇલ", "ಇಮೇಲ್", "ഇമെയിൽ", "ਈਮੇਲ", "ଇମେଲ",
		"📧", "✉", "✉\ufe0f",
	},
	kABHA: {
		"abha", "abhano", "healthid", "health", "phr", "ndhm", "abdm",
		"आभा", "स्वास्थ्य", "আভা", "ஆபா", "ఆభా", "આભા", "ಆಭಾ", "ആഭ", "ਆਭਾ", "ଆଭା",
	},
	kPINCode: {
		"pin", "pincode", "postal", "postcode", "zip", "zipcode", "پن",
		"pncd", // GSTN's taxpayer record: "pradr":{"addr":{…,"pncd":"141116"}}
		// A PIN code ends an address: its words and the big cities (see
		// cityNames) count.
		"address", "addr", "city", "district", "dist", "road", "nagar", "marg", "colony", "sector", "lane",
		"street", "tehsil", "taluka", "village", "town", "locality", "landmark", "po",
		"पता", "दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु", "हैदराबाद", "पुणे", "जयपुर", "लखनऊ", "पटना",
		// The word for an address and the big cities in the other
		// scripts: "কলকাতা - ৭০০০২৯", "ବକ୍ସି ବଜାର, କଟକ 753656".
		"पत्ता", "नागपूर", "ठाणे", "नाशिक", // Marathi
		"ঠিকানা", "ঠিকনা", "কলকাতা", "হাওড়া", "শিলিগুড়ি", "দুর্গাপুর", "আসানসোল", "গুয়াহাটি", // Bengali, Assamese
		"முகவரி", "சென்னை", "மதுரை", "கோயம்புத்தூர்", "திருச்சி", "சேலம்", // Tamil
		"చిరునామా", "హైదరాబాద్", "విజయవాడ", "విశాఖపట్నం", "గుంటూరు", "వరంగల్", // Telugu
		"ವಿಳಾಸ", "ಬೆಂಗಳೂರು", "ಮೈಸೂರು", "ಮಂಗಳೂರು", "ಹುಬ್ಬಳ್ಳಿ", // Kannada
		"വിലാസം", "കൊച്ചി", "തിരുവനന്തപുരം", "കോഴിക്കോട്", "തൃശ്ശൂർ", "എറണാകുളം", // Malayalam
		"સરનામું", "અમદાવાદ", "સુરત", "વડોદરા", "રાજકોટ", // Gujarati
		"ਪਤਾ", "ਲੁਧਿਆਣਾ", "ਅੰਮ੍ਰਿਤਸਰ", "ਜਲੰਧਰ", "ਚੰਡੀਗੜ੍ਹ", "ਪਟਿਆਲਾ", // Punjabi
		"ଠିକଣା", "ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ", "ବ୍ରହ୍ମପୁର", "ସମ୍ବଲପୁର", // Odia
		"पिन", "पिनकोड", "পিন", "அஞ்சல்", "பின்கோடு", "పిన్", "પિન", "ಪಿನ್", "പിൻ", "ਪਿੰਨ", "ପିନ", "ପିନ୍",
	},
	kBankAccount: {
		"account", "acct", "acc", "ac", "accountno", "accno", "acno", "bank", "beneficiary", "savings", "current",
		"acount", "accnt", "khata", // as people type them: "pension acount no.", "khata no - 20579367567"
		"sb",    // a savings bank account: "EMI from SB 29615012925", "SB a/c"
		"acnum", // NPCI's UPI XML: <Detail name="ACNUM" value="495909970"/>
		// Banks' short names: "yes 392294693917044456 in SBI".
		"sbi", "hdfc", "icici", "kotak", "pnb", "canara", "idbi", "indusind", "iob", "idfc", "bandhan",
		"खाता", "बैंक", "खाते", "অ্যাকাউন্ট", "হিসাব", "கணக்கு", "ఖాతా", "ખાતા", "ಖಾತೆ", "അക്കൗണ്ട്", "ਖਾਤਾ", "ଖାତା",
	},
	kDateOfBirth: {
		"dob", "birth", "born", "birthdate", "birthday", "bday", "dateofbirth", "janam", "janm", "janmtithi",
		"paidaish", "paidaesh", "paidayish", "wiladat", "viladat", // Urdu in Latin letters: "tareekh-e-paidaish"
		"जन्म", "जन्मतिथि", "जन्मतारीख", "জন্ম", "பிறந்த", "పుట్టిన", "જન્મ", "ಜನ್ಮ", "ജനന", "ਜਨਮ", "ଜନ୍ମ", "پیدائش",
		"🎂",
	},
	kVehicle: {
		"vehicle", "vehicleno", "veh", "vehno", "reg", "regn", "regno", "fastag", "registration", "rto", "plate", "numberplate", "rc",
		"vrn", // FASTag's and VAHAN's vehicle registration number
		"parking", "wheeler", "bike", "scooter", "scooty", "motorbike", "motorcycle", "car", "cab", "taxi",
		"truck", "lorry", "bus", "tempo", "tractor", "trailer", "tanker", "van", "ambulance",
		"hatchback", "sedan", "suv", "jeep", "rickshaw", "parked", "toll", "challan", "insurance",
		"gaadi", "gadi", // Hinglish: "aapki gaadi GJ48 GG 2380"
		"drive", // "you drive us to lonavala in your up25lw2297"
		"वाहन", "गाड़ी", "গাড়ির", "வாகன", "వాహన", "વાહન", "ವಾಹನ", "വാഹന", "ਵਾਹਨ", "ଗାଡ଼ି",
		"వాహనం", "வாகனம்", "വാഹനം", // the noun whole: "డ్రైవర్ వాహనం TS 43 HP 3449"
		// The everyday word, "gaadi" or "vandi": "ਗੱਡੀ ਨੰਬਰ: pb10a6147".
		"गाडी", "ਗੱਡੀ", "গাড়ি", "ગાડી", "வண்டி", "బండి", "ಗಾಡಿ", "വണ്ടി",
	},
	kIFSC: {
		"ifsc", "ifsccode", "branch", "rtgs", "neft", "imps", "bank",
		"account", "acct", "acc", "passbook", // the account the code routes to: "account 3394… / dcbl0807653"
	},
	kIPAddress: {
		"ip", "ipaddr", "ipaddress", "client", "remote", "addr", "host", "src", "dst", "xff", "forwarded",
	},
}

// negativeWords mark look-alikes that are not personal identifiers: order
// and transaction numbers, references, timestamps, amounts, versions.
var negativeWords = []string{
	"order", "orderid", "txn", "txnid", "transaction", "utr", "rrn", "ref", "refno", "reference", "invoice", "inv",
	"bill", "ticket", "incident", "awb", "tracking", "shipment", "consignment", "request", "requestid", "trace", "traceid", "span",
	"spanid", "session", "sessionid", "timestamp", "ts", "epoch", "amount", "amt", "rs", "inr", "₹", "otp",
	"serial", "sku", "batch", "imei", "iccid", "isbn", "build", "version", "ver", "release", "uuid", "guid", "hash", "checksum",
	"crc", "nonce", "token", "pid", "price", "total", "balance", "qty", "quantity", "count", "bytes",
	"duration", "latency", "elapsed", "offset", "seq", "sequence", "correlation", "corr", "corrid", "receipt", "voucher", "policy",
	"claim", "booking", "pnr", "cin", "tan", "ean", "upc", "gtin", "barcode", "paise",
	// Refunds, items, firmware, UPI mandates (UMN), examples in help text.
	"refund", "item", "firmware", "umn", "eg", "example", "issue",
	"mid", "tid", // a card terminal's merchant and terminal IDs: "MID: 738879551600493  TID: 33496712"
	// A student's numbers: "PRN / Enrolment: 9361369879", "Roll No 2047613891".
	"enrolment", "enrollment", "prn", "roll",
	// A hospital's and a device's numbers: "MRN 5191029355", "Analyzer SN
	// 7689868592" (not "UHID": CoWIN's certificate calls the ABHA so).
	"mrn", "ipd", "opd", "sn",
	// A RADIUS session's counters, a frequent flyer's number, a waybill:
	// "Acct-Input-Octets=865877698", "FF 617069798".
	"octets", "packets", "gigawords", "ff", "flyer", "waybill",
	// Metrics: a duration in microseconds, a cache's hits, memory in bytes
	// ("dur_us=5848921823129699", "keyspace_hits:8167034037").
	"dur", "hits", "misses", "memory", "mem", "keys", "iterations", "reqs",
	// SNMP's counters ("Counter32: 9496637210"), a catalogue's part
	// numbers, a draw's coupons.
	"counter", "gauge", "timeticks", "part", "partno", "coupon", "coupons",
	// A lottery's tickets, a property's ID with a municipality.
	"prize", "lottery", "property", "cert", "certificate",
	// A market's volumes, a cheque's MICR code.
	"volume", "turnover", "micr",
	// A bulk SMS's DLT template and its entity's registration:
	// "DLT template 8548613939".
	"template", "dlt",
	// A document's own numbering: "Section 138", "Chapter 2.5.5.1".
	"section", "chapter", "clause",
	// A laboratory's sample and specimen numbers.
	"sample", "specimen", "accession",
	// Numbers that name an account of something else: a mutual fund's folio,
	// an exam roll number, a loan, a complaint, a utility's consumer (CA)
	// number, a service's helpline.
	"folio", "roll", "loan", "complaint", "consumer", "ca", "helpline",
	// An application's, a proposal's or a listing's number; EPF's and
	// e-Shram's universal account number (12 digits, as an Aadhaar).
	"application", "proposal", "listing", "uan",
	// An acknowledgement's number: an e-invoice's "AckNo", a form's receipt.
	"ack", "ackno", "acknowledgement", "acknowledgment",
	// Cloud accounts: "arn:aws:iam::669978099324:role/ci".
	"aws", "arn",
	// A bank's customer ID ("CIF 19137288947"), a demat account's BO ID
	// and a depository participant's client ID: accounts, but no bank's.
	"cif", "demat", "bo", "boid",
	"ऑर्डर", "आर्डर", "आदेश", "लेन", "लेनदेन", "संदर्भ", "रेफरेंस", "बिल", "टिकट", "राशि", "रुपये", "रुपए", "ट्रांजेक्शन",
	// "Order" as the other scripts write the English word.
	"অর্ডার", "ஆர்டர்", "ఆర్డర్", "ઓર્ડર", "ಆರ್ಡರ್", "ഓർഡർ", "ਆਰਡਰ", "ଅର୍ଡର", "آرڈر",
	// And "booking": "బుకింగ్ నం 6485366831", a water tanker's.
	"बुकिंग", "বুকিং", "புக்கிங்", "బుకింగ్", "બુકિંગ", "ಬುಕಿಂಗ್", "ബുക്കിംഗ്", "ਬੁਕਿੰਗ", "ବୁକିଂ",
	// A landline is no mobile, whatever range its number falls in.
	"landline", "fixed", "office", "std",
	// Bank statement narrations: the number after "UPI/DR/" is an RRN.
	"narration", "particulars", "remarks",
}

// cityNames are India's big cities, in the Latin spellings addresses
// use: words for a PIN code, which closes an address that names one,
// and the last part of an address with no PIN code (see placeNameAt).
var cityNames = []string{
	"delhi", "mumbai", "bombay", "kolkata", "calcutta", "chennai", "madras", "bengaluru", "bangalore",
	"hyderabad", "ahmedabad", "pune", "surat", "jaipur", "lucknow", "kanpur", "nagpur", "indore", "thane",
	"bhopal", "visakhapatnam", "vizag", "patna", "vadodara", "ghaziabad", "ludhiana", "agra", "nashik",
	"faridabad", "meerut", "rajkot", "varanasi", "srinagar", "aurangabad", "amritsar", "allahabad",
	"prayagraj", "ranchi", "howrah", "coimbatore", "jabalpur", "gwalior", "vijayawada", "jodhpur",
	"madurai", "raipur", "kota", "guwahati", "chandigarh", "mysuru", "mysore", "noida", "gurugram",
	"gurgaon", "kochi", "cochin", "thiruvananthapuram", "trivandrum", "bhubaneswar", "dehradun",
	"secunderabad", "mangaluru", "mangalore", "hubballi", "hubli", "belagavi", "belgaum", "tiruchirappalli",
	"trichy", "salem", "tirunelveli", "vellore", "tiruppur", "jammu", "shimla", "panaji", "puducherry",
	"pondicherry", "gangtok", "shillong", "imphal", "aizawl", "kohima", "agartala", "itanagar", "dispur",
	"cuttack", "rourkela", "siliguri", "durgapur", "asansol", "jamshedpur", "dhanbad", "udaipur", "ajmer",
	"bikaner", "kozhikode", "calicut", "thrissur", "kollam", "tirupati", "warangal", "guntur", "nellore",
	"solapur", "kolhapur", "jalandhar", "patiala", "bathinda", "dharwad", "bareilly", "aligarh",
	"moradabad", "gorakhpur", "jhansi", "bhagalpur", "muzaffarpur", "gandhinagar", "bhavnagar", "jamnagar",
}

// townNames are district towns, state by state, that close an address
// as cityNames do (see placeNames), but say nothing of a number after
// them: district-wise tables name them beside their counts ("Azamgarh:
// beneficiaries 523326"). None of them is an everyday word or a given
// name ("Sagar", "Anand", "Mandi", "Basti" stay out).
var townNames = []string{
	"gaya", "darbhanga", "purnia", "arrah", "begusarai", "katihar", "munger", "chapra", "sasaram", "hajipur",
	"motihari", "bettiah", "siwan", "samastipur", "madhubani", "saharsa", "kishanganj", "buxar", "sitamarhi",
	"saharanpur", "muzaffarnagar", "mathura", "firozabad", "etawah", "mainpuri", "farrukhabad", "shahjahanpur",
	"lakhimpur", "sitapur", "hardoi", "unnao", "raebareli", "sultanpur", "faizabad", "ayodhya", "gonda",
	"bahraich", "deoria", "azamgarh", "ballia", "jaunpur", "ghazipur", "mirzapur", "etah", "budaun", "rampur",
	"bijnor", "amroha", "bulandshahr", "hapur", "pilibhit", "kannauj", "fatehpur", "chandauli", "kushinagar",
	"ujjain", "rewa", "satna", "ratlam", "dewas", "chhindwara", "khandwa", "khargone", "burhanpur", "vidisha",
	"hoshangabad", "itarsi", "betul", "shivpuri", "morena", "bhind", "datia", "tikamgarh", "chhatarpur",
	"damoh", "katni", "singrauli", "shahdol", "mandla", "balaghat", "seoni", "neemuch", "mandsaur",
	"alwar", "bharatpur", "sikar", "jhunjhunu", "churu", "sriganganagar", "hanumangarh", "barmer", "jaisalmer",
	"sirohi", "bhilwara", "chittorgarh", "bundi", "jhalawar", "nagaur", "dausa", "banswara", "dungarpur",
	"nadiad", "bharuch", "navsari", "valsad", "vapi", "mehsana", "palanpur", "bhuj", "gandhidham", "porbandar",
	"junagadh", "amreli", "morbi", "surendranagar", "godhra", "dahod", "veraval",
	"malegaon", "jalgaon", "dhule", "nanded", "latur", "parbhani", "beed", "osmanabad", "ahmednagar", "satara",
	"sangli", "ratnagiri", "kalyan", "dombivli", "bhiwandi", "panvel", "vasai", "virar", "akola", "amravati",
	"yavatmal", "wardha", "chandrapur", "gondia", "jalna", "ichalkaranji", "baramati",
	"davanagere", "ballari", "bellary", "vijayapura", "bijapur", "kalaburagi", "gulbarga", "shivamogga",
	"shimoga", "tumakuru", "tumkur", "udupi", "mandya", "chitradurga", "raichur", "bidar", "hospet", "gadag",
	"karwar", "chikmagalur", "thanjavur", "tanjore", "dindigul", "karur", "namakkal", "kanchipuram",
	"cuddalore", "villupuram", "nagercoil", "thoothukudi", "tuticorin", "sivakasi", "pollachi", "hosur",
	"kumbakonam", "krishnagiri", "dharmapuri", "ooty", "kannur", "kasaragod", "malappuram", "palakkad",
	"alappuzha", "alleppey", "kottayam", "pathanamthitta", "idukki", "ernakulam", "wayanad",
	"kakinada", "rajahmundry", "eluru", "ongole", "kurnool", "kadapa", "anantapur", "chittoor", "srikakulam",
	"vizianagaram", "karimnagar", "nizamabad", "khammam", "nalgonda", "mahbubnagar", "adilabad", "siddipet",
	"sambalpur", "berhampur", "brahmapur", "balasore", "bhadrak", "baripada", "jharsuguda", "koraput",
	"bardhaman", "burdwan", "kharagpur", "haldia", "malda", "jalpaiguri", "bankura", "purulia", "midnapore",
	"dibrugarh", "jorhat", "silchar", "tezpur", "nagaon", "tinsukia", "bongaigaon", "dhubri",
	"bokaro", "hazaribagh", "giridih", "deoghar", "dumka", "daltonganj", "bilaspur", "bhilai", "korba",
	"rajnandgaon", "jagdalpur", "ambikapur", "hoshiarpur", "pathankot", "moga", "firozpur", "ferozepur",
	"kapurthala", "mohali", "panchkula", "ambala", "karnal", "panipat", "sonipat", "rohtak", "hisar", "sirsa",
	"bhiwani", "rewari", "yamunanagar", "kurukshetra", "solan", "dharamshala", "kullu", "haridwar",
	"rishikesh", "haldwani", "roorkee", "nainital", "almora", "anantnag", "baramulla", "sopore", "kathua",
	"udhampur", "leh", "kargil", "margao", "mapusa", "dimapur",
}

// identityProofWords are KYC's names for the document a number comes
// from, proof of identity (POI) and of address (POA): they speak for
// every identity document's kind ("poi_type=AADHAAR poi_ref=…").
var identityProofWords = []string{
	"poi", "poa", "🪪", // and an ID card's emoji
	// "Identity card" in the Indian scripts, a column's or a label's word
	// for whichever document a form took: "ਪਛਾਣ ਪੱਤਰ", "पहचान पत्र".
	"पहचान", "ਪਛਾਣ", "পরিচয়", "পরিচয়পত্র", "ઓળખ", "ઓળખપત્ર", "ओळख", "ओळखपत्र", "அடையாள", "గుర్తింపు",
	"ಗುರುತಿನ", "തിരിച്ചറിയൽ", "ପରିଚୟ",
}

// versionNegativeWords are the negativeWords that speak against an IPv4
// address too: a dotted version, build, part or example.
var versionNegativeWords = []string{
	"build", "version", "ver", "release", "firmware", "serial", "sku", "part", "partno", "eg", "example", "batch",
	"section", "chapter", "clause", // "Section 2.5.5.2" of an RFC or an Act
	// "build" and "version" in the Indian scripts, as apps' release notes
	// write them: "সংস্করণ 10.21.9 (বিল্ড 470204)".
	"बिल्ड", "वर्जन", "संस्करण", "বিল্ড", "ভার্সন", "সংস্করণ", "பில்ட்", "பதிப்பு", "బిల్డ్", "వెర్షన్",
	"ಬಿಲ್ಡ್", "ಆವೃತ್ತಿ", "ബിൽഡ്", "പതിപ്പ്", "બિલ્ડ", "વર્ઝન", "ਬਿਲਡ", "ਵਰਜਨ", "ବିଲ୍ଡ", "ସଂସ୍କରଣ",
}

// codeNegativeWords are the negativeWords that name a product's or a
// part's code, whose letters and digits a registration's shape often
// fits ("SKU TN43AB4560"): beside one, a registration's score is halved
// again, as under such a column (see decide).
var codeNegativeWords = map[string]bool{"sku": true, "part": true, "partno": true, "serial": true, "batch": true}

// codeWords name a code: a village's, a scheme's, a branch's. Right
// before a number they speak against a PIN code, but after one of
// pinNameWords ("PIN code", "अंचल कोड" is no PIN's).
var codeWords = []string{
	"code", "कोड", "কোড", "குறியீடு", "கோட்", "కోడ్", "કોડ", "ಕೋಡ್", "കോഡ്", "ਕੋਡ", "କୋଡ୍",
}

// pinNameWords name a PIN code before codeWords: "PIN code", "Post
// Code", "पिन कोड", "அஞ்சல் குறியீடு".
var pinNameWords = []string{
	"pin", "postal", "post", "zip", "area", "पिन", "পিন", "அஞ்சல்", "పిన్", "પિન", "ಪಿನ್", "പിൻ", "ਪਿੰਨ", "ପିନ", "ପିନ୍", "डाक",
}

// dateNegativeWords mark dates that are no birth dates; next to any other
// kind they say nothing ("Parking sticker issued: MH12AB1234").
var dateNegativeWords = []string{
	"expiry", "expires", "expiring", "expired", "exp", "valid", "validity", "issued", "created", "updated", "modified", "due",
	// A cut-off, not a birthday: "students born on or after 01/04/2014".
	"after", "before", "between", "until", "till", "earlier", "later", // "born not earlier than 02.01.1994"
}

// stopWords are the little words of a sentence, in English, Hinglish and
// Hindi. They are skipped, not counted among the maxCtxWords words that
// may decide a candidate, so a sentence reaches as far as a key=value
// record does: "passport no for the visa form is A4198679".
var stopWords = []string{
	"a", "an", "the", "is", "are", "was", "were", "be", "of", "for", "to", "in", "on", "at", "by", "as", "with",
	"and", "or", "my", "your", "his", "her", "our", "their", "its", "this", "that", "it", "here", "there",
	"please", "pls", "plz", "kindly", "mine", "me", "i", "you", "per",
	"hai", "ka", "ki", "ke", "ko", "mera", "meri", "mere", "tera", "teri", "aapka", "aapki", "apna", "apni", "yeh", "ye",
	"है", "हैं", "का", "की", "के", "को", "मेरा", "मेरी", "मेरे", "आपका", "आपकी", "यह", "ये", "और",
	// "is" and "are" of Marathi, Gujarati, Punjabi, Odia and Malayalam:
	// "माझे नाव राहुल पाटील आहे" ends before it
	"आहे", "आहेत", "છે", "ਹੈ", "ਹਨ", "ଅଟେ", "ആണ്",
	// purposeWords, whose object comes before them
	"liye", "लिए", "लिये", "साठी", "জন্য", "জন্যে", "కోసం", "માટે", "ਲਈ", "ପାଇଁ", "ପାଇ",
}

// purposeWords are the postpositions of purpose, "for", in Hinglish and
// the Indian scripts: the word before one is its object, not a value's
// name ("অর্ডারের জন্য 9495604897", for orders: …).
var purposeWords = map[string]bool{
	"liye": true, "लिए": true, "लिये": true, "साठी": true, "জন্য": true, "জন্যে": true, "కోసం": true, "માટે": true,
	"ਲਈ": true, "ପାଇଁ": true, "ପାଇ": true,
}
