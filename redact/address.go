package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// A street address has no shape a scanner can check, so kavach reads one
// only where a label announces it: "Address: 45, Malviya Nagar, Jaipur",
// `"address":"Flat 5, Boring Road, Patna"`, "R/o : House No. 567, Model
// Town", "पता: 3/118, विपुल खंड, लखनऊ". The address runs from the label to
// the end of its line or quoted value, and stops before its PIN code
// (reported as a PIN code of its own), at the next field's label
// (", Mob 98765…", ", PIN 796001") and at the end of a sentence.

// addressLabels are the words that, right before a ':', announce an
// address, lower-case: the key words of kind Location, the address words
// of the Indian languages (see keyWords) and "r/o" (resident of). Each
// maps to the commas the address must then have: "Add :" of a driving
// licence is also a changelog's verb, so its address must look like one
// ("A-12, Shivalik Bungalows, Satellite Road").
var addressLabels = func() map[string]int {
	m := map[string]int{"ro": 0, "add": 2}
	for w, k := range keyWords {
		if k == Location {
			m[w] = 0
		}
	}
	for _, w := range []string{"street", "house", "landmark", "locality", "strtnm", "bldgnm", "residenceno", "residencename", "roadorstreet", "localityorarea",
		"houseno", "flatno", "doorno", "plotno", "hno"} { // "<HouseNo>Plot 40, Road No. 5</HouseNo>", "flatNo": "B-1204"
		m[w] = addressPart
	}
	m["adrline"] = 0 // ISO 20022's <AdrLine> (see wholeKeys)
	// Form labels that end in a part's word and need a comma to be
	// believed: "Flat/Door/Block No. & Road:", "Name of Premises:", vCard's
	// "ADR".
	for _, w := range []string{"road", "premises", "building", "adr", "residence"} {
		m[w] = 1
	}
	m["pata"] = 0 // Hinglish: "ghar ka pata: 23 gandhi chowk, sitapur" ("pata nahi", I do not know, has no colon)
	return m
}()

// addressPart, in addressLabels, marks a label of one part of an address
// (street="Old Market Lane", house="H No 71", as Aadhaar's offline e-KYC
// XML writes them): its value is that part whatever its shape, with no
// digit or comma needed.
const addressPart = -1

// notAddressBefore are the words that, before an address label, make it
// some other address: "IP Address:", "E-mail Address:", "MAC address:".
var notAddressBefore = map[string]bool{
	"ip": true, "ipv4": true, "ipv6": true, "mac": true, "email": true, "mail": true, "e": true, "web": true,
	"server": true, "remote": true, "host": true, "wallet": true, "contract": true, "upi": true, "vpa": true,
	"network": true, "bluetooth": true, "ethernet": true, "memory": true, "return": true, "base": true,
}

// addressQualifiers say whose or which address a key's "address" or
// "street" is ("homeAddress", "MailingStreet", as CRMs and account
// APIs name them): its value is read as under "address" itself.
var addressQualifiers = map[string]bool{
	"home": true, "billing": true, "shipping": true, "mailing": true, "other": true, "permanent": true,
	"perm": true, "current": true, "present": true, "residential": true, "residence": true, "postal": true,
	"correspondence": true, "corr": true, "delivery": true, "pickup": true, "communication": true,
	"customer": true, "user": true, "member": true, "patient": true, "applicant": true,
}

// maxAddress bounds the bytes of one address; a stream holds back at most
// this much past its label.
const maxAddress = 200

// maxAddressParts bounds the parts of one address, its commas and the
// line breaks that part it as commas do: the longest real ones have ten.
// More parts than that make a list ("Flat 4, Flat 5, …", "Rs 500, Rs
// 600, …"), not an address, and each of its items would otherwise read
// maxAddress bytes on.
const maxAddressParts = 12

// addressLabelBefore reports whether the word that ends right before the
// ':' at c (a closing quote and spaces between them allowed) announces an
// address, and how many commas that address must have (see
// addressLabels). It reads at most a few dozen bytes back.
func addressLabelBefore(w *window, c int) (commas int, ok bool) {
	var buf [32]byte
	word, k := labelBefore(w, c, buf[:])
	if len(word) == 0 {
		return 0, false
	}
	quoted := !(w.byteAt(c) == '=' && valueStart(w, c) == c+1) // an unquoted value after '=' ends at no quote: "addr_line2=Sector 22-C&city=…"
	switch string(word) {
	case "ro":
		if w.byteAt(k+2) != '/' {
			return 0, false // "R/o" (resident of) has its slash: mayEndLabel lets no other "ro" through
		}
	case "line":
		if !quoted && w.addressPrefixBefore(k) {
			if _, ok := w.formValueEnd(c + 1); ok {
				return 0, true // "addr_line1=Plot+16%2C+Shanti+Nagar": a form's value, encoded (see labelledAddress)
			}
		}
		if quoted && (w.addressPrefixBefore(k) || w.parentKeyIsAddress(k) || w.addressHeadingAbove(k)) {
			// {"address":{"line1":"…", "line2":"Patia"}}, "address:" above
			// "  line2: …" in YAML, "addr_line2='Anna Nagar West'": one
			// line of an address, whatever its shape
			return addressPart, true
		}
		if w.houseWordAt(valueStart(w, c)) {
			// any line1 that a unit word opens ({name: …, line1: "Door
			// No. 26-15/3, Ward No. 7, Harmu, Ranchi"})
			return 0, true
		}
	case "abroad", "overseas", "india":
		// "Present address abroad:", "Residence overseas:", "Address in
		// India (last):": where the address is, after the word for one.
		q := k
		for m := 0; m < 2 && w.byteAt(q) == ' '; m++ {
			q--
		}
		var prev [16]byte
		before, b := wordBefore(w, q+1, prev[:])
		if string(word) == "india" {
			if string(before) != "in" && string(before) != "outside" {
				return 0, false
			}
			for q = b - 1; w.byteAt(q) == ' '; q-- {
			}
			before, _ = wordBefore(w, q+1, prev[:])
		}
		if string(before) == "address" || string(before) == "addr" || string(before) == "residence" {
			return addressLabels["address"], true
		}
		return 0, false
	case "addressline", "addrline":
		if quoted {
			return addressPart, true // "addressLine2": "Anna Nagar West"
		}
	case "to":
		// "Deliver to:", "Ship to:", "Dispatch to:": where a parcel goes
		for m := 0; m < 2 && (w.byteAt(k) == ' ' || w.byteAt(k) == '-' || w.byteAt(k) == '_'); m++ {
			k--
		}
		var verb [16]byte
		v := valueStart(w, c)
		if word, _ := wordBefore(w, k+1, verb[:]); deliverWords[string(word)] && (isUpperByte(w.byteAt(v)) || w.houseNumberAt(v) && w.capitalAfterHouse(v)) {
			return 1, true // capitalised, as the loose label's address is ("Ship to: 12, fixes, tests" is no address)
		}
		return 0, false
	}
	if commas, ok = addressLabels[string(word)]; !ok {
		if w.addressOfBefore(k) {
			// "Postal address of establishment:", "Address for correspondence:"
			if w.spacedHouseNumberAt(valueStart(w, c)) {
				return 1, true
			}
			return 2, true
		}
		// "postalAddress:", "permanentaddress:": a key ending in "address",
		// not "ipAddress" or "emailAddress".
		n := len(word) - len("address")
		if n <= 0 || string(word[n:]) != "address" || notAddressBefore[string(word[:n])] {
			// "MailingStreet", "billing_street" is read by its last word:
			// a CRM's street under the qualifier of whose address it is.
			if n := len(word) - len("street"); n > 0 && string(word[n:]) == "street" && addressQualifiers[string(word[:n])] && quoted {
				return addressPart, true
			}
			return 0, false
		}
		if quoted && addressQualifiers[string(word[:n])] {
			return 0, true // "homeAddress": "H.No. 4-3-77, Putlighar", as "address" is read
		}
		if v := valueStart(w, c); quoted && w.slashedHouseAt(v) {
			return 0, true // "permAddress":"137/22 CROSS ROAD KUVEMPUNAGAR MYSURU"
		} else if w.spacedHouseNumberAt(v) {
			return 1, true // "homePostalAddress: 221 Model Town, Ludhiana"
		}
		return 2, true // and a house number and two commas: not "takeAddress: true, …"
	}
	return commas, !w.otherAddressBefore(k + 1) // "IP Address:" and its kin
}

// otherAddressBefore reports a word of notAddressBefore before the label
// word that starts at s, a space, '-' or '_' or two between: "IP
// Address", "E-mail address", "mac_address".
func (w *window) otherAddressBefore(s int) bool {
	for m := 0; m < 2 && (w.byteAt(s-1) == ' ' || w.byteAt(s-1) == '-' || w.byteAt(s-1) == '_'); m++ {
		s--
	}
	var buf [16]byte
	word, _ := wordBefore(w, s, buf[:])
	return notAddressBefore[string(word)]
}

// addressPrefixBefore reports whether the key word that ends at k+1 is
// joined by '_' or '-' to a word for an address before it: "addr_line2",
// "address-line-1".
func (w *window) addressPrefixBefore(k int) bool {
	if b := w.byteAt(k); b != '_' && b != '-' {
		return false
	}
	var buf [16]byte
	word, _ := wordBefore(w, k, buf[:])
	switch string(word) {
	case "addr", "address", "adr", "add",
		"perm", "permanent", "corr", "correspondence", "mailing", "postal", "resi", "residential": // CKYC's "PERM_LINE1", "CORR_LINE2"
		return true
	}
	return false
}

// addressHeadingAbove reports a heading that names an address on one of
// the two lines above the label that ends at k: "NEW PERMANENT ADDRESS"
// over "Line 1: …", "Line 2: …", as forms lay out an address's lines.
func (w *window) addressHeadingAbove(k int) bool {
	const maxHeading = 48
	p := k
	for k-p < 2*maxHeading && w.byteAt(p) >= 0 && w.byteAt(p) != '\n' {
		p--
	}
	for range 2 {
		if w.byteAt(p) != '\n' {
			return false
		}
		e := p // the line above ends at e
		s := e - 1
		for e-s <= maxListLine && w.byteAt(s) >= 0 && w.byteAt(s) != '\n' {
			s--
		}
		if e-s > maxListLine || w.byteAt(s) >= 0 && w.byteAt(s) != '\n' || w.byteAt(s) < 0 && w.base+int64(s+1) != 0 {
			return false
		}
		heading := true
		var buf [8]byte
		for q := s + 1; q < e && heading; {
			b := w.byteAt(q)
			if b == ':' || b == '=' || isDigitByte(b) {
				heading = false
				break
			}
			if !isASCIILetter(byte(max(b, 0))) {
				q++
				continue
			}
			word, ok := w.wordAt(q, buf[:])
			if ok && string(word) == "address" {
				return true
			}
			q += max(len(word), 1)
			for isASCIILetter(byte(max(w.byteAt(q), 0))) {
				q++
			}
		}
		if heading || e-s > maxHeading && w.byteAt(s+1) != 'L' && w.byteAt(s+1) != 'l' {
			return false // a heading of another thing; or a long line, not an address's "Line 1: …"
		}
		p = s // a line of the address, as "Line 1: …" is: look one further up
	}
	return false
}

// parentKeyIsAddress reports whether the key that ends at k (its word
// read, k just before it) sits in an object or a block whose own key is
// an address label: '{' after "address":, a YAML line "address:" above,
// less indented, or "address {" above, as protocol buffers' text format
// writes a message.
func (w *window) parentKeyIsAddress(k int) bool {
	if w.byteAt(k) == '"' {
		k--
	}
	for n := 0; n < 2 && w.byteAt(k) == ' ' && (w.byteAt(k-1) == '{' || w.byteAt(k-1) == ' ' && w.byteAt(k-2) == '{'); n++ {
		k-- // "address: { line1: …", as GraphQL and JavaScript write it
	}
	var buf [16]byte
	switch {
	case (w.byteAt(k) == '{' || w.byteAt(k) == '(') && isASCIILetter(byte(max(w.byteAt(k-1), 0))):
		// "residentialAddress=Address{line1='…'", "Address(line1=…)":
		// Java's and Kotlin's toString name the object by its class
		word, _ := wordBefore(w, k, buf[:])
		return string(word) == "address" || string(word) == "addr"
	case w.byteAt(k) == '{':
		k--
		for n := 0; n < 2 && w.byteAt(k) == ' '; n++ {
			k--
		}
		if w.byteAt(k) != ':' {
			return false
		}
		word, _ := labelBefore(w, k, buf[:])
		_, ok := addressLabels[string(word)]
		return ok
	case w.byteAt(k) == ' ':
		indent := 0
		for w.byteAt(k) == ' ' && indent < 16 {
			k--
			indent++
		}
		if w.byteAt(k) != '\n' {
			return false
		}
		// The lines above, up to the one at a smaller indent that opens
		// the block: "address:" in YAML, "address {" in protocol
		// buffers' text format, "\"address\": {" in pretty JSON; the
		// key's siblings and what they nest between.
		from := k
		for range maxParentLines {
			k-- // the end of the line above
			if w.byteAt(k) == '\r' {
				k--
			}
			s := k
			for w.byteAt(s) >= 0 && w.byteAt(s) != '\n' && from-s < maxParentReach {
				s--
			}
			if w.byteAt(s) >= 0 && w.byteAt(s) != '\n' {
				return false // too far to look
			}
			lead := 0
			for w.byteAt(s+1+lead) == ' ' && lead < 16 {
				lead++
			}
			if lead >= indent {
				k = s // a sibling, or what one nests
				continue
			}
			for w.byteAt(k) == ' ' {
				k--
			}
			if w.byteAt(k) == '{' {
				for k--; w.byteAt(k) == ' '; k-- {
				}
				if w.byteAt(k) != ':' {
					word, _ := wordBefore(w, k+1, buf[:]) // "address {"
					_, ok := addressLabels[string(word)]
					return ok
				}
			}
			if w.byteAt(k) != ':' {
				return false
			}
			word, _ := labelBefore(w, k, buf[:])
			_, ok := addressLabels[string(word)]
			return ok
		}
	}
	return false
}

// maxParentLines and maxParentReach bound the lines and bytes read back
// for a key's parent (see parentKeyIsAddress), within what a stream
// keeps of the text before its buffer.
const (
	maxParentLines = 8
	maxParentReach = 200
)

// addressKeyBefore returns where the '=' of a key=value pair stands when
// the value starts at i, quoted or not (address="…", address='…'), and
// whether the key's last two letters may end an address label (see
// addressPair); addressLabelBefore then reads the key. eq may be
// negative: in a stream's history.
func (w *window) addressKeyBefore(i int) (eq int, ok bool) {
	k := 0 // the key's last letter is at eq-1-k
	switch b := w.byteAt(i - 1); {
	case b == '=':
		eq = i - 1
	case (b == '"' || b == '\'') && w.byteAt(i-2) == '=':
		eq = i - 2
	case (b == '"' || b == '\'') && w.byteAt(i-2) == ' ' && w.byteAt(i-3) == '=' && w.byteAt(i-4) == ' ':
		eq, k = i-3, 1 // SQL: "SET address = 'Flat 1101, …'"
	default:
		return 0, false
	}
	j := eq - 1 - k // the key's last byte
	if b := w.byteAt(j); b == '`' || b == '"' || b == '\'' {
		j-- // SQL's "`addr_line1`='…'", a quoted key
	}
	if b := w.byteAt(j); b >= '1' && b <= '9' {
		j-- // "line1='…'", "addr_line2="
	}
	return eq, addressPair(byte(max(w.byteAt(j-1), 0)), byte(max(w.byteAt(j), 0)))
}

// addressOfBefore reports whether the label word that starts after k is
// what an address is of or for: "Address of establishment", "Address for
// correspondence", "Address of the applicant", not "IP address of the
// server".
func (w *window) addressOfBefore(k int) bool {
	var buf [16]byte
	for n := 0; n < 2; n++ {
		for m := 0; m < 2 && w.byteAt(k) == ' '; m++ {
			k--
		}
		word, s := wordBefore(w, k+1, buf[:])
		switch string(word) {
		case "the":
			k = s - 1
			continue
		case "of", "for":
			k = s - 1
			for m := 0; m < 2 && w.byteAt(k) == ' '; m++ {
				k--
			}
			word, s = wordBefore(w, k+1, buf[:])
			if string(word) != "address" {
				return false
			}
			for k = s - 1; w.byteAt(k) == ' '; k-- {
			}
			word, _ = wordBefore(w, k+1, buf[:])
			return !notAddressBefore[string(word)]
		}
		return false
	}
	return false
}

// hasAddressLabel is addressLabelBefore's yes or no.
func hasAddressLabel(w *window, c int) bool {
	_, ok := addressLabelBefore(w, c)
	return ok
}

// labelBefore reads the word that ends right before the ':' at c (a
// closing quote, double or single as Python writes a dict, or a backtick
// as MySQL quotes a column, and spaces between them allowed) into buf (see
// wordBefore). It returns the word, empty for none, and the position just
// before it.
func labelBefore(w *window, c int, buf []byte) (word []byte, before int) {
	k := c - 1
	for m := 0; m < maxFormGap && (w.byteAt(k) == ' ' || w.byteAt(k) == '"' || w.byteAt(k) == '\'' || w.byteAt(k) == '`' || w.byteAt(k) == '\\' && w.byteAt(k+1) == '"'); m++ {
		k-- // and escaped in a JSON string: \"address\": \"…; SQL's `addr_line1`='…'
	}
	if e, ok := wrapperKeyEnd(w.byteAt, k+1); ok {
		k = e - 1 // "address_line1":{"string":"…"}: the wrapper's key names the value
	}
	if b := w.byteAt(k); b >= '1' && b <= '9' && isASCIILetter(byte(max(w.byteAt(k-1), 0))) {
		k-- // "addressLine1", "address2"
	} else if b >= '1' && b <= '9' && w.byteAt(k-1) == ' ' && isASCIILetter(byte(max(w.byteAt(k-2), 0))) {
		k -= 2 // "Line 1:", "Address Line 2:"
	}
	if w.byteAt(k) == ')' {
		// "Address (as per Aadhaar):": a note in brackets after the label
		o := k - 1
		for k-o < 32 && w.byteAt(o) >= 0 && w.byteAt(o) != '(' && w.byteAt(o) != '\n' && w.byteAt(o) != ')' {
			o--
		}
		switch {
		case w.byteAt(o) == '(' && w.byteAt(o-1) == ' ':
			k = o - 2
		case w.byteAt(o) == '(' && isASCIILetter(byte(max(w.byteAt(o-1), 0))) && (k-o == 2 && w.byteAt(o+1)|0x20 == 's' || k-o == 3 && w.byteAt(o+1)|0x20 == 'e' && w.byteAt(o+2)|0x20 == 's'):
			k = o - 1 // "ADDRESS(ES):", a form's plural
		default:
			return buf[:0], k
		}
	}
	if e, ok := pairNameEnd(w.byteAt, k+1); ok {
		k = e - 1 // {"key":"patient.address","value":{"stringValue":"…"}}
	}
	word, start := wordBefore(w, k+1, buf)
	if languageSuffixes[string(word)] && (w.byteAt(start-1) == '_' || w.byteAt(start-1) == '-') {
		// "name_hi", "applicant_name_ta", "address_local": the value in a
		// language's script, labelled by the word before its code
		word, start = wordBefore(w, start-1, buf)
	}
	return word, start - 1
}

// languageSuffixes are the codes and words a key ends with to say which
// language or script its value is written in.
var languageSuffixes = map[string]bool{
	"hi": true, "ta": true, "te": true, "kn": true, "ml": true, "mr": true, "bn": true, "gu": true, "pa": true,
	"or": true, "as": true, "ur": true, "en": true, "ne": true, "sa": true, "local": true, "regional": true,
	"vernacular": true, "native": true,
}

// isLanguageCode reports whether a and b, lower-case letters, are one of
// languageSuffixes' two-letter codes: the colon's quick test asks it of
// every "…_xx:" key, so it hashes nothing.
func isLanguageCode(a, b byte) bool {
	switch uint16(a)<<8 | uint16(b) {
	case 'h'<<8 | 'i', 't'<<8 | 'a', 't'<<8 | 'e', 'k'<<8 | 'n', 'm'<<8 | 'l', 'm'<<8 | 'r', 'b'<<8 | 'n', 'g'<<8 | 'u',
		'p'<<8 | 'a', 'o'<<8 | 'r', 'a'<<8 | 's', 'u'<<8 | 'r', 'e'<<8 | 'n', 'n'<<8 | 'e', 's'<<8 | 'a':
		return true
	}
	return false
}

