package redact

import (
	"bytes"
	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

// isLocalChar reports the ASCII characters of an e-mail local part or a
// UPI address's handle owner: letters, digits and . _ % + -.
// localCharAt reports whether the byte at k belongs to an e-mail local
// part: a local-part character, or an apostrophe between two letters
// ("mary.d'souza@yahoo.com").
// At the end of a stream's buffer an apostrophe after a letter may still
// be one: it is held, not passed on.
func (w *window) localCharAt(k int) bool {
	if k >= len(w.buf) {
		return false
	}
	b := w.byteAt(k)
	if isLocalChar(b) {
		return true
	}
	if b != '\'' || !isASCIILetter(byte(max(w.byteAt(k-1), 0))) {
		return false
	}
	if k+1 >= len(w.buf) {
		return !w.atEOF
	}
	return isASCIILetter(w.buf[k+1])
}

func isLocalChar(b int) bool {
	switch {
	case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9':
		return true
	case b == '.', b == '_', b == '%', b == '+', b == '-':
		return true
	}
	return false
}

func isLabelChar(b int) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// maxLeadPunct bounds the punctuation before the first letter or digit of
// a local part (".abc@x.in" is read from "abc").
const maxLeadPunct = 8

// atSign reads back from the '@' at a to the start of its local part and
// decides the address there. The local part is the run of local-part
// characters before the '@', from its first letter or digit; a run longer
// than maxLocal+maxLeadPunct, or one right after another '@', is none.
// Matches already made inside the local part (a mobile number before
// "@ybl") give way to the address, which then covers them; when the
// address scores too low to report, they stay.
func (r *Redactor) atSign(w *window, a int, out *[]match) int {
	if r.cfg.person && w.byteAt(a) == '@' {
		if e := w.mentionEnd(a); e > a {
			*out = append(*out, match{kind: kPerson, start: a + 1, end: e, score: scoreLoneName, reason: "a person's handle mentioned in a chat"})
			return e
		}
	}
	if r.cfg.enabled&(kEmail.mask()|kUPI.mask()|kABHA.mask()) == 0 {
		return a + 1
	}
	s := a
	for a-s <= maxLocal+maxLeadPunct && w.localCharAt(s-1) {
		s--
	}
	if b := w.byteAt(s - 1); w.localCharAt(s-1) || b == '@' || b == '*' {
		return a + 1 // within a longer run, or "p****k@gmail.com": already masked
	}
	s = narrationFieldStart(w, s, a)
	t := s
	for t < a && !isAlnumByte(w.byteAt(t)) {
		t++
	}
	if t == a || t-s > maxLeadPunct || a-t > maxLocal || t < 0 {
		return a + 1
	}
	var found []match // the address, if it is one
	end := r.email(w, t, &found)
	if w.short || end <= t || len(found) == 0 && isDigitByte(w.byteAt(a+1)) {
		return a + 1 // "ssh deploy@10.186.213.141": a host's address after its user's name
	}
	if len(found) == 1 && found[0].end <= a {
		return a + 1 // an earlier '@' in the run read back: its address ends before this one ("0%400.AA%0000%40…")
	}
	if len(found) == 1 {
		m := found[0]
		for len(*out) > 0 && (*out)[len(*out)-1].end > t {
			m.start = min(m.start, (*out)[len(*out)-1].start)
			*out = (*out)[:len(*out)-1]
		}
		*out = append(*out, m)
	}
	return end
}

// narrationFieldStart returns where the local part of the address at
// [s, a) starts when a bank narration's fields, in capitals, are joined
// to it by hyphens ("UPI-SWIGGY-swiggy@icici"): after the last hyphen
// with only capitals and digits before it and a small letter after.
func narrationFieldStart(w *window, s, a int) int {
	h := a - 1
	for h > s && w.byteAt(h) != '-' {
		h--
	}
	if h-s < 2 || !chars.IsLower(byte(max(w.byteAt(h+1), 0))) {
		return s
	}
	upper := false
	for k := s; k < h; k++ {
		switch b := byte(max(w.byteAt(k), 0)); {
		case chars.IsLower(b):
			return s
		case chars.IsUpper(b):
			upper = true
		}
	}
	if !upper {
		return s
	}
	return h + 1
}

// isHexID reports a run of 20 or more hexadecimal digits with a letter
// and a digit among them: a hash or a reference, never a person's handle.
func isHexID(b []byte) bool {
	if len(b) < 20 {
		return false
	}
	letter, digit := false, false
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			letter = true
		default:
			return false
		}
	}
	return letter && digit
}

