package redact

import (
	"bytes"
	"errors"
	"strings"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// Identifiers with letters are written in capitals, as one token (PAN
// ABCPE1234F, GSTIN 27AAPFU0939F1ZV, IFSC SBIN0001234, EPIC ABC1234567,
// passport A1234567) or as several joined by single spaces or hyphens
// (vehicle MH 12 AB 1234, DL 4 CAF 4856, 22 BH 1234 AA; driving licence
// MH14 20110062821; passport A-1234567). compound reads such a run and
// judges its longest reading.
const (
	maxParts    = 5
	maxCompound = 24 // characters, without separators
)

// compound judges the capitals-and-digits run at i and returns where
// scanning goes on: past what it matched, or past the first token.
func (r *Redactor) compound(w *window, i int, t *token, out *[]match) int {
	var cb [maxCompound + maxToken]byte
	var ends, lens [maxParts]int
	n, parts, pos := 0, 0, i
	for parts < maxParts {
		start := pos
		for {
			c, size := w.char(pos)
			if size == 0 || !chars.IsUpper(c) && !chars.IsDigit(c) {
				break
			}
			if n < len(cb) {
				cb[n] = c
			}
			n++
			pos += size
		}
		if pos == start || n > maxCompound {
			break
		}
		if c, _ := w.char(pos); chars.IsLower(c) {
			break // glued to a lower-case word: not an identifier
		}
		if parts > 0 && w.localPartAt(start) {
			// "KA80001 0@0.in", "KA80001 0.0@A0": the next part opens an
			// e-mail address, which a second pass sees masked ("X@X.XX")
			// and would not read on.
			break
		}
		if parts > 0 && pos-start >= 2 && allMask(w, start, pos) {
			// "XX": what a mask left of the next value, not a part of this
			// one (a lone X is a series letter: "UP 19 X 2066").
			break
		}
		ends[parts], lens[parts] = pos, n
		parts++
		if !mayContinue(cb[:n]) {
			break
		}
		if b := w.byteAt(pos); b != ' ' && b != '-' {
			break
		}
		if c, _ := w.char(pos + 1); !chars.IsUpper(c) && !chars.IsDigit(c) {
			break
		}
		if w.prevChar(pos+1) != ' ' && w.prevChar(pos+1) != '-' {
			break
		}
		pos++
	}
	if w.short {
		return i
	}
	for p := parts - 1; p >= 0; p-- {
		if b := w.byteAt(ends[p]); p > 0 && w.byteAt(ends[0]) == '-' && (b == '-' || b == '/') && !w.narrationFieldAt(i, ends[p]) {
			if c, _ := w.char(ends[p] + 1); chars.IsUpper(c) || chars.IsDigit(c) {
				continue // "AP-16-049-063-026/922": parts of a longer hyphenated code
			}
		}
		var cs [4]cand
		k := judgeCompound(cb[:lens[p]], p+1, cs[:0])
		if len(k) > 0 && w.byteAt(i-1) == '-' && isAlnumByte(w.byteAt(i-2)) && !w.labelWordBefore(i-1) {
			// "IND-TN-14-MM-4658", a fishing boat's mark: the end of a
			// longer hyphenated code is no registration.
			k = dropKind(k, kVehicle)
		}
		if len(k) > 0 && ocrConfusion[cb[0]] != 0 && w.maskedValueBefore(i) {
			// "XXXXXXXXX B0001000", "XXXXXX0000 B0001000": a first pass read
			// the letter as OCR's digit, on from the number it masked, and
			// found no passport (see ocrDigitAt); a second must not either.
			k = dropKind(k, kPassport)
		}
		for n := range k {
			if k[n].kind == kPassport && p == 0 && w.birthClauseAfter(ends[p]) {
				// "number D5344745, born 22/12/1995": a person's record,
				// whose clauses a comma parts (context stops at it).
				k[n].base, k[n].evidence = 0.6, "passport shape, a date of birth's clause after it"
			}
			if k[n].kind == kVoterID && w.rollEntryAfter(ends[p]) {
				// "362  CJS5221040\nName : Manoj Saxena\nFather's Name: …":
				// an electoral roll's entry, whose heading is pages away.
				k[n].base, k[n].evidence = 0.6, "EPIC shape, an electoral roll's entry after it"
			} else if k[n].kind == kVoterID && k[n].base >= 0.45 && w.nameBeforeBracket(i) {
				// "Sunil Bhosale (NZH4386447)": a booth officer's note gives
				// each elector's card in brackets after the name.
				if ends[p] >= len(w.buf) && !w.atEOF {
					w.short = true // the bracket may close in the next buffer
				} else if w.byteAt(ends[p]) == ')' {
					k[n].base, k[n].evidence = 0.6, "EPIC shape, Luhn ok, in brackets after a name"
				}
			}
		}
		if w.short {
			return i
		}
		if len(k) > 0 {
			r.decide(w, i, ends[p], k, out)
			return ends[p]
		}
	}
	if t != nil {
		return t.end
	}
	return i
}

// birthClauseAfter reports ", " right after e and then a word for a
// birth date and a digit within a few bytes: ", dob 25/05/2004", ", born
// 22/12/1995", ", date of birth: 1 May 1990".
func (w *window) birthClauseAfter(e int) bool {
	var buf [16]byte
	if e+2+len(buf)+4 > len(w.buf) && !w.atEOF && (e >= len(w.buf) || w.buf[e] == ',') {
		w.short = true // the clause may go on in the next buffer
		return false
	}
	if w.byteAt(e) != ',' || w.byteAt(e+1) != ' ' {
		return false
	}
	p := e + 2
	q := p
	for q-p < len(buf) && (isASCIILetter(byte(max(w.byteAt(q), 0))) || w.byteAt(q) == '.' || w.byteAt(q) == ' ' && w.byteAt(q+1) != ' ') {
		q++
	}
	word := bytes.TrimRight(lowerASCII(buf[:], w.buf[p:min(q, len(w.buf))]), " .:")
	switch string(word) {
	case "dob", "d.o.b", "born", "born on", "date of birth", "birth date":
	default:
		return false
	}
	for k := q; k < q+4; k++ {
		if isDigitByte(w.byteAt(k)) {
			return true
		}
	}
	return false
}

// narrationFieldAt reports [start, end) as a field of a bank statement's
// narration, '/' on either side and a reference of six digits or more
// after it: "FASTAG RECHARGE/WB-20-XG-1466/392825161813".
func (w *window) narrationFieldAt(start, end int) bool {
	if w.byteAt(start-1) != '/' || w.byteAt(end) != '/' {
		return false
	}
	n := 0
	for isDigitByte(w.byteAt(end + 1 + n)) {
		n++
	}
	return n >= 6
}

// refPrefixes open the references of ticketing and messaging systems
// written as three capitals and seven digits, as an EPIC is: ServiceNow's
// incidents, changes, problems, tasks and requests ("INC8552093",
// "CHG2868743"), HL7's message IDs, orders, invoices, transactions.
var refPrefixes = map[string]bool{
	"INC": true, "CHG": true, "PRB": true, "TSK": true, "REQ": true, "MSG": true,
	"ORD": true, "INV": true, "TXN": true, "REF": true, "TKT": true, "SKU": true, "SRV": true, // and service requests
}

// rollEntryAfter reports an electoral roll's entry after an EPIC that
// ends at e: "Name" opens the next line (or follows a few spaces on), and
// a relative's name opens the line after it ("Father's Name",
// "Husband's Name", …). Rolls printed in an Indian script say the same in
// their own words: "नाव : …" and "वडिलांचे नाव : …", "নাম" and "পিতার নাম".
func (w *window) rollEntryAfter(e int) bool {
	p := e
	for w.byteAt(p) == ' ' || w.byteAt(p) == '\r' {
		p++
	}
	if w.byteAt(p) == '\n' {
		p = w.skipSpaces(p + 1)
	} else if p-e < 2 {
		return false // "108  STY1786976   Name: …": on its line, two spaces or more apart
	}
	script := w.scriptPersonKeyAt(p)
	if !script && !w.hasWordAt(p, "name") {
		return false
	}
	for k := p; k-p < 240; k++ { // to the next line
		switch w.byteAt(k) {
		case '\n':
			q := w.skipSpaces(k + 1)
			if script {
				for range 3 { // "वडिलांचे नाव", "पिता का नाम", "পিতার নাম"
					if w.scriptPersonKeyAt(q) {
						return true
					}
					var buf [48]byte
					word, _ := w.wordAt(q, buf[:])
					if len(word) == 0 {
						return false
					}
					q = w.skipSpaces(q + len(word))
				}
				return false
			}
			return w.hasWordAt(q, "father") || w.hasWordAt(q, "husband") || w.hasWordAt(q, "mother") ||
				w.hasWordAt(q, "relative") || w.hasWordAt(q, "guardian") || w.hasWordAt(q, "wife")
		case -1:
			return false
		}
	}
	return false
}

// scriptPersonKeyAt reports a word of an Indian script at p that names a
// person or a relative as a key does ("नाव", "पिता", "নাম"; see keyWords).
func (w *window) scriptPersonKeyAt(p int) bool {
	if w.byteAt(p) < 0x80 {
		return false
	}
	var buf [48]byte
	word, ok := w.wordAt(p, buf[:])
	return ok && keyWords[string(word)] == Person
}

// nameBeforeBracket reports a person's name right before the bracket
// that opens at i-1: two or three capitalised words, one of them a given
// or a family name the gazetteer knows ("Sunil Bhosale (").
func (w *window) nameBeforeBracket(i int) bool {
	if w.byteAt(i-1) != '(' || w.byteAt(i-2) != ' ' {
		return false
	}
	e := i - 2 // the end of the last word
	words, known := 0, false
	for words < 3 {
		s := e
		for e-s < 16 && isLowerByte(w.byteAt(s-1)) {
			s--
		}
		if s == e || !isUpperByte(w.byteAt(s-1)) {
			break
		}
		s--
		var buf [16]byte
		n := 0
		for k := s; k < e && n < len(buf); k++ {
			buf[n] = byte(w.byteAt(k)) | 0x20
			n++
		}
		known = known || names.Given(string(buf[:n])) || names.Surname(string(buf[:n]))
		words++
		if w.byteAt(s-1) != ' ' {
			break
		}
		e = s - 1
	}
	return words >= 2 && known
}

// nameFieldBefore reports a person's name as a whole field of the record
// (the line) whose whole field the value at [start, end) is, before it
// and within MaxContextWindow bytes (what a stream keeps): fields split
// by '|', two or three capitalised words, one of them the gazetteer's
// ("30545668|Priyanka Khanna|YTS8884116|122034|…"). A record that names a
// person makes its weak-shaped fields (an EPIC, a PIN code) that person's.
func (w *window) nameFieldBefore(start, end int) bool {
	if w.byteAt(start-1) != '|' {
		return false
	}
	if end >= len(w.buf) && !w.atEOF {
		w.short = true // the field may go on
		return false
	}
	if b := w.byteAt(end); b != '|' && b != '\n' && b != '\r' && b >= 0 {
		return false
	}
	fe := start - 1 // the '|' that ends the field before
	for fe > start-MaxContextWindow {
		fs := fe
		for fs > start-MaxContextWindow && w.byteAt(fs-1) != '|' && w.byteAt(fs-1) != '\n' && w.byteAt(fs-1) >= 0 {
			fs--
		}
		if fs <= start-MaxContextWindow {
			return false
		}
		if w.nameField(fs, fe) {
			return true
		}
		if w.byteAt(fs-1) != '|' {
			return false // the line's start
		}
		fe = fs - 1
	}
	return false
}

// nameField reports whether [s, e) holds two or three capitalised words
// of letters alone, one space or '^' apart, one of them a given or family name
// the gazetteer knows and none an everyday word that no name is; or one
// word, a family name it knows.
func (w *window) nameField(s, e int) bool {
	words, known, family := 0, false, false
	for p := s; p < e; {
		q := p
		for q < e && isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if q == p || q-p > 16 || !isUpperByte(w.byteAt(p)) || words == 3 {
			return false
		}
		var buf [16]byte
		n := 0
		for k := p; k < q; k++ {
			buf[n] = byte(w.byteAt(k)) | 0x20
			n++
		}
		word := string(buf[:n])
		if isNotNameWord(word) {
			return false
		}
		known = known || names.Given(word) || names.Surname(word)
		family = len(word) >= 4 && names.Surname(word) && !names.Ambiguous(word)
		words++
		if q == e {
			break
		}
		if b := w.byteAt(q); b != ' ' && b != '^' {
			return false // (a record's "HAZARIKA^NILAKSHI" joins its parts with '^')
		}
		p = q + 1
	}
	return words >= 2 && known || words == 1 && family // "…|HEMA||DESHMUKH|05-06-2004|": a family name alone, the given name fields before
}

// splitNameAt reports a person's name split over a record's fields at i,
// as CKYC's and bureaus' pipe records give it: a field of one capitalised
// word the gazetteer knows as a given name, then empty fields for a middle
// name, then a field of one capitalised word it knows as a family name
// ("…|F|HEMA||DESHMUKH|05-06-2004|…"). It returns where the given name and
// the family name end and where the family name starts.
func (w *window) splitNameAt(i int) (givenEnd, familyStart, familyEnd int, ok bool) {
	if w.byteAt(i-1) != '|' {
		return 0, 0, 0, false
	}
	word := func(p int) (int, string, bool) {
		q := p
		for q-p <= 16 && isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if q == p || q-p > 16 || !isUpperByte(w.byteAt(p)) || w.byteAt(q) != '|' {
			return q, "", false
		}
		var buf [16]byte
		for k := p; k < q; k++ {
			buf[k-p] = byte(w.byteAt(k)) | 0x20
		}
		return q, string(buf[:q-p]), true
	}
	ge, given, ok := word(i)
	if !ok || !names.Given(given) || isNotNameWord(given) {
		return 0, 0, 0, false
	}
	fs := ge + 1
	for n := 0; n < 2 && w.byteAt(fs) == '|'; n++ {
		fs++ // the empty middle name's field
	}
	fe, family, ok := word(fs)
	if !ok || fs == ge+1 && !names.Surname(family) || isNotNameWord(family) || !names.Surname(family) && !names.Given(family) {
		return 0, 0, 0, false
	}
	return ge, fs, fe, true
}

// skipSpaces is skipSpaces on the window: the first byte at or after p
// that is no space or tab.
func (w *window) skipSpaces(p int) int {
	for w.byteAt(p) == ' ' || w.byteAt(p) == '\t' {
		p++
	}
	return p
}

// hasWordAt reports the ASCII word at p, lower-cased, beginning with word.
func (w *window) hasWordAt(p int, word string) bool {
	for k := range len(word) {
		if b := w.byteAt(p + k); b < 0 || byte(b)|0x20 != word[k] {
			return false
		}
	}
	return true
}

// dropKind removes the candidates of kind id from cs.
func dropKind(cs []cand, id kindID) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.kind != id {
			out = append(out, c)
		}
	}
	return out
}

