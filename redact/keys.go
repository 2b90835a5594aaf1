package redact

import (
	"github.com/kavachpii/kavach/internal/chars"
)

// Kinds found through key names and labels: a log attribute or JSON
// member whose key names a person or an address is redacted whole, and in
// text the capitalised words after a name label ("Name: Priya Nair") are a
// Person, since no scanner can tell a name or an address from other words
// without one.
const (
	Person   Kind = "PERSON"   // a key such as "name", "customerName", "father_name"
	Location Kind = "LOCATION" // a key such as "address", "addr_line1", "landmark"
)

// keyWords maps the words of key names to the kind of value they hold.
// A key is split into words at '_', '-', '.', spaces and camelCase humps
// ("aadhaar_no", "panNumber", "Mobile-No"); the first word found here
// decides, unless the key also has a qualifier (see keyQualifiers).
var keyWords = map[string]Kind{
	"aadhaar": Aadhaar, "aadhar": Aadhaar, "adhaar": Aadhaar, "adhar": Aadhaar, "uid": Aadhaar, "uidai": Aadhaar, "aadhaarno": Aadhaar,
	"vid": VID,
	"pan": PAN, "panno": PAN, "pannumber": PAN,
	"passport": Passport, "passportno": Passport,
	"voter": VoterID, "voterid": VoterID, "epic": VoterID,
	"dl": DrivingLicence, "licence": DrivingLicence, "license": DrivingLicence, "dlno": DrivingLicence,
	"gstin": GSTIN, "gstno": GSTIN, // not "gst" alone: a tax's rate or amount ("GST 18%")
	"mobile": Mobile, "mob": Mobile, "mobileno": Mobile, "phone": Mobile, "phoneno": Mobile, "msisdn": Mobile,
	"cell": Mobile, "cellphone": Mobile, "whatsapp": Mobile, "tel": Mobile, "telephone": Mobile, "contact": Mobile,
	"upi": UPI, "vpa": UPI, "upiid": UPI,
	"card": Card, "cardno": Card, "cc": Card,
	"email": Email, "mail": Email, "emailid": Email, "mailid": Email,
	"abha": ABHA, "healthid": ABHA,
	"pincode": PINCode, "pin": PINCode, "zip": PINCode, "zipcode": PINCode, "postal": PINCode, "postcode": PINCode,
	"account": BankAccount, "acct": BankAccount, "accno": BankAccount, "acno": BankAccount, "accountno": BankAccount, "iban": BankAccount,
	"dob": DateOfBirth, "birth": DateOfBirth, "birthdate": DateOfBirth, "birthday": DateOfBirth, "dateofbirth": DateOfBirth,
	"vehicle": Vehicle, "vehicleno": Vehicle, "regno": Vehicle,
	"ifsc": IFSC,
	"ip":   IPAddress, "ipaddr": IPAddress, "ipaddress": IPAddress, "clientip": IPAddress, "remoteaddr": IPAddress, "remoteip": IPAddress,
	"name": Person, "names": Person, "fullname": Person, "firstname": Person, "lastname": Person, "surname": Person, "username": Person,
	"fname": Person, "lname": Person, "mname": Person, "givenname": Person, "middlename": Person, "nm": Person,
	"given": Person, "forename": Person, // "SURNAME,GIVEN,DOB" in a manifest (no plurals: see nameLabels)
	"father": Person, "mother": Person, "spouse": Person, "nominee": Person, "guardian": Person, "holder": Person, "beneficiary": Person,
	"cardholder": Person, "passenger": Person, "pax": Person, "visitor": Person, "proposer": Person, "donor": Person,
	"attendant": Person, "claimant": Person,
	"address": Location, "addr": Location, "street": Location, "house": Location, "landmark": Location, "locality": Location,
	"addressline": Location, "addrline": Location,
	// Hindi, for CSV headers and JSON keys written in it.
	"नाम": Person, "पिता": Person, "माता": Person, "पति": Person, "पत्नी": Person, "नाव": Person, "নাম": Person,
	"பெயர்": Person, "పేరు": Person, "નામ": Person, "ಹೆಸರು": Person, "പേര്": Person, "ਨਾਮ": Person, "ନାମ": Person,
	"نام": Person,
	"पता": Location, "पत्ता": Location, "निवास": Location, "ঠিকানা": Location, "ঠিকনা": Location, "முகவரி": Location, "చిరునామా": Location,
	"સરનામું": Location, "ವಿಳಾಸ": Location, "വിലാസം": Location, "ਪਤਾ": Location, "ଠିକଣା": Location, "پتہ": Location,
	"मोबाइल": Mobile, "फोन": Mobile, "फ़ोन": Mobile, "आधार": Aadhaar, "पैन": PAN,
	"ईमेल": Email, "जन्मतिथि": DateOfBirth, "पिनकोड": PINCode, "खाता": BankAccount,
}

