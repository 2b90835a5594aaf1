package redact

// A SWIFT customer transfer (MT103), as payment hubs log it, names both
// parties in fields of fixed tags: the ordering customer (50K) and the
// beneficiary (59), each an account after a '/', then the party's name
// and up to three lines of address, 35 characters a line, until the next
// field's tag:
//
//	:50K:/00112233445566
//	RAKESH SHARMA
//	12 MG ROAD KOTHRUD PUNE
//	:59:/998877665544
//
// 50A, 50F, 59A and 59F carry the account the same way; their other
// lines are a bank's code or numbered parts, read as any text is.

// maxSWIFTLine bounds a line of a SWIFT field.
const maxSWIFTLine = 35

// swiftParty reads the party of a SWIFT transfer whose account starts at
// i, after its field's tag and '/', and returns where scanning goes on, or
// i when no such field stands there.
func (r *Redactor) swiftParty(w *window, i int, out *[]match) int {
	tag, ok := swiftPartyTag(w, i-2)
	if !ok {
		return i
	}
	e, ok := w.swiftAccountEnd(i, 34)
	if !ok {
		return i
	}
	if r.cfg.enabled&kBankAccount.mask() != 0 {
		*out = append(*out, match{kind: kBankAccount, start: i, end: e, score: 0.9, reason: "account of a SWIFT transfer's party"})
	}
	if tag != "50K" && tag != "59" {
		return e
	}
	// The name's line, then the address's lines, up to the next tag.
	for line := 0; line < 4; line++ {
		if w.byteAt(e) == '\r' {
			e++
		}
		if w.byteAt(e) != '\n' {
			break
		}
		s := e + 1
		q := s
		for q-s <= maxSWIFTLine && w.byteAt(q) >= ' ' {
			q++
		}
		if w.short {
			return i
		}
		if q == s || q-s > maxSWIFTLine || w.byteAt(s) == ':' || w.byteAt(s) == '-' && w.byteAt(s+1) == '}' {
			break
		}
		switch {
		case line == 0 && r.cfg.person && !namesBusiness(w.buf[s:q]):
			*out = append(*out, match{kind: kPerson, start: s, end: q, score: 0.85, reason: "party of a SWIFT transfer"})
		case line > 0 && r.cfg.location:
			*out = append(*out, match{kind: kLocation, start: s, end: q, score: 0.8, reason: "address of a SWIFT transfer's party"})
		}
		e = q
	}
	return e
}

// swiftPartyTag reads the tag of a SWIFT field whose closing ':' is at c,
// the field starting its line: "50K", "59", "50A".
func swiftPartyTag(w *window, c int) (string, bool) {
	if w.byteAt(c) != ':' || w.byteAt(c+1) != '/' {
		return "", false
	}
	k := c - 1
	for k >= c-3 && (isDigitByte(w.byteAt(k)) || isUpperByte(w.byteAt(k))) {
		k--
	}
	if b := w.byteAt(k - 1); w.byteAt(k) != ':' || b >= 0 && b != '\n' && b != '\r' {
		return "", false
	}
	var buf [3]byte // the tag, read through a stream's history
	n := 0
	for p := k + 1; p < c; p++ {
		buf[n] = byte(w.byteAt(p))
		n++
	}
	switch tag := string(buf[:n]); tag {
	case "50A", "50F", "50K", "59", "59A", "59F":
		return tag, true
	}
	return "", false
}