// escapedAt reports "%40", a URL's escaped '@', at i.
func (w *window) escapedAt(i int) bool {
	return w.byteAt(i) == '%' && w.pctEscapeAt(i) == '@'
}

func isAlnumByte(b int) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// email reads an e-mail address or a UPI address starting at i. It
// returns the end of what it matched, or i.
func (r *Redactor) email(w *window, i int, out *[]match) int {
	j := i
	for j-i < maxLocal && w.localCharAt(j) && !w.escapedAt(j) {
		j++
	}
	atw := 1 // the width of the '@': 3 when a URL escapes it as "%40"
	if w.escapedAt(j) {
		atw = 3
	} else if w.byteAt(j) != '@' {
		return i
	}
	if w.byteAt(j-1) == '.' {
		return i
	}
	at := j
	// Domain: labels of letters, digits and hyphens joined by single dots.
	j = at + atw
	end, dots, labelStart := j, 0, j
	for j-at <= maxDomain {
		b := w.byteAt(j)
		if isLabelChar(b) {
			j++
			end = j
			continue
		}
		if b == '.' && j > labelStart && isLabelChar(w.byteAt(j+1)) {
			dots++
			j++
			labelStart = j
			continue
		}
		break
	}
	if w.short || end == at+atw {
		return i
	}
	if dots == 0 {
		// "ravi.k7@okaxis-SBIN0001234-…": a narration's fields go on
		// after a known handle, joined by hyphens.
		if h := bytes.IndexByte(w.buf[at+atw:end], '-'); h > 0 && validators.UPIKnownHandle(string(w.buf[at+atw:at+atw+h])) {
			end = at + atw + h
		}
	}
	if c, _ := w.char(end); chars.IsAlnum(c) || chars.IsAlnum(w.prevChar(i)) {
		return i // glued to more letters or digits (another script's): no address
	}
	if allMask(w, at+atw, end) || allMask(w, i, at) || holdsMask(w.buf[i:at]) || holdsMask(w.buf[at+atw:end]) {
		return i // a masked address, or masked text in one: kavach's own output
	}
	if dots == 0 {
		return r.upi(w, i, at, atw, end, out)
	}
	// The top-level domain is letters, at least two.
	tld := 0
	for k := end - 1; k > at; k-- {
		b := w.byteAt(k)
		if b == '.' {
			break
		}
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
			return i
		}
		tld++
	}
	if tld < 2 || allMask(w, end-tld, end) { // no TLD is all X's: what a mask left
		return i
	}
	c := cand{kind: kEmail, base: 0.9, evidence: "e-mail address shape"}
	switch local := w.buf[i:at]; {
	case placeholderLocal(local):
		c.base, c.evidence = 0.2, "e-mail address shape, a form's placeholder" // "yourname@example.com"
	case machineLocal(local):
		c.base, c.evidence = 0.2, "e-mail address shape, a machine's message ID" // "2747453775.099716@mailer.example.in"
	}
	r.decide(w, i, end, []cand{c}, out)
	return end
}