// wholeKeys are keys read whole, before their words: forms' keys whose
// words mislead ("SurNameOrOrgName" of the income tax return's JSON,
// whose "org" would make it a company's).
var wholeKeys = map[string]Kind{
	"surnameororgname": Person,
	// ISO 20022 payment messages (pain.001, pacs.008) abbreviate a party's
	// postal address: <StrtNm>, <BldgNm>, <AdrLine>, <PstCd>.
	"strtnm": Location, "bldgnm": Location, "adrline": Location, "pstcd": PINCode,
	// CKYC's and the KRAs' records: the permanent and the correspondence
	// address, a line a field ("PERM_LINE1", "CORR_LINE2").
	"permline": Location, "corrline": Location, "permaddress": Location, "corraddress": Location,
	// The income tax return's schema (JSON and XML), an address a part
	// a field: "residenceNo", "ResidenceName", "roadOrStreet",
	// "LocalityOrArea".
	"residenceno": Location, "residencename": Location, "roadorstreet": Location, "localityorarea": Location,
}

// keyQualifiers are words that make a key about something other than a
// person, however personal its other words sound: "service_name",
// "file_name", "card_type", "pan_status", "email_verified",
// "mobile_count", "account_type", "gst_rate".
var keyQualifiers = map[string]bool{
	"service": true, "svc": true, "file": true, "filename": true, "document": true, "doc": true, "host": true, "hostname": true, "app": true,
	"event": true, "queue": true, "topic": true, "table": true, "bucket": true, "product": true, "company": true,
	"bank": true, "branch": true, "device": true, "model": true, "key": true, "type": true, "kind": true,
	"status": true, "state": true, "method": true, "path": true, "route": true, "level": true, "logger": true,
	"container": true, "pod": true, "node": true, "cluster": true, "namespace": true, "image": true, "region": true,
	"zone": true, "env": true, "version": true, "count": true, "verified": true, "valid": true, "enabled": true,
	"masked": true, "hash": true, "length": true, "len": true, "format": true, "provider": true, "network": true,
	"template": true, "field": true, "attr": true, "attribute": true, "column": true, "label": true, "tag": true,
	"domain": true, "mac": true, "port": true, "server": true, "cpu": true, "memory": true,
	"disk": true, "thread": true, "process": true, "task": true, "job": true, "step": true, "stage": true, "plan": true,
	"mode": true, "rate": true, "amount": true, "amt": true, "percent": true, "percentage": true, "pct": true,
	"slab": true, "fee": true, "charge": true, "charges": true, "limit": true, "score": true, "attempts": true,
	"retries": true, "otp": true, "updated": true, "created": true,
	// A campaign's, a form's or a page's name, not a person's: "ad_name".
	"ad": true, "adset": true, "campaign": true, "form": true, "page": true, "report": true, "scheme": true,
	"course": true, "package": true, "module": true, "sheet": true,
	// A business's, not a person's: "trade_name", "shop_address". Not
	// "legal": a KYC record's "legal_name" is a person's, and so is a sole
	// proprietor's GST legal name (a company's is known by its "Pvt Ltd").
	"trade": true, "trd": true, "business": true, "firm": true, "shop": true, "brand": true, "org": true,
	"organisation": true, "organization": true, "entity": true, "merchant": true, "vendor": true, "supplier": true,
	"project": true, "team": true, "hospital": true, "school": true, "college": true, "store": true,
	"establishment": true, "institution": true, "premises": true, "place": true, "ward": true, "train": true,
	// A place's: CoWIN's "block_name", "district_name", "center_name".
	"block": true, "district": true, "center": true, "centre": true, "village": true, "city": true, "taluka": true,
	"tehsil": true, "facility": true, "vaccine": true, "work": true, // MGNREGA's "Work Name"
	"ps": true, "station": true, // a polling station's: an electoral roll's "ps_name"
	// A lab's or a pharmacy's: "TEST NAME", "drug_name".
	"test": true, "investigation": true, "parameter": true, "analyte": true, "specimen": true, "sample": true,
	"procedure": true, "study": true, "lab": true, "drug": true, "medicine": true, "item": true,
	"unit": true, "plant": true, "factory": true, "warehouse": true, "depot": true, // a factory's unit: GST's "unitName"
}