// swiftStatementAccount reads the account an account statement (MT940,
// MT942, MT950) names in field 25, its digits at i: after the tag
// (":25:471495491548583") or after a bank's code and '/'
// (":25:SBININBB/00012345678"). It returns where scanning goes on, or i.
func (r *Redactor) swiftStatementAccount(w *window, i int, out *[]match) int {
	t := i // where the field's value starts
	if w.byteAt(i-1) == '/' {
		for t = i - 1; i-t <= 12 && (isUpperByte(w.byteAt(t-1)) || isDigitByte(w.byteAt(t-1))); t-- {
		}
		if t == i-1 || !isUpperByte(w.byteAt(t)) {
			return i
		}
	}
	if w.byteAt(t-1) != ':' || w.byteAt(t-2) != '5' || w.byteAt(t-3) != '2' || w.byteAt(t-4) != ':' {
		return i
	}
	if b := w.byteAt(t - 5); b >= 0 && b != '\n' && b != '\r' && b != '{' {
		return i
	}
	e, ok := w.swiftAccountEnd(i, 35)
	if !ok {
		return i
	}
	if r.cfg.enabled&kBankAccount.mask() != 0 {
		*out = append(*out, match{kind: kBankAccount, start: i, end: e, score: 0.9, reason: "account of a SWIFT statement"})
	}
	return e
}

// swiftAccountEnd returns the end of the account at i that fills the rest
// of its line: letters and digits, at most max of them and six digits at
// least, as a SWIFT field writes one.
func (w *window) swiftAccountEnd(i, limit int) (int, bool) {
	e, digits := i, 0
	for e-i <= limit && isAlnumByte(w.byteAt(e)) {
		if isDigitByte(w.byteAt(e)) {
			digits++
		}
		e++
	}
	b := w.byteAt(e)
	return e, !w.short && e-i <= limit && digits >= 6 && (b < 0 || b == '\n' || b == '\r')
}

// India's NEFT and RTGS messages (SFMS) number their fields the same
// way, four digits between colons, and give an account with no '/':
//
//	:6021:0003025736528      the sender's account
//	:6091:RAKESH SHARMA      the sender's name
//	:6061:0091769401         the beneficiary's account
//	:6081:SWATHI REDDY       the beneficiary's name
//	:5565:PLOT NO. 62, LANE 3, NEAR MASJID, MANISH NAGAR, NAGPUR
//
// Banks' and vendors' renderings number some fields otherwise (an account
// under 6081 or 6346, a name under 6310): a field of digits is read as an
// account, one of letters as a name, under any of these tags.
func (r *Redactor) sfmsField(w *window, i int, out *[]match) int {
	c := i - 1
	if w.byteAt(c) != ':' || w.byteAt(c-5) != ':' {
		return i
	}
	if b := w.byteAt(c - 6); b >= 0 && b != '\n' && b != '\r' && b != '{' {
		return i
	}
	var tag [4]byte
	for k := range tag {
		tag[k] = byte(w.byteAt(c - 4 + k))
	}
	e := i
	for e-i <= maxSWIFTLine && w.byteAt(e) >= ' ' {
		e++
	}
	if w.short || e-i > maxSWIFTLine || e == i {
		return i
	}
	switch string(tag[:]) {
	case "6021", "6061", "6081", "6346", "6091", "6310":
		if digitsOnly(w.buf[i:e]) {
			if e-i < 6 || r.cfg.enabled&kBankAccount.mask() == 0 {
				return i
			}
			*out = append(*out, match{kind: kBankAccount, start: i, end: e, score: 0.9, reason: "account of an SFMS (NEFT, RTGS) message"})
			break
		}
		if !r.cfg.person || !isUpperByte(w.byteAt(i)) || hasDigit(w.buf[i:e]) || namesBusiness(w.buf[i:e]) || allMask(w, i, e) ||
			w.byteAt(i)|0x20 == 'm' && w.byteAt(i+1) == '/' && w.byteAt(i+2)|0x20 == 's' {
			return i // "M/S ACCOUNT HOLDER": Messrs, a firm
		}
		*out = append(*out, match{kind: kPerson, start: i, end: e, score: 0.85, reason: "name of an SFMS (NEFT, RTGS) message's party"})
	case "5565":
		if !r.cfg.location || !hasDigit(w.buf[i:e]) {
			return i
		}
		*out = append(*out, match{kind: kLocation, start: i, end: e, score: 0.8, reason: "address of an SFMS (NEFT, RTGS) message"})
	default:
		return i
	}
	return e
}
