package redact

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kavachpii/kavach/internal/chars"
)

// ctxEntry is what one dictionary word says: the kinds it supports, and
// whether it marks a look-alike. word is the dictionary's own copy of the
// word, for a finding's reason: never the input's bytes.
type ctxEntry struct {
	pos kindMask
	neg bool
	// dateNeg marks a negative word that speaks only against dates of
	// birth: "issued", "expiry" (see dateNegativeWords).
	dateNeg bool
	// versionNeg marks a negative word that also speaks against an IPv4
	// address: a version's or a part's number has its shape, an order's
	// or a transaction's has not ("Txn from 122.128.176.239").
	versionNeg bool
	stop       bool // a word that says nothing and does not count (see stopWords)
	word       string
}

// wordRoles marks the dictionary's words that play a part besides their
// entry's, kept apart so that the entry, copied with every word read,
// stays small: a code's name ("code", "कोड") speaks against a PIN code,
// but for one after a PIN code's own name ("village code 211654", "PIN
// code 211654"; see codeWords and pinNameWords).
var wordRoles = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range codeWords {
		for _, v := range wordVariants(w) {
			m[v] |= roleCode
		}
	}
	for _, w := range pinNameWords {
		for _, v := range wordVariants(w) {
			m[v] |= rolePINName
		}
	}
	return m
}()

const (
	roleCode    = 1 << iota // one of codeWords
	rolePINName             // one of pinNameWords
)

// hasRole reports whether the known word x plays role r (see wordRoles).
func hasRole(x ctxWord, r uint8) bool { return x.known && wordRoles[x.entry.word]&r != 0 }

// maxWordLen bounds a dictionary word in bytes; longer words in the text
// are never looked up.
const maxWordLen = 64

var dictionary = buildDictionary()

// dictShape[n-1][b] reports whether some dictionary word has n bytes and
// starts with b: most words of a log line fail it, and skip the map.
var dictShape = func() (t [maxWordLen][256]bool) {
	for w := range dictionary {
		t[len(w)-1][w[0]] = true
	}
	return t
}()

// wordVariants returns the forms of a context word the dictionary keys
// it by: lower-cased, without joiners, in NFC and NFD, and with
// Assamese's র (ৰ) for Bengali's.
func wordVariants(w string) []string {
	w = strings.ToLower(strings.NewReplacer("\u200c", "", "\u200d", "").Replace(w))
	// Assamese writes Bengali's র as ৰ: "ভোটাৰ" is "ভোটার".
	assamese := strings.ReplaceAll(w, "র", "ৰ")
	return []string{w, norm.NFC.String(w), norm.NFD.String(w), assamese, norm.NFC.String(assamese)}
}

func buildDictionary() map[string]ctxEntry {
	d := make(map[string]ctxEntry)
	add := func(w string, f func(*ctxEntry)) {
		for _, v := range wordVariants(w) {
			if len(v) > maxWordLen {
				panic("redact: context word too long: " + v)
			}
			e := d[v]
			e.word = v
			f(&e)
			d[v] = e
		}
	}
	for k, words := range contextWords {
		m := k.mask()
		if k == kAadhaar {
			m |= kVID.mask() // a VID is an Aadhaar's stand-in: its words speak for both
		}
		for _, w := range words {
			add(w, func(e *ctxEntry) { e.pos |= m })
		}
	}
	var documents kindMask
	for k := range kindID(numKinds) {
		if isDocumentKind(k) {
			documents |= k.mask()
		}
	}
	for _, w := range cityNames {
		add(w, func(e *ctxEntry) { e.pos |= kPINCode.mask() })
	}
	for _, w := range identityProofWords {
		add(w, func(e *ctxEntry) { e.pos |= documents })
	}
	for _, w := range negativeWords {
		add(w, func(e *ctxEntry) { e.neg = true })
	}
	for _, w := range versionNegativeWords {
		add(w, func(e *ctxEntry) { e.neg, e.versionNeg = true, true }) // negative words all (see versionNegativeWords)
	}
	for _, w := range dateNegativeWords {
		add(w, func(e *ctxEntry) { e.neg, e.dateNeg = true, true })
	}
	for _, w := range stopWords {
		add(w, func(e *ctxEntry) { e.stop = true })
	}
	for _, ws := range [][]string{codeWords, pinNameWords} {
		for _, w := range ws {
			add(w, func(*ctxEntry) {}) // known, their part in wordRoles
		}
	}
	return d
}

// maxCtxWords is how many words on each side of a candidate can decide
// it: enough for "aadhaar card number is", few enough that the key of the
// next field in a log record does not count.
const maxCtxWords = 5

// maxLabelNote bounds a note in brackets within a label, in characters.
const maxLabelNote = 48

// maxScript is the most bytes a letter of the Indian scripts takes in
// UTF-8.
const maxScript = 3

// maxNegDistance is how near, in words, a negative word must stand before
// a candidate to lower it: "transaction id 9876543210" but not "version
// 1.2.3.4 deployed to 10.0.0.1".
const maxNegDistance = 2

// maxChunk bounds the run of word characters read at once around a
// candidate.
const maxChunk = 96

// fewWords is room for the words of most runs of word characters: a word
// or two, "date_of_birth". A run that fills it is read again into room
// for maxChunk/2, which Go would zero at every step for nothing.
const fewWords = 16

// ctxWord is one word near a candidate; entry is its dictionary entry, if
// the word is in the dictionary.
type ctxWord struct {
	entry  ctxEntry
	known  bool
	after  bool
	column bool  // the header of the candidate's CSV column
	raw    uint8 // words between it and the candidate, stop words counted but "is" (see keepBefore)
	pastNo bool  // a number stands between it and the candidate
	// forObj marks a word after "for" (read backwards: before it), the
	// object of a purpose, not the value's name: "Bank A/c for refund:".
	forObj bool
	// forPurpose marks the same outside a label, where the word before
	// "for" names the value only if it speaks for the kind: "His passport
	// for the refund is …", not "payment for order 123".
	forPurpose bool
	// joined marks a word a stop word or a copula stands between and the
	// candidate: "the refund is …", not "order 123".
	joined bool
	// perObj marks a word after "per": the source a label cites, not the
	// value's name: "Date of birth as per application: …".
	perObj bool
	// pastSentence marks a word of an earlier sentence: a negative word
	// there says nothing of the value ("Address same as invoice. Naveen,
	// 78789 07021").
	pastSentence bool
	// alt marks a word before a " / " that parts a label's alternatives:
	// "Aadhaar No / Enrolment No :" names two things the value may be.
	alt bool
	// role marks a word for a person who does a job (see isRoleNoun).
	role bool
}

// isRoleNoun reports a word for a person by the job they do: a word
// against a value right before one qualifies the person, and the value
// after is theirs ("loan agent (9181934775)", "order delivery boy 98765
// 43210"). It is asked of every unknown word read as context, so it is a
// switch, not a map: no hash.
func isRoleNoun(w []byte) bool {
	if len(w) < 3 || len(w) > 14 {
		return false
	}
	switch string(w) {
	case "agent", "agents", "executive", "exec", "boy", "wala", "walla",
		"officer", "guy", "rep", "representative", "staff", "manager",
		"person", "partner", "caller":
		return true
	}
	return false
}

// isCopula reports the stop words that join a label to its value.
func isCopula(w string) bool {
	return w == "is" || w == "was" || w == "are" || w == "hai" || w == "है"
}

// isStop reports a stop word, which is read but not kept (see stopWords).
func (x *ctxWord) isStop() bool { return x.known && x.entry.stop }

// ctxWords holds the words near one candidate, nearest first on each side,
// read lazily: the words after are read only when those before decide
// nothing. Context never crosses a line break.
type ctxWords struct {
	before, after [maxCtxWords]ctxWord
	nb, na        int
	bdone, adone  bool
	// win, when set, is the context window in characters in place of
	// the Redactor's (see kindWordBefore).
	win int
	// The words before are read lazily, one run of word characters at a
	// time, nearest first: the first word often decides.
	blo    int // the words before are read from w.buf[blo:start]
	bp     int
	binit  bool
	bkeyed bool
	bstops int // stop words passed before the candidate
	// bjoined is set once any stop word, a copula too, has been passed.
	bjoined bool
	// bsibling is set once the words before have passed into the field
	// before the candidate's own, its key being vague (see vagueKey).
	bsibling bool
	bsibFrom int  // c.nb when the words before passed into the field before
	blines   int  // lines passed above (see labelLineAbove)
	bnum     bool // a digit passed before the candidate
	bsent    bool // a sentence's end passed before the candidate (see sentenceEndsChunk)
	balt     bool // a " / " passed before the candidate (see ctxWord.alt)
	// bpurpose is set when a postposition of purpose has just been passed:
	// the next word kept is its object (see purposeWords).
	bpurpose bool
	banswer  bool // the words before are a question's the candidate answers (see stepBefore)
	// cellOnly bounds the words before to the candidate's own CSV cell:
	// set for a PIN code, which a row's towns in other cells say nothing
	// of (see moreBefore).
	cellOnly bool
}

// keepBefore appends the words of one run, read in text order, to
// c.before nearest first, skipping stop words but counting them in each
// word's raw distance.
func (c *ctxWords) keepBefore(words []ctxWord, keyed bool) {
	for i := len(words) - 1; i >= 0 && c.nb < maxCtxWords; i-- {
		x := words[i]
		if x.isStop() {
			c.bjoined = true
			if !isCopula(x.entry.word) {
				c.bstops++ // "my order id is 9483604182" is an order's number
			}
			if x.entry.word == "for" {
				for k := range c.nb {
					if keyed { // a label: "Bank A/c for refund:", not "refund for order 123"
						c.before[k].forObj = true
					} else {
						c.before[k].forPurpose = true
					}
				}
			}
			if x.entry.word == "on" && keyed {
				for k := range c.nb {
					c.before[k].forObj = true // a label: "Mobile on claim form:", "PAN on loan file:"
				}
			}
			if x.entry.word == "of" && c.nb > 0 && c.before[c.nb-1].entry.word == "issue" {
				// "Date of Issue", "Place of Issue": a document's issue,
				// not a ticket's ("Issue 443099").
				c.before[c.nb-1].forObj = true
			}
			if x.entry.word == "per" {
				for k := range c.nb {
					c.before[k].perObj = true
				}
			}
			if purposeWords[x.entry.word] {
				c.bpurpose = true
			}
			if !keyed && c.nb == 0 && c.bstops == 1 && objectPrepositions[x.entry.word] {
				c.bpurpose = true // "txn on 3417 749455 13123": the card the transaction was on, not its number
			}
			continue
		}
		if c.bpurpose {
			// "অর্ডারের জন্য 9495604897" (for orders: …): the object of a
			// purpose that follows it, as "for" precedes it in English.
			x.forObj, c.bpurpose = true, false
		}
		if x.known && x.entry.neg && c.nb > 0 && c.before[c.nb-1].role && int(c.before[c.nb-1].raw) == c.nb-1+c.bstops {
			x.forObj = true // "loan agent (9181934775)": the agent's number, not the loan's
		}
		x.raw, x.pastNo, x.joined, x.pastSentence, x.alt = uint8(min(c.nb+c.bstops, 255)), c.bnum, c.bjoined, c.bsent, c.balt
		c.before[c.nb] = x
		c.nb++
	}
}