// sixDigitCountries are the places abroad, countries and their big
// cities, whose postcodes are six digits as India's PIN codes are.
var sixDigitCountries = map[string]bool{
	"singapore": true, "china": true, "beijing": true, "shanghai": true, "shenzhen": true, "guangzhou": true,
	"russia": true, "moscow": true, "vietnam": true, "hanoi": true, "kazakhstan": true, "almaty": true,
	"astana": true, "uzbekistan": true, "tashkent": true, "kyrgyzstan": true, "bishkek": true, "belarus": true,
	"minsk": true, "romania": true, "bucharest": true, "nigeria": true, "lagos": true, "abuja": true,
	"colombia": true, "bogota": true, "ecuador": true, "quito": true, "tajikistan": true, "dushanbe": true,
	"turkmenistan": true, "ashgabat": true,
}

// sixDigitCountryBefore reports such a place's name right before the
// six digits at p, a space or a comma away.
func (w *window) sixDigitCountryBefore(p int) bool {
	e := p
	for n := 0; n < 2 && (w.byteAt(e-1) == ' ' || w.byteAt(e-1) == ','); n++ {
		e--
	}
	var buf [16]byte
	word, _ := wordBefore(w, e, buf[:])
	return sixDigitCountries[string(word)]
}

// wordBefore reads the word that ends at e (exclusive) into buf: ASCII
// letters, lower-cased, or the bytes of another script; the slash of
// "r/o" is dropped. It returns the word, empty when there is none or it
// is longer than buf, and where it starts.
func wordBefore(w *window, e int, buf []byte) (word []byte, start int) {
	k := e
	for ; e-k <= len(buf); k-- {
		b := w.byteAt(k - 1)
		if b == '/' && e-k == 1 && w.byteAt(k-2)|0x20 == 'r' {
			continue // "r/o"
		}
		if b < 0 || b < 0x80 && !isASCIILetter(byte(b)) {
			break
		}
	}
	if k == e || e-k > len(buf) {
		return buf[:0], k
	}
	n := 0
	for p := k; p < e; p++ {
		if b := byte(w.byteAt(p)); b != '/' {
			if b < 0x80 {
				b |= 0x20
			}
			buf[n] = b
			n++
		}
	}
	return buf[:n], k
}

// valueStart returns where the value after the ':' or '=' at c starts:
// past a few spaces, a quote, and the empty fields of a vCard's ADR
// ("ADR;TYPE=HOME:;;Plot 228, …").
func valueStart(w *window, c int) int {
	p := c + 1
	for n := 0; n < 3 && w.byteAt(p) == ' '; n++ {
		p++
	}
	if w.byteAt(p) == '\\' && w.byteAt(p+1) == '"' {
		p++ // \"…\": a JSON string's quote, escaped within another
	}
	if b := w.byteAt(p); b == '"' || b == '\'' {
		p++
	}
	for n := 0; n < 3 && w.byteAt(p) == ';'; n++ {
		p++
	}
	return p
}

// valueBelowLabel reports, for a label whose ':' at c ends its line (p,
// from valueStart, at the line's break) and stands alone on it, where
// the value on the next line starts.
func (w *window) valueBelowLabel(c, p int) (int, bool) {
	if w.byteAt(c) != ':' {
		return p, false
	}
	q := p
	if w.byteAt(q) == '\r' {
		q++
	}
	if w.byteAt(q) != '\n' {
		return p, false
	}
	for k := c - 1; ; k-- {
		b := w.byteAt(k)
		if b == '\n' || b < 0 && k < 0 {
			break
		}
		if c-k > 48 || b < 0 || b != ' ' && b != '.' && b != '_' && b != '/' && b < 0x80 && !isASCIILetter(byte(b)) {
			return p, false // words before the label on its line: no label alone
		}
	}
	for q++; w.byteAt(q) == ' ' && q-p < 16; q++ {
	}
	if b := w.byteAt(q); b == '\n' || b == '\r' || b < 0 {
		return p, false
	}
	return q, true
}

// labelledAddress reads the address, with at least commas commas, after
// the label whose ':' is at c, and returns where scanning goes on: after
// the address, or c+1.
func (r *Redactor) labelledAddress(w *window, c, commas int, out *[]match) int {
	if w.byteAt(c) == ':' && w.byteAt(c+1) == '=' {
		return c + 1 // "addr := net.JoinHostPort(…)": Go's declaration, no label
	}
	p := valueStart(w, c)
	if q, ok := w.valueBelowLabel(c, p); ok {
		p = q // "ವಿಳಾಸ:\nಗ್ರಾಮ: ಕಡೂರು, …": a label alone on its line, the address under it
	}
	if w.byteAt(c) == '=' && p == c+1 {
		// "?address=Flat+5%2C+MG+Road%2C+Pune+411001": a form's or a
		// query's value, encoded, which the key names whole.
		if e, ok := w.formValueEnd(p); ok || w.short {
			if w.short {
				return c
			}
			*out = append(*out, match{kind: kLocation, start: p, end: e, score: 0.8, reason: "encoded address after its key"})
			return e
		}
	}
	if q, ok := w.relationAt(p); ok && r.cfg.person {
		// "Address: S/O Biswajit Das, 146, Bazaar Street, …", as Aadhaar
		// prints it: the father's name, then the address.
		if e := r.labelledName(w, q, out); e > q && w.byteAt(e) == ',' {
			for p = e + 1; w.byteAt(p) == ' '; p++ {
			}
		}
	}
	if q, ok := w.firmNameAt(p); ok {
		p = q // "Name and address of the Employer: Quadrant Softech Pvt Ltd, 7th Floor, …"
	}
	end := r.addressFrom(w, p, commas, false, reasonLabelled, out)
	if w.short {
		return c
	}
	return max(end, c+1)
}

// maxFirmName bounds a company's name before its address.
const maxFirmName = 64

// firmNameAt reports a company's registered name at p that a comma ends,
// "Quadrant Softech Pvt Ltd, ", and where what follows it starts: a
// label for a name and an address gives both, the company's first.
func (w *window) firmNameAt(p int) (int, bool) {
	if !isUpperByte(w.byteAt(p)) {
		return p, false
	}
	var buf [12]byte
	for q := p; q-p < maxFirmName; {
		s := q
		for isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if q == s || q-s > len(buf) {
			return p, false
		}
		firm := companyWords[string(lowerASCII(buf[:], w.buf[s:q]))]
		if w.byteAt(q) == '.' {
			q++ // "Pvt. Ltd."
		}
		switch w.byteAt(q) {
		case ',':
			if !firm || w.byteAt(q+1) != ' ' {
				return p, false
			}
			return q + 2, true
		case ' ', '&', '-':
			q++
		default:
			return p, false
		}
	}
	return p, false
}

// formValueEnd returns the end of the form-encoded value at p ("Flat+5%2C+MG
// +Road%2C+Pune", "12%2C%20Park%20Street") and whether it is one: no
// spaces, '+' or "%20" between its words, a digit and at least eight
// letters, ended by '&', a space, a quote or the line's end within
// maxAddress bytes.
func (w *window) formValueEnd(p int) (int, bool) {
	encoded, digit, letters := false, false, 0
	for q := p; q-p < maxAddress; q++ {
		b := w.byteAt(q)
		switch {
		case b < 0 || b == '&' || b == ' ' || b == '"' || b == '\'' || b == '\n' || b == '\r' || b == '\t' || b == '#' || b == ';':
			return q, encoded && digit && letters >= 6
		case b == '+':
			encoded = true
		case b == '%':
			if h := w.byteAt(q + 1); h == '2' && (w.byteAt(q+2) == '0' || w.byteAt(q+2)|0x20 == 'c') {
				encoded = true
				q += 2 // "%20", "%2C": its hex digits are no part of the address's digits
			}
		case isDigitByte(b):
			digit = true
		case b == 'X' || b == 'x':
			// What a mask wrote counts for nothing: "Adr=0+200000" masked
			// is "Adr=0+XXXXXX", which a second pass must pass too.
		case isASCIILetter(byte(b)):
			letters++
		}
	}
	return p, false
}

// xmlElementBefore writes into buf, lower-cased, the name of the XML
// element whose start tag ends right before i ("<ADDRESS>", "<cbc:Name>",
// no attributes), its namespace dropped, and returns it; empty for none.
func xmlElementBefore(get func(int) int, i int, buf []byte) []byte {
	if get(i-1) != '>' {
		return buf[:0]
	}
	k := i - 2
	for ; i-k <= len(buf)+2 && (isASCIILetter(byte(max(get(k), 0))) || isDigitByte(get(k)) || get(k) == '_' || get(k) == '-'); k-- {
	}
	if get(k) == ':' { // a namespace's prefix
		for k--; isASCIILetter(byte(max(get(k), 0))); k-- {
		}
	}
	if get(k) != '<' || k >= i-2 {
		return buf[:0]
	}
	s := k + 1
	for get(s) != ':' && s < i-1 && isASCIILetter(byte(max(get(s), 0))) {
		s++
	}
	if get(s) != ':' {
		s = k + 1
	} else {
		s++
	}
	n := 0
	for p := s; p < i-1 && n < len(buf); p++ {
		if b := get(p); isASCIILetter(byte(max(b, 0))) {
			buf[n] = byte(b) | 0x20
			n++
		}
	}
	return buf[:n]
}

// relationAt reports a relation's label at p, "S/O", "D/O", "W/O" or
// "C/O" (a colon after it or not), and where the name after it starts.
func (w *window) relationAt(p int) (int, bool) {
	switch w.byteAt(p) | 0x20 {
	case 's', 'd', 'w', 'c':
	default:
		return p, false
	}
	if w.byteAt(p+1) != '/' || w.byteAt(p+2)|0x20 != 'o' {
		return p, false
	}
	q := p + 3
	if w.byteAt(q) == ':' {
		q++
	}
	if w.byteAt(q) != ' ' {
		return p, false
	}
	for w.byteAt(q) == ' ' {
		q++
	}
	return q, isUpperByte(w.byteAt(q))
}

// addressFrom reads an address that starts at start and returns where
// scanning goes on: past it (and past its PIN code), or start. The address
// must have at least commas commas, a few letters and a digit, comma or
// slash. With toPIN it must also end at its PIN code, or at a PIN label
// (", pin 248 001"), and read like prose: a space after every comma, and
// no '=', '@' or '_' of a record.
//
// A line that ends in a comma goes on on the next line ("House 22,\n
// Zarkawt, Aizawl").
func (r *Redactor) addressFrom(w *window, start, commas int, toPIN bool, reason string, out *[]match) int {
	if marks, parts := w.marksWithin(start); commas != addressPart && (marks == 0 || parts < commas) &&
		!(toPIN && marks > 0 && (w.byteAt(start-1) == '|' || w.byteAt(start-1) == '\t') && w.houseWordAt(start)) { // a row's cell (see pinCellAfter)
		// No number, comma, slash or hyphen, or fewer commas and line
		// breaks than the parts asked for: no address (see marks and
		// seen below), and no need to read maxAddress bytes to say so.
		return start
	}
	p, end, pin := start, start, 0
	letters, marks, seen := 0, 0, 0 // letters of any script; digits, commas, slashes; commas
	closed, record := false, false  // ended at a PIN code or its label; read like a record
	cell := false                   // a row's cell, closed by a PIN code in the next (see pinCellAfter)
	placeWord := false
	named := false                     // a digit, a capital or a letter of a script: not "addr: v, pos: e.Pos()" in code
	latin, script, numerals := 0, 0, 0 // after the first comma: Latin letters, letters of a script, digits
	lastPart, lastWords := 0, 0        // where the part after the last comma starts, and its words
	lines := 0                         // line breaks passed
	parens := 0                        // brackets opened and not closed
	budget := maxAddress               // bytes to read: a character of a script counts as one, up to twice maxAddress
	for p-start < budget {
		if p-start >= maxAddress && lastWords >= 4 && latin == 0 {
			break // past maxAddress only to finish a script's last part, not to read on into its sentence (see below)
		}
		b := w.byteAt(p)
		dollar := b == '$' && p > start && isAlnumByte(w.byteAt(p-1)) && (isUpperByte(w.byteAt(p+1)) || isDigitByte(w.byteAt(p+1)))
		if dollar {
			b = ',' // "22/220$Church Lane$Bailey Road$Bhagalpur": LDAP's postalAddress parts its lines with '$'
		}
		if b == '\n' && lines < maxAddressLines && w.houseNumberAt(start) && w.capitalAfterHouse(start) && !w.pinLabelAt(p+1) &&
			(!w.noPINBlock && w.lineEndsInName(p) && w.pinWithin(p+1, start+maxAddress, maxAddressLines-lines) || w.houseWordAt(start) && w.placeLineWithin(p+1, start+maxAddress, maxAddressLines-lines)) {
			// "67, Nandanvan Apts\nMG Road, Rajbagh\nSrinagar - 190064":
			// an address block, one part a line, that its PIN code closes.
			lines++
			seen++ // a line break parts it as a comma would
			p++
			for n := 0; n < 8 && w.byteAt(p) == ' '; n++ {
				p++
			}
			continue
		}
		if b == '\n' && lines < maxAddressLines && w.valueGoesOnAt(start, p+1) {
			// "Address  : #640, GALI NO. 9, SECTOR 13, KARNAL\n
			// 132028": a form's value wrapped onto a line indented to
			// where it started.
			lines++
			seen++
			p = w.skipSpaces(p + 1)
			continue
		}
		if b == '\n' && w.byteAt(p-1) == ',' && (w.houseNumberAt(start) || w.spacedHouseNumberAt(start) || w.villageWordAt(start) || w.scriptHouseWordAt(start) ||
			lines < maxAddressLines && w.pinWithin(p+1, start+maxAddress, 1)) && !w.keyAt(p+1) && // "കൃഷ്ണകൃപ, …, പെരുമ്പാവൂർ,\nഎറണാകുളം ജില്ല, കേരളം 683542": a house's name, the next line closed by a PIN code
			!(isLowerByte(w.byteAt(p+1)) && !w.lowerAddressWordAt(p+1)) { // not "…, Abu Dhabi, UAE,\ndo hereby appoint …": the sentence goes on
			p++ // "House 22,\nZarkawt", "146 Ring Road,\nBejai", "Vill. Sanand,\nPO Sanand": the address goes on
			for n := 0; n < 8 && w.byteAt(p) == ' '; n++ {
				p++
			}
			continue
		}
		if b == '\n' && lines < maxAddressLines && p > start && (w.placeLineAt(p+1) || w.villageAt(start) && w.ruralWordAt(p+1)) {
			// "…, Meerut\nUttar Pradesh", "Village Koregaon, Post Kasba\nTehsil
			// Sihora, Dist. Jabalpur": a state's or a big city's line, or a
			// village address's next part, goes on as a comma's would.
			lines++
			seen++
			p++
			for n := 0; n < 8 && w.byteAt(p) == ' '; n++ {
				p++
			}
			continue
		}
		if b == '\n' || b == '\r' {
			closed = w.pinLabelAt(p + 1) // "…, Aizawl\nPIN: 796001"
			break
		}
		if b == ':' && p > start && w.villagePartBefore(p) {
			// "Vill: Rampur, Post: Baraut", "গ্রাম: নতুনপাড়া, থানা: কাটোয়া":
			// a village address labels its parts.
			for p++; w.byteAt(p) == ' '; p++ {
			}
			continue
		}
		if b < 0 || b == '\t' || b == '|' || b == ';' || b == '"' || b == '{' || b == '}' || b == '<' || b == ':' || b == '\\' && w.byteAt(p+1) == '"' ||
			b == '\'' && !isASCIILetter(byte(max(w.byteAt(p+1), 0))) {
			if toPIN && !record {
				if ps, pe := w.pinCellAfter(start, p); pe > ps {
					// "…,\"B-40, Tambaram, Coimbatore\",641748,…",
					// "|Flat 702 2nd Cross Chowkidinghee Guwahati|781728|": a
					// row's address cell, its PIN code the next cell.
					closed, cell, p, pin = true, true, ps, pe
				}
			}
			if b == ':' {
				if k := w.keyStartBefore(start, p); k < p && (k >= lastPart && lastWords == 0 && seen > 0 || oneToken(w.buf[start:k])) && !w.placeNameIn(k, p) {
					// "Addr: Flat 4B, Pune, Err: none", "Addr:0xc0001 Err:…":
					// the word before the ':', a part of its own or after a
					// single token, is the record's next key, not a part of
					// the address (but "…, college road, nashik: bathroom tile
					// cracked": a place ends a sentence's address).
					if seen > 0 && k >= lastPart {
						seen--
					}
					for end = k; end > start && (w.byteAt(end-1) == ' ' || w.byteAt(end-1) == ','); end-- {
					}
				}
			}
			break // the end of the line, value or field ("…, Patna'}"), or what Label mode wrote
		}
		if b >= '0' && b <= '9' || b >= 0x80 && chars.IsDigit(w.charAt(p)) {
			if q := w.pinAt(p); q > p {
				pin = q // the PIN code: reported on its own
				closed = validators.PINCode(string(w.buf[p:q])) == nil
				break
			}
		}
		if b == ' ' && w.byteAt(p+1) == ' ' && w.byteAt(p+2) == ' ' {
			break // a column's gap, as text taken from a PDF spaces a statement's columns
		}
		if b == ' ' && w.byteAt(p+1) == 0xE2 && w.byteAt(p+2) == 0x80 && w.byteAt(p+3) == 0x94 && w.byteAt(p+4) == ' ' && w.pinAt(p+5) == p+5 {
			// "…, শিলিগুড়ি — ফোন …", "…, Barnala — 6485165379": an em dash
			// between spaces parts a sentence or a list's columns, not an
			// address (but "Jorhat — 785 129")
			break
		}
		if b == ' ' && w.byteAt(p+1) == '-' && w.byteAt(p+2) == ' ' && w.longNumberAt(p+3) || b == ',' && w.byteAt(p+1) == ' ' && (w.longNumberAt(p+2) || w.groupedMobileAt(p+2)) {
			break // "…, Ludhiana - 6485165379", "…, Ludhiana, 6485165379", "…, Rajkot, 970 821 8106": a phone's column, not a PIN code
		}
		if b == ',' && w.byteAt(p+1) == ' ' && w.keyAssignedAt(p+2) {
			closed = w.pinLabelAt(p + 2) // "…, kolkata, pin: 700313"
			break                        // "address=VM-SBIUPI, date=1790839275226, body=…": the record's next field
		}
		if (b == ',' || b == ' ') && w.fieldLabelAt(p+1) {
			closed = w.pinLabelAt(p + 1)
			break // ", Mob 98765 43210", ", PIN 796001"
		}
		if b == '.' && w.byteAt(p+1) == ' ' && sentenceEnds(w, p) {
			break
		}
		if b == '?' || b == '!' || b == ')' && parens == 0 {
			break // "Is your address still …, Mapusa?", "(A-892, …, Guwahati)": the sentence, or the bracket the address stands in, ends
		}
		if b == '(' {
			parens++
		} else if b == ')' {
			parens--
		}
		if b == 0xE0 && w.dandaAt(p) {
			break // "…, वाराणसी, उत्तर प्रदेश के रहने वाले हैं। बाइक …": a danda ends the sentence
		}
		if b == ',' && placeWord && w.byteAt(p+1) == ' ' && isLowerByte(w.byteAt(p+2)) && seen >= 2 && !w.lowerAddressWordAt(p+2) && !w.lowerWordsThenPart(p+2) && !w.genitiveInNameAt(p+2) {
			break // "…, Kottayam, Kerala, to vacate the premises": a comma, then the sentence goes on in lower case
		}
		if b == ' ' && placeWord && isLowerByte(w.byteAt(p+1)) {
			if !w.lowerAddressWordAt(p+1) && !w.lowerWordsThenPart(p+1) && !w.genitiveInNameAt(p+1) {
				break // "…, Gaya, Bihar confirmed": a place's name ends the address, the sentence goes on
			}
			placeWord = false // "Gurugram (near bus depot)": words of the address go on
		}
		switch {
		case b == '=' || b == '@' || b == '_':
			record = true
		case b == ',':
			if c := w.byteAt(p + 1); c != ' ' && c != '\n' && !dollar {
				record = true // "101,Ravi Kumar,Pune,411001": a CSV row
			}
		}
		// placeWord: past the address's last comma so far, a capitalised
		// word has started.
		switch {
		case b == ',' || b == '(': // "Gangtok (near bus depot)"
			placeWord = false
		case seen > 0 && isUpperByte(b) && (w.byteAt(p-1) == ' ' || w.byteAt(p-1) == ','):
			placeWord = true
		}
		ch, size := w.char(p)
		if size == 0 {
			break
		}
		if chars.IsDigit(ch) || chars.IsUpper(ch) || b >= 0x80 {
			named = true
		}
		switch {
		case chars.IsDigit(ch) || b == ',' || b == '/' || b == '-':
			marks++
			if b == ',' {
				seen++
				lastPart, lastWords = p+1, 0
				if seen > maxAddressParts || seen >= 3 && letters == 0 {
					return start // a list ("1, 2, 3, …", "[101, 2023, 2003, …]"), not an address
				}
			} else if seen > 0 && chars.IsDigit(ch) {
				numerals++
			}
		case ch == 'X' || ch == 'x':
			// What a mask wrote counts for nothing: a second pass over
			// "Addr:0 XXX XXX" must not find the address the first did not.
		case chars.IsUpper(ch) || chars.IsLower(ch) || b >= 0x80 && size > 1 && utf8.Valid(w.buf[p:p+size]): // not invalid UTF-8, which a mask keeps
			letters++
			if seen > 0 && b < 0x80 {
				latin++
			} else if seen > 0 {
				script++
			}
		}
		if c := w.byteAt(p + 1); b == ' ' && seen > 0 && (isAlnumByte(c) || c >= 0x80) && p > lastPart { // a word, not " - " before a PIN code
			lastWords++
		}
		p += size
		if size > 1 {
			budget = min(budget+size-1, 2*maxAddress) // "…, மாவட்டம் மதுரை": Tamil's 205 bytes, 75 characters
		}
		if b != ' ' && b != ',' && b != '-' && b != '.' {
			end = p
		}
	}
	if toPIN && !closed && commas >= 2 && (seen >= 3 || seen == 2 && (w.streetEndsFirstPart(start, end) || w.houseWordAt(start))) {
		// "Flat 1106, B Wing, Gokul Dham Apartments, Vesu, Surat,
		// Gujarat": four parts that a state or a big city closes; words
		// in lower case may follow ("…, Siliguri, medical store ke upar").
		if e, ok := w.placeEnd(start, end); ok {
			closed, reason, end = true, "address closed by a state or a city", e
		}
	}
	if toPIN && !closed && commas == 0 && seen == 0 && lines == 0 && w.unitOpens(start) && w.lastWordPlace(start, end) {
		// "my address is house no 45 sector 15 rohini delhi": no comma
		// and no PIN code, but a unit's word opens it and a state or a
		// big city ends its line.
		closed, reason = true, "address closed by a state or a city"
	}
	if toPIN && !closed && seen >= 2 && latin == 0 && numerals == 0 && script >= 6 && end > lastPart {
		// "118/4, विकास नगर, कानपुर", "৪২/১, রাসবিহারী অ্যাভিনিউ, কলকাতা": a
		// house's number, then two parts or more in an Indian script and
		// no number ("675, कमाल 4767, आवक 3550 क्विंटल" is a market's rates),
		// as lists and forms write an address without its PIN code. A last
		// part of many words runs on into a sentence: its first two are
		// the town's name ("…, कानपुर में रहते हैं").
		closed, reason = true, "address in an Indian script"
		if lastWords >= 4 {
			end = w.wordsEnd(lastPart, 2)
		}
	}
	if !toPIN && !closed && seen >= 2 && latin == 0 && script >= 6 && end > lastPart && lastWords >= 4 {
		end = w.wordsEnd(lastPart, 2) // as above, where no PIN code need close it
	}
	for end < len(w.buf) && end > start && isAlnumByte(w.byteAt(end)) && isAlnumByte(w.byteAt(end-1)) {
		end-- // never inside a token: "… बाइक का नंबर UP32|LS2254" (maxAddress cut it)
	}
	for end > start+3 && isScriptDigitEndingAt(w, end+2) && isScriptDigitEndingAt(w, end-1) {
		end -= 3 // never inside a number in a script's digits: "… મોબાઇલ ૭૦૨૬|૦૮૬૮૦૨" (the budget cut it)
	}
	if end == p && end > start && w.byteAt(end) == 0xE0 && w.byteAt(end-3) == 0xE0 {
		// The budget ran out inside a word of a script: the word goes
		// with the address, its rest unmasked would tell it.
		e := skipIndicLetters(w.buf, end)
		if e+2 >= len(w.buf) && !w.atEOF {
			w.short = true
			return start
		}
		end = e
	}
	partWord := commas == addressPart && isCapitalisedWord(w.buf[start:end]) // "line2": "Patia"
	if cell && seen < commas && w.houseWordAt(start) {
		commas = seen // "Flat 702 2nd Cross Chowkidinghee Guwahati": a unit's word opens the cell
	}
	// (A village's parts may stand apart by their words alone, its PIN
	// code closing it: "VILL UJHA PO NILOKHERI DIST KARNAL 132086".)
	if !named && seen >= 2 && w.villageAt(start) {
		named = true // "vill pattambi, po pattambi, taluk pattambi distt palakkad": a village's address in lower case, its parts' words naming it
	}
	if w.short || letters < 3 || !named || marks == 0 && commas != addressPart && !(closed && w.villageAt(start)) || seen < commas || end-start < 6 && !partWord ||
		allMask(w, start, end) || holdsMask(w.buf[start:end]) || hasMaskWord(w.buf[start:end], 3) ||
		oneToken(w.buf[start:end]) && !partWord || // one token: an SMS's sender "VM-HDFCBK", not a locality under its key ("line2": "Patia")
		toPIN && (!closed || record || !cell && !w.streetLine && !w.capitalAfterHouse(start) && !w.lowerStreetIn(start, end) && !w.unitThenStreetAt(start) && !(seen >= 2 && isDigitByte(w.byteAt(start)) && w.shortPartsIn(start, end) && w.placeEndsAt(start, end))) {
		return start // (in lower case, a street's or a locality's word will do: "#233, sudama nagar, indore 452033"; or a big city or a state last: "419, nakhas, bareilly - 243275")
	}
	if commas > 0 && !(w.streetLine && toPIN && closed) && (letters < 8 || !w.houseNumberAt(start) && !((toPIN && closed || commas == 1) && w.spacedHouseNumberAt(start)) && !(toPIN && closed && seen > 0 && w.unitThenStreetAt(start) && w.capitalisedWordBefore(end)) &&
		!(toPIN && closed && landmarkAt(w, start)) && !w.buildingNameAt(start) && !(toPIN && closed && w.lowerSpacedHouseAt(start)) &&
		!((closed || commas >= 2 && w.placeEndsAt(start, end)) && seen >= 2 && w.localityIn(start, end)) && !(seen >= 2 && w.villageAt(start)) &&
		!(reason == reasonLabelled && seen >= 2 && w.placeEndsAt(start, end) && w.shortPartsIn(start, end) && !w.organisationLabelBefore(start)) &&
		!(reason == reasonIntroduced && seen >= 1 && residenceBefore(w, start) && w.lastPartIndian(start, end) && (w.shortPartsIn(start, end) && !w.firstPartPlace(start, end) || seen >= 2 && w.houseWordAt(start)))) {
		// "moved to Pune, Maharashtra, India": a city, not a street
		// address (but "Residence: Venglai, Lunglei, Mizoram": where a
		// label says one lives, a locality, a town and a state are it;
		// not an employer's "Skyline Builders, 28 Industrial Area, New
		// Delhi"); nor where one lives, a locality and its town ("Family
		// settled at Sigra, Varanasi", not "lives in Pune, Maharashtra"),
		// or a unit's word and two parts ("lives at House No 13
		// Mansarovar, Udaipur, Rajasthan")
		return start
	}
	if w.officeLabelBefore(start) || w.officeCellAt(start) {
		// A company's office: its words open no address of their own, and
		// its PIN code is the company's too.
		return max(end, pin)
	}
	if toPIN && w.companyBefore(start) && !w.addressWordsBefore(start) {
		// "QuickDrop Logistics Pvt Ltd, Survey No. 279, MIDC …": a
		// company's premises, no one's home, where no label asks for the
		// address; its words open no address of their own ("5, MIDC, …")
		return end
	}
	if pin > 0 && w.sixDigitCountryBefore(p) {
		// "88 Orchard Road #12-03, Singapore 238839": a postcode of
		// another country's six digits, the address's own, no PIN code.
		*out = append(*out, match{kind: kLocation, start: start, end: pin, score: 0.8, reason: reason + ", abroad"})
		return pin
	}
	*out = append(*out, match{kind: kLocation, start: start, end: end, score: 0.8, reason: reason})
	if pin > 0 && r.cfg.enabled&kPINCode.mask() != 0 && validators.PINCode(string(w.buf[p:pin])) == nil {
		*out = append(*out, match{kind: kPINCode, start: p, end: pin, score: 0.9, reason: "PIN code ending an address"})
		return pin
	}
	return end
}

