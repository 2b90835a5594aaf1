package redact_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// TestLabelledAddress: an address after a label is a LOCATION, up to its
// PIN code (a finding of its own), the next field's label, the end of its
// line, quoted value or sentence.
func TestLabelledAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Address: 45, Malviya Nagar, Near Gaurav Tower, Jaipur 302017",
			"Address: XX, XXXXXXX XXXXX, XXXX XXXXXX XXXXX, XXXXXX XXXXXX"},
		{`{"address":"Flat 5, Ashiana Apartments, Boring Road, Patna","x":1}`,
			`{"address":"XXXX X, XXXXXXX XXXXXXXXXX, XXXXXX XXXX, XXXXX","x":1}`},
		{"R/o : House No. 567, Model Town Extension, Ludhiana 141001",
			"R/o : XXXXX XX. XXX, XXXXX XXXX XXXXXXXXX, XXXXXXXX XXXXXX"},
		{"पता: 3/118, विपुल खंड, लखनऊ, पिन कोड 226010", "पता: X/XXX, XXXXX XXX, XXXX, पिन कोड XXXXXX"},
		{"ঠিকনা: গাঁও চুৱালকুছি, ডাকঘৰ চুৱালকুছি, জিলা কামৰূপ, পিন 781002", "ঠিকনা: XXXX XXXXXXXXX, XXXXX XXXXXXXXX, XXXX XXXXXX, পিন XXXXXX"}, // Assamese spells the label so
		{"Address: 14 MG Road, Mob 9876543210", "Address: XX XX XXXX, Mob XXXXXX3210"},
		// A locality, a town and a state where a label says one lives; not
		// an employer's, nor a city alone in prose.
		{"Residence: Venglai, Lunglei, Mizoram\nName and address of the Employer: Skyline Builders, 28 Industrial Area, New Delhi\nmoved to Pune, Maharashtra, India",
			"Residence: XXXXXXX, XXXXXXX, XXXXXXX\nName and address of the Employer: Skyline Builders, 28 Industrial Area, New Delhi\nmoved to Pune, Maharashtra, India"},
		{"Permanent Address: 45, Malviya Nagar, Jaipur. Date of birth: 1/1/1990 ok",
			"Permanent Address: XX, XXXXXXX XXXXX, XXXXXX. Date of birth: X/X/XXXX ok"},
		{"Address: H.No. 221, Sector 15, Rohini\nnext line", "Address: X.XX. XXX, XXXXXX XX, XXXXXX\nnext line"},
		{"Address  : #640, GALI NO. 9, SECTOR 13, KARNAL\n           132028\nMobile   : x",
			"Address  : #XXX, XXXX XX. X, XXXXXX XX, XXXXXX\n           XXXXXX\nMobile   : x"}, // a value wrapped to its column
		{"Address  : #640, GALI NO. 9, SECTOR 13, KARNAL\n  Total 132028\n", "Address  : #XXX, XXXX XX. X, XXXXXX XX, XXXXXX\n  Total 132028\n"},
		{"Address                  : 12 MG Road, Indiranagar, Bengaluru 560038", "Address                  : XX XX XXXX, XXXXXXXXXXX, XXXXXXXXX XXXXXX"},                             // a colon aligned far out
		{"Address:\t46, Gandhi Path, Sinhagad Road, Pune, Maharashtra\n\t411081\nContact:\tx", "Address:\tXX, XXXXXX XXXX, XXXXXXXX XXXX, XXXX, XXXXXXXXXXX\n\tXXXXXX\nContact:\tx"}, // a tab's column
		{"10. Postal Address              908, 5th Main Road, Thatipur\n                                Gwalior, Madhya Pradesh  PIN 474024",
			"10. Postal Address              XXX, XXX XXXX XXXX, XXXXXXXX\n                                XXXXXXX, XXXXXX XXXXXXX  PIN XXXXXX"}, // no colon, a column's gap
		{"   Address: House No. 361/36, Kamla Nagar, Agra, Uttar Pradesh\n   ２８２０３４\n", "   Address: XXXXX XX. XXX/XX, XXXXX XXXXX, XXXX, XXXXX XXXXXXX\n   XXXXXX\n"}, // a PIN code's line in full-width digits
		{"<PstlAdr><StrtNm>B-343, Lakshmi Nilayam, Ranjit Avenue</StrtNm><TwnNm>Amritsar</TwnNm>",
			"<PstlAdr><StrtNm>X-XXX, XXXXXXX XXXXXXX, XXXXXX XXXXXX</StrtNm><TwnNm>Amritsar</TwnNm>"}, // ISO 20022
		{"<AdrLine>H.No. 808/12, Gokuldham Society, Mansarovar</AdrLine>", "<AdrLine>X.XX. XXX/XX, XXXXXXXXX XXXXXXX, XXXXXXXXXX</AdrLine>"},
		// Not addresses.
		{"IP Address: 10.0.0.1", "IP Address: XX.X.X.X"},
		{"Email Address: a@b.com", "Email Address: X@X.XXX"},
		{`"status":"ok","addr":"x"`, `"status":"ok","addr":"x"`},
		{"address: pending", "address: pending"},                 // no digit or comma
		{"Address: XX, XXXXXX XXXX", "Address: XX, XXXXXX XXXX"}, // already masked
	} {
		expectRedacted(t, tt.in, tt.want)
	}
	off, err := redact.New(&redact.Options{Kinds: []redact.Kind{redact.Aadhaar}})
	require.NoError(t, err)
	got, _ := off.String("Address: 45, Malviya Nagar, Jaipur 302017")
	require.Equal(t, "Address: 45, Malviya Nagar, Jaipur 302017", got, "Location is not among the kinds asked for")
}