// signal finds the nearest word that speaks for kind k or against it
// before the candidate, or else the nearest word for it after the
// candidate, and its distance in words (words after count from
// maxCtxWords). Words for other kinds are neutral.
func (c *ctxWords) signal(r *Redactor, w *window, start, end int, k kindID) (word ctxWord, positive, found bool, dist int) {
	if w.byteAt(start-1) == '\n' {
		// A form's first value under its labels' row: the cell above
		// names it, not the row's last label, which the words before
		// would read first ("Passport No.     Date of Issue\nJ8369854
		// 12/03/2015").
		if x, ok := w.columnLabelAbove(start, end, k); ok {
			return x, true, true, 2 * maxCtxWords
		}
	}
	for i := 0; ; i++ {
		for i >= c.nb && !c.bdone {
			r.moreBefore(w, start, c)
		}
		if i >= c.nb {
			break
		}
		// A negative word speaks only for the value right after it ("order
		// id 234…", "UTR 402…"), not for one a few words or a number on
		// ("Orders 2378586317 335,917.07 98765 43210").
		// A date of birth's word speaks only for the first date after it
		// ("DOB 15-Apr-2000, admitted on 2025-08-01").
		for x := c.before[i]; x.known && x.entry.neg && x.entry.pos&k.mask() == 0 && c.nb <= i+2 && !c.bdone; {
			r.moreBefore(w, start, c) // is it the object of a "for" or a "per" (see forObj)?
		}
		if x := c.before[i]; k == kPINCode && hasRole(x, roleCode) && !x.pastNo {
			// A code's number, but a PIN code's: "PIN code", "post code".
			for i+1 >= c.nb && !c.bdone {
				r.moreBefore(w, start, c)
			}
			if i+1 < c.nb {
				if y := c.before[i+1]; hasRole(y, rolePINName) && y.raw == x.raw+1 {
					y.entry.pos |= k.mask()
					return y, true, true, i + 1
				}
			}
			x.entry.neg = true
			return x, false, true, i
		}
		if x := c.before[i]; x.known && x.entry.neg && x.entry.pos&k.mask() == 0 && x.forPurpose && x.joined && !x.pastNo {
			// "His passport for the refund is P7398536": a word for the
			// kind right before "for" names the value, which the purpose
			// does not ("mobile for order 9876543210" is the order's).
			// Vague words may stand between: "aadhaar no for the booking".
			for j, vague := i+1, 0; ; j++ {
				for j >= c.nb && !c.bdone {
					r.moreBefore(w, start, c)
				}
				if j >= c.nb {
					break
				}
				y := c.before[j]
				if y.forPurpose || !y.known && vague < 2 && !y.pastNo {
					if !y.forPurpose {
						vague++
					}
					continue
				}
				if y.known && y.entry.pos&k.mask() != 0 && !y.pastNo {
					return y, true, true, j
				}
				break
			}
		}
		if x := c.before[i]; x.known && x.entry.neg && x.entry.pos&k.mask() == 0 && !x.alt && !x.pastNo {
			// "Aadhaar No / Enrolment No : 8480…": of a label's
			// alternatives, the one for the kind speaks for the value.
			for j := i + 1; j < maxCtxWords; j++ {
				for j >= c.nb && !c.bdone {
					r.moreBefore(w, start, c)
				}
				if j >= c.nb {
					break
				}
				if y := c.before[j]; y.alt && y.known && y.entry.pos&k.mask() != 0 && !y.pastNo {
					return y, true, true, j
				}
			}
		}
		if x := c.before[i]; x.known && (x.entry.pos&k.mask() != 0 && !(k == kDateOfBirth && x.pastNo) &&
			// A word against other kinds speaks for this one only right
			// before it: "OTP aayega 87937 94910 pe", not "POST /otp,200,…".
			!(x.entry.neg && (x.pastNo || int(x.raw) >= maxNegDistance)) ||
			x.entry.neg && (!x.entry.dateNeg || k == kDateOfBirth) && (k != kIPAddress || x.entry.versionNeg) &&
				int(x.raw) < maxNegDistance && !x.pastNo && !x.pastSentence && !x.forObj && !(x.perObj && x.entry.dateNeg)) {
			if x.entry.pos&k.mask() == 0 && x.perObj {
				// "Date of birth as per application:": the word before
				// "per" names the value, if it speaks for the kind.
				for j := i + 1; ; j++ {
					for j >= c.nb && !c.bdone {
						r.moreBefore(w, start, c)
					}
					if j >= c.nb || !c.before[j].perObj && c.before[j].known && c.before[j].entry.pos&k.mask() == 0 {
						break
					}
					if y := c.before[j]; y.known && y.entry.pos&k.mask() != 0 && !y.pastNo {
						return y, true, true, j
					}
				}
			}
			if x.entry.pos&k.mask() == 0 && isRefWord(x.entry.word) && isDocumentKind(k) {
				// "aadhaarRef", "Aadhaar ref": a reference named for an
				// identity document is read as its number (recall first).
				for i+1 >= c.nb && !c.bdone {
					r.moreBefore(w, start, c)
				}
				if i+1 < c.nb {
					if y := c.before[i+1]; y.known && y.entry.pos&k.mask() != 0 && y.raw == x.raw+1 && !y.pastNo {
						return y, true, true, i + 1
					}
				}
			}
			if x.entry.pos&k.mask() != 0 && (x.entry.word == "id no" || x.entry.word == "idno") {
				// "order id no T4047244": the id is the order's, whose word
				// stands right before it.
				for i+1 >= c.nb && !c.bdone {
					r.moreBefore(w, start, c)
				}
				if i+1 < c.nb {
					if y := c.before[i+1]; y.known && y.entry.neg && y.raw == x.raw+1 && !y.pastNo {
						return y, false, true, i + 1
					}
				}
			}
			if x.entry.pos&k.mask() == 0 && c.banswer {
				// The window cut the question the value answers: a word
				// for the kind earlier in it names what was asked ("send
				// your aadhaar no for the hotel booking").
				if y, ok := w.questionAbove(start, k); ok {
					return y, true, true, 2 * maxCtxWords
				}
			}
			return x, x.entry.pos&k.mask() != 0, true, i
		}
	}
	if !c.adone {
		r.wordsAfter(w, end, c)
	}
	// After a value, a negative word is most often the key of the next
	// field ("ts", "order_id"), so only words for the kind count there.
	for i := 0; i < c.na; i++ {
		if x := c.after[i]; x.known && x.entry.pos&k.mask() != 0 {
			return x, true, true, maxCtxWords + i
		}
	}
	// A CSV cell has its column's name, far above it.
	if x, ok := w.column(start, end); ok && (x.entry.pos&k.mask() != 0 || x.entry.neg) {
		return x, x.entry.pos&k.mask() != 0, true, 2 * maxCtxWords
	}
	// A validation error's input has its field's name in "loc".
	if x, ok := w.validationField(start, k); ok {
		return x, x.entry.pos&k.mask() != 0, true, 2 * maxCtxWords
	}
	// A list's item has its kind in the list's header.
	if x, ok := w.listHeader(start, k); ok {
		return x, x.entry.pos&k.mask() != 0, true, 2 * maxCtxWords
	}
	// A form's value has its label in the cell above it.
	if x, ok := w.columnLabelAbove(start, end, k); ok {
		return x, true, true, 2 * maxCtxWords
	}
	// A loose table's row has its kind in the header.
	if x, ok := w.looseColumn(start, end, k); ok {
		return x, true, true, 2 * maxCtxWords
	}
	// An answer's turn has its kind in the question above, however far
	// back in it: "Please share passport number and travel dates for
	// activation\nVisitor: J1417531, 14 to 22 Dec".
	if x, ok := w.questionAbove(start, k); ok {
		return x, true, true, 2 * maxCtxWords
	}
	if k == kPINCode && w.poaPINAt(start) {
		return ctxWord{entry: ctxEntry{word: "pc", pos: kPINCode.mask()}, known: true}, true, true, 2 * maxCtxWords
	}
	return ctxWord{}, false, false, 0
}

// poaPINAt reports a value at start that is the pc attribute of a Poa
// element, the PIN code of UIDAI's offline e-KYC XML (<Poa careof="…"
// house="…" pc="560677" …/>), or the same field as JSON or a log's
// key=value pairs give it ({"name":"…","pc":"700149"}, "pc=122029"):
// "pc" alone names lottery series and computers too. The element's start
// must lie within MaxContextWindow bytes, which a stream keeps.
func (w *window) poaPINAt(start int) bool {
	if w.byteAt(start-1) == '"' && w.byteAt(start-2) != '\\' {
		// JSON: "pc":"575018", "pc": "575018"
		q := start - 2
		for ; start-q < 6 && (w.byteAt(q) == ' ' || w.byteAt(q) == ':'); q-- {
		}
		if q < start-2 && w.byteAt(q) == '"' && w.byteAt(q-1) == 'c' && w.byteAt(q-2) == 'p' && w.byteAt(q-3) == '"' {
			return true
		}
	}
	if w.byteAt(start-1) == '=' && w.byteAt(start-2) == 'c' && w.byteAt(start-3) == 'p' && w.byteAt(start-4) == ' ' {
		return true // a log's key=value pairs: "ekyc.resp name=… dob=… pc=122029 vtc=…"
	}
	if w.byteAt(start-1) == ' ' && w.byteAt(start-2) == ':' && w.byteAt(start-3) == 'c' && w.byteAt(start-4) == 'p' &&
		(w.byteAt(start-5) == '{' || w.byteAt(start-5) == ' ' && w.byteAt(start-6) == ',') {
		return true // an object's keys unquoted, as JavaScript prints one: "{…, state: Haryana, pc: 122399}"
	}
	if e := start - 1; w.byteAt(e) == '=' || (w.byteAt(e) == '"' || w.byteAt(e) == '\'') && w.byteAt(e-1) == '=' {
		// "poa.pc=\"110100\"": the element's name before the attribute's,
		// as a log flattens the e-KYC response's <Poa pc=…>
		if w.byteAt(e) != '=' {
			e--
		}
		if w.byteAt(e-1) == 'c' && w.byteAt(e-2) == 'p' && w.byteAt(e-3) == '.' && w.byteAt(e-4)|0x20 == 'a' &&
			w.byteAt(e-5)|0x20 == 'o' && w.byteAt(e-6)|0x20 == 'p' && !isAlnumByte(w.byteAt(e-7)) {
			return true
		}
	}
	if q := start - 1; w.byteAt(q) == '"' && w.byteAt(q-1) == '\\' {
		// JSON in a JSON string, and a space after the colon: \"pc\": \"575018\"
		for q -= 2; start-q < 8 && (w.byteAt(q) == ' ' || w.byteAt(q) == ':'); q-- {
		}
		return w.byteAt(q) == '"' && w.byteAt(q-1) == '\\' && w.byteAt(q-2) == 'c' && w.byteAt(q-3) == 'p' && w.byteAt(q-4) == '"' && w.byteAt(q-5) == '\\'
	}
	if q := w.byteAt(start - 1); (q != '"' && q != '\'') || w.byteAt(start-2) != '=' ||
		w.byteAt(start-3) != 'c' || w.byteAt(start-4) != 'p' || w.byteAt(start-5) != ' ' {
		return false
	}
	for k := start - 6; start-k < MaxContextWindow; k-- {
		switch w.byteAt(k) {
		case '<':
			return w.byteAt(k+1)|0x20 == 'p' && w.byteAt(k+2)|0x20 == 'o' && w.byteAt(k+3)|0x20 == 'a' && w.byteAt(k+4) == ' '
		case '>', -1:
			return false
		}
	}
	return false
}

