package redact

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// Names are found where a label or an honorific says so (while key names
// count: see Options.NoKeyNames and Options.Keys): after "Name:",
// "Father's Name:", "customer_name=", "S/O" or "Mr." the capitalised words
// that follow are a person's name ("Name: Priya Nair | DOB: …", "Smt
// SUNITA DEVI"), and after "नाम:" or "نام:" the words of that script. Without
// a label, a name is read from the gazetteer of Indian names (see
// names_free.go). kavach does no language modelling.

// quantityAfter reports a pack size later in the value that a name ends
// at e, before its closing quote, comma or line break: a number and a
// unit ("Amul Taaza Toned Milk 500 ml", "Haldiram's Bhujia 400 g"). No
// person's name has one. A stream waits for the value's end.
func (w *window) quantityAfter(e int) bool {
	for p := e; p-e < 48; p++ {
		b := w.byteAt(p)
		switch {
		case b < 0:
			if !w.atEOF && p >= len(w.buf) {
				w.short = true
			}
			return false
		case b == '"' || b == '\n' || b == ',' || b == '|':
			return false
		case isDigitByte(b) && w.byteAt(p-1) == ' ':
			q := p
			for isDigitByte(w.byteAt(q)) || w.byteAt(q) == '.' {
				q++
			}
			if w.byteAt(q) == ' ' {
				q++
			}
			u := q
			for isLowerByte(w.byteAt(u)) {
				u++
			}
			if u > q && u-q <= 5 && !isAlnumByte(w.byteAt(u)) {
				var buf [5]byte
				if packUnits[string(lowerASCII(buf[:], w.buf[q:u]))] {
					return true
				}
			}
			p = q
		}
	}
	return false
}

// packUnits are the units of a product's pack size.
var packUnits = map[string]bool{
	"ml": true, "l": true, "ltr": true, "g": true, "gm": true, "gms": true, "kg": true, "mg": true,
	"pcs": true, "pc": true, "pack": true, "tabs": true, "caps": true,
}

// nameLabels are the last words of a label that announces a name: the
// key words for a person (see keyWords), less "username", and words that
// only labels use. The values are the table's own strings, for a
// finding's reason.
var nameLabels = func() map[string]string {
	m := map[string]string{
		"naam": "naam", "husband": "husband", "wife": "wife", "applicant": "applicant",
		"patient": "patient", "customer": "customer", "cust": "cust", "pt": "pt", "attn": "attn", "investor": "investor",
		"insured": "insured", "proprietor": "proprietor", "seller": "seller", "buyer": "buyer",
		"receiver": "receiver", "recipient": "recipient", "attendant": "attendant", "consignee": "consignee",
		"consignor": "consignor", "driver": "driver", "elector": "elector",
		"payee": "payee", "remitter": "remitter", "sender": "sender", "complainant": "complainant",
		"accused": "accused", "deceased": "deceased", "informant": "informant", "employee": "employee",
		"student": "student", "candidate": "candidate", "tenant": "tenant", "landlord": "landlord",
		"reporter": "reporter", "assignee": "assignee", "guest": "guest", "borrower": "borrower", "guarantor": "guarantor",
		"executive": "executive", "officer": "officer", // "Delivery executive: Haresh", "Field officer: Dhanraj"
		"counsellor": "counsellor", "counselor": "counselor", "phlebotomist": "phlebotomist", "technician": "technician",
		"nurse": "nurse", "surveyor": "surveyor", "inspector": "inspector", "operator": "operator", "coordinator": "coordinator",
		"volunteer": "volunteer", "consultant": "consultant", "advisor": "advisor",
		// Workflow roles: "Requester:", "Approver:", "Reporting manager:",
		// "Author:" of a review or a comment.
		"author": "author", "requester": "requester", "requestor": "requestor", "approver": "approver",
		"manager": "manager", "interviewer": "interviewer", "reviewer": "reviewer", "supervisor": "supervisor",
		// Village-level workers of the welfare schemes: "AWW: Gendi Bai",
		// "Treatment supporter:", "Bank Mitra:", "Pilot:" (a drone's).
		"aww": "aww", "supporter": "supporter", "mitra": "mitra", "pilot": "pilot", "sevika": "sevika", "sahayika": "sahayika",
		"claimant": "claimant", "executant": "executant", "owner": "owner", "member": "member", "given": "given", "heir": "heir",
		"adult": "adult", "child": "child", "infant": "infant", // a booking's travellers: "(+1 adult: Kewalramani Jasmine)"
		"godparent": "godparent",
		"trader":    "trader", "farmer": "farmer", "pensioner": "pensioner", "worker": "worker", "labourer": "labourer", "retailer": "retailer",
		"person": "person", // "Contact Person:", "Authorised person:", "contactPerson"
		"sn":     "sn",     // LDAP's surname: "sn: Sharma" (a serial number has digits: no name)
		// Not "advs", "witness" or "counsel": labels ending in 's' or 'l' would
		// let every capitalised word after such a word past the main
		// loop's quick test (see labelEnds).
		"advocate": "advocate", "petitioner": "petitioner", "respondent": "respondent", "lessor": "lessor", "lessee": "lessee",
		"pn": "pn", // a UPI link's payee name: "upi://pay?pa=…&pn=Kinjal%20Desai"
		"so": "s/o", "do": "d/o", "wo": "w/o", "co": "c/o",
	}
	for w, k := range keyWords {
		if k == Person && w != "username" && w[0] < 0x80 {
			m[w] = w
		}
	}
	return m
}()

// honorifics are the titles that stand before a name with no separator
// ("Mr. Ravi Kumar", "Smt Sunita Devi", "Shri RAMESH CHANDRA"), lower-case,
// without their dot.
var honorifics = map[string]string{
	"mr": "mr", "mrs": "mrs", "ms": "ms", "miss": "miss", "shri": "shri", "sri": "sri", "shree": "shree",
	"smt": "smt", "kumari": "kumari", "dr": "dr", "prof": "prof", "capt": "capt",
	"pt": "pt", // Pandit, and a patient in case notes: with its dot only ("Pt. Tiameren Ao")
	// A wedding card's groom and bride, Chiranjeevi and Saubhagyavati, and
	// Kumari shortened: with the dot only ("Chi. Pemba", "Sau. Manorama").
	"chi": "chi", "sau": "sau", "kum": "kum",
	"thiru": "thiru", "tmt": "tmt", // Tamil's Mr. and Mrs.: "Thiru. Senthil Kumar", "Tmt. Kavitha"
	"sh":   "sh",   // Shri shortened, on certificates: "Father's Name : Sh. Aryan Thomas"
	"prop": "prop", // a shop's proprietor, after its name: "SAHOO OPTICALS (Prop. Bishwanath Sahoo)"
	"adv":  "adv",  // an advocate, as notices and letters sign: "- Adv. Nigam"
}

// dotOnlyHonorifics need their dot: as words they are others ("pt",
// "chi", "sau", "kum", "sh", "prop", "adv").
var dotOnlyHonorifics = map[string]bool{"pt": true, "chi": true, "sau": true, "kum": true, "sh": true, "prop": true, "adv": true}

// honorificBefore reports the honorific whose word (and dot) ends right
// before p, the start of the spaces before a name.
func honorificBefore(get func(int) int, p int) (string, bool) {
	k := p - 1
	dot := get(k) == '.'
	if dot {
		k--
	}
	var w [6]byte
	n, caps := 0, true
	for ; n <= len(w); n++ {
		b := get(k - n)
		if b < 0 || !isASCIILetter(byte(b)) {
			break
		}
		if n == len(w) {
			return "", false // longer than any honorific
		}
		caps = caps && b <= 'Z'
		w[len(w)-1-n] = byte(b) | 0x20
	}
	if caps && n <= 3 && !dot {
		return "", false // "MS Office", "DR site": capitals need the dot ("MR. RAVI")
	}
	if n == 0 {
		return "", false
	}
	if b := get(k - n); b >= 0x80 || b >= 0 && isAlnumByte(b) {
		return "", false
	}
	if get(k-n) == ' ' && isDigitByte(get(k-n-1)) && isLowerByte(get(k-n+1)) {
		return "", false // "PR 120 ms  QRS 114 ms": a unit after its number
	}
	h, ok := honorifics[string(w[len(w)-n:])]
	if ok && !dot && dotOnlyHonorifics[h] {
		return "", false
	}
	return h, ok
}

// firstCellBefore reports whether the table cell that ends at e (a space
// before its closing '|') is its row's first: only a '|' and spaces, or
// nothing, stand between the line's start and the cell's words.
func firstCellBefore(get func(int) int, e int) bool {
	k := e
	for n := 0; n < 40; n++ {
		b := get(k)
		switch {
		case b < 0 || b == '\n':
			return true
		case b == '|':
			for k--; get(k) == ' '; k-- {
			}
			b := get(k)
			return b < 0 || b == '\n'
		}
		k--
	}
	return false
}

// maxLabelPad bounds the spaces between a label and its ':' that forms
// and extracts put there to align the colons ("Address       : …").
const maxLabelPad = 16

// maxFormGap bounds the spaces between a form's label and its value where
// no colon stands between, as converters align a form's values in a
// column: "Owner Name                 AMRENDRA SINGH".
const maxFormGap = 40

// maxNameWords bounds a name: "Venkata Satya Sai Kumar".
const maxNameWords = 4