// mayContinue reports whether s, the characters read so far, can still
// grow into a multi-part identifier.
func mayContinue(s []byte) bool {
	letters, digits, letters2 := 0, 0, 0
	k := 0
	for k < len(s) && chars.IsUpper(s[k]) {
		letters++
		k++
	}
	for k < len(s) && chars.IsDigit(s[k]) {
		digits++
		k++
	}
	for k < len(s) && chars.IsUpper(s[k]) {
		letters2++
		k++
	}
	rest := len(s) - k
	switch {
	case letters == 0 && digits == 2 && letters2 == 0 && rest == 0: // 22 BH
		return true
	case letters == 0 && digits == 2 && letters2 == 2 && string(s[2:4]) == "BH" && rest <= 4:
		return true // 22 BH 1234
	case letters == 1 && digits == 0 && rest == 0: // A-1234567
		// Not a lone X: that is more often what a mask left ("X::X 0000000")
		// than an X-series passport written with a separator.
		return s[0] != 'X'

	case letters == 5 && letters2 == 0 && rest == 0 && (digits == 0 || digits == 4):
		return true // "ABCPE 1234 F": a PAN written in three parts
	case letters == 3 && digits == 0 && rest == 0:
		return true // "JWE 3926623": an EPIC's letters, then its digits
	case letters == 2 && rest == 0 && validators.StateName(string(s[:2])) != "":
		return digits <= 11 && (letters2 == 0 || digits <= 2 && letters2 <= 3)
	}
	return false
}