// questionAbove reads the line above the value at start when the value
// opens a speaker's turn that answers it (see answersLineAbove), and
// returns a word of it that speaks for kind k, nearest the line's end
// first: the words before a value reach only maxCtxWords back, and a
// question may ask for two things.
func (w *window) questionAbove(start int, k kindID) (ctxWord, bool) {
	const maxTurnLead = 48 // "[00:00:24] Customer: "
	ls := w.lineStartWithin(start, maxTurnLead)
	if start-ls > maxTurnLead || w.byteAt(ls-1) != '\n' {
		return ctxWord{}, false
	}
	le := ls - 1 // the '\n' that ends the question's line
	s := w.lineStartWithin(le, maxListLine)
	if le-s > maxListLine || s == le || start-s > maxListReach {
		return ctxWord{}, false
	}
	var text [maxListLine + maxTurnLead + 2]byte
	m := w.copyOut(text[:], s, start)
	if bytes.IndexAny(text[chatStampLen(text[:le-s]):le-s], "0123456789") >= 0 || !answersLineAbove(text[:m], le-s, w.byteAt(s-1) >= 0 && w.byteAt(s-1) != '\n') {
		return ctxWord{}, false // a line with a number in it says, it does not ask ("… DOB 22/04/1950.")
	}
	var words [maxListHeadWd]ctxWord
	n := scanWords(text[:le-s], words[:], false)
	for i := n - 1; i >= 0; i-- {
		if x := words[i]; x.known && x.entry.pos&k.mask() != 0 {
			return x, true
		}
	}
	return ctxWord{}, false
}

// Limits of a list under its header (see listHeader).
const (
	maxListLead   = 48  // bytes of an item before its value: "12. Madhusmita Sahu - "
	maxListLine   = 120 // bytes of an item's line, or the header's
	maxListItems  = 8   // items above the value's own
	maxListReach  = 200 // bytes from the header's start to the value, within a stream's history
	maxListHeadWd = 16  // words of the header read
)

// listHeader reads the header of the list whose item holds the value at
// start: the item's lead is short, a marker ("1.", "-", "•") and a few
// words, or words and a dash ("mummy - "), one space apart (not a key
// and its value, nor a log's columns); the items above it are lines
// alike; and the line above them names the kind:
//
//	i need passport numbers. adding what i have
//	1. Aswathy Warrier - A8600731
//	2. Naveen Shetty - U7835001
func (w *window) listHeader(start int, k kindID) (ctxWord, bool) {
	ls := w.lineStartWithin(start, maxListLead)
	if start-ls > maxListLead || w.byteAt(ls-1) != '\n' || !w.listLead(ls, start) {
		return ctxWord{}, false
	}
	le := ls - 1 // the '\n' that ends the line above
	for n := 0; n <= maxListItems; n++ {
		s := w.lineStartWithin(le, maxListLine)
		if le-s > maxListLine || start-s > maxListReach || s == le {
			return ctxWord{}, false
		}
		if w.listItemLine(s, le) {
			le = s - 1
			if w.byteAt(le) != '\n' {
				return ctxWord{}, false
			}
			continue
		}
		var text [maxListLine]byte
		m := w.copyOut(text[:], s, le)
		var words [maxListHeadWd]ctxWord
		for _, x := range words[:scanWords(text[:m], words[:], false)] {
			if x.known && x.entry.pos&k.mask() != 0 {
				return x, true
			}
		}
		return ctxWord{}, false
	}
	return ctxWord{}, false
}

// listLead reports whether [s, e) leads a list's item to its value: a
// marker ("1.", "2)", "-", "*", "•") and words, or words and a dash
// before the value, one space apart.
func (w *window) listLead(s, e int) bool {
	p := s
	marker := false
	for p < e && isDigitByte(w.byteAt(p)) {
		p++
	}
	switch {
	case p > s && p-s <= 2 && (w.byteAt(p) == '.' || w.byteAt(p) == ')'):
		p, marker = p+1, true
	case p > s:
		return false // a number opens the line: no list's marker
	case w.byteAt(p) == '-' || w.byteAt(p) == '*' || w.byteAt(p) == '>':
		p, marker = p+1, true
	case w.byteAt(p) == 0xE2 && w.byteAt(p+1) == 0x80 && w.byteAt(p+2) == 0xA2: // •
		p, marker = p+3, true
	}
	words := 0
	for p < e {
		b := w.byteAt(p)
		switch {
		case b == ' ':
			if w.byteAt(p+1) == ' ' {
				return false // a log's or a table's columns
			}
			p++
		case isASCIILetter(byte(max(b, 0))) || b >= 0x80:
			for p < e && (isASCIILetter(byte(max(w.byteAt(p), 0))) || w.byteAt(p) >= 0x80 || w.byteAt(p) == '.' || w.byteAt(p) == '\'') {
				p++
			}
			if words++; words > 5 {
				return false
			}
		case b == '-' && words > 0 && w.byteAt(p-1) == ' ':
			// The dash before the value, a space after it only.
			for p++; p < e && w.byteAt(p) == ' '; p++ {
			}
			return p == e
		default:
			return false
		}
	}
	return marker
}

// listItemLine reports whether the line [s, e) is an item of the list
// listHeader reads: a lead as listLead's, then a value, short and with a
// digit ("me: guys, i need passport numbers" is no item).
func (w *window) listItemLine(s, e int) bool {
	value := func(q int) bool {
		if e-q > 40 {
			return false
		}
		for ; q < e; q++ {
			if isDigitByte(w.byteAt(q)) {
				return true
			}
		}
		return false
	}
	for p := s; p < e && p-s <= maxListLead; p++ {
		if b := w.byteAt(p); b == '-' && p > s && w.byteAt(p-1) == ' ' {
			q := p + 1
			for q < e && w.byteAt(q) == ' ' {
				q++
			}
			if q < e && q > p+1 && w.listLead(s, q) && value(q) {
				return true
			}
		}
		if b := w.byteAt(p); b == ' ' && p > s && w.listLead(s, p+1) && isAlnumByte(w.byteAt(p+1)) && value(p+1) && (isDigitByte(w.byteAt(s)) || w.byteAt(s) == '-' || w.byteAt(s) == '*' || w.byteAt(s) == 0xE2) {
			return true // "1. A8600731": a marker, then the value
		}
	}
	return false
}

// validationLineAbove reads pydantic's error as its text prints it, the
// field's name alone on the line above the message that quotes its
// input:
//
//	date_of_birth
//	  Input should be a valid date … [type=…, input_value='14.12.1963', …]
//
// e is the '=' of "input_value=".
func (w *window) validationLineAbove(e int, k kindID) (ctxWord, bool) {
	const key = "input_value"
	for j := range len(key) {
		if w.byteAt(e-len(key)+j) != int(key[j]) {
			return ctxWord{}, false
		}
	}
	p := e - len(key)
	for ; e-p < maxValidationError && w.byteAt(p) != '\n'; p-- {
		if w.byteAt(p) < 0 {
			return ctxWord{}, false
		}
	}
	if w.byteAt(p) != '\n' {
		return ctxWord{}, false
	}
	var name [48]byte
	n, q := 0, p-1
	if w.byteAt(q) == '\r' {
		q--
	}
	for ; w.byteAt(q) >= 0 && w.byteAt(q) != '\n'; q-- {
		b := w.byteAt(q)
		if n == len(name) || !isAlnumByte(b) && b != '_' && b != '.' {
			return ctxWord{}, false // no field's name alone on its line
		}
		n++
	}
	if n == 0 {
		return ctxWord{}, false
	}
	for j := range n {
		name[j] = byte(w.byteAt(q + 1 + j))
	}
	var words [8]ctxWord
	for _, x := range words[:scanWords(name[:n], words[:], false)] {
		if x.known && (x.entry.pos&k.mask() != 0 || x.entry.neg) {
			return x, true
		}
	}
	return ctxWord{}, false
}

// maxValidationError bounds how far before its input a validation error's
// "loc" may stand.
const maxValidationError = 200

// validationField reads the field a validation error names for the value
// at start, its "input", as pydantic (FastAPI's 422 responses) writes one:
// {'loc': ('body', 'account_no'), 'msg': 'too short', 'input': '744961354'}
// or {"loc":["body","account_no"],…,"input":"744961354"}. It returns the
// first word of the field's name that speaks for kind k or against it.
func (w *window) validationField(start int, k kindID) (ctxWord, bool) {
	if start >= 16 && start <= len(w.buf) {
		// Most values have no "input" key: tell from buf alone.
		b := w.buf[start-16 : start]
		t := bytes.LastIndexByte(b, 't')
		if t < 4 || b[t-1] != 'u' || b[t-2] != 'p' {
			return ctxWord{}, false
		}
	}
	p := start - 1
	if q := w.byteAt(p); q == '\'' || q == '"' {
		p--
	}
	for w.byteAt(p) == ' ' {
		p--
	}
	if w.byteAt(p) == '=' {
		return w.validationLineAbove(p, k)
	}
	if w.byteAt(p) != ':' {
		return ctxWord{}, false
	}
	p--
	q := w.byteAt(p)
	if q != '\'' && q != '"' || w.byteAt(p-1) != 't' || w.byteAt(p-2) != 'u' || w.byteAt(p-3) != 'p' || w.byteAt(p-4) != 'n' ||
		w.byteAt(p-5) != 'i' || w.byteAt(p-6) != q {
		return ctxWord{}, false // the value's key is no "input"
	}
	// Back to "loc" within the same object: its list's last string.
	for p -= 7; start-p < maxValidationError; p-- {
		b := w.byteAt(p)
		if b < 0 || b == '{' || b == '\n' {
			return ctxWord{}, false
		}
		if (b == ')' || b == ']') && (w.byteAt(p-1) == '\'' || w.byteAt(p-1) == '"') {
			break
		}
	}
	if start-p >= maxValidationError {
		return ctxWord{}, false
	}
	closeQuote := p - 1
	quote := w.byteAt(closeQuote)
	var name [48]byte
	n := 0
	o := closeQuote - 1
	for ; closeQuote-o <= len(name) && w.byteAt(o) != quote; o-- {
		if w.byteAt(o) < 0 {
			return ctxWord{}, false
		}
	}
	if closeQuote-o > len(name) {
		return ctxWord{}, false
	}
	for j := o + 1; j < closeQuote; j++ {
		name[n] = byte(w.byteAt(j))
		n++
	}
	// The list must be "loc"'s: 'loc': ( … ) or "loc":[ … ].
	for p = o - 1; start-p < maxValidationError && w.byteAt(p) != '(' && w.byteAt(p) != '['; p-- {
		if b := w.byteAt(p); b < 0 || b == '{' || b == ')' || b == ']' {
			return ctxWord{}, false
		}
	}
	for p--; w.byteAt(p) == ' '; p-- {
	}
	if w.byteAt(p) != ':' || w.byteAt(p-1) != int(quote) || w.byteAt(p-2) != 'c' || w.byteAt(p-3) != 'o' || w.byteAt(p-4) != 'l' || w.byteAt(p-5) != int(quote) {
		return ctxWord{}, false
	}
	var words [8]ctxWord
	for _, x := range words[:scanWords(name[:n], words[:], false)] {
		if x.known && (x.entry.pos&k.mask() != 0 || x.entry.neg) {
			return x, true
		}
	}
	return ctxWord{}, false
}