// TestIntroducedAddress: an address after words that introduce one, with
// no colon, needs two commas and a digit or a slash.
func TestIntroducedAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"dispatched to Plot 14, Laxmi Nagar, Nagpur, Maharashtra. AWB 123",
			"dispatched to XXXX XX, XXXXX XXXXX, XXXXXX, XXXXXXXXXXX. AWB 123"},
		{"he lives at TC 12/845, Pattom Palace Road, Thiruvananthapuram, 695 004.",
			"he lives at XX XX/XXX, XXXXXX XXXXXX XXXX, XXXXXXXXXXXXXXXXXX, XXX XXX."},
		{"new address House 22, Zarkawt, Aizawl, PIN 796001", "new address XXXXX XX, XXXXXXX, XXXXXX, PIN XXXXXX"},
		// Where one lives or settled: a locality and its town; not a city
		// and its state, nor a place abroad.
		{"Family settled at Sigra, Varanasi. He lives in Pune, Maharashtra; residing at Toronto, Canada",
			"Family settled at XXXXX, XXXXXXXX. He lives in Pune, Maharashtra; residing at Toronto, Canada"},
		{"The accused lives at House No 13 Mansarovar, Udaipur, Rajasthan.", "The accused lives at XXXXX XX XX XXXXXXXXXX, XXXXXXX, XXXXXXXXX."},
		{"update the address to H.No. 221, Sector 15, Rohini, Delhi - 110089.",
			"update the address to X.XX. XXX, XXXXXX XX, XXXXXX, XXXXX - XXXXXX."},
		{"I live at 3/118, Vipul Khand, Gomti Nagar, Lucknow.", "I live at X/XXX, XXXXX XXXXX, XXXXX XXXXX, XXXXXXX."},
		{"please drop at 12, MG Road, Indiranagar, Bengaluru", "please drop at XX, XX XXXX, XXXXXXXXXXX, XXXXXXXXX"},
		{"The claimant resides at 45 Patel Nagar, New Delhi.", "The claimant resides at XX XXXXX XXXXX, XXX XXXXX."},
		{"He is staying at 12B Park Street, Kolkata.", "He is staying at XXX XXXX XXXXXX, XXXXXXX."},
		{"relocate connection to Flat 1126, Om Shanti Enclave, Kidwai Nagar, Kanpur. Feasibility: OK",
			"relocate connection to XXXX XXXX, XX XXXXXX XXXXXXX, XXXXXX XXXXX, XXXXXX. Feasibility: OK"}, // a unit word after "to"
		{"residence at H.No. 947, Bazaar Street, Civil Lines, Gaya, Bihar confirmed",
			"residence at X.XX. XXX, XXXXXX XXXXXX, XXXXX XXXXX, XXXX, XXXXX confirmed"}, // the place ends it, the sentence goes on
		{"moved from 3 rooms, 2 halls, to 1", "moved from 3 rooms, 2 halls, to 1"},
		{"My address is 12 Jani Ganj, Raichur 584101", "My address is XX XXXX XXXX, XXXXXXX XXXXXX"}, // a house number with no comma, closed by its PIN
		// A row's address cell, its PIN code the next cell.
		{`9004,"B-40, Tambaram, Coimbatore",641748,0`, `9004,"X-XX, XXXXXXXX, XXXXXXXXXX",XXXXXX,0`},
		{`7,"#12, Zoo Road, Dibrugarh",786092`, `7,"#XX, XXX XXXX, XXXXXXXXX",XXXXXX`},
		{"x|Flat 702 2nd Cross Chowkidinghee Guwahati|781728|y", "x|XXXX XXX XXX XXXXX XXXXXXXXXXXXX XXXXXXXX|XXXXXX|y"},
		{"F|IN|B-508, GOKULDHAM SOCIETY, HANAMKONDA|WARANGAL|506099|y", "F|IN|X-XXX, XXXXXXXXX XXXXXXX, XXXXXXXXXX|WARANGAL|XXXXXX|y"},                                       // the town's cell between
		{"x|Widget 702 Pro Max|781728|y", "x|Widget 702 Pro Max|781728|y"},                                                                                                   // no unit's word, no PIN code's word
		{"Village: Bhatpara, Tehsil Chinhat, Dist. Kanpur\nAadhaar", "Village: XXXXXXXX, XXXXXX XXXXXXX, XXXX. XXXXXX\nAadhaar"},                                             // a village's label, its parts
		{"Visit address: House No 58\nBariatu Road near water tank\nGaya, Bihar\nPlan: x", "Visit address: XXXXX XX XX\nXXXXXXX XXXX XXXX XXXXX XXXX\nXXXX, XXXXX\nPlan: x"}, // a block a state's line closes
		{"House No 58\nMeeting at 5\nPune", "House No 58\nMeeting at 5\nPune"},
		{"postalAddress: 22/220$Church Lane$Bailey Road$Bhagalpur$Bihar\nprice: $5 $10", "postalAddress: XX/XXX$XXXXXX XXXX$XXXXXX XXXX$XXXXXXXXX$XXXXX\nprice: $5 $10"}, // LDAP parts its lines with '$'
		{"Village: Muddebihal  District: Vijayapura  Survey/Khasra No: 767/4", "Village: Muddebihal  District: Vijayapura  Survey/Khasra No: 767/4"},                     // a form's fields, each its own
		// A unit word in lower case, as chat writes it: the number on is masked.
		{"tiffin gali no. 3, Chandan Vihar, Patna bhejna", "tiffin XXXX XX. X, XXXXXXX XXXXX, XXXXX bhejna"},
		{"send it to flat no 3, Chandan Vihar, Patna", "send it to XXXX XX X, XXXXXXX XXXXX, XXXXX"},
		{"h.no. 4-5, Ameerpet, Hyderabad", "X.XX. X-X, XXXXXXXX, XXXXXXXXX"},
		{"moved to Road No. 12, Banjara Hills, Hyderabad", "moved to XXXX XX. XX, XXXXXXX XXXXX, XXXXXXXXX"},                                                                                                                       // a numbered road opens one
		{"naya customer, ghar Plot No. 270, Lane 3, Rau, Indore wali", "naya customer, ghar XXXX XX. XXX, XXXX X, XXX, XXXXXX wali"},                                                                                               // Hinglish "home"
		{"Address                121/22 MAIN ROAD PEELAMEDU COIMBATORE 641064\nQty    12 items\nAddress   5 pending", "Address                XXX/XX XXXX XXXX XXXXXXXXX XXXXXXXXXX XXXXXX\nQty    12 items\nAddress   5 pending"}, // a label aligned with no colon
		{"Row: 0 _id=1535, address=VM-SBIUPI, date=1790839275226, body=Rs.8,521 debited", "Row: 0 _id=1535, address=VM-SBIUPI, date=1790839275226, body=Rs.8,521 debited"},                                                         // Android's SMS table: the sender's "address", and the record's next fields
		{"address=12 MG Road, Indiranagar, Bengaluru, city=BLR", "address=XX XX XXXX, XXXXXXXXXXX, XXXXXXXXX, city=BLR"},
		{"| Overseas address | 14 Al Nahda Street, Al Nahda, Sharjah |\n| Status | Verified |", "| Overseas address | XX XX XXXXX XXXXXX, XX XXXXX, XXXXXXX |\n| Status | Verified |"}, // a two-column table's label cell
		{"Address - 12 MG Road, Indiranagar, Bengaluru\nEmail address - 12 Pending, later", "Address - XX XX XXXX, XXXXXXXXXXX, XXXXXXXXX\nEmail address - 12 Pending, later"},         // a dash between spaces for a colon
		{"Overseas Address: 88 Orchard Road #12-03, Singapore 238839 (home)", "Overseas Address: XX XXXXXXX XXXX #XX-XX, XXXXXXXXX XXXXXX (home)"},                                     // a postcode abroad, the address's own
		{"Singapore 238839, Moscow 125009", "Singapore 238839, Moscow 125009"},
		{"5. Present address abroad: 963 Ballarat Road, Footscray VIC 3011, Australia\n6. Address in India (last): Plot 239, Kadappakada, Kollam",
			"5. Present address abroad: XXX XXXXXXXX XXXX, XXXXXXXXX XXX XXXX, XXXXXXXXX\n6. Address in India (last): XXXX XXX, XXXXXXXXXXX, XXXXXX"}, // where the address is, after its word
		{"use the US address 429 Oak Tree Road, Edison, NJ 08820, USA.", "use the US address XXX XXX XXXX XXXX, XXXXXX, XX XXXXX, XXX."},                                                                                                           // a country abroad closes it
		{"Passport No. E4923893, presently residing at 281 Collins St, Toronto", "Passport No. XXXXXXXX, presently residing at XXX XXXXXXX XX, XXXXXXX"},                                                                                           // a document's "No.", no house's
		{"PAN FXWPK9786O, presently residing at Apt 264, Al Markaziyah, Abu Dhabi, UAE,\ndo hereby appoint", "PAN XXXXXXXXXX, presently residing at XXX XXX, XX XXXXXXXXXX, XXX XXXXX, XXX,\ndo hereby appoint"},                                   // a PAN is no house's number; a sentence goes on after a comma's line
		{"Born in India: 12 people, 3 teams, ok", "Born in India: 12 people, 3 teams, ok"},                                                                                                                                                         // six digits after a place abroad: no PIN code
		{"{street: Station Road, Sector 4, vtc: Gurugram}", "{street: XXXXXXX XXXX, XXXXXX X, vtc: Gurugram}"},                                                                                                                                     // a JavaScript object's next key
		{`{"MailingStreet": "H.No. 4-3-77, Putlighar", "homeAddress": "Flat 5, Anand Vihar", "takeAddress": "Plot 12, yes"}`, `{"MailingStreet": "X.XX. X-X-XX, XXXXXXXXX", "homeAddress": "XXXX X, XXXXX XXXXX", "takeAddress": "Plot 12, yes"}`}, // a CRM's keys: whose address, and its street
		{`{"permAddress":"137/22 CROSS ROAD KUVEMPUNAGAR MYSURU","ipAddress":"12/3 Items"}`, `{"permAddress":"XXX/XX XXXXX XXXX XXXXXXXXXXXX XXXXXX","ipAddress":"12/3 Items"}`},                                                                   // a key ending in "Address"
		{"[10:11 AM] ঠিকানা ৪৫ বিবেকানন্দ পল্লী, শিলিগুড়ি — ফোন ৬৩৫২৭১৪৯৮২\nपता 45 विवेकानंद नगर, सिलीगुड़ी\nमुझे पता 2 दिन बाद चलेगा, ठीक", "[10:11 AM] ঠিকানা XX XXXXXXXXXX XXXXX, XXXXXXXXX — ফোন XXXXXX৪৯৮২\nपता XX XXXXXXXXX XXX, XXXXXXXXX\nमुझे पता 2 दिन बाद चलेगा, ठीक"}, // a script's word for an address with no colon
		{"caf new conn. addr 236 main road sudama nagar indore 452091 alt mob\naddr 5 pending", "caf new conn. addr XXX XXXX XXXX XXXXXX XXXXX XXXXXX XXXXXX alt mob\naddr 5 pending"},                         // "addr", lower case
		{"নাম তাপস মণ্ডল। ঠিকানা ১২/৩ বি, রাসবিহারী অ্যাভিনিউ, কলকাতা", "নাম XXXX XXXXX। ঠিকানা XX/X XX, XXXXXXXXX XXXXXXXXX, XXXXXX"},                                                                         // after a danda
		{"pata 57/23 Behind Petrol Pump Rajajipuram Lucknow Uttar Pradesh 226988\npata 12/5 Nov ko aayega", "pata XX/XX XXXXXX XXXXXX XXXX XXXXXXXXXXX XXXXXXX XXXXX XXXXXXX XXXXXX\npata 12/5 Nov ko aayega"}, // Hinglish "address"
		{"ghar 5 baje aana, Rau, Indore", "ghar 5 baje aana, Rau, Indore"},
		{"mera pata hai 23 gandhi chowk, ward 5, sitapur up 261001", "mera pata hai XX XXXXXX XXXXX, XXXX X, XXXXXXX XX XXXXXX"}, // "my address is"
		{"mujhe pata hai 23, 24 ko chhutti hai", "mujhe pata hai 23, 24 ko chhutti hai"},
		// No comma, no PIN code: a unit's word opens it, a big city ends its line.
		{"my address is house no 45 sector 15 rohini delhi.\nCSV,Plot No. 315 Street 11 Patia Bhubaneswar\ni went to house no 4 in delhi",
			"my address is XXXXX XX XX XXXXXX XX XXXXXX XXXXX.\nCSV,XXXX XX. XXX XXXXXX XX XXXXX XXXXXXXXXXX\ni went to house no 4 in delhi"}, // "I know": no address's words
		{"mera pata: 23 gandhi chowk, sitapur\npata: nahi pata", "mera pata: XX XXXXXX XXXXX, XXXXXXX\npata: nahi pata"},
		// A state's or a city's name and a full stop end one in lower case:
		// the next sentence is no part of it, in any case.
		{"address: 12 mg road, pune. call me\naddress: flat 708, faridabad, haryana. relative mohit (97771 06161)",
			"address: XX XX XXXX, XXXX. call me\naddress: XXXX XXX, XXXXXXXXX, XXXXXXX. relative XXXXX (XXXXX X6161)"},
		// After "r/o" (resident of) an address in lower case, as after a label.
		{"c/o chest pain. r/o flat 708 a wing omaxe heights sector 15, faridabad\nthe r/o water plant is down",
			"c/o chest pain. r/o XXXX XXX X XXXX XXXXX XXXXXXX XXXXXX XX, XXXXXXXXX\nthe r/o water plant is down"},
		// A block's letter in lower case opens the number after a unit's word.
		{"rent 18k, address flat no. e-116, gotri, vadodara - 390067. the t-20 match; flat no. a-1 quality",
			"rent 18k, address XXXX XX. X-XXX, XXXXX, XXXXXXXX - XXXXXX. the t-20 match; flat no. a-1 quality"},
		{"customer: flat b-1104, vrindavan apartments, kuvempunagar, mysuru, 570011\nmy flat b-1104 is on the left",
			"customer: XXXX X-XXXX, XXXXXXXXX XXXXXXXXXX, XXXXXXXXXXXX, XXXXXX, XXXXXX\nmy flat b-1104 is on the left"},
		// Not street addresses.
		{"bearing Survey No. 248/4, Plot No. 150, measuring 2069 sq. ft", "bearing Survey No. 248/4, Plot No. 150, measuring 2069 sq. ft"},
		{"issue no 3, Chandan Vihar, Patna", "issue no 3, Chandan Vihar, Patna"},
		{"moved to Pune, Maharashtra, India", "moved to Pune, Maharashtra, India"},
		{"sent to 3 people, 2 teams, 1 group", "sent to 3 people, 2 teams, 1 group"},
		{"dispatched to warehouse 4 today", "dispatched to warehouse 4 today"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressClosedByPIN: an address with no label or introduction is
// read where a house number opens it and its PIN code closes it, with
// prose commas between; records that merely look so stay.
func TestAddressClosedByPIN(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ms. Fatima Sheikh, 22 Mohammed Ali Road, Mumbai 400003", "Ms. XXXXXX XXXXXX, XX XXXXXXXX XXX XXXX, XXXXXX XXXXXX"}, // one comma will do where a holder's name heads it
		{"Rahul Sharma, 22 Years, Mumbai 400003; Mumbai, 22 Linking Road, Bandra 400003", "XXXXX XXXXXX, 22 Years, Mumbai XXXXXX; Mumbai, 22 Linking Road, Bandra XXXXXX"},
		{"Name - Gurpreet Kaur, Age - 29, Address - House 12, Model Town, Ludhiana, Punjab 141002", "Name - XXXXXXXX XXXX, Age - 29, Address - XXXXX XX, XXXXX XXXX, XXXXXXXX, XXXXXX XXXXXX"}, // an age is no house's number
		{"from #326 gunadala near bus stop vijayawada - 520812 to bangalore\nchange krna h #151 bazaar lane vijayanagar mysuru pin 570070\nticket #44 raised in the pune office", // no commas, after '#'; not a ticket's number
			"from #XXX XXXXXXXX XXXX XXX XXXX XXXXXXXXXX - XXXXXX to bangalore\nchange krna h #XXX XXXXXX XXXX XXXXXXXXXXX XXXXXX pin XXXXXX\nticket #44 raised in the pune office"},
		{"Senior Manager\n12/3A, Gariahat Road, Ballygunge, Kolkata, 700019",
			"Senior Manager\nXX/XX, XXXXXXXX XXXX, XXXXXXXXXX, XXXXXXX, XXXXXX"},
		{"Kaveri Foods LLP\nC-401, Shantinath Residency, Adajan, Surat - 395009\nGSTIN: x",
			"Kaveri Foods LLP\nX-XXX, XXXXXXXXXX XXXXXXXXX, XXXXXX, XXXXX - XXXXXX\nGSTIN: x"},
		{"parcel will reach 12/3 Hazra Road, Ballygunge, Kolkata 700029 today",
			"parcel will reach XX/X XXXXX XXXX, XXXXXXXXXX, XXXXXXX XXXXXX today"}, // a number and a street's name within a line
		{"on 12 July 1950, Hazra Road, Ballygunge, Kolkata 700029; 2025 BETWEEN Plot Owners, Sector 5, Kolkata 700091",
			"on 12 July 1950, Hazra Road, Ballygunge, Kolkata XXXXXX; 2025 BETWEEN Plot Owners, Sector 5, Kolkata XXXXXX"}, // no date's day or year
		{"res Flat C-638 Green Meadows Lane No. 21 Milan Nagar, Dibrugarh 786009; decision",
			"res XXXX X-XXX XXXXX XXXXXXX XXXX XX. XX XXXXX XXXXX, XXXXXXXXX XXXXXX; decision"},
		{"MANPREET GILL\nHOUSE 576 SUNRISE ENCLAVE LANE NO. 13 SARABHA NAGAR, LUDHIANA 141099\n",
			"XXXXXXXX XXXX\nXXXXX XXX XXXXXXX XXXXXXX XXXX XX. XX XXXXXXX XXXXX, XXXXXXXX XXXXXX\n"},
		{"Room 12 Sale ends today, offer 411001 units", "Room 12 Sale ends today, offer 411001 units"},
		{"1 | Plot No. 108, Vyttila 682373 | 9", "1 | XXXX XX. XXX, XXXXXXX XXXXXX | 9"},
		{"ORBIT LOGISTICS LIMITED\nCIN U51617MH2010PTC843775\nRegd. Office: Unit 906, Trade Centre, Sector 62, Noida 201309  Tel x",
			"ORBIT LOGISTICS LIMITED\nCIN U51617MH2010PTC843775\nRegd. Office: Unit 906, Trade Centre, Sector 62, Noida 201309  Tel x"},
		{"merchant:\n  legal_name: Sundaram Finserv Pvt Ltd\n  registered_office: \"Level 12, Prestige Tech Park, Outer Ring Road, Bengaluru 560103\"\n",
			"merchant:\n  legal_name: Sundaram Finserv Pvt Ltd\n  registered_office: \"Level 12, Prestige Tech Park, Outer Ring Road, Bengaluru 560103\"\n"}, // a YAML key
		{"call 1800-913-5223\nRegistered office: Air India Ltd, Level 1, Tower C, Global Business Park, Gurugram, Haryana 122002\n",
			"call 1800-913-5223\nRegistered office: Air India Ltd, Level 1, Tower C, Global Business Park, Gurugram, Haryana 122002\n"},
		{"Firm name: Accurate Calibrations\nRegistered office: Plot 16/D, Kadri, Mangaluru 575018\n",
			"Firm name: Accurate Calibrations\nRegistered office: XXXX XX/X, XXXXX, XXXXXXXXX XXXXXX\n"},
		{"flat is Flat 5, Ashiana Apartments, Boring Road, Patna, 800013. ring twice",
			"flat is XXXX X, XXXXXXX XXXXXXXXXX, XXXXXX XXXX, XXXXX, XXXXXX. ring twice"},
		{"address note karo: 14, Rajpur Road, Near Clock Tower, Dehradun, pin 248 001",
			"address note karo: XX, XXXXXX XXXX, XXXX XXXXX XXXXX, XXXXXXXX, pin XXX XXX"},
		{"Principal place of business: No. 14, 3rd Cross, Koramangala, Bengaluru - 560095",
			"Principal place of business: XX. XX, XXX XXXXX, XXXXXXXXXXX, XXXXXXXXX - XXXXXX"},
		// Lower-case words of a landmark between parts.
		{"Collected at: Plot No. 244, Lakeview Heights, beside Durga Puja pandal ground, Whitefield, Bengaluru - 560066",
			"Collected at: XXXX XX. XXX, XXXXXXXX XXXXXXX, XXXXXX XXXXX XXXX XXXXXX XXXXXX, XXXXXXXXXX, XXXXXXXXX - XXXXXX"},
		// An address's label names what it is of or for; "Qr." is a
		// unit's word; a floor opens it; a line that ends in a comma goes
		// on after a village's word or a house number before its street.
		{"Postal address of establishment: 183 Bazaar Street, Sohna Road, Gurugram, Haryana 122589\nPAN: x",
			"Postal address of establishment: XXX XXXXXX XXXXXX, XXXXX XXXX, XXXXXXXX, XXXXXXX XXXXXX\nPAN: x"},
		{"IP address of the server: 10.0.0.1", "IP address of the server: XX.X.X.X"},
		{"My current address is Qr. No. A-59, Railway Colony, Mawlai, Shillong, Meghalaya",
			"My current address is XX. XX. X-XX, XXXXXXX XXXXXX, XXXXXX, XXXXXXXX, XXXXXXXXX"},
		{"We are shifting to 1st Floor, 232, 2nd Cross, KK Nagar, Madurai - 625236 from next month.",
			"We are shifting to XXX XXXXX, XXX, XXX XXXXX, XX XXXXX, XXXXXXX - XXXXXX from next month."},
		{"Address: Vill. Sanand,\nPO Sanand, Dist. Ahmedabad\nPIN: 382388", "Address: XXXX. XXXXXX,\nXX XXXXXX, XXXX. XXXXXXXXX\nPIN: XXXXXX"},
		{"Chaitra Hegde\n146 Ring Road,\nBejai, Mangaluru\nPIN: 575545", "XXXXXXX XXXXX\nXXX XXXX XXXX,\nXXXXX, XXXXXXXXX\nPIN: XXXXXX"},
		// A landmark in lower case right after the house number.
		{"Bhaiya kal se Aarav ko H.No. 5/30, near Water Tank, Anna Nagar West, Chennai se pick karna",
			"Bhaiya kal se XXXXX ko X.XX. X/XX, XXXX XXXXX XXXX, XXXX XXXXX XXXX, XXXXXXX se pick karna"},
		// No PIN code: a state or a big city closes it, prose may follow.
		{"bhai Door No. 16/2, Ring Road, Pradhan Nagar, Siliguri, medical store ke upar",
			"bhai XXXX XX. XX/X, XXXX XXXX, XXXXXXX XXXXX, XXXXXXXX, medical store ke upar"},
		{"Reported by: Kirandeep Bajwa, Flat 1106, B Wing, Gokul Dham Apartments, Vesu, Surat, Gujarat\nGuard: x",
			"Reported by: XXXXXXXXX XXXXX, XXXX XXXX, X XXXX, XXXXX XXXX XXXXXXXXXX, XXXX, XXXXX, XXXXXXX\nGuard: x"},
		{"Flat 1312, E Wing, Nandanvan Society, Nerul West, Navi Mumbai", "XXXX XXXX, X XXXX, XXXXXXXXX XXXXXXX, XXXXX XXXX, XXXX XXXXXX"},
		{"Flat 1312, E Wing, Nandanvan Society, Nerul West", "Flat 1312, E Wing, Nandanvan Society, Nerul West"}, // no place closes it
		{"Step 12, Build, Test, Deploy to Gujarat", "Step 12, Build, Test, Deploy to Gujarat"},                   // no house number
		// In quotes, as JSON holds it: a house number opens it too.
		{`{"line":"47/39, Shivaji Path, Opp. SBI ATM, Lanka, Varanasi","ts":"2026-11-15T00:41:09Z","n":"12, 13, 14"}`,
			`{"line":"XX/XX, XXXXXXX XXXX, XXX. XXX XXX, XXXXX, XXXXXXXX","ts":"2026-11-15T00:41:09Z","n":"12, 13, 14"}`},
		// A street's name and its house number, then the locality and the
		// city: three parts will do, on the text's first line too.
		{"12/3 Netaji Subhash Road, Behala, Kolkata\n45 Anna Salai, Teynampet, Chennai",
			"XX/X XXXXXX XXXXXXX XXXX, XXXXXX, XXXXXXX\nXX XXXX XXXXX, XXXXXXXXX, XXXXXXX"},
		{"12/3 Ramkrishna Palli, Behala, Kolkata\n8 Park Avenue, Ballygunge, Kolkata", "XX/X XXXXXXXXXX XXXXX, XXXXXX, XXXXXXX\nX XXXX XXXXXX, XXXXXXXXXX, XXXXXXX"},
		{"SHREE GANESH MEDICALS\nShop No. 21, Sasthamangalam, Thiruvananthapuram\nGSTIN", "SHREE GANESH MEDICALS\nXXXX XX. XX, XXXXXXXXXXXXXX, XXXXXXXXXXXXXXXXXX\nGSTIN"},
		{"Name and address of the Employer: Quadrant Softech Pvt Ltd, 7th Floor, Tower A, Cyber City, Gurugram",
			"Name and address of the Employer: Quadrant Softech Pvt Ltd, XXX XXXXX, XXXXX X, XXXXX XXXX, XXXXXXXX"}, // the company's name, then its address
		{"3 Bharat Test, Pune, Maharashtra\n12 cases, Delhi, Mumbai", "3 Bharat Test, Pune, Maharashtra\n12 cases, Delhi, Mumbai"},
		// A line that ends in a comma goes on; a PIN label on the next line closes it.
		{"Kindly update my address to:\nHouse 22,\nZarkawt, Aizawl\nPIN: 796001",
			"Kindly update my address to:\nXXXXX XX,\nXXXXXXX, XXXXXX\nPIN: XXXXXX"},
		// A house's name first, no number: a line's closing comma goes on
		// where the next line ends in a PIN code. (Two spaces after the
		// word for an address: a form's column gap, as OCR reads one.)
		{"വിലാസം  കൃഷ്ണകൃപ, വട്ടക്കാട്ടുപടി, പെരുമ്പാവൂർ,\nഎറണാകുളം ജില്ല, കേരളം 683542\nAddress: Krishnakripa, Vattakattupady,\nErnakulam, Kerala 683542",
			"വിലാസം  XXXXXXXX, XXXXXXXXXXXXXXX, XXXXXXXXXXX,\nXXXXXXXX XXXXX, XXXXX XXXXXX\nAddress: XXXXXXXXXXXX, XXXXXXXXXXXXXX,\nXXXXXXXXX, XXXXXX XXXXXX"},
		// An address block, one part a line, that its PIN code closes.
		{"Merina Marak\n67, Nandanvan Apts\nMG Road, Rajbagh\nSrinagar, Jammu and Kashmir - 190064\nIndia", // the name above it too
			"XXXXXX XXXXX\nXX, XXXXXXXXX XXXX\nXX XXXX, XXXXXXX\nXXXXXXXX, XXXXX XXX XXXXXXX - XXXXXX\nIndia"},
		{"Release Notes\n12, fixes, tests\nBuild 560034", "Release Notes\n12, fixes, tests\nBuild 560034"},
		// A part a line from the house number on, a landmark's line in
		// lower case; a courier's pickup address.
		{"Address:\nDoor No 18/4B\nNehru Street\nZoo Road\nGuwahati\nPIN: 781439\nPhone: x",
			"Address:\nXXXX XX XX/XX\nXXXXX XXXXXX\nXXX XXXX\nXXXXXXXX\nPIN: XXXXXX\nPhone: x"},
		{"Pickup from:\nPlot No. 74\nAnugraha Layout\nnear Water Tank\nPeelamedu\nCoimbatore\nTamil Nadu\n641543",
			"Pickup from:\nXXXX XX. XX\nXXXXXXXX XXXXXX\nXXXX XXXXX XXXX\nXXXXXXXXX\nXXXXXXXXXX\nXXXXX XXXX\nXXXXXX"},
		{"Deliver to:\n6, Krishna Enclave\nStation Road, Satellite\nAhmedabad\n380033\nPh: x",
			"Deliver to:\nX, XXXXXXX XXXXXXX\nXXXXXXX XXXX, XXXXXXXXX\nXXXXXXXXX\nXXXXXX\nPh: x"},
		{"Address : B1106, Shanti Kunj\nGandhi Path\nPIN: 795062\nDate of Admission : 07-11-2021",
			"Address : XXXXX, XXXXXX XXXX\nXXXXXX XXXX\nPIN: XXXXXX\nDate of Admission : 07-11-2021"},
		// Not address blocks: too many lines before the PIN code, a key
		// line, a sentence.
		{"12, Nandanvan Apts\nMG Road\nRajbagh\nSrinagar\nKashmir\nIndia\nAsia\n190064",
			"12, Nandanvan Apts\nMG Road\nRajbagh\nSrinagar\nKashmir\nIndia\nAsia\n190064"},
		{"12, Nandanvan Apts\nRoom: 4\n190064", "12, Nandanvan Apts\nRoom: 4\n190064"},
		{"12, Results Attached\nSee the notes. Then 560034 rows", "12, Results Attached\nSee the notes. Then 560034 rows"},
		// Not addresses.
		{"101,Ravi Traders,Pune,411001", "101,Ravi Traders,Pune,XXXXXX"},               // a CSV row: its PIN code alone
		{"12, user_id=4, path=/a, 411001", "12, user_id=4, path=/a, 411001"},           // a record
		{"12, 14, 16 and 18, then 411001", "12, 14, 16 and 18, then 411001"},           // no words
		{"Chapter 3, Section 4, Clause 5", "Chapter 3, Section 4, Clause 5"},           // no PIN code
		{"Release 2, build 7, track 9 shipped", "Release 2, build 7, track 9 shipped"}, // no PIN code
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestScriptAddressAfterItsWord: an address after the word for one in an
// Indian script, no colon between, as chat writes it; "पता" also says
// "know", and "पता नहीं, 5 बजे" (don't know, at five) stays.
func TestScriptAddressAfterItsWord(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"मेरा पता मकान नं. 45, गांधी नगर, जयपुर है", "मेरा पता XXXX XX. XX, XXXXX XXX, XXXXX है"},
		{"আমাদের ঠিকানা ফ্ল্যাট ২বি, ৪৫ যশোর রোড, দমদম", "আমাদের ঠিকানা XXXXXXX XXX, XX XXXX XXX, XXXX"},
		{"पता नहीं, 5 बजे, फिर आऊँगा", "पता नहीं, 5 बजे, फिर आऊँगा"},
		{"मेरा पता बदल गया है", "मेरा पता बदल गया है"},
		{"मेरा पता गांधी नगर, कोलार रोड, भोपाल 462001 है", "मेरा पता XXXXX XXX, XXXXX XXX, XXXXX XXXXXX है"}, // no house's number, but its PIN code closes it
		{"ബിന്ദുവിന്റെ വിലാസം പുത്തൻവീട്, ഇടപ്പള്ളി, കൊച്ചി ൬൮൨൦൪൧ അല്ലേ?", "ബിന്ദുവിന്റെ വിലാസം XXXXXXXXXX, XXXXXXXXX, XXXXXX XXXXXX അല്ലേ?"},
		{"मुझे पता नहीं, कल आऊँगा, ठीक है 462001 बार", "मुझे पता नहीं, कल आऊँगा, ठीक है XXXXXX बार"},
		{"ചരമം\nവീട്ടുനമ്പർ ൩൫൧, ഇടപ്പള്ളി, കൊച്ചി\n", "ചരമം\nXXXXXXXXXXX XXX, XXXXXXXXX, XXXXXX\n"},                     // a word for a house of eleven characters (house number)
		{"അശ്വതി: വീട്ടു നമ്പർ ൨൧൫, വെസ്റ്റ് ഹിൽ, കോഴിക്കോട്\n", "അശ്വതി: XXXXXX XXXXX XXX, XXXXXXXX XXX, XXXXXXXXXX\n"}, // the same, written apart
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestScriptAddressEndsWithItsSentence: an address that a word for a
// house opens ends at a danda, or two words into a long last part; never
// inside a token, which would leave the rest of an identifier bare.
func TestScriptAddressEndsWithItsSentence(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"दोनों मकान नं. २५५/४, भेलूपुर, वाराणसी, उत्तर प्रदेश के रहने वाले हैं। बाइक का नंबर UP32LS2254 बताया गया है।",
			"दोनों XXXX XX. XXX/X, XXXXXXX, XXXXXXX, XXXXX XXXXXX के रहने वाले हैं। बाइक का नंबर XXXXXXXXXX बताया गया है।"},
		{"मी घर क्र. ३२२/३, औंध, पुणे येथे गेली पंधरा वर्षे राहत आहे. माझा मोबाईल क्रमांक 7064458570 आहे",
			"मी XX XXX. XXX/X, XXX, XXXX XXXX गेली पंधरा वर्षे राहत आहे. माझा मोबाईल क्रमांक XXXXXX8570 आहे"},
		{"निवासी मकान नं. 14, मोहल्ला कटरा, तहसील सदर, जिला उन्नाव का नाम दर्ज किया जाए।", "निवासी XXXX XX. XX, XXXXXXX XXXX, XXXXX XXX, XXXX XXXXXX का नाम दर्ज किया जाए।"},
		// Longer than maxAddress's 200 bytes, as a script's three bytes a
		// character make a village's address: read to its end, not cut
		// inside its last word.
		{"முகவரி: கிராமம் வாடிப்பட்டி, அஞ்சல் வாடிப்பட்டி, வட்டம் வாடிப்பட்டி, மாவட்டம் மதுரை - 625048\nஆதார்",
			"முகவரி: XXXXXXX XXXXXXXXXXX, XXXXXX XXXXXXXXXXX, XXXXXX XXXXXXXXXXX, XXXXXXXX XXXXX - XXXXXX\nஆதார்"},
		// A full stop after a script's word of four characters ends the
		// sentence, and the address with it; a number in a script's
		// digits is never cut.
		{"વેપારનું સ્થળ: મકાન નં. 384, અડાજણ, સુરત. ઈ-મેઈલ મોકલ્યું છે. મોબાઇલ ૭૦૨૬૦૮૬૮૦૨.",
			"વેપારનું સ્થળ: XXXX XX. XXX, XXXXX, XXXX. ઈ-મેઈલ મોકલ્યું છે. મોબાઇલ XXXXXX૬૮૦૨."},
		{"ঠিকানা: গ্রাম: কুসুমগ্রাম, পোঃ কুসুমগ্রাম, থানা: মন্তেশ্বর, জেলা: পূর্ব বর্ধমান, পশ্চিমবঙ্গ, পিন 713301\n",
			"ঠিকানা: XXXXX: XXXXXXXXXX, XXX XXXXXXXXXX, XXXX: XXXXXXXXX, XXXX: XXXXX XXXXXXX, XXXXXXXXXX, পিন XXXXXX\n"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestScriptAddressWithoutLabel: an address in an Indian script needs no
// label when a house's number, in any digits, or a script's word for a
// house opens it and two parts in the script follow; numbers in the later
// parts make it a list of figures, and a sentence running on after the
// town is not the town.
func TestScriptAddressWithoutLabel(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"किरायेदार 118/4, विकास नगर, कानपुर", "किरायेदार XXX/X, XXXXX XXX, XXXXXX"},
		{"1. সুব্রত — ৪২/১, রাসবিহারী অ্যাভিনিউ, কলকাতা\n", "1. সুব্রত — XX/X, XXXXXXXXX XXXXXXXXX, XXXXXX\n"},
		{"मकान नं. 110, गली नं. 5, गांधी नगर, भोपाल", "XXXX XX. XXX, XXX XX. X, XXXXX XXX, XXXXX"},
		{"राहणार रूम नं. ११, गणेश चाळ, डोंबिवली, ता. कल्याण, जि. ठाणे", "राहणार XXX XX. XX, XXXX XXX, XXXXXXXX, XX. XXXXXX, XX. XXXX"},
		{"ਸੰਪਰਕ: ਮਨਦੀਪ ਕੌਰ, ਕੋਠੀ ਨੰ. 19, ਰਣਜੀਤ ਐਵੇਨਿਊ, ਅੰਮ੍ਰਿਤਸਰ - ੧੪੩੦੦੧", "ਸੰਪਰਕ: XXXXX XXX, XXXX XX. XX, XXXXX XXXXXX, XXXXXXXXX - XXXXXX"},
		{"বাড়ি নং ৫, নেতাজি পল্লী, শিলিগুড়ি", "XXXXX XX X, XXXXXX XXXXX, XXXXXXXXX"},
		{"எண் 14, பெரிய தெரு, மயிலாப்பூர், சென்னை", "XXX XX, XXXXX XXXX, XXXXXXXXXXX, XXXXXX"},
		{"वे 12/3, शिवाजी पथ, पुणे में बहुत दिनों से रहते हैं", "वे XX/X, XXXXXX XX, XXXX XXX बहुत दिनों से रहते हैं"},
		{"भाव 675, कमाल 4767, आवक 3550 क्विंटल", "भाव 675, कमाल 4767, आवक 3550 क्विंटल"}, // a market's rates
		{"खसरा 653, 240 एवं 828 का रकबा", "खसरा 653, 240 एवं 828 का रकबा"},
		{"घर जाना है, कल मिलेंगे, ठीक है", "घर जाना है, कल मिलेंगे, ठीक है"}, // "घर" with no number
		// A house's number after a letter of the script (E-37, B-12/3).
		{"मिश्रा, निवासी ई-३७, शास्त्री नगर, भोपाल - 462033", "मिश्रा, निवासी X-XX, XXXXXXXX XXX, XXXXX - XXXXXX"},
		{"निवासी बी-१२/३, गांधी नगर, जयपुर", "निवासी XX-XX/X, XXXXX XXX, XXXXX"},
		{"राम-श्याम, सीता-गीता, कल मिलेंगे", "राम-श्याम, सीता-गीता, कल मिलेंगे"},
		// A town's ward and its number open a home's address; a list of
		// wards' numbers is none.
		{"ഉടമ സുരേഷ് പിള്ള, വാർഡ് നമ്പർ ൧൪, പട്ടം, തിരുവനന്തപുരം. അടച്ച", "ഉടമ XXXXXX XXXXX, XXXXX XXXXX XX, XXXXX, XXXXXXXXXXXXX. അടച്ച"},
		{"वार्ड संख्या ११, १२, १४, १७, २१ और २३ में पानी", "वार्ड संख्या ११, १२, १४, १७, २१ और २३ में पानी"},
		// The PIN code's label before it closes an address too.
		{"जागेचा पत्ता मु. वडगाव, पो. वडगाव, ता. मावळ, जि. पुणे, पिन 412070, आधार",
			"जागेचा पत्ता XX. XXXXX, XX. XXXXX, XX. XXXX, XX. XXXX, पिन XXXXXX, आधार"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestScriptVillageAddress: a word for a village opens an address in an
// Indian script when another of a village address's parts follows a
// comma, or a PIN code closes it; in a sentence ("गाँव में", in the
// village) it opens none.
func TestScriptVillageAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ग्राम रामपुर, पोस्ट सिमरी, जिला बलिया", "XXXXX XXXXXX, XXXXX XXXXX, XXXX XXXXX"},
		// A village's word as a label, a colon after each part's word.
		{"গ্রাম: চন্দনপুর, পোস্ট: রামনগর, থানা: বারুইপুর, জেলা: মুর্শিদাবাদ", "XXXXX: XXXXXXXX, XXXXX: XXXXXX, XXXX: XXXXXXXX, XXXX: XXXXXXXXXXX"},
		{"গ্রাম: ৫০০ টাকা", "গ্রাম: ৫০০ টাকা"},
		// A street's line, its PIN code closing it; a corporation's is none.
		{"அனுப்புநர்:\nராஜேஷ் கண்ணன்\nவடக்கு வீதி, திருவாரூர் - 610001\nनगर निगम, लखनऊ - 226001",
			"அனுப்புநர்:\nXXXXXX XXXXXX\nXXXXXX XXXX, XXXXXXXXXX - XXXXXX\nनगर निगम, लखनऊ - XXXXXX"},
		// At, post: Marathi's and Gujarati's village address.
		{"मु. पो. कसबे डिग्रज, ता. मिरज, जि. सांगली", "XX. XX. XXXX XXXXXX, XX. XXXX, XX. XXXXXX"},
		{"રહે. મુ. પો. સોજીત્રા, તા. ખંભાત, જિ. સાબરકાંઠા", "રહે. XX. XX. XXXXXXXX, XX. XXXXX, XX. XXXXXXXXX"},
		{"सुलोचना साहू | गाँव बालियंता, पो. बालियंता, खोरधा 752062 |", "सुलोचना साहू | XXXX XXXXXXXX, XX. XXXXXXXX, XXXXX XXXXXX |"},
		{"୨. ସୁଲୋଚନା | ଗାଁ ବାଲିଅନ୍ତା, ପୋ. ବାଲିଅନ୍ତା, ଖୋର୍ଦ୍ଧା 752062 | ଭୋଟର", "୨. ସୁଲୋଚନା | XXX XXXXXXXXX, XX. XXXXXXXXX, XXXXXXXX XXXXXX | ଭୋଟର"},
		{"ਪਿੰਡ ਮਾਨਸਾ ਖੁਰਦ, ਡਾਕਖਾਨਾ ਭੀਖੀ, ਜ਼ਿਲ੍ਹਾ ਮਾਨਸਾ", "XXXX XXXXX XXXX, XXXXXXX XXXX, XXXXXXX XXXXX"},
		{"ग्राम बेलवा, बड़ा तालाब, गोरखपुर", "ग्राम बेलवा, बड़ा तालाब, गोरखपुर"}, // no part of a village's address, no PIN code
		{"मेरे गाँव में, बारिश हुई, पोस्ट ऑफिस बंद", "मेरे गाँव में, बारिश हुई, पोस्ट ऑफिस बंद"},
		{"500 ग्राम चीनी, 1 किलो आटा, पोस्ट करना", "500 ग्राम चीनी, 1 किलो आटा, पोस्ट करना"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressEndsBeforePhone: a phone's number after an address, a comma
// or a dash between, is the phone's, not the address's.
func TestAddressEndsBeforePhone(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Harpreet — H.No. 221, Model Town, Ludhiana — 6485165379", "XXXXXXXX — X.XX. XXX, XXXXX XXXX, XXXXXXXX — XXXXXX5379"},
		{"Harpreet — H.No. 221, Model Town, Ludhiana - 6485165379", "XXXXXXXX — X.XX. XXX, XXXXX XXXX, XXXXXXXX - XXXXXX5379"},
		{"Harpreet — H.No. 221, Model Town, Ludhiana, 6485165379", "XXXXXXXX — X.XX. XXX, XXXXX XXXX, XXXXXXXX, XXXXXX5379"},
		{"ਹਰਪ੍ਰੀਤ — ਪਿੰਡ ਧਨੌਲਾ, ਜ਼ਿਲ੍ਹਾ ਬਰਨਾਲਾ — 6485165379", "ਹਰਪ੍ਰੀਤ — XXXX XXXXX, XXXXXXX XXXXXX — XXXXXX5379"},
		{"H.No. 221, Model Town, Jorhat — 785 129", "X.XX. XXX, XXXXX XXXX, XXXXXX — XXX XXX"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestBuildingNameFirst: a building's or a society's name opens an address
// before the house's number, where a PIN code, a state or a big city
// closes it, or a label or an introduction announces it; alone, or in a
// sentence, it is no address.
func TestBuildingNameFirst(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bill to: Anjali Sharma\nGreen Valley Residency, Block B, Hingna Road, Nagpur, Maharashtra\n",
			"Bill to: XXXXXX XXXXXX\nXXXXX XXXXXX XXXXXXXXX, XXXXX X, XXXXXX XXXX, XXXXXX, XXXXXXXXXXX\n"},
		{"DELIVER TO:\nSRI VENKATESHWARA NILAYAM, 43, CHURCH ROAD, MALVIYA NAGAR, JAIPUR\nRAJASTHAN 302064\n",
			"DELIVER TO:\nXXX XXXXXXXXXXXXX XXXXXXX, XX, XXXXXX XXXX, XXXXXXX XXXXX, XXXXXX\nXXXXXXXXX XXXXXX\n"},
		{"Deliver to Sunshine Apartments, Tower 3, Flat 1204, Whitefield, Bengaluru 560066",
			"Deliver to XXXXXXXX XXXXXXXXXX, XXXXX X, XXXX XXXX, XXXXXXXXXX, XXXXXXXXX XXXXXX"},
		{"Welcome to Sunshine Apartments, the best in town", "Welcome to Sunshine Apartments, the best in town"},
		{"Page Layout, Formulas, Data, Review", "Page Layout, Formulas, Data, Review"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestUnitWordOpensAddress: a unit's word and number open an address no
// PIN code closes where a street's, a locality's or a landmark's word in
// it, or a big city ending it, says it is one; numbered figures do not.
func TestUnitWordOpensAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ashwini: bhaiya House No. 268, Ward No. 11, near Hanuman Mandir, Ghatkopar West, Mumbai — lift se",
			"XXXXXXX: bhaiya XXXXX XX. XXX, XXXX XX. XX, XXXX XXXXXXX XXXXXX, XXXXXXXXX XXXX, XXXXXX — lift se"},
		{"Plot 1, Figure 2, Table 3 show it", "Plot 1, Figure 2, Table 3 show it"},
		// A unit's words in capitals before the number an introduction
		// opens are the address's too.
		{"loc: H.No. 13-3-295, Velachery, Madurai (Madurai)", "loc: X.XX. XX-X-XXX, XXXXXXXXX, XXXXXXX (XXXXXXX)"},
		// "H. No.": the unit's word with a space after its dot.
		{"in the name of Revathi Velu, H. No. 55, Gali No. 2, Ambattur, Chennai 600089. Finder may",
			"in the name of XXXXXXX XXXX, X. XX. XX, XXXX XX. X, XXXXXXXX, XXXXXXX XXXXXX. Finder may"},
		// What holds the home before its unit: a tower, a mohalla.
		{"will visit Tower D, Flat 901, Sri Sai Residency, Jyothinagar, Karimnagar, Telangana on Saturday",
			"will visit XXXXX X, XXXX XXX, XXX XXX XXXXXXXXX, XXXXXXXXXXX, XXXXXXXXXX, XXXXXXXXX on Saturday"},
		{"at Mohalla Qazi Tola, Ward No. 21, Moradabad, Pin - 244081. Owner",
			"at XXXXXXX XXXX XXXX, XXXX XX. XX, XXXXXXXXX, Pin - XXXXXX. Owner"},
		{"the Eiffel Tower, Paris. Block 3, row 4. Tower D, level 2", "the Eiffel Tower, Paris. Block 3, row 4. Tower D, level 2"},
		// A floor, then where its building stands; a house's number, then
		// directions to it. An office's floor and building alone open none.
		{"place of business: 3rd floor, above Bharat Cycle Store, Hospital Road, Gorakhpur, PIN 273 060. Email",
			"place of business: XXX XXXXX, XXXXX XXXXXX XXXXX XXXXX, XXXXXXXX XXXX, XXXXXXXXX, PIN XXX XXX. Email"},
		{"Old address (221, Opp. Gurudwara, Hospital Road, Hyderpora, Srinagar) can be removed.",
			"Old address (XXX, XXX. XXXXXXXXX, XXXXXXXX XXXX, XXXXXXXXX, XXXXXXXX) can be removed."},
		// A comma, then the sentence going on in lower case, ends it.
		{"presently occupying Flat 501, A Wing, Meenachil Villas, Nagampadam, Kottayam, Kerala, to vacate the premises within 30 days.",
			"presently occupying XXXX XXX, X XXXX, XXXXXXXXX XXXXXX, XXXXXXXXXX, XXXXXXXX, XXXXXX, to vacate the premises within 30 days."},
		// A housing board's class of flat before its number.
		{"To,\nShri Vaibhav Chouhan\nEWS-27,\nHousing Board Colony,\nRajendra Nagar, Indore - 452 083\n",
			"To,\nShri XXXXXXX XXXXXXX\nXXX-XX,\nXXXXXXX XXXXX XXXXXX,\nXXXXXXXX XXXXX, XXXXXX - XXX XXX\n"},
		{"X-Request-Id: 4f2a, Via-Header: 12, Ews-Trace: ok", "X-Request-Id: 4f2a, Via-Header: 12, Ews-Trace: ok"},
		// A mobile in groups of three, three and four after the address
		// is no PIN code closing it.
		{"collar tag: owner Parth Gajjar, Flat 801, E Wing, Shreeji Park, Kalawad Road, Rajkot, 970 821 8106. Dog is",
			"collar tag: owner XXXXX XXXXXX, XXXX XXX, X XXXX, XXXXXXX XXXX, XXXXXXX XXXX, XXXXXX, XXX XXX 8106. Dog is"},
		{"Visa Application Centre, 2nd Floor, Trade Centre, MG Road, Kochi.", "Visa Application Centre, 2nd Floor, Trade Centre, MG Road, Kochi."},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestHindustaniAddress: Urdu and Hindi words around an address in Latin
// letters: "sakin" (resident of) introduces it, "Makan No." is a unit,
// and a genitive inside a place's name ("Bibi ka Alawa") goes on.
func TestHindustaniAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Main Naseem Akhtar, sakin H. No. 20, Gali Qasim Jan, Ballimaran, Delhi, 110031, iqrar karta hoon",
			"Main XXXXXX XXXXXX, sakin X. XX. XX, XXXX XXXXX XXX, XXXXXXXXXX, XXXXX, XXXXXX, iqrar karta hoon"},
		{"Pata: Makan No. 66-2-117, Mughalpura, Hyderabad.", "Pata: XXXXX XX. XX-X-XXX, XXXXXXXXXX, XXXXXXXXX."},
		{"Pata: House 21, Darul Shifa, near Bibi ka Alawa, Hyderabad. Rabta karein", "Pata: XXXXX XX, XXXXX XXXXX, XXXX XXXX XX XXXXX, XXXXXXXXX. Rabta karein"},
		{"வசிப்பவர் 24/௨, காமராஜர் சாலை, மேலூர், விழுப்புரம்", "வசிப்பவர் XX/X, XXXXXXXX XXXX, XXXXXX, XXXXXXXXXXX"},             // a house number in two scripts' digits
		{"प्लॉट नं. १७, श्रीकृपा बंगला, कॉलेज रोड,\nनाशिक ४२२००५\n", "XXXXX XX. XX, XXXXXXXX XXXXX, XXXXX XXX,\nXXXXX XXXXXX\n"}, // a script's word for a house, past a line's comma
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestLowerCaseAddress: an address typed in lower case needs its PIN code
// to close it and a street's or a locality's word in it; a unit's word
// in lower case may introduce it, with no comma at all after "plot no",
// and is masked with it.
func TestLowerCaseAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"addr house 518, bazaar lane, mvp colony, visakhapatnam 530019",
			"addr XXXXX XXX, XXXXXX XXXX, XXX XXXXXX, XXXXXXXXXXXXX XXXXXX"},
		{"address bhi change krna h plot no 189 gandhi marg sushant lok gurugram pin 122004",
			"address bhi change krna h XXXX XX XXX XXXXXX XXXX XXXXXXX XXX XXXXXXXX pin XXXXXX"},
		{"customer: h.no. 15-1-233/6, rajajinagar, bengaluru -560107", "customer: X.XX. XX-X-XXX/X, XXXXXXXXXXX, XXXXXXXXX -XXXXXX"},
		{"house no 213 gali no 6 lalpur ranchi - 834048", "XXXXX XX XXX XXXX XX X XXXXXX XXXXXX - XXXXXX"},
		{"address h no 187 behind post office keshwapur hubballi 580272 aadhar", "address X XX XXX XXXXXX XXXX XXXXXX XXXXXXXXX XXXXXXXX XXXXXX aadhar"},
		{"lives at d no 950 gali 4 karve nagar pune 411957", "lives at X XX XXX XXXX X XXXXX XXXXX XXXX XXXXXX"},
		{"path h no 5 is 560001", "path h no 5 is 560001"},
		// No street's word, but a big city or a state last, each part short.
		{"visit done - 419, nakhas, bareilly - 243275. customer", "visit done - XXX, XXXXXX, XXXXXXXX - XXXXXX. customer"},
		{"new one 53, perambur, kolkata, pin: 700313. ok thanks", "new one XX, XXXXXXXX, XXXXXXX, pin: XXXXXX. ok thanks"},
		{"holder of Passport No. E4923893, presently residing at 281 Collins St, Toronto, PAN", "holder of Passport No. XXXXXXXX, presently residing at XXX XXXXXXX XX, XXXXXXX, PAN"},
		{"Property: Kothi No. 271, Model Town, Ludhiana, PIN 141222.", "Property: XXXXX XX. XXX, XXXXX XXXX, XXXXXXXX, PIN XXXXXX."},
		{"bhej do: room no. 34, shinde chawl, hadapsar, pune - 411068", "bhej do: XXXX XX. XX, XXXXXX XXXXX, XXXXXXXX, XXXX - XXXXXX"},
		{"to door no 8-6-77, vaishali nagar, jaipur 302021", "to XXXX XX X-X-XX, XXXXXXXX XXXXX, XXXXXX XXXXXX"},
		{"addr #233, sudama nagar, indore, madhya pradesh 452033", "addr #XXX, XXXXXX XXXXX, XXXXXX, XXXXXX XXXXXXX XXXXXX"},
		{"my address is 45 gandhi road, t nagar, chennai 600017", "my address is XX XXXXXX XXXX, X XXXXX, XXXXXXX XXXXXX"},
		{"retry for 5 seconds, then 560001", "retry for 5 seconds, then 560001"},
		{"house 5 is closed 560001", "house 5 is closed 560001"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressInColumns: text taken from a PDF spaces a statement's
// columns; a gap of three spaces ends the address, and a PIN code before
// one ends its clause.
func TestAddressInColumns(t *testing.T) {
	in := "LAXMI RESIDENCY, 81/29, STATION ROAD, BHAWARKUAN, INDORE        Card 4190 8002 4130 4414\nMADHYA PRADESH 452034                    Total Dues   1310.00\n"
	want := "XXXXX XXXXXXXXX, XX/XX, XXXXXXX XXXX, XXXXXXXXXX, XXXXXX        Card XXXX XXXX XXXX 4414\nMADHYA PRADESH XXXXXX                    Total Dues   1310.00\n"
	expectRedacted(t, in, want)
}

// TestAddressLabelsOfOneScript: an address written wholly in an Indian
// script, digits included, is no mask for being free of ASCII letters.
func TestAddressLabelsOfOneScript(t *testing.T) {
	r := mustNew(t)
	in := "ঠিকানা: ১২/৩, গড়িয়াহাট রোড, কলকাতা, পিন কোড 700019"
	_, fs := r.String(in)
	kinds := []redact.Kind{}
	for _, f := range fs {
		kinds = append(kinds, f.Kind)
	}
	require.Equal(t, []redact.Kind{redact.Location, redact.PINCode}, kinds, in)
	checkStream(t, redact.Options{}, in)
}

// TestShortAddressLabel: "Add :" of a driving licence announces an
// address only when one follows, commas and house number and all.
func TestShortAddressLabel(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Add : A-12, Shivalik Bungalows,\nSatellite Road, Ahmedabad\nPIN : 380015",
			"Add : X-XX, XXXXXXXX XXXXXXXXX,\nXXXXXXXXX XXXX, XXXXXXXXX\nPIN : XXXXXX"},
		{"Add: support for UPI, IFSC and GSTIN checks (#12)", "Add: support for UPI, IFSC and GSTIN checks (#12)"},
		{"add: 2 retries, 3 workers, v1.4", "add: 2 retries, 3 workers, v1.4"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestLooselyLabelledAddress: a few words before the ':' may announce an
// address that a house number opens and no PIN code closes.
func TestLooselyLabelledAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Address for the gift: Flat C504, Sunrise Towers, Model Town, Dehradun",
			"Address for the gift: XXXX XXXX, XXXXXXX XXXXXX, XXXXX XXXX, XXXXXXXX"},
		{"naya ghar ka address note kar: Flat B1106, Sai Residency, Aundh, Pune. Sunday ko housewarming hai",
			"naya ghar ka address note kar: XXXX XXXXX, XXX XXXXXXXXX, XXXXX, XXXX. Sunday ko housewarming hai"},
		{"Drop location: Plot No. 246, Sector 13, Model Town, Gangtok (near bus depot). Call me",
			"Drop location: XXXX XX. XXX, XXXXXX XX, XXXXX XXXX, XXXXXXX (XXXX XXX XXXXX). Call me"},
		{"Deliver to: Plot No. 306, Harmu, Ranchi", "Deliver to: XXXX XX. XXX, XXXXX, XXXXXX"},
		{"4. Address of Principal Place of Business: TC 28/1264, Kakkanad, Kochi, Kerala",
			"4. Address of Principal Place of Business: XX XX/XXXX, XXXXXXXX, XXXXX, XXXXXX"},
		// Not addresses: no address word, another kind of address, prose.
		{"Ship to: 12, fixes, tests", "Ship to: 12, fixes, tests"},
		// Under a name under "To," or "CONSIGNEE:", as letters and
		// waybills write it.
		{"CONSIGNEE:\nFARIDA MEMON\nMohalla Momin Ansar, Mau, Uttar Pradesh\nPIN 275101", "CONSIGNEE:\nXXXXXX XXXXX\nXXXXXXX XXXXX XXXXX, XXX, XXXXX XXXXXXX\nPIN XXXXXX"},
		{"To,\nTsering Lhamu\nHage Village, Hong, Ziro, Lower Subansiri\nArunachal Pradesh - 791120", "To,\nXXXXXXX XXXXX\nXXXX XXXXXXX, XXXX, XXXX, XXXXX XXXXXXXXX\nXXXXXXXXX XXXXXXX - XXXXXX"},
		{"To,\nThe Manager\nState Bank of India, Main Branch, Pune", "To,\nThe Manager\nState Bank of India, Main Branch, Pune"},
		{"Changes to note: 3, Fixes, Tests, Docs", "Changes to note: 3, Fixes, Tests, Docs"},
		{"IP address of the host: 10, Alpha, Beta, Gamma", "IP address of the host: 10, Alpha, Beta, Gamma"},
		{"address: 12, a, b", "address: 12, a, b"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestVillageAddress: a village address is read from its opening word
// when another of its parts follows (PO, Dist., Tehsil).
func TestVillageAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Consignee: Harjeet Kaur, Vill. Khed Bk, PO Khed, Dist. Ratnagiri, Maharashtra - 415098. Mob x",
			"Consignee: XXXXXXX XXXX, XXXX. XXXX XX, XX XXXX, XXXX. XXXXXXXXX, XXXXXXXXXXX - XXXXXX. Mob x"},
		{"To,\nAt/Po Hirehalli, Dist Tumakuru, Karnataka - 572042\n",
			"To,\nXX/XX XXXXXXXXX, XXXX XXXXXXXX, XXXXXXXXX - XXXXXX\n"},
		{"Village Rampur Khurd, Post Bhawanipur, Tehsil Bhawanipur, District Saran, Bihar, PIN 841011",
			"XXXXXXX XXXXXX XXXXX, XXXX XXXXXXXXXX, XXXXXX XXXXXXXXXX, XXXXXXXX XXXXX, XXXXX, PIN XXXXXX"},
		// In lower case after a label, a part's own word after a comma
		// names it; not words that only follow a village's.
		{"address: vill pattambi, po pattambi, taluk pattambi distt palakkad, kerala",
			"address: XXXX XXXXXXXX, XX XXXXXXXX, XXXXX XXXXXXXX XXXXX XXXXXXXX, XXXXXX"},
		{"address: the village fair, post it, taluk office", "address: the village fair, post it, taluk office"},
		// At Post, Mukam Post, a post office's village, a mouza; a part
		// whose second word names it ("Vadakara Taluk").
		{"Drop: At Post Ozar, Tal. Niphad, Dist. Nashik, 422284", "Drop: XX XXXX XXXX, XXX. XXXXXX, XXXX. XXXXXX, XXXXXX"},
		{"I, Sudhir Singh, At & Post Devgaon, Taluka Muzaffarpur, District Muzaffarpur, Bihar 842063, shall",
			"I, XXXXXX XXXXX, XX & XXXX XXXXXXX, XXXXXX XXXXXXXXXXX, XXXXXXXX XXXXXXXXXXX, XXXXX XXXXXX, shall"},
		{"ghar ka pata Mu. Po. Sojitra, Ta. Sojitra, Dist. Anand, 387465.", "ghar ka pata XX. XX. XXXXXXX, XX. XXXXXXX, XXXX. XXXXX, XXXXXX."},
		{"resident of Post Kuttiady, Vadakara Taluk, Kozhikode, Kerala, 673565 and",
			"resident of XXXX XXXXXXXX, XXXXXXXX XXXXX, XXXXXXXXX, XXXXXX, XXXXXX and"},
		{`line1: "Mouza Kalyanpur, P.O. Arambagh, Dist. Hooghly, West Bengal"`, `line1: "XXXXX XXXXXXXXX, X.X. XXXXXXXX, XXXX. XXXXXXX, XXXX XXXXXX"`},
		// Parts labelled with colons, in English and in the scripts, and
		// a label alone on the line above.
		{"Address: Vill: Rampur, Post: Baraut, Distt: Baghpat, 250611", "Address: XXXX: XXXXXX, XXXX: XXXXXX, XXXXX: XXXXXXX, XXXXXX"},
		{"पता: गाँव: रामपुर, पोस्ट: बड़ौत, जिला: बागपत, 250611", "पता: XXXX: XXXXXX, XXXXX: XXXXX, XXXX: XXXXX, XXXXXX"},
		{"ঠিকানা: গ্রাম: নতুনপাড়া, পোস্ট: চন্দনপুর, থানা: কাটোয়া, জেলা: দক্ষিণ ২৪ পরগনা, ৭৩৬৪৫১",
			"ঠিকানা: XXXXX: XXXXXXXXX, XXXXX: XXXXXXXX, XXXX: XXXXXXX, XXXX: XXXXXX XX XXXXX, XXXXXX"},
		{"ವಿಳಾಸ:\nಗ್ರಾಮ: ಕಡೂರು, ತಾಲ್ಲೂಕು: ಹುಣಸೂರು, ಜಿಲ್ಲೆ: ಉಡುಪಿ - 596 663", "ವಿಳಾಸ:\nXXXXX: XXXXX, XXXXXXXX: XXXXXXX, XXXXXX: XXXXX - XXX XXX"},
		{"Address:\nVill: Rampur, Post: Baraut, Distt: Baghpat, 250611", "Address:\nXXXX: XXXXXX, XXXX: XXXXXX, XXXXX: XXXXXXX, XXXXXX"},
		{"ଠିକଣା: ଗ୍ରାମ/ପୋ: କୁସୁପୁର, ଥାନା: ନିମାପଡ଼ା, ଜିଲ୍ଲା: ବାଲେଶ୍ୱର, 756001", "ଠିକଣା: XXXXX/XX: XXXXXXX, XXXX: XXXXXXXX, XXXXXX: XXXXXXXX, XXXXXX"},
		// A last part of three words before its PIN code, " - " between.
		{"ঠিকানা: গ্রাম গোসাবা, থানা গোসাবা, দক্ষিণ ২৪ পরগনা - ৭৪৩৩৭০\nফোন", "ঠিকানা: XXXXX XXXXXX, XXXX XXXXXX, XXXXXX XX XXXXX - XXXXXX\nফোন"},
		{"Address:\nName: Ravi Kumar", "Address:\nName: XXXX XXXXX"},
		// No house's number: a locality's word and a state, a big city or a
		// PIN code say it is one; a city and its state alone are not.
		{"Deliver to: McCluskieganj, Ranchi District, Jharkhand, PIN 829208", "Deliver to: XXXXXXXXXXXXX, XXXXXX XXXXXXXX, XXXXXXXXX, PIN XXXXXX"},
		{"Address: Mohalla Momin Ansar, Mau, Uttar Pradesh", "Address: XXXXXXX XXXXX XXXXX, XXX, XXXXX XXXXXXX"},
		{"moved to Pune, Maharashtra, India", "moved to Pune, Maharashtra, India"},
		{"Ship to: 12, fixes, tests", "Ship to: 12, fixes, tests"},
		// Under a name under "To," or "CONSIGNEE:", as letters and
		// waybills write it.
		{"CONSIGNEE:\nFARIDA MEMON\nMohalla Momin Ansar, Mau, Uttar Pradesh\nPIN 275101", "CONSIGNEE:\nXXXXXX XXXXX\nXXXXXXX XXXXX XXXXX, XXX, XXXXX XXXXXXX\nPIN XXXXXX"},
		{"To,\nTsering Lhamu\nHage Village, Hong, Ziro, Lower Subansiri\nArunachal Pradesh - 791120", "To,\nXXXXXXX XXXXX\nXXXX XXXXXXX, XXXX, XXXX, XXXXX XXXXXXXXX\nXXXXXXXXX XXXXXXX - XXXXXX"},
		{"To,\nThe Manager\nState Bank of India, Main Branch, Pune", "To,\nThe Manager\nState Bank of India, Main Branch, Pune"},
		// A block over lines: a village address's next part, or a state's
		// or a big city's line, goes on as a comma would.
		{"I, Ashok Patidar, resident of\nVillage Koregaon, Post Kasba\nTehsil Sihora, Dist. Jabalpur\nMadhya Pradesh\ndo hereby",
			"I, XXXXX XXXXXXX, resident of\nXXXXXXX XXXXXXXX, XXXX XXXXX\nXXXXXX XXXXXX, XXXX. XXXXXXXX\nXXXXXX XXXXXXX\ndo hereby"},
		{"Address: #757, 5th Cross, Shastri Nagar, Meerut,\nUttar Pradesh\nMobile: x", "Address: #XXX, XXX XXXXX, XXXXXXX XXXXX, XXXXXX,\nXXXXX XXXXXXX\nMobile: x"},
		{"Address: Qtr. No. E-85, BHEL Township, Model Town,\nJalandhar,\nPunjab\nDear Sir", "Address: XXX. XX. X-XX, XXXX XXXXXXXX, XXXXX XXXX,\nXXXXXXXXX,\nXXXXXX\nDear Sir"},
		// Not addresses: no second part, or none of them capitalised.
		{"At post office, Nashik Taluk office. Post your comment, Dist. managers", "At post office, Nashik Taluk office. Post your comment, Dist. managers"},
		{"Village Road is closed. The village fair, held in the district, drew crowds.",
			"Village Road is closed. The village fair, held in the district, drew crowds."},
		{"At/Post level the data is merged.", "At/Post level the data is merged."},
		{"Gram panchayat meeting, post lunch", "Gram panchayat meeting, post lunch"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressLinesUnderAnAddressKey: "line1" is an address label when its
// object's or block's own key is one.
func TestAddressLinesUnderAnAddressKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"customer":{"address":{"line1":"12 MG Road","city":"Pune"}}}`,
			`{"customer":{"address":{"line1":"XX XX XXXX","city":"Pune"}}}`},
		{"customer:\n  address:\n    line1: House 22, Zarkawt\n    city: Aizawl\n",
			"customer:\n  address:\n    line1: XXXXX XX, XXXXXXX\n    city: Aizawl\n"},
		{`address: { line1: "Flat No. B-200, Vrindavan Society, Wakad", city: "Pune" }`,
			`address: { line1: "XXXX XX. X-XXX, XXXXXXXXX XXXXXXX, XXXXX", city: "Pune" }`},
		{"Address: VILL UJHA PO NILOKHERI DIST KARNAL HARYANA 132086\nMobile", "Address: XXXX XXXX XX XXXXXXXXX XXXX XXXXXX XXXXXXX XXXXXX\nMobile"}, // a village's parts apart by their words
		{"NEW PERMANENT ADDRESS\nLine 1: #806, 24th Cross, Gandhi Nagar Main Road\nLine 2: Kazipet\n", "NEW PERMANENT ADDRESS\nLine 1: #XXX, XXXX XXXXX, XXXXXX XXXXX XXXX XXXX\nLine 2: XXXXXXX\n"},
		{"NEW PERMANENT ADDRESS\nLine 1: DOOR NO 423-8\nLine 2: SECTOR 70\nLine 3: see note", "NEW PERMANENT ADDRESS\nLine 1: XXXX XX XXX-X\nLine 2: XXXXXX XX\nLine 3: see note"},               // lines under an address's heading (two lines up at most)
		{"<PERM_LINE1>FLAT 85, OM SHANTI BHAVAN</PERM_LINE1><PERM_LINE2>AGHORIA BAZAR</PERM_LINE2>", "<PERM_LINE1>XXXX XX, XX XXXXXX XXXXXX</PERM_LINE1><PERM_LINE2>XXXXXXX XXXXX</PERM_LINE2>"}, // CKYC's permanent address
		{`"address": {"residenceNo": "Flat No. C-607", "residenceName": "Shiv Shakti Nagar", "localityOrArea": "Kondapur", "cityOrTownOrDistrict": "HYDERABAD"}`,
			`"address": {"residenceNo": "XXXX XX. X-XXX", "residenceName": "XXXX XXXXXX XXXXX", "localityOrArea": "XXXXXXXX", "cityOrTownOrDistrict": "HYDERABAD"}`}, // the income tax return's JSON
		{"<ITRForm:ResidenceName>Sapphire Road</ITRForm:ResidenceName><ITRForm:LocalityOrArea>Brahmpura</ITRForm:LocalityOrArea>",
			"<ITRForm:ResidenceName>XXXXXXXX XXXX</ITRForm:ResidenceName><ITRForm:LocalityOrArea>XXXXXXXXX</ITRForm:LocalityOrArea>"}, // and its XML
		{"Line 1: Error in module\nLine 2: see above", "Line 1: Error in module\nLine 2: see above"},
		{`residentialAddress=Address{line1='B-1106, Neelkanth Heights', city='Mumbai'}, office=Branch{line1='4, Main Road'}`,
			`residentialAddress=Address{line1='X-XXXX, XXXXXXXXX XXXXXXX', city='Mumbai'}, office=Branch{line1='4, Main Road'}`}, // Java's toString
		{"customer {\n  address {\n    line1: \"Flat 505, Ashiana Heights, Bhopal\"\n  }\n}\n",
			"customer {\n  address {\n    line1: \"XXXX XXX, XXXXXXX XXXXXXX, XXXXXX\"\n  }\n}\n"},
		{"poem:\n  line1: Roses are red\n", "poem:\n  line1: Roses are red\n"},
		{"poem {\n  line1: \"Roses are red\"\n}\n", "poem {\n  line1: \"Roses are red\"\n}\n"},
		{`{"lyrics":{"line1":"12 Days of Christmas"}}`, `{"lyrics":{"line1":"12 Days of Christmas"}}`},
		// A second line, a sibling of the first, is one too, whatever its
		// shape: a locality alone.
		{"{\n  \"address\": {\n    \"line1\": \"Plot No. 30\",\n    \"line2\": \"Patia\",\n    \"district\": \"Bhubaneswar\"\n  }\n}",
			"{\n  \"address\": {\n    \"line1\": \"XXXX XX. XX\",\n    \"line2\": \"XXXXX\",\n    \"district\": \"Bhubaneswar\"\n  }\n}"},
		{"address:\n  line1: Plot No. 30\n  line2: Patia\n", "address:\n  line1: XXXX XX. XX\n  line2: XXXXX\n"},
		{`"line2": "Patia"`, `"line2": "Patia"`}, // no address above it
		{"poem:\n  line1: Roses are red\n  line2: Violets\n", "poem:\n  line1: Roses are red\n  line2: Violets\n"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressLineKeys: a key that names an address's line names its
// value whole when quoted: SQL's backticked columns, a Java toString's
// fields, camelCase and snake_case keys.
func TestAddressLineKeys(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"SET `name`='Ayesha Siddiqui', `addr_line1`='No. 32, 3rd Street', `addr_line2`='Anna Nagar West', `city`='Chennai'",
			"SET `name`='XXXXXX XXXXXXXX', `addr_line1`='XX. XX, XXX XXXXXX', `addr_line2`='XXXX XXXXX XXXX', `city`='Chennai'"},
		{"residentialAddress=Address{line1='House No. 33, Sector 12', city='Lucknow'}",
			"residentialAddress=Address{line1='XXXXX XX. XX, XXXXXX XX', city='Lucknow'}"},
		{`"addressLine2": "Anna Nagar West"`, `"addressLine2": "XXXX XXXXX XXXX"`},
		{"<HouseNo>Plot 40, Road No. 5</HouseNo>", "<HouseNo>XXXX XX, XXXX XX. X</HouseNo>"}, // a house's own field
		{`"landmark": "None"`, `"landmark": "None"`},                                         // a placeholder
		{"addr_line2=Sector 22-C&city=Chandigarh", "addr_line2=Sector 22-C&city=Chandigarh"}, // unquoted: no end to trust
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestRelationBeforeAddress: Aadhaar prints the father's or husband's
// name before the address; it is a name, and the address starts after it.
func TestRelationBeforeAddress(t *testing.T) {
	r := mustNew(t)
	in := "Address: S/O Biswajit Das, 146, Bazaar Street, Vaishali Nagar, Jaipur\ncareof=\"S/O: Budhni Soren\""
	got, fs := r.String(in)
	require.Equal(t, "Address: S/O XXXXXXXX XXX, XXX, XXXXXX XXXXXX, XXXXXXXX XXXXX, XXXXXX\ncareof=\"S/O: XXXXXX XXXXX\"", got)
	var kinds []string
	for _, f := range fs {
		kinds = append(kinds, string(f.Kind)+" "+in[f.Start:f.End])
	}
	require.Equal(t, []string{"PERSON Biswajit Das", "LOCATION 146, Bazaar Street, Vaishali Nagar, Jaipur", "PERSON Budhni Soren"}, kinds)
	checkStream(t, redact.Options{}, in)
}

// TestAddressParts: a key that names one part of an address (a street, a
// house, a landmark) holds that part, whatever its shape.
func TestAddressParts(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<Poa house="H No 71" street="Old Market Lane" vtc="Pune"/>`, `<Poa house="X XX XX" street="XXX XXXXXX XXXX" vtc="Pune"/>`},
		{`{"street":"Lal Bahadur Shastri Marg","landmark":"Near Water Tank"}`, `{"street":"XXX XXXXXXX XXXXXXX XXXX","landmark":"XXXX XXXXX XXXX"}`},
		{"house: Sharma Niwas\n", "house: XXXXXX XXXXX\n"},
		{"Pickup: 17, Church Road, Indira Nagar, Lucknow\nDrop:   Howrah Railway Station\n",
			"Pickup: XX, XXXXXX XXXX, XXXXXX XXXXX, XXXXXXX\nDrop:   Howrah Railway Station\n"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressKeysAndForms: keys and form labels that name an address or
// a part of one.
func TestAddressKeysAndForms(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postalAddress: H.No. 13-4-393, Patia, Bhubaneswar", "postalAddress: X.XX. XX-X-XXX, XXXXX, XXXXXXXXXXX"},
		{"takeAddress: true, doFuncCallValues: true,", "takeAddress: true, doFuncCallValues: true,"},
		{"homePostalAddress: 221 Model Town, Ludhiana", "homePostalAddress: XXX XXXXX XXXX, XXXXXXXX"},
		{"Address (as per Aadhaar): 12, MG Road, Pune\nfunc (r *Redactor): 12, x, y", "Address (as per Aadhaar): XX, XX XXXX, XXXX\nfunc (r *Redactor): 12, x, y"},
		{"ADDRESS(ES): Sojitra village, near Govt. Girls School, PO Sojitra, Anand 388033\nf(s): 12, x", "ADDRESS(ES): XXXXXXX XXXXXXX, XXXX XXXX. XXXXX XXXXXX, XX XXXXXXX, XXXXX XXXXXX\nf(s): 12, x"}, // a form's plural
		{"Residence: 23 Om Sai Bhavan, behind SBI ATM, Salt Lake Sector V, Kolkata, 700881", "Residence: XX XX XXX XXXXXX, XXXXXX XXX XXX, XXXX XXXX XXXXXX X, XXXXXXX, XXXXXX"},
		{"Address: 29 Gulmohar Villa, opp. Govt. Girls School, HSR Layout, Bengaluru", "Address: XX XXXXXXXX XXXXX, XXX. XXXX. XXXXX XXXXXX, XXX XXXXXX, XXXXXXXXX"},
		{"H No 142, Ward 2, Khanna Kalan, P.O. Samrala, Ludhiana, Punjab, 141930", "X XX XXX, XXXX X, XXXXXX XXXXX, X.X. XXXXXXX, XXXXXXXX, XXXXXX, XXXXXX"},
		{"{'address': '12 MG Road, Pune', 'dob': '1990-02-03'}", "{'address': 'XX XX XXXX, XXXX', 'dob': 'XXXX-XX-XX'}"},
		{`{name: "Reena", line1: "Door No. 26-15/3, Ward No. 7, Harmu, Ranchi"}`, `{name: "XXXXX", line1: "XXXX XX. XX-XX/X, XXXX XX. X, XXXXX, XXXXXX"}`},
		{"pos: Position{Line: 1, LineRune: 1, Byte: 0}", "pos: Position{Line: 1, LineRune: 1, Byte: 0}"},
		{"6. Flat/Door/Block No. & Road: Flat 1402, Shanti Niketan CHS, Amritsar", "6. Flat/Door/Block No. & Road: XXXX XXXX, XXXXXX XXXXXXX XXX, XXXXXXXX"},
		{"Road: closed", "Road: closed"},
		{"presently residing at Apartment 1204, Marina Walk Tower 2, Dubai", "presently residing at XXXXXXXXX XXXX, XXXXXX XXXX XXXXX X, XXXXX"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestLandmarkAddress: an address a landmark opens, that its PIN code
// closes.
func TestLandmarkAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Near Durga Mandir, Ward 12, Darbhanga - 846004", "XXXX XXXXX XXXXXX, XXXX XX, XXXXXXXXX - XXXXXX"},
		{"Opp. SBI Bank, Main Road, Ranchi 834001", "XXX. XXX XXXX, XXXX XXXX, XXXXXX XXXXXX"},
		{"Near the end, Total 846004", "Near the end, Total 846004"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAddressUnderItsLabel: e-mails and invoices put the address on the
// lines under its label, the name first or not.
func TestAddressUnderItsLabel(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Delivery address:\nSanjit Debbarma\nD-275, Dhaleswar, Agartala, Tripura\n",
			"Delivery address:\nXXXXXX XXXXXXXX\nX-XXX, XXXXXXXXX, XXXXXXXX, XXXXXXX\n"},
		{"Ship to:\n12, MG Road, Pune\n", "Ship to:\nXX, XX XXXX, XXXX\n"},
		{"IP address:\n10 Downing Street\n", "IP address:\n10 Downing Street\n"},
		{"Ship to:\n12 MG Road, Pune\nCount:\n12 Items, Total\n", "Ship to:\nXX XX XXXX, XXXX\nCount:\n12 Items, Total\n"},
		{"Shipping:\nFree over Rs 500\n", "Shipping:\nFree over Rs 500\n"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestAlignedLabelsAndHashNumbers: forms align their colons with spaces,
// and Bengaluru writes a house number after '#'.
func TestAlignedLabelsAndHashNumbers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"  Address       : Flat 622, Kaveri Apartments, Poonkunnam, Thrissur\n  Name          : Sijo Philip\n",
			"  Address       : XXXX XXX, XXXXXX XXXXXXXXXX, XXXXXXXXXX, XXXXXXXX\n  Name          : XXXX XXXXXX\n"},
		{"residing at #52, 3rd Main, 7th Cross, Bejai, Mangaluru", "residing at #XX, XXX XXXX, XXX XXXXX, XXXXX, XXXXXXXXX"},
		{"Ship to #12, 4th Cross, Indiranagar, Bengaluru 560038", "Ship to #XX, XXX XXXXX, XXXXXXXXXXX, XXXXXXXXX XXXXXX"},
		{"issue #52, see #12, fixed in #13", "issue #52, see #12, fixed in #13"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestPINAfterPlace: a PIN code that ends a line after a place's name is
// one without a label ("Kozhikode - 673001"), in any script.
func TestPINAfterPlace(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Place of Dispatch : Kozhikode - 673001\n", "Place of Dispatch : Kozhikode - XXXXXX\n"},
		{"പുത്തൻപുരയിൽ, കോഴിക്കോട് - 673011", "പുത്തൻപുരയിൽ, കോഴിക്കോട് - XXXXXX"},
		{"build Version 560034\nOrder 560034 shipped\nsee RFC 560034.\n", "build Version 560034\nOrder 560034 shipped\nsee RFC 560034.\n"},
		{"House 4, Nadakkavu, Kozhikode 673011\n", "XXXXX X, XXXXXXXXX, XXXXXXXXX XXXXXX\n"},
		// A place's name mid-sentence, or a service's: counts and numbers.
		{"Paid to farmers. Helpline 155261.\nTotals: Anantapur 120716.", "Paid to farmers. Helpline 155261.\nTotals: Anantapur 120716."},
		// Alone on its line under an address's last parts, indented as
		// a form's second column sets it; a label's line has no comma.
		{"Sector 62, Noida                    FLAT 706, ADAJAN, SURAT, GUJARAT\n                                    395007\nPAN of the Deductor",
			"Sector 62, Noida                    XXXX XXX, XXXXXX, XXXXX, XXXXXXX\n                                    XXXXXX\nPAN of the Deductor"},
		{"Reference Number\n456789\n", "Reference Number\n456789\n"},
		// Glued to a state's or a big city's name by a hyphen, as a code's
		// parts are glued; a code's own word, or a longer token, is no place.
		{"He lives near Gaya, Bihar-823056.", "He lives near Gaya, Bihar-XXXXXX."},
		{"Thoubal, Manipur-795138\n", "Thoubal, Manipur-XXXXXX\n"},
		{"INV-823056, SKU-BIHAR-823056, bihar_823056", "INV-823056, SKU-BIHAR-823056, bihar_823056"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestKeyValueAddress: an address after key= in logfmt or a toString,
// quoted either way; the quote that closes it ends it.
func TestKeyValueAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`level=info address="Flat 5, MG Road, Pune" city=Pune`, `level=info address="XXXX X, XX XXXX, XXXX" city=Pune`},
		{"Elector{id=1, address='Flat No. A-828, Boring Road, Patna'}", "Elector{id=1, address='XXXX XX. X-XXX, XXXXXX XXXX, XXXXX'}"},
		{`address="12 St. Mary's Road, Pune" x=1`, `address="XX XX. XXXX'X XXXX, XXXX" x=1`},
		// Unquoted, a number opens one before a capitalised word or a
		// house number's comma.
		{"user_update address=12 MG Road, Bengaluru 560001 status=ok", "user_update address=XX XX XXXX, XXXXXXXXX XXXXXX status=ok"},
		{"addr=221/B Model Town, Ludhiana status=ok", "addr=XXX/X XXXXX XXXX, XXXXXXXX status=ok"},
		{"address=12, Shanti Kunj, Patna", "address=XX, XXXXXX XXXX, XXXXX"},
		{"address=5 status=ok street=4 tries=2", "address=5 status=ok street=4 tries=2"},
		// A form's or a query's value, encoded: the key names it whole.
		{"GET /kyc?address=Flat+5%2C+MG+Road%2C+Pune+411001&dob=x HTTP/1.1", "GET /kyc?address=XXXX+X%2C+XX+XXXX%2C+XXXX+XXXXXX&dob=x HTTP/1.1"},
		{"addr=12%2C%20Park%20Street%2C%20Kolkata%20700016\n", "addr=XX%2C%20XXXX%20XXXXXX%2C%20XXXXXXX%20XXXXXX\n"},
		{"?address=Pune&address_type=HOME+2&addr=a+b&x=1", "?address=Pune&address_type=HOME+2&addr=a+b&x=1"},
		{"addr_line1=%2334%2C+Sector+44-B&addr_line2=Sector+44-B&city=Chandigarh", "addr_line1=%23XX%2C+XXXXXX+XX-X&addr_line2=XXXXXX+XX-X&city=Chandigarh"},
		// Not addresses: another kind of address, or no address's shape.
		{"ip_address=10.0.0.1 mac_address=aa:bb", "ip_address=XX.X.X.X mac_address=aa:bb"},
		{"status=OK address=Closed", "status=OK address=Closed"},
		{"return &address{addr: v, pos: e.Pos()}", "return &address{addr: v, pos: e.Pos()}"}, // code: no digit, no capital
		// Code and what Go prints of a struct: the word before the next
		// ':' is a key, not the address's last part.
		{`return &OpError{Op: "set", Net: c.fd.net, Source: nil, Addr: c.fd.raddr, Err: err}`, `return &OpError{Op: "set", Net: c.fd.net, Source: nil, Addr: c.fd.raddr, Err: err}`},
		{"Source: nil, Addr: nil, Err: errMissingAddress}", "Source: nil, Addr: nil, Err: errMissingAddress}"},
		{"&{Op:dial Net:tcp Source:<nil> Addr:0xc000123450 Err:0xc0001}", "&{Op:dial Net:tcp Source:<nil> Addr:0xc000123450 Err:0xc0001}"},
		{"\taddr := net.JoinHostPort(host, \"12345\")\n\t\taddress:     in.Addr,\n", "\taddr := net.JoinHostPort(host, \"12345\")\n\t\taddress:     in.Addr,\n"},
		{"Addr: Flat 4B, Sunrise Apts, Pune, Err: none", "Addr: XXXX XX, XXXXXXX XXXX, XXXX, Err: none"},
		{"Address: Flat 49, Anand Vihar Apartments, College Road, Nashik: tiles cracked",
			"Address: XXXX XX, XXXXX XXXXX XXXXXXXXXX, XXXXXXX XXXX, XXXXXX: tiles cracked"}, // a place, no key
		{`{"msg": "{\"address\": \"12, MG Road, Kothrud, Pune\", \"x\": 1}"}`, `{"msg": "{\"address\": \"XX, XX XXXX, XXXXXXX, XXXX\", \"x\": 1}"}`}, // escaped JSON
		{"UPDATE customers SET address = 'Flat 1101, Silver Oak Heights, Bopal', pincode = '380058'",
			"UPDATE customers SET address = 'XXXX XXXX, XXXXXX XXX XXXXXXX, XXXXX', pincode = 'XXXXXX'"},
		// An XML element names its text; a quote opens an address.
		{"<ADDRESS>Plot No. 266, Church Lane, Kozhikode</ADDRESS><b>Flat 5</b>",
			"<ADDRESS>XXXX XX. XXX, XXXXXX XXXX, XXXXXXXXX</ADDRESS><b>Flat 5</b>"},
		{"<cac:Addr>12, MG Road, Pune</cac:Addr>", "<cac:Addr>XX, XX XXXX, XXXX</cac:Addr>"},
		{`could not geocode "Door No. 24-21, Station Road, Mysuru, Karnataka, 570028"`,
			`could not geocode "XXXX XX. XX-XX, XXXXXXX XXXX, XXXXXX, XXXXXXXXX, XXXXXX"`},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestListsAreNoAddresses: an item of a list whose items open alike
// ("1, 2, 3", "Flat 4, Flat 5") opens no address, and an address read
// stops at a list's third number or thirteenth part; so a long list costs
// a few bytes an item, not maxAddress (see BenchmarkWorstCase). An
// address after a list's last item is still read, and a list's first
// item may still open one.
func TestListsAreNoAddresses(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2 tiffin bhej do, 136, Mill Road, opp. SBI ATM, Vastrapur, Ahmedabad - 380386",
			"2 tiffin bhej do, XXX, XXXX XXXX, XXX. XXX XXX, XXXXXXXXX, XXXXXXXXX - XXXXXX"},
		{"Flat 4, Sunrise Apartments, MG Road, Pune 411001", "XXXX X, XXXXXXX XXXXXXXXXX, XX XXXX, XXXX XXXXXX"},
		// Two numbers: a list, read alike by a stream cut anywhere (the
		// directions after them are an address of their own).
		{"12:15 - Bhumi Trivedi: 2 , 136, Mill Road, opp. SBI ATM, Vastrapur, Ahmedabad - 380386",
			"12:15 - XXXXX XXXXXXX: 2 , 136, Mill Road, XXX. XXX XXX, XXXXXXXXX, XXXXXXXXX - XXXXXX"},
		{"Flat 4, Flat 5, Flat 6 are vacant", "Flat 4, Flat 5, Flat 6 are vacant"},
		{"rooms 101, 102, 103, 104 booked", "rooms 101, 102, 103, 104 booked"},
		{`"input_ids": [101, 2023, 2003, 1037, 4937, 2000, 102]`, `"input_ids": [101, 2023, 2003, 1037, 4937, 2000, 102]`},
		{"Rs 500, Rs 600, Rs 700 paid", "Rs 500, Rs 600, Rs 700 paid"},
	} {
		got, _ := defaultRedactor(t).String(tt.in)
		require.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
	for _, item := range []string{"1, ", "Flat 4, ", "Rs 500, ", "Ward 12, ", "2026-11-15, ", "No 5, "} {
		in := strings.Repeat(item, 400) + "\n"
		got, fs := defaultRedactor(t).String(in)
		require.Equal(t, in, got, item)
		require.Empty(t, fs, item)
	}
}

// TestAddressInRecordFields: a record's field separator ('|', '~', '^')
// is a gap a unit's word may follow, as a space is, so that the address
// in a field is read from its first word; and a khasra's number opens a
// village's address as a house's does.
func TestAddressInRecordFields(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"REC|SHAILENDRA MAURYA|EXP 04/31|FLAT A-1208, LAKEVIEW RESIDENCY, LANKA, VARANASI|221094|BR 8880",
			"REC|XXXXXXXXXX XXXXXX|EXP 04/31|XXXX X-XXXX, XXXXXXXX XXXXXXXXX, XXXXX, XXXXXXXX|XXXXXX|BR 8880"},
		{"CAF7809809985~DL~Flat A-608, Krishna Towers, Vijay Nagar, Indore~452020~NA",
			"CAF7809809985~DL~XXXX X-XXX, XXXXXXX XXXXXX, XXXXX XXXXX, XXXXXX~XXXXXX~NA"},
		{"COMM ADDR 1 ...... : KHASRA NO. 412, VILLAGE BAKKARWALA, NANGLOI\nPIN .............. : 110041",
			"COMM ADDR 1 ...... : XXXXXX XX. XXX, XXXXXXX XXXXXXXXXX, XXXXXXX\nPIN .............. : XXXXXX"},
		{"Khata No. 5524, for a total sale consideration of Rs. 93,02,797.00/-",
			"Khata No. 5524, for a total sale consideration of Rs. 93,02,797.00/-"},
	} {
		got, _ := defaultRedactor(t).String(tt.in)
		require.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}

// TestDirectionsAddress: an address given as directions, with no house
// number and no PIN code, is read from its landmark's word, in any case,
// to a city or a district town that ends its third part or a later one.
func TestDirectionsAddress(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Me: behind Kali Bari, near Hanuman Mandir, ranchi. gate pe guard ko bolna",
			"Me: XXXXXX XXXX XXXX, XXXX XXXXXXX XXXXXX, XXXXXX. gate pe guard ko bolna"},
		{"haan bhaiya opposite sbi atm, arera colony, gurugram aa jao", "haan bhaiya XXXXXXXX XXX XXX, XXXXX XXXXXX, XXXXXXXX aa jao"},
		{"pickup is Opposite water tank, Mahanagar, Varanasi.", "pickup is XXXXXXXX XXXXX XXXX, XXXXXXXXX, XXXXXXXX."},
		{"residing at behind Hanuman Mandir, Nadakkavu, Kozhikode, Kerala (DL No. pending), do hereby", "residing at XXXXXX XXXXXXX XXXXXX, XXXXXXXXX, XXXXXXXXX, XXXXXX (DL No. pending), do hereby"}, // the city's state after it
		{"aap behind madrasa, near Urdu school, malegaon aa jao", "aap XXXXXX XXXXXXX, XXXX XXXX XXXXXX, XXXXXXXX aa jao"},
		{"we live opp. Ram Mandir, Sector 4, Noida 201301", "we live XXX. XXX XXXXXX, XXXXXX X, XXXXX XXXXXX"},
		// A village's address in lower case names its post office, taluk or district.
		{"flat is at village kinnigoli, p.o. kinnigoli, mulki taluk, karnataka 574171. mail me",
			"flat is at XXXXXXX XXXXXXXXX, X.X. XXXXXXXXX, XXXXX XXXXX, XXXXXXXXX XXXXXX. mail me"},
		{"village development fund, panchayat grant, state share, kerala", "village development fund, panchayat grant, state share, kerala"},
		// Two parts, a pronoun, a conjunction: no address.
		{"the hotel is near Connaught Place, Delhi.", "the hotel is near Connaught Place, Delhi."},
		{"stay near you, me, and Delhi", "stay near you, me, and Delhi"},
		{"it is near the bus stand, ok, and then we go", "it is near the bus stand, ok, and then we go"},
	} {
		got, _ := defaultRedactor(t).String(tt.in)
		require.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}