// oneToken reports whether b, its spaces at either end aside, holds
// neither a space nor a comma: "in.Addr" in "address:     in.Addr,".
func oneToken(b []byte) bool {
	b = bytes.Trim(b, " ")
	return bytes.IndexByte(b, ' ') < 0 && bytes.IndexByte(b, ',') < 0
}

// reasonLabelled is the reason of an address read after its label.
const reasonLabelled = "address after a label"

// reasonIntroduced is the reason of an address read after words that
// introduce one ("lives at", "dispatched to").
const reasonIntroduced = "address after an introduction"

// lastPartIndian reports whether the part of [start, end) after its last
// comma is the name of an Indian state, city or town (not "Toronto,
// Canada").
func (w *window) lastPartIndian(start, end int) bool {
	c := bytes.LastIndexByte(w.buf[start:end], ',')
	return c > 0 && w.placeNameIn(start+c+1, end)
}

// firstPartPlace reports whether the part of [start, end) before its
// first comma is a state's, a city's or a town's name: "Pune,
// Maharashtra" names a city, "Sigra, Varanasi" a locality in one.
func (w *window) firstPartPlace(start, end int) bool {
	c := bytes.IndexByte(w.buf[start:end], ',')
	return c > 0 && w.placeNameIn(start, start+c)
}

// keyStartBefore returns where a record's key ends at the ':' at c, in
// an address's value that starts at start: a word of ASCII letters,
// digits, '_', '.' and '-' that opens with a letter, a space or a comma
// before it. It returns c when no such word stands there ("…, open
// 10:30", "ঠিকানা: …, জেলা:").
func (w *window) keyStartBefore(start, c int) int {
	k := c
	for k > start && k > c-32 {
		b := w.byteAt(k - 1)
		if b < 0 || !isAlnumByte(b) && b != '_' && b != '.' && b != '-' {
			break
		}
		k--
	}
	if k == c || !isASCIILetter(byte(w.byteAt(k))) || k > start && w.byteAt(k-1) != ' ' && w.byteAt(k-1) != ',' {
		return c
	}
	return k
}

// localityWords name a locality or a part of one in a capitalised
// address that has no house's number: "Mohalla Momin Ansar, Mau",
// "Hage Village, Hong, Ziro", "Krishnanagar, Near Kali Bari, Agartala",
// "McCluskieganj, Ranchi District, Jharkhand".
var localityWordsTitled = map[string]bool{
	"mohalla": true, "mohallah": true, "leikai": true, "tola": true, "basti": true, "village": true, "vill": true,
	"near": true, "opp": true, "opposite": true, "behind": true, "district": true, "dist": true, "distt": true,
	"bazaar": true, "bazar": true, "colony": true, "nagar": true, "road": true, "marg": true, "lane": true,
	"street": true, "chowk": true, "khel": true, "ward": true, "sector": true, "block": true, "tehsil": true, "taluk": true,
}

// maxShortPart bounds the words of each part of an address in lower case
// that its city closes (see shortPartsIn).
const maxShortPart = 3

// shortPartsIn reports whether every part of [start, end), between its
// commas, holds maxShortPart words at most, as an address's parts do
// ("419, nakhas, bareilly") and a sentence's clauses rarely do ("No.
// E4923893, presently residing at 281 Collins St, Toronto").
func (w *window) shortPartsIn(start, end int) bool {
	words := 0
	for p := start; p < end; p++ {
		switch c := w.buf[p]; {
		case c == ',':
			words = 0
		case c != ' ' && (p == start || w.buf[p-1] == ' ' || w.buf[p-1] == ','):
			if words++; words > maxShortPart {
				return false // a word opens here, one too many for its part
			}
		}
	}
	return true
}

// localityIn reports a word of localityWordsTitled in [start, end).
func (w *window) localityIn(start, end int) bool {
	var buf [16]byte
	for p := start; p < end; {
		for p < end && !isASCIILetter(w.buf[p]) {
			p++
		}
		q := p
		for q < end && isASCIILetter(w.buf[q]) {
			q++
		}
		if q > p && q-p <= len(buf) && localityWordsTitled[string(lowerASCII(buf[:], w.buf[p:q]))] {
			return true
		}
		p = q
	}
	return false
}

// placeEndsAt is placeEnd's yes or no.
func (w *window) placeEndsAt(start, end int) bool {
	_, ok := w.placeEnd(start, end)
	return ok
}

// isCapitalisedWord reports a word of four or more ASCII letters, a
// capital and then lower case: a place's name, not a code nor a value's
// placeholder ("None", "Same").
func isCapitalisedWord(b []byte) bool {
	if len(b) < 4 || len(b) > 24 || !isUpperByte(int(b[0])) {
		return false
	}
	for _, c := range b[1:] {
		if !isLowerByte(int(c)) {
			return false
		}
	}
	var buf [24]byte
	return !valuePlaceholders[string(lowerASCII(buf[:], b))]
}

// valuePlaceholders are words a field holds for no value.
var valuePlaceholders = map[string]bool{
	"none": true, "null": true, "test": true, "same": true, "unknown": true, "pending": true, "empty": true,
	"blank": true, "true": true, "false": true, "undefined": true, "string": true, "value": true, "select": true,
	"dummy": true, "sample": true, "optional": true, "missing": true, "redacted": true, "masked": true, "hidden": true,
}

// hasMaskWord reports a word of minRun or more X's and nothing else in
// s: where a mask wrote over digits ("XXX XXX" of a PIN code), which a
// second pass must not read as part of an address or a name.
func hasMaskWord(s []byte, minRun int) bool {
	run := 0
	for k, c := range s {
		switch {
		case c == 'X':
			run++
		case isAlnumByte(int(c)):
			run = -len(s) // a word with other letters or digits
		default:
			if run >= minRun {
				return true
			}
			run = 0
		}
		if k == len(s)-1 && run >= minRun {
			return true
		}
	}
	return false
}

// lineEndsInName reports whether the line that ends at p ends as an
// address's line does: in a capitalised word or a number, not in prose
// ("…, Karnataka and").
func (w *window) lineEndsInName(p int) bool {
	k := p - 1
	if w.byteAt(k) == '\r' {
		k--
	}
	for n := 0; n < 32 && isASCIILetter(byte(max(w.byteAt(k), 0))); n++ {
		k--
	}
	b := w.byteAt(k + 1)
	return isUpperByte(b) || isDigitByte(b) || b >= 0x80 || isDigitByte(w.byteAt(k))
}

// scriptHouseLettersEnd returns where the letters of an Indian script
// that open a house's number end, before the '-' or '/' and the digit
// after them: "ई-३७", "बी-१२/३", "सी/401" (E-37, B-12/3, C/401, as Hindi
// and Marathi notices write them). It returns i when none open one.
func (w *window) scriptHouseLettersEnd(i int) int {
	q := i
	for n := 0; n < 3 && w.byteAt(q) == 0xE0; n++ {
		c, size := w.char(q)
		if size != 3 || chars.IsDigit(c) {
			break
		}
		q += 3
	}
	if b := w.byteAt(q); q == i || b != '-' && b != '/' {
		return i
	}
	if c, _ := w.char(q + 1); !chars.IsDigit(c) {
		return i
	}
	return q
}

// scriptAddressWordBefore reports a script's word for an address one
// space before i, no colon, and a house's number at i: "पता 45 …",
// "ঠিকানা ৪৫ বিবেকানন্দ পল্লী, …", opening its line or a field. Such a
// word is a label, as it is before a colon.
func (w *window) scriptAddressWordBefore(i int) bool {
	if i < 0 || i >= len(w.buf) || w.byteAt(i-1) != ' ' {
		return false
	}
	var buf [24]byte
	word, k := wordBefore(w, i-1, buf[:])
	if len(word) == 0 || word[0] < 0x80 || keyWords[string(word)] != Location {
		return false
	}
	if c, _ := w.char(i); !chars.IsDigit(c) && w.scriptHouseLettersEnd(i) == i {
		return false
	}
	// The word opens the line, a chat's turn or a field: not "मुझे पता 2
	// दिन बाद चलेगा" (I will know in two days).
	for k--; w.byteAt(k) == ' '; k-- {
	}
	switch w.byteAt(k) {
	case -1, '\n', ']', ':', '|', ',', '-', '(':
		return true
	case 0xA4: // a danda ends the sentence before: "… নাম তাপস মণ্ডল। ঠিকানা ১২/৩ বি, …"
		return w.byteAt(k-1) == 0xA5 && w.byteAt(k-2) == 0xE0
	}
	return false
}

// slashedHouseAt reports a house number written with a slash at p and a
// capitalised word after it, no comma between: "57/23 Behind Petrol Pump".
func (w *window) slashedHouseAt(p int) bool {
	q, slash := p, false
	for ; q-p < maxHouseNumber; q++ {
		b := w.byteAt(q)
		if b == '/' && q > p && isDigitByte(w.byteAt(q-1)) && isDigitByte(w.byteAt(q+1)) {
			slash = true
		} else if !isDigitByte(b) && !(slash && isUpperByte(b)) {
			break
		}
	}
	return slash && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1))
}

// capitalAfterHouse reports whether the house number at p is followed,
// after its comma or line break, by a capital or a digit: "67, Nandanvan
// Apts", "Door No 18/4B\nNehru Street", not "12, fixes, tests".
func (w *window) capitalAfterHouse(p int) bool {
	for k := p; k-p < 48; k++ { // "12/3 Netaji Subhash Road, Behala": the street's name before the comma
		if b := w.byteAt(k); b == ',' || b == '\n' || b == '\r' {
			for k++; w.byteAt(k) == ' ' || w.byteAt(k) == '\n' || w.byteAt(k) == '\r'; k++ {
			}
			b := w.byteAt(k)
			return isUpperByte(b) || isDigitByte(b) || b >= 0x80 || w.lowerAddressWordAt(k) // "H.No. 5/30, near Water Tank, …"
		}
	}
	return false
}

// maxAddressLines bounds the line breaks within an address block: a
// courier's label may give each part its own line ("Plot No. 74\nAnugraha
// Layout\nnear Water Tank\nPeelamedu\nCoimbatore\nTamil Nadu\n641543").
const maxAddressLines = 6

// placeLineWithin reports whether one of the next lines (at most lines
// of them, before limit) of an address block that starts at i ends in a
// state's or a big city's name, each line as pinWithin wants it: "House
// No 58\nBariatu Road near water tank\nGaya, Bihar" has no PIN code to
// close it.
func (w *window) placeLineWithin(i, limit, lines int) bool {
	return w.closingLineWithin(i, limit, lines, true)
}

// pinWithin reports whether a PIN code, or a PIN label, stands within the
// next lines (at most lines of them, before limit) of an address block
// that starts at i, each line short and in capitals or digits first, none
// holding a key, a record's marks or a sentence.
func (w *window) pinWithin(i, limit, lines int) bool {
	return w.closingLineWithin(i, limit, lines, false)
}