// isDocumentKind reports the kinds named for an identity document, whose
// word before a reference names the document: not "Beneficiary Reference
// ID".
func isDocumentKind(k kindID) bool {
	switch k {
	case kAadhaar, kVID, kPAN, kPassport, kVoterID, kDrivingLicence, kABHA:
		return true
	}
	return false
}

// isRefWord reports the negative words that, after a word for a kind,
// name a reference to a value of that kind, which may be the value itself:
// "aadhaarRef", "aadhaar_hash_src" (a hash's input), since a value that
// passes the kind's check is no hash.
func isRefWord(w string) bool { return w == "ref" || w == "reference" || w == "hash" }

// isChunkByte reports the bytes of a run that may hold words: letters,
// key-name joiners and any non-ASCII byte.
func isChunkByte(b int) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '-' || b == '.' || b == '/' || b >= 0x80
}

// isFieldSep reports the bytes that separate fields of a record.
func isFieldSep(b int) bool {
	switch b {
	case ',', ';', '{', '}', '[', ']', '|', '&', '\t':
		return true
	}
	return false
}

// maxLabelLines bounds the label lines context reads above a value.
const maxLabelLines = 2

// wrappedLineAbove reports whether the line that ends at the '\n' at nl
// is a sentence that runs on into the candidate's line, as text taken from
// a PDF wraps it ("holder of Indian passport\nY9657772", "wrongly
// mentioned\n   as 15/04/1984"): it ends in a letter, holds words a single
// space apart (no table's columns) and is no label. Only what the
// context window holds of it is judged.
func wrappedLineAbove(text []byte, nl int) bool {
	if nl >= 3 && text[nl-1] == '.' && text[nl-2]|0x20 == 'o' && text[nl-3]|0x20 == 'n' && (nl == 3 || text[nl-4] == ' ') {
		nl-- // "my savings account no.\n39303879536324": a number's "no."
	}
	if nl < 1 || !isASCIILetter(text[nl-1]) {
		return false
	}
	s := lastLineBreak(text[:nl]) + 1 // or where the window starts
	line := bytes.TrimLeft(text[s:nl], " ")
	words := bytes.Count(line, []byte(" ")) + 1
	return words >= 4 && bytes.Index(line, []byte("  ")) < 0 && bytes.IndexByte(line, ':') < 0 && bytes.IndexByte(line, '\t') < 0
}

// labelLineAbove reports whether the context words before a candidate
// may go on into the line above the one that ends at text[nl], a '\n':
// the candidate opens its line (spaces before it at most) and the line
// above is a label and nothing else, as OCR reads a card or a form
// ("Date of Birth\n17/06/1961", "जन्म की तारीख / Date of Birth\n…"):
// short, with letters, no digit, no sentence's end. fromStart says text
// starts where the input does, so that a line cut by the window's start
// is not taken for a whole one. Up to maxLabelLines lines are passed,
// the candidate's own line holding nothing before it (first) and the
// lines between labels too ("ELECTION COMMISSION OF INDIA\nIDENTITY
// CARD\nMAQ8334845").
func labelLineAbove(text []byte, nl int, fromStart, first bool) bool {
	const maxLabelLine = 60
	if first && !capitalsRow(text[nl+1:]) {
		return false // words before the candidate on its own line: they speak
	}
	k := nl - 1
	if k >= 0 && text[k] == '\r' {
		k--
	}
	if k < 0 {
		return false
	}
	switch text[k] {
	case '.':
		if k < 2 || !(text[k-2] == '.' && isASCIILetter(text[k-1]) || noBefore(text, k)) {
			return false // a sentence's end, not "D.O.B." or "Account No."
		}
	case '!', '?', ',', ';':
		return false
	}
	letters, seps, runes := false, 0, 0
	for ; k >= 0 && text[k] != '\n'; k-- {
		if text[k]&0xC0 != 0x80 {
			runes++ // characters, not bytes: a line in an Indian script takes three a letter
		}
		if runes > maxLabelLine || text[k] >= '0' && text[k] <= '9' {
			return false
		}
		if text[k] == '\t' || text[k] == ',' || text[k] == '|' || text[k] == ';' {
			if seps++; seps == 2 {
				return false // a table's header: its column names the value, not its words (see column)
			}
		}
		letters = letters || text[k] >= 0x80 || isASCIILetter(text[k])
	}
	return letters && (k >= 0 || fromStart)
}