// isPlaceholder reports a value that stands for no value ("NA", "N/A",
// "null", "-"): under a key that names personal data it holds none, and
// masking it would only make the redaction look busier than it is.
func isPlaceholder(v []byte) bool {
	if n := len(v); n >= 3 && n <= 48 && (v[0] == '[' && v[n-1] == ']' || v[0] == '(' && v[n-1] == ')') {
		// A note in brackets where a value would be: "[withheld]",
		// "(absent)", "[spouse]", "[parent - opted out]"; by its first word,
		// so that "(98765 43210)" or "[Zorbin Tavi]" stays a value.
		k := 1
		for k < n-1 && isASCIILetter(v[k]) {
			k++
		}
		var b [12]byte
		return k > 1 && k-1 <= len(b) && bracketNotes[string(lowerASCII(b[:], v[1:k]))]
	}
	if len(v) > 16 {
		return false
	}
	var b [16]byte
	for i, c := range v {
		b[i] = c | 0x20
		if c == '-' || c == '/' || c == '.' || c == ' ' {
			b[i] = c
		}
	}
	switch string(b[:len(v)]) {
	case "na", "n/a", "n.a.", "null", "nil", "none", "-", "--", "---", "not disclosed", "not available",
		"not applicable", "not provided", "not stated", "not given", "not known", "unknown", "redacted", "withheld",
		"same as above", "as above", "ditto":
		return true
	}
	return false
}

// bracketNotes open the notes in brackets that stand where a value would
// be (see isPlaceholder).
var bracketNotes = map[string]bool{
	"withheld": true, "redacted": true, "masked": true, "hidden": true, "removed": true, "deleted": true,
	"absent": true, "vacant": true, "blank": true, "none": true, "nil": true, "na": true, "tbd": true, "pending": true,
	"unknown": true, "anonymous": true, "not": true, "no": true, "self": true, "spouse": true, "child": true,
	"parent": true, "employee": true, "minor": true,
}

// keyKind reports the kind a key names, or false. It does not allocate.
func (r *Redactor) keyKind(key string) (Kind, bool) {
	if r.cfg.noKeys || len(key) > 128 {
		return "", false
	}
	// The whole key, letters only, first: "loanAccountNo" as one word.
	var whole [64]byte
	n := 0
	for i := 0; i < len(key) && n < len(whole); i++ {
		if isASCIILetter(key[i]) {
			whole[n] = key[i] | 0x20
			n++
		}
	}
	if k, ok := r.cfg.keys[string(whole[:n])]; ok {
		return k, k != "" && r.keyKindEnabled(k)
	}
	if k, ok := wholeKeys[string(whole[:n])]; ok {
		return k, r.keyKindEnabled(k)
	}
	// The last word with a kind names the value, as an English compound's
	// last noun does ("guardian_phone", "father_pan", "account_holder_name",
	// "contact_name"), but not past a preposition ("name_on_card",
	// "dob_as_per_aadhaar") nor a card's word after an identifier's ("pan_card_no").
	var found Kind
	var buf [64]byte
	afterAccount := false // "account" or "acct" right before the word
	headDone := false     // a preposition came: the words after it qualify the head
	for i := 0; i < len(key); {
		word, next := nextWord(key, i, &buf)
		i = next
		if word == nil {
			break
		}
		if k, ok := r.cfg.keys[string(word)]; ok {
			if k != "" && (found == "" || !headDone) {
				found = k
			}
			continue // "" switches a built-in word off
		}
		if keyQualifiers[string(word)] {
			return "", false
		}
		if string(word) == "id" && afterAccount {
			return "", false // "LinkedAccountId", "account_id": a system's identifier of an account, not a bank's number
		}
		if keyPrepositions[string(word)] && found != "" {
			headDone = true
		}
		if k, ok := keyWords[string(word)]; ok && (found == "" || !headDone && !(k == Card && found != Person)) {
			found = k
		}
		afterAccount = string(word) == "account" || string(word) == "acct"
	}
	if found == "" || !r.keyKindEnabled(found) {
		return "", false
	}
	return found, true
}