// placeholderLocal reports the local parts forms and help texts show for
// "your address here": "yourname", "your.email", "username".
func placeholderLocal(local []byte) bool {
	var buf [16]byte
	if len(local) > len(buf) {
		return false
	}
	n := 0
	for _, c := range local {
		if c != '.' && c != '_' && c != '-' {
			buf[n] = c | 0x20
			n++
		}
	}
	switch string(buf[:n]) {
	case "yourname", "youremail", "yourmail", "youraddress", "username", "firstnamelastname", "firstlast", "nameexample":
		return true
	}
	return false
}

// machineLocal reports a local part of digits in two or more groups
// joined by dots ("1719462485.4146"): a mail system's message ID, a time
// stamp and a counter, no person's address; or a UUID or a hex digest.
func machineLocal(local []byte) bool {
	dots, digits, other := 0, 0, 0
	for _, c := range local {
		switch {
		case c == '.':
			dots++
		case c >= '0' && c <= '9':
			digits++
		default:
			other++
		}
	}
	if other == 0 && dots > 0 && digits >= 8 {
		return true
	}
	// A UUID or a long hex digest ("86ce7343-038e-18fa-c337-2934d47c5f3b",
	// "909bad2b6e76233ff5e1"): a calendar's UID or a message's ID.
	hex, dashes := 0, 0
	for _, c := range local {
		switch {
		case c == '-':
			dashes++
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'f':
			hex++
		default:
			return false
		}
	}
	return hex >= 16 && digits > 0 && (dashes == 0 || dashes == 4)
}

// upi judges local@handle, a handle without a dot: a UPI address, or an
// ABHA address (user@abdm). The '@' at at is atw bytes wide ("%40").
func (r *Redactor) upi(w *window, i, at, atw, end int, out *[]match) int {
	var buf [maxLocal + 1 + maxDomain + 2]byte
	n := copy(buf[:], w.buf[i:at])
	buf[n] = '@'
	n++
	n += copy(buf[n:], w.buf[at+atw:end])
	if validators.ABHAAddress(string(buf[:n])) == nil {
		// "priya.sharma@abdm": a health ID's address, not a payment one.
		r.decide(w, i, end, []cand{{kind: kABHA, base: 0.9, evidence: "ABHA address"}}, out)
		return end
	}
	if validators.UPI(string(buf[:n])) != nil || isHexID(w.buf[i:at]) {
		return i // not an address, or a mandate's reference (UMN): 32 hex digits
	}
	switch string(buf[:n]) {
	case "success@razorpay", "failure@razorpay":
		return i // Razorpay's test addresses, in every sandbox's logs: nobody's
	}
	c := cand{kind: kUPI, base: 0.45, evidence: "UPI address shape, unknown handle"}
	if validators.UPIKnownHandle(string(buf[at-i+1 : n])) {
		c.base, c.evidence = 0.9, "UPI address, known handle"
	} else if digitsOnly(buf[:at-i]) && at-i >= 10 {
		c.base, c.evidence = 0.8, "UPI address on a mobile number"
	}
	r.decide(w, i, end, []cand{c}, out)
	return end
}