// closingLineWithin reads the lines of an address block for what closes
// it: a PIN code or its label, or, with place, a line that ends in a
// state's or a big city's name (see pinWithin and placeLineWithin).
func (w *window) closingLineWithin(i, limit, lines int, place bool) bool {
	const maxLine = 64
	for ; lines > 0; lines-- {
		for n := 0; n < 8 && w.byteAt(i) == ' '; n++ {
			i++
		}
		if !place && w.pinLabelAt(i) {
			return true // "PIN: 795062" on a line of its own
		}
		if b := w.byteAt(i); !isUpperByte(b) && !isDigitByte(b) && b < 0x80 && !w.lowerAddressWordAt(i) {
			return false
		}
		k, part := i, i
		for ; k-i <= maxLine && k < limit; k++ {
			b := w.byteAt(k)
			if b < 0 || b == '\n' || b == '\r' {
				break
			}
			switch b {
			case ':', '=', '@', '\t', '|', '{', '"':
				return false
			case ',':
				part = k + 1
			}
			if !place && (isDigitByte(b) || b >= 0x80 && chars.IsDigit(w.charAt(k))) && !isDigitByte(w.byteAt(k-1)) {
				if q := w.pinAt(k); q > k {
					return validators.PINCode(string(w.buf[k:q])) == nil // "282034", "２８２０３４", "৭০০০২৯"
				}
			}
			if b == '.' && w.byteAt(k+1) == ' ' && sentenceEnds(w, k) {
				return false
			}
		}
		if k-i > maxLine || k >= limit {
			return false
		}
		if place && (w.byteAt(k) >= 0 || w.atEOF) && w.placeNameIn(part, k) {
			return true
		}
		if w.byteAt(k) != '\n' {
			return false
		}
		i = k + 1
	}
	return false
}

// placeNameIn reports a state's or a big city's name, or one as the last
// word, in [s, e): "Gaya, Bihar"'s last part.
func (w *window) placeNameIn(s, e int) bool {
	var buf [32]byte
	n := 0
	for q := s; q < e && n < len(buf); q++ {
		buf[n] = byte(w.byteAt(q)) | 0x20
		n++
	}
	name := bytes.TrimSpace(buf[:n])
	return e-s <= len(buf) && len(name) > 0 && (placeNames[string(name)] || placeNames[string(name[bytes.LastIndexByte(name, ' ')+1:])])
}

// keyAt reports whether the line at i, after spaces, opens with a key: a
// word then ':' or '=' ("  port: 8000", "city=Pune").
func (w *window) keyAt(i int) bool {
	for n := 0; n < 8 && w.byteAt(i) == ' '; n++ {
		i++
	}
	k := i
	for k-i < 32 && (isASCIILetter(byte(max(w.byteAt(k), 0))) || w.byteAt(k) == '_') {
		k++
	}
	for n := 0; n < 2 && w.byteAt(k) == ' '; n++ {
		k++
	}
	return k > i && (w.byteAt(k) == ':' || w.byteAt(k) == '=')
}

// pinLabelAt reports a PIN label at i, after spaces: "PIN", "pin", "पिन".
func (w *window) pinLabelAt(i int) bool {
	_, ok := w.pinLabelEnd(i)
	return ok
}

// pinLabelEnd returns the end of a PIN code's label at i, after up to two
// spaces (see pinLabelAt), and whether one stands there.
func (w *window) pinLabelEnd(i int) (int, bool) {
	for n := 0; n < 2 && w.byteAt(i) == ' '; n++ {
		i++
	}
	if w.byteAt(i) == ' ' {
		return i, false // (wordAt would skip more)
	}
	var buf [16]byte
	word, ok := w.wordAt(i, buf[:])
	return i + len(word), ok && pinWords[string(word)]
}

// wordAt reads the word at i, after up to two spaces, into buf: ASCII
// letters lower-cased, or the bytes of another script. ok is false when
// the word does not fit in buf.
func (w *window) wordAt(i int, buf []byte) (word []byte, ok bool) {
	for n := 0; n < 2 && w.byteAt(i) == ' '; n++ {
		i++
	}
	n := 0
	for ; n < len(buf); n++ {
		b := w.byteAt(i + n)
		if b < 0 || b < 0x80 && !isASCIILetter(byte(b)) {
			break
		}
		buf[n] = byte(b)
		if b < 0x80 {
			buf[n] |= 0x20
		}
	}
	return buf[:n], n < len(buf)
}

// houseGap marks the bytes before a house number that opens an address
// with no label: the start of a line or a word.
var houseGap = [256]bool{' ': true, '\n': true, '\t': true, '#': true, '(': true, '>': true, '|': true, '~': true, '^': true, ';': true} // "#52, 3rd Main", "(Flat 5, …)", "<Addr>12, …", a record's field: "|FLAT A-1208, …|", ";House No. 277, …;"

// isQuote reports a quote, before which a unit word may open an address
// ("\"Door No. 24-21, …"); numbers in quotes are too many to look at.
func isQuote(b int) bool { return b == '"' || b == '\'' }

// houseOpenings marks, by the first two letters of houseWords and
// unitPrefixWords, lower-cased, their third letters (bit c-'a'), or
// twoLetterWord for a word of two ("no", "tc").
var houseOpenings = func() (t [26][26]uint32) {
	add := func(w string) {
		if len(w) == 2 {
			t[w[0]-'a'][w[1]-'a'] |= twoLetterWord
		} else {
			t[w[0]-'a'][w[1]-'a'] |= 1 << (w[2] - 'a')
		}
	}
	for w := range houseWords {
		add(w)
	}
	for w := range unitPrefixWords {
		add(w)
	}
	return t
}()

// twoLetterWord is houseOpenings' mark of a word of two letters.
const twoLetterWord = 1 << 26

// houseStart reports whether the capital at i may start a word of
// houseWords or unitPrefixWords, by its first three letters; "H.No." and
// "D.No." by their dot.
func houseStart(buf []byte, i int) bool {
	if i+2 >= len(buf) {
		return true
	}
	a, b := buf[i]-'A', buf[i+1]
	if b == '.' {
		return buf[i] == 'H' || buf[i] == 'D'
	}
	if b == ' ' {
		// "H No 78", "D No 5-12"
		return (buf[i] == 'H' || buf[i] == 'D') && (i+3 >= len(buf) || buf[i+2]|0x20 == 'n' && buf[i+3]|0x20 == 'o')
	}
	b = (b | 0x20) - 'a'
	if a >= 26 || b >= 26 {
		return false
	}
	m, c := houseOpenings[a][b], (buf[i+2]|0x20)-'a'
	return m&twoLetterWord != 0 || c < 26 && m&(1<<c) != 0
}

// mayOpenHouse is the quick test before houseNumberAt: a house number,
// or a unit word and its number. The caller has seen a houseGap byte (or
// nothing) before i.
func mayOpenHouse(buf []byte, i int) bool {
	return alnumBits[buf[i]] == bitUpper && houseStart(buf, i) && mayOpenHouseWord(buf, i) || mayOpenHouseNumber(buf, i)
}

// mayOpenHouseNumber is the main loop's quick test for a house number at
// i, after a houseGap byte, that may open an address a PIN code closes:
// as many letters, digits, '/' and '-' as houseNumberAt reads, then a
// comma and a space ("12/3A, ", "1187, ", "C-401, "); no more than two
// letters before a '/' or '-', so that the main loop need not read on
// after every "Mozilla/" and "X-Request-".
func mayOpenHouseNumber(buf []byte, i int) bool {
	k := i
	for k < len(buf) && k-i <= maxHouseNumber && isASCIILetter(buf[k]) {
		k++
	}
	if k-i >= 3 && k < len(buf) && (buf[k] == '/' || buf[k] == '-') && !(k-i == 3 && housingClass(buf[i:k])) {
		return false // "Mozilla/5.0", "X-Request-Id": a word, then a '/' or '-'
	}
	for k < len(buf) && k-i <= maxHouseNumber {
		if alnumBits[buf[k]] != 0 || buf[k] == '/' || buf[k] == '-' {
			k++
		} else if buf[k] >= 0xE0 && k+2 >= len(buf) {
			return true // a character cut by the buffer's end: candidate holds and asks again
		} else if c, size := chars.Fold(buf, k); size > 1 && chars.IsDigit(c) {
			k += size // "24/௨": a script's digit after an ASCII one
		} else {
			break
		}
	}
	if k+1 >= len(buf) {
		return k-i <= maxHouseNumber // the buffer ends: candidate holds and asks again
	}
	if buf[k] == ' ' && k-i >= 3 && isASCIILetter(buf[k-1]) && isDigitByte(int(buf[i])) && isOrdinal(buf[k-2:k]) {
		// "3rd floor, above Bharat Cycle Store, …": a floor, then where the
		// building stands, opens a home's address (see houseNumberAt); a
		// floor then a building's name is an office's as often ("10th
		// Floor, Maker Chambers, …").
		if k+16 > len(buf) {
			return true
		}
		var floor [5]byte
		if string(lowerASCII(floor[:], buf[k+1:k+6])) != "floor" || buf[k+6] != ',' || buf[k+7] != ' ' {
			return false
		}
		e := k + 8
		for e < len(buf) && e-k-8 < 8 && isASCIILetter(buf[e]) {
			e++
		}
		var word [8]byte
		return floorLandmarks[string(lowerASCII(word[:], buf[k+8:e]))]
	}
	return k-i <= maxHouseNumber && buf[k] == ',' && (buf[k+1] == ' ' || buf[k+1] == '\n')
}

// mayOpenHouseWord is mayOpenHouseNumber for a unit word before the
// number, at a capital that passes houseStart: "Flat 5, ", "H.No. 221, ",
// "Plot No. 14, ".
func mayOpenHouseWord(buf []byte, i int) bool {
	k := i
	for k < len(buf) && k-i <= 8 && (isASCIILetter(buf[k]) || buf[k] == '.') {
		k++
	}
	if (k == i+1 || k == i+2 && buf[i+1] == '.') && k+3 < len(buf) && buf[k] == ' ' && buf[k+1]|0x20 == 'n' && buf[k+2]|0x20 == 'o' {
		k += 3 // "H No 78", "H. No. 55": H.No. with a space
		if k < len(buf) && buf[k] == '.' {
			k++
		}
	}
	if k+1 >= len(buf) {
		return true
	}
	if buf[k] != ' ' || k-i < 2 || k-i > 8 {
		return false
	}
	var word [8]byte
	n := 0
	for _, b := range buf[i:k] {
		if b != '.' && b != ' ' {
			word[n] = b | 0x20
			n++
		}
	}
	if !(alnumBits[buf[k+1]] == bitDigit || buf[k+1] == 'N' || buf[k+1] == 'n' ||
		alnumBits[buf[k+1]] == bitUpper && (k+2 >= len(buf) || alnumBits[buf[k+2]] == bitDigit || buf[k+2] == '-' || buf[k+2] == '/')) {
		// Not "Flat 5", "Plot No. 14", "Flat C504", "Flat B-12", "Qtr D/47";
		// but "Tower D, Flat 901", "Mohalla Qazi Tola, Ward No. 21" (see
		// unitPrefixEnd).
		return unitPrefixWords[string(word[:n])]
	}
	return houseWords[string(word[:n])] || unitPrefixWords[string(word[:n])]
}

// introVerbs are the words before "to", "at", "of" or "in" that say an
// address follows: "dispatched to", "lives at", "resident of". True marks
// a verb of residence: after it and "at", one comma will do (see
// residenceBefore).
var introVerbs = map[string]bool{
	"dispatched": false, "delivered": false, "deliver": false, "shipped": false, "sent": false, "shifted": false,
	"moved": false, "relocated": false, "address": false, "resident": false, "located": false, "couriered": false,
	"shifting": false, "moving": false, "relocating": false, "pick": false,
	"posted": false, "mailed": false, "stayed": false, "drop": false, "pickup": false, "collect": false,
	"lives": true, "living": true, "live": true, "lived": true, "residing": true, "reside": true, "resides": true,
	"stays": true, "staying": true, "stay": true, "settled": true,
	"pata": false, // Hinglish for address: "mera pata hai 23 Gandhi Chowk, …"
}

// deliverWords, before "to:", label where a parcel goes.
var deliverWords = map[string]bool{"deliver": true, "delivery": true, "ship": true, "dispatch": true, "send": true, "courier": true}

// looseAddressWords are the words that, among the last few before a ':',
// announce an address whose house number opens it: "Address for the
// gift:", "naya ghar ka address note kar:", "Drop location:".
var looseAddressWords = map[string]bool{
	"address": true, "addr": true, "location": true, "pata": true, "ghar": true,
	"deliver": true, "delivery": true, "ship": true, "shipping": true, // "Deliver to:", "Ship to:"
	"pickup": true, "drop": true, "dropoff": true, // a ride's or a courier's ends: "Pickup: 17, Church Road, …"
}

// addressLabelLineEndsAt reports whether the line that ends at the line break
// nl is an address label and nothing else: "Delivery address:", "Ship
// to:", "पता:".
func (w *window) addressLabelLineEndsAt(nl int) bool {
	k := w.lastByteBefore(nl)
	return w.byteAt(k) == ':' && (w.addressWordsBefore(k+1) || hasAddressLabel(w, k))
}

// lastByteBefore returns where the last byte of the line that ends at
// the line break nl stands, a '\r' and a few spaces before nl passed.
func (w *window) lastByteBefore(nl int) int {
	k := nl - 1
	if w.byteAt(k) == '\r' {
		k--
	}
	for n := 0; n < 3 && w.byteAt(k) == ' '; n++ {
		k--
	}
	return k
}

// addressUnderLabel reports whether the line that starts at i is the
// first of an address written under its label, a name's line between
// them or not: "Delivery address:\nSanjit Debbarma\nD-275, Dhaleswar,
// Agartala".
func (w *window) addressUnderLabel(i int) bool {
	if w.byteAt(i-1) != '\n' {
		return false
	}
	if w.addressLabelLineEndsAt(i - 1) {
		return true
	}
	k := i - 2
	if w.byteAt(k) == '\r' {
		k--
	}
	e := k + 1
	for ; e-k < 48 && w.byteAt(k) != '\n'; k-- {
		if b := w.byteAt(k); b < 0 || b != ' ' && b != '.' && b != '\'' && !isASCIILetter(byte(b)) {
			return false // the line between holds a name's letters only
		}
	}
	return w.byteAt(k) == '\n' && k < e-2 && isUpperByte(w.byteAt(k+1)) && (w.addressLabelLineEndsAt(k) || w.addresseeLineEndsAt(k))
}

// addresseeLineEndsAt reports whether the line that ends at the line
// break nl names the addressee below it and nothing else: "To," as letters
// and notices open, a waybill's "CONSIGNEE:" (a name's line, then the
// address).
func (w *window) addresseeLineEndsAt(nl int) bool {
	k := w.lastByteBefore(nl)
	if b := w.byteAt(k); b == ',' || b == ':' {
		k--
	}
	var buf [16]byte
	word, s := wordBefore(w, k+1, buf[:])
	if b := w.byteAt(s - 1); b >= 0 && b != '\n' && b != ' ' {
		return false
	}
	for p := s - 1; w.byteAt(p) == ' '; p-- {
		if b := w.byteAt(p - 1); b >= 0 && b != '\n' && b != ' ' {
			return false // words before it on its line
		}
	}
	switch string(word) {
	case "to", "consignee", "receiver", "recipient":
		return true
	}
	return false
}

// addressWordsBefore reports whether the ':' that ends the text before i
// (spaces between) closes a few words on its line, one of them of
// looseAddressWords, none of notAddressBefore.
func (w *window) addressWordsBefore(i int) bool {
	const maxWords = 6 // "Address of Principal Place of Business:"
	k := i - 1
	for n := 0; n < 3 && w.byteAt(k) == ' '; n++ {
		k--
	}
	if w.byteAt(k) != ':' {
		return false
	}
	k--
	found := false
	var buf [16]byte
	for n := 0; n < maxWords; n++ {
		for m := 0; m < 2 && w.byteAt(k) == ' '; m++ {
			k--
		}
		word, start := wordBefore(w, k+1, buf[:])
		if len(word) == 0 {
			break
		}
		if notAddressBefore[string(word)] {
			return false
		}
		found = found || looseAddressWords[string(word)] || addressLabels[string(word)] <= 0 && len(word) > 2 && keyWords[string(word)] == Location
		k = start - 1
	}
	return found
}

// mayIntroduce is the main loop's quick test of the last two bytes of
// the word before a space: whether it may end a word that introduces an
// address ("to", "at", "of", "in", "is", "address", "r/o"), or the "no"
// of a unit word in lower case ("flat no. 3").
func mayIntroduce(a, b byte) bool {
	switch uint16(a|0x20)<<8 | uint16(b|0x20) {
	case 't'<<8 | 'o', 'a'<<8 | 't', 'o'<<8 | 'f', 'i'<<8 | 'n', 'i'<<8 | 's', 's'<<8 | 's', '/'<<8 | 'o', 'o'<<8 | 'm',
		's'<<8 | 'e', 'o'<<8 | 't', 'o'<<8 | 'r', // "house 518", "plot 12", "door 148": a unit's word in lower case
		'n'<<8 | 'o', 'o'<<8 | '.', // "flat no 3", "gali no. 3"
		'a'<<8 | 'r', 'a'<<8 | 'n', 't'<<8 | 'a', 'a'<<8 | 'i', // "ghar", "makaan", "pata", "pata hai"
		'r'<<8 | 'o', 's'<<8 | 'i', 'd'<<8 | 'r', // "Ro", "niwasi", "addr" (see addressIntroBefore)
		' '<<8 | '|', // "| Overseas address | 14 Al Nahda Street, …": a table's label cell
		' '<<8 | '-': // "Address - 12 MG Road, …": a dash between spaces for a colon
		return true
	}
	return false
}

// addressIntroBefore reports whether the words right before i, one space
// away, introduce an address without a colon: "new address House 22",
// "lives at TC 12/845", "dispatched to Plot 14". It reads back at most two
// short words on the line.
func addressIntroBefore(w *window, i int) bool {
	if w.byteAt(i-1) == '#' {
		i-- // "residing at #52, 3rd Main"
	}
	if w.byteAt(i-1) != ' ' {
		return false
	}
	if w.byteAt(i-2) >= 0x80 {
		return w.scriptAddressWordBefore(i)
	}
	var buf [16]byte
	if (w.byteAt(i-2) == '|' || w.byteAt(i-2) == '-') && w.byteAt(i-3) == ' ' {
		// "| Overseas address | 14 Al Nahda Street, …", "Current Address |
		// 67 Om Sai Bhavan, …": a two-column table, its label in the cell
		// before the value's (padded with spaces, as Markdown aligns one).
		// "Address - 12 MG Road": a dash between spaces for a colon.
		e := i - 3
		for n := 0; n < maxLabelPad && w.byteAt(e-1) == ' '; n++ {
			e--
		}
		word, k := wordBefore(w, e, buf[:])
		return (string(word) == "address" || string(word) == "addr") && !w.otherAddressBefore(k) // not "Email address - …"
	}
	e := i - 1
	if w.byteAt(e-1) == ' ' {
		// "Address                121/22 MAIN ROAD …": a form's label,
		// its value aligned with the others' in a column, no colon
		for n := 0; n < maxLabelPad && w.byteAt(e-1) == ' '; n++ {
			e--
		}
		word, k := wordBefore(w, e, buf[:])
		if i < 0 || i >= len(w.buf) {
			return false
		}
		c, _ := w.char(i)
		return string(word) == "address" && (w.byteAt(k-1) == '\n' || w.byteAt(k-1) < 0) && chars.IsDigit(c) // a house's number, as mayOpenAddressAfter asks
	}
	if w.byteAt(e-1) == '.' {
		e-- // "flat no. 3": the number's word, with its dot
	}
	word, k := wordBefore(w, e, buf[:])
	if isAlnumByte(w.byteAt(k - 1)) {
		return false // the end of a longer token ("A00000000000Ro 0"), no word
	}
	if _, ok := lowerUnitBefore(w, i); ok {
		return true // "flat no 3, …", "h.no. 12, …", "addr house 518, …": a PIN code must close it (see candidate)
	}
	if string(word) == "no" || string(word) == "hno" || e != i-1 {
		return false
	}
	switch string(word) {
	case "address", "addr", "ro", "sakin", "niwasi", "nivasi": // "sakin H. No. 20, …": resident of, in Urdu and Hindi
		return true
	case "ghar", "makaan", "makan", "pata", "patta":
		// Hinglish for home and for address: "naya customer, ghar Plot No.
		// 270, …", "pata 57/23 Behind Petrol Pump, …"; a house's number or
		// unit word must follow ("ghar 5 baje" is five o'clock).
		return w.houseWordAt(i) || w.houseNumberAt(i) || w.slashedHouseAt(i)
	case "to", "at", "of", "in", "is", "from",
		"hai": // Hinglish: "mera pata hai 23 Gandhi Chowk, …"
	default:
		return false
	}
	if w.houseWordAt(i) {
		return true // "relocate connection to Flat 1126, …", "residence at H.No. 947, …"
	}
	verb := verbBefore(w, k, buf[:])
	if v := string(verb); v == "me" || v == "us" {
		// "pick me from #327, …", "drop us at …": the verb before its object
		var more [16]byte
		if w.byteAt(k-1) == ' ' {
			_, s := wordBefore(w, k-1, more[:])
			verb = verbBefore(w, s, buf[:])
		}
	}
	_, ok := introVerbs[string(verb)]
	return ok
}