// pairNameEnd reports whether the key that ends at p is the value
// member of a pair whose sibling names it, and returns where that name
// ends instead. Two machine formats write pairs so:
//   - OTLP's JSON: {"key":"patient.name","value":{"stringValue":"…"}};
//   - AWS Textract's identity documents: {"Type": {"Text": "FIRST_NAME"},
//     "ValueDetection": {"Text": "…"}}.
func pairNameEnd(get func(int) int, p int) (int, bool) {
	if k, ok := wrapperKeyEnd(get, p); ok {
		return k, true
	}
	for _, pair := range namedPairs {
		if k, ok := namedPairKey(get, p, pair); ok {
			return k, true
		}
	}
	return 0, false
}

// wrapperKeyEnd reports whether the key that ends at p is a type
// wrapper's, first in its object, {"S": "…"} as DynamoDB writes a string
// and {"string": "…"} as Avro's JSON writes a union's; and returns where
// the key of the wrapper's object ends, which names the value:
// "address_line1":{"string":"No. 18, 9th Cross"}.
func wrapperKeyEnd(get func(int) int, p int) (int, bool) {
	q := p
	for q > p-len("string") && isASCIILetter(byte(max(get(q-1), 0))) {
		q--
	}
	if get(q-1) != '"' || get(p) != '"' || !isStringWrapper(get, q, p) {
		return 0, false
	}
	k := q - 2
	for get(k) == ' ' {
		k--
	}
	if get(k) != '{' {
		return 0, false
	}
	for k--; get(k) == ' '; k-- {
	}
	if get(k) != ':' {
		return 0, false
	}
	for k--; get(k) == ' '; k-- {
	}
	if get(k) != '"' {
		return 0, false
	}
	return k, true
}

// isStringWrapper reports whether the bytes at [q, p) are "S" or
// "string".
func isStringWrapper(get func(int) int, q, p int) bool {
	switch p - q {
	case 1:
		return get(q) == 'S'
	case 6:
		for k := range 6 {
			if get(q+k) != int("string"[k]) {
				return false
			}
		}
		return true
	}
	return false
}

// namedPair is the shape of one of pairNameEnd's pairs: the key of the
// value's string, the member that holds it, and whether the sibling that
// names it is itself an object ({"Text": "FIRST_NAME"}).
type namedPair struct {
	value, member string
	nestedName    bool
}

// namedPairs are the shapes pairNameEnd reads.
var namedPairs = []namedPair{
	{value: "stringValue", member: "value"},
	{value: "Text", member: "ValueDetection", nestedName: true},
}

// namedPairKey is pairNameEnd for one pair's shape: the key pair.value
// ends at p, inside {…} under pair.member, and the sibling before the
// member ends in a quote (after a '}' where the name is in an object).
func namedPairKey(get func(int) int, p int, pair namedPair) (int, bool) {
	value, member := pair.value, pair.member
	q := p - len(value)
	for k := range len(value) {
		if get(q+k) != int(value[k]) {
			return 0, false
		}
	}
	k := q - 1 // the key's opening quote
	if get(k) != '"' {
		return 0, false
	}
	k--
	for get(k) == ' ' {
		k--
	}
	if get(k) != '{' {
		return 0, false
	}
	for k--; get(k) == ' '; k-- {
	}
	if get(k) != ':' || get(k-1) != '"' {
		return 0, false
	}
	k -= 2 // the end of member
	for n := len(member) - 1; n >= 0; n-- {
		if get(k) != int(member[n]) {
			return 0, false
		}
		k--
	}
	if get(k) != '"' {
		return 0, false
	}
	for k--; get(k) == ' '; k-- {
	}
	if get(k) != ',' {
		return 0, false
	}
	for k--; get(k) == ' '; k-- {
	}
	if get(k) == '}' && pair.nestedName {
		for k--; get(k) == ' '; k-- {
		}
	}
	if get(k) != '"' {
		return 0, false
	}
	return k, true
}

// nameLabelBefore reports the label that announces a name starting at i,
// reading back through at most a few quotes, spaces and one ':' or '='
// (or the slash forms "S/O", "D/O", "W/O", "C/O" with no separator). get
// reads a byte, -1 outside the text.
func nameLabelBefore(get func(int) int, i int) (string, bool) {
	if get(i-1) == '>' {
		// "<GivenName>Priya</GivenName>": an XML element names its text
		var buf [24]byte
		label, ok := nameLabels[string(xmlElementBefore(get, i, buf[:]))]
		if !ok {
			// "<RelationName>", "<ck:FatherName>": the element's last
			// camelCase word, as a key's (not "<TradeName>").
			n := 0
			for n < 8 && isLowerByte(get(i-2-n)) {
				n++
			}
			if s := i - 2 - n; n > 0 && isUpperByte(get(s)) && isASCIILetter(byte(max(get(s-1), 0))) {
				var word [9]byte
				for k := range n + 1 {
					word[k] = byte(get(s+k)) | 0x20
				}
				if l, found := nameLabels[string(word[:n+1])]; found && !qualifiedBefore(get, s) {
					label, ok = l, true
				}
			}
		}
		return label, ok && len(label) > 3
	}
	if label, ok := paddedLabelBefore(get, i); ok {
		return label, true
	}
	p := i
	for k := 0; k < 4 && (get(p-1) == ' ' || get(p-1) == '"' || get(p-1) == '\'' || get(p-1) == '[' && k > 0 || get(p-1) == '\\' && get(p) == '"'); k++ {
		p-- // "name": "Ravi", "names":["Ravi"], and escaped in a JSON string: \"firstName\": \"Roopa\"
	}
	sep := get(p - 1)
	if sep == '-' && p < i && get(p-2) == ' ' || sep == '|' && p < i && get(p-2) == ' ' && firstCellBefore(get, p-2) {
		sep = ':' // "Name - Priya Nair", "| Name | Priya Nair |": a dash, or the pipe after a row's first cell, is a colon
	}
	if p < i && sep != ':' && sep != '=' {
		if h, ok := honorificBefore(get, p); ok {
			return h, true
		}
		if p == i-1 && sep == 0xA4 && isBustEmoji([]byte{byte(get(p - 4)), byte(get(p - 3)), byte(get(p - 2)), byte(sep)}) {
			return "👤", true // "👤 Kezhokhoto Sema": a chat bot's label for a person
		}
	}
	if sep == ':' || sep == '=' {
		p--
		for k := 0; k < maxFormGap && (get(p-1) == ' ' || get(p-1) == '"' || get(p-1) == '\'' || get(p-1) == '\\' && get(p) == '"'); k++ {
			p-- // "Name      : Ravi", as forms align their colons
		}
		if get(p-1) == ')' && get(p-2)|0x20 == 's' && get(p-3) == '(' {
			p -= 3 // "Given name(s):"
		} else if get(p-1) == ')' && isASCIILetter(byte(max(get(p-2), 0))) {
			p-- // "Nav (Name):", "Vadil (Father):": the label in English, in brackets
		} else if get(p-1) == ')' {
			// "Attendant (if 65+):": a note with figures after the label
			k := p - 2
			for ; p-k < 32 && get(k) != '('; k-- {
				if b := get(k); b < 0 || b == '\n' || b == ')' {
					return "", false
				}
			}
			if get(k) != '(' || get(k-1) != ' ' {
				return "", false
			}
			return labelBeforeNote(get, k)
		}
	} else {
		// Only the slash forms ("S/O Ramesh") stand right before the name,
		// one space away.
		if i-p > 1 || get(p-2) != '/' {
			return "", false
		}
	}
	if k, ok := pairNameEnd(get, p); ok {
		p = k // {"key":"patient.name","value":{"stringValue":"…"}}: the attribute's key names the value
	}
	// The label's last word: letters, lower-cased, split at '_', '-', '.',
	// '/' (for s/o) and camelCase ("customerName").
	var w [16]byte
	n := 0
	for ; n < len(w); n++ {
		b := get(p - 1 - n)
		if b == '/' && n == 1 && isASCIILetter(byte(max(get(p-3), 0))) {
			continue // the slash of "s/o"
		}
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
			break
		}
		if n > 0 && b >= 'a' && b <= 'z' && get(p-n) >= 'A' && get(p-n) <= 'Z' {
			break // camelCase hump: "customerName" ends in "Name"
		}
	}
	if n == 0 || n == len(w) {
		return "", false
	}
	// Letters from p-n to p, the slash skipped.
	m := 0
	for k := p - n; k < p; k++ {
		if b := get(k); b != '/' {
			w[m] = byte(b) | 0x20
			m++
		}
	}
	if m <= 3 && get(p-n-1) == '_' && solrSuffixes[string(w[:m])] {
		// "cust_name_s": Solr's dynamic field names its type last
		p -= n + 1
		for n = 0; n < len(w) && isLowerByte(get(p-1-n)); n++ {
		}
		if n == 0 || n == len(w) || isASCIILetter(byte(max(get(p-1-n), 0))) {
			return "", false
		}
		for k := p - n; k < p; k++ {
			w[k-(p-n)] = byte(get(k))
		}
		m = n
	}
	label, ok := nameLabels[string(w[:m])]
	if !ok && sep == '=' && (string(w[:m]) == "first" || string(w[:m]) == "last") && (get(p-n-1) == '?' || get(p-n-1) == '&') {
		return string(w[:m]), true // a query string's "?first=Ayesha&last=Deshmukh"
	}
	if !ok && sep == ':' && string(w[:m]) == "birth" && m == n {
		// "Surname at birth:", "Name at birth:", as passports and OCI
		// forms ask for a name since changed
		var prev [8]byte
		q := p - n - 1
		if get(q) == ' ' && get(q-1)|0x20 == 't' && get(q-2)|0x20 == 'a' && get(q-3) == ' ' {
			k := 0
			for ; k < len(prev) && isASCIILetter(byte(max(get(q-4-k), 0))); k++ {
				prev[len(prev)-1-k] = byte(get(q-4-k)) | 0x20
			}
			if l := string(prev[len(prev)-k:]); k < len(prev) && (l == "name" || l == "surname") {
				return l, true
			}
		}
	}
	if !ok && m == 2 && string(w[:2]) == "by" && sep == ':' && participleBefore(get, p-n-1) {
		return "by", true // "Received by: Parminder", "Reported by:", "Verified by:"
	}
	if ok && m != n && label == "sn" {
		return "", false // "S/N: PFXQZKUM": a serial number, not LDAP's surname
	}
	if ok && (sep == ':' || sep == '=') && len(label) == 3 && label[1] == '/' && m == n {
		return "", false // "so", "co" before a colon are words ("Co:"), not S/O or C/O ("S/O:" is)
	}
	if ok && (sep == ':' || sep == '=') && qualifiedBefore(get, p-n) {
		return "", false // "legal_name", "tradeName", "service.name": not a person's
	}
	if !ok && isNamePartKey(string(w[:m])) && sep == ':' && underNameKey(get, p-n-1) {
		// FHIR's HumanName: "name":[{"family":"Behera","given":["Pradyumna"]}];
		// a record's: name: { first: "Sravani", last: "Naidu" }
		return string(w[:m]), true
	}
	if !ok && sep == ':' && !keyQualifiers[string(w[:m])] && !notPersonWords[string(w[:m])] && nameOfBefore(get, p-n) {
		return "name", true // "Name of Yatri:", "Name of the deceased:": whose name the label says
	}
	if !ok && sep == ':' && get(p) == ')' {
		// "Name of the candidate (in block letters):": a note in brackets
		// after the label; the label is the word before it.
		k := p - n - 1
		for ; p-k < 32 && get(k) != '('; k-- {
			if b := get(k); b != ' ' && !isASCIILetter(byte(max(b, 0))) {
				return "", false
			}
		}
		if get(k) == '(' && get(k-1) == ' ' {
			return labelBeforeNote(get, k)
		}
	}
	return label, ok
}