// isPlaceholderID reports letters and digits that repeat one letter and
// one digit ("AAAAA9999A", "ABC0000000" has three letters, so not): what
// instructions and templates print as a format.
func isPlaceholderID(s []byte) bool {
	zeros, digits := 0, 0
	for k, c := range s {
		if k == 4 && len(s) == 11 && c == '0' && chars.IsUpper(s[3]) {
			continue // an IFSC's reserved fifth character: "BKID0000KTC" is a branch's code, its serial not zero
		}
		if chars.IsDigit(c) {
			digits++
			if c == '0' {
				zeros++
			}
		}
	}
	if digits >= 4 && zeros == digits {
		return true // "ABC0000000": no office issues serial zero
	}
	var letter, digit byte
	for _, c := range s {
		switch {
		case chars.IsDigit(c):
			if digit != 0 && c != digit {
				return false
			}
			digit = c
		default:
			if letter != 0 && c != letter {
				return false
			}
			letter = c
		}
	}
	return letter != 0 && digit != 0
}

// judgeCompound returns the readings of s (capitals and digits, from
// parts tokens) that its validator accepts.
func judgeCompound(s []byte, parts int, cs []cand) []cand {
	if isPlaceholderID(s) {
		return cs // "AAAAA9999A", "XXX0000000": a form's example, not a value
	}
	str := string(s)
	switch len(s) {
	case 10:
		if parts == 1 && validators.PAN(str) == nil {
			cs = append(cs, cand{kind: kPAN, base: 0.85, evidence: "PAN shape, known holder type"})
		}
		if parts == 3 && validators.PAN(str) == nil && chars.IsDigit(s[5]) && chars.IsUpper(s[9]) {
			cs = append(cs, cand{kind: kPAN, base: 0.3, evidence: "PAN shape in three parts"})
		}
		if parts == 2 && validators.VoterID(str) == nil && chars.IsUpper(s[2]) && chars.IsDigit(s[3]) && string(s[:3]) != "XXX" { // (not what a mask left: "XXX XXX 1000000")
			// "EPIC No.: JWE 3926623", as some forms print it: a word for
			// it must say so.
			cs = append(cs, cand{kind: kVoterID, base: 0.3, evidence: "EPIC shape in two parts"})
		}
		if parts == 1 && validators.VoterID(str) == nil {
			c := cand{kind: kVoterID, base: 0.35, evidence: "EPIC shape"}
			if validators.VoterIDLuhn(str) && !refPrefixes[string(str[:3])] {
				// The check digit python-stdnum computes: enough, alone, to
				// mask the value, as a leak costs more than a masked code.
				c.base, c.evidence = 0.5, "EPIC shape, Luhn ok"
			}
			cs = append(cs, c)
		}
	case 8:
		if parts <= 2 && validators.Passport(str) == nil {
			cs = append(cs, cand{kind: kPassport, base: 0.3, evidence: "passport shape"})
		}
	case 11:
		if parts == 1 && validators.IFSC(str) == nil && !maskedBranch(str) {
			cs = append(cs, cand{kind: kIFSC, base: 0.7, evidence: "IFSC with known bank code"})
		}
	case 15:
		if parts == 1 && validators.GSTIN(str) == nil {
			cs = append(cs, cand{kind: kGSTIN, base: 1.0, evidence: "GSTIN check character ok"})
		}
	}
	if len(s) >= 13 && len(s) <= 16 {
		switch err := validators.DrivingLicence(str); {
		case err == nil:
			cs = append(cs, cand{kind: kDrivingLicence, base: 0.7, evidence: "licence with state code and year"})
		case errors.Is(err, validators.ErrUnknownCode):
			// An RTO kavach's table does not list (new offices open): a
			// licence only where a word calls it one.
			cs = append(cs, cand{kind: kDrivingLicence, base: 0.2, evidence: "licence shape, RTO code not in kavach's table"})
		}
	}
	if len(s) >= 6 && len(s) <= 11 {
		switch err := validators.VehicleRegistration(str); {
		case err == nil:
			c := cand{kind: kVehicle, base: 0.6, evidence: "registration with state and RTO code"}
			for _, b := range s[2:] {
				if chars.IsUpper(b) {
					c.base = 0.7 // a series' letters too ("MH12AB1234"), not only digits ("TR-46091")
					break
				}
			}
			if c.base < 0.7 && parts <= 2 && len(s) >= 8 {
				// Six digits or more in one run after the state's code, "KL
				// 304904", "PB 798859", are a lottery's tickets or a code
				// more often than an old registration: a word must say so.
				c.base, c.evidence = 0.35, "registration shape, no series, its digits in one run"
			} else if c.base < 0.7 && parts == 1 {
				// "BR51743", "AS40686" written as one run: a branch's or a
				// staff member's code more often than an old registration.
				c.base, c.evidence = 0.35, "registration shape, no series, written as one run"
			}
			cs = append(cs, c)
		case errors.Is(err, validators.ErrUnknownCode) && validators.StateName(string(s[:2])) != "":
			// A state's code, an RTO number its table does not reach (new
			// offices open): a registration only where a word calls it one,
			// never on its shape alone whatever MinScore.
			cs = append(cs, cand{kind: kVehicle, base: 0, evidence: "registration shape, RTO number not in kavach's table"})
		}
	}
	return cs
}