// capitalsRow reports what stands before a candidate on its line as a
// row of values under a row of labels may: nothing but spaces, or up to
// three short words in capitals, as a passport's data page reads under
// OCR ("Nationality Sex Date of Birth\nINDIAN M 17/04/1966").
func capitalsRow(b []byte) bool {
	words, n := 0, 0
	for _, c := range b {
		switch {
		case c == ' ' || c == '\t':
			n = 0
		case c >= 'A' && c <= 'Z':
			if n == 0 {
				words++
			}
			if n++; n > 12 || words > 3 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// noBefore reports the word "No" (any case) ending right before the dot
// at k: a number's abbreviation, not a sentence's end.
func noBefore(text []byte, k int) bool {
	return k >= 2 && text[k-1]|0x20 == 'o' && text[k-2]|0x20 == 'n' && (k == 2 || !isASCIILetter(text[k-3]))
}

// isStampByte reports the bytes of a time stamp in brackets: digits and
// ':', '.', ',', '/' and spaces ("[00:00:24]", "[1/10/24, 11:46]").
func isStampByte(b byte) bool {
	return isDigitByte(int(b)) || b == ':' || b == '.' || b == ' ' || b == ',' || b == '/'
}

// clockStampLen returns the length of a clock's time and a space that
// open b ("00:00:15 ", "9:05 "), as call transcripts stamp each turn, or
// 0.
func clockStampLen(b []byte) int {
	k, d := 0, 0
	for k < len(b) && k < 2 && isDigitByte(int(b[k])) {
		k++
	}
	if k == 0 {
		return 0
	}
	for part := 0; part < 2 && k+2 < len(b) && b[k] == ':' && isDigitByte(int(b[k+1])) && isDigitByte(int(b[k+2])); part++ {
		k, d = k+3, d+1
	}
	if d == 0 || k >= len(b) || b[k] != ' ' {
		return 0
	}
	return k + 1
}

// isMeridiemByte reports the letters of "am" and "pm", either case, as a
// chat export's clock writes them ("[25/09/25, 6:07 pm]").
func isMeridiemByte(b byte) bool {
	switch b | 0x20 {
	case 'a', 'p', 'm':
		return true
	}
	return false
}

// chatStampLen returns the length of the time stamp, and the space after
// it, that opens a turn of a transcript or a chat at the start of b: a
// clock ("00:00:15 ", see clockStampLen); a stamp in brackets ("[00:00:24]
// ", "[25/09/25, 6:07 pm] ", as iOS exports a WhatsApp chat); or a date and
// a time before " - " ("27/04/22, 6:21 pm - ", as Android exports one).
// It returns 0 for none.
func chatStampLen(b []byte) int {
	if n := clockStampLen(b); n > 0 {
		return n
	}
	const maxStamp = 28
	if len(b) > 0 && b[0] == '[' {
		digit := false // "[x] OVD:", "[ ] Task:": a checklist's box, no time stamp
		k := 1
		for ; k < len(b) && k < maxStamp && b[k] != ']'; k++ {
			if !isStampByte(b[k]) && !isMeridiemByte(b[k]) {
				return 0
			}
			digit = digit || isDigitByte(int(b[k]))
		}
		if !digit || k+1 >= len(b) || b[k] != ']' || b[k+1] != ' ' {
			return 0
		}
		return k + 2
	}
	colon := false
	k := 0
	for ; k < len(b) && k < maxStamp && (isStampByte(b[k]) || isMeridiemByte(b[k])); k++ {
		colon = colon || b[k] == ':'
	}
	if colon && k >= 6 && isDigitByte(int(b[0])) && k+2 < len(b) && b[k] == '-' && b[k-1] == ' ' && b[k+1] == ' ' {
		return k + 2
	}
	return 0
}

// stampOpensLine returns where the time stamp that ends with the ']' at j
// starts, its '[' opening a line of text ("[00:00:24] ", "[25/09/25, 6:07
// pm] "), or -1.
func stampOpensLine(text []byte, j int) int {
	k := j - 1
	digit, letter := false, false
	for ; k >= 0 && j-k < 28 && text[k] != '['; k-- {
		if !isStampByte(text[k]) && !isMeridiemByte(text[k]) {
			return -1
		}
		digit = digit || isDigitByte(int(text[k]))
		letter = letter || isMeridiemByte(text[k])
	}
	if k < 1 || text[k] != '[' || text[k-1] != '\n' || letter && !digit {
		return -1
	}
	return k
}

// answersLineAbove reports whether the candidate, at the end of text,
// is a speaker's whole turn in a dialogue that answers the line above,
// the line break at nl between: "Agent: … tell me your date of
// birth.\nCaller: 5 Jun 1979", "Bot: Your PAN?\nUser: ABCPK1234F",
// "நான்: … பிறந்த தேதி?\nஅம்மா: 05/12/1962". The
// line above ends in '?', '.' or ':'; the candidate's line holds only
// the speaker's name, one or two words, and a colon. cut says the
// context window starts inside a line (see turnOpensLine).
func answersLineAbove(text []byte, nl int, cut bool) bool {
	if !answerTurnAfter(text, nl) {
		return false
	}
	e := nl - 1
	if e >= 0 && text[e] == '\r' {
		e--
	}
	for e >= 0 && text[e] == ' ' {
		e--
	}
	return e >= 0 && (text[e] == '?' || text[e] == '.' || text[e] == ':' || text[e] == ')' || (isASCIILetter(text[e]) || scriptQuestionEndsAt(text, e)) && turnOpensLine(text, e, cut)) // ")": "Please enter date of birth (DD/MM/YYYY)"
}

// scriptQuestionEndsAt reports a line that ends at text[e] in a letter of
// an Indian script and holds no digit, as a question in a chat is asked
// ("உதவி: சரியான பாஸ்போர்ட் எண்ணைப் பகிரவும்", share the passport's
// number); a form's line in a script has its value ("വിലാസം: ടി.സി. 29/1694, …").
func scriptQuestionEndsAt(text []byte, e int) bool {
	if e < 2 || text[e-2] != 0xE0 || text[e-1] < 0xA4 || text[e-1] > 0xB7 || text[e]&0xC0 != 0x80 {
		return false // not a whole character of U+0900–U+0DFF ending at e
	}
	for k := e; k >= 0 && text[k] != '\n'; k-- {
		if isDigitByte(int(text[k])) {
			return false
		}
	}
	return true
}

// answerTurnAfter reports whether the candidate, at the end of text, is
// a speaker's whole turn on the line after the line break at nl (see
// answersLineAbove).
func answerTurnAfter(text []byte, nl int) bool {
	k := nl + 1
	// A turn's time first ("00:00:15 CUSTOMER: …", "[00:00:24] Customer:
	// …"), then its speaker and a colon ("CALLER>" as an IVR's log writes
	// a turn).
	k += chatStampLen(text[k:])
	if k = speakerEnd(text, k); k < 0 || k >= len(text) || text[k] != ':' && text[k] != '>' {
		return false
	}
	for k++; k < len(text) && text[k] == ' '; k++ {
	}
	return k == len(text) || answerPrefix(text[k:])
}

// speakerEnd returns where the speaker's name that opens a turn at k
// ends: a word or two ("Caller", "அம்மா"), a role in brackets after them
// ("Bisahu Yadu (GRS)"), or a phone number a chat has no name for ("+91
// 61290 80960"); or -1.
func speakerEnd(text []byte, k int) int {
	if k < len(text) && text[k] == '+' {
		q := k + 1
		for q < len(text) && q-k <= 20 && (isDigitByte(int(text[q])) || text[q] == ' ') {
			q++
		}
		if q-k < 11 {
			return -1
		}
		return q
	}
	words := 0
	for words < 2 {
		s := k
		for k < len(text) && (k-s <= 16 && isASCIILetter(text[k]) || k-s <= 48 && text[k] >= 0x80) {
			k++
		}
		if k == s {
			return -1
		}
		words++
		if k < len(text) && text[k] == ' ' && words < 2 && (k+1 >= len(text) || text[k+1] != '(') {
			k++
			continue
		}
		break
	}
	if q := roleInBracketsEnd(func(p int) int {
		if p < 0 || p >= len(text) {
			return -1
		}
		return int(text[p])
	}, k); q > k {
		return q
	}
	return k
}

// roleInBracketsEnd returns where a role in brackets one space after e
// ends, past its ')': " (GRS)", " (ASHA)"; or e when none stands there.
// get reads a byte, -1 beyond what can be read.
func roleInBracketsEnd(get func(int) int, e int) int {
	if get(e) != ' ' || get(e+1) != '(' {
		return e
	}
	q := e + 2
	for q-e <= 18 && isASCIILetter(byte(max(get(q), 0))) {
		q++
	}
	if q == e+2 || get(q) != ')' {
		return e
	}
	return q + 1
}

// answerWords say yes before the value asked for.
var answerWords = map[string]bool{"ok": true, "okay": true, "yes": true, "yeah": true, "sure": true, "haan": true, "ha": true, "ji": true,
	"it is": true, "it's": true, "its": true, "mine is": true}

// answerPrefix reports what may stand in an answer's turn before the
// value asked for: the other thing asked ("Chaitanya Varma, " for "naam aur
// janm tithi?"), letters, spaces and dots before a comma; a word that
// says yes ("ok "); or the number of a numbered question ("1) " for "1)
// dob 2) pan").
func answerPrefix(b []byte) bool {
	if len(b) == 3 && b[0] >= '1' && b[0] <= '9' && b[1] == ')' && b[2] == ' ' {
		return true
	}
	if n := len(b); n >= 3 && n <= 9 && b[n-1] == ' ' {
		var buf [8]byte
		word := lowerASCII(buf[:], bytes.TrimSuffix(b[:n-1], []byte(",")))
		if answerWords[string(word)] {
			return true // "ok OBV0032292", "haan, 12/03/1990", "It is March 17, 1988"
		}
	}
	if len(b) < 4 || len(b) > 40 || b[len(b)-1] != ' ' || b[len(b)-2] != ',' {
		return false
	}
	for _, c := range b[:len(b)-2] {
		if !isASCIILetter(c) && c != ' ' && c != '.' && c != '\'' {
			return false
		}
	}
	return true
}

// turnOpensLine reports whether the line that holds text[e] opens with a
// speaker's turn, a word or two and a colon ("agent: 1) dob 2) pan"): a
// question need not end in '?' when a speaker asks it.
// When the context window cut the line (cut: text starts inside it),
// a speaker's label may have lost its first letters: "#4960: …".
func turnOpensLine(text []byte, e int, cut bool) bool {
	k := e
	for k >= 0 && text[k] != '\n' && e-k < 160 {
		k--
	}
	if k >= 0 && text[k] != '\n' {
		return false
	}
	p := k + 1
	if p > e {
		return false // the line is empty
	}
	p += chatStampLen(text[p:e])
	if p >= len(text) || !isASCIILetter(text[p]) && text[p] < 0x80 && !(cut && k < 0) {
		return false
	}
	for q := p; q < e && q-p <= 48; q++ {
		switch c := text[q]; {
		case c == ':' || c == '>' && q+1 < len(text) && text[q+1] == ' ':
			return true // "Agent:", "IVR> …", "உதவி: …"
		case c < 0x80 && q-p > 24:
			return false // a speaker in Latin letters is short; one in a script takes three bytes a letter
		case !isASCIILetter(c) && c < 0x80 && c != ' ' && !isDigitByte(int(c)) && c != '#' && c != '-' && c != '_' && c != '(' && c != ')':
			return false // but "Agent#4960:", "CSR-12:", "Agent (Ananya):"
		}
	}
	return false
}

// vagueKey reports whether the key read so far says nothing of its value
// ("docNumber", "value", "id"): no word of it is a context word. Such a
// value takes its context from the value of the field before, a single
// word (not its key: "bank_account":"…","id":"…" is no account; not a
// sentence: "msg":"beneficiary added","id":"…"), as a record names a
// document's type and then its number:
// {"docType":"PASSPORT","docNumber":"C5204827"}, type=pan,value=….
func (c *ctxWords) vagueKey() bool {
	for _, x := range c.before[:c.nb] {
		if x.known && (x.entry.pos != 0 || x.entry.neg) && !genericKeyWords[x.entry.word] {
			return false
		}
	}
	return true
}

// headingAbove reports whether the line that ends at text[nl], a '\n',
// is a heading: a few words with no ':' or '=' of a field, no digit,
// within maxHeading bytes.
func headingAbove(text []byte, nl int) bool {
	const maxHeading = 48
	letters := false
	for k := nl - 1; k >= 0 && text[k] != '\n'; k-- {
		b := text[k]
		if nl-k > maxHeading || b == ':' || b == '=' || isDigitByte(int(b)) || b == ',' || b == '{' || b == '"' {
			return false
		}
		letters = letters || isASCIILetter(b)
	}
	return letters
}

// fieldEndsLineAbove reports whether the line that ends at text[nl], a
// '\n', ends with a field and its ',' ("Name": "birthdate",): a record
// printed a field a line.
func fieldEndsLineAbove(text []byte, nl int) bool {
	e := lineEndAbove(text, nl)
	return e > 0 && text[e-1] == ','
}

// objectOpensLineAbove reports whether the line that ends at text[nl], a
// '\n', ends with an object's '{' after its key ("passport": {), the
// value's own key being the object's first.
func objectOpensLineAbove(text []byte, nl int) bool {
	e := lineEndAbove(text, nl)
	if e < 2 || text[e-1] != '{' {
		return false
	}
	k := e - 2
	for k >= 0 && text[k] == ' ' {
		k--
	}
	return k >= 0 && (text[k] == ':' || text[k] == '=')
}

// lineEndAbove returns where the line that ends at text[nl], a '\n',
// ends without its trailing spaces and '\r'.
func lineEndAbove(text []byte, nl int) int {
	e := nl
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
		e--
	}
	return e
}

// plistKeyAbove reports whether the value is a property list's, its key
// on the line above: the candidate's line holds only an element's opening
// tag ("\t<string>") and the line above ends with "</key>".
func plistKeyAbove(text []byte, nl int) bool {
	k := nl + 1
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) || text[k] != '<' || text[len(text)-1] != '>' || bytes.IndexByte(text[k+1:], '<') >= 0 {
		return false
	}
	e := lineEndAbove(text, nl)
	return e >= 6 && string(text[e-6:e]) == "</key>"
}

// genericKeyWords are context words that, in a key, name no kind of
// document: "idCardNumber" after "idCardType":"PASSPORT" is a passport's.
var genericKeyWords = map[string]bool{"card": true, "id": true, "document": true, "doc": true, "proof": true, "identity": true}

// windowOf returns the context window c reads in.
func (c *ctxWords) windowOf(r *Redactor) int {
	if c.win > 0 {
		return c.win
	}
	return r.cfg.window
}

// kindWordBefore reports whether the words right before start, within n
// characters, name kind k: a word for it among the nearest, no number and
// no negative word nearer. It reads a stream's history too (start may be
// negative), never words after.
func (r *Redactor) kindWordBefore(w *window, start, n int, k kindID) (ctxWord, bool) {
	c := ctxWords{win: n}
	for i := 0; i < maxCtxWords; i++ {
		for i >= c.nb && !c.bdone {
			r.moreBefore(w, start, &c)
		}
		if i >= c.nb {
			return ctxWord{}, false
		}
		x := c.before[i]
		if !x.known || x.pastNo {
			continue
		}
		if x.entry.pos&k.mask() != 0 {
			return x, true
		}
		if x.entry.neg && int(x.raw) < maxNegDistance {
			return ctxWord{}, false
		}
	}
	return ctxWord{}, false
}

// moreBefore reads the next run of word characters before the words
// already read, or marks the words before as done.
func (r *Redactor) moreBefore(w *window, start int, c *ctxWords) {
	if !c.binit {
		c.binit = true
		lo := w.charsBefore(start, c.windowOf(r))
		if c.cellOnly {
			if cs, ok := w.cellStart(start); ok && cs > lo {
				// A PIN code's row names towns in its other cells ("Rajasthan,
				// Jaipur,8564039,931092"): only its own cell and its column
				// speak for it.
				lo = cs
			}
		}
		if rs, ok := w.rowStart(start); ok && rs > lo {
			// A table's cell has its column's name (see column) and its
			// row's cells ("PASSPORT,E4523658"), not the names of the
			// header's other columns: "LGD code | Village\n268679 |
			// Raikot" holds no PIN code.
			lo = rs
		}
		if lo < 0 {
			r.wordsBefore(w, start, lo, c) // reaches into a stream's history: read all at once
			return
		}
		c.blo = lo
		c.bp = start - lo
	}
	c.stepBefore(w.buf[c.blo:start], c.blo == -len(w.hist), false)
}

// knownWordIn reports a word of the context dictionary in text.
func knownWordIn(text []byte) bool {
	var words [16]ctxWord
	for _, x := range words[:scanWords(text, words[:], false)] {
		if x.known {
			return true
		}
	}
	return false
}

// redisReplyAbove reports whether the line after the '\n' at nl, up to
// the candidate at the end of text, opens a numbered reply of redis-cli
// (' 2) "'), and the line above is the reply before it, a field's name
// (' 1) "abha"'): HGETALL lists a hash's fields and values so.
func redisReplyAbove(text []byte, nl int) bool {
	reply := func(line []byte) []byte { // what follows ' N) "', or nil
		line = bytes.TrimLeft(line, " ")
		k := 0
		for k < len(line) && line[k] >= '0' && line[k] <= '9' {
			k++
		}
		if k == 0 || k+3 > len(line) || line[k] != ')' || line[k+1] != ' ' || line[k+2] != '"' {
			return nil
		}
		return line[k+3:]
	}
	if v := reply(text[nl+1:]); v == nil || len(v) != 0 {
		return false
	}
	start := lastLineBreak(text[:nl]) + 1
	key := reply(text[start:nl])
	if len(key) < 2 || key[len(key)-1] != '"' {
		return false
	}
	for _, b := range key[:len(key)-1] {
		if !isChunkByte(int(b)) || b >= 0x80 {
			return false
		}
	}
	return true
}

// charsBefore returns where the context window of n characters before
// start begins: n bytes of ASCII, fewer characters' worth of bytes in
// another script ("வாக்காளர் அடையாள அட்டை எண்:" is 27 characters and 73
// bytes), never more than MaxContextWindow bytes nor past a stream's
// history.
func (w *window) charsBefore(start, n int) int {
	lo := max(start-n, -len(w.hist))
	if lo >= 0 && allASCII(w.buf[lo:start]) {
		return lo // most text: a byte a character
	}
	for k := lo; k < start && lo > -len(w.hist) && start-lo < MaxContextWindow; k++ {
		if b := w.byteAt(k); b&0xC0 == 0x80 {
			lo-- // a continuation byte is no character: reach one byte further
		}
	}
	return lo
}

// allASCII reports whether every byte of b is ASCII, eight at a time.
func allASCII(b []byte) bool {
	var acc uint64
	for len(b) >= 8 {
		acc |= binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	for _, c := range b {
		acc |= uint64(c)
	}
	return acc&0x8080808080808080 == 0
}

// charsAfter returns where the context window of n characters after end
// ends (see charsBefore), and whether the buffer ends inside it.
func (w *window) charsAfter(end, n int) (hi int, cut bool) {
	want := end + n
	if allASCII(w.buf[end:min(want, len(w.buf))]) {
		return min(want, len(w.buf)), want > len(w.buf) && !w.atEOF
	}
	for k := end; k < want && k < len(w.buf) && want-end < MaxContextWindow; k++ {
		if w.buf[k]&0xC0 == 0x80 {
			want++
		}
	}
	return min(want, len(w.buf)), want > len(w.buf) && !w.atEOF
}

// wordsBefore reads up to maxCtxWords words before start, within the
// context window and the line, when the window reaches back into the
// bytes a stream already passed on: they are joined to the buffer's and
// read at once. lo is where the window starts (see charsBefore).
func (r *Redactor) wordsBefore(w *window, start, lo int, c *ctxWords) {
	var join [2 * MaxContextWindow]byte
	var n int
	if start < 0 { // a sibling value's words (see siblingBefore), all in the history
		n = copy(join[:], w.hist[len(w.hist)+lo:len(w.hist)+start])
	} else {
		n = copy(join[:], w.hist[len(w.hist)+lo:])
		n += copy(join[n:], w.buf[:start])
	}
	c.bp = n
	c.stepBefore(join[:n], lo == -len(w.hist), true)
}

// stepBefore reads the words of text, which ends where the candidate
// starts, backwards from c.bp: one run of word characters that adds a
// word, or all of them when all is set, until c.bdone. fromStart says
// text starts where the input does (see labelLineAbove).
func (c *ctxWords) stepBefore(text []byte, fromStart, all bool) {
	var words [fewWords]ctxWord
	if c.bp == len(text) && c.nb == 0 && c.blines == 0 {
		if nl := lastLineBreak(text); nl >= 0 && answersLineAbove(text, nl, !fromStart) && !knownWordIn(text[nl+1:]) {
			// "Gurpreet Bhat: ok OBV0032292" under "… share voter ID
			// instead?": the speaker's name and "ok" say nothing of the
			// value, and the question's words are read in their place.
			// ("DOB: …" is no speaker's turn.) The answer is joined to
			// the question as a copula joins a value to its name: "your
			// aadhaar no for the hotel booking?" asks for an Aadhaar.
			c.bp = nl + 1
			c.bjoined, c.banswer = true, true
		}
	}
	for p := c.bp; p > 0 && c.nb < maxCtxWords; {
		b := text[p-1]
		if b == '\n' {
			// The candidate's line a speaker's turn: the line above may be
			// the question it answers, cut by the window (see signal).
			c.banswer = c.banswer || c.blines == 0 && answerTurnAfter(text, p-1)
			if c.blines == 0 && !c.bsibling && c.bkeyed && c.vagueKey() && objectOpensLineAbove(text, p-1) {
				// "passport": {\n  "number": "…": the object's own key
				c.blines++
				c.bkeyed = false
				p = lineEndAbove(text, p-1) - 1
				continue
			}
			if c.blines == 0 && !c.bsibling && (c.bkeyed && c.vagueKey() && fieldEndsLineAbove(text, p-1) || plistKeyAbove(text, p-1)) {
				// Pretty-printed JSON ("Name": "birthdate",\n"Value": "…")
				// and a property list (<key>dateOfBirth</key>\n<string>…):
				// the field above names a value whose own key is vague.
				c.blines++
				c.bsibling, c.bkeyed, c.bsibFrom = true, false, c.nb
				p = lineEndAbove(text, p-1)
				continue
			}
			if c.blines == 0 && c.bkeyed && !c.bsibling && c.nb > 0 && c.vagueKey() && headingAbove(text, p-1) {
				// "🛂 Passport lookup\nNo: Y8103505": a vague key opening its
				// line under a heading that names what the record is of.
				c.blines++
				c.bkeyed = false
				p--
				continue
			}
			if c.blines == 0 && c.nb == 0 && redisReplyAbove(text, p-1) {
				// redis-cli's HGETALL: ' 1) "abha"' above ' 2) "4320…"'
				c.blines++
				c.bnum = false // the reply's index is no number between
				p--
				continue
			}
			if c.blines < maxLabelLines && labelLineAbove(text, p-1, fromStart, c.blines == 0) || c.blines == 0 && answersLineAbove(text, p-1, !fromStart) || c.blines == 0 && c.nb == 0 && !c.bkeyed && wrappedLineAbove(text, p-1) {
				c.blines++ // see labelLineAbove
				p--
				continue
			}
			break
		}
		if !isChunkByte(int(b)) {
			// In a record ("key": "value", key=value) only the value's own
			// key speaks for it: stop at the field before.
			switch {
			case c.bsibling && b == ' ' && c.nb > c.bsibFrom:
				c.bdone = true // a sentence ("msg":"beneficiary added") names no type
				return
			case b == ':' && p >= 2 && text[p-2] == ':' && c.nb == 0 && !c.bkeyed:
				// "Date of birth :: 23.05.1958": a doubled colon is one
			case b == ':' || b == '=':
				if c.bkeyed || c.bsibling {
					c.bdone = true // the field before speaks by its value, not its key
					return
				}
				c.bkeyed = true
			case b == '$' && c.bkeyed && !c.bsibling && p < len(text) && isASCIILetter(text[p]):
				// MongoDB's extended JSON wraps a value in its type
				// ({"accountNumber": {"$numberLong": "…"}}): the key that
				// speaks for it is the wrapper's.
				c.bkeyed = false
			case b == ']' && c.blines == 0 && stampOpensLine(text, p-1) >= 0:
				// "[00:00:24] Customer: 27th September 1964": a transcript's
				// time stamp is no field; the turn may answer the line above.
				p = stampOpensLine(text, p-1)
				continue
			case c.bkeyed && isFieldSep(int(b)):
				if b == '{' && !c.bsibling && c.vagueKey() {
					// {"passport": {"number": "…"}}: a vague key first in
					// its object takes the object's own key.
					c.bkeyed = false
					p--
					continue
				}
				if b == ',' && !c.bsibling && c.vagueKey() {
					c.bsibling, c.bkeyed, c.bsibFrom = true, false, c.nb // see vagueKey
					p--
					continue
				}
				c.bdone = true
				return
			case b == '@' && c.nb == 0 && p == c.bp && c.bp > 0:
				// "deploy@10.186.213.141", "kyc-gateway@4.18.2.1": the name
				// before '@' is the value's own, no label of it.
				for p--; p > 0 && (isAlnumByte(int(text[p-1])) || text[p-1] == '-' || text[p-1] == '_' || text[p-1] == '.'); p-- {
				}
				c.bp = p
				continue
			case b == ')' && c.nb == 0 && c.blines == 0:
				// A note in brackets within a label, "Passport No.
				// (previous, if any): …", "Janma tarikh (DOB): …": its words
				// count, its commas part no fields. A note with a number is
				// read as any words are: "(date of birth 17/03/1958) on …"
				// is a value of its own, and "Customer PAN (purchase above
				// Rs 2 lakh):" a label its note only qualifies.
				lo := max(p-maxScript*maxLabelNote, 0) // a note in an Indian script takes three bytes a letter
				if q := bytes.LastIndexByte(text[lo:p-1], '('); q >= 0 {
					if k := lo + q; bytes.IndexByte(text[k:p], '\n') < 0 && !hasDigit(text[k:p]) && utf8.RuneCount(text[k:p]) <= maxLabelNote {
						var note [maxChunk / 2]ctxWord
						all := note[:scanWords(text[k+1:p-1], note[:], false)]
						if labelWordBefore(text, k) {
							// "Aadhaar (OTP auth) :": the note qualifies a word
							// for a kind, and no word of it speaks against one.
							for n := range all {
								all[n].forObj = true
							}
						}
						if known := knownOnly(all); len(known) < len(all) {
							// The note's own words are dropped, and the label
							// it qualifies must stand on its line.
							c.keepBefore(known, c.bkeyed)
							c.blines = maxLabelLines
						} else {
							c.keepBefore(known, c.bkeyed)
						}
						c.bp, p = k, k
						continue
					}
				}
			case b >= '0' && b <= '9':
				q := p - 1
				for q > 0 && text[q-1] >= '0' && text[q-1] <= '9' {
					q--
				}
				if q > 0 && isASCIILetter(text[q-1]) {
					l := q - 1
					for l > 0 && isASCIILetter(text[l-1]) {
						l--
					}
					if p-q <= 3 && (l == 0 || !isDigitByte(int(text[l-1]))) && (p == len(text) || !isAlnumByte(int(text[p]))) {
						p = q // "Counter32:", "Win64": a word's own digits, no number between (not "-ac2a-", a hex group)
						continue
					}
					for q > 0 && isAlnumByte(int(text[q-1])) {
						q-- // "TS0920030830460", "150616ACC8B7": an identifier, whose letters are no word
					}
					c.bnum = true
					p = q
					continue
				}
				c.bnum = true
			}
			p--
			continue
		}
		q := p
		for q > 0 && p-q < maxChunk && isChunkByte(int(text[q-1])) {
			q--
		}
		if q >= 2 && dobWordAt(text, q-2) {
			q -= 2 // "D0B": the label, as OCR reads it (see dobWordAt)
		}
		if idBeforeNumberWord(text, q, p) {
			q -= 3 // "ID number": read as one word (see scanWords)
		}
		if c.bkeyed && !c.bsibling && isTypeWrapperKey(text, q, p) {
			// DynamoDB's JSON wraps a value in its type ({"dob": {"S":
			// "…"}}): the key that speaks for it is the wrapper's.
			c.bkeyed = false
			c.bp, p = q, q
			continue
		}
		nb := c.nb
		if sentenceEndsChunk(text, q, p) {
			c.bsent = true
		}
		if p-q == 1 && text[q] == '/' && q > 0 && text[q-1] == ' ' && p < len(text) && text[p] == ' ' {
			c.balt = true // "Aadhaar No / Enrolment No :"
		}
		ws := words[:scanWords(text[q:p], words[:], false)]
		if len(ws) == len(words) {
			var many [maxChunk / 2]ctxWord // a run of one-letter words: read it again, whole
			ws = many[:scanWords(text[q:p], many[:], false)]
		}
		c.keepBefore(ws, c.bkeyed)
		if foldedDigitIn(text[q:p]) {
			c.bnum = true // "(জন্ম তারিখ ১৩-০২-১৯৫৯) গত ০৪.০৫.২০২৬": a number in a script's digits stands between as an ASCII one does
		}
		c.bp = q
		if !all && c.nb > nb && c.nb < maxCtxWords {
			return // more may be read later
		}
		p = q
	}
	c.bdone = true
}

// foldedDigitIn reports a digit of an Indian script or a fullwidth digit
// in b, which a run of word characters holds as it holds letters.
func foldedDigitIn(b []byte) bool {
	for i := 0; i < len(b); i++ {
		if chars.MayFold(b[i]) {
			if c, _ := chars.Fold(b, i); chars.IsDigit(c) {
				return true
			}
		}
	}
	return false
}

// labelWordBefore reports a word the dictionary holds for some kind
// ending a space or none before text[k], a note's '(': "Aadhaar (OTP
// auth)", not "DE037 (RRN)".
func labelWordBefore(text []byte, k int) bool {
	e := k
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && e-s < 16 && isASCIILetter(text[s-1]) {
		s--
	}
	if s == e || s > 0 && isAlnumByte(int(text[s-1])) {
		return false
	}
	var buf [16]byte
	switch w := string(lowerASCII(buf[:], text[s:e])); w {
	case "number", "no", "num", "id":
		// "Mobile Number (linked with UAN)": the word before names the kind
		if s > 1 && text[s-1] == ' ' {
			return labelWordBefore(text, s-1)
		}
		return false
	}
	x, ok := dictionary[string(lowerASCII(buf[:], text[s:e]))]
	return ok && x.pos != 0
}

// knownOnly keeps the words of the dictionary among words, in order: a
// note's other words ("passport (OCR from PDF, full-width chars in
// source) M5602823") only push the label out of reach.
func knownOnly(words []ctxWord) []ctxWord {
	n := 0
	for _, x := range words {
		if x.known {
			words[n] = x
			n++
		}
	}
	return words[:n]
}

// sentenceEndsChunk reports whether the run of word characters text[q:p]
// ends a sentence: a word of four small letters or more, a full stop, a
// space and a capital ("… as invoice. Naveen"), not an abbreviation's
// dot ("Inv. No.", "Rs. 500").
func sentenceEndsChunk(text []byte, q, p int) bool {
	if p-q < 5 || text[p-1] != '.' || p+1 >= len(text) || text[p] != ' ' || !isUpperByte(int(text[p+1])) {
		return false
	}
	for k := p - 5; k < p-1; k++ {
		if !isLowerByte(int(text[k])) {
			return false
		}
	}
	return true
}

// isTypeWrapperKey reports whether text[q:p] is the key of a type
// wrapper that holds a string or a number, quoted, first in its object:
// DynamoDB's "S", "N", "SS" or "NS", Avro's union in JSON, "string",
// "long" or "int".
func isTypeWrapperKey(text []byte, q, p int) bool {
	switch string(text[q:p]) {
	case "S", "N", "SS", "NS", "string", "long", "int":
	default:
		return false
	}
	k := q - 1
	if k < 0 || text[k] != '"' {
		return false
	}
	for k--; k >= 0 && text[k] == ' '; k-- {
	}
	return k >= 0 && text[k] == '{'
}

// wordsAfter reads up to maxCtxWords words after end, within the context
// window and the line. In a stream it sets w.short when it needs bytes
// beyond the buffer.
func (r *Redactor) wordsAfter(w *window, end int, c *ctxWords) {
	c.adone = true
	hi, cut := w.charsAfter(end, r.cfg.window)
	text := w.buf[end:hi]
	for p := 0; p < len(text) && c.na < maxCtxWords; {
		b := text[p]
		if b == '\n' || isFieldSep(int(b)) {
			return // the next field's words are not about this value
		}
		if (b == '.' || b == '?' || b == '!') && p+2 < len(text) && text[p+1] == ' ' && isUpperByte(int(text[p+2])) {
			return // the next sentence's: "retired on 31.10.2014. My date of birth …"
		}
		if !isChunkByte(int(b)) {
			p++
			continue
		}
		q := p
		for q < len(text) && q-p < maxChunk && isChunkByte(int(text[q])) {
			q++
		}
		if p > 0 && isDigitByte(int(text[p-1])) && q < len(text) && isDigitByte(int(text[q])) {
			p = q // "5d00ffffc30ac360": letters between digits are a hex token's, no word
			continue
		}
		if p > 0 && text[p-1] == '@' {
			p = q // an address's domain or handle: "9626482674@icici" names no value beside it
			continue
		}
		// A word followed by ':' or '=' is the next field's key.
		k := q
		for k < len(text) && (text[k] == ' ' || text[k] == '"' || text[k] == '\'') {
			k++
		}
		if k == len(text) && cut {
			w.short = true
			return
		}
		if k < len(text) && (text[k] == ':' || text[k] == '=') {
			if text[0] == '"' && text[k] == '=' && k == q && isFieldIDAttr(text[p:q]) {
				// <node text="20/10/1987" resource-id="app:id/et_dob" …>,
				// <input value="…" name="dob">: an element's id, after its
				// text, names the field (its last part, after a '/').
				id, ranOut := fieldIDAfter(text, k+1)
				if ranOut && cut {
					w.short = true // the value may close in the next buffer
				}
				c.keepAfter(id)
			}
			return
		}
		c.keepAfter(text[p:q])
		p = q
	}
	if cut && c.na < maxCtxWords {
		w.short = true
	}
}

// isFieldIDAttr reports an element's attribute that names its field:
// Android's "resource-id" (uiautomator's dumps), HTML's "id" and "name".
func isFieldIDAttr(key []byte) bool {
	switch string(key) {
	case "resource-id", "id", "name":
		return true
	}
	return false
}

// fieldIDAfter returns the last part, after a '/', of the quoted
// attribute value that starts at text[eq] (its opening quote): "et_dob"
// of ""in.gramseva.app:id/et_dob"", or nothing; and whether text ended
// before the value did.
func fieldIDAfter(text []byte, eq int) (id []byte, ranOut bool) {
	if eq >= len(text) {
		return nil, true
	}
	if text[eq] != '"' {
		return nil, false
	}
	from := eq + 1
	for q := eq + 1; q < len(text); q++ {
		switch text[q] {
		case '"':
			return text[from:q], false
		case '/':
			from = q + 1
		case '\n', ' ':
			return nil, false
		}
	}
	return nil, true
}

// keepAfter adds the words of text, in order, to the words after the
// candidate.
func (c *ctxWords) keepAfter(text []byte) {
	var words [fewWords]ctxWord
	ws := words[:scanWords(text, words[:], true)]
	if len(ws) == len(words) {
		var many [maxChunk / 2]ctxWord // a run of one-letter words: read it again, whole
		ws = many[:scanWords(text, many[:], true)]
	}
	for _, x := range ws {
		if !x.isStop() && c.na < maxCtxWords {
			c.after[c.na] = x
			c.na++
		}
	}
}

// mixedCaseWord returns the length of the run of ASCII letters at i when
// its capitals are no camelCase humps: capitals then a capitalised piece,
// no lower-case letter before a capital, lower-cased into word a
// dictionary word as a whole, and the capitals alone none ("FASTag" is
// "fastag"; "PANNumber" stays "pan" "number", "dateOfBirth" three words).
// Else it returns 0.
func mixedCaseWord(text []byte, i int, word []byte) int {
	j, hump := i, 0
	for j < len(text) && isASCIILetter(text[j]) {
		if j-i >= len(word) {
			return 0
		}
		c := text[j]
		if j > i && chars.IsUpper(c) && chars.IsLower(text[j-1]) {
			return 0 // "dateOfBirth": a real hump
		}
		if hump == 0 && j > i && chars.IsUpper(c) && j+1 < len(text) && chars.IsLower(text[j+1]) && chars.IsUpper(text[j-1]) {
			hump = j - i
		}
		word[j-i] = c | 0x20
		j++
	}
	n := j - i
	if hump == 0 || !dictShape[n-1][word[0]] {
		return 0
	}
	if _, ok := dictionary[string(word[:n])]; !ok {
		return 0
	}
	if dictShape[hump-1][word[0]] {
		if _, ok := dictionary[string(word[:hump])]; ok {
			return 0
		}
	}
	return n
}

// dobWordAt reports "DOB" written at i as scanWords would not read it
// whole, a word of its own: "D0B", OCR's reading with a zero, and "DoB",
// whose capital B is no camelCase hump.
func dobWordAt(text []byte, i int) bool {
	if i+2 >= len(text) || text[i]|0x20 != 'd' {
		return false
	}
	// Its neighbours: no letter or digit by "D0B", no letter by "DoB".
	apart := func(b byte, ocr bool) bool { return !isASCIILetter(b) && !(ocr && isDigitByte(int(b))) }
	ocr := text[i+1] == '0' && text[i+2]|0x20 == 'b'
	if !ocr && !(text[i+1] == 'o' && text[i+2] == 'B') {
		return false
	}
	return (i == 0 || apart(text[i-1], ocr)) && (i+3 == len(text) || apart(text[i+3], ocr))
}

// maskRunEnds reports a run of three 'X's or more at j that ends its
// token, or runs on into digits (a mask's kept ones).
func maskRunEnds(text []byte, j int) bool {
	k := j
	for k < len(text) && text[k] == 'X' {
		k++
	}
	return k-j >= 3 && (k == len(text) || !isASCIILetter(text[k]))
}

// scanWords splits text into words and writes them, in order, with their
// dictionary entries if they have one, into dst; it returns how many it
// wrote, at most len(dst).
//
// A Latin word is a run of ASCII letters, lower-cased and split at
// camelCase humps ("panNumber" gives "pan" and "number", "PANNumber"
// gives "pan" and "number"); single letters joined by '/' or '.' form one
// word ("a/c" gives "ac", "D.O.B" gives "dob"). Any other word is a run of
// non-ASCII bytes with zero-width joiners removed, ending at ASCII, a
// folded digit, a danda or a no-break space.
func scanWords(text []byte, dst []ctxWord, after bool) int {
	var word [maxWordLen]byte
	nw := 0
	afterID := false // the word just kept was "id"
	lookup := func(n int) {
		if n == 0 || nw == len(dst) {
			return
		}
		if afterID && nw > 0 && (n == 2 && word[0] == 'n' && word[1] == 'o' || n == 6 && string(word[:6]) == "number" || n == 3 && string(word[:3]) == "num") {
			// "ID number", "id_no", "IdNo": a document's number, whichever
			// the form took, as "docno" is.
			afterID = false
			dst[nw-1] = ctxWord{entry: idNumberEntry, known: true, after: after}
			return
		}
		afterID = n == 2 && word[0] == 'i' && word[1] == 'd'
		var e ctxEntry
		known := false
		if n <= maxWordLen && dictShape[n-1][word[0]] {
			e, known = dictionary[string(word[:n])]
		}
		if !known && n >= 5 && n <= maxWordLen && word[n-1] == 's' && dictShape[n-2][word[0]] {
			// A Latin plural: "orders", "transactions", "accounts".
			e, known = dictionary[string(word[:n-1])]
		}
		if !known && word[0] == 0xE0 && n > minScriptStem && n <= maxWordLen {
			e, known = inflectedScriptWord(word[:n])
		}
		if nw > 0 && n == 2 && word[0] == 'i' && word[1] == 'd' && dst[nw-1].known && (dst[nw-1].entry.word == "account" || dst[nw-1].entry.word == "acct") {
			// "accountId", "account_id": a system's identifier of an account
			// (CloudTrail's "recipientAccountId"), not a bank's number.
			dst[nw-1].known = false
		}
		dst[nw] = ctxWord{entry: e, known: known, after: after, role: !known && n <= maxWordLen && isRoleNoun(word[:n])}
		nw++
	}
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case isASCIILetter(b) && isJoinedLetter(text, i+1):
			// Single letters joined by '/' or '.': a/c, d.o.b, r/o.
			n := 0
			j := i
			for {
				if n < maxWordLen {
					word[n] = text[j] | 0x20
				}
				n++
				if !isJoinedLetter(text, j+1) {
					j++
					break
				}
				j += 2
			}
			lookup(n)
			i = j
		case dobWordAt(text, i):
			// "D0B: 04/11/1983": OCR read the label's O as a zero; "DoB:"
			// has no camelCase hump.
			copy(word[:], "dob")
			lookup(3)
			i += 3
		case isASCIILetter(b):
			if i+1 < len(text) && chars.IsUpper(b) && chars.IsUpper(text[i+1]) {
				if n := mixedCaseWord(text, i, word[:]); n > 0 {
					// "FASTag": a word the dictionary knows whole, whose
					// capitals are no humps.
					lookup(n)
					i += n
					continue
				}
			}
			n := 0
			j := i
			for j < len(text) && isASCIILetter(text[j]) {
				c := text[j]
				// Split at camelCase humps: before an upper-case letter that
				// follows a lower-case one, or that starts a capitalised word
				// after capitals ("PANNumber").
				if n > 0 && chars.IsUpper(c) && (chars.IsLower(text[j-1]) ||
					j+1 < len(text) && chars.IsLower(text[j+1]) && chars.IsUpper(text[j-1])) {
					if c == 'X' && chars.IsLower(text[j-1]) && maskRunEnds(text, j) {
						// "CabXXXXXX": what a mask left of "Cab200000", whose
						// word a number closes; a second pass reads it alike.
						n = 0
						for j < len(text) && text[j] == 'X' {
							j++
						}
						break
					}
					lookup(n)
					n = 0
				}
				if n < maxWordLen {
					word[n] = c | 0x20
				}
				n++
				j++
			}
			if (i > 0 && text[i-1] == '.' || j < len(text) && text[j] == '.') && n == 7 && string(word[:7]) == "example" {
				n = 0 // "api.fleetops.example", "example.com": a host's, no "for example"
			}
			lookup(n)
			i = j
		case b >= 0x80:
			n := 0
			j := i
			for j < len(text) && text[j] >= 0x80 {
				c, size := chars.Fold(text, j)
				if chars.IsDigit(c) || isWordBreak(text, j) {
					break
				}
				if !isZeroWidthJoiner(text, j) {
					for k := 0; k < size && j+k < len(text); k++ {
						if n < maxWordLen {
							word[n] = text[j+k]
						}
						n++
					}
				}
				j += size
			}
			lookup(n)
			if j == i {
				j++ // a digit or break character: step over it
				if c, size := chars.Fold(text, i); c != 0 || size > 1 {
					j = i + size
				}
			}
			i = j
		default:
			i++
		}
	}
	return nw
}