// labelBeforeNote reads the label before a note in brackets whose '('
// is at k, a space before it: "Name of the candidate (in block letters):",
// "Attendant (if 65+):". The slash forms ("S/O") take no note.
func labelBeforeNote(get func(int) int, k int) (string, bool) {
	var w [16]byte
	e := k - 1
	s := e
	for e-s < len(w) && isASCIILetter(byte(max(get(s-1), 0))) {
		s--
	}
	if e-s == len(w) {
		return "", false
	}
	for j := s; j < e; j++ {
		w[j-s] = byte(get(j)) | 0x20
	}
	label, ok := nameLabels[string(w[:e-s])]
	return label, ok && len(label) != 3
}

// participleBefore reports a verb's past participle, "…ed", ending one
// space before e+1: the "Received" of "Received by:".
func participleBefore(get func(int) int, e int) bool {
	if get(e) != ' ' || get(e-1)|0x20 != 'd' || get(e-2)|0x20 != 'e' {
		return false
	}
	k := e - 3
	for k >= e-16 && isASCIILetter(byte(max(get(k), 0))) {
		k--
	}
	return e-3-k >= 3 && !isASCIILetter(byte(max(get(k), 0)))
}

// isBustEmoji reports U+1F464 BUST IN SILHOUETTE, four bytes of UTF-8.
func isBustEmoji(b []byte) bool {
	return len(b) == 4 && b[0] == 0xF0 && b[1] == 0x9F && b[2] == 0x91 && b[3] == 0xA4
}

// solrSuffixes are the type suffixes of Solr's dynamic fields for a
// string and a text (mayFollowNameLabel knows them too).
var solrSuffixes = map[string]bool{"s": true, "t": true}

// nameOfBefore reports "name of" or "name of the" before the label word
// that starts at k.
func nameOfBefore(get func(int) int, k int) bool {
	word := func(e int) (string, int) {
		var w [4]byte
		s := e
		for e-s < len(w) && isASCIILetter(byte(max(get(s-1), 0))) {
			s--
		}
		if isASCIILetter(byte(max(get(s-1), 0))) {
			return "", s // longer than any word asked for
		}
		for j := s; j < e; j++ {
			w[j-s] = byte(get(j)) | 0x20
		}
		return string(w[:e-s]), s
	}
	if get(k-1) != ' ' {
		return false
	}
	w, s := word(k - 1)
	if w == "the" {
		w, s = word(s - 1)
	}
	switch w {
	case "of": // "Name of Yatri:"
	case "on", "in", "per": // "Name on card:", "Name as in passport:", "Name as per PAN:"
		if w, s = word(s - 1); w == "as" {
			w, s = word(s - 1)
		}
		return w == "name"
	default:
		return false
	}
	w, _ = word(s - 1)
	return w == "name"
}

// underNameKey reports whether the key that ends at k (its closing quote
// or its last letter) is the first of an object under a "name" key:
// "name":[{"family" or "name": {"given".
func underNameKey(get func(int) int, k int) bool {
	if get(k) == '"' {
		k--
	}
	for get(k) == ' ' || get(k) == '\n' {
		k--
	}
	if get(k) == ',' {
		// a key after another of the same object: "family":"Behera","given"
		for n := 0; n < 64 && get(k) != '{'; n++ {
			if b := get(k); b < 0 || b == '}' || b == ']' && n > 0 {
				return false // out of the object, or past another's array
			}
			k--
		}
	}
	if get(k) != '{' {
		return false
	}
	for k--; get(k) == ' ' || get(k) == '\n' || get(k) == '['; k-- {
	}
	if get(k) != ':' {
		return false
	}
	for k--; get(k) == ' ' || get(k) == '"'; k-- {
	}
	return get(k)|0x20 == 'e' && get(k-1)|0x20 == 'm' && get(k-2)|0x20 == 'a' && get(k-3)|0x20 == 'n' && !isASCIILetter(byte(max(get(k-4), 0)))
}

// isNamePartKey reports the keys of a name's parts inside an object under
// a name key (see underNameKey), which alone name nothing.
func isNamePartKey(w string) bool {
	switch w {
	case "family", "given", "first", "last", "middle":
		return true
	}
	return false
}

// paddedLabelBefore reports the "Name" label that opens the line of a
// name at i with no colon, only two or more spaces between, as forms and
// passbooks align their values ("Father's Name          POOVAMMA
// CARIAPPA"), or one space before capitals that end the line ("Mother's
// Name KAINAZ"). A header's next column ("Name      Address") is no name.
func paddedLabelBefore(get func(int) int, i int) (string, bool) {
	p := i
	for i-p <= maxFormGap && get(p-1) == ' ' {
		p--
	}
	pad := i - p
	if get(p-1) == ')' && get(p-2)|0x20 == 's' && get(p-3) == '(' {
		p -= 3 // "Given Name(s) FRANCIS"
	}
	known := pad == 1 && p == i-1 && knownNameAt(get, i)
	if pad == 1 && p == i-1 && !capitalsToLineEnd(get, i) && !known || pad > maxFormGap || !isASCIILetter(byte(max(get(p-1), 0))) {
		return "", false // one space will do before a name in capitals that ends the line, "Mother's Name KAINAZ", or before a known one, "Last name Kamath"
	}
	var buf [16]byte
	word := func(from, to int) []byte {
		if to-from > len(buf) {
			return nil
		}
		for k := from; k < to; k++ {
			buf[k-from] = byte(get(k)) | 0x20
		}
		return buf[:to-from]
	}
	s := p
	for p-s < len(buf) && isASCIILetter(byte(max(get(s-1), 0))) {
		s--
	}
	label := string(word(s, p))
	if label == "names" && get(s-1) == ' ' && get(s-2)|0x20 == 'n' && get(s-3)|0x20 == 'e' && get(s-4)|0x20 == 'v' && get(s-5)|0x20 == 'i' && get(s-6)|0x20 == 'g' {
		label = "name" // "Given names KAVITA", as a passport's page is read
	}
	if label != "name" && label != "surname" || qualifiedBefore(get, s) {
		return "", false // forms align "Name" and "Surname" (see mayFollowNameLabel); not "TEST NAME   RESULT"
	}
	// The label opens its line (words, apostrophes and dots before it), a
	// sentence ("… HDFC0841121. Name PHOOLBATI DHURVE.") or a field of a
	// form that puts several on a line, a column's gap before it ("First
	// Name PRASAD   Middle Name    Surname JADHAV").
	gapped := false // the label opens a field after a column's gap
	for k := s - 1; ; k-- {
		b := get(k)
		if b < 0 || b == '\n' || k == s-2 && b == '.' && get(k+1) == ' ' {
			break
		}
		if b == ' ' && get(k-1) == ' ' && (get(k-2) == ' ' || known) {
			gapped = true // two spaces will do before a label and a known name: "First Name Divya  Surname Singh"
			break
		}
		if isDigitByte(b) && fieldNumberOpensLine(get, k) {
			break // "2.1 Given Name": the field's number
		}
		if b == '/' && (k >= s-3 || nameLabelWordEndsAt(get, k-1)) {
			continue // "Last Name / Surname", "Last Name/Surname", "SURNAME/PRIMARY NAME"
		}
		if s-k > 32 || !(isASCIILetter(byte(b)) || b == ' ' || b == '\'' || b == '.') {
			return "", false
		}
	}
	e := i
	for e-i < len(buf) && isASCIILetter(byte(max(get(e), 0))) {
		e++
	}
	next := string(word(i, e))
	if _, key := keyWords[next]; key || dictionary[next].pos != 0 || dictionary[next].neg || notNameWords[next] {
		return "", false
	}
	if gapped && !known && (e-i < 2 || !isUpperByte(get(i+1))) {
		return "", false // a field after a gap holds a name in capitals, as forms print them; not a table's header ("Father's Name   Cat")
	}
	if _, l := nameLabels[next]; l || columnWords[next] {
		return "", false
	}
	if pad > maxLabelPad && (gapped || columnAfter(get, e)) {
		// A gap this wide is a form's, its label alone on the line and its
		// value ending it; a table's header spaces its columns as widely:
		// "Fund Name                 SFIN                 NAV (Rs)   Date".
		return "", false
	}
	return label, true
}