// bharat reads a Bharat-series registration that opens with the two digits
// at i ("22 BH 1234 AA").
func (r *Redactor) bharat(w *window, i int, out *[]match) int {
	if r.cfg.enabled&kVehicle.mask() == 0 {
		return i
	}
	if e := r.compound(w, i, nil, out); e > i || w.short {
		return e
	}
	return r.lowerBharat(w, i, out)
}

// lowerBharat reads a Bharat-series registration typed in lower case at
// i ("gaadi 24 bh 4765 ak", "rc 22 bh 4521 a"): two digits, "bh", four
// digits and one or two letters, a space or a hyphen between the parts
// or none. Like lowerHyphenedVehicle's, it needs a context word.
func (r *Redactor) lowerBharat(w *window, i int, out *[]match) int {
	var up [10]byte
	n, p := 0, i
	sep := func() {
		if b := w.byteAt(p); (b == ' ' || b == '-') && isAlnumByte(w.byteAt(p+1)) {
			p++
		}
	}
	take := func(digits bool, min, max int) bool {
		k := 0
		for k < max {
			b := w.byteAt(p)
			if digits && !isDigitByte(b) || !digits && !isLowerByte(b) {
				break
			}
			up[n] = byte(b)
			if !digits {
				up[n] -= 'a' - 'A'
			}
			n, p, k = n+1, p+1, k+1
		}
		return k >= min
	}
	if !take(true, 2, 2) {
		return i
	}
	sep()
	if w.byteAt(p) != 'b' || w.byteAt(p+1) != 'h' {
		return i
	}
	up[n], up[n+1] = 'B', 'H'
	n, p = n+2, p+2
	sep()
	if !take(true, 4, 4) {
		return i
	}
	sep()
	if !take(false, 1, 2) {
		return i
	}
	if b := w.byteAt(p); w.short || b >= 0x80 || isAlnumByte(b) {
		return i // runs on, or buf ends too soon to tell
	}
	return r.decideLowerVehicle(w, i, p, up[:n], out)
}