// objectPrepositions, right before a value and after a word against it,
// make the value the object of what the word names ("txn on 3417 749455
// 13123", "paid to 9876543210"), not that thing's own number.
var objectPrepositions = map[string]bool{"on": true, "to": true, "by": true, "with": true}

// idBeforeNumberWord reports "id " before a chunk text[q:p] that is "no",
// "number" or "num", either case: "ID number", "Id No".
func idBeforeNumberWord(text []byte, q, p int) bool {
	if q < 3 || text[q-1] != ' ' || text[q-3]|0x20 != 'i' || text[q-2]|0x20 != 'd' || q > 3 && isAlnumByte(int(text[q-4])) {
		return false
	}
	var buf [6]byte
	if p-q > len(buf) {
		return false
	}
	switch string(lowerASCII(buf[:], text[q:p])) {
	case "no", "no.", "number", "num":
		return true
	}
	return false
}

// idNumberEntry is the entry of "docno", which "ID number" and "id_no"
// read as.
var idNumberEntry = func() ctxEntry {
	e := dictionary["docno"]
	e.word = "id no"
	return e
}()

// minScriptStem is the shortest stem, in bytes, that an inflected word of
// an Indian script is matched by: three characters, so that "नाम" (name)
// or "पता" (address) matches no longer word of which it is the start.
const minScriptStem = 9

