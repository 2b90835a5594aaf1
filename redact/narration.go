package redact

// A bank statement describes a transfer in one token whose fields come in
// a fixed order and name the other party:
//
//	UPI/CR/531818710606/ANBARASAN/anbarasan_031@apl/Payment from Ph
//	IMPS/P2A/859690380696/RUTUJA/8839382432/SALARYADV
//	NEFT-BKIDN91625691789-N. PRABHAKAR-342264559714019-BKID0031546
//
// The reference number in them (an RRN or UTR) is no identifier, however
// its digits check, and the party is a person when the fields say so: a
// transfer to an account (IMPS P2A), a NEFT remitter followed by the
// account, or a UPI payee whose address is their own name with digits
// ("anbarasan_031@apl"), unlike a merchant's ("SWIGGY/YESB"). A word of
// business ("TRADERS", "PVT LTD") makes any party no person.

// maxNarrationField bounds a field of a narration, in bytes.
const maxNarrationField = 48

// maxNarrationFields bounds the fields read after the rail's name.
const maxNarrationFields = 5

// isNarrationRail reports the payment rails whose narrations are read:
// the word that opens one, before its first '/' or '-'.
func isNarrationRail(word []byte) bool {
	switch string(word) {
	case "UPI", "IMPS", "NEFT", "RTGS", "MMT":
		return true
	}
	return false
}

// mayOpenNarration is candidate's quick test for narration: a rail's
// first letter, and a '/' or '-' where its name ends.
func mayOpenNarration(w *window, i int) bool {
	switch w.buf[i] {
	case 'U', 'I', 'N', 'R', 'M':
		b, c := w.byteAt(i+3), w.byteAt(i+4)
		return b == '/' || b == '-' || c == '/' || c == '-' || w.short
	}
	return false
}

type span struct{ start, end int }

// narration reads the narration whose rail's name starts at i and
// returns where scanning goes on: after the party's name when it is a
// person, else after the reference number, else i when this is no
// narration.
func (r *Redactor) narration(w *window, i int, out *[]match) int {
	j := i
	for isUpperByte(w.byteAt(j)) {
		j++
	}
	sep := w.byteAt(j)
	if w.short || sep != '/' && sep != '-' || !isNarrationRail(w.buf[i:j]) {
		return i
	}
	var f [maxNarrationFields]span
	n := 0
	for p := j + 1; n < len(f); {
		q := p
		for ; q-p <= maxNarrationField; q++ {
			b := w.byteAt(q)
			if b < 0 || b == sep || b == '\n' || b == '\r' || b == '\t' || b == ' ' && w.byteAt(q+1) == ' ' {
				break
			}
		}
		if w.short || q == p || q-p > maxNarrationField {
			break
		}
		f[n] = span{p, q}
		n++
		if w.byteAt(q) != sep {
			break
		}
		p = q + 1
	}
	if w.short {
		return i
	}
	fields := f[:n]
	rail := string(w.buf[i:j])
	// The reference: the first field of digits (UPI/CR/<rrn>), or, after
	// NEFT and RTGS, the UTR of letters and digits.
	ref := -1
	for k, s := range fields {
		if k > 1 {
			break
		}
		if d := w.digitsIn(s); d == s.end-s.start && d >= 9 || sep == '-' && k == 0 && (rail == "NEFT" || rail == "RTGS") && d >= 6 {
			ref = k
			break
		}
	}
	if ref < 0 || ref+1 >= len(fields) {
		return i
	}
	name := fields[ref+1]
	var next span
	if ref+2 < len(fields) {
		next = fields[ref+2]
	}
	person := false
	if words, ok := w.partyName(name); ok {
		switch {
		case rail == "IMPS" || ref == 1 && w.equalUpper(fields[0], "P2A"):
			person = true // a transfer to a person's account
		case sep == '-' && (rail == "NEFT" || rail == "RTGS"):
			// The remitter, then the account: "-N. PRABHAKAR-3422…-BKID…".
			person = next.end > next.start && (w.digitsIn(next) == next.end-next.start || ifscAt(w, next.start))
		default:
			person = w.ownAddress(next, name, words)
		}
	}
	if w.short {
		return i
	}
	if person && r.cfg.person {
		*out = append(*out, match{kind: kPerson, start: name.start, end: name.end, score: 0.85, reason: "party of a bank transfer"})
		return name.end
	}
	return fields[ref].end
}