// nameLabelWordEndsAt reports a word of nameLabels, in any case, ending
// at k.
func nameLabelWordEndsAt(get func(int) int, k int) bool {
	var buf [16]byte
	n := 0
	for ; n < len(buf) && isASCIILetter(byte(max(get(k-n), 0))); n++ {
	}
	if n == 0 || n == len(buf) {
		return false
	}
	for j := range n {
		buf[j] = byte(get(k-n+1+j)) | 0x20
	}
	return nameLabels[string(buf[:n])] != ""
}

// fieldNumberOpensLine reports that the digit at k is a form field's
// number that opens its line, with dots and spaces: "2.1 ", "7. ", "  1  ".
func fieldNumberOpensLine(get func(int) int, k int) bool {
	for n := 0; n < 8; n++ {
		switch b := get(k); {
		case b < 0 || b == '\n':
			return true
		case isDigitByte(b) || b == '.' || b == ' ':
			k--
		default:
			return false
		}
	}
	return false
}

// columnAfter reports another column on the line after i: three spaces,
// then more text.
func columnAfter(get func(int) int, i int) bool {
	for k := i; k-i < 120; k++ {
		switch get(k) {
		case -1, '\n', '\r':
			return false
		case ' ':
			if get(k+1) == ' ' && get(k+2) == ' ' {
				n := k + 3
				for get(n) == ' ' {
					n++
				}
				return get(n) > ' '
			}
		}
	}
	return true
}

// knownNameAt reports a capitalised word at i that the gazetteer knows
// as a given or a family name, whole: "Kamath" in "Last name Kamath,".
func knownNameAt(get func(int) int, i int) bool {
	var buf [20]byte
	n := 0
	for ; n < len(buf) && isASCIILetter(byte(max(get(i+n), 0))); n++ {
		buf[n] = byte(get(i + n))
	}
	if n == len(buf) || !isUpperByte(int(buf[0])) || !isKnownName(buf[:n]) {
		return false
	}
	// A form's field ends there, not a sentence: "the name Sharma is
	// common" names no one.
	switch b := get(i + n); b {
	case -1, '\n', '\r', ',', ';':
		return true
	case ' ':
		return get(i+n+1) == ' ' || isUpperByte(get(i+n+1))
	}
	return false
}

// capitalsToLineEnd reports words in capitals from i to the end of the
// line, or to the next label of a name on it: "KAINAZ", "SHWETHA GOWDA",
// "SHAH Given names …".
func capitalsToLineEnd(get func(int) int, i int) bool {
	k := i
	for ; k-i < 48; k++ {
		b := get(k)
		if b < 0 || b == '\n' || b == '\r' {
			return k-i >= 2
		}
		if b == '.' && k-i >= 2 && (get(k+1) == ' ' || get(k+1) < 0 || get(k+1) == '\n') && isUpperByte(get(k-1)) && isUpperByte(get(k-2)) {
			return true // "Name PHOOLBATI DHURVE. DOB …": the name ends its sentence
		}
		if b == ' ' && k-i >= 2 && (isUpperByte(get(k+1)) && isLowerByte(get(k+2)) || get(k+1) == ' ' && get(k+2) == ' ') {
			// "Surname SHAH Given names KAVITA", "SURNAME/PRIMARY NAME SHAH
			// GIVEN NAME KETAN": the next label's word, a space or a
			// column's gap away
			q := k + 1
			for q-k < maxFormGap && get(q) == ' ' {
				q++
			}
			var buf [16]byte
			n := 0
			for ; n < len(buf) && isASCIILetter(byte(max(get(q+n), 0))); n++ {
				buf[n] = byte(get(q+n)) | 0x20
			}
			return n < len(buf) && nameLabels[string(buf[:n])] != ""
		}
		if !isUpperByte(b) && b != ' ' && b != '.' && b != '\'' {
			return false
		}
	}
	return false
}

// columnWords head the columns that follow a name's in a table, and no
// name is one of them: "Name      Age      Gender".
var columnWords = map[string]bool{
	"age": true, "gender": true, "sex": true, "relation": true, "relationship": true, "status": true, "date": true,
	"type": true, "remarks": true, "id": true, "no": true, "code": true, "class": true, "category": true,
	"designation": true, "department": true, "city": true, "state": true, "role": true, "grade": true, "seat": true,
	"photo": true, "photograph": true, "sign": true, "signature": true, "thumb": true, // an attendance sheet's: "Candidate Name   Photo ID   Sign"
}

// qualifiedBefore reports whether the key word that ends at e, joined to
// the label after it by '_', '-', '.', a camelCase hump or a space, is a
// qualifier (see keyQualifiers): "legal_name", "companyName", "Trade
// name".
func qualifiedBefore(get func(int) int, e int) bool {
	spaced := false
	if b := get(e - 1); b == '_' || b == '-' || b == '.' {
		e--
	} else if b == ' ' && isASCIILetter(byte(max(get(e-2), 0))) {
		e-- // "Trade name:", "File Name :", "Bank Name:"
		spaced = true
	} else if !(b >= 'a' && b <= 'z') || !(get(e) >= 'A' && get(e) <= 'Z') {
		return false
	}
	var w [16]byte
	n := 0
	for ; n < len(w); n++ {
		b := get(e - 1 - n)
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
			break
		}
		if n > 0 && b >= 'a' && b <= 'z' && get(e-n) >= 'A' && get(e-n) <= 'Z' {
			break
		}
	}
	for k := 0; k < n; k++ {
		w[k] = byte(get(e-n+k)) | 0x20
	}
	if q := e - n; get(q-1)|0x20 == 'r' && get(q-2)|0x20 == 'o' && (get(q-2) == 'O' || get(q-3) == '_' || get(q-3) == '-' || get(q-3) == ' ') {
		return false // "surNameOrOrgName", "name_or_org_name": a person's name is one of two
	}
	if q := e - n; spaced && (get(q-1) == ':' || get(q-1) == '=' || get(q-1) == ' ' && (get(q-2) == ':' || get(q-2) == '=')) {
		return false // "PN:Ad PN:Kumar": the word is the field before's value, no qualifier
	}
	if get(e-n-1) == '@' {
		return false // "00@Ad PN:AA": the end of an address, which its mask makes "XX@XX"
	}
	return n > 0 && n < len(w) && keyQualifiers[string(w[:n])]
}