// lowerUnitBefore returns where a unit's words start when they stand,
// one space away, right before i: "flat no 3", "gali no. 3", "h.no. 12",
// "d.no. 4-5", "hno 12", or a unit's word alone, in lower case, before a
// number ("house 518", "plot 12"). The start may lie in a stream's
// history, before buf. Land's and wards' numbers are no dwelling's.
func lowerUnitBefore(w *window, i int) (int, bool) {
	if w.byteAt(i-1) != ' ' {
		return 0, false
	}
	var buf, unit [16]byte
	e := i - 1
	if w.byteAt(e-1) == '.' {
		e-- // "flat no. 3": the number's word, with its dot
	}
	word, k := wordBefore(w, e, buf[:])
	switch string(word) {
	case "no":
		if h := w.byteAt(k - 2); w.byteAt(k-1) == '.' && (h|0x20 == 'h' || h|0x20 == 'd') && !isAlnumByte(w.byteAt(k-3)) {
			return k - 2, true // "h.no. 12", "d.no. 4-5"
		}
		if w.byteAt(k-1) != ' ' {
			return 0, false
		}
		u, s := wordBefore(w, k-1, unit[:])
		if houseWords[string(u)] && dwellingUnit(u) || len(u) == 1 && (u[0] == 'h' || u[0] == 'd') && !isAlnumByte(w.byteAt(s-1)) {
			return s, true // "flat no 3", "h no 187"
		}
		return 0, false
	case "hno":
		return k, true
	}
	if e == i-1 && houseWords[string(word)] && dwellingUnit(word) && isLowerByte(w.byteAt(k)) &&
		(isDigitByte(w.byteAt(i)) || isLowerByte(w.byteAt(i)) && w.byteAt(i+1) == '-' && isDigitByte(w.byteAt(i+2))) {
		return k, true // "house 518", "flat b-1104": its block's letter, typed in lower case
	}
	return 0, false
}

// dwellingUnit reports whether a word of houseWords names a dwelling's
// unit: not "no" itself, nor land ("survey") or a ward.
func dwellingUnit(word []byte) bool {
	return string(word) != "no" && string(word) != "survey" && string(word) != "ward"
}

// unitWordsHeld returns where a stream's cut at s should fall so that a
// unit's words before it ("house no ", "h.no. ", "H.No. ", "flat"),
// which an address after them takes in (see lowerUnitBefore), are read
// again with it: at their start, or at s. A lone "h" or "d" counts
// before "no" ("h no 187").
func (w *window) unitWordsHeld(s int) int {
	for round := range 2 {
		p := s
		if w.byteAt(p-1) == ' ' {
			p--
		} else if p < len(w.buf) && isLowerByte(int(w.buf[p])) {
			break // s opens a word; the words before it are what may be held
		}
		q := p
		var word [8]byte
		n := 0
		for q > w.from && p-q < len(word) && (isASCIILetter(byte(max(w.byteAt(q-1), 0))) || w.byteAt(q-1) == '.') {
			q--
		}
		if q == p || q > w.from && isAlnumByte(w.byteAt(q-1)) {
			break
		}
		for k := q; k < p; k++ {
			if c := w.buf[k]; c != '.' {
				word[n] = c | 0x20
				n++
			}
		}
		if !houseWords[string(word[:n])] && string(word[:n]) != "hno" && string(word[:n]) != "dno" &&
			!(n == 1 && (word[0] == 'h' || word[0] == 'd') && (round == 1 || s >= len(w.buf) || w.buf[s] == 'n')) { // "h no ", or its "h " before "n"
			break
		}
		s = q
	}
	return s
}

// verbBefore reads into buf the word before the preposition that ends,
// one space on, at k+1 ("lives" of "lives at"), or returns none.
func verbBefore(w *window, k int, buf []byte) []byte {
	if w.byteAt(k-1) != ' ' {
		return buf[:0]
	}
	word, _ := wordBefore(w, k-1, buf)
	return word
}

// lowerAddressWordAt reports a word at i that, in lower case, still
// belongs to an address: "near", "opp", "behind", "post", "dist".
func (w *window) lowerAddressWordAt(i int) bool {
	var buf [8]byte
	word, ok := w.wordAt(i, buf[:])
	return ok && lowerAddressWords[string(word)]
}

// genitiveInNameAt reports a Hindustani or Punjabi genitive at i ("ka",
// "ki", "ke", "da", "di", "de") before a capitalised word: a place's name
// that holds one goes on ("Bibi ka Alawa", "Raja ki Mandi").
func (w *window) genitiveInNameAt(i int) bool {
	a, b := w.byteAt(i), w.byteAt(i+1)
	if (a != 'k' || b != 'a' && b != 'i' && b != 'e') && (a != 'd' || b != 'a' && b != 'i' && b != 'e') {
		return false
	}
	return w.byteAt(i+2) == ' ' && isUpperByte(w.byteAt(i+3))
}

// lowerWordsThenPart reports whether lower-case words at i lead, within
// a few words, to a comma and the capital of the address's next part:
// "beside Durga Puja pandal ground, Whitefield", not "Bihar confirmed
// receipt, thanks".
func (w *window) lowerWordsThenPart(i int) bool {
	const maxWords = 4
	words := 0
	for k := i; k-i < 48; k++ {
		switch b := w.byteAt(k); {
		case isLowerByte(b):
		case b == ' ':
			if words++; words >= maxWords {
				return false
			}
		case b == ',':
			c := w.byteAt(k + 1)
			if c == ' ' {
				c = w.byteAt(k + 2)
			}
			return isLowerByte(w.byteAt(k-1)) && (isUpperByte(c) || isDigitByte(c))
		default:
			return false
		}
	}
	return false
}

// placeNames are the names of India's states and union territories,
// lower-cased, from the registration codes' table, its big cities
// (cityNames) and its district towns (townNames).
var placeNames = func() map[string]bool {
	m := make(map[string]bool)
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			if n := validators.StateName(string([]byte{a, b})); n != "" {
				m[strings.ToLower(n)] = true
			}
		}
	}
	for _, c := range cityNames {
		m[c] = true
	}
	for _, c := range townNames {
		m[c] = true
	}
	return m
}()

// documentWordBefore reports a word for another kind, a negative word or
// one of referenceWords, one space before i: "Passport No. E4923893,
// presently residing at …", "Invoice No. 4471, …", "FIR No. 0491/2026"
// are a document's number, no house's.
func (w *window) documentWordBefore(i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	var buf [16]byte
	word, _ := wordBefore(w, i-1, buf[:])
	x, ok := dictionary[string(word)]
	return ok && (x.neg || x.pos != 0 && x.pos&(kLocation.mask()|kPINCode.mask()) == 0) || referenceWords[string(word)]
}

// ageBefore reports a word for a person's age before i, a label's mark
// between: the "Age - " of "Age - 29, Address - …", whose number is no
// house's.
func (w *window) ageBefore(i int) bool {
	k := i
	for n := 0; n < 2 && w.byteAt(k-1) == ' '; n++ {
		k--
	}
	if b := w.byteAt(k - 1); b == '-' || b == ':' || b == '=' {
		k--
		for n := 0; n < 2 && w.byteAt(k-1) == ' '; n++ {
			k--
		}
	}
	if k == i || !isASCIILetter(byte(max(w.byteAt(k-1), 0))) {
		return false
	}
	var buf [8]byte
	word, _ := wordBefore(w, k, buf[:])
	switch string(word) {
	case "age", "aged", "umar", "umr", "umra", "vayas", "vay":
		return true
	}
	return false
}

// foreignPlaces are the countries and the big cities abroad where most
// Indians abroad live, lower-cased: the last part of an address there
// (", Edison, NJ 08820, USA", ", Al Nahda, Dubai"), which closes it as
// a state's name closes one at home (see placeEnd). They are no context
// for a PIN code.
var foreignPlaces = map[string]bool{
	"usa": true, "u.s.a.": true, "us": true, "united states": true, "united states of america": true,
	"uk": true, "u.k.": true, "united kingdom": true, "england": true, "scotland": true, "wales": true,
	"canada": true, "australia": true, "new zealand": true, "uae": true, "u.a.e.": true,
	"united arab emirates": true, "qatar": true, "oman": true, "kuwait": true, "bahrain": true,
	"saudi arabia": true, "ksa": true, "singapore": true, "malaysia": true, "germany": true,
	"ireland": true, "france": true, "netherlands": true, "japan": true, "hong kong": true, "kenya": true,
	"south africa": true, "nepal": true, "sri lanka": true, "mauritius": true, "fiji": true,
	"dubai": true, "abu dhabi": true, "sharjah": true, "ajman": true, "doha": true, "muscat": true,
	"riyadh": true, "jeddah": true, "dammam": true, "manama": true, "london": true, "toronto": true,
	"vancouver": true, "sydney": true, "melbourne": true, "auckland": true, "new york": true,
}

// placeEnd returns where the address [start, end) ends if a part, or a
// part's last word, names a state or a big city: its last part (",
// Surat, Gujarat", ", Navi Mumbai", ", Tamil Nadu"), or the one before a
// last part in lower case, a landmark in prose (", Siliguri, medical
// store ke upar").
func (w *window) placeEnd(start, end int) (int, bool) {
	var buf [32]byte
	for tries := 0; tries < 2; tries++ {
		p := end - 1
		for p > start && end-p <= len(buf) && w.buf[p] != ',' && w.buf[p] != '-' {
			p--
		}
		if p <= start || end-p > len(buf) {
			return end, false
		}
		part := bytes.TrimSpace(lowerASCII(buf[:], w.buf[p+1:end]))
		if placeNames[string(part)] || placeNames[string(part[bytes.LastIndexByte(part, ' ')+1:])] || foreignPlaces[string(part)] {
			return end, true
		}
		for _, b := range w.buf[p+1 : end] {
			if b != ' ' && !isLowerByte(int(b)) {
				return end, false
			}
		}
		end = p // a part in lower case: try the one before it
	}
	return end, false
}

// unitOpens reports a unit's word at start ("House 22"), or in lower
// case right before its number there ("house no 45").
func (w *window) unitOpens(start int) bool {
	_, ok := lowerUnitBefore(w, start)
	return ok || w.houseWordAt(start)
}

// lastWordPlace reports whether the last word of [start, end) names a
// state or a big city (see placeNames).
func (w *window) lastWordPlace(start, end int) bool {
	var buf [32]byte
	s := end
	for s > start && end-s < len(buf) && isASCIILetter(w.buf[s-1]) {
		s--
	}
	return s > start && w.buf[s-1] == ' ' && placeNames[string(lowerASCII(buf[:], w.buf[s:end]))]
}

// streetWords end a street's name: "Netaji Subhash Road", "Anna Salai".
var streetWords = map[string]bool{
	"road": true, "rd": true, "street": true, "marg": true, "lane": true, "salai": true, "path": true, "gali": true,
	"avenue": true, "sarani": true, "pally": true, "palli": true, "veedhi": true, "theru": true, // "45 Vivekananda Pally, Siliguri": Bengal's and Tamil Nadu's streets
}

// streetEndsFirstPart reports whether the first part of the address at
// start, up to its first comma, ends in a street's word: "12/3 Netaji
// Subhash Road, Behala, Kolkata" needs no fourth part to be one, as a
// unit's word does not ("Shop No. 21, Sasthamangalam, Thiruvananthapuram").
func (w *window) streetEndsFirstPart(start, end int) bool {
	c := bytes.IndexByte(w.buf[start:end], ',')
	if c <= 0 {
		return false
	}
	var buf [8]byte
	word, _ := wordBefore(w, start+c, buf[:])
	return streetWords[string(word)]
}

var lowerAddressWords = map[string]bool{
	"near": true, "beside": true, "opp": true, "opposite": true, "behind": true, "post": true, "po": true, "dist": true,
	"district": true, "via": true, "tehsil": true, "taluka": true, "road": true, "nagar": true, "and": true,
}

// landmarkWords open an address by a landmark instead of a house number:
// "Near Durga Mandir, Ward 12, Darbhanga - 846004".
var landmarkWords = map[string]bool{"near": true, "opp": true, "opposite": true, "behind": true, "beside": true}

// floorLandmarks, after a floor and its comma, say where the building
// stands: "3rd floor, above Bharat Cycle Store, …".
var floorLandmarks = map[string]bool{"near": true, "opp": true, "opposite": true, "behind": true, "beside": true, "above": true, "below": true, "next": true}

// landmarkAt reports a landmark word at i, capitalised, with its dot,
// before a space and a capitalised word.
func landmarkAt(w *window, i int) bool {
	q, ok := landmarkWordEnd(w, i)
	return ok && isUpperByte(w.byteAt(i)) && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1))
}

// landmarkWordEnd returns the end of a word of landmarkWords at i, in any
// case, and of its dot, and whether one stands there.
func landmarkWordEnd(w *window, i int) (int, bool) {
	var buf [9]byte
	q := i
	for q-i < len(buf) && isASCIILetter(byte(max(w.byteAt(q), 0))) {
		q++
	}
	if q == i || q-i > 8 || !landmarkWords[string(lowerASCII(buf[:], w.buf[i:min(q, len(w.buf))]))] {
		return q, false
	}
	if w.byteAt(q) == '.' {
		q++
	}
	return q, true
}

// landmarkAfterHouseAt reports a house's number at p, its comma, and a
// landmark's word after them: "221, Opp. Gurudwara, …".
func (w *window) landmarkAfterHouseAt(p int) bool {
	q := p
	for q-p < maxHouseNumber && (isAlnumByte(w.byteAt(q)) || w.byteAt(q) == '/' || w.byteAt(q) == '-') {
		q++
	}
	return w.byteAt(q) == ',' && w.byteAt(q+1) == ' ' && isUpperByte(w.byteAt(q+2)) && landmarkWordAt(w, q+2)
}

// landmarkWordAt reports a word of landmarkWords at i, in any case, with
// its dot, before a space and a letter or a digit: "near Hanuman
// Mandir", "Opp. SBI ATM", "behind madrasa".
func landmarkWordAt(w *window, i int) bool {
	q, ok := landmarkWordEnd(w, i)
	return ok && w.byteAt(q) == ' ' && isAlnumByte(w.byteAt(q+1))
}

// mayOpenLandmark is landmarkAt's quick test for the main loop, on its
// first four bytes: "Near", "Opp.", "Opp ", "Oppo", "Behi", "Besi".
func mayOpenLandmark(buf []byte, i int) bool {
	if i+4 > len(buf) {
		return true
	}
	switch uint32(buf[i])<<24 | uint32(buf[i+1])<<16 | uint32(buf[i+2])<<8 | uint32(buf[i+3]) {
	case 'N'<<24 | 'e'<<16 | 'a'<<8 | 'r', 'O'<<24 | 'p'<<16 | 'p'<<8 | '.', 'O'<<24 | 'p'<<16 | 'p'<<8 | ' ',
		'O'<<24 | 'p'<<16 | 'p'<<8 | 'o', 'B'<<24 | 'e'<<16 | 'h'<<8 | 'i', 'B'<<24 | 'e'<<16 | 's'<<8 | 'i':
		return true
	}
	return false
}

// houseWordAt reports a unit word of houseWords at i, with its dots,
// before a space: "Flat ", "H.No. ", "Door No. ".
func (w *window) houseWordAt(i int) bool {
	if _, ok := w.unitPrefixEnd(i); ok {
		return true
	}
	_, ok := w.houseWordEnd(i)
	return ok
}

// unitPrefixWords name what holds a home before its own unit's word and
// number: a tower, a wing or a block of flats, a town's mohalla.
var unitPrefixWords = map[string]bool{"tower": true, "wing": true, "block": true, "bldg": true, "building": true, "mohalla": true, "mohallah": true}

// unitPrefixEnd returns where the unit's word or the house's number
// starts after what holds it, at p: a word of unitPrefixWords, its letter
// or number ("Tower D", "Block 3") or, a mohalla's, one to three
// capitalised words ("Mohalla Qazi Tola"), then a comma; and whether one
// stands there.
func (w *window) unitPrefixEnd(p int) (int, bool) {
	var word [8]byte
	n, q := 0, p
	for ; n < len(word) && isASCIILetter(byte(max(w.byteAt(q), 0))); q++ {
		word[n] = byte(w.byteAt(q)) | 0x20
		n++
	}
	if !unitPrefixWords[string(word[:n])] || w.byteAt(q) != ' ' {
		return p, false
	}
	q++
	if word[0] == 'm' {
		for words := 0; ; {
			if !isUpperByte(w.byteAt(q)) {
				return p, false
			}
			for q++; isLowerByte(w.byteAt(q)); q++ {
			}
			if words++; w.byteAt(q) != ' ' || words == 3 {
				break
			}
			q++
		}
	} else {
		k := q
		for q-k < 4 && isAlnumByte(w.byteAt(q)) {
			q++
		}
		if q == k || q-k == 4 {
			return p, false
		}
	}
	if w.byteAt(q) != ',' || w.byteAt(q+1) != ' ' {
		return p, false
	}
	q += 2
	if _, ok := w.houseWordEnd(q); ok || isDigitByte(w.byteAt(q)) {
		return q, true
	}
	return p, false
}

// houseWordEnd returns the end of the unit word of houseWords at p, with
// its dots ("H.No."), and whether one stands there before a space.
func (w *window) houseWordEnd(p int) (int, bool) {
	var word [16]byte
	n, q := 0, p
	for ; n < len(word); q++ {
		b := w.byteAt(q)
		if b == '.' {
			continue
		}
		if b == ' ' && n == 1 && (word[0] == 'h' || word[0] == 'd') && w.byteAt(q+1)|0x20 == 'n' && w.byteAt(q+2)|0x20 == 'o' {
			continue // "H No 78", "D No 5-12": H.No. with a space
		}
		if !isASCIILetter(byte(max(b, 0))) {
			break
		}
		word[n] = byte(b) | 0x20
		n++
	}
	ok := n > 0 && n < len(word) && houseWords[string(word[:n])] && w.byteAt(q) == ' '
	if ok && string(word[:n]) == "no" && w.documentWordBefore(p) {
		return q, false // "FIR No. 0491/2026", "Order No. 12": a record's number, no door's
	}
	return q, ok
}

// referenceWords name records whose number "No." gives, which the
// dictionary holds no context for (see documentWordBefore).
var referenceWords = map[string]bool{
	"fir": true, "case": true, "crime": true, "cheque": true, "chq": true, "form": true, "file": true, "docket": true,
}

// residenceBefore reports a verb of residence right before the address
// at i ("resides at", "lives at", "staying at"): where someone lives, so
// one comma will do ("resides at 45 Patel Nagar, New Delhi").
func residenceBefore(w *window, i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	var buf [16]byte
	word, k := wordBefore(w, i-1, buf[:])
	return (string(word) == "at" || string(word) == "in") && introVerbs[string(verbBefore(w, k, buf[:]))]
}

// houseWords name the unit a house number counts, before the number.
var houseWords = map[string]bool{
	"house": true, "flat": true, "plot": true, "no": true, "hno": true, "dno": true, "door": true, "tc": true,
	"shop": true, "block": true, "room": true, "apt": true, "villa": true, "qtr": true, "qr": true, "quarter": true,
	"bungalow": true, "survey": true, "ward": true, "plotno": true, "flatno": true, "houseno": true,
	"apartment": true, "unit": true, "suite": true, "makan": true, "makaan": true,
	"kothi":  true, // a house in Punjab and Haryana: "Kothi No. 271, Model Town, Ludhiana"
	"khasra": true, // a plot of the land records, as addresses in villages give it: "Khasra No. 412, Village Bakkarwala"
	// A lane or a road numbered within its colony: "Gali No. 3", "Road
	// No. 12, Banjara Hills", "Street 4, Anna Nagar".
	"gali": true, "galli": true, "lane": true, "road": true, "street": true,
}

// marksWithin counts, in the maxAddress bytes from start, the bytes that
// addressFrom may count among an address's marks (a digit, ',', '/',
// '-') and those that may part it (',', a line break), a multi-byte
// character's among both, since it may fold to one. Where buf ends too
// soon to tell, or start is in a stream's history, it counts enough of
// both. Short of them no address is read there, and "Address Address …"
// costs a short scan a word.
func (w *window) marksWithin(start int) (marks, parts int) {
	const enough = 1 << 20
	end := start + maxAddress
	if start < 0 || end > len(w.buf) && !w.atEOF {
		return enough, enough
	}
	for _, b := range w.buf[start:min(end, len(w.buf))] {
		if addressMark[b] {
			marks++
			if b == ',' || b == '$' || b >= 0x80 {
				parts++
			}
		} else if b == '\n' {
			parts++
		}
	}
	return marks, parts
}