// scriptStems holds the words of the dictionary in the Indian scripts by
// their stems: the word less a last vowel sign or virama. The Dravidian
// languages, and Bengali and Odia too, write a word's case as its ending:
// "അക്കൗണ്ട്" (account) is "അക്കൗണ്ടിലേക്ക്" (to the account), "অ্যাকাউন্ট"
// is "অ্যাকাউন্টে" (in the account).
var scriptStems = func() map[string]ctxEntry {
	m := map[string]ctxEntry{}
	put := func(stem string, e ctxEntry) {
		if len(stem) < minScriptStem {
			return
		}
		if old, dup := m[stem]; dup && old.word < e.word {
			return // two words, one stem: the same one whatever the map's order
		}
		m[stem] = e
	}
	for w, e := range dictionary {
		if len(w) < minScriptStem || w[0] != 0xE0 {
			continue
		}
		stem := w
		if isDependentSign(w[len(w)-3:]) {
			stem = w[:len(w)-3]
		}
		put(stem, e)
		for _, base := range chilluBases[w[len(w)-3:]] {
			// "നമ്പർ" (number) is "നമ്പറിൽ" (in the number): a Malayalam
			// chillu, a final consonant, is its letter before an ending.
			put(w[:len(w)-3]+base, e)
		}
	}
	return m
}()

