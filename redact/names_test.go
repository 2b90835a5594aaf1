package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

func TestLabelledNames(t *testing.T) {
	r := mustNew(t)
	for _, c := range []struct{ text, name string }{
		{"Name: Priya Nair | DOB: 23/07/1988", "Priya Nair"},
		{"Father's Name: Ramesh Kumar Nair, Mobile", "Ramesh Kumar Nair"},
		{`customer_name="Anil Kumar" status=ok`, "Anil Kumar"},
		{"customerName=Anil", "Anil"},
		{"S/O Ramesh Kumar, Pune", "Ramesh Kumar"},
		{"name: K. Venkata Rao", "K. Venkata Rao"},
		{"NAME: PRIYA NAIR", "PRIYA NAIR"},                  // capitals, as on forms and ID cards
		{"Applicant Name: SURESH K. RAO ", "SURESH K. RAO"}, // an initial among capitals
		{"spoke to Mr. Ravi Kumar today", "Ravi Kumar"},     // honorifics need no colon
		{"Smt SUNITA DEVI, Pune", "SUNITA DEVI"},
		{"MR. ANIL MEHTA", "ANIL MEHTA"},
		{"Dr. Meera Iyer (cardiology)", "Meera Iyer"},
		{"Name - Priya Nair, Mobile - 98765 43210", "Priya Nair"}, // a dash between spaces
		{"Proposer: Lalnunmawia   DOB: 07.06.2002", "Lalnunmawia"},
		{"Reporter: Kshitij Barua   Priority: P2", "Kshitij Barua"},
		{"Foreign visitor: Hmingthansangi, passport", "Hmingthansangi"},
		{`{"legal_name":"Salomi Tirkey"}`, "Salomi Tirkey"},                                   // a person's legal name; a company's has its Pvt Ltd
		{"Father's Name          POOVAMMA CARIAPPA\n", "POOVAMMA CARIAPPA"},                   // a form's label, its value aligned
		{"name=Nanjundappa K pan=QNZPM0458F", "Nanjundappa K"},                                // a last initial before the next key
		{"Driver: Nanjundappa K | Toyota Etios", "Nanjundappa K"},                             // or before a table's next cell
		{"1. Name of the candidate (in block letters): YEZDI CONTRACTOR", "YEZDI CONTRACTOR"}, // a note in brackets after the label
		{"Name: NAMBIAR/ANJALI MS", "NAMBIAR/ANJALI MS"},                                      // an airline's SURNAME/GIVEN
		{"Delivery executive: Haresh (9876501234)", "Haresh"},
		{"Approver: Senthilnathan Natarajan\nPlease allow", "Senthilnathan Natarajan"}, // a workflow's role
		{"Reporting manager: Subrat Swain", "Subrat Swain"},
		{"surname: O'Brien", "O'Brien"}, // a family name with an apostrophe, alone
		{`{"surname":"D'Souza"}`, "D'Souza"},
		{"AWW: Gendi Bai\n", "Gendi Bai"},               // an anganwadi worker
		{"Surname SHAH Given names KAVITA\n", "KAVITA"}, // a passport's page, one space between
		{"Name on card: Pakhi Kar\n", "Pakhi Kar"},      // whose name the label says, after "on", "as in", "as per"
		{"Name as per PAN: RAVI KUMAR\n", "RAVI KUMAR"},
		{"Treatment supporter: Gendi Bai Rajput (ASHA), mobile 8408120328", "Gendi Bai Rajput"},
		{"Licence: 29/608561/TR  Trader: Mallikarjun Talawar", "Mallikarjun Talawar"},
		{`{"first_name":"Pooja","x":1}`, "Pooja"},
		{`{"surname": "NATARAJAN", "given_names": "DIVYA"}`, "DIVYA"},       // a key's plural, as passports' OCR returns it                     // a given name that also names a festival
		{"GET /rsvp/submit?first=Ayesha&pax=3", "Ayesha"},                   // a query string's first name
		{"Customer Name : Mr. Abhishek Verma", "Abhishek Verma"},            // the title is no part of the name
		{"Applicant: FERNANDES, JINCY\nPassport", "FERNANDES, JINCY"},       // family name, comma, given name
		{"Name of father/husband: JOEL D'SOUZA, x", "JOEL D'SOUZA"},         // a family name with an apostrophe
		{"Mother's Name KAINAZ\n", "KAINAZ"},                                // one space before capitals that end the line
		{"1 First Name PRASAD   Middle Name    Surname JADHAV\n", "JADHAV"}, // a form's fields side by side, one empty
		{"Surname    Sema   Gender  M\n", "Sema"},                           // forms align a surname's label too
		{"Last name Kamath, 42\n", "Kamath"},                                // one space before a known name that ends the field
		{"Surname Malhotra\n", "Malhotra"},
		{"Owner Name                 AMRENDRA SINGH\nClass  LMV", "AMRENDRA SINGH"}, // a converted form's column, wider than a colon's padding
		{"2. Applicant Details\n2.1 Given Name               AMIT\n", "AMIT"},       // the field's number before its label
		{"   Last Name / Surname   PILLAI\n", "PILLAI"},
		{"Temp. File No.: AUSS38328136\nSurname at birth: Sandhu\n", "Sandhu"}, // a name since changed
		{"SURNAME/PRIMARY NAME SHAH   GIVEN NAME\n", "SHAH"},
		{"Attendant (if 65+): Tanvi Raghuvanshi   Mobile", "Tanvi Raghuvanshi"},       // a note with figures
		{"Name                 : Subhash Chander Kadian\n", "Subhash Chander Kadian"}, // a colon aligned far out                   // capitals, then the next label a column's gap away                             // "Surname" itself is no given name
		{"cn: Rakesh S\nsn: Sharma\nS/N: PFXQZKUM\n", "Sharma"},                       // LDAP's surname; a serial number stays
		{"Received by: Parminder (self)   Sign: ____", "Parminder"},                   // who did what, "… by:"
		{"the neighbour Sushila confirmed", "Sushila"},
		{"a call in my nephew Manish's voice", "Manish"},                        // kin, as a scam's victim writes
		{"Your driver Vishnu (KL 22 XJ 7907) picked you up", "Vishnu"},          // a role before a name that is also a god's
		{"<Profile><GivenName>Priya</GivenName><Age>", "Priya"},                 // an XML element names its text
		{`{"representation": "{\"firstName\": \"Roopa\", \"x\": 1}"}`, "Roopa"}, // JSON escaped within a JSON string
		{"Contact Person: Dhwani Modh, GSTIN", "Dhwani Modh"},
		{`{"contactPerson": "Kezhokhoto Sema"}`, "Kezhokhoto Sema"},
	} {
		out, fs := r.String(c.text)
		require.NotEmpty(t, fs, c.text)
		var f *redact.Finding
		for k := range fs {
			if fs[k].Kind == redact.Person {
				f = &fs[k]
			}
		}
		require.NotNil(t, f, "%q: %v", c.text, fs)
		require.Equal(t, c.name, c.text[f.Start:f.End], c.text)
		require.NotContains(t, out, c.name)
		checkStream(t, redact.Options{}, c.text)
	}
	for _, s := range []string{
		"said the Deputy Manager today", // no label, and no name kavach knows
		"Name: the value is missing",    // not capitalised
		"status: Active since Monday",   // not a name label
		"Name: ABCPE1234F",              // letters and digits: an identifier, not a name
		"MS Office crashed again",       // capitals without the dot: no honorific
		"Mrs. smith",                    // not capitalised
		"Hmr. Ravi",                     // no honorific: a longer word
		"Dashboard - Overview Page",     // a dash after no label
		"the name Sharma is common",     // a known name one space after "name", in a sentence
		"Fund Name                 SFIN                              NAV (Rs)   Date\n", // a table's header, its columns as wide
		"first-name-Ravi",                // a dash without spaces
		"let person = Person { name }",   // a type, not a name
		`name = "GENERIC_RELOC_VANILLA"`, // a constant
		"[x] OVD: DL UP 65",              // a checklist's box, no chat's time stamp
		"Sorted by: Name. Created by: Admin",
		"renamed to Gurudev Rabindranath Tagore Path",
		"bus stops at Lakshmi Nagar, Shivaji Park and Netaji Subhash Place",
		"Guest: DL no KL 01 1996 8209439, selfie sending now",
		"Firm: Om Sai Fabricators\nANNAPURNA MESS\n",
		"name: Onboard merchant (sandbox)",
		`{"name":"Onboarding v3"}, {"name":"Last 4 digits"}`,
		`<LEDGER NAME="Om Sai Hardware" ACTION="Create">`,
	} {
		_, fs := r.String(s)
		for _, f := range fs {
			require.NotEqual(t, redact.Person, f.Kind, s)
		}
	}
	off, _ := redact.New(&redact.Options{Kinds: []redact.Kind{redact.Aadhaar}})
	_, fs := off.String("Name: Priya Nair")
	require.Empty(t, fs, "PERSON not enabled")
}
