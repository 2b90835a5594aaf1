package redact

import (
	"bytes"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

// A chain is digit groups joined by single separators, such as
// "2341 2341 2346", "+91-98765 43210", "(+91) 98765-43210" or
// "14/08/1990". The scanner reads a whole chain, then splits it into
// units: the written forms of identifiers (4-4-4, 4-4-4-4, 5-5, 2-4-4-4,
// ...), each read as a whole so that no Aadhaar is found inside a card
// number and no mobile inside an Aadhaar.
const (
	maxGroups      = 8
	maxGroupDigits = 19 // the longest card number; longer runs are no identifier
	maxChainDigits = maxGroups * maxGroupDigits
)

type group struct {
	start, end int  // byte offsets
	d0, n      int  // digits[d0:d0+n] are this group's digits
	gap        byte // the separator before the group: ' ', '-', '.', '/', ')' (for "(+91) "), 0 for the first
}

type chain struct {
	start       int // where the chain starts: its first digit, or '(' or '+'
	plus, paren bool
	encoded     bool // the '+' was "%2B", as a URL or a form writes it
	leftJoined  bool // glued to a word by '-', '_', '.' or '@' (a UUID, a hex id, an address)
	rightJoined bool // its last group runs on into letters or more groups
	cut         bool // the chain goes on past what was read
	ocr         int  // letters read as the digits OCR mistook them for (see ocrDigitAt)
	g           [maxGroups]group
	n           int
	digits      [maxChainDigits]byte
}

func isChainSep(b int) bool { return b == ' ' || b == '-' || b == '.' || b == '/' }

// parseChain reads the chain at i. It reports false when i does not open
// one (a '+' or '(' not followed by digits).
func (w *window) parseChain(i int, ch *chain) bool {
	ch.start = i
	pos := i
	if w.byteAt(pos) == '(' {
		ch.paren = true
		pos++
	}
	if w.byteAt(pos) == '+' {
		ch.plus = true
		pos++
	} else if w.byteAt(pos) == '%' && w.pctEscapeAt(pos) == '+' {
		ch.plus, ch.encoded = true, true // "%2B91...": a '+' as a URL escapes it
		pos += 3
	}
	if !w.digitAt(pos) {
		return false
	}
	switch p := w.prevChar(pos); p {
	case '-', '_', '.', '@':
		ch.leftJoined = chars.IsAlnum(w.prevChar(pos-1)) && !((p == '-' || p == '.') && w.labelWordBefore(pos-1)) && // "Mob-9876543210", "A/c No.84278397802427"
			!(p == '-' && w.placeWordBefore(pos-1)) && // "Gaya, Bihar-823056"
			!(p == '@' && w.dottedQuadAt(pos)) // "ssh deploy@10.186.213.141": a host after its user's name
	case ' ':
		// "XXXX XXXX 2346", "XXXX XX0 110": the digits a mask kept belong
		// to the masked value; so do those a double space parts from it
		// ("XXXX XXXX XXXX  2721 0000 0"), as a chain reads such a gap.
		q := pos - 1
		if w.byteAt(q-1) == ' ' {
			q--
		}
		ch.leftJoined = w.maskedGroupBefore(q)
	}
	nd := 0
	var gap byte
	for {
		g := group{start: pos, d0: nd, gap: gap}
		if ch.n == 0 && (ch.plus || ch.paren) && w.opensAddress(pos) {
			return false // "+919876543210@ybl": an address, read from its first digit
		}
		if ch.n > 0 && gap == ' ' && w.opensIPv6(pos) {
			ch.rightJoined = false
			return true // "110001 fe80::1": the group starts an IPv6 address
		}
		if ch.n > 0 && gap == ' ' && w.opensAddress(pos) {
			ch.rightJoined = false
			return true // "98765 9876543210@ybl": the group starts an address, read on its own
		}
		for {
			c, size := byte(0), 1
			if pos < len(w.buf) && w.buf[pos] < 0x80 {
				c = w.buf[pos] // the common case, without the call
			} else {
				c, size = w.char(pos)
			}
			if size == 0 || !chars.IsDigit(c) {
				d := byte(0)
				if ch.ocr < maxOCRLetters && (g.n > 0 || ch.n > 0) && !ch.leftJoined && w.ocrChainStart(ch.start) {
					// (Not where ocrChainStart says a second pass would
					// read what the first did not.)
					d = w.ocrDigitAt(pos, g.n > 0)
				}
				if d == 0 {
					break
				}
				c, size = d, 1
				ch.ocr++
			}
			if g.n == maxGroupDigits {
				ch.rightJoined = true // an over-long run: no identifier ends here
				g.end = pos
				ch.addGroup(g)
				return true
			}
			ch.digits[nd] = c
			nd++
			g.n++
			pos += size
		}
		g.end = pos
		if ch.n == 2 && ch.g[0].n == 4 && ch.g[1].n == 2 && g.n == 2 && g.gap == '-' && ch.g[1].gap == '-' && w.byteAt(pos) == 'T' && w.digitAt(pos+1) {
			// "1980-04-02T00:00:00Z": a date, then its time (see
			// midnightEnd).
			ch.addGroup(g)
			ch.rightJoined = false
			return true
		}
		if ch.n > 0 {
			if c, _ := w.char(pos); chars.IsAlnum(c) {
				// "1 27AAPFU0939F1ZV": the group opens a token with letters,
				// read on its own (a GSTIN, a Bharat-series plate).
				ch.rightJoined = false
				return true
			}
		}
		ch.addGroup(g)
		if ch.n == maxGroups || pos-i > maxChainLen {
			// Too long to read at once: decide the first groups and read
			// the rest as a new chain (see digitChain).
			ch.cut = w.continues(pos) || isChainSep(w.byteAt(pos)) && w.digitAt(pos+1)
			ch.rightJoined = ch.cut
			return true
		}
		b := w.byteAt(pos)
		if ch.paren && ch.n == 1 && b != ')' {
			return false // "(" without ")": not a country code; read from the digits
		}
		switch {
		case ch.paren && ch.n == 1 && b == ')':
			gap = ')'
			pos++
			if s := w.byteAt(pos); s == ' ' || s == '-' {
				pos++
			}
			if !w.digitAt(pos) {
				return false
			}
		case b == ' ' && w.byteAt(pos+1) == ' ' && g.n == 4 && w.fourDigitsAt(pos+2):
			// "4185  3225  8317", as OCR spaces a card's print. Only groups
			// of four are joined so: a table's columns are two spaces apart
			// too ("366.77  7861253398").
			gap = gapDouble
			pos += 2
		case isChainSep(b) && (w.digitAt(pos+1) || ch.ocr < maxOCRLetters && !ch.leftJoined && w.ocrDigitAt(pos+1, false) != 0 && w.shortOCRGroupAt(pos+1) && w.ocrChainStart(ch.start)):
			gap = byte(b)
			pos++
		case ch.encoded && b == '+' && w.digitAt(pos+1):
			gap = ' ' // "%2B91+98765+43210": a form encodes the spaces too
			pos++
		case ch.encoded && b == '%' && w.byteAt(pos+1) == '2' && w.byteAt(pos+2) == '0' && w.digitAt(pos+3):
			gap = ' ' // "%2B91%2098765%2043210"
			pos += 3
		case b == 0xC2 && w.byteAt(pos+1) == 0xA0 && w.digitAt(pos+2):
			// A no-break space, as word processors and web pages keep a
			// number's groups together: "+91 90538 18773".
			gap = ' '
			pos += 2
		case b == 0xEF && w.byteAt(pos+1) == 0xBC && w.byteAt(pos+2) == 0x8D && w.digitAt(pos+3):
			// A fullwidth hyphen, as a Japanese or Chinese input method
			// types one between fullwidth digits: "６２５３－５９７５－９０８４".
			gap = '-'
			pos += 3
		default:
			ch.rightJoined = w.continues(pos)
			if ch.rightJoined && ch.n == 1 && b == '-' && ifscAt(w, pos+1) {
				// "NEFT-…-N. PRABHAKAR-342264559714019-BKID0031546": a
				// narration joins the account to its branch's IFSC.
				ch.rightJoined = false
				ch.leftJoined = ch.leftJoined && w.prevChar(ch.g[0].start) != '-'
			}
			if ch.rightJoined && ch.n == 1 && ch.g[0].n == 10 && b == '-' && phoneTypeAt(w, pos+1) {
				ch.rightJoined = false // "AP DEL 6311569848-M": a reservation's phone and its type
			}
			return true
		}
	}
}

// ocrConfusion maps the letters OCR reads in place of digits to those
// digits: "2795 1544 S760", "A/c No.39072778O14", "7436 7333 929l".
// (Not 'Z' for a 2: "…T10:45:12.093Z", a time in UTC, ends in one.)
var ocrConfusion = [256]byte{'O': '0', 'o': '0', 'I': '1', 'l': '1', 'S': '5', 'B': '8'}

// maxOCRLetters is the most letters a chain reads as digits: a number
// with more is as likely a code of letters and digits.
const maxOCRLetters = 2

// ocrDigitAt returns the digit OCR mistook the letter at pos for, or 0:
// a letter of ocrConfusion between a digit (afterDigit) and a digit or
// the number's end, or opening a group before two digits ("S760"). A
// letter beside another letter is a word's, not a digit's.
func (w *window) ocrDigitAt(pos int, afterDigit bool) byte {
	b := w.byteAt(pos)
	if b < 0 || ocrConfusion[b] == 0 {
		return 0
	}
	a := w.byteAt(pos + 1)
	switch {
	case !afterDigit:
		if !isASCIIDigitByte(byte(max(a, 0))) || !isASCIIDigitByte(byte(max(w.byteAt(pos+2), 0))) || a < 0 {
			return 0
		}
	case a < 0 && !w.atEOF:
		return 0 // w.short is set: wait for what follows
	case a >= 0 && (isASCIILetter(byte(a)) || a >= 0x80 || a == '_'):
		return 0
	}
	return ocrConfusion[b]
}

// shortOCRGroupAt reports a group that OCR's letter at p opens and at
// most four digits follow, as in a grouped number's print ("2795 1544
// S760"): a letter and seven digits are a passport's ("9876543210
// B7834521").
func (w *window) shortOCRGroupAt(p int) bool {
	k := p + 1
	for k-p <= 5 && isDigitByte(w.byteAt(k)) {
		k++
	}
	if k-p <= 5 && w.byteAt(k) < 0 && !w.atEOF {
		w.short = true
		return false
	}
	return k-p <= 5
}

// ocrChainStart reports whether a chain that starts at start may read
// OCR's letters as digits: not glued to a letter, not after a mask's X's,
// nor after digits or X's a chain's separator away ("110000 0000 000B …"). There a first pass
// read a longer chain, which a second, with part of it masked, would read
// otherwise, and find more: redaction would not be idempotent.
func (w *window) ocrChainStart(start int) bool {
	if isASCIILetter(byte(max(w.byteAt(start-1), 0))) {
		// "ACNo00000000B": digits glued to a label, which the main loop
		// reads only when a digit ends the token (see gluedLabelEnd)
		return false
	}
	if b := w.byteAt(start - 1); isChainSep(b) {
		if p := w.byteAt(start - 2); isDigitByte(p) || p == 'X' || p > 0 && ocrConfusion[p] != 0 && isDigitByte(w.byteAt(start-3)) {
			return false // and "0B 0000 110B0B": a group that OCR's letter ends
		}
	}
	return !w.maskedNumberBefore(start)
}

// ocrLettersIn reports a token of digits whose letters, one or two, are
// each one OCR reads in place of a digit, between digits or at its end
// ("907O650194", "891B").
func ocrLettersIn(tok []byte) bool {
	letters := 0
	for k, b := range tok {
		if isASCIIDigitByte(b) {
			continue
		}
		if ocrConfusion[b] == 0 || k+1 < len(tok) && !isASCIIDigitByte(tok[k+1]) {
			return false
		}
		letters++
	}
	return letters > 0 && letters <= maxOCRLetters
}

// phoneTypeAt reports the type a reservation system writes after a phone
// number and a hyphen, a capital alone: M (mobile), H (home), B
// (business).
func phoneTypeAt(w *window, p int) bool {
	switch w.byteAt(p) {
	case 'M', 'H', 'B':
		return !isAlnumByte(w.byteAt(p + 1))
	}
	return false
}

// maskedGroupBefore reports whether what ends at end is where kavach's
// Mask mode left kept digits to follow: two or three groups of exactly
// "XXXX" (an Aadhaar, VID or card, "XXXX XXXX 2346"), or X's glued to
// digits ("XX0", "X3210", from mobile groupings), standing alone. Digits
// after such a group are the kept tail of the masked value, not a new one.
func (w *window) maskedGroupBefore(end int) bool {
	k, digits, xs := end, 0, 0
	for ; end-k < 20; k-- {
		b := w.byteAt(k - 1)
		if b < '0' || b > '9' {
			break
		}
		digits++
	}
	for ; end-k < 20; k-- {
		if w.byteAt(k-1) != 'X' {
			break
		}
		xs++
	}
	if p := w.prevChar(k); chars.IsAlnum(p) || p == '@' || p == '.' {
		return false // part of a word, an address or a domain
	}
	if digits > 0 {
		return xs > 0 && digits < 4 // the mask kept four digits in all: "XX0 110"
	}
	if xs != 4 {
		return false
	}
	// Count the groups of X's joined by the same separator: the masks that
	// keep digits are 4-4 (Aadhaar), 4-4-4 (VID, card), 2-4 and 3-4 (a
	// mobile in 2-4-4, or 3-4-4 with the trunk 0), before the kept group.
	sep := w.byteAt(end)
	groups, p := 1, k
	for groups <= 4 && w.byteAt(p-1) == sep {
		s := p - 1 // the separator before the group; a chain's double space counts as one ("XXXX  XXXX")
		if sep == ' ' && w.byteAt(s-1) == ' ' {
			s--
		}
		q := s
		for q > s-6 && w.byteAt(q-1) == 'X' {
			q--
		}
		if q == s || s-q > 5 || chars.IsAlnum(w.prevChar(q)) {
			break
		}
		groups++
		p = q
	}
	if groups < 2 || groups > 3 {
		return false // ABHA's 2-4-4-4 keeps no digits
	}
	// The run must not go on with other masked groups ("XX XXXX XXXX XXXX").
	b := w.byteAt(p - 1)
	return !((b == ' ' || b == '-') && w.byteAt(p-2) == 'X')
}

// opensIPv6 reports whether an IPv6 address may start at pos: a hex
// group of at most four, then ':' and a run with "::", seven colons, or
// six and an IPv4 tail.
func (w *window) opensIPv6(pos int) bool {
	k := pos
	for k-pos < 5 && isHex(w.byteAt(k)) {
		k++
	}
	if k == pos || k-pos > 4 || w.byteAt(k) != ':' {
		return false
	}
	colons, dots, double := 0, 0, false
	for k = pos; k-pos <= maxIPv6; k++ {
		switch b := w.byteAt(k); {
		case b == ':':
			colons++
			if w.byteAt(k+1) == ':' {
				double = true
			}
		case b == '.':
			dots++
		case isHex(b):
		default:
			return colons >= 2 && (double || colons == 7 || colons == 6 && dots == 3)
		}
	}
	return false
}

// opensAddress reports whether the local-part characters from pos run
// into an '@': the digits before pos are the start of an address.
func (w *window) opensAddress(pos int) bool {
	for k := 0; k < maxLocal; k++ {
		b := w.byteAt(pos + k)
		if b == '@' {
			return k == 0 || w.byteAt(pos+k-1) != '.'
		}
		if !w.localCharAt(pos + k) {
			return false
		}
	}
	return false
}

func (ch *chain) addGroup(g group) {
	ch.g[ch.n] = g
	ch.n++
}

// continues reports whether the text at pos (just after a digit group)
// glues the group to more: a letter or digit, or '-', '_', '.' followed
// by one.
func (w *window) continues(pos int) bool {
	c, _ := w.char(pos)
	if chars.IsAlnum(c) {
		return true
	}
	switch w.byteAt(pos) {
	case '-', '_', '.':
		c, _ := w.char(pos + 1)
		return chars.IsAlnum(c)
	case '/':
		// '/' separates path segments ("/users/234123412346/kyc"), but a
		// masked group after it stands where digits stood: "1/1/XXXX".
		return w.byteAt(pos+1) == 'X'
	}
	return false
}

// dottedQuadAt reports four dotted groups of one to three ASCII digits at
// p, and no more: an IPv4 address's shape.
func (w *window) dottedQuadAt(p int) bool {
	for g := 0; g < 4; g++ {
		n := 0
		for ; n < 4 && isDigitByte(w.byteAt(p)); n++ {
			p++
		}
		if n == 0 || n > 3 || g < 3 && w.byteAt(p) != '.' {
			return false
		}
		p++
	}
	b := w.byteAt(p - 1)
	return !isAlnumByte(b) && !(b == '.' && isDigitByte(w.byteAt(p)))
}

// canStart reports whether a unit may start at group k: at the start of
// a chain not glued to a word, or after a space or two ("7948 3443 8163
// 7948 3443 8163" with a column's gap between the copies, as OCR reads
// two cards side by side).
func (ch *chain) canStart(k int) bool {
	if k == 0 {
		return !ch.leftJoined
	}
	return ch.g[k].gap == ' ' || ch.g[k].gap == gapDouble
}

// canEnd reports whether a unit may end just before group j.
func (ch *chain) canEnd(j int) bool {
	if j == ch.n {
		return !ch.rightJoined
	}
	return ch.g[j].gap == ' ' || ch.g[j].gap == gapDouble
}

// shape reports whether groups k, k+1, ... have the given sizes, joined by
// one separator allowed by seps, and form a unit. It returns the
// separator (' ' for a single group).
func (ch *chain) shape(k int, seps string, sizes ...int) bool {
	if k+len(sizes) > ch.n || !ch.canEnd(k+len(sizes)) {
		return false
	}
	var sep byte
	for m, s := range sizes {
		g := &ch.g[k+m]
		if g.n != s {
			return false
		}
		if m == 0 {
			continue
		}
		gap := g.gap
		if gap == gapDouble && sep != gapDouble && m > 1 {
			gap = ' ' // "9293  6677 0268": a double space among single ones, as people and OCR space them
		}
		if m == 1 {
			sep = g.gap
			if !containsByte(seps, sep) {
				return false
			}
		} else if gap != sep && !(sep == gapDouble && gap == ' ') {
			return false
		}
	}
	return true
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// digitsOf returns the digits of groups [k, j).
func (ch *chain) digitsOf(k, j int) []byte {
	return ch.digits[ch.g[k].d0 : ch.g[j-1].d0+ch.g[j-1].n]
}

// span returns the byte range of groups [k, j).
func (ch *chain) span(k, j int) (int, int) {
	return ch.g[k].start, ch.g[j-1].end
}

// digitChain reads the chain at i and decides each unit in it. It returns
// where scanning goes on, or i when i opens no chain.
func (r *Redactor) digitChain(w *window, i int, out *[]match) int {
	if e := w.versionEnd(i); e > i || w.short {
		return e
	}
	if e := r.boxedDigits(w, i, out); e > i || w.short {
		return e
	}
	var ch chain
	if !w.parseChain(i, &ch) {
		return i
	}
	if w.short {
		return i
	}
	if !ch.cut && ch.n >= 2 {
		// "000B 200000 00000 XXXXXXXXX": groups that run on into a number a
		// first pass masked were read with it then, as one chain, and gave
		// what they give; read alone now, they would give more.
		masked := w.maskedNumberAfter(ch.g[ch.n-1].end)
		if w.short {
			return i
		}
		if masked {
			return ch.g[ch.n-1].end
		}
	}
	if ch.ocr > 0 {
		if len(ch.digitsOf(0, ch.n)) < minOCRDigits {
			return ch.g[ch.n-1].end // too short to be an identifier, letters and all
		}
		w.ocrChain = true
		defer func() { w.ocrChain = false }()
	}
	// When the chain was cut, only units that start well before the cut
	// are decided here; scanning resumes at the next group, which then
	// opens a chain of its own exactly as it would have continued this one.
	limit := ch.n
	if ch.cut {
		limit = ch.n - 6 // the longest unit has six groups (two Aadhaars side by side)
	}
	k := 0
	for k < limit {
		m := 0
		if ch.canStart(k) {
			m = r.unit(w, &ch, k, out)
			if w.short {
				return i
			}
		}
		k += max(m, 1)
	}
	if ch.cut {
		return ch.g[k].start
	}
	last := ch.n - 1
	end := ch.g[last].end
	if g := &ch.g[last]; g.n <= 2 && ch.canStart(last) {
		// "14 Aug 1990", "14-August-1990": a date with the month in words.
		if e := r.wordDate(w, &ch, last, out); e > end || w.short {
			return e
		}
	}
	if ch.n == 2 && ch.g[0].n == 4 && ch.g[1].n == 4 && ch.g[1].gap == ' ' && ch.canStart(0) && !ch.rightJoined && !ch.plus && !ch.paren {
		// "Aadhaar No. 3544 2633\n8134": a converter wrapped its last group.
		if e := r.wrappedAadhaar(w, &ch, out); e > end || w.short {
			return e
		}
	}
	if g := &ch.g[last]; g.n == 2 && ch.canStart(last) {
		// "22 BH 1234 AA": a Bharat-series registration opens with two digits.
		if e := r.bharat(w, g.start, out); e > g.start || w.short {
			return max(e, end)
		}
	}
	return end
}

// minOCRDigits is the fewest digits of a chain in which letters are read
// as digits: a PIN code's.
const minOCRDigits = 6

// Limits of a number written a digit a box (see boxedDigits).
const (
	minBoxedDigits = 9  // the shortest account number
	maxBoxedDigits = 19 // the longest card number
)

// boxedDigits reads at i a number written one digit at a time, a space
// between each, as a form's boxes come out of OCR or a PDF ("Bank a/c
// number: 3 4 8 9 0 1 4 5 6 8 1 5 4", "Aadhaar: 9 0 9 6 …"), and returns
// where scanning goes on, or i. Spaced digits are many things (a list, a
// read-out sequence), so each reading needs its word: the bases are
// those of a bare number's weakest form.
func (r *Redactor) boxedDigits(w *window, i int, out *[]match) int {
	if w.byteAt(i+1) != ' ' || !isASCIIDigitByte(byte(max(w.byteAt(i+2), 0))) || w.byteAt(i+3) != ' ' {
		return i // not a digit, a space, a digit, a space
	}
	if b := w.byteAt(i - 1); b >= 0 && isAlnumByte(b) || b == ' ' && isASCIIDigitByte(byte(max(w.byteAt(i-2), 0))) {
		return i // inside a token, or not the run's first digit
	}
	var d [maxBoxedDigits + 1]byte
	n, p := 0, i
	for {
		b := w.byteAt(p)
		if b < '0' || b > '9' {
			break
		}
		if n < len(d) {
			d[n] = byte(b)
		}
		n++
		a := w.byteAt(p + 1)
		if a == ' ' && isASCIIDigitByte(byte(max(w.byteAt(p+2), 0))) && n < 2*maxBoxedDigits {
			p += 2
			continue
		}
		p++
		break
	}
	if w.short {
		return i
	}
	if n < minBoxedDigits || isAlnumByte(w.byteAt(p)) || w.byteAt(p) == '.' && isASCIIDigitByte(byte(max(w.byteAt(p+1), 0))) {
		return i // too few for an identifier, or the last digit opens more ("1 2 3 4 5 6 7 8 9 10")
	}
	if n > maxBoxedDigits {
		return p // no identifier is so long
	}
	v := string(d[:n])
	var cs [3]cand
	c := 0
	add := func(k kindID, base float64, evidence string) {
		cs[c] = cand{kind: k, base: base, evidence: evidence}
		c++
	}
	switch {
	case n == 12 && validators.Aadhaar(v) == nil:
		add(kAadhaar, 0.3, "Verhoeff ok, a digit a box")
	case n == 16 && validators.VID(v) == nil:
		add(kVID, 0.3, "Verhoeff ok, a digit a box")
	case n == 10 && validators.MobileRange(v):
		add(kMobile, 0.3, "mobile range, a digit a box")
	case n == 14:
		add(kABHA, 0.2, "ABHA length, a digit a box")
	}
	if n >= 13 && validators.Card(v) == nil {
		add(kCard, 0.3, "Luhn ok, known issuer, a digit a box")
	}
	if n <= 18 {
		add(kBankAccount, 0.1, "account number length, a digit a box")
	}
	if c > 0 {
		r.decide(w, i, p, cs[:c], out)
	}
	return p
}

// versionEnd returns the end of the product version at i, or i: digit
// groups joined by dots right after a word and '/', as user agents and
// package names write them ("AppleWebKit/537.36", "Chrome/120.0.0.0",
// "okhttp/4.12.0"). Nothing in a version is personal data; a date or an
// address written that way ("dob/14.08.1990") is rare enough to give up
// for the access logs that carry a version in every line. A version glued
// to a letter or a further digit ("1.2.3rc1") is no version here.
func (w *window) versionEnd(i int) int {
	if w.byteAt(i-1) != '/' || alnumBits[byte(max(w.byteAt(i-2), 0))] == 0 {
		return i
	}
	e := versionEndIn(w.buf, i, w.atEOF)
	if e < 0 {
		w.short = true
		return i
	}
	return e
}

// versionEndIn is versionEnd after its "word/" test, on buf alone so that
// the main loop can afford it: -1 when buf ends before the version's end
// is known.
func versionEndIn(buf []byte, i int, atEOF bool) int {
	e, groups := i, 0
	for {
		d := e
		for e < len(buf) && byteClass[buf[e]] == clsDigit {
			e++
		}
		if e == d || e-d > 8 {
			return i
		}
		groups++
		if e+1 < len(buf) && buf[e] == '.' && byteClass[buf[e+1]] == clsDigit {
			e++
			continue
		}
		if !atEOF && (e == len(buf) || e+1 == len(buf) && buf[e] == '.') {
			return -1
		}
		break
	}
	if groups < 2 || e < len(buf) && (buf[e] >= 0x80 || alnumBits[buf[e]] != 0) {
		return i
	}
	if groups == 4 && e < len(buf) && buf[e] == ':' {
		// "sasmita/117.91.228.143:46520": a user's address and its port,
		// as VPN and proxy logs write them; no version has a port.
		if e+1 == len(buf) && !atEOF {
			return -1
		}
		if e+1 < len(buf) && byteClass[buf[e+1]] == clsDigit {
			return i
		}
	}
	return e
}

// fourDigitsAt reports a group of exactly four digits at p, in any script.
func (w *window) fourDigitsAt(p int) bool {
	for range 4 {
		c, size := w.char(p)
		if !chars.IsDigit(c) {
			return false
		}
		p += size
	}
	return !w.digitAt(p)
}

// gapDouble is the gap of two spaces between groups.
const gapDouble = 2

// Allowed separators inside a written form.
const (
	sepsGroup = " -\x02" // 2341 2341 2346, 2341-2341-2346, 2341  2341  2346
	sepsDate  = "-/."    // 14/08/1990, 1990-08-14, 14.08.1990
	sepsPhone = " -."    // 98765 43210, 98765-43210, 98765.43210
	sepsAfter = " -)."   // between a country code and the number
)

// unit decides the unit that starts at group k and returns how many
// groups it took (0 for none).
func (r *Redactor) unit(w *window, ch *chain, k int, out *[]match) int {
	if m := r.phoneWithCode(w, ch, k, out); m > 0 {
		return m
	}
	if m := foreignPhone(ch, k); m > 0 {
		return m
	}
	switch {
	case ch.shape(k, sepsGroup, 4, 4, 4, 4, 4, 4):
		// "7948 3443 8163 7948 3443 8163": an Aadhaar letter's two copies
		// side by side, which OCR reads as one line; or else a longer
		// number, whose first sixteen digits are read as they would be.
		// Where only one copy is an Aadhaar, the other's groups are a
		// unit of their own, as they are once the Aadhaar is masked and
		// a second pass reads them alone.
		n := len(*out)
		r.twelve(w, ch, k, 3, out)
		first := len(*out) > n
		if w.short {
			return 6
		}
		m := len(*out)
		r.twelve(w, ch, k+3, 3, out)
		second := len(*out) > m
		switch {
		case w.short || first && second:
			return 6
		case first:
			return 3 // the second's groups are read next
		case second:
			*out = (*out)[:n] // the second is read again next, after the first's groups
			r.groupedAccount(w, ch, k, out)
			return 3
		}
		r.sixteen(w, ch, k, 4, out)
		return 4
	case ch.shape(k, sepsGroup, 4, 4, 4, 4):
		r.sixteen(w, ch, k, 4, out)
		return 4
	case ch.shape(k, sepsGroup, 4, 6, 5), ch.shape(k, sepsGroup, 4, 6, 4):
		// American Express writes 4-6-5, Diners Club International 4-6-4.
		r.cardOnly(w, ch, k, 3, out)
		return 3
	case ch.shape(k, sepsGroup, 2, 4, 4, 4):
		s, e := ch.span(k, k+4)
		c := cand{kind: kABHA, base: 0.6, evidence: "ABHA number written 2-4-4-4"}
		if d := ch.digitsOf(k, k+1); d[0] == '9' && d[1] == '1' {
			c.base = 0.75 // as ABHA numbers are issued: "91-4408-8897-1141"
		}
		r.decide(w, s, e, []cand{c}, out)
		return 4
	case ch.shape(k, sepsGroup, 4, 4, 4):
		n := len(*out)
		r.twelve(w, ch, k, 3, out)
		if len(*out) == n && !w.short {
			// "0012 3456 7890 12": no Aadhaar, but maybe an account.
			if m := r.groupedAccount(w, ch, k, out); m > 3 {
				return m
			}
		}
		return 3
	case ch.shape(k, ".", 4, 4, 4):
		// "2341.2341.2346": not a form UIDAI prints, but one people type;
		// with a word that says Aadhaar it is one.
		if validators.Aadhaar(string(ch.digitsOf(k, k+3))) == nil {
			s, e := ch.span(k, k+3)
			r.decide(w, s, e, []cand{{kind: kAadhaar, base: 0.3, evidence: "Verhoeff ok, written with dots"}}, out)
		}
		return 3
	case ch.shape(k, sepsDate, 2, 2, 4), ch.shape(k, sepsDate, 4, 2, 2),
		ch.shape(k, sepsDate, 1, 2, 4), ch.shape(k, sepsDate, 2, 1, 4), ch.shape(k, sepsDate, 1, 1, 4),
		ch.shape(k, sepsDate, 2, 2, 2), ch.shape(k, sepsDate, 1, 2, 2), ch.shape(k, sepsDate, 2, 1, 2), ch.shape(k, sepsDate, 1, 1, 2):
		// Not "2026-11-15 00:41:09" or "2026-11-15T00:41": a log timestamp
		// is no birth date. The bytes decide, as isLogDate does on the
		// main loop's fast path, whatever the chain made of the time.
		e := ch.g[k+2].end
		digit := func(p int) bool { b := w.byteAt(p); return b >= '0' && b <= '9' }
		clock := w.byteAt(e) == ' ' && digit(e+1) && digit(e+2) && w.byteAt(e+3) == ':' ||
			ch.g[k].n == 4 && w.byteAt(e) == 'T' && digit(e+1)
		if w.short {
			return 3
		}
		if !clock {
			r.date(w, ch, k, e, out)
		} else if m := midnightEnd(w, e); m > 0 {
			r.date(w, ch, k, m, out) // "DOB:1979-12-05 00:00:00 +0000 UTC": a date serialised with a time
		}
		return 3
	case (ch.shape(k, " ", 2, 2, 4) || ch.shape(k, " ", 1, 2, 4) || ch.shape(k, " ", 2, 1, 4)) && spacedDate(ch, k):
		// "Date of Birth: 19 02 1956": a form's boxes for day, month and
		// year, copied out with spaces; a date of birth only with its word.
		r.date(w, ch, k, ch.g[k+2].end, out)
		return 3
	case ch.shape(k, ".", 1, 1, 1, 1) || ipShape(ch, k):
		r.ipv4(w, ch, k, out)
		return 4
	case tcpdumpAddress(w, ch, k):
		r.ipv4(w, ch, k, out)
		return 5
	case cidrShape(ch, k):
		if !cidrNetwork(ch, k) {
			r.ipv4(w, ch, k, out) // "27.55.103.31/32": the address, its prefix length kept
		}
		return 5
	}
	if m := r.groupedAccount(w, ch, k, out); m > 0 {
		return m
	}
	// Mobile groupings before the PIN code: "987 654 3210" opens with 3-3.
	if m := r.nationalMobile(w, ch, k, out); m > 0 {
		return m
	}
	if k == 0 && ch.n == 6 && !ch.cut && ch.shape(k, " ", 1, 1, 1, 1, 1, 1) {
		// "pin code 6 8 0 2 6 4": a PIN code read out, as speech-to-text
		// writes it; only a word for one makes it one.
		s, e := ch.span(k, k+6)
		if validators.PINCode(string(ch.digitsOf(k, k+6))) == nil {
			r.decide(w, s, e, []cand{{kind: kPINCode, base: 0.1, evidence: "PIN code read out digit by digit"}}, out)
		}
		return 6
	}
	if ch.shape(k, " ", 3, 3) {
		s, e := ch.span(k, k+2)
		if validators.PINCode(string(ch.digitsOf(k, k+2))) == nil && !w.tollFreePrefixBefore(s) {
			r.decide(w, s, e, []cand{{kind: kPINCode, base: 0.2, evidence: "PIN code shape"}}, out)
		}
		return 2
	}
	if ch.canEnd(k + 1) {
		r.single(w, ch, k, out)
	}
	return 1
}

// ipShape reports four groups of 1–3 digits joined by dots.
func ipShape(ch *chain, k int) bool {
	if k+4 > ch.n || !ch.canEnd(k+4) {
		return false
	}
	for m := 0; m < 4; m++ {
		g := &ch.g[k+m]
		if g.n < 1 || g.n > 3 || m > 0 && g.gap != '.' {
			return false
		}
	}
	return true
}

// cidrShape reports an IPv4 address and its prefix length in CIDR
// notation, "27.55.103.31/32", "10.4.0.7/24".
func cidrShape(ch *chain, k int) bool {
	if k+5 > ch.n || !ch.canEnd(k+5) || ch.g[k+4].gap != '/' || ch.g[k+4].n > 2 {
		return false
	}
	for m := 0; m < 4; m++ {
		if g := &ch.g[k+m]; g.n < 1 || g.n > 3 || m > 0 && g.gap != '.' {
			return false
		}
	}
	d := ch.digitsOf(k+4, k+5)
	return len(d) == 1 || d[0] < '3' || d[0] == '3' && d[1] <= '2'
}

// cidrNetwork reports a network in CIDR notation, not a host's address:
// its host bits are all zero ("172.16.0.0/12", "192.0.2.0/24"), and the
// prefix is shorter than 32.
func cidrNetwork(ch *chain, k int) bool {
	var addr uint32
	for m := 0; m < 4; m++ {
		v := uint32(0)
		for _, c := range ch.digitsOf(k+m, k+m+1) {
			v = v*10 + uint32(c-'0')
		}
		addr = addr<<8 | v&0xFF
	}
	p := 0
	for _, c := range ch.digitsOf(k+4, k+5) {
		p = p*10 + int(c-'0')
	}
	return p < 32 && addr&(1<<(32-p)-1) == 0
}

// tcpdumpAddress reports an IPv4 address and its port joined by a dot,
// as tcpdump prints them: "192.168.1.7.50346 > 10.0.0.1.8080:".
func tcpdumpAddress(w *window, ch *chain, k int) bool {
	if k+5 > ch.n || !ch.canEnd(k+5) || ch.g[k+4].gap != '.' || ch.g[k+4].n > 5 {
		return false
	}
	for m := 0; m < 4; m++ {
		if g := &ch.g[k+m]; g.n < 1 || g.n > 3 || m > 0 && g.gap != '.' {
			return false
		}
	}
	_, e := ch.span(k, k+5)
	return w.byteAt(e) == ':' || w.byteAt(e) == ' ' && w.byteAt(e+1) == '>'
}

func (r *Redactor) ipv4(w *window, ch *chain, k int, out *[]match) {
	for m := 0; m < 4; m++ {
		d := ch.digitsOf(k+m, k+m+1)
		v := 0
		for _, c := range d {
			v = v*10 + int(c-'0')
		}
		if v > 255 || len(d) > 1 && d[0] == '0' {
			return
		}
	}
	if nobodysIPv4(ch.digitsOf(k, k+1), ch.digitsOf(k+1, k+2), ch.digitsOf(k+2, k+3), ch.digitsOf(k+3, k+4), r.cfg.keepPrivateIPs) {
		return
	}
	s, e := ch.span(k, k+4)
	if b := w.byteAt(s - 1); b == '/' && isASCIILetter(byte(max(w.byteAt(s-2), 0))) && !(w.byteAt(e) == ':' && isDigitByte(w.byteAt(e+1))) {
		return // "Chrome/120.0.0.0": a product's version, as user agents write it; not "sasmita/117.91.228.143:46520"
	}
	if w.byteAt(s-1) == ':' && (w.imageRefBefore(s-1) || w.packagingBefore(s-1)) {
		return // "kyc/gateway:4.7.1.4": a container image's tag; "ojdbc8:jar:21.18.0.9": a Maven artifact's version
	}
	r.decide(w, s, e, []cand{{kind: kIPAddress, base: 0.6, evidence: "IPv4 address"}}, out)
}

// nobodysIPv4 reports an IPv4 address, by its four groups' digits, that
// is no one's to hide: a network's base address, the loopback network's,
// the documentation networks', the broadcast address, a public DNS
// resolver's; and a private network's with keepPrivate (see
// Options.KeepPrivateIPs). The scan and a CSV column of addresses both
// ask it.
func nobodysIPv4(a, b, c, d []byte, keepPrivate bool) bool {
	switch {
	case len(b) == 1 && len(c) == 1 && len(d) == 1 && b[0] == '0' && c[0] == '0' && d[0] == '0':
		return true // "113.0.0.0": a version, or a network's base address, not a host
	case string(a) == "127":
		return true // the loopback network: every machine's own, nobody's
	case string(a) == "192" && string(b) == "0" && string(c) == "2" || string(a) == "198" && string(b) == "51" && string(c) == "100" ||
		string(a) == "203" && string(b) == "0" && string(c) == "113":
		return true // RFC 5737's networks for documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24): examples, nobody's
	case string(a) == "255" && string(b) == "255" && string(c) == "255" && string(d) == "255":
		return true // the broadcast address: every host's on the network, nobody's
	case len(a) == 1 && len(b) == 1 && len(c) == 1 && len(d) == 1:
		switch string([]byte{a[0], b[0], c[0], d[0]}) {
		case "8888", "8844", "1111", "1001", "9999":
			return true // a public DNS resolver's (Google, Cloudflare, Quad9): everyone's
		}
	}
	return keepPrivate && privateIPv4(a, b) // "upstream=10.0.4.17:6379": a network's own address
}

// nobodysIPCell reports a CSV cell that holds nothing but an IPv4
// address nobodysIPv4 leaves alone, or an IPv6 address nobodysIPv6 does.
func nobodysIPCell(cell []byte, keepPrivate bool) bool {
	if bytes.IndexByte(cell, ':') >= 0 {
		return nobodysIPv6(cell, keepPrivate)
	}
	var g [4][]byte
	n, s := 0, 0
	for i := 0; i <= len(cell); i++ {
		if i < len(cell) && isDigitByte(int(cell[i])) {
			continue
		}
		if n == 4 || i == s || i-s > 3 || i < len(cell) && cell[i] != '.' {
			return false
		}
		g[n], n, s = cell[s:i], n+1, i+1
	}
	return n == 4 && nobodysIPv4(g[0], g[1], g[2], g[3], keepPrivate)
}

// privateIPv4 reports an IPv4 address, by its first two groups' digits,
// that no one outside a network can reach (see Options.KeepPrivateIPs).
func privateIPv4(a, b []byte) bool {
	n := func(d []byte) int {
		v := 0
		for _, c := range d {
			v = v*10 + int(c-'0')
		}
		return v
	}
	x, y := n(a), n(b)
	return x == 10 || x == 172 && y >= 16 && y <= 31 || x == 192 && y == 168 || x == 100 && y >= 64 && y <= 127 || x == 169 && y == 254
}

// packagingBefore reports whether the ':' at c ends a Maven coordinate's
// packaging ("…:ojdbc8:jar:21.18.0.9:compile"), after which comes the
// artifact's version.
func (w *window) packagingBefore(c int) bool {
	var buf [8]byte
	word, s := wordBefore(w, c, buf[:])
	switch string(word) {
	case "jar", "war", "pom", "aar", "ear", "bundle":
		return w.byteAt(s-1) == ':'
	}
	return false
}

// imageRefBefore reports whether the ':' at c ends a container image's
// name, "registry/repo/name": a run of letters, digits, '.', '_', '-'
// and at least one '/', right before it. A host's name has no '/'
// ("host:10.0.0.1"); a URL's scheme ends in "//".
func (w *window) imageRefBefore(c int) bool {
	slash := false
	for k := c - 1; c-k <= 128; k-- {
		b := w.byteAt(k)
		switch {
		case b == '/':
			if w.byteAt(k-1) == '/' || k == c-1 {
				return false
			}
			slash = true
		case isAlnumByte(b) || b == '.' || b == '_' || b == '-':
		default:
			return slash
		}
	}
	return false
}

// spacedDate reports a day, a month and a year of this century or the
// last at group k, as "19 02 1956" writes them.
func spacedDate(ch *chain, k int) bool {
	d, m, y := ch.value(k), ch.value(k+1), ch.value(k+2)
	return d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2099
}

// value is group g's digits read as a number.
func (ch *chain) value(g int) int {
	v := 0
	for _, c := range ch.digitsOf(g, g+1) {
		v = v*10 + int(c-'0')
	}
	return v
}

// date reads d-m-y (the year in four digits or two) or y-m-d; a date is
// only a date of birth with a word that says so.
func (r *Redactor) date(w *window, ch *chain, k, end int, out *[]match) {
	d, m, y := ch.value(k), ch.value(k+1), ch.value(k+2)
	if ch.g[k].n == 4 {
		y, d = d, y
	}
	if ch.g[k].n <= 2 && ch.g[k+2].n == 2 {
		y += 1900 // "14-08-90": a two-digit year, any century
	}
	if y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31 {
		return
	}
	if y == 1900 && m == 1 && d == 1 && (ch.g[k].n == 4 || ch.g[k+2].n == 4) {
		return // "DEFAULT '1900-01-01'": a column's placeholder for a date nobody gave
	}
	s, _ := ch.span(k, k+3)
	r.decide(w, s, end, []cand{{kind: kDateOfBirth, base: 0.1, evidence: "date"}}, out)
}

// midnightEnd returns the end of a midnight time at e, right after a
// date: "T00:00:00.000Z", " 00:00:00 +0000 UTC", "T00:00+05:30", or
// "T18:30:00.000Z" (midnight in India, in UTC), as serialisers write a
// date that has no time (a birth date). Else 0.
func midnightEnd(w *window, e int) int {
	if b := w.byteAt(e); b != 'T' && b != ' ' {
		return 0
	}
	is := func(p int, s string) bool {
		for k := range len(s) {
			if w.byteAt(p+k) != int(s[k]) {
				return false
			}
		}
		return true
	}
	digit := func(p int) bool { b := w.byteAt(p); return b >= '0' && b <= '9' }
	p := e + 1
	if !is(p, "00:00") && !is(p, "18:30") { // midnight, or India's midnight in UTC
		return 0
	}
	p += 5
	if is(p, ":00") {
		p += 3
		if w.byteAt(p) == '.' && w.byteAt(p+1) == '0' {
			for p++; w.byteAt(p) == '0' && p-e < 24; p++ {
			}
		}
	}
	switch b := w.byteAt(p); {
	case b == 'Z':
		p++
	case (b == '+' || b == '-') && digit(p+1) && digit(p+2):
		p += 3 // "+05:30", "+0530"
		if w.byteAt(p) == ':' {
			p++
		}
		if !digit(p) || !digit(p+1) {
			return 0
		}
		p += 2
	case b == ' ' && (w.byteAt(p+1) == '+' || w.byteAt(p+1) == '-') && digit(p+2) && digit(p+3) && digit(p+4) && digit(p+5):
		p += 6 // Go's " +0000 UTC"
		if w.byteAt(p) == ' ' && isUpperByte(w.byteAt(p+1)) && isUpperByte(w.byteAt(p+2)) && isUpperByte(w.byteAt(p+3)) && !isAlnumByte(w.byteAt(p+4)) {
			p += 4
		}
	}
	if b := w.byteAt(p); isAlnumByte(b) || w.short {
		return 0
	}
	return p
}

// phoneWithCode reads +91, 0091 or 91 and a national number in one of its
// groupings: "+91 98765 43210", "(+91) 98765-43210", "+91-9876543210",
// "0091 98765 43210", "+919876543210". A landline with a code is consumed
// and not reported.
func (r *Redactor) phoneWithCode(w *window, ch *chain, k int, out *[]match) int {
	g := &ch.g[k]
	cc := ch.digits[g.d0 : g.d0+g.n]
	prefixed := k == 0 && (ch.plus || ch.paren)
	var national []byte
	m := 0
	switch {
	case prefixed && g.n == 12 && cc[0] == '9' && cc[1] == '1' && ch.canEnd(k+1):
		national, m = cc[2:], 1 // +919876543210
	case !prefixed && g.n == 14 && string(cc[:4]) == "0091" && ch.canEnd(k+1):
		national, m = cc[4:], 1
	case (prefixed || !ch.plus) && (g.n == 2 && cc[0] == '9' && cc[1] == '1' || g.n == 4 && string(cc) == "0091") &&
		k+1 < ch.n && containsByte(sepsAfter, ch.g[k+1].gap):
		if ch.g[k+1].gap == ')' && !prefixed {
			return 0
		}
		j := nationalGrouping(ch, k+1, false)
		if j == 0 {
			return 0
		}
		national, m = ch.digitsOf(k+1, j), j-k
	default:
		return 0
	}
	if ch.paren && prefixed && ch.g[k+min(1, ch.n-1)].gap != ')' && m > 1 {
		return 0
	}
	s, e := ch.span(k, k+m)
	if prefixed {
		s = ch.start // the '(' or '+' belongs to the number
	}
	if !validators.MobileRange(string(national)) {
		if national[0] >= '6' {
			// A landline's, or a series allotted since the ranges kavach
			// knows: a mobile only where a word calls it one.
			r.decide(w, s, e, []cand{{kind: kMobile, base: 0.1, evidence: "country code, 10 digits outside the mobile ranges"}}, out)
		}
		return m // a landline or service number with a country code: not ours
	}
	c := cand{kind: kMobile, base: 0.95, evidence: "mobile range with +91", firm: prefixed}
	if !prefixed && g.n == 2 {
		c.base, c.evidence = 0.8, "mobile range with 91"
	} else if !prefixed {
		c.evidence = "mobile range with 0091"
	}
	r.decide(w, s, e, []cand{c}, out)
	return m
}

// foreignPhone returns the groups of a phone number abroad that opens
// the chain: '+' and a country code other than India's, then groups of
// at most fifteen digits in all, as E.164 allows ("+44 7405 086655", "+1
// 604 555 0199", "+971 50 123 4567"). Its national number is no Indian
// mobile, whatever range its digits fall in. It returns 0 for none.
func foreignPhone(ch *chain, k int) int {
	if k != 0 || !ch.plus || ch.n < 2 {
		return 0
	}
	g := ch.g[0]
	if g.n > 3 || g.n == 2 && ch.digits[g.d0] == '9' && ch.digits[g.d0+1] == '1' || ch.digits[g.d0] == '0' {
		return 0 // India's own code, or no country's
	}
	digits, m := g.n, 1
	for m < ch.n && digits+ch.g[m].n <= 15 && ch.g[m].gap != '/' && ch.g[m].gap != '.' {
		digits += ch.g[m].n
		m++
	}
	if digits < 7 {
		return 0
	}
	return m
}

// nationalGrouping returns the group just past a 10-digit national number
// written from group k as 10, 5-5, 3-3-4, 4-3-3, 2-4-4 or 4-6, or 0. With
// trunk, the first group carries a leading 0 as well (098765 43210).
func nationalGrouping(ch *chain, k int, trunk bool) int {
	extra := 0
	if trunk {
		extra = 1
	}
	// Quick exit: the groups from k must add up to exactly 10 digits.
	sum := 0
	for j := k; j < ch.n && j < k+3 && sum < 10+extra; j++ {
		sum += ch.g[j].n
	}
	if sum != 10+extra {
		return 0
	}
	for _, sizes := range [...][3]int{{10}, {5, 5}, {3, 3, 4}, {4, 3, 3}, {2, 4, 4}, {4, 6}} {
		n := 0
		for _, s := range sizes {
			if s > 0 {
				n++
			}
		}
		ok := true
		var sep byte
		for m := 0; m < n && ok; m++ {
			j := k + m
			want := sizes[m]
			if m == 0 {
				want += extra
			}
			switch {
			case j >= ch.n || ch.g[j].n != want:
				ok = false
			case m == 1:
				sep = ch.g[j].gap
				ok = containsByte(sepsPhone, sep)
			case m > 1:
				ok = ch.g[j].gap == sep
			}
		}
		if ok && n == 2 && sep == '.' {
			ok = false // "7451.000000", "[7738.417731]": a decimal, not a grouped number
		}
		if ok && ch.canEnd(k+n) {
			return k + n
		}
	}
	return 0
}

// oddGrouping returns the group just past a 10-digit national number
// written from group k in three to five groups of two to five digits
// other than nationalGrouping's ("89580 376 30", "9876-543-210" aside,
// "98 76 54 32 10"), one space or hyphen between them; or 0.
func oddGrouping(ch *chain, k int, trunk bool) int {
	extra := 0
	if trunk {
		extra = 1
	}
	sum := 0
	for j := k; j < ch.n && j < k+5; j++ {
		g := &ch.g[j]
		want := g.n
		if j == k {
			want -= extra
		}
		if want < 2 || want > 5 || j > k+1 && g.gap != ch.g[k+1].gap || j == k+1 && g.gap != ' ' && g.gap != '-' {
			return 0
		}
		if sum += want; sum == 10 {
			if j-k < 2 || !ch.canEnd(j+1) {
				return 0
			}
			return j + 1
		}
		if sum > 10 {
			return 0
		}
	}
	return 0
}

// groupedAccount reads a bank account number written in groups of four
// ("0012 3456 7890 12", "5010-0123-4567"): two to four groups, of four
// digits but perhaps a shorter last one, 9 to 16 digits, one separator.
// Like an account number in one piece, it needs a context word. It
// returns how many groups it read, or 0.
func (r *Redactor) groupedAccount(w *window, ch *chain, k int, out *[]match) int {
	if k+1 >= ch.n || ch.g[k].n != 4 {
		return 0
	}
	sep := ch.g[k+1].gap
	if sep != ' ' && sep != '-' {
		return 0
	}
	m, digits := 0, 0
	for j := k; j < ch.n && m < 4; j++ { // no unit is longer than four groups (see digitChain)
		if j > k && ch.g[j].gap != sep {
			break
		}
		n := ch.g[j].n
		if n == 4 {
			m, digits = m+1, digits+4
			continue
		}
		if n < 4 && m >= 2 {
			m, digits = m+1, digits+n
		}
		break
	}
	if m < 2 || digits < 9 || digits > 18 || !ch.canEnd(k+m) {
		return 0
	}
	s, e := ch.span(k, k+m)
	r.decide(w, s, e, []cand{{kind: kBankAccount, base: 0.1, evidence: "account number in groups of four"}}, out)
	return m
}

// maskedNumberAfter reports four X's or more, what a mask leaves of a
// number, a space or two or a hyphen after e (see digitChain).
func (w *window) maskedNumberAfter(e int) bool {
	k := e
	for n := 0; n < 2 && (w.byteAt(k) == ' ' || w.byteAt(k) == '-' && n == 0); n++ {
		k++
	}
	if k == e {
		return false
	}
	for n := range 4 {
		if w.byteAt(k+n) != 'X' {
			return false
		}
	}
	return true
}

// nationalMobile reads a mobile number without a country code but grouped
// ("98765 43210", "987-654-3210") or with the trunk 0 ("098765 43210",
// "0 98765 43210").
func (r *Redactor) nationalMobile(w *window, ch *chain, k int, out *[]match) int {
	g := &ch.g[k]
	trunk := ch.digits[g.d0] == '0'
	var j int
	if trunk && g.n == 1 && k+1 < ch.n && (ch.g[k+1].gap == ' ' || ch.g[k+1].gap == '-') {
		// The trunk 0 a group of its own: "0 95994 28902", "0-98765-43210".
		j = nationalGrouping(ch, k+1, false)
	} else {
		j = nationalGrouping(ch, k, trunk)
		if j == k+1 {
			return 0 // a single group is judged by single
		}
	}
	odd := false
	if j == 0 && !(trunk && g.n == 1) {
		j, odd = oddGrouping(ch, k, trunk), true
	}
	if j == 0 {
		return 0
	}
	d := ch.digitsOf(k, j)
	if trunk {
		d = d[1:]
	}
	c := cand{kind: kMobile, base: 0.65, evidence: "mobile range, grouped"}
	if trunk {
		c.base, c.evidence = 0.7, "mobile range with trunk 0"
	}
	if !validators.MobileRange(string(d)) {
		if len(d) != 10 || d[0] < '6' || odd || trunk {
			return 0
		}
		// "Mobile: 79295 80934": outside the ranges kavach knows (a series
		// allotted since), a mobile only where a word calls it one, as
		// when its ten digits run on (see single).
		c.base, c.evidence = 0.1, "10 digits outside the mobile ranges, grouped"
	}
	// Groups on both sides, with the same separator, make a longer run
	// ("3.14159 26535 89793 23846 26433"): only a context word makes a
	// mobile of two of them.
	if sep := ch.g[k+1].gap; k > 0 && ch.g[k].gap == sep && j < ch.n && ch.g[j].gap == sep {
		c.suspect, c.evidence = true, "mobile range, but inside a longer run of groups"
	}
	if odd {
		// "89580 376 30", "98 76 54 32 10": as people type a number they
		// read out, a mobile only where a word calls it one.
		c.suspect, c.evidence = true, "mobile range, oddly grouped"
	}
	if j == k+2 && string(ch.digitsOf(k, k+1)) == string(ch.digitsOf(k+1, k+2)) {
		c.suspect, c.evidence = true, "mobile range, but its two halves alike (a helpline's)" // "94987 94987"
	}
	s, e := ch.span(k, j)
	r.decide(w, s, e, []cand{c}, out)
	return j - k
}

// cardNetworkBefore reports a card network's name one space before p:
// "Visa 4251 …", "Mastercard: 5238 …".
func cardNetworkBefore(w *window, p int) bool {
	k := p - 1
	if w.byteAt(k) == ' ' && w.byteAt(k-1) == ':' {
		k--
	}
	if w.byteAt(k) != ' ' && w.byteAt(k) != ':' {
		return false
	}
	var buf [12]byte
	word, _ := wordBefore(w, k, buf[:])
	switch string(word) {
	case "visa", "mastercard", "rupay", "amex", "maestro", "diners", "discover", "jcb":
		return true
	}
	return false
}

// cardKeyBefore reports a card's key right before p, a quote, a colon
// or an '=' and spaces between: card: "4951 …", card_number=4951….
func cardKeyBefore(w *window, p int) bool {
	k := p
	for n := 0; n < 4 && (w.byteAt(k-1) == ' ' || w.byteAt(k-1) == '"' || w.byteAt(k-1) == '\'' || w.byteAt(k-1) == ':' || w.byteAt(k-1) == '='); n++ {
		k--
	}
	if k == p {
		return false
	}
	var buf [16]byte
	word, _ := wordBefore(w, k, buf[:])
	switch string(word) {
	case "card", "cardno", "cardnumber", "cc", "ccnum", "ccnumber":
		return true
	}
	return false
}

// cardFieldAfter reports a card's expiry or CVV right after the number
// that ends at e: "5161 5602 7443 3347  exp 12/30  cvv 123".
func cardFieldAfter(w *window, e int) bool {
	p := e
	for n := 0; n < 3 && (w.byteAt(p) == ' ' || w.byteAt(p) == ','); n++ {
		p++
	}
	var buf [8]byte
	q := p
	for q-p < len(buf) && isASCIILetter(byte(max(w.byteAt(q), 0))) {
		q++
	}
	if q == p || q-p >= len(buf) || q > len(w.buf) {
		return false
	}
	switch string(lowerASCII(buf[:], w.buf[p:q])) {
	case "exp", "expiry", "expires", "cvv", "cvc", "valid":
		return true
	}
	return false
}

// sixteen judges 16 digits: a card (Luhn and issuer) or a VID (Verhoeff).
func (r *Redactor) sixteen(w *window, ch *chain, k, m int, out *[]match) {
	d := string(ch.digitsOf(k, k+m))
	var cs [3]cand
	n := 0
	if validators.Card(d) == nil {
		cs[n] = cand{kind: kCard, base: 0.9, evidence: "Luhn ok, known issuer"}
		if m == 4 && ch.g[k].n == 4 && ch.g[k+1].n == 4 && ch.g[k+2].n == 4 {
			// "2577 9901 7995 1273": four groups of four, as a card is
			// printed, are no transaction's reference even after "txn on".
			cs[n].base, cs[n].evidence = 1.0, "Luhn ok, known issuer, written in fours"
		}
		n++
	}
	if validators.VID(d) == nil {
		cs[n] = cand{kind: kVID, base: 0.8, evidence: "Verhoeff ok"}
		if _, e := ch.span(k, k+m); n == 0 && (cardNetworkBefore(w, ch.g[k].start) || cardKeyBefore(w, ch.g[k].start) || cardFieldAfter(w, e)) {
			// "Visa 4251 8875 8439 5930", card: "4951 3773 6575 1773": a
			// card's number that fails Luhn (a test card, a typo) is no
			// VID for passing Verhoeff by chance.
			cs[n].suspect, cs[n].evidence = true, "Verhoeff ok, but a card's number"
		}
		n++
	}
	if m == 1 {
		cs[n] = w.accountCand(ch.g[k].start)
		n++
	}
	if n > 0 {
		s, e := ch.span(k, k+m)
		r.decide(w, s, e, cs[:n], out)
	}
}

func (r *Redactor) cardOnly(w *window, ch *chain, k, m int, out *[]match) {
	if validators.Card(string(ch.digitsOf(k, k+m))) == nil {
		s, e := ch.span(k, k+m)
		r.decide(w, s, e, []cand{{kind: kCard, base: 0.9, evidence: "Luhn ok, known issuer"}}, out)
	}
}

// twelve judges 12 digits: an Aadhaar, or 91 and a mobile number.
func (r *Redactor) twelve(w *window, ch *chain, k, m int, out *[]match) {
	d := ch.digitsOf(k, k+m)
	var cs [3]cand
	n := 0
	if validators.Aadhaar(string(d)) == nil {
		cs[n] = cand{kind: kAadhaar, base: 0.85, evidence: "Verhoeff ok", suspect: m == 1 && looksLikeTimestamp(d)}
		if cs[n].suspect {
			cs[n].evidence = "Verhoeff ok, but a timestamp's shape"
		}
		if s, e := ch.span(k, k+m); m == 1 && w.arnAccountAt(s, e) {
			cs[n].suspect, cs[n].evidence = true, "Verhoeff ok, but a cloud account in an ARN"
		}
		n++
	}
	if m == 1 && d[0] == '9' && d[1] == '1' && validators.MobileRange(string(d[2:])) {
		cs[n] = cand{kind: kMobile, base: 0.6, evidence: "mobile range with 91"}
		n++
	}
	if m == 1 {
		cs[n] = w.accountCand(ch.g[k].start)
		cs[n].base = max(cs[n].base, 0.15)
		n++
	}
	if n > 0 {
		s, e := ch.span(k, k+m)
		r.decide(w, s, e, cs[:n], out)
	}
}

// wrappedAadhaar reads an Aadhaar whose last group a line break put on
// the next line, as text converted from a PDF or a narrow column has it:
// the chain's two groups of four, a line break, spaces, and four digits
// that end their line or stand alone ("3544 2633\n8134, hereinafter").
// Its checksum must hold and its context decide, as a wrap may join two
// unrelated numbers. It returns the end of the third group, or the
// chain's end.
func (r *Redactor) wrappedAadhaar(w *window, ch *chain, out *[]match) int {
	end := ch.g[1].end
	p := end
	if w.byteAt(p) == '\r' {
		p++
	}
	if w.byteAt(p) != '\n' {
		return end
	}
	p++
	for n := 0; n < maxLabelPad && w.byteAt(p) == ' '; n++ {
		p++
	}
	q := p
	for q-p < 5 && isDigitByte(w.byteAt(q)) {
		q++
	}
	if b := w.byteAt(q); q-p != 4 || isAlnumByte(b) || b >= 0x80 || b == ' ' && (isDigitByte(w.byteAt(q+1)) || w.byteAt(q+1) == 'X') || b == '-' || b == '/' || b == '.' && isDigitByte(w.byteAt(q+1)) {
		return end // runs on: more digits, or a mask's X of them ("1455 200000" masked)
	}
	var d [12]byte
	copy(d[:], ch.digitsOf(0, 2))
	for k := range 4 {
		d[8+k] = byte(w.byteAt(p + k))
	}
	if validators.Aadhaar(string(d[:])) != nil {
		return end
	}
	r.decide(w, ch.g[0].start, q, []cand{{kind: kAadhaar, base: 0.3, evidence: "Verhoeff ok, its last group on the next line"}}, out)
	return q
}

// arnAccountAt reports whether the number [s, e) is the account field of
// an Amazon Resource Name: "arn:aws:iam::669978099324:role/ci",
// "arn:aws:kms:ap-south-1:935077375178:key/…".
func (w *window) arnAccountAt(s, e int) bool {
	if w.byteAt(s-1) != ':' || w.byteAt(e) != ':' {
		return false
	}
	// Back over the service and the region to "arn:".
	for k, colons := s-2, 1; s-k < 64 && colons <= 4; k-- {
		switch b := w.byteAt(k); {
		case b == ':':
			colons++
			if colons == 4 {
				return w.byteAt(k-1)|0x20 == 'n' && w.byteAt(k-2)|0x20 == 'r' && w.byteAt(k-3)|0x20 == 'a' &&
					!isAlnumByte(w.byteAt(k-4))
			}
		case b < 0 || b == ' ' || b == '"' || b == '\'' || b == '\n':
			return false
		}
	}
	return false
}

// looksLikeTimestamp reports a 12-digit yyyyMMddHHmm with a plausible date.
func looksLikeTimestamp(d []byte) bool {
	v := func(a, b int) int {
		n := 0
		for _, c := range d[a:b] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, mo, day, h, mi := v(0, 4), v(4, 6), v(6, 8), v(8, 10), v(10, 12)
	return y >= 1970 && y <= 2099 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31 && h < 24 && mi < 60
}

// single judges one group of digits by its length.
func (r *Redactor) single(w *window, ch *chain, k int, out *[]match) {
	d := ch.digitsOf(k, k+1)
	s, e := ch.span(k, k+1)
	switch n := ch.g[k].n; {
	case n == 12:
		r.twelve(w, ch, k, 1, out)
	case n == 16:
		r.sixteen(w, ch, k, 1, out)
	case n == 10 && validators.MobileRange(string(d)):
		// A metric's sample ("requests_count{route=\"/v1\"} 7442787149") is
		// suspect, as a timestamp is.
		c := cand{kind: kMobile, base: 0.55, evidence: "mobile range"}
		if w.byteAt(s-1) == ' ' && w.byteAt(s-2) == '}' {
			c.suspect, c.evidence = true, "mobile range, but a metric's sample"
		}
		r.decide(w, s, e, []cand{c, w.accountCand(s)}, out)
	case n == 11 && d[0] == '0' && validators.MobileRange(string(d[1:])):
		r.decide(w, s, e, []cand{{kind: kMobile, base: 0.7, evidence: "mobile range with trunk 0"}, w.accountCand(s)}, out)
	case n >= 13 && n <= 19 && validators.Card(string(d)) == nil:
		c := cand{kind: kCard, base: 0.85, evidence: "Luhn ok, known issuer"}
		if n > 16 {
			// Few cards have 17 to 19 digits, and one number in ten of
			// any length passes Luhn: "int64(6715870808026712034)" is a
			// test's seed. A word must call it a card.
			c.base, c.evidence = 0.45, "Luhn ok, known issuer, more than 16 digits"
		}
		r.decide(w, s, e, []cand{c, w.accountCand(s)}, out)
	case n == 14:
		c := cand{kind: kABHA, base: 0.3, evidence: "ABHA length"}
		if d[0] == '9' && d[1] == '1' {
			c.base, c.evidence = 0.5, "ABHA length, 91 as ABHA numbers are issued" // "linking care contexts for 91870698795144"
		}
		r.decide(w, s, e, []cand{c, w.accountCand(s)}, out)
	case n == 6 && validators.PINCode(string(d)) == nil && !w.sixDigitCountryBefore(s) && !w.tollFreePrefixBefore(s) && !w.stdCodeBefore(s) && !w.codeLettersBefore(s) &&
		!w.maskedValueBefore(s): // not "Singapore 129907", nor "1800 618 334", nor "XXXXX X0000 200000", a chain's last group a first pass read with the masked number
		c := cand{kind: kPINCode, base: 0.2, evidence: "PIN code shape"}
		if w.placeBefore(s) && (w.clauseEnds(e) || w.placeListBefore(s)) {
			c.base, c.evidence = 0.6, "PIN code after a place's name" // "Kozhikode - 673001", "കോഴിക്കോട് - 673011"
		}
		r.decide(w, s, e, []cand{c}, out)
	case n == 8:
		r.compactDate(w, d, s, e, out)
	case n == 11 && d[0] == '1' && d[1] == '8' && (d[2] == '0' || d[2] == '6') && d[3] == '0':
		// 1800 and 1860 numbers are a business's toll-free lines, no account.
	case n == 10 && d[0] >= '6':
		// Outside the mobile ranges kavach knows (a landline's, or a series
		// allotted since): a mobile only where a word calls it one.
		r.decide(w, s, e, []cand{{kind: kMobile, base: 0.1, evidence: "10 digits outside the mobile ranges"}, w.accountCand(s)}, out)
	case n >= 9 && n <= 18:
		r.decide(w, s, e, []cand{w.accountCand(s)}, out)
	}
}

// accountCand is the bank account that a run of digits at s may be by
// its length alone; one that money is sent to is likelier one.
func (w *window) accountCand(s int) cand {
	if w.creditedToBefore(s) {
		return cand{kind: kBankAccount, base: 0.6, evidence: "account number length, money sent to it"} // "will be credited to 773877698779475"
	}
	return cand{kind: kBankAccount, base: 0.1, evidence: "account number length"}
}

// creditedToBefore reports a verb of money sent, then "to" and one space,
// right before s: "credited to", "refund to", "transferred to". Only an
// account (or a UPI address) takes money so; an order or a ticket does not.
func (w *window) creditedToBefore(s int) bool {
	if w.byteAt(s-1) != ' ' || w.byteAt(s-2) != 'o' || w.byteAt(s-3) != 't' || w.byteAt(s-4) != ' ' {
		return false
	}
	var buf [12]byte
	word, start := wordBefore(w, s-4, buf[:]) // (it may lie in a stream's history)
	if isAlnumByte(w.byteAt(start - 1)) {
		return false
	}
	switch string(word) {
	case "credited", "credit", "refund", "refunded", "transferred", "transfer", "deposited", "deposit", "remitted", "remit":
		return true
	}
	return false
}

// tollFreePrefixBefore reports "1800" or "1860" and one space or hyphen
// right before s: the rest of a toll-free number ("1800 618 334"), no
// PIN code.
func (w *window) tollFreePrefixBefore(s int) bool {
	if b := w.byteAt(s - 1); b != ' ' && b != '-' || isAlnumByte(w.byteAt(s-6)) {
		return false
	}
	return w.byteAt(s-5) == '1' && w.byteAt(s-4) == '8' && (w.byteAt(s-3) == '0' || w.byteAt(s-3) == '6') && w.byteAt(s-2) == '0'
}

// stdCodeBefore reports a trunk code of five digits, 0 and the area's
// four, one space or hyphen before s: six digits after it are a
// landline's ("06272 601581", "0612-234567"), not a PIN code.
func (w *window) stdCodeBefore(s int) bool {
	if b := w.byteAt(s - 1); b != ' ' && b != '-' || isAlnumByte(w.byteAt(s-7)) {
		return false
	}
	if w.byteAt(s-6) != '0' {
		return false
	}
	for p := s - 5; p < s-1; p++ {
		if !isDigitByte(w.byteAt(p)) {
			return false
		}
	}
	return true
}

// codeLettersBefore reports two or three capitals and a hyphen right
// before s, the prefix of a document's number ("PO-486267", "INV-410203",
// "SO-560034"): the digits after it are the number's, not a PIN code.
// (A place glued so is a word, "PUNE-411001"; a post office's
// abbreviation has its dots, "P.O.-721101".)
func (w *window) codeLettersBefore(s int) bool {
	if w.byteAt(s-1) != '-' {
		return false
	}
	p := s - 2
	for p >= s-4 && isUpperByte(w.byteAt(p)) {
		p--
	}
	n := s - 2 - p
	return n >= 2 && n <= 3 && !isAlnumByte(w.byteAt(p)) && w.byteAt(p) != '.' && !(n == 3 && w.byteAt(p+1) == 'P' && w.byteAt(p+2) == 'I' && w.byteAt(p+3) == 'N') // (but "PIN-411001": its label)
}

// compactDate reads ddmmyyyy or yyyymmdd next to a birth-date word.
func (r *Redactor) compactDate(w *window, d []byte, s, e int, out *[]match) {
	v := func(a, b int) int {
		n := 0
		for _, c := range d[a:b] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	ok := func(day, mo, y int) bool {
		return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31
	}
	if ok(v(0, 2), v(2, 4), v(4, 8)) || ok(v(6, 8), v(4, 6), v(0, 4)) {
		r.decide(w, s, e, []cand{{kind: kDateOfBirth, base: 0.1, evidence: "date"}}, out)
	}
}

// months are the month names and abbreviations a date may spell out.
var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
	// In Devanagari, as Hindi and Marathi write them.
	"जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "एप्रिल": 4, "मई": 5, "मे": 5,
	"जून": 6, "जुलाई": 7, "जुलै": 7, "अगस्त": 8, "ऑगस्ट": 8, "सितंबर": 9, "सितम्बर": 9, "सप्टेंबर": 9,
	"अक्टूबर": 10, "अक्तूबर": 10, "ऑक्टोबर": 10, "नवंबर": 11, "नवम्बर": 11, "नोव्हेंबर": 11,
	"दिसंबर": 12, "दिसम्बर": 12, "डिसेंबर": 12,
	// Tamil.
	"ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7, "ஆகஸ்ட்": 8,
	"செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
	// Bengali.
	"জানুয়ারি": 1, "জানুয়ারী": 1, "ফেব্রুয়ারি": 2, "ফেব্রুয়ারী": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6,
	"জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
	// Telugu.
	"జనవరి": 1, "ఫిబ్రవరి": 2, "మార్చి": 3, "ఏప్రిల్": 4, "మే": 5, "జూన్": 6, "జూలై": 7, "ఆగస్టు": 8,
	"సెప్టెంబర్": 9, "అక్టోబర్": 10, "నవంబర్": 11, "డిసెంబర్": 12,
	// Gujarati.
	"જાન્યુઆરી": 1, "ફેબ્રુઆરી": 2, "માર્ચ": 3, "એપ્રિલ": 4, "મે": 5, "જૂન": 6, "જુલાઈ": 7, "ઓગસ્ટ": 8,
	"સપ્ટેમ્બર": 9, "ઓક્ટોબર": 10, "નવેમ્બર": 11, "ડિસેમ્બર": 12,
	// Kannada.
	"ಜನವರಿ": 1, "ಫೆಬ್ರವರಿ": 2, "ಮಾರ್ಚ್": 3, "ಏಪ್ರಿಲ್": 4, "ಮೇ": 5, "ಜೂನ್": 6, "ಜುಲೈ": 7, "ಆಗಸ್ಟ್": 8,
	"ಸೆಪ್ಟೆಂಬರ್": 9, "ಅಕ್ಟೋಬರ್": 10, "ನವೆಂಬರ್": 11, "ಡಿಸೆಂಬರ್": 12,
	// Malayalam.
	"ജനുവരി": 1, "ഫെബ്രുവരി": 2, "മാർച്ച്": 3, "ഏപ്രിൽ": 4, "മേയ്": 5, "മെയ്": 5, "ജൂൺ": 6, "ജൂലൈ": 7,
	"ഓഗസ്റ്റ്": 8, "ആഗസ്റ്റ്": 8, "സെപ്റ്റംബർ": 9, "ഒക്ടോബർ": 10, "നവംബർ": 11, "ഡിസംബർ": 12,
	// Punjabi (Gurmukhi).
	"ਜਨਵਰੀ": 1, "ਫ਼ਰਵਰੀ": 2, "ਫਰਵਰੀ": 2, "ਮਾਰਚ": 3, "ਅਪ੍ਰੈਲ": 4, "ਮਈ": 5, "ਜੂਨ": 6, "ਜੁਲਾਈ": 7, "ਅਗਸਤ": 8,
	"ਸਤੰਬਰ": 9, "ਅਕਤੂਬਰ": 10, "ਨਵੰਬਰ": 11, "ਦਸੰਬਰ": 12,
	// Odia.
	"ଜାନୁଆରୀ": 1, "ଫେବୃଆରୀ": 2, "ମାର୍ଚ୍ଚ": 3, "ଅପ୍ରେଲ": 4, "ମେ": 5, "ଜୁନ": 6, "ଜୁଲାଇ": 7, "ଅଗଷ୍ଟ": 8,
	"ସେପ୍ଟେମ୍ବର": 9, "ଅକ୍ଟୋବର": 10, "ନଭେମ୍ବର": 11, "ଡିସେମ୍ବର": 12,
}

// isMonthWord reports whether the ASCII word s names a month, in full or
// abbreviated ("Aug", "sept", "DECEMBER").
func isMonthWord(s []byte) bool {
	if len(s) < 3 || len(s) > 9 {
		return false
	}
	switch uint32(s[0]|0x20)<<16 | uint32(s[1]|0x20)<<8 | uint32(s[2]|0x20) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		if len(s) == 3 {
			return true
		}
	default:
		return false // most words: no month opens so, and no map's look
	}
	var name [9]byte
	for k, c := range s {
		name[k] = c | 0x20
	}
	_, ok := months[string(name[:len(s)])]
	return ok
}

func isMonthStart(b byte) bool {
	switch b | 0x20 {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
		return true
	}
	return false
}

// wordDate reads "14 Aug 1990", "14-Aug-1990" or "14/AUG/1990" from group
// k (the day), and returns its end, or the group's end when it is no such
// date.
func (r *Redactor) wordDate(w *window, ch *chain, k int, out *[]match) int {
	g := &ch.g[k]
	sep := w.byteAt(g.end)
	if sep != ' ' && sep != '-' && sep != '/' {
		return g.end
	}
	var name [48]byte // "செப்டம்பர்" is 30 bytes
	p, n := g.end+1, 0
	for b := w.byteAt(p); b >= 0x80 || isASCIILetter(byte(max(b, 0))) && b > 0; b = w.byteAt(p) {
		if n == len(name) {
			return g.end
		}
		name[n] = byte(b)
		if b < 0x80 {
			name[n] |= 0x20
		}
		n++
		p++
	}
	m, ok := months[string(name[:n])]
	if !ok {
		return g.end
	}
	if w.byteAt(p) == '.' && n == 3 {
		p++ // "14 Aug. 1990"
	}
	if w.byteAt(p) != sep && !(sep == ' ' && w.byteAt(p) == ',') {
		return g.end
	}
	p++
	if w.byteAt(p) == ' ' {
		p++
	}
	y, yd := 0, 0
	for yd < 5 { // the year, in any script's digits: "1996", "১৯৮৫"
		c, size := w.char(p)
		if size == 0 || !chars.IsDigit(c) {
			break
		}
		y = y*10 + int(c-'0')
		yd++
		p += size
	}
	if c, _ := w.char(p); yd != 4 || chars.IsAlnum(c) || w.byteAt(p) == ':' {
		return g.end // not a year, or a log timestamp ("15-Nov-2026:00:41")
	}
	d := 0
	for _, c := range ch.digitsOf(k, k+1) {
		d = d*10 + int(c-'0')
	}
	if d < 1 || d > 31 || m < 1 || y < 1900 || y > 2099 {
		return g.end
	}
	r.decide(w, g.start, p, []cand{{kind: kDateOfBirth, base: 0.1, evidence: "date"}}, out)
	return p
}

// gluedDate reads "06AUG93" or "06AUG1993" at i: the day, the month's
// three capitals and the year glued together, as airlines' manifests,
// APIS and travel documents' machine fields write a date. It returns the
// date's end, or i.
func (r *Redactor) gluedDate(w *window, i int, out *[]match) int {
	if !isDigitByte(w.byteAt(i)) || !isDigitByte(w.byteAt(i+1)) {
		return i
	}
	d := (w.byteAt(i)-'0')*10 + w.byteAt(i+1) - '0'
	var name [3]byte
	for n := range name {
		b := w.byteAt(i + 2 + n)
		if !isUpperByte(b) {
			return i
		}
		name[n] = byte(b) | 0x20
	}
	m, ok := months[string(name[:])]
	p, yd := i+5, 0
	for ; yd < 5 && isDigitByte(w.byteAt(p)); yd++ {
		p++
	}
	if b := w.byteAt(p); !ok || m < 1 || d < 1 || d > 31 || yd != 2 && yd != 4 || isAlnumByte(b) || b >= 0x80 || b == ':' {
		return i // "15NOV2026:00:41" is a log's time
	}
	if yd == 4 && (w.byteAt(i+5) != '1' || w.byteAt(i+6) != '9') && (w.byteAt(i+5) != '2' || w.byteAt(i+6) != '0') {
		return i
	}
	r.decide(w, i, p, []cand{{kind: kDateOfBirth, base: 0.1, evidence: "date"}}, out)
	return p
}

// ifscBeside reports whether an IFSC stands next to the number at
// [start, end), a few separators away, and whether after it: an account
// is written with its branch ("…-342264559714019-BKID0031546",
// "'3210879549', 'KKBK0196775'", "604789492605203 / UBIN0006303").
//
// A key's form, "ifsc=" or "\"ifsc\":", counts only where no word against
// the number stands before it (negated false): "\"micr\":\"650762003\",
// \"ifsc\":…" is a cheque's MICR code.
func ifscBeside(w *window, start, end int, negated bool) (after, ok bool) {
	k := end
	// A line break after the number: pretty-printed JSON puts the "ifsc"
	// key on the next line, a form its label. (Before the number it would
	// be the end of the record above.)
	for n, marks := 0, 0; n < maxIFSCGap && marks < maxIFSCMarks && (isIFSCGap(w.byteAt(k)) || w.byteAt(k) == '\n' || w.byteAt(k) == '\r'); n++ {
		if b := w.byteAt(k); b != ' ' && b != '\t' {
			marks++
		}
		k++
	}
	if k > end && ifscAt(w, k) {
		return true, true
	}
	if k > end && w.byteAt(k) == '@' {
		// "@p1='3774342872',@p2='CBIN0029788'": SQL Server's
		// sp_executesql logs each parameter with its name
		q := k + 1
		for q-k <= 8 && isAlnumByte(w.byteAt(q)) {
			q++
		}
		if w.byteAt(q) == '=' && q > k+1 {
			if q++; w.byteAt(q) == '\'' || w.byteAt(q) == '"' {
				q++
			}
			if ifscAt(w, q) {
				return true, true
			}
		}
	}
	if k > end && w.byteAt(k)|0x20 == 'i' && w.byteAt(k+1)|0x20 == 'f' && w.byteAt(k+2)|0x20 == 's' && w.byteAt(k+3)|0x20 == 'c' {
		// "Payment to 309686462827542489 IFSC ICIC0041816", "new=45178122845
		// ifsc=SBIN0167494": the branch's code after its word or key
		q := k + 4
		for n := 0; n < 4 && (w.byteAt(q) == ' ' || w.byteAt(q) == ':' || w.byteAt(q) == '-' || !negated && (w.byteAt(q) == '=' || w.byteAt(q) == '"')); n++ {
			q++
		}
		if q > k+4 && ifscAt(w, q) {
			return true, true
		}
	}
	k = start
	for n, marks := 0, 0; n < maxIFSCGap && marks < maxIFSCMarks && isIFSCGap(w.byteAt(k-1)); n++ {
		if b := w.byteAt(k - 1); b != ' ' && b != '\t' {
			marks++
		}
		k--
	}
	return false, k < start && !isAlnumByte(w.byteAt(k-ifscLen-1)) && ifscAt(w, k-ifscLen)
}

// ifscInRecord reports an IFSC as a whole field later in the record
// (the line) whose whole field the number at [start, end) is, fields
// split by ',' or '|', within maxRecordReach bytes: as banks' bulk
// payment files write an account and its branch. In a stream whose buffer
// ends first, it sets w.short.
func ifscInRecord(w *window, start, end int) bool {
	sep := w.byteAt(end)
	if sep != ',' && sep != '|' || w.byteAt(start-1) != sep {
		return false
	}
	if _, named := w.column(start, end); named {
		return false // a CSV column named for something else ("aadhaar_no")
	}
	for k := end; k-end < maxRecordReach; k++ {
		switch b := w.byteAt(k); {
		case b < 0:
			if k >= len(w.buf) && !w.atEOF {
				w.short = true
			}
			return false
		case b == '\n':
			return false
		case b == sep && isUpperByte(w.byteAt(k+1)):
			if k+1+ifscLen >= len(w.buf) && !w.atEOF {
				w.short = true
				return false
			}
			if e := w.byteAt(k + 1 + ifscLen); (e == sep || e == '\n' || e == '\r' || e < 0) && ifscAt(w, k+1) &&
				!(w.byteAt(k+ifscLen) == 'X' && w.byteAt(k+ifscLen-1) == 'X' && w.byteAt(k+ifscLen-2) == 'X') {
				return true // (not "SBIN0XXXXXX", a masked one)
			}
		}
	}
	return false
}

// maxRecordReach bounds how far along its record an account's IFSC may
// stand (see ifscInRecord).
const maxRecordReach = 200

// Between an account number and its IFSC stand at most maxIFSCMarks
// separators other than blanks, and at most maxIFSCGap bytes in all: a
// fixed-width record pads its columns with spaces.
const (
	maxIFSCMarks = 4
	maxIFSCGap   = 24
)

const ifscLen = 11

// isIFSCGap reports the separators that may stand between an account
// number and its IFSC: spaces, commas, quotes, slashes, hyphens, pipes.
// (After the number a line break may stand too: see ifscBeside.)
func isIFSCGap(b int) bool {
	switch b {
	case ' ', '\t', ',', ';', '\'', '"', '/', '-', '|', '(':
		return true
	}
	return false
}

// ifscAt reports whether a valid IFSC (validators.IFSC) stands at p, alone.
func ifscAt(w *window, p int) bool {
	var code [ifscLen]byte
	for k := range code {
		b := w.byteAt(p + k)
		if k < 4 && !isUpperByte(b) || k == 4 && b != '0' || k > 4 && !isUpperByte(b) && !isDigitByte(b) {
			return false
		}
		code[k] = byte(b)
	}
	return !isAlnumByte(w.byteAt(p+ifscLen)) && validators.IFSC(string(code[:])) == nil
}

// placeBefore reports a place's name right before a PIN code at s, as an
// address's last line writes it: a word in title case of four letters or
// more, or in an Indian script, then " - ", " -" and a line break, ", " or
// a space. With a space
// alone, the place opens its line or follows a comma ("…, Kozhikode
// 673001"): "Helpline 155261." and "District-wise: Anantapur 120716" are
// counts and numbers, not addresses.
func (w *window) placeBefore(s int) bool {
	k := s - 1
	if w.placeLineAbove(s) {
		return true
	}
	spaced := false
	switch {
	case w.byteAt(k) == ' ' && w.byteAt(k-1) == '-' && w.byteAt(k-2) == ' ':
		k -= 3
	case w.byteAt(k) == '\n' && w.byteAt(k-1) == '-' && w.byteAt(k-2) == ' ':
		k -= 3 // "Alambagh, Lucknow -\n226773": an e-Aadhaar letter's last line wraps before its PIN code
	case w.byteAt(k) == ' ' && w.byteAt(k-1) == ',':
		k -= 2
	case w.byteAt(k) == '-' && w.placeWordBefore(k):
		k-- // "Imphal West, Manipur-795010": glued by a hyphen
	case w.byteAt(k) == ' ':
		k--
		spaced = true
	default:
		return false
	}
	if b := w.byteAt(k); b >= 0x80 {
		// An Indian script's word: its last byte is a letter's or a sign's;
		// not a word for "number" ("ବୁଲେଟିନ ନଂ 820303", a bulletin's).
		return w.byteAt(k-2) >= 0xE0 && !w.scriptNumberWordEndsAt(k+1) && !w.scriptNegativeWordEndsAt(k+1)
	}
	n := 0
	for ; n < 32 && w.byteAt(k-n) >= 'a' && w.byteAt(k-n) <= 'z'; n++ {
	}
	if n == 0 {
		// A word in capitals: "RAJASTHAN 302064", as statements and
		// labels print an address.
		for ; n < 32 && isUpperByte(w.byteAt(k-n)); n++ {
		}
		n--
	}
	first := w.byteAt(k - n)
	before := w.byteAt(k - n - 1)
	if n >= 3 && n <= 24 && !isAlnumByte(first) {
		// A word in lower case, the whole of it: a place the gazetteer
		// knows ("jharkhand 834027", "…, ranchi - 834001"), as careless
		// typing writes one; any other lower-case word says nothing. (The
		// word may lie in a stream's history.)
		var lb [24]byte
		if m := w.copyOut(lb[:], k-n+1, k+1); m != n || !placeNames[string(lb[:m])] {
			return false
		}
		first, before = 'A', first
	}
	if spaced {
		m := k - n - 1
		for c := 0; c < 8 && w.byteAt(m) == ' '; c++ {
			m--
		}
		if isASCIILetter(byte(max(w.byteAt(m), 0))) && m == k-n-2 {
			// A place of two words: "Madhya Pradesh 452034", "NAVI MUMBAI
			// 400703"; the first capitalised, as the second is.
			l := m
			for c := 0; c < 16 && isASCIILetter(byte(max(w.byteAt(l), 0))); c++ {
				l--
			}
			if !isUpperByte(w.byteAt(l + 1)) {
				return false
			}
			for m = l; m > l-8 && w.byteAt(m) == ' '; m-- {
			}
		}
		if b := w.byteAt(m); !(b < 0 || b == '\n' || b == ',' && m < k-n-1) {
			return false
		}
	}
	return n >= 3 && isUpperByte(first) && !isAlnumByte(before)
}

// placeLineAbove reports a PIN code at s alone at the start of its line,
// indented or not, under a line that ends with an address's last parts:
// a comma, then one or two capitalised words ("…, SURAT, GUJARAT\n
// 395007", "Chandmari, Guwahati\n781051", "…, Uttar Pradesh\n226001"),
// as forms and letters set an address's block. A label's line ("Reference
// Number\n456789") has no comma before its last word.
func (w *window) placeLineAbove(s int) bool {
	p := s - 1
	for c := 0; c < 64 && (w.byteAt(p) == ' ' || w.byteAt(p) == '\t'); c++ {
		p--
	}
	if w.byteAt(p) != '\n' {
		return false
	}
	q := p - 1
	if w.byteAt(q) == '\r' {
		q--
	}
	if w.byteAt(q) == ',' {
		q--
	}
	for words := 0; words < 2; words++ {
		n := 0
		for n < 24 && isASCIILetter(byte(max(w.byteAt(q-n), 0))) {
			n++
		}
		if n < 3 || !isUpperByte(w.byteAt(q-n+1)) {
			return false
		}
		q -= n
		if w.byteAt(q) == ' ' && w.byteAt(q-1) == ',' {
			return true
		}
		if w.byteAt(q) != ' ' {
			return false
		}
		q--
	}
	return false
}

// scriptNumberWords are the words for "number" and "No." in the Indian
// scripts, which label a number of any kind.
var scriptNumberWords = map[string]bool{
	"संख्या": true, "नं": true, "नं.": true, "नंबर": true, "क्रमांक": true, "सं": true, "सं.": true,
	"নং": true, "নম্বর": true, "সংখ্যা": true, "ନଂ": true, "ନମ୍ବର": true, "ସଂଖ୍ୟା": true,
	"సంఖ్య": true, "నం": true, "నంబర్": true, "எண்": true, "ಸಂಖ್ಯೆ": true, "ನಂ": true, "ನಂಬರ್": true,
	"നമ്പർ": true, "നം": true, "સંખ્યા": true, "નંબર": true, "ક્રમાંક": true, "નં": true, "ਨੰਬਰ": true, "ਨੰ": true,
}

// scriptNumberWordEndsAt reports whether the word of an Indian script that
// ends at e (exclusive) is one of scriptNumberWords.
func (w *window) scriptNumberWordEndsAt(e int) bool {
	var buf [24]byte
	return scriptNumberWords[string(w.scriptWordEndingAt(e, buf[:]))]
}

// scriptNegativeWordEndsAt reports whether the word of a script that
// ends at e speaks against values: "বিল্ড 470204" is a build's number, no
// PIN code after a place.
func (w *window) scriptNegativeWordEndsAt(e int) bool {
	var buf [48]byte
	word := w.scriptWordEndingAt(e, buf[:])
	return len(word) > 0 && dictionary[string(word)].neg
}

// scriptWordEndingAt reads into buf the bytes of the non-ASCII word that
// ends at e, a dot after it allowed, or nothing if it is longer than buf.
func (w *window) scriptWordEndingAt(e int, buf []byte) []byte {
	k := e
	if w.byteAt(k-1) == '.' {
		k--
	}
	for e-k < len(buf) && w.byteAt(k-1) >= 0x80 {
		k--
	}
	if e-k >= len(buf) || e-k == 0 {
		return nil
	}
	for i := k; i < e; i++ {
		buf[i-k] = byte(w.byteAt(i))
	}
	return buf[:e-k]
}

// labelWordBefore reports whether the letters that end at k (exclusive)
// are a word of the context dictionary that names a kind, or "No":
// "Mob-9876543210", "PIN-422276", "Vehicle No-MH12AB1234", as letterheads
// and forms write a label, are no code.
func (w *window) labelWordBefore(k int) bool {
	var buf [16]byte
	n := len(buf)
	for p := k - 1; ; p-- {
		b := w.byteAt(p)
		if !isASCIILetter(byte(max(b, 0))) {
			if b >= 0x80 || isAlnumByte(b) {
				return false
			}
			break
		}
		if n == 0 {
			return false
		}
		n--
		buf[n] = byte(b) | 0x20
	}
	switch string(buf[n:]) {
	case "no", "num", "number", "nr":
		return true // "Vehicle No-MH12AB1234"
	case "c":
		return w.byteAt(k-2) == '/' && w.byteAt(k-3)|0x20 == 'a' && !isAlnumByte(w.byteAt(k-4)) // "a/c-4405 8792 6895 871"
	}
	e, ok := dictionary[string(buf[n:])]
	return ok && e.pos != 0
}

// placeWordBefore reports a capitalised word of ASCII letters that ends
// right before k and names a state or a big city (see placeNames):
// "Bihar" in "Bihar-823056", where a hyphen glues a PIN code to its
// place as a code's parts are glued ("INV-823056").
func (w *window) placeWordBefore(k int) bool {
	var buf [24]byte
	word, start := wordBefore(w, k, buf[:])
	if b := w.byteAt(start - 1); b >= 0x80 || isAlnumByte(b) || b == '-' || b == '_' || b == '.' || b == '/' {
		return false // inside a longer token: "SKU-BIHAR-823056", "svc.delhi-823056"
	}
	return len(word) >= 3 && isUpperByte(w.byteAt(start)) && placeNames[string(word)]
}

// placeListBefore reports a PIN code that closes a list of places
// ("…, Kozhikode, Kerala, 673565 and has been residing"): a comma before
// it and before its place's name (see placeBefore). Prose may go on
// after such a PIN code.
func (w *window) placeListBefore(s int) bool {
	if w.byteAt(s-1) != ' ' || w.byteAt(s-2) != ',' {
		return false
	}
	k := s - 3
	n := 0
	for ; n < 32 && w.byteAt(k-n) >= 'a' && w.byteAt(k-n) <= 'z'; n++ {
	}
	return isUpperByte(w.byteAt(k-n)) && w.byteAt(k-n-1) == ' ' && w.byteAt(k-n-2) == ','
}

// clauseEnds reports whether the text at e ends a line, a clause or the
// input: nothing, a line break, or '.', ',', ')' or ';' before one; or a
// column's gap of three spaces, as text taken from a PDF has.
func (w *window) clauseEnds(e int) bool {
	b := w.byteAt(e)
	if b == '.' || b == ',' || b == ')' || b == ';' {
		b = w.byteAt(e + 1)
		return b < 0 || b == '\n' || b == '\r' || b == ' '
	}
	return b < 0 || b == '\n' || b == '\r' || b == ' ' && w.byteAt(e+1) == ' ' && w.byteAt(e+2) == ' ' // a column's gap
}