// labelledName reads the capitalised words of a name at i, after a label,
// and returns where scanning goes on.
func (r *Redactor) labelledName(w *window, i int, out *[]match) int {
	if r.cfg.noKeys {
		return i // a label is a key name: Options.NoKeyNames turns this off too
	}
	label, ok := nameLabelBefore(w.byteAt, i)
	if !ok || w.csvOn && w.csv.active && w.csv.row < 0 && (w.byteAt(i-2) == '|' || w.csv.sep == alignedSep && w.csv.ncols >= 5 && w.byteAt(i-2) == ' ' && w.byteAt(i-1) == ' ') {
		return i // "| Name | Voter ID |", "Member Name     PACS": a table's header names its columns
	}
	if k, set := r.cfg.keys[label]; set && k != Person {
		return i // Options.Keys switched this label off or gave it another kind
	}
	// In a URL's query ("?name=Manjunath+Gowda") words are joined by '+'.
	gap := byte(' ')
	if w.byteAt(i-1) == '=' {
		gap = '+'
	}
	// A title after the label is no part of the name: "Customer Name : Mr.
	// Abhishek Verma".
	if q := titleEnd(w, i); q > i {
		i = q
	}
	end, words, full := i, 0, 0
	capsFirst := false // the first word is in capitals: "SHAH"
	for p := i; words < maxNameWords; {
		if b := w.byteAt(p); b < 'A' || b > 'Z' {
			break
		}
		q := p + 1
		// "Ravi" or "RAVI": a word in title case or in capitals.
		lo, hi := byte('a'), byte('z')
		if b := w.byteAt(q); b >= 'A' && b <= 'Z' {
			lo, hi = 'A', 'Z'
			if c := w.byteAt(p); (c == 'D' || c == 'O') && words > 0 && isLowerByte(w.byteAt(q+1)) {
				lo, hi, q = 'a', 'z', q+1 // "DSouza": D'Souza with no apostrophe
			}
		}
		for b := w.byteAt(q); b >= int(lo) && b <= int(hi) || w.accentedAt(q, lo == 'a'); b = w.byteAt(q) {
			if b >= 0x80 {
				q++ // "Conceição", "JOÃO": a letter with its accent, two bytes
			}
			q++
		}
		if q-p >= 2 && allMask(w, p, q) {
			return i // "XXXXXX A": what a mask left
		}
		if q == p+1 && (words > 0 || w.byteAt(p) == 'D' || w.byteAt(p) == 'O') && w.byteAt(q) == '\'' && isUpperByte(w.byteAt(q+1)) {
			// "D'Souza", "O'Brien": a family name with an apostrophe, alone
			// too ("surname":"D'Souza")
			for q += 2; isASCIILetter(byte(max(w.byteAt(q), 0))); q++ {
			}
		}
		initial := q == p+1
		if q == p+1 && w.byteAt(q) == '.' {
			q++ // an initial: "K. Ramesh"
		} else if q == p+1 && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) {
			// an initial with no dot: "R Sivakumar", "M S Lakshmi"
		} else if q == p+1 && words > 0 && (endsValue(w.byteAt(q)) || w.byteAt(q) == ' ' && (w.keyAt(q+1) || w.byteAt(q+1) == '|')) {
			// a last initial: "VIJAY K", "Shafi K,", "name=Nanjundappa K pan=…", "Driver: Nanjundappa K | Toyota"
		} else if q == p+1 {
			break
		} else if w.byteAt(q) == '.' && w.byteAt(q+1) == ' ' && isShortForm(w, p, q) {
			q++ // "Mohd. Imran Qureshi"
		}
		if b := w.byteAt(q); b >= 0 && (isAlnumByte(b) || b >= 0x80 && !w.wideMarkAt(q) || b == '_' && isDigitByte(w.byteAt(q+1))) {
			break // runs on: not a plain word ("File Name : IMG_0412.jpg")
		}
		if words == 0 && w.byteAt(q) == '_' && isUpperByte(w.byteAt(q+1)) && !hasLower(w.buf[p:q]) {
			return i // "GENERIC_RELOC_VANILLA": a constant's name (not "Ravi_Kumar", a user's)
		}
		if b := w.byteAt(q); words == 0 && (b == '(' || b == '<' && w.byteAt(q+1) != '/' || b == '&' && w.byteAt(q+1) == 'l' && w.byteAt(q+2) == 't' && w.byteAt(q+3) == ';' ||
			notLabelledName(w, p, q) || q-p == 5 && spacedPANAt(w, p)) {
			return i // "patient = Patient(**payload)", "child: Box<Node>" (or "Box&lt;Node&gt;"), "name: String", "MR. JUSTICE"
		}
		if words == 0 && w.byteAt(q) == '-' && isUpperByte(w.byteAt(q+1)) {
			return i // {"name":"Content-Type","value":…}: a header's name
		}
		if words == 0 && w.byteAt(q) == ' ' && isDigitByte(w.byteAt(q+1)) && q <= len(w.buf) && isMonthWord(w.buf[p:q]) {
			return i // "Patient: Mar 1, 1979": a date, its month first, answering a question
		}
		if b := w.byteAt(q); b == ':' || b == '=' {
			if _, title := honorifics[label]; (words > 0 || title && b == ':' && knownNameWord(w, p, q)) && !isFieldWord(w, p, q) {
				// "[10:02] Dr. Suhail Dar: …", "Dr. Apte: Good evening": a
				// chat sender's last word
				end, words, full = q, words+1, full+1
			}
			break // or the next field's key: "{Name:Ravi Passport:J8369854}"
		}
		if isBusinessWord(w, p, q) && !(words > 0 && w.surnameEndsValue(p, q)) && !(words == 0 && givenNameAt(w, p, q)) {
			// "Buyer: Chola Electricals Pvt Ltd": a business, not a person
			// (but "Name: Rinku Mandal", and "first_name": "Pooja", whose
			// festival needs a word after it: "Name: Durga Puja")
			return i
		}
		if words > 0 && w.qualifierBeforeLabel(p, q) {
			break // "PN:AA Ad PN:Kumar": "Ad" is the next label's ("Ad PN", as "Ad Name"), not the name's
		}
		if var4 := [4]byte{}; q-p == 4 && string(lowerASCII(var4[:], w.buf[p:q])) == "name" {
			if words > 0 && capsFirst && lo == 'a' {
				break // "Surname SHAH Given Name KAVITA": the next label
			}
			return i // name="Resident Name", "Name: Full Name": a template's placeholder
		}
		if var16 := [16]byte{}; words > 0 && q-p >= 2 && q-p <= 16 && notNameWords[string(lowerASCII(var16[:], w.buf[p:q]))] {
			return i // "Reviewed by: QC Executive": a role, not a name
		}
		if var16 := [16]byte{}; words > 0 && capsFirst && lo == 'a' && q-p <= 16 && nameLabels[string(lowerASCII(var16[:], w.buf[p:q]))] != "" {
			break // "Surname SHAH Given names KAVITA": a name in capitals ends where the next label begins
		}
		if words == 0 {
			capsFirst = lo == 'A'
			if w.byteAt(p) == 'X' && (q-p == 1 || q-p == 2 && w.byteAt(p+1) == '.') {
				return i // "PN:X AA", "PN:X. AA": what a mask left of a letter of another script, not an initial
			}
			if capsFirst && (q-p == 3 || q-p == 4) && w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) && isLowerByte(w.byteAt(q+2)) && !knownNameWord(w, p, q) {
				return i // "Duty manager: OCC Gurugram", "IT Helpdesk": an acronym before a word in title case (but "RK Bansal": initials)
			}
		}
		end, words = q, words+1
		if !initial {
			full++
		}
		if gap == '+' && w.byteAt(q) == '%' && w.byteAt(q+1) == '2' && w.byteAt(q+2) == '0' {
			p = q + 3 // "pn=Kinjal%20Desai"
			continue
		}
		if b := w.byteAt(q); b == '/' && lo == 'A' && q-p >= 2 && isUpperByte(w.byteAt(q+1)) && isUpperByte(w.byteAt(q+2)) {
			p = q + 1 // "NAMBIAR/ANJALI MS": an airline's SURNAME/GIVEN NAME
			continue
		}
		if b := w.byteAt(q); b != ' ' && b != int(gap) {
			break
		}
		p = q + 1
	}
	if words == 1 && w.byteAt(end) == ',' && w.byteAt(end+1) == ' ' && isUpperByte(w.byteAt(end-1)) && isUpperByte(w.byteAt(end-2)) {
		// "Applicant: FERNANDES, JINCY": a family name, a comma, the given
		// name, in capitals to the line's end
		q := end + 2
		for isUpperByte(w.byteAt(q)) || w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)) {
			q++
		}
		if b := w.byteAt(q); q-end >= 4 && (b < 0 || b == '\n' || b == '\r') {
			end = q
		}
	}
	if w.byteAt(end) == ' ' && w.byteAt(end+1) == '&' && w.byteAt(end+2) == ' ' {
		// "Kapoor & Sons", "Mehta & Co": a firm's name
		q := end + 3
		for isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if isBusinessWord(w, end+3, q) {
			return i
		}
	}
	if w.short || words == 0 || full == 0 || allMask(w, i, end) || w.firmFollows(end) {
		return i // nothing, initials alone, a name kavach has already masked, or a firm's or a scheme's
	}
	if _, title := honorifics[label]; title && (publicOfficeBefore(w, i) || words == 1 && w.deityAt(i, end)) {
		// "Hon'ble Chief Minister Shri N. Chandrababu Naidu": a public
		// figure, as news names one; "jai shri Krishna", "Shri Mahalakshmi
		// temple": a god
		return end
	}
	if w.placeWordEnds(i, end, words) {
		return i // {"name": "Lal Bahadur Shastri Nagar"}: a station's or a locality's, named for a person or not
	}
	if var8 := [8]byte{}; words == 1 && end-i <= len(var8) {
		if _, title := honorifics[string(lowerASCII(var8[:], w.buf[i:min(end, len(w.buf))]))]; title {
			return i // "Guest: Mr. ******", "Consultant: Dr": a title whose name was masked or left out
		}
	}
	if w.byteAt(end) == '-' && isDigitByte(w.byteAt(end+1)) || words == 1 && end-i == 2 && capsFirst && w.byteAt(end) == ' ' && isDigitByte(w.byteAt(end+1)) {
		return i // "employee: GJ-5420209037426", "insured: GA 07 WB 7727": a code's letters, not a name
	}
	if w.quantityAfter(end) {
		return i // "name": "Amul Taaza Toned Milk 500 ml": a product's, with its pack size
	}
	if w.byteAt(end) == '\'' && w.byteAt(end+1) == 's' && w.byteAt(end+2) == ' ' {
		q := end + 3
		for isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if isUpperByte(w.byteAt(end+3)) && isBusinessWord(w, end+3, q) {
			return i // "Dr. Reddy's Laboratories": a company named for its founder (not "Dr. Rao's clinic")
		}
	}
	if q := w.byteAt(i - 1); (q == '"' || q == '\'') && w.byteAt(end) == ' ' && isLowerByte(w.byteAt(end+1)) {
		return i // {"name": "Sarathi renewal - submit"}: a quoted value that goes on in small letters names a thing
	}
	if words == 1 && !strings.Contains(label, "name") && sentenceFollows(w, end) && !knownNameWord(w, i, end) {
		return i // "Buyer: Bhai bike abhi available hai?", "Patient: For my daughter": a speaker's turn
	}
	*out = append(*out, match{kind: kPerson, start: i, end: end, score: 0.85, reason: "name after", tail: tailQuoted, word: label})
	return end
}