// addressMark marks the bytes markWithin looks for.
var addressMark = func() (t [256]bool) {
	for b := '0'; b <= '9'; b++ {
		t[b] = true
	}
	t[','], t['/'], t['-'], t['$'] = true, true, true, true // ('$' parts LDAP's postalAddress)
	for b := 0x80; b < 0x100; b++ {
		t[b] = true
	}
	return t
}()

// listItemAt reports whether i is in an item of a list on its line that
// opens as the item before it does: with the same word ("Flat 4, Flat 5",
// "Rs 500, Rs 600") or both with a digit ("12, 45, 78"). No address opens
// there, and reading one from every item of a long list would cost
// maxAddress bytes an item.
func (w *window) listItemAt(i int) bool {
	k, ok := w.itemCommaBefore(i)
	if !ok {
		return false
	}
	c := k + 1
	for w.byteAt(c) == ' ' {
		c++
	}
	s, ok := w.itemCommaBefore(k)
	if !ok {
		// The list's first item: it starts after a bracket, a colon or
		// the line's start, at most maxListItem bytes back.
		for s = k - 1; k-s <= maxListItem && !itemEnd(w.byteAt(s)); s-- {
		}
		if k-s > maxListItem {
			return false
		}
	}
	s++
	for w.byteAt(s) == ' ' {
		s++
	}
	if s >= k {
		return false
	}
	a, b := w.byteAt(s), w.byteAt(c)
	if isDigitByte(a) || isDigitByte(b) {
		return w.numberItemAt(s) && w.numberItemAt(c) // "12, 45", not "2 tiffin bhej do, 136, Mill Road"
	}
	n := 0
	for ; s+n < k && isASCIILetter(byte(max(w.byteAt(s+n), 0))); n++ {
		if w.byteAt(s+n)|0x20 != w.byteAt(c+n)|0x20 {
			return false
		}
	}
	return n >= 2 && !isASCIILetter(byte(max(w.byteAt(c+n), 0)))
}

// numberItemAt reports whether the list item at i is a number and
// nothing else: digits, and '.', '/' or '-' between them, then spaces at
// most up to a comma or the end of the item.
func (w *window) numberItemAt(i int) bool {
	k := i
	for ; k-i <= maxListItem; k++ {
		b := w.byteAt(k)
		if isDigitByte(b) || k > i && (b == '.' || b == '/' || b == '-') && isDigitByte(w.byteAt(k+1)) {
			continue
		}
		for b == ' ' {
			k++
			b = w.byteAt(k)
		}
		return k > i && (b == ',' || b == ']' || b == ')' || itemEnd(b))
	}
	return false
}

// maxListItem bounds the bytes of an item listItemAt compares.
const maxListItem = 40

// itemCommaBefore returns the comma that ends the list item before the
// one i is in, at most maxListItem bytes back on i's line. (Its index
// may be negative: a stream's history holds it.)
func (w *window) itemCommaBefore(i int) (int, bool) {
	for k := i - 1; i-k <= maxListItem; k-- {
		b := w.byteAt(k)
		if b == ',' {
			return k, true
		}
		if itemEnd(b) {
			return 0, false
		}
	}
	return 0, false
}

// itemEnd reports a byte no list item on one line holds: the line's end,
// a bracket, a colon, a tab or a quote.
func itemEnd(b int) bool {
	return b < 0 || b == '\n' || b == '[' || b == '(' || b == ':' || b == '\t' || b == '"'
}

// maxHouseNumber bounds a house number's letters, digits, '/' and '-'.
const maxHouseNumber = 12

// houseNumberAt reports whether an address's first part, at p, is a house
// number: "3/118,", "C-401,", "House 22,", "H.No. 221,", "Flat No. 5,", or
// the first line of an address block.
func (w *window) houseNumberAt(p int) bool {
	if q, ok := w.unitPrefixEnd(p); ok {
		p = q // "Tower D, Flat 901, …", "Mohalla Teliyan, Ward No. 35, …"
	}
	// Words of the unit, with their dots: "H.No.", "Flat No.".
	for range 2 {
		q, ok := w.houseWordEnd(p)
		if !ok {
			break
		}
		p = q + 1
	}
	// The number: letters, digits, '/' and '-', with a digit among them;
	// not a word before its '/' or '-' ("Mozilla/5.0", "X-Request-Id"), nor
	// a letter and two more ("A12/3"; "A-12", "12/3A" are numbers), and
	// no capital after a lower-case letter ("Aa0A").
	digit, lower, q := false, false, p
	if e := w.scriptHouseLettersEnd(p); e > p {
		q = e + 1 // "ई-३७": a script's letters and their '-' (see scriptHouseLettersEnd)
	}
	for n := 0; n < maxHouseNumber; q, n = q+1, n+1 {
		b := w.byteAt(q)
		if b >= 0x80 {
			// "৪২/১, …": digits of an Indian script, one character each
			if c, size := w.char(q); size > 1 && chars.IsDigit(c) {
				digit = true
				q += size - 1
				continue
			}
			break
		}
		if b >= '0' && b <= '9' {
			digit = true
		} else if !isASCIILetter(byte(max(b, 0))) && b != '/' && b != '-' {
			break
		}
		if (b == '/' || b == '-') && q-p >= 3 && (!digit || isASCIILetter(byte(w.byteAt(p)))) && !(q-p == 3 && housingClass(w.buf[max(p, 0):min(q, len(w.buf))])) || lower && isUpperByte(b) {
			return false // the main loop reads no capital's word of three or more before a '/' or '-' (see scanLoop)
		}
		lower = lower || isLowerByte(b)
	}
	b := w.byteAt(q)
	if digit && q > p && b == ' ' && isOrdinal([]byte{byte(max(w.byteAt(q-2), 0)), byte(max(w.byteAt(q-1), 0))}) {
		// "1st Floor, 232, 2nd Cross": a floor opens the address
		var buf [5]byte
		e := q + 1
		for e-q <= 5 && isASCIILetter(byte(max(w.byteAt(e), 0))) {
			e++
		}
		return e-q == 6 && string(lowerASCII(buf[:], w.buf[q+1:e])) == "floor" && w.byteAt(e) == ','
	}
	if q-p == 10 && validators.PAN(string(w.buf[p:q])) == nil {
		return false // "PAN FXWPK9786O, presently residing at …": the PAN, read as one
	}
	return digit && q > p && (b == ',' || b == '\n' || b == '\r' || b == '$' && isUpperByte(w.byteAt(q+1))) // a block's first line: "Door No 18/4B\nNehru Street", LDAP's "22/220$Church Lane"
}

// housingClass reports a housing board's class of flat, three letters
// that open its number before a '-' or a '/': "EWS-27", "MIG-12/4"
// (economically weaker section, low, middle and high income group).
func housingClass(b []byte) bool {
	if len(b) != 3 || b[2]|0x20 != 's' && b[2]|0x20 != 'g' {
		return false
	}
	switch string([]byte{b[0] | 0x20, b[1] | 0x20, b[2] | 0x20}) {
	case "ews", "lig", "mig", "hig":
		return true
	}
	return false
}

// unitThenStreetAt reports a unit's word and its number at p written
// before the street's name with a space, not a comma ("Flat C-638 Green
// Meadows", "HOUSE 576 SUNRISE ENCLAVE", "H.No. 12B Model Town"). Only a
// PIN code that closes the address makes it one.
func (w *window) unitThenStreetAt(p int) bool {
	for n := 0; n < 2; n++ {
		q, ok := w.houseWordEnd(p)
		if !ok {
			if n == 0 {
				return false
			}
			break
		}
		if n == 0 && !w.homeWordAt(p) {
			return false // "Passport No M2170855 Address …", "Room 12 Sale": a number's word, or no home's
		}
		p = q + 1 // "Flat No. 5": the unit's word, then the number's
	}
	digit, q := false, p
	for ; q-p < maxHouseNumber; q++ {
		b := w.byteAt(q)
		if b >= '0' && b <= '9' {
			digit = true
		} else if !isUpperByte(b) && b != '/' && b != '-' {
			break
		}
	}
	return digit && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) && isASCIILetter(byte(max(w.byteAt(q+2), 0)))
}

// valueGoesOnAt reports whether the line at q goes on a form's value that
// starts at start, after a label and its colon: it is indented with
// spaces, four or more, to start's column exactly, and holds no label of
// its own.
func (w *window) valueGoesOnAt(start, q int) bool {
	if w.byteAt(start-1) == '\t' && w.byteAt(start-2) == ':' {
		// "Address:\t46, Gandhi Path, …, Maharashtra\n\t411081": tabs,
		// as a converter writes a form's two columns, one to each column
		// the value's line holds before it.
		tabs := 0
		for k := start - 1; start-k < 64 && w.byteAt(k) >= 0 && w.byteAt(k) != '\n'; k-- {
			if w.byteAt(k) == '\t' {
				tabs++
			}
		}
		n := 0
		for w.byteAt(q+n) == '\t' {
			n++
		}
		c := w.byteAt(q + n)
		return n > 0 && n <= tabs && c > ' ' && c != ':' && !w.keyAt(q+n)
	}
	if w.byteAt(start-1) != ' ' || w.byteAt(start-2) != ':' && w.byteAt(start-3) != ':' && !w.paddedAddressLabelBefore(start) {
		return false // no label's colon just before the value, nor "Postal Address      908, …"
	}
	col := 0
	for col < 64 && w.byteAt(start-1-col) >= 0 && w.byteAt(start-1-col) != '\n' {
		col++
	}
	if col < 4 || col == 64 {
		return false
	}
	for k := range col {
		if w.byteAt(q+k) != ' ' {
			return false
		}
	}
	c := w.byteAt(q + col)
	return c > ' ' && c != ':' && !w.keyAt(q+col)
}

// paddedAddressLabelBefore reports "address" before the value at start,
// a column's gap of two spaces or more between, as a converted form
// aligns its values: "10. Postal Address                 908, 5th Main
// Road". (A qualifier before it is read as a label's would be.)
func (w *window) paddedAddressLabelBefore(start int) bool {
	e := start
	for start-e < 48 && w.byteAt(e-1) == ' ' {
		e--
	}
	if start-e < 2 {
		return false
	}
	var buf [16]byte
	word, k := wordBefore(w, e, buf[:])
	return string(word) == "address" && !w.otherAddressBefore(k)
}

// homeWords are the words of houseWords that name a home, with its dots
// dropped: a unit of them and its number, then a street's name, open an
// address without a comma (see unitThenStreetAt).
var homeWords = map[string]bool{
	"house": true, "flat": true, "plot": true, "h.no.": true, "h.no": true, "hno": true, "d.no.": true, "d.no": true, "dno": true, "door": true,
	"villa": true, "qtr": true, "quarter": true, "bungalow": true, "apartment": true, "apt": true, "makan": true, "makaan": true,
}

// homeWordAt reports a word of homeWords at p, before a space.
func (w *window) homeWordAt(p int) bool {
	q, ok := w.houseWordEnd(p)
	if !ok {
		return false
	}
	var buf [16]byte
	return homeWords[string(lowerASCII(buf[:], w.buf[p:min(q, len(w.buf))]))]
}

// capitalisedWordBefore reports whether the word that ends at e opens
// with a capital, as a town's name before a PIN code does.
func (w *window) capitalisedWordBefore(e int) bool {
	var buf [24]byte
	_, k := wordBefore(w, e, buf[:])
	return k < e && isUpperByte(w.byteAt(k))
}

// spacedHouseNumberAt reports a house number at p written before its
// street's name with a space, not a comma ("12 Jani Ganj, Raichur", "12B
// Park Street", "12/3 MG Road", "221/B Model Town"): up to five digits,
// then a capitalised word. Only a PIN code that closes the address, or a label or verb of
// residence before it, makes it one.
func (w *window) spacedHouseNumberAt(p int) bool {
	q := w.houseDigitsEnd(p)
	if q == p {
		return false
	}
	if w.byteAt(q) == '/' && isUpperByte(w.byteAt(q+1)) {
		q++ // "221/B Model Town"
	}
	if isUpperByte(w.byteAt(q)) {
		q++ // "12B Park Street"
	}
	if q+3 > len(w.buf) && !w.atEOF {
		return true // too little of buf to tell: say maybe, and the reader holds ("146 R" of "146 Ring Road")
	}
	return w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) && isASCIILetter(byte(max(w.byteAt(q+2), 0)))
}

// spacedHouseInTextAt is spacedHouseNumberAt for a number within a line
// ("parcel will reach 12/3 Hazra Road, Ballygunge, Kolkata 700029"),
// where dates and years come before capitalised words as often: not "12
// July 1950", nor "2025 BETWEEN …".
func (w *window) spacedHouseInTextAt(p int) bool {
	return w.spacedHouseInText(p, 2)
}

// houseAfterNameAt is spacedHouseInTextAt for a number after a person's
// name and its comma (see nameThenCommaBefore), which introduces the
// address as a word would: one comma after it will do.
func (w *window) houseAfterNameAt(p int) bool {
	if w.byteAt(p-1) != ' ' || w.byteAt(p-2) != ',' || !w.spacedHouseInText(p, 1) {
		return false
	}
	var buf [8]byte
	word, _ := w.wordAt(w.houseDigitsEnd(p)+1, buf[:])
	switch string(word) {
	case "years", "year", "yrs", "yr", "male", "female": // "Rahul Sharma, 22 Years, Mumbai": an age
		return false
	}
	return w.nameThenCommaBefore(p)
}

// spacedHouseInText is spacedHouseInTextAt with commas commas after the
// number on its line.
func (w *window) spacedHouseInText(p, commas int) bool {
	if !w.spacedHouseNumberAt(p) {
		return false
	}
	q := w.houseDigitsEnd(p)
	if q-p == 4 && (w.byteAt(p) == '1' && w.byteAt(p+1) == '9' || w.byteAt(p) == '2' && w.byteAt(p+1) == '0') {
		return false // a year
	}
	if w.byteAt(q) != ' ' {
		return true // "12B Park Street", "221/B Model Town"
	}
	var buf [10]byte
	n := 0
	for ; n < len(buf) && isASCIILetter(byte(max(w.byteAt(q+1+n), 0))); n++ {
		buf[n] = byte(w.byteAt(q+1+n)) | 0x20
	}
	return (n == len(buf) || !isMonthWord(buf[:n])) && w.commasOnLine(q, commas)
}

// commasOnLine reports want commas after p on its line and within
// maxAddress bytes: the parts of an address that a PIN code closes (see
// addressFrom).
func (w *window) commasOnLine(p, want int) bool {
	n := 0
	for k := p; k-p < maxAddress; k++ {
		switch w.byteAt(k) {
		case -1, '\n', '\t', '|', ';', '"', '{', '}', '<', ':':
			return false // where addressFrom stops too
		case ',':
			if n++; n == want {
				return true
			}
		}
	}
	return false
}

// mayOpenSpacedHouse is spacedHouseInTextAt's quick test on buf alone,
// for the main loop: a number, a space, a capitalised word, then two
// commas on the line (one after ", ", as houseAfterNameAt asks), or buf's
// end before them.
func mayOpenSpacedHouse(buf []byte, i int) bool {
	want := 2
	if i >= 2 && buf[i-2] == ',' {
		want = 1
	}
	k := i
	for k < len(buf) && k-i < 10 && (isASCIIDigitByte(buf[k]) || buf[k] == '/' || buf[k] == '-') {
		k++
	}
	if k < len(buf) && isUpperByte(int(buf[k])) {
		k++ // "12B Park Street"
	}
	if k+2 >= len(buf) {
		return true
	}
	if buf[k] != ' ' || !isUpperByte(int(buf[k+1])) {
		return false
	}
	n := 0
	for k += 2; k < len(buf) && k-i < maxAddress; k++ {
		switch buf[k] {
		case '\n', '\t', '|', ';', '"', '{', '}', '<', ':':
			return false // (as commasOnLine)
		case ',':
			if n++; n == want {
				return true
			}
		}
	}
	return k == len(buf)
}

// charAt is the folded character at i.
func (w *window) charAt(i int) byte {
	c, _ := w.char(i)
	return c
}

// pinAt returns the end of a PIN code written on its own at i ("796001",
// "248 001"), or i.
func (w *window) pinAt(i int) int {
	if isAlnumByte(w.byteAt(i-1)) || w.byteAt(i-1) == '.' && isAlnumByte(w.byteAt(i-2)) {
		return i // within a token: "UP1A.230557.830"
	}
	if w.tollFreePrefixBefore(i) {
		return i // "1800 618 334": a toll-free number's rest
	}
	n, p := 0, i
	for n < 6 {
		c, size := w.char(p)
		if size == 0 || !chars.IsDigit(c) {
			if n == 3 && w.byteAt(p) == ' ' && w.byteAt(p-1) != ' ' {
				p++ // "248 001"
				continue
			}
			return i
		}
		n++
		p += size
	}
	if c, _ := w.char(p); chars.IsAlnum(c) || w.byteAt(p) == '.' && isDigitByte(w.byteAt(p+1)) {
		return i
	}
	if p-i == 7 && (w.byteAt(p) == ' ' || w.byteAt(p) == '-') && w.fourDigitsAt(p+1) {
		return i // "970 821 8106": a mobile in groups of three, three and four
	}
	return p
}

// groupedMobileAt reports a mobile number at p written in groups
// ("970 821 8106", "98765 43210"; see mobileAfter).
func (w *window) groupedMobileAt(p int) bool {
	if !isASCIIDigitByte(byte(max(w.byteAt(p), 0))) {
		return false
	}
	phone, _ := w.mobileAfter(p)
	return phone
}

// longNumberAt reports a run of seven digits or more, in any script, at
// p: a phone's or an account's number, longer than any part of an
// address.
func (w *window) longNumberAt(p int) bool {
	for n := 0; ; n++ {
		c, size := w.char(p)
		if size == 0 || !chars.IsDigit(c) {
			return n >= 7
		}
		if n == 6 {
			return true
		}
		p += size
	}
}

// companyBefore reports a company's name or its premises just before an
// address at start, its comma between: "… Pvt Ltd, ", "… Private
// Limited, ", "… LLP, ", "CFA Warehouse, ".
func (w *window) companyBefore(start int) bool {
	k := start - 1
	for k >= start-3 && w.byteAt(k) == ' ' {
		k--
	}
	if w.byteAt(k) != ',' {
		return false
	}
	k--
	if w.byteAt(k) == '.' {
		k-- // "Pvt. Ltd."
	}
	e := k + 1
	for e-k <= 9 && isASCIILetter(byte(max(w.byteAt(k), 0))) {
		k--
	}
	var buf [9]byte
	n := e - k - 1
	if n < 3 || n > len(buf) || isASCIILetter(byte(max(w.byteAt(k), 0))) {
		return false
	}
	for q := k + 1; q < e; q++ { // through a stream's history too
		buf[q-k-1] = byte(w.byteAt(q)) | 0x20
	}
	return companyWords[string(buf[:n])] || premisesWords[string(buf[:n])]
}

// officeLabelBefore reports a label before an address at start that
// makes it a company's office: "Regd. Office: Unit 906, Trade Centre, …",
// "Registered office: 4th Floor, …", "Corporate Office - …". A company's
// office is no one's home.
func (w *window) officeLabelBefore(start int) bool {
	if w.officeLineAt(start) {
		return true // "Registered office: Air India Ltd, Level 1, Tower C, …"
	}
	var buf [12]byte
	word, s, ok := w.markedLabelWordBefore(start, buf[:])
	if !ok {
		return false // no label's mark
	}
	if string(word) == "address" || string(word) == "addr" {
		word, s = wordBefore(w, s-1, buf[:]) // "Registered Office Address:"
	}
	if string(word) != "office" || w.byteAt(s-1) != ' ' && w.byteAt(s-1) != '_' {
		return false // (a key's words: "registered_office:")
	}
	e := s - 1
	if w.byteAt(e-1) == '.' {
		e-- // "Regd."
	}
	word, _ = wordBefore(w, e, buf[:])
	return officeWords[string(word)] && w.companyWithin(s)
}

// organisationLabelBefore reports a label before start whose last word
// is an organisation's ("Name and address of the Employer:").
func (w *window) organisationLabelBefore(start int) bool {
	var buf [16]byte
	word, _, ok := w.markedLabelWordBefore(start, buf[:])
	return ok && organisationLabels[string(word)]
}