// chilluBases are the letters that Malayalam's chillus (ൺ ൻ ർ ൽ ൾ) stand
// for before a word's ending.
var chilluBases = map[string][]string{
	"ൺ": {"ണ"}, "ൻ": {"ന"}, "ർ": {"ര", "റ"}, "ൽ": {"ല"}, "ൾ": {"ള"},
}

// isDependentSign reports a vowel sign, a virama or a nasal sign of the
// Indian scripts (U+0900–U+0DFF): what ends a word's stem, never starts
// a word.
func isDependentSign(c string) bool {
	if len(c) != 3 || c[0] != 0xE0 || c[1] < 0xA4 || c[1] > 0xB7 {
		return false
	}
	off := (c[1]&1)<<6 | c[2]&0x3F // the offset in the script's block of 128
	return off >= 0x3E && off <= 0x4D || off >= 0x01 && off <= 0x03 || off == 0x57
}

// inflectedScriptWord looks up a word of an Indian script that the
// dictionary does not hold whole by its longest stem in scriptStems,
// something following it: "അക്കൗണ്ടിലേക്ക്".
func inflectedScriptWord(word []byte) (ctxEntry, bool) {
	for m := len(word) - 3; m >= minScriptStem; m -= 3 {
		if word[m]&0xC0 == 0x80 {
			return ctxEntry{}, false // not three-byte characters throughout
		}
		if e, ok := scriptStems[string(word[:m])]; ok {
			return e, true
		}
	}
	return ctxEntry{}, false
}

// isJoinedLetter reports whether t[i:] is '/' or '.' and then a single
// letter, as in the "/c" of "a/c", and the letter before t[i] stands alone.
func isJoinedLetter(t []byte, i int) bool {
	if i+1 >= len(t) || t[i] != '/' && t[i] != '.' || !isASCIILetter(t[i+1]) {
		return false
	}
	if i >= 2 && isASCIILetter(t[i-2]) {
		return false
	}
	return i+2 == len(t) || !isASCIILetter(t[i+2])
}

func isASCIILetter(b byte) bool { return chars.IsUpper(b) || chars.IsLower(b) }

// isZeroWidthJoiner reports U+200C and U+200D, which Indic text uses
// inconsistently inside words.
func isZeroWidthJoiner(t []byte, i int) bool {
	return i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && (t[i+2] == 0x8C || t[i+2] == 0x8D)
}

// isWordBreak reports the non-ASCII characters that separate words: the
// danda and double danda (U+0964, U+0965), no-break space, and general
// punctuation such as quotes and dashes (U+2000–U+206F) other than the
// zero-width joiners.
func isWordBreak(t []byte, i int) bool {
	switch {
	case i+1 < len(t) && t[i] == 0xC2 && t[i+1] == 0xA0:
		return true
	case i+2 < len(t) && t[i] == 0xE0 && t[i+1] == 0xA5 && (t[i+2] == 0xA4 || t[i+2] == 0xA5):
		return true
	case i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80:
		return t[i+2] != 0x8C && t[i+2] != 0x8D
	}
	return false
}