// qualifierBeforeLabel reports a word of keyQualifiers at [p, q), then a
// space and a field's word before its ':' or '=': the word qualifies the
// next field's label (see qualifiedBefore), whatever stands before it.
func (w *window) qualifierBeforeLabel(p, q int) bool {
	var buf [16]byte
	if q-p > len(buf) || w.byteAt(q) != ' ' || !keyQualifiers[string(lowerASCII(buf[:], w.buf[p:q]))] {
		return false
	}
	r := q + 1
	for r-q <= 16 && isASCIILetter(byte(max(w.byteAt(r), 0))) {
		r++
	}
	b := w.byteAt(r)
	return r > q+1 && (b == ':' || b == '=') && r <= len(w.buf) && isFieldWord(w, q+1, r)
}

// sentenceFollows reports a lower-case word one space after e: the word
// before it opens a sentence, not a name ("Hmingthansangi, passport" may
// still be one).
func sentenceFollows(w *window, e int) bool {
	return w.byteAt(e) == ' ' && isLowerByte(w.byteAt(e+1))
}

// deityAt reports a god's name at [i, end), or a temple's word after it.
func (w *window) deityAt(i, end int) bool {
	var lb [16]byte
	if end-i > len(lb) || end > len(w.buf) {
		return false
	}
	if deityNames[string(lowerASCII(lb[:], w.buf[i:end]))] {
		return true
	}
	if w.byteAt(end) != ' ' {
		return false
	}
	q := end + 1
	for q-end <= len(lb) && isASCIILetter(byte(max(w.byteAt(q), 0))) {
		q++
	}
	if q-end-1 > len(lb) || q > len(w.buf) {
		return false
	}
	switch string(lowerASCII(lb[:], w.buf[end+1:q])) {
	case "temple", "mandir", "devasthanam", "devasthan", "math", "ashram", "dham", "peeth":
		return true
	}
	return false
}

// placeWordEnds reports a locality's or a street's word closing the
// words [i, end): of three words or more any of localityWordsTitled,
// of two any but "nagar", which is a family name too ("Anita Nagar").
func (w *window) placeWordEnds(i, end, words int) bool {
	if words < 2 || end > len(w.buf) {
		return false
	}
	k := bytes.LastIndexByte(w.buf[i:end], ' ')
	if k < 0 {
		return false
	}
	var lb [12]byte
	last := w.buf[i+k+1 : end]
	if len(last) > len(lb) {
		return false
	}
	word := string(lowerASCII(lb[:], last))
	return localityWordsTitled[word] && (words >= 3 || word != "nagar")
}

// knownNameWord reports whether the ASCII word [p, q) is a given or family
// name the gazetteer knows.
func knownNameWord(w *window, p, q int) bool {
	return q <= len(w.buf) && q-p <= 32 && isKnownName(w.buf[p:q])
}

// titleEnd returns where the name after an honorific at i starts ("Mr.
// Abhishek", "Smt SUNITA"), or i when none stands there.
func titleEnd(w *window, i int) int {
	q := i
	for q-i < 7 && isASCIILetter(byte(max(w.byteAt(q), 0))) {
		q++
	}
	var buf [8]byte
	if _, ok := honorifics[string(lowerASCII(buf[:], w.buf[i:min(q, len(w.buf))]))]; !ok || q == i {
		return i
	}
	if w.byteAt(q) == '.' {
		q++
	}
	if w.byteAt(q) == '/' && isUpperByte(w.byteAt(q+1)) {
		// "Mr./Ms. Bhavana Ansari", "Mr/Mrs": a form's choice of titles
		if r := titleEnd(w, q+1); r > q+1 {
			return r
		}
		p := q + 1
		for p-q < 5 && isASCIILetter(byte(max(w.byteAt(p), 0))) {
			p++
		}
		if _, ok := honorifics[string(lowerASCII(buf[:], w.buf[q+1:min(p, len(w.buf))]))]; ok && p > q+1 {
			q = p
			if w.byteAt(q) == '.' {
				q++
			}
		}
	}
	if w.byteAt(q) != ' ' || !isUpperByte(w.byteAt(q+1)) {
		return i
	}
	return q + 1
}

// typeNames are the names of types in code and schemas, which follow a
// "name:" key there ("name: String!", "fullName: str").
var typeNames = map[string]bool{
	"string": true, "str": true, "int": true, "integer": true, "boolean": true, "bool": true, "float": true,
	"double": true, "date": true, "datetime": true, "object": true, "array": true, "list": true, "optional": true,
	"none": true, "null": true, "nil": true, "true": true, "false": true, "text": true, "varchar": true, "char": true,
	"justice": true, // "Mr. Justice …": a title, the judge's name after it
	// A span's or a request's name: {"name":"POST /v1/kyc"}, "SELECT kyc_db.applicants".
	"get": true, "post": true, "put": true, "delete": true, "patch": true, "select": true, "insert": true,
	"update": true, "upsert": true, "http": true, "https": true, "grpc": true,
	// A request's, a job's or a test's name opens with its verb: "name:
	// Create beneficiary" in an API client's export.
	"create": true, "add": true, "remove": true, "fetch": true, "send": true, "verify": true, "validate": true,
	"check": true, "test": true, "run": true, "deploy": true, "upload": true, "download": true, "login": true,
	"logout": true, "register": true, "submit": true, "cancel": true, "approve": true, "reject": true,
	"search": true, "sync": true, "import": true, "export": true, "generate": true, "refresh": true,
	"reset": true, "set": true, "show": true, "view": true, "edit": true, "save": true, "load": true,
	// A card's or a record's status or kind: {"name":"Release 7.14.6"},
	// "Nominee: REGISTERED".
	"release": true, "sprint": true, "build": true, "version": true, "registered": true, "pending": true,
	"verified": true, "active": true, "inactive": true,
	// An office, not its holder: "Officer: Superintendent", and thanks.
	"superintendent": true, "commissioner": true, "collector": true, "tahsildar": true, "director": true,
	"secretary": true, "registrar": true, "thank": true, "thanks": true,
	// An amount: "Sum insured: Rs 80000"; an environment: "name": "UAT - KYC".
	"rs": true, "inr": true, "rupees": true, "uat": true,
	// A role, not a name: "pn=Merchant", "name": "Vendor onboarding".
	"merchant": true, "vendor": true, "person": true, "user": true, "customer": true, // "person = Person { … }"
	// A collection's or a field's name: {"name":"Onboarding v3"}, {"name":"Last 4 digits of Credit Card"}.
	"onboarding": true, "onboard": true, "last": true,
	// A caller's answer, not a name: "CUSTOMER: It is March 17", "CUSTOMER: Yes".
	"it": true, "yes": true, "ok": true, "okay": true, "sure": true,
	// NPCI's UPI XML names its fields: <Detail name="ACNUM" value="…"/>.
	"acnum": true, "actype": true, "mobnum": true, "uidnum": true,
}

// spacedPANAt reports a PAN written in three parts at p ("LQKPP 9100
// U"), whose first part a name's label must not take for a name.
func spacedPANAt(w *window, p int) bool {
	var pan [10]byte
	k := p
	for n := 0; n < 10; n++ {
		if n == 5 || n == 9 {
			if b := w.byteAt(k); b != ' ' && b != '-' {
				return false
			}
			k++
		}
		pan[n] = byte(max(w.byteAt(k), 0))
		k++
	}
	return !isAlnumByte(w.byteAt(k)) && validators.PAN(string(pan[:])) == nil
}

// givenNameAt reports whether the word [p, q) is a given name the
// gazetteer knows.
func givenNameAt(w *window, p, q int) bool {
	var buf [16]byte
	return q-p <= len(buf) && names.Given(string(lowerASCII(buf[:], w.buf[p:q])))
}

// notLabelledName reports a first word after a name label that is no
// name: who is meant rather than named ("Customer", "Husband"), or a
// type's name.
func notLabelledName(w *window, p, q int) bool {
	var buf [16]byte
	if q-p > len(buf) {
		return false
	}
	word := lowerASCII(buf[:], w.buf[p:q])
	if e := dictionary[string(word)]; (q-p >= 3 && isUpperByte(w.byteAt(p+1)) || q-p >= 4) && (e.pos != 0 || e.neg) {
		// {"name":"ABHA search"}, "UIDAI OTP": a context word names a
		// thing; {"name":"Account ID","value":…}: a field
		return true
	} else if q-p == 2 && isUpperByte(w.byteAt(p+1)) && e.pos != 0 && w.byteAt(q) == ' ' &&
		(isDigitByte(w.byteAt(q+1)) || isUpperByte(w.byteAt(q+1)) && isUpperByte(w.byteAt(q+2)) || w.byteAt(q+1)|0x20 == 'n' && w.byteAt(q+2)|0x20 == 'o') {
		return true // "Guest: DL no KL 01 …": an identifier's name before its value
	}
	return typeNames[string(word)] || notNameWords[string(word)] || greetingWords[string(word)] || // "Executive: Namaste ji"
		houseWords[string(word)] && w.byteAt(q) == ' ' && w.byteAt(q+1) == ' ' // a register's header: "NAME  FLAT  VEH NO"
}

// isFieldWord reports whether the word [p, q), before a ':', names a
// field: a context word or a key word ("Passport:", "Mobile:").
func isFieldWord(w *window, p, q int) bool {
	var buf [24]byte
	if q-p > len(buf) {
		return true
	}
	word := string(lowerASCII(buf[:], w.buf[p:q]))
	e, ok := dictionary[word]
	_, key := keyWords[word]
	_, label := nameLabels[word]
	return ok && (e.pos != 0 || e.neg) || key || label
}