// keyPrepositions end a key's head: the kind words after one qualify it
// ("name_on_card", "dob_as_per_aadhaar", "address_of_nominee").
var keyPrepositions = map[string]bool{"on": true, "of": true, "as": true, "per": true, "for": true, "in": true, "by": true, "from": true, "to": true}

// KeyKind reports whether a log attribute or JSON member named key holds
// personal data whatever its value looks like, and of which kind: it does
// for "aadhaar_no", "panNumber", "mobile", "customerName", "address_line1";
// it does not for "service_name" or "card_type". The key is split into
// words at '_', '-', '.' and camelCase humps; a word such as "type",
// "status" or "service" marks a key about something else. The words that
// count are built in and can be changed with [Options.Keys], whose entries
// also match a whole key ("loanAccountNo" as "loanaccountno").
func (r *Redactor) KeyKind(key string) (Kind, bool) { return r.keyKind(key) }

func (r *Redactor) keyKindEnabled(k Kind) bool {
	switch k {
	case Person:
		return r.cfg.person
	case Location:
		return r.cfg.location
	}
	id, ok := lookupKind(k)
	return ok && r.cfg.enabled&id.mask() != 0
}

// nextWord returns the word of key that starts at or after i, lower-cased
// into buf, and where the search goes on: words split at non-letters and
// camelCase humps. It returns a nil word at the end of key.
func nextWord(key string, i int, buf *[64]byte) (word []byte, next int) {
	for i < len(key) && !isASCIILetter(key[i]) && key[i] < 0x80 {
		i++
	}
	if i < len(key) && key[i] >= 0x80 {
		// A word of another script ("नाम", "मोबाइल"): its bytes as they are.
		j := i
		for j < len(key) && key[j] >= 0x80 {
			j++
		}
		if j-i > len(buf) {
			return nil, j // longer than any key word
		}
		return buf[:copy(buf[:], key[i:j])], j
	}
	n := 0
	for ; i < len(key) && isASCIILetter(key[i]); i++ {
		c := key[i]
		if n > 0 && chars.IsUpper(c) && (chars.IsLower(key[i-1]) ||
			i+1 < len(key) && chars.IsLower(key[i+1]) && chars.IsUpper(key[i-1])) {
			break
		}
		if n < len(buf) {
			buf[n] = c | 0x20
		}
		n++
	}
	if n == 0 {
		return nil, len(key)
	}
	return buf[:min(n, len(buf))], i
}

// ReplaceValue returns what replaces a whole value of kind k in r's mode:
// the value masked (letters and digits to 'X', the last four digits kept
// for Aadhaar, VID, mobile and card), a label, a keyed hash, or nothing.
// The log handler and JSON redaction use it for values whose key names
// personal data.
func (r *Redactor) ReplaceValue(k Kind, value string) string {
	id, builtin := lookupKind(k)
	switch r.cfg.mode {
	case Label:
		return "<" + string(k) + ">"
	case Remove:
		return ""
	case Hash:
		if !builtin {
			id = numKinds // canonical form: letters and digits, upper-cased
		}
		return string(r.hashToken(nil, []byte(value), id, k))
	}
	if !builtin {
		id = numKinds // a name or an address: any script
	}
	return string(maskKind(nil, []byte(value), id))
}