// markedLabelWordBefore returns the last word of a label whose mark (a colon,
// a dash, a quote, spaces: five bytes at most) ends right before start,
// and where that word starts; ok is false where no mark stands there.
func (w *window) markedLabelWordBefore(start int, buf []byte) (word []byte, s int, ok bool) {
	k := start - 1
	for n := 0; n < 5 && (w.byteAt(k) == ' ' || w.byteAt(k) == ':' || w.byteAt(k) == '-' || w.byteAt(k) == '"' || w.byteAt(k) == '\''); n++ {
		k--
	}
	if k == start-1 {
		return nil, 0, false
	}
	word, s = wordBefore(w, k+1, buf)
	return word, s, true
}

// organisationLabels end a label of an organisation's name and address.
var organisationLabels = map[string]bool{
	"employer": true, "company": true, "firm": true, "establishment": true, "deductor": true, "merchant": true,
	"vendor": true, "supplier": true, "organisation": true, "organization": true, "institution": true,
}

// officeWords make "office" a company's: its registered, head or branch
// office.
var officeWords = map[string]bool{
	"regd": true, "registered": true, "corporate": true, "head": true, "branch": true, "regional": true, "zonal": true,
}

// officeLineAt reports a line that opens with a company's office's label,
// "Registered office:", "Regd. Office -", "Corporate office:", before
// the address at start on it, and a company's word or CIN before start.
func (w *window) officeLineAt(start int) bool {
	k := w.lineStartWithin(start, 159)
	if w.byteAt(k-1) < 0 && w.base+int64(k) != 0 || w.byteAt(k-1) >= 0 && w.byteAt(k-1) != '\n' {
		return false // no line's start within reach
	}
	for n := 0; n < 8 && (w.byteAt(k) == ' ' || w.byteAt(k) == '\t' || w.byteAt(k) == '"'); n++ {
		k++ // an indented key: "  registered_office: …", "\"registered_office\": …"
	}
	var buf [12]byte
	word, ok := w.wordAt(k, buf[:])
	if !ok || len(word) == 0 || !officeWords[string(word)] || w.byteAt(k) == ' ' {
		return false
	}
	q := k + len(word)
	if w.byteAt(q) == '.' {
		q++
	}
	if w.byteAt(q) != ' ' && w.byteAt(q) != '_' {
		return false
	}
	if word, ok = w.wordAt(q+1, buf[:]); !ok || string(word) != "office" || w.byteAt(q+1) == ' ' {
		return false
	}
	q += 1 + len("office")
	for w.byteAt(q) == ' ' || w.byteAt(q) == '"' {
		q++
	}
	return (w.byteAt(q) == ':' || w.byteAt(q) == '-') && q < start && w.companyWithin(start)
}

// companyWithin reports a registered company's word ("Ltd", "Limited",
// "Pvt", "LLP") or its CIN's label in the MaxContextWindow bytes before
// p: a firm's or a proprietor's registered office is a person's address,
// a company's is not.
func (w *window) companyWithin(p int) bool {
	var buf [8]byte
	for k := p; p-k < MaxContextWindow && w.byteAt(k-1) >= 0; {
		if !isASCIILetter(byte(max(w.byteAt(k-1), 0))) {
			k--
			continue
		}
		word, s := wordBefore(w, k, buf[:])
		if companyWords[string(word)] || string(word) == "cin" {
			return true
		}
		for k = s; isASCIILetter(byte(max(w.byteAt(k-1), 0))); k-- {
		}
	}
	return false
}

// premisesWords name a business's premises, before its address: "CFA
// Warehouse, Plot 91, MIDC Bhosari, Pune".
var premisesWords = map[string]bool{"warehouse": true, "godown": true, "depot": true, "factory": true, "showroom": true, "hub": true}

// pinCellAfter reads, at p, the end of a row's cell that an address
// opened at start fills from its own start ('|', a tab, or a quote and
// the delimiter after it), and returns the PIN code that fills the next
// cell, or (0, 0): "…,\"B-40, Tambaram, Coimbatore\",641748,…",
// "|Flat 702 2nd Cross …|781728|". The row's cells say what the address's
// words do not: where it ends, and that a PIN code is its own.
func (w *window) pinCellAfter(start, p int) (int, int) {
	sep := w.byteAt(p)
	q := p + 1
	open := start - 1
	if w.byteAt(open) == '#' {
		open-- // "#12, Zoo Road, …"
	}
	if sep == '"' {
		if w.byteAt(open) != '"' {
			return 0, 0
		}
		sep = w.byteAt(q)
		q++
		if sep != ',' && sep != '|' && sep != '\t' && sep != ';' {
			return 0, 0
		}
	} else if sep != '|' && sep != '\t' || w.byteAt(open) != sep {
		return 0, 0
	}
	if w.byteAt(q) == '"' {
		q++
	}
	if sep != ',' && isUpperByte(w.byteAt(q)) {
		// "|B-508, GOKULDHAM SOCIETY, HANAMKONDA|WARANGAL|506099|": a
		// cell of the town's name between, as a CKYC record has it.
		c := q
		for c-q <= 24 && (isASCIILetter(byte(max(w.byteAt(c), 0))) || w.byteAt(c) == ' ') {
			c++
		}
		if c-q < 3 || w.byteAt(c) != sep {
			return 0, 0
		}
		q = c + 1
	}
	e := w.pinAt(q)
	if e-q != 6 || validators.PINCode(string(w.buf[q:e])) != nil {
		return 0, 0
	}
	switch b := w.byteAt(e); {
	case b == sep, b == '"', b == '\r', b == '\n', b < 0 && w.atEOF:
		return q, e
	}
	return 0, 0
}

// fieldLabelAt reports a word at i (after spaces) that names another
// field of a record, so that an address stops before it: "PIN", "Mob",
// "Phone", "Email", "पिन".
func (w *window) fieldLabelAt(i int) bool {
	var buf [24]byte
	word, ok := w.wordAt(i, buf[:])
	if !ok || len(word) == 0 {
		return false
	}
	k, ok := keyWords[string(word)]
	return ok && k != Location && k != Person || pinWords[string(word)]
}

// keyAssignedAt reports a key and its '=' at p, as a record of key=value
// fields writes the next one: "date=", "thread_id="; or a key in lower
// case and its ": ", as a JavaScript object or YAML flow writes one
// ("{house: 368, street: Station Road, vtc: Gurugram}"; not a form's
// "Street:").
func (w *window) keyAssignedAt(p int) bool {
	lower := true
	for k := p; k-p <= 24; k++ {
		b := w.byteAt(k)
		switch {
		case b == '=':
			return k > p && w.byteAt(k+1) != '='
		case b == ':':
			return k > p && lower && w.byteAt(k+1) == ' '
		case b < 0 || !isAlnumByte(b) && b != '_' && b != '.':
			return false
		case !isLowerByte(b) && b != '_':
			lower = false
		}
	}
	return false
}

// pinWords name a PIN code in English and the Indian languages.
var pinWords = map[string]bool{
	"pin": true, "pincode": true, "पिन": true, "পিন": true, "பின்": true, "పిన్": true, "પિન": true, "ಪಿನ್": true, "പിൻ": true,
	"ਪਿੰਨ": true, "ପିନ": true, "ପିନ୍": true,
}

// sentenceEnds reports whether the '.' at p, followed by a space, ends a
// sentence rather than an abbreviation ("H.No. 221", "No. 14", "Ph."): the
// word before it is longer than three letters and a capital follows.
func sentenceEnds(w *window, p int) bool {
	if w.byteAt(p-1) == ')' {
		return isUpperByte(w.byteAt(p + 2)) // "(near bus depot). Receiver: …"
	}
	n := 0
	for k := p - 1; n < 8 && isASCIILetter(byte(max(w.byteAt(k), 0))); k-- {
		n++
	}
	next := w.byteAt(p + 2)
	if n > 3 && n < 8 {
		var buf [8]byte
		if word, _ := w.wordAt(p-n, buf[:]); villageWords[string(word)] || ruralWords[string(word)] || addressAbbreviations[string(word)] {
			return false // "Vill. Khed", "Dist. Ratnagiri", "Distt. Saran", "opp. Govt. Girls School"
		}
	}
	if n > 3 && next >= 'a' && next <= 'z' && w.placeNameIn(p-n, p) && !isASCIILetter(byte(max(w.byteAt(p-n-1), 0))) {
		return true // "…, faridabad, haryana. relative mohit …": a state or a city, a full stop, the next sentence in lower case
	}
	if n == 0 && scriptWordEndsAt(w, p) {
		return true // "…, અડાજણ, સુરત. ઈ-મેઈલ …": a script's word of four characters or more, not an abbreviation's "नं." or "पो."
	}
	return n > 3 && next >= 'A' && next <= 'Z'
}

// scriptWordEndsAt reports a word of four characters or more of an
// Indian script (U+0900–U+0DFF) ending at p, before a space and a letter.
func scriptWordEndsAt(w *window, p int) bool {
	if w.byteAt(p+1) != ' ' || !(w.byteAt(p+2) == 0xE0 || isASCIILetter(byte(max(w.byteAt(p+2), 0)))) {
		return false
	}
	n := 0
	for k := p - 3; n < 4 && w.byteAt(k) == 0xE0 && w.byteAt(k+1) >= 0xA4 && w.byteAt(k+1) <= 0xB7; k -= 3 {
		n++
	}
	return n >= 4 && !isScriptDigitEndingAt(w, p-1)
}

// addressAbbreviations are the words of four letters or more that an
// address abbreviates with a dot before a capital: not a sentence's end.
var addressAbbreviations = map[string]bool{"govt": true, "bldg": true, "apts": true, "hosp": true, "extn": true, "sect": true}

// A village address names no street but its administrative parts, each
// with a word of its own: "Vill. Khed Bk, PO Khed, Dist. Ratnagiri",
// "At/Po Hirehalli, Dist Tumakuru", "Village Rampur Khurd, Post
// Bhawanipur, Tehsil Bhawanipur, District Saran". One such word opens it
// (villageWords) and another must follow on the line (ruralWords), so
// that "Village Road" or "the village fair" is no address.

// villageWords open a village address, lower-cased, without dots.
var villageWords = map[string]bool{"vill": true, "village": true, "vpo": true, "gram": true, "mouza": true, "mauza": true, "mauja": true}

// lowerRuralWords are the ruralWords that name a part in lower case
// too: not "post" ("…, post lunch"), "block" or "via" ("…, via email").
var lowerRuralWords = map[string]bool{
	"po": true, "ps": true, "dist": true, "distt": true, "district": true, "tehsil": true, "tahsil": true,
	"taluk": true, "taluka": true, "thana": true, "jilla": true, "zilla": true, "mandal": true,
}

// ruralWords name the parts of a village address after its first.
var ruralWords = map[string]bool{
	"po": true, "post": true, "dist": true, "distt": true, "district": true, "tehsil": true, "tahsil": true,
	"teh": true, "taluka": true, "taluk": true, "tal": true, "tq": true, "mandal": true, "block": true,
	"via": true, "ps": true, "thana": true, "jilla": true, "zilla": true, "ta": true,
}

// scriptVillageWords are villageWords and ruralWords in the Indian
// scripts, as forms label a village address's parts: village, post
// office, police station, tehsil or taluk, district, block, ward.
var scriptVillageWords = map[string]bool{
	"गाँव": true, "गांव": true, "ग्राम": true, "गाव": true, "पोस्ट": true, "डाकघर": true, "थाना": true, "तहसील": true, "तालुका": true,
	"जिला": true, "ज़िला": true, "जिल्हा": true, "ब्लॉक": true, "वार्ड": true,
	"গ্রাম": true, "পোস্ট": true, "ডাকঘর": true, "থানা": true, "জেলা": true, "ব্লক": true, "মৌজা": true,
	"ಗ್ರಾಮ": true, "ಅಂಚೆ": true, "ತಾಲ್ಲೂಕು": true, "ತಾಲೂಕು": true, "ಜಿಲ್ಲೆ": true, "ಹೋಬಳಿ": true,
	"கிராமம்": true, "அஞ்சல்": true, "வட்டம்": true, "மாவட்டம்": true,
	"గ్రామం": true, "మండలం": true, "జిల్లా": true, "పోస్ట్": true,
	"ગામ": true, "પોસ્ટ": true, "તાલુકો": true, "તાલુકા": true, "જિલ્લો": true, "જિલ્લા": true,
	"ਪਿੰਡ": true, "ਡਾਕਖਾਨਾ": true, "ਤਹਿਸੀਲ": true, "ਜ਼ਿਲ੍ਹਾ": true, "ਜ਼ਿਲਾ": true,
	"ଗ୍ରାମ": true, "ପୋଷ୍ଟ": true, "ଥାନା": true, "ଜିଲ୍ଲା": true, "ବ୍ଲକ": true,
	"पो": true, "পো": true, "পোঃ": true, "ପୋ": true, // a post office's word, cut short: "ଗ୍ରାମ/ପୋ: କୁସୁପୁର"
	"গাঁও": true, "ডাকঘৰ": true, "জিলা": true, // Assamese: "গাঁও: ভোগপুৰ"
	"ഗ്രാമം": true, "പോസ്റ്റ്": true, "താലൂക്ക്": true, "ജില്ല": true, "വാർഡ്": true,
}

// villagePartBefore reports whether the word right before the ':' at p
// labels a part of a village address (see villageWords, ruralWords and
// scriptVillageWords).
func (w *window) villagePartBefore(p int) bool {
	var buf [32]byte
	e := p
	if w.byteAt(e-1) == '.' {
		e-- // "Distt.:"
	}
	word, _ := wordBefore(w, e, buf[:])
	return len(word) > 0 && (villageWords[string(word)] || ruralWords[string(word)] || scriptVillageWords[string(word)])
}

// mayOpenVillage is the main loop's quick test of the capitalised word
// buf[i:j]: a word of villageWords, "At" before "/Po", "/Post" or " Post",
// "Mu. Po." (mukam post), or "Post" itself.
func mayOpenVillage(buf []byte, i, j int) bool {
	switch j - i {
	case 2:
		// (buf's end before the word after: candidate holds and asks again)
		return buf[i] == 'A' && buf[i+1]|0x20 == 't' && (j+4 >= len(buf) || (buf[j] == '/' || buf[j] == '-' || buf[j] == ' ') && buf[j+1] == 'P' || buf[j] == ' ' && buf[j+1] == '&' && buf[j+2] == ' ' && buf[j+3] == 'P') ||
			buf[i] == 'M' && buf[i+1]|0x20 == 'u' && (j+3 >= len(buf) || buf[j] == '.' && buf[j+2]|0x20 == 'p')
	case 5:
		return buf[i] == 'M' && (buf[i+1]|0x20 == 'o' || buf[i+1]|0x20 == 'a') && buf[i+2]|0x20 == 'u' && buf[i+3]|0x20 != 's'
	case 3:
		return buf[i] == 'V' && buf[i+1]|0x20 == 'p' && buf[i+2]|0x20 == 'o'
	case 4:
		return buf[i] == 'V' && buf[i+1]|0x20 == 'i' && buf[i+2]|0x20 == 'l' && buf[i+3]|0x20 == 'l' ||
			// "Post Kuttiady", not "POST /login"
			buf[i] == 'P' && buf[i+1] == 'o' && buf[i+2] == 's' && buf[i+3] == 't' && (j+1 >= len(buf) || buf[j] == ' ' && isUpperByte(int(buf[j+1]))) ||
			buf[i] == 'G' && buf[i+1]|0x20 == 'r' && buf[i+2]|0x20 == 'a' && buf[i+3]|0x20 == 'm'
	case 7:
		return buf[i] == 'V' && buf[i+1]|0x20 == 'i' && buf[i+4]|0x20 == 'a' && buf[i+6]|0x20 == 'e' // "Village": villageAt reads it whole
	}
	return false
}

// mayBeVillage is candidate's quick test for villageAt: the first letter
// of a word of villageWords, or of "At/Po".
func mayBeVillage(b byte) bool { return b == 'V' || b == 'G' || b == 'A' || b == 'M' || b == 'P' }

// villageWordAt reports a word of villageWords at i ("Vill.", "Gram").
func (w *window) villageWordAt(i int) bool {
	var buf [8]byte
	word, _ := w.wordAt(i, buf[:])
	return villageWords[string(word)]
}

// placeLineAt reports a line at i (after its indent) that names a state
// or a big city and nothing else: up to three words, then the line's end,
// a comma, or a PIN code after a space or a dash ("Uttar Pradesh",
// "Jalandhar,", "Kolkata - 700019").
func (w *window) placeLineAt(i int) bool {
	for n := 0; n < 8 && w.byteAt(i) == ' '; n++ {
		i++
	}
	var buf [24]byte
	n, p := 0, i
	for words := 0; words < 3; words++ {
		if !isUpperByte(w.byteAt(p)) {
			return false
		}
		for isASCIILetter(byte(max(w.byteAt(p), 0))) && n < len(buf) {
			buf[n] = byte(w.byteAt(p)) | 0x20
			n++
			p++
		}
		if b := w.byteAt(p); b != ' ' || !isUpperByte(w.byteAt(p+1)) || n == len(buf) {
			break
		}
		buf[n] = ' '
		n++
		p++
	}
	if !placeNames[string(buf[:n])] {
		return false
	}
	if w.byteAt(p) == ',' {
		p++
	}
	for w.byteAt(p) == ' ' || w.byteAt(p) == '-' {
		p++
	}
	for isDigitByte(w.byteAt(p)) {
		p++
	}
	b := w.byteAt(p)
	return b < 0 && !w.short || b == '\n' || b == '\r' // (buf's end is no line's: candidate holds)
}

// ruralWordAt reports a word of ruralWords at i, after its indent
// ("Tehsil Sihora", "Dist. Jabalpur", "Post Office Barhaj").
func (w *window) ruralWordAt(i int) bool {
	for n := 0; n < 8 && w.byteAt(i) == ' '; n++ {
		i++
	}
	if !isUpperByte(w.byteAt(i)) {
		return false
	}
	var buf [8]byte
	word, _ := w.wordAt(i, buf[:])
	return ruralWords[string(word)]
}

// villageAt reports whether a village address starts at i: its opening
// word, then a part of ruralWords within the line.
func (w *window) villageAt(i int) bool {
	var buf [8]byte
	word, _ := w.wordAt(i, buf[:])
	p := i + len(word)
	switch {
	case string(word) == "at" || string(word) == "mu":
		// "At/Po Hirehalli", "At Post Ozar", "At & Post Devgaon", "Mu. Po. Sojitra"
		b := w.byteAt(p)
		if string(word) == "mu" {
			if b != '.' {
				return false
			}
			p++
			b = w.byteAt(p)
		}
		if b != '/' && b != '-' && b != ' ' {
			return false
		}
		if b == ' ' && w.byteAt(p+1) == '&' && w.byteAt(p+2) == ' ' {
			p += 2 // "At & Post Devgaon"
		}
		next, _ := w.wordAt(p+1, buf[:])
		if string(next) != "po" && string(next) != "post" || !isUpperByte(w.byteAt(p+1)) {
			return false // not "At post office"
		}
		p += 1 + len(next)
		if w.byteAt(p) == ' ' {
			p++ // "At Post Ozar": the next part comes after the village's name
		}
	case string(word) == "post":
		// "Post Kuttiady, Vadakara Taluk": a post office's village first;
		// not "POST A.D." (as mayOpenVillage reads it)
		if w.byteAt(i+1) != 'o' || w.byteAt(p) != ' ' || !isUpperByte(w.byteAt(p+1)) {
			return false
		}
		p++
	case !villageWords[string(word)]:
		return false
	}
	labelled := false
	if w.byteAt(p) == ':' && w.byteAt(p+1) == ' ' {
		p, labelled = p+2, true // "Village: Bhatpara, Tehsil Chinhat, …": a form's label
	}
	// Another part within the line: ", PO Khed", ", Dist. Ratnagiri",
	// ", Vadakara Taluk".
	for k := p; k-p < maxAddress/2; k++ {
		b := w.byteAt(k)
		if b < 0 || b == '\n' || b == ':' {
			return false
		}
		if b == ' ' && labelled && w.byteAt(k+1) == ' ' {
			return false // "Village: Muddebihal  District: Vijayapura": a form's fields, each its own
		}
		if b == ',' && w.byteAt(k+1) == ' ' && isLowerByte(w.byteAt(k+2)) {
			// In lower case, as chats type it, only a part's own word will
			// do: "vill pattambi, po pattambi, taluk pattambi"
			if part, _ := w.wordAt(k+1, buf[:]); lowerRuralWords[string(part)] && (w.byteAt(k+2+len(part)) == ' ' || w.byteAt(k+2+len(part)) == '.') {
				return true
			}
			continue
		}
		if (b == ',' || b == ' ') && isUpperByte(w.byteAt(k+1)) || b == ',' && w.byteAt(k+1) == ' ' && isUpperByte(w.byteAt(k+2)) {
			part, _ := w.wordAt(k+1, buf[:])
			if ruralWords[string(part)] || len(part) == 1 && w.dottedPairAt(k+1) {
				return true // ", PO Khed", ", P.O. Sonaram"
			}
			if b == ',' {
				// The part's second word: "Vadakara Taluk", "Hooghly District".
				q := k + 1
				for w.byteAt(q) == ' ' {
					q++
				}
				for isASCIILetter(byte(max(w.byteAt(q), 0))) {
					q++
				}
				if w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) {
					if second, _ := w.wordAt(q+1, buf[:]); ruralWords[string(second)] && string(second) != "post" && string(second) != "block" {
						return true
					}
				}
			}
		}
	}
	return false
}