// scriptValueStart returns where the value after the ':' or '=' at c
// starts: past a few spaces and an opening quote ({"name":"ऋतुजा पाटील"},
// name='…', \"name\": \"…\").
func scriptValueStart(w *window, c int) int {
	p := c + 1
	for n := 0; n < 3 && (w.byteAt(p) == ' ' || w.byteAt(p) == '\t'); n++ {
		p++ // (a tab too, as a form pasted from a table aligns its values)
	}
	if w.byteAt(p) == '\\' && w.byteAt(p+1) == '"' {
		p++
	}
	if b := w.byteAt(p); b == '"' || b == '\'' {
		p++
	}
	return p
}

// scriptRankEnd returns the end of an abbreviation in an Indian script
// whose first part is the word [p, q): two parts or more, each a few
// letters and a dot, with no space between them ("उ.नि.", "स.उ.नि.",
// "पु.अ."), as police and army ranks are written before a name; or q.
func (w *window) scriptRankEnd(p, q int) int {
	if q-p > maxRankPart || w.byteAt(q) != '.' || w.byteAt(q+1) < 0x80 {
		return q
	}
	parts, k := 1, q+1
	for parts < 4 {
		e := k
		for e-k <= maxRankPart && w.byteAt(e) >= 0x80 {
			e++
		}
		if e == k || e-k > maxRankPart || w.byteAt(e) != '.' {
			return q
		}
		parts, k = parts+1, e+1
		if w.byteAt(k) < 0x80 {
			return k // after the last dot: a space, or the value's end
		}
	}
	return q
}

// maxRankPart is the most bytes a part of a rank's abbreviation takes: a
// syllable of a consonant, a sign and a vowel sign, three bytes each.
const maxRankPart = 9

// escapedScriptAt reports a letter or a sign of an Indian script
// (U+0900–U+0DFF) escaped at p as JSON escapes it: "\u0936".
func escapedScriptAt(w *window, p int) bool {
	if w.byteAt(p) != '\\' || w.byteAt(p+1) != 'u' {
		return false
	}
	r := rune(0)
	for k := p + 2; k < p+6; k++ {
		b := w.byteAt(k)
		d := unhex(byte(max(b, 0)))
		if b < 0 || d < 0 {
			return false
		}
		r = r<<4 | d
	}
	return r >= 0x0900 && r <= 0x0DFF && (unicode.IsLetter(r) || unicode.IsMark(r))
}

// scriptNameAfter reads a name written in an Indian script or Urdu after
// the ':' at c of a name label ("नाम: ऋतुजा पाटील", "Name: राम कुमार",
// "نام: عمران قریشی"): up to maxNameWords words of letters and marks, one
// space apart, ending at punctuation, a digit, Latin text or the line's
// end. It returns where scanning goes on: past the name, or c+1.
func (r *Redactor) scriptNameAfter(w *window, c int, out *[]match) int {
	p := scriptValueStart(w, c)
	start, end, words := p, p, 0
	n0, last := len(*out), 0 // the findings before, the end of a name already read
	titled := false
	for words < maxNameWords {
		q := p
		for {
			b := w.byteAt(q)
			if b == '\\' && w.byteAt(q+1) == 'u' {
				// A letter of a script escaped in a JSON string, as Python's
				// json.dumps writes one: "\u0936\u094d\u0935\u0947\u0924\u093e".
				if q+6 > len(w.buf) && !w.atEOF {
					w.short = true
					break
				}
				if !escapedScriptAt(w, q) {
					break
				}
				q += 6
				continue
			}
			if b < 0 && q >= len(w.buf) && !w.atEOF {
				w.short = true // the word may go on in the next buffer
				break
			}
			if b < 0x80 {
				break
			}
			if !utf8.FullRune(w.buf[q:]) && !w.atEOF {
				w.short = true // a character cut by the end of buf
				break
			}
			ru, size := utf8.DecodeRune(w.buf[q:])
			if ru == utf8.RuneError || ru < 0x370 || !(unicode.IsLetter(ru) || unicode.IsMark(ru)) || isIndicPunct(ru) {
				break // (Latin letters with marks are read, or not, as Latin: "ʉ AA" masked is "X AA")
			}
			q += size
		}
		if q == p || isAlnumByte(w.byteAt(q)) {
			break // nothing, or a word that runs on in Latin letters or digits
		}
		if e, ok := dictionary[string(w.buf[p:q])]; ok && e.stop {
			break // "नाम: राहुल शर्मा है": the sentence goes on
		}
		if w.byteAt(q) == ':' {
			break // "…: రమేష్ రెడ్డి తండ్రి: …": the next label, on the same line
		}
		if scriptRelationWords[string(w.buf[p:q])] && words > 0 {
			// "राजकुमार वर्मा पुत्र शिवनारायण तिवारी": two names, a son's and
			// his father's
			*out = append(*out, match{kind: kPerson, start: start, end: end, score: 0.85, reason: "name after a label"})
			start, words, last, titled = q+1, 0, q, false
			if w.byteAt(q) != ' ' || w.byteAt(q+1) < 0x80 && !escapedScriptAt(w, q+1) {
				break
			}
			p = q + 1
			continue
		}
		if e := w.scriptRankEnd(p, q); e > q && words == 0 && p == start && !titled {
			// "उ.नि. सुनील कुमार सिंह", "स.उ.नि. …": a rank's abbreviation,
			// its parts joined by dots, is the name's title
			titled = true
			if w.byteAt(e) != ' ' || w.byteAt(e+1) < 0x80 {
				break
			}
			p, start = e+1, e+1
			continue
		}
		if dotted, title := scriptHonorifics[string(w.buf[p:q])]; title && words == 0 && p == start && !titled {
			titled = true // one title at most: "श्री श्री …" reads no further
			// "पुत्र स्व. रामनरेश" (son of the late Ramnaresh), "श्री राम": the
			// name starts after the title.
			if w.byteAt(q) == '.' {
				q++
			} else if dotted {
				break
			}
			if w.byteAt(q) != ' ' || w.byteAt(q+1) < 0x80 && !escapedScriptAt(w, q+1) {
				break
			}
			if titlesThatAreNames[string(w.buf[p:q])] {
				p = q + 1 // "பெயர்: செல்வி முருகேசன்": a given name too, masked with the name
				continue
			}
			p, start = q+1, q+1
			continue
		}
		end, words = q, words+1
		if w.byteAt(q) == '.' && q-p <= maxScriptInitial && w.byteAt(q+1) == ' ' && w.byteAt(q+2) >= 0x80 {
			q++ // an initial and its dot, the name after it: "பெயர்: க. லட்சுமி"
		}
		if q+1 >= len(w.buf) && !w.atEOF || w.byteAt(q) == ' ' && w.byteAt(q+1) == '\\' && q+7 > len(w.buf) && !w.atEOF {
			w.short = true // another word may follow
			break
		}
		if w.byteAt(q) != ' ' || w.byteAt(q+1) < 0x80 && !escapedScriptAt(w, q+1) {
			break
		}
		p = q + 1
	}
	if w.short {
		*out = (*out)[:n0] // a stream shows more and reads it again
		return c + 1
	}
	if words == 0 {
		return max(last, c+1)
	}
	*out = append(*out, match{kind: kPerson, start: start, end: end, score: 0.85, reason: "name after a label"})
	return end
}

// scriptRelationWords join two names in Indian scripts as S/O, D/O and
// W/O do: "पुत्र" (son of), "पुत्री" (daughter of), "पत्नी" (wife of).
var scriptRelationWords = map[string]bool{
	"पुत्र": true, "पुत्री": true, "पत्नी": true, "सुपुत्र": true, "सुपुत्री": true, "बिन": true, "बिंत": true,
	"आत्मज": true, "आत्मजा": true, // son and daughter of, as an Aadhaar letter's Hindi half writes S/O and D/O
	"পুত্র": true, "কন্যা": true, "স্ত্রী": true,
	// The other scripts' words for son, daughter and wife of; Karnataka's
	// land records join an owner to a father with "ಬಿನ್" and a wife to a
	// husband with "ಕೋಂ".
	"ಬಿನ್": true, "ಕೋಂ": true, "ಪುತ್ರ": true, "ಪತ್ನಿ": true, "ಮಗ": true, "ಮಗಳು": true,
	"மகன்": true, "மகள்": true, "மனைவி": true, "కుమారుడు": true, "కుమార్తె": true, "భార్య": true,
	"മകൻ": true, "മകൾ": true, "ഭാര്യ": true, "પુત્ર": true, "પુત્રી": true, "પત્ની": true,
	"ਪੁੱਤਰ": true, "ਪੁੱਤਰੀ": true, "ਪਤਨੀ": true, "ପୁତ୍ର": true, "ପୁତ୍ରୀ": true, "ପତ୍ନୀ": true,
}

// endsValue reports what may follow the last word of a value: the end of
// the text or line, a comma, a quote or a field separator.
func endsValue(b int) bool {
	return b < 0 || b == '\n' || b == '\r' || b == ',' || b == '"' || b == '|' || b == ';' || b == '&' || b == '<'
}

// wideMarkAt reports a quotation mark, a guillemet, a dash or an ellipsis
// of more than one byte at p, which ends a word as its ASCII kin do: the
// "»" of "«Lavanya Kondapalli»", the "”" of a typographer's quotes.
func (w *window) wideMarkAt(p int) bool {
	switch w.byteAt(p) {
	case 0xC2:
		b := w.byteAt(p + 1)
		return b == 0xAB || b == 0xBB
	case 0xE2:
		if w.byteAt(p+1) != 0x80 {
			return false
		}
		switch w.byteAt(p + 2) {
		case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: // – — ‘ ’ “ ” …
			return true
		}
	}
	return false
}