// decideLowerVehicle judges the registration at [s, e), typed in lower
// case, whose letters and digits in capitals are upper (see
// lowerVehicle). It returns e if it matched, else s.
func (r *Redactor) decideLowerVehicle(w *window, s, e int, upper []byte, out *[]match) int {
	c, ok := lowerVehicle(string(upper))
	if !ok {
		return s
	}
	n0 := len(*out)
	r.decide(w, s, e, []cand{c}, out)
	if w.short {
		*out = (*out)[:n0]
		return s
	}
	w.visited(s, e)
	return e
}

// lowerCaseID judges the ASCII letter-digit run around the digit at i when
// it has lower-case letters and the length of a PAN, IFSC, GSTIN or
// vehicle registration: issued in capitals, these identifiers still reach
// logs lower-cased ("pan=abcpe1234f", "vehicle=mh12ab1234", a normalised
// URL). Only the GSTIN's check character proves much on its own; the
// others need a context word.
// It returns the end of what it matched, or i.
func (r *Redactor) lowerCaseID(w *window, i int, out *[]match) int {
	const (
		minLen = 8  // a registration ("ka05m1234"), a passport ("k1234567")
		maxLen = 15 // GSTIN
	)
	buf := w.buf
	s := i
	for s > 0 && i-s <= maxLen && alnumBits[buf[s-1]] != 0 {
		s--
	}
	if b := w.byteAt(s - 1); b >= 0x80 || b >= 0 && alnumBits[b] != 0 {
		return i // longer than any of them, or beside a letter of another script
	}
	e := i
	for e < len(buf) && e-s <= maxLen && alnumBits[buf[e]] != 0 {
		e++
	}
	n := e - s
	if n < minLen || n > maxLen || e == len(buf) && !w.atEOF {
		return i // a stream holds such a run back and sees it whole later
	}
	if e < len(buf) && buf[e] >= 0x80 {
		return i
	}
	var up [maxLen]byte
	lower := false
	for k := s; k < e; k++ {
		c := buf[k]
		if alnumBits[c] == bitLower {
			c -= 'a' - 'A'
			lower = true
		}
		up[k-s] = c
	}
	if !lower {
		return i
	}
	str := string(up[:n])
	var cs []cand
	switch n {
	case 10:
		if validators.PAN(str) == nil {
			cs = append(cs, cand{kind: kPAN, base: 0.35, evidence: "PAN shape in lower case"})
		}
		if validators.VoterID(str) == nil {
			// Only where a word calls it one, whatever MinScore: ten
			// letters and digits in lower case are too often something else.
			cs = append(cs, cand{kind: kVoterID, base: 0, evidence: "EPIC shape in lower case"})
		}
	case 11:
		if validators.IFSC(str) == nil && !maskedBranch(str) {
			cs = append(cs, cand{kind: kIFSC, base: 0.35, evidence: "IFSC with known bank code, in lower case"})
		}
	case 8:
		if validators.Passport(str) == nil {
			// Only where a word calls it one: "my passport no is k1234567".
			cs = append(cs, cand{kind: kPassport, base: 0, evidence: "passport shape in lower case"})
		}
	case 15:
		if validators.GSTIN(str) == nil {
			cs = append(cs, cand{kind: kGSTIN, base: 0.8, evidence: "GSTIN check character ok, in lower case"})
		}
	}
	if n >= 13 && n <= 16 && validators.DrivingLicence(str) == nil {
		// Only where a word calls it one: "dl no mh1420110012345".
		cs = append(cs, cand{kind: kDrivingLicence, base: 0, evidence: "licence with state code and year, in lower case"})
	}
	if n <= 11 && i == s+2 {
		if c, ok := lowerVehicle(str); ok {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return i
	}
	n0 := len(*out)
	r.decide(w, s, e, cs, out)
	if w.short {
		*out = (*out)[:n0]
		return i
	}
	w.visited(s, e)
	return e
}

// lowerVehicle judges a registration written in lower case, given in
// capitals without separators: like a PAN or IFSC in lower case, it needs
// a context word, and one whose RTO number kavach's table lacks is never
// reported on its shape alone.
func lowerVehicle(upper string) (cand, bool) {
	switch err := validators.VehicleRegistration(upper); {
	case err == nil:
		return cand{kind: kVehicle, base: 0.35, evidence: "registration with state and RTO code, in lower case"}, true
	case errors.Is(err, validators.ErrUnknownCode) && validators.StateName(upper[:2]) != "":
		return cand{kind: kVehicle, base: 0, evidence: "registration shape in lower case, RTO number not in kavach's table"}, true
	}
	return cand{}, false
}

// lowerHyphenedVehicle reads a registration in lower case at s whose parts
// hyphens or single spaces part ("tn-49-gt-8197", "ka-05-m-1234",
// "rj14 an 1149", "uk-07 wu-2260", "jk 01 dg 9692"): a state's code, the
// RTO's number, a series of up to three letters or none, four digits,
// one separator at least between them (with none, lowerCaseID reads it).
// Like lowerCaseID's, it needs a context word. It returns the end of what
// it matched, or s.
func (r *Redactor) lowerHyphenedVehicle(w *window, s int, out *[]match) int {
	if e := r.lowerPartedLicence(w, s, out); e > s || w.short {
		return e
	}
	if r.cfg.enabled&kVehicle.mask() == 0 {
		return s
	}
	var up [12]byte
	n, p, seps := 0, s, 0
	// Parts: letters, digits, letters (maybe none), digits.
	for part, want := range []struct {
		letters  bool
		min, max int
	}{{true, 2, 2}, {false, 1, 2}, {true, 0, 3}, {false, 4, 4}} {
		k := 0
		for k < want.max {
			b := w.byteAt(p)
			if part == 2 && k > 0 && (b == ' ' || b == '-') && isLowerByte(w.byteAt(p+1)) {
				p++ // "dl 3e ty 4454": Delhi's class letter, then the series
				continue
			}
			if want.letters && isLowerByte(b) || !want.letters && isDigitByte(b) {
				up[n] = byte(b)
				if want.letters {
					up[n] -= 'a' - 'A'
				}
				n, p, k = n+1, p+1, k+1
				continue
			}
			break
		}
		if k < want.min {
			return s
		}
		if part < 3 && k > 0 {
			if b := w.byteAt(p); b == '-' || b == ' ' && w.byteAt(p+1) != ' ' {
				p, seps = p+1, seps+1
			}
		}
	}
	if b := w.byteAt(p); seps == 0 || b >= 0x80 || isAlnumByte(b) || b == '-' && isAlnumByte(w.byteAt(p+1)) {
		return s // runs on
	}
	return r.decideLowerVehicle(w, s, p, up[:n], out)
}

// lowerPartedLicence reads a driving licence in lower case at s whose
// parts spaces or hyphens part, as people type one ("dl ts09
// 20175292291", "my dl kl 07 2018 0242092", "dl hr-2620087815855"): a
// state's code, then digits in groups with one space or hyphen between
// them, 13 to 16 letters and digits in all. Like lowerCaseID's licence,
// it needs a context word. It returns the end of what it matched, or s.
func (r *Redactor) lowerPartedLicence(w *window, s int, out *[]match) int {
	if r.cfg.enabled&kDrivingLicence.mask() == 0 {
		return s
	}
	var up [16]byte
	up[0], up[1] = byte(w.byteAt(s))-('a'-'A'), byte(w.byteAt(s+1))-('a'-'A')
	n, p, seps := 2, s+2, 0
	for {
		b := w.byteAt(p)
		if isDigitByte(b) {
			if n == len(up) {
				return s // longer than any licence
			}
			up[n] = byte(b)
			n, p = n+1, p+1
			continue
		}
		if (b == ' ' || b == '-') && isDigitByte(w.byteAt(p+1)) {
			p, seps = p+1, seps+1
			continue
		}
		break
	}
	if w.short || seps == 0 || n < 13 {
		return s
	}
	if b := w.byteAt(p); b >= 0x80 || isAlnumByte(b) || b == '-' && isAlnumByte(w.byteAt(p+1)) {
		return s // runs on
	}
	if w.short || validators.DrivingLicence(string(up[:n])) != nil {
		return s
	}
	n0 := len(*out)
	r.decide(w, s, p, []cand{{kind: kDrivingLicence, base: 0, evidence: "licence with state code and year, in lower case and in parts"}}, out)
	if w.short {
		*out = (*out)[:n0]
		return s
	}
	if len(*out) == n0 {
		return s // no word called it a licence: a registration may still be read
	}
	w.visited(s, p)
	return p
}

// mixedToken judges the ASCII letter-digit token at i, which has lower-case
// letters and starts a word: a lower-cased PAN, IFSC or GSTIN, or the
// start of a date written with its month in words ("14th Aug 1990",
// "August 14, 1990"). It returns the end of what it matched, or i. The
// fast paths of the main loop and candidate both call it, so a stream cut
// anywhere reads such a token as String does.
func (r *Redactor) mixedToken(w *window, i int, out *[]match) int {
	if chars.IsAlnum(w.prevChar(i)) {
		return i // inside a longer run: "dob1st" is no ordinal
	}
	buf := w.buf
	e, digits, letters := i, 0, 0
	for e < len(buf) && e-i <= 16 {
		switch alnumBits[buf[e]] {
		case bitDigit:
			digits++
		case bitLower, bitUpper:
			letters++
		default:
			goto done
		}
		e++
	}
done:
	n := e - i
	switch {
	case isIDLength(n) && digits > 0:
		if d := bytes.IndexFunc(buf[i:e], isASCIIDigit); d >= 0 {
			if end := r.lowerCaseID(w, i+d, out); end > i+d || w.short {
				return max(end, i)
			}
		}
	case digits == 0 && n >= 3 && n <= 9 && isMonthStart(buf[i]):
		return r.spelledDate(w, i, out)
	case digits > 0 && digits <= 2 && n == digits+2 && isOrdinal(buf[i+digits:e]):
		return r.spelledDate(w, i, out)
	}
	return i
}

// isOrdinal reports the suffixes of "1st", "2nd", "3rd", "14th", in
// lower case or in capitals ("1ST"), not mixed: "1sT" is a token the main
// loop skips, and candidate must read it as the main loop does.
func isOrdinal(s []byte) bool {
	if len(s) != 2 || (s[0] >= 'a') != (s[1] >= 'a') {
		return false
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20}) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// spelledDate reads a date with its month in words at i, day first
// ("14th Aug 1990", "1st of January, 1990") or month first ("August 14,
// 1990", "Aug 14th 1990"), and judges it as a date of birth. It returns
// its end, or i.
func (r *Redactor) spelledDate(w *window, i int, out *[]match) int {
	p := i
	day := func() (int, bool) {
		d, n := 0, 0
		for b := w.byteAt(p); b >= '0' && b <= '9' && n < 2; b = w.byteAt(p) {
			d = d*10 + b - '0'
			n++
			p++
		}
		if n == 0 {
			return 0, false
		}
		if b0, b1 := w.byteAt(p), w.byteAt(p+1); b0 > 0 && b1 > 0 && isOrdinal([]byte{byte(b0), byte(b1)}) {
			p += 2
		}
		return d, d >= 1 && d <= 31
	}
	month := func() (int, bool) {
		var name [9]byte
		n := 0
		for b := w.byteAt(p); b > 0 && isASCIILetter(byte(b)); b = w.byteAt(p) {
			if n == len(name) {
				return 0, false
			}
			name[n] = byte(b) | 0x20
			n++
			p++
		}
		m, ok := months[string(name[:n])]
		if ok && n == 3 && w.byteAt(p) == '.' {
			p++ // "Aug."
		}
		return m, ok
	}
	gap := func(comma bool) bool { // one separator, and a comma before it if allowed
		if comma && w.byteAt(p) == ',' {
			p++
		}
		if b := w.byteAt(p); b == ' ' || b == '-' {
			p++
			return true
		}
		return false
	}
	var d, m int
	var ok bool
	if c := w.byteAt(i); c >= '0' && c <= '9' {
		if d, ok = day(); !ok || !gap(false) {
			return i
		}
		if w.byteAt(p) == 'o' && w.byteAt(p+1) == 'f' && w.byteAt(p+2) == ' ' {
			p += 3 // "1st of January"
		}
		if m, ok = month(); !ok {
			return i
		}
	} else {
		if m, ok = month(); !ok || !gap(false) {
			return i
		}
		if d, ok = day(); !ok {
			return i
		}
	}
	if !gap(true) {
		return i
	}
	y, yd := 0, 0
	for b := w.byteAt(p); b >= '0' && b <= '9'; b = w.byteAt(p) {
		y = y*10 + b - '0'
		yd++
		p++
	}
	if c, _ := w.char(p); yd != 4 || y < 1900 || y > 2099 || chars.IsAlnum(c) || w.byteAt(p) == ':' {
		return i
	}
	if w.short {
		return i
	}
	_ = d + m
	n0 := len(*out)
	r.decide(w, i, p, []cand{{kind: kDateOfBirth, base: 0.1, evidence: "date"}}, out)
	if w.short {
		*out = (*out)[:n0]
		return i
	}
	return p
}

// localPartAt reports whether an e-mail address's local part starts at p:
// letters, digits and ". _ % + -" up to an '@'.
func (w *window) localPartAt(p int) bool {
	for q := p; q-p <= maxLocal; q++ {
		switch b := w.byteAt(q); {
		case b == '@':
			return q > p
		case b < 0 || !isAlnumByte(b) && b != '.' && b != '_' && b != '%' && b != '+' && b != '-':
			return false
		}
	}
	return false
}

// maskedBranch reports an IFSC whose branch code a mask wrote over
// ("SBIN0XXXXXX"): what is left, the bank, identifies no one.
func maskedBranch(ifsc string) bool {
	return len(ifsc) == 11 && strings.EqualFold(ifsc[5:], "XXXXXX")
}