// dottedPairAt reports "P.O." or "P.S." (post office, police station) at
// i or one space on, and a capitalised name after it, as the parts of a
// village address write them.
func (w *window) dottedPairAt(i int) bool {
	if w.byteAt(i) == ' ' {
		i++
	}
	return isPostOfficeAt(w, i) && w.byteAt(i+4) == ' ' && isUpperByte(w.byteAt(i+5)) // a place's name after it, not "P.O. box"
}

// formValueAt reports a form-encoded value at p (see formValueEnd).
func (w *window) formValueAt(p int) bool {
	_, ok := w.formValueEnd(p)
	return ok
}

// wordsEnd returns where the n-th word from p ends, spaces before the
// first skipped: the end of a town's name that a sentence runs on after.
func (w *window) wordsEnd(p, n int) int {
	for w.byteAt(p) == ' ' {
		p++
	}
	for ; n > 0; n-- {
		for b := w.byteAt(p); b > ' ' && b != ','; b = w.byteAt(p) {
			p++
		}
		if n > 1 {
			for w.byteAt(p) == ' ' {
				p++
			}
		}
	}
	return p
}

// buildingWords end the name of a building or a housing society, which
// opens many addresses before the house's number: "Green Valley
// Residency, Block B, …", "SRI VENKATESHWARA NILAYAM, 43, CHURCH ROAD, …".
var buildingWords = map[string]bool{
	"apartment": true, "apartments": true, "apts": true, "residency": true, "residences": true, "residence": true,
	"enclave": true, "heights": true, "towers": true, "tower": true, "complex": true, "society": true, "chs": true,
	"niwas": true, "nivas": true, "nilayam": true, "nilaya": true, "bhavan": true, "bhawan": true, "sadan": true,
	"kunj": true, "villa": true, "villas": true, "gardens": true, "plaza": true, "mansion": true, "chawl": true,
	"homes": true, "greens": true, "arcade": true, "building": true, "bldg": true, "manor": true, "kutir": true,
	"sankul": true, "castle": true, "palace": true, "court": true,
	"house": true, // Kerala's house names: "Kizhakkethil House, Vyttila P.O., Kochi"
}

// maxBuildingName bounds the words of a building's name, its building
// word included.
const maxBuildingName = 4

// mayOpenBuilding is buildingNameAt's quick test for the main loop, at a
// capital's word [i, j): up to three more capitalised words, one space
// apart, the last of them before a comma. Most words fail at once: the
// next byte is no space, or no capital follows it. In a run of
// capitalised words ("The Server Encountered An Internal Error") each
// word would read the next ones again: the run is read to its end, and
// where that end is no building's comma *until is set to it, so that
// every word before it fails at once.
func mayOpenBuilding(buf []byte, i, j int, atEOF bool, until *int) bool {
	if i < *until {
		return false
	}
	s, k := i, j
	for n := 0; ; n++ {
		if k >= len(buf) {
			return n < maxBuildingName && !atEOF
		}
		if buf[k] == ',' {
			if k-s >= 3 && k-s <= 10 && isBuildingWord(buf[s:k]) {
				return n > 0 && n < maxBuildingName // words before a building word: some may open it
			}
			*until = k
			return false
		}
		if buf[k] != ' ' || n == maxCapitalRun {
			*until = k
			return false
		}
		s = k + 1
		if s >= len(buf) || alnumBits[buf[s]] != bitUpper {
			if s < len(buf) {
				*until = s
			}
			return s >= len(buf) && n+1 < maxBuildingName && !atEOF // each word capitalised, as buildingNameAt wants
		}
		for k = s; k < len(buf) && isASCIILetter(buf[k]); k++ {
		}
	}
}

// maxCapitalRun bounds the words mayOpenBuilding reads in one run.
const maxCapitalRun = 64

// isBuildingWord reports one of buildingWords, in any case.
func isBuildingWord(b []byte) bool {
	var buf [10]byte
	return len(b) <= len(buf) && buildingWords[string(lowerASCII(buf[:], b))]
}

// buildingNameAt reports a building's name at p that opens an address:
// one to three words, then one of buildingWords and a comma, the words
// capitalised or in capitals ("Sunshine Apartments, Tower 3, …").
func (w *window) buildingNameAt(p int) bool {
	if !isUpperByte(w.byteAt(p)) {
		return false
	}
	s := p
	for n := 0; n < maxBuildingName; n++ {
		k := s
		for isASCIILetter(byte(max(w.byteAt(k), 0))) {
			k++
		}
		if k == s || !isUpperByte(w.byteAt(s)) {
			return false
		}
		if w.byteAt(k) == ',' {
			return n > 0 && k-s >= 3 && k-s <= 10 && isBuildingWord(w.buf[s:min(k, len(w.buf))])
		}
		if w.byteAt(k) != ' ' {
			return false
		}
		s = k + 1
	}
	return false
}

// localityWords name a part of a town an address runs through, beside
// streetWords: in lower case, one of them is what tells "236 main road
// sudama nagar indore 452091" from "ticket 236 closed 452091".
var localityWords = map[string]bool{
	"nagar": true, "colony": true, "cross": true, "layout": true, "sector": true, "vihar": true, "puram": true,
	"bazaar": true, "bazar": true, "chowk": true, "mohalla": true, "enclave": true, "extension": true,
	"phase": true, "main": true, "bagh": true, "ganj": true, "peth": true, "wadi": true, "halli": true,
	"palya": true, "sarani": true, "avenue": true, "nilayam": true, "residency": true, "apartments": true,
}

// lowerStreetIn reports a word of streetWords, localityWords or
// landmarkWords, in any case, among the words of [start, end).
func (w *window) lowerStreetIn(start, end int) bool {
	var buf [12]byte
	end = min(end, len(w.buf))
	for p := max(start, 0); p < end; {
		q := p
		for q < end && isASCIILetter(w.buf[q]) {
			q++
		}
		if n := q - p; n >= 2 && n <= len(buf) {
			word := string(lowerASCII(buf[:], w.buf[p:q]))
			if streetWords[word] || localityWords[word] || landmarkWords[word] {
				return true
			}
		}
		p = q + 1
	}
	return false
}

// lowerSpacedHouseAt reports a house's number at p before a word in lower
// case, a space between: "45 gandhi road", "12/3 shanti nagar".
func (w *window) lowerSpacedHouseAt(p int) bool {
	q := w.houseDigitsEnd(p)
	return q > p && w.byteAt(q) == ' ' && isLowerByte(w.byteAt(q+1)) && isLowerByte(w.byteAt(q+2))
}

// houseDigitsEnd returns where a house's number of digits at p ends: up
// to five digits, and a '/' or '-' and more digits ("12/3", "11-3"); p if
// there are none.
func (w *window) houseDigitsEnd(p int) int {
	q := p
	for q-p < 5 && isDigitByte(w.byteAt(q)) {
		q++
	}
	if q == p {
		return p
	}
	if b := w.byteAt(q); (b == '/' || b == '-') && isDigitByte(w.byteAt(q+1)) {
		for q++; q-p < 10 && isDigitByte(w.byteAt(q)); q++ { // "12/3 Park Street"
		}
	}
	return q
}

// Limits of an address given as directions (see directionsAddress).
const (
	maxDirectionParts = 6  // parts, the landmark's and the place's included
	maxDirectionPart  = 40 // bytes of one part
)

// directionsAddress reads, at the landmark's word at i ("near", "behind",
// "opposite", "opp.", "beside", in any case), an address given as
// directions, with no house number and no PIN code: the landmark, one
// part or more after it, and last a city's or a state's name that ends
// the clause: "behind Kali Bari, near Hanuman Mandir, ranchi", "opposite
// water tank, Mahanagar, Varanasi", as people tell a courier or a driver
// where to come. It returns the address's end, or i.
func (r *Redactor) directionsAddress(w *window, i int, out *[]match) int {
	p, parts := i, 0
	village := w.byteAt(i)|0x20 == 'v' // "village kinnigoli, …": see lowerLandmarks
	admin := false                     // a post office's, a taluk's or a district's part seen
	for parts < maxDirectionParts {
		// A part: letters, digits, spaces, '.' and '-', up to a comma.
		// From the third, a place's name, alone or after the locality's
		// words, ends the address where the clause ends ("…, warangal aa
		// jao").
		s := p
		parts++
		if w.directionsStopAt(s, parts) {
			return i // "near you, me, and Delhi"
		}
		for p-s < maxDirectionPart {
			b := w.byteAt(p)
			if parts >= 3 && !isAlnumByte(b) && p > s && w.placeEndsPart(s, p) {
				ends := w.clauseEndsAt(p)
				if w.short {
					return i
				}
				if ends && village && !admin {
					return i // "village development fund, …, kerala": a village's address names its post office, taluk or district
				}
				if ends {
					reason := "address given as directions, closed by a city"
					if village {
						reason = "village's address in lower case, closed by a city"
					}
					p = w.statePartAfter(p) // "…, Kozhikode, Kerala (DL No. …)": the city's state, after it
					*out = append(*out, match{kind: kLocation, start: i, end: p, score: 0.8, reason: reason})
					return p
				}
			}
			if !(isAlnumByte(b) || b == ' ' || b == '.' && w.abbreviationDot(p) || b == '-' || b == '\'') {
				break
			}
			p++
		}
		if w.short || p-s < 2 || w.byteAt(p) != ',' {
			return i
		}
		admin = admin || parts > 1 && w.adminWordIn(s, p)
		for p++; w.byteAt(p) == ' '; p++ {
		}
	}
	return i
}

// statePartAfter returns the end of a state's or another place's name
// that a comma parts from the place ending at p, and that ends its
// clause or comes before a bracket ("…, Kozhikode, Kerala.", "…,
// Kerala (DL No. …)"); or p.
func (w *window) statePartAfter(p int) int {
	if w.byteAt(p) != ',' || w.byteAt(p+1) != ' ' {
		return p
	}
	s := p + 2
	e := s
	for e-s < 24 && (isASCIILetter(byte(max(w.byteAt(e), 0))) || w.byteAt(e) == ' ' && isASCIILetter(byte(max(w.byteAt(e+1), 0)))) {
		e++
	}
	if e == s || !w.placeNameIn(s, e) || !w.clauseEndsAt(e) && !(w.byteAt(e) == ' ' && w.byteAt(e+1) == '(') {
		return p
	}
	return e
}

// adminWordIn reports a word of a village's address in [s, e): its post
// office's, police station's, taluk's, block's or district's ("p.o.
// kinnigoli", "mulki taluk", "distt palakkad").
func (w *window) adminWordIn(s, e int) bool {
	var buf [10]byte
	for p := s; p < e; {
		q := p
		for q < e && (isASCIILetter(byte(max(w.byteAt(q), 0))) || w.byteAt(q) == '.') && q-p < len(buf) {
			q++
		}
		switch string(bytes.TrimRight(lowerASCII(buf[:], w.buf[p:q]), ".")) {
		case "po", "p.o", "post", "ps", "p.s", "thana", "taluk", "taluka", "tehsil", "tal", "block", "mandal", "dist", "distt", "district", "via":
			return true
		}
		for q < e && !isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if q == p {
			q++
		}
		p = q
	}
	return false
}

// directionsStopAt reports a word at the start of the part at s that
// says it is no part of directions: a conjunction opening a later part,
// a pronoun after the landmark's word.
func (w *window) directionsStopAt(s, part int) bool {
	var buf [8]byte
	if part == 1 {
		for isASCIILetter(byte(max(w.byteAt(s), 0))) || w.byteAt(s) == '.' {
			s++
		}
		s++ // the space after the landmark's word
	}
	e := s
	for e-s < len(buf) && isASCIILetter(byte(max(w.byteAt(e), 0))) {
		e++
	}
	if e == s || e-s >= len(buf) {
		return false
	}
	switch string(lowerASCII(buf[:], w.buf[s:e])) {
	case "and", "or", "but", "then", "you", "me", "us", "him", "her", "them", "it", "here", "there", "this", "that":
		return true
	}
	return false
}

// placeEndsPart reports whether the words of [s, e), or the last of them,
// are a city's or a state's name (see placeNames).
func (w *window) placeEndsPart(s, e int) bool {
	var buf [maxDirectionPart]byte
	if e-s > len(buf) || !isASCIILetter(w.buf[e-1]) {
		return false
	}
	if placeNames[string(lowerASCII(buf[:], w.buf[s:e]))] {
		return true
	}
	k := e
	for k > s && isASCIILetter(w.buf[k-1]) {
		k--
	}
	return k > s && placeNames[string(lowerASCII(buf[:], w.buf[k:e]))]
}

// abbreviationDot reports whether the '.' at p ends a short word's
// abbreviation ("opp.", "Rd.", "St.") or stands inside initials ("K.K.
// Nagar"), not a sentence.
func (w *window) abbreviationDot(p int) bool {
	if isASCIILetter(byte(max(w.byteAt(p+1), 0))) {
		return true // "K.K."
	}
	n := 0
	for k := p - 1; n < 5 && isASCIILetter(byte(max(w.byteAt(k), 0))); k-- {
		n++
	}
	return n >= 1 && n <= 3
}

// clauseEndsAt reports whether a clause may end at e, after a place's
// name: the line's or the text's end, a stop, a comma, a bracket, or a
// space before more words ("…, warangal aa jao") or a PIN code.
func (w *window) clauseEndsAt(e int) bool {
	switch b := w.byteAt(e); b {
	case -1, '\n', '\r', '.', ',', ';', '!', '?', ')', '"', '\'':
		return true
	case ' ':
		return isAlnumByte(w.byteAt(e+1)) || w.byteAt(e+1) == '-' // "…, Noida 201301": its PIN code is a finding of its own
	}
	return false
}

// nameThenCommaBefore reports a person's name and ", " right before i:
// two or three capitalised words one space apart, one but the last a
// given name the gazetteer knows ("Fatima Sheikh, 22 Linking Road, …",
// "Dr Anil Kumar, 4 …").
func (w *window) nameThenCommaBefore(i int) bool {
	if w.byteAt(i-1) != ' ' || w.byteAt(i-2) != ',' {
		return false
	}
	const maxWord = 16
	var starts, ends [3]int
	count := 0
	for e := i - 2; count < 3; {
		s := e
		for e-s < maxWord && isLowerByte(w.byteAt(s-1)) {
			s--
		}
		if s == e || !isUpperByte(w.byteAt(s-1)) || isAlnumByte(w.byteAt(s-2)) {
			break
		}
		s--
		starts[count], ends[count] = s, e
		count++
		if w.byteAt(s-1) != ' ' {
			break
		}
		e = s - 1
	}
	var buf [maxWord]byte
	for k := 1; k < count; k++ { // a given name before the family name
		n := ends[k] - starts[k]
		for m := range n {
			buf[m] = byte(w.byteAt(starts[k]+m)) | 0x20
		}
		if g := string(buf[:n]); names.Given(g) && !names.Ambiguous(g) && !isNotFirstNameWord(g) {
			return true
		}
	}
	return false
}

// hashAddressToPIN reads, at the digits after a '#', an address typed
// with no commas that a PIN code closes, as chats write one: "#326
// gunadala near bus stop vijayawada - 520812", "#151 bazaar lane
// vijayanagar mysuru pin 570070". The house's number, a space, two to
// maxLooseAddressWords words of letters one space apart, then " - ", a
// comma, a space or "pin" and a valid PIN code. It returns the address's
// end (the PIN code is read as ever after it), or i.
func (r *Redactor) hashAddressToPIN(w *window, i int, out *[]match) int {
	if b := w.byteAt(i - 2); b >= 0 && b != ' ' && b != '\n' && b != ':' && b != '(' && b != '"' {
		return i // "abc#12": no house's number
	}
	var before [16]byte
	if word, _ := wordBefore(w, i-2, before[:]); dictionary[string(word)].neg {
		return i // "ticket #44 …", "order #512 …"
	}
	p := i
	for isDigitByte(w.byteAt(p)) || w.byteAt(p) == '/' && isDigitByte(w.byteAt(p+1)) {
		p++
	}
	if isLowerByte(w.byteAt(p)) && !isLowerByte(w.byteAt(p+1)) {
		p++ // "#12a"
	}
	if p-i > 8 || w.byteAt(p) != ' ' {
		return i
	}
	end, words := p, 0
	for words < maxLooseAddressWords && p-i < maxAddress {
		if w.byteAt(p) != ' ' || !isASCIILetter(byte(max(w.byteAt(p+1), 0))) {
			break
		}
		q := p + 1
		for isASCIILetter(byte(max(w.byteAt(q), 0))) && q-p <= 20 {
			q++
		}
		if w.byteAt(q) == '.' {
			q++ // "opp."
		}
		var buf [8]byte
		word := lowerASCII(buf[:], w.buf[min(p+1, len(w.buf)):min(q, len(w.buf))])
		if string(word) == "pin" || string(word) == "pincode" {
			break // the PIN code's word
		}
		if isAlnumByte(w.byteAt(q)) || sentenceWords[string(word)] {
			return i // a word runs into digits, or a sentence's word: no address's
		}
		p, end, words = q, q, words+1
	}
	if w.short || words < 2 {
		return i
	}
	pinWord := false // "… mysuru pin 570070": the PIN code's word says what closes it
	q := end
	switch {
	case w.byteAt(q) == ' ' && w.byteAt(q+1) == '-' && w.byteAt(q+2) == ' ':
		q += 3
	case w.byteAt(q) == ',' && w.byteAt(q+1) == ' ', w.byteAt(q) == '-':
		q += 2 - b2i(w.byteAt(q) == '-')
	case w.byteAt(q) == ' ':
		q++
		var buf [8]byte
		k := q
		for isASCIILetter(byte(max(w.byteAt(k), 0))) && k-q < 7 {
			k++
		}
		if word := lowerASCII(buf[:], w.buf[min(q, len(w.buf)):min(k, len(w.buf))]); string(word) == "pin" || string(word) == "pincode" {
			q, pinWord = k, true
			if w.byteAt(q) == ':' {
				q++
			}
			if w.byteAt(q) == ' ' {
				q++
			}
		}
	default:
		return i
	}
	if e := w.pinAt(q); w.short || e == q || q-i > maxAddress {
		return i
	}
	if !pinWord && !w.placeWordEndingAt(end) {
		return i // "#4521 fixed in build 560001": a town's name must close it, or the PIN code's word
	}
	*out = append(*out, match{kind: kLocation, start: i, end: end, score: 0.8, reason: "address closed by its PIN code"})
	return end
}

// placeWordEndingAt reports a town's or a state's name, one the context
// dictionary keys a PIN code by, as the word that ends at e.
func (w *window) placeWordEndingAt(e int) bool {
	var buf [24]byte
	word, _ := wordBefore(w, e, buf[:])
	d, ok := dictionary[string(word)]
	return ok && d.pos&kPINCode.mask() != 0
}

// sentenceWords are words of a sentence that no street's or town's name
// holds: "ticket #44 raised in pune 411001" is no address.
var sentenceWords = map[string]bool{
	"in": true, "the": true, "and": true, "is": true, "was": true, "to": true, "for": true, "of": true, "on": true,
	"at": true, "from": true, "by": true, "with": true, "are": true, "be": true, "has": true, "have": true, "it": true,
	"raised": true, "fixed": true, "closed": true, "opened": true, "merged": true, "see": true,
}

// maxLooseAddressWords bounds the words of an address with no commas
// (see hashAddressToPIN).
const maxLooseAddressWords = 8

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