// dandaAt reports a danda ("।") or a double danda ("॥") at p: the full
// stop of Devanagari, Bengali and the scripts that borrow it.
func (w *window) dandaAt(p int) bool {
	return w.byteAt(p) == 0xE0 && w.byteAt(p+1) == 0xA5 && (w.byteAt(p+2) == 0xA4 || w.byteAt(p+2) == 0xA5)
}

// isShortForm reports the abbreviated given names written with a dot:
// "Mohd.", "Md.".
func isShortForm(w *window, p, q int) bool {
	var buf [4]byte
	if q > len(w.buf) {
		return false
	}
	switch string(lowerASCII(buf[:], w.buf[p:q])) {
	case "mohd", "md":
		return true
	}
	return false
}

// isIndicPunct reports the dandas and the Arabic comma, which end a name.
func isIndicPunct(r rune) bool { return r == '।' || r == '॥' || r == '،' || r == '؛' }

// scriptNameLabelBefore reports whether a name label stands before the
// ':' at c and a non-Latin letter after it: scriptNameAfter's case.
func (r *Redactor) scriptNameLabelBefore(w *window, c int) bool {
	if p := scriptValueStart(w, c); w.byteAt(p) < 0xC0 && !escapedScriptAt(w, p) {
		return false // a Latin name is labelledName's
	}
	var buf [32]byte
	word, k := labelBefore(w, c, buf[:])
	if n := len(word); n > 3 && word[n-3] == 0xE2 && word[n-2] == 0x80 && (word[n-1] == 0x8C || word[n-1] == 0x8D) {
		word = word[:n-3] // "പേര്‌:": a non-joiner after the label's virama (see joinerAt)
	}
	if len(word) == 0 {
		return false
	}
	if k, ok := r.cfg.keys[string(word)]; ok {
		return k == Person
	}
	_, ok := nameLabels[string(word)]
	if !(ok || keyWords[string(word)] == Person || scriptRelationWords[string(word)]) {
		return false // (a relation's word labels the relative's name: "आत्मज: सुरेश यादव")
	}
	// "पिकाचे नाव: सोयाबीन" (the crop's name), "गावाचे नाव" (the village's):
	// the word before the label names a thing.
	for w.byteAt(k) == ' ' {
		k--
	}
	var qb [32]byte
	q, qs := wordBefore(w, k+1, qb[:])
	if s := string(q); s == "का" || s == "की" || s == "के" || s == "ਦਾ" || s == "ਦੀ" || s == "ਦੇ" {
		// "पद का नाम" (the post's name), "ਸਕੂਲ ਦਾ ਨਾਮ": the thing before the genitive
		for qs--; w.byteAt(qs) == ' '; qs-- {
		}
		q, _ = wordBefore(w, qs+1, qb[:])
	}
	return !thingNameQualifiers[string(q)]
}

// lowerNameStart returns where a value in lower-case ASCII letters starts
// after the ':' at c and a name label before it ("display_name":
// "lipsa", customer_name: ravi kumar), or -1.
func (r *Redactor) lowerNameStart(w *window, c int) int {
	p := c + 1
	for n := 0; n < 3 && w.byteAt(p) == ' '; n++ {
		p++
	}
	if b := w.byteAt(p); b == '"' || b == '\'' {
		p++
	}
	if !isLowerByte(w.byteAt(p)) {
		return -1
	}
	label, ok := nameLabelBefore(w.byteAt, p)
	if !ok || len(label) == 3 && label[1] == '/' {
		return -1 // no label, or "s/o:": the slash forms take capitals
	}
	if k, set := r.cfg.keys[label]; set && k != Person {
		return -1
	}
	return p
}

// lowerName reads a name in lower case at p, after a name label: words of
// the gazetteer ("lipsa", "ravi kumar sharma"), as users type their own
// names into forms and apps; a word it does not know ends it, and the
// first must be a given or family name, and a name of one word no
// everyday word ("name": "dev" is a build profile). It returns where
// scanning goes on.
func (r *Redactor) lowerName(w *window, c, p int, out *[]match) int {
	var buf [32]byte
	end, words, ambiguous := p, 0, false
	for q := p; words < maxNameWords; {
		e := q
		for isLowerByte(w.byteAt(e)) && e-q < len(buf) {
			e++
		}
		if b := w.byteAt(e); e == q || e-q >= len(buf) || isAlnumByte(b) || b >= 0x80 || b == '_' || b == '.' || b == '@' || b == '-' {
			break
		}
		word := string(lowerASCII(buf[:], w.buf[q:e]))
		if words == 0 && !names.Given(word) && !names.Surname(word) || words > 0 && !names.Given(word) && !names.Surname(word) && !names.Middle(word) {
			break
		}
		if words == 0 {
			ambiguous = names.Ambiguous(word)
		}
		end, words = e, words+1
		if w.byteAt(e) != ' ' || !isLowerByte(w.byteAt(e+1)) {
			break
		}
		q = e + 1
	}
	if w.short || words == 0 || words == 1 && ambiguous {
		return c + 1
	}
	*out = append(*out, match{kind: kPerson, start: p, end: end, score: 0.85, reason: "name in lower case after a label"})
	return end
}

// thingNameQualifiers are the words, in Indian scripts, that make the
// name after them a thing's: a crop's, a village's, a company's, a
// scheme's.
var thingNameQualifiers = map[string]bool{
	"पिकाचे": true, "पीक": true, "पिक": true, "फसल": true, "गावाचे": true, "गाव": true, "गांव": true, "गाँव": true,
	"कंपनीचे": true, "कंपनी": true, "बँकेचे": true, "बैंक": true, "शाळेचे": true, "स्कूल": true, "योजनेचे": true, "योजना": true,
	"विभाग": true, "जिल्ह्याचे": true, "जिला": true, "ग्राम": true,
	"पद":       true, // a post's: "पद का नाम: कनिष्ठ लिपिक"
	"विद्यालय": true, "अस्पताल": true, "दुकान": true, "संस्था": true,
	// A team's, a club's, a firm's, a committee's: "टीम का नाम: बजरंग क्लब".
	"टीम": true, "दल": true, "क्लब": true, "फर्म": true, "समिति": true, "संघ": true, "संघाचे": true, "मंडळाचे": true,
	"দলের": true, "ক্লাবের": true, "அணியின்": true, "அணி": true, "జట్టు": true, "ತಂಡದ": true, "ടീമിന്റെ": true,
	"ટીમનું": true, "ਟੀਮ": true, "ଦଳର": true,
	// The same in other scripts: a school's, a village's, a bank's, a
	// company's, a scheme's, a district's name ("பள்ளியின் பெயர் : அரசு
	// மேல்நிலைப் பள்ளி").
	"பள்ளியின்": true, "பள்ளி": true, "கிராமத்தின்": true, "கிராமம்": true, "வங்கியின்": true, "நிறுவனத்தின்": true, "திட்டத்தின்": true, "மாவட்டத்தின்": true,
	"বিদ্যালয়ের": true, "স্কুলের": true, "গ্রামের": true, "ব্যাংকের": true, "কোম্পানির": true, "প্রকল্পের": true, "জেলার": true,
	"పాఠశాల": true, "గ్రామం": true, "గ్రామ": true, "బ్యాంకు": true, "పథకం": true, "జిల్లా": true,
	"ಶಾಲೆಯ": true, "ಗ್ರಾಮದ": true, "ಬ್ಯಾಂಕ್": true, "ಯೋಜನೆಯ": true, "ಜಿಲ್ಲೆಯ": true,
	"സ്കൂളിന്റെ": true, "ഗ്രാമത്തിന്റെ": true, "ബാങ്കിന്റെ": true, "പദ്ധതിയുടെ": true, "ജില്ലയുടെ": true,
	"શાળાનું": true, "ગામનું": true, "બેંકનું": true, "યોજનાનું": true, "જિલ્લાનું": true, "કંપનીનું": true,
	"ਸਕੂਲ": true, "ਪਿੰਡ": true, "ਬੈਂਕ": true, "ਸਕੀਮ": true, "ਜ਼ਿਲ੍ਹਾ": true,
	"ବିଦ୍ୟାଳୟର": true, "ଗ୍ରାମର": true, "ବ୍ୟାଙ୍କର": true, "ଯୋଜନାର": true, "ଜିଲ୍ଲାର": true,
}

func isUpperByte(b int) bool { return b >= 'A' && b <= 'Z' }
func isLowerByte(b int) bool { return b >= 'a' && b <= 'z' }

// surnameEndsValue reports whether the word [p, q), which may also end a
// business's name ("Mandal", "Patra"), is a family name the gazetteer
// knows and ends the labelled value: no capitalised word follows it.
func (w *window) surnameEndsValue(p, q int) bool {
	var buf [16]byte
	if q-p > len(buf) || !names.Surname(string(lowerASCII(buf[:], w.buf[p:q]))) {
		return false
	}
	return !(w.byteAt(q) == ' ' && isUpperByte(w.byteAt(q+1)))
}

// accentedAt reports a Latin letter with an accent at q (U+00C0 to
// U+00FE, two bytes in UTF-8), lower case or capital as lower says:
// Goan and other Portuguese names write them ("Conceição", "JOÃO").
func (w *window) accentedAt(q int, lower bool) bool {
	if w.byteAt(q) != 0xC3 {
		return false
	}
	b := w.byteAt(q + 1)
	if lower {
		return b >= 0x9F && b <= 0xBF && b != 0xB7 // not '÷'
	}
	return b >= 0x80 && b <= 0x9E && b != 0x97 // not '×'
}