// digitsIn counts the ASCII digits of s.
func (w *window) digitsIn(s span) int {
	d := 0
	for k := s.start; k < s.end; k++ {
		if isDigitByte(int(w.buf[k])) {
			d++
		}
	}
	return d
}

// equalUpper reports whether s holds exactly word, in any case.
func (w *window) equalUpper(s span, word string) bool {
	if s.end-s.start != len(word) {
		return false
	}
	for k := range len(word) {
		if b := w.buf[s.start+k]; b != word[k] && b|0x20 != word[k]|0x20 {
			return false
		}
	}
	return true
}

// partyName reports whether s reads as a person's name: one to four words
// of letters (initials with dots, "D'SOUZA"), none a word of business,
// and how many words.
func (w *window) partyName(s span) (words int, ok bool) {
	var word [16]byte
	for p := s.start; p < s.end; {
		q, n := p, 0
		for q < s.end && (isASCIILetter(w.buf[q]) || w.buf[q] == '\'') {
			if n < len(word) {
				word[n] = w.buf[q] | 0x20
			}
			n++
			q++
		}
		if q == p || n > len(word) || notPersonWords[string(word[:n])] || transferPurposes[string(word[:n])] {
			return 0, false
		}
		words++
		if q < s.end && w.buf[q] == '.' {
			q++
		}
		for q < s.end && w.buf[q] == ' ' {
			q++
		}
		if q < s.end && !isASCIILetter(w.buf[q]) {
			return 0, false
		}
		p = q
	}
	return words, words > 0 && words <= 4
}

// transferPurposes are the words a bank writes where a narration names
// its party when the payer gave a purpose instead ("IMPS/4605…/EMI/ICIC",
// "UPI/9859…/GROCERY/YESB").
var transferPurposes = map[string]bool{
	"emi": true, "grocery": true, "groceries": true, "rent": true, "salary": true, "sal": true, "fees": true,
	"fee": true, "bill": true, "bills": true, "refund": true, "cashback": true, "interest": true, "dividend": true,
	"premium": true, "loan": true, "recharge": true, "electricity": true, "maintenance": true, "transfer": true,
	"payment": true, "self": true, "tuition": true, "medical": true, "shopping": true, "food": true, "fuel": true,
	"travel": true, "misc": true, "others": true, "other": true, "gift": true, "donation": true, "insurance": true,
	"investment": true, "sip": true, "tax": true, "deposit": true, "settlement": true, "reversal": true, "charges": true,
}

// ownAddress reports whether the field s is a UPI address made of the
// party's own name: its local part starts with the first four letters
// of a word of the name and has digits, or the name has two words
// ("anbarasan_031@apl" for ANBARASAN, "nabanita.kalita@okicici").
func (w *window) ownAddress(s, name span, words int) bool {
	at := -1
	for k := s.start; k < s.end; k++ {
		if w.buf[k] == '@' {
			at = k
			break
		}
	}
	if at-s.start < 4 {
		return false
	}
	local := w.buf[s.start:at]
	digits := false
	for _, b := range local {
		digits = digits || isDigitByte(int(b))
	}
	if !digits && words < 2 {
		return false // "swiggy.stores@axb": a merchant's
	}
	for p := name.start; p+4 <= name.end; p++ {
		if p > name.start && isASCIILetter(w.buf[p-1]) {
			continue // not a word's start
		}
		k := 0
		for k < 4 && isASCIILetter(w.buf[p+k]) && w.buf[p+k]|0x20 == local[k]|0x20 {
			k++
		}
		if k == 4 {
			return true
		}
	}
	return false
}