func digitsOnly(b []byte) bool {
	for _, c := range b {
		if !chars.IsDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// allMask reports whether [i, end) has an 'X' or 'x' and every other
// ASCII letter or digit in it is one too: text kavach has already masked.
// Text with no ASCII letter at all ("১২/৩, গড়িয়াহাট রোড") is not.
func allMask(w *window, i, end int) bool {
	x := false
	for k := i; k < end; k++ {
		b := w.buf[k]
		if b == 'X' || b == 'x' {
			x = true
		} else if chars.IsAlnum(b) {
			return false
		}
	}
	return x
}

// An address written to fool harvesters spells out its '@' and dots:
// "priya[at]gmail[dot]com", "priya (at) gmail (dot) com", "priya [at]
// gmail.com". The brackets make it unmistakable; "at" and "dot" alone
// are words of prose.

// atWordAt returns the width of "[at]" or "(at)", in any case, at i, or 0.
func atWordAt(buf []byte, i int) int { return bracketedAt(buf, i, "at") }

// bracketedAt returns the width of word in brackets at i, or 0.
func bracketedAt(buf []byte, i int, word string) int {
	if i >= len(buf) || buf[i] != '[' && buf[i] != '(' || i+len(word)+1 >= len(buf) {
		return 0
	}
	close := byte(']')
	if buf[i] == '(' {
		close = ')'
	}
	for k := range len(word) {
		if buf[i+1+k]|0x20 != word[k] {
			return 0
		}
	}
	if buf[i+1+len(word)] != close {
		return 0
	}
	return len(word) + 2
}

// obfuscatedEmail reads the address whose "[at]" is at i and returns
// where scanning goes on.
func (r *Redactor) obfuscatedEmail(w *window, i int, out *[]match) int {
	if i+8 > len(w.buf) && !w.atEOF {
		w.short = true // "[at]" and a domain may be cut by the end of buf
		return i
	}
	n := atWordAt(w.buf, i)
	if n == 0 || r.cfg.enabled&kEmail.mask() == 0 {
		return i + 1
	}
	e := i
	if w.byteAt(e-1) == ' ' {
		e--
	}
	s := e
	for e-s < maxLocal && w.localCharAt(s-1) {
		s--
	}
	for s < e && !isAlnumByte(w.byteAt(s)) {
		s++
	}
	if s == e || s < 0 || w.localCharAt(s-1) {
		return i + 1 // no local part, or one a stream has passed on (holdFrom keeps it)
	}
	// The domain: labels joined by '.', "[dot]" or "(dot)".
	p := i + n
	if w.byteAt(p) == ' ' {
		p++
	}
	end, labels, tld := p, 0, 0
	for p-i <= maxDomain {
		q := p
		letters := true
		for isLabelChar(w.byteAt(q)) {
			letters = letters && isASCIILetter(byte(w.byteAt(q)))
			q++
		}
		if q == p {
			break
		}
		end, labels, tld = q, labels+1, 0
		if letters {
			tld = q - p
		}
		if w.byteAt(q) == '.' && isLabelChar(w.byteAt(q+1)) {
			p = q + 1
			continue
		}
		if w.byteAt(q) == ' ' {
			q++
		}
		if q+len("[dot]") >= len(w.buf) && !w.atEOF {
			w.short = true // maybe a "[dot]" that the end of buf cuts
			return i
		}
		m := bracketedAt(w.buf, q, "dot")
		if m == 0 {
			break
		}
		p = q + m
		if w.byteAt(p) == ' ' {
			p++
		}
	}
	if w.short {
		return i
	}
	if labels < 2 || tld < 2 || isAlnumByte(w.byteAt(end)) {
		return i + 1
	}
	r.decide(w, s, end, []cand{{kind: kEmail, base: 0.85, evidence: "e-mail address with its '@' spelt out"}}, out)
	return end
}

// mentionEnd returns the end of a chat's mention at the '@' at a: a
// handle after a space or a line's start ("@manpreet candidate …",
// "@priya.nair can you"), lower-case letters whose words '.' or '_' part,
// the first a known given name and no everyday word, then a space or a
// sentence's mark. No domain follows it, so it is no address. It returns
// a for none.
func (w *window) mentionEnd(a int) int {
	if b := w.byteAt(a - 1); b >= 0 && b != ' ' && b != '\n' && b != '(' && b != '"' {
		return a // (a quote: a chat message's text in JSON, "text": "@hasina can you …")
	}
	p := a + 1
	q := w.handleEnd(p)
	switch b := w.byteAt(q); {
	case b == ' ' || b == ',' || b == ':' || b == '?' || b == '!' || b == ')' || b == '\n':
	case b == '.' && !isAlnumByte(w.byteAt(q+1)):
	case b < 0 && w.atEOF:
	case b < 0:
		w.short = true
		return a
	default:
		return a
	}
	if !w.handleNameKnown(p, q) {
		return a
	}
	return q
}
