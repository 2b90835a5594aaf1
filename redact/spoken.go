package redact

import "github.com/kavachpii/kavach/validators"

// Numbers spoken digit by digit, as voice bots, IVR systems and call
// transcripts write them: "nine one six zero four seven three double two
// three", "saat do paanch ek …". A caller who reads out a mobile or an
// Aadhaar number leaves it in the transcript in words, where no digit
// reader sees it.

// Limits of a spoken number (see spokenNumber).
const (
	minSpokenDigits = 6  // a PIN code, the shortest identifier read out
	maxSpokenWords  = 24 // a card's 19 digits and a few "double"s; a longer run is a count or a chant
	maxSpokenWord   = 7  // "shoonya", the longest word
)

// spokenKinds are the kinds spokenCands reads.
const spokenKinds kindMask = 1<<kAadhaar | 1<<kVID | 1<<kMobile | 1<<kCard | 1<<kABHA | 1<<kPINCode | 1<<kBankAccount

// spokenWords are the words of a number read out digit by digit, in
// English and in Hindustani as Indian callers say them: each the digit
// it says, or the repeat of the digit after it ("double", "triple").
var spokenWords = map[string]struct {
	digit byte
	rep   int
}{
	"zero": {'0', 1}, "oh": {'0', 1}, "shunya": {'0', 1}, "shoonya": {'0', 1}, "sunya": {'0', 1}, "sifar": {'0', 1},
	"one": {'1', 1}, "ek": {'1', 1},
	"two": {'2', 1}, "do": {'2', 1},
	"three": {'3', 1}, "teen": {'3', 1},
	"four": {'4', 1}, "char": {'4', 1}, "chaar": {'4', 1},
	"five": {'5', 1}, "paanch": {'5', 1}, "panch": {'5', 1}, "paach": {'5', 1},
	"six": {'6', 1}, "chhe": {'6', 1}, "chhah": {'6', 1}, "chah": {'6', 1}, "che": {'6', 1},
	"seven": {'7', 1}, "saat": {'7', 1}, "sat": {'7', 1},
	"eight": {'8', 1}, "aath": {'8', 1}, "ath": {'8', 1},
	"nine": {'9', 1}, "nau": {'9', 1},
	"double": {0, 2}, "triple": {0, 3},
}

// spokenWord returns what the lower-case word says: a digit, or the
// repeat of "double" (2) and "triple" (3) with digit 0; ok is false for
// any other word. It compares word with the few words of its first
// letter (see spokenByFirst), not through the map: most words it is
// asked about are prose's ("the", "for", "dog").
func spokenWord(word string) (digit byte, rep int, ok bool) {
	if len(word) < 2 || word[0] < 'a' || word[0] > 'z' {
		return 0, 0, false
	}
	for _, sw := range spokenByFirst[word[0]-'a'] {
		if sw.word == word {
			return sw.digit, sw.rep, true
		}
	}
	return 0, 0, false
}

// spokenByFirst lists spokenWords by their first letter.
var spokenByFirst = func() (t [26][]struct {
	word  string
	digit byte
	rep   int
}) {
	for word, sw := range spokenWords {
		k := word[0] - 'a'
		t[k] = append(t[k], struct {
			word  string
			digit byte
			rep   int
		}{word, sw.digit, sw.rep})
	}
	return t
}()

// spokenFirst marks the letters a word of spokenWords opens with, in
// either case.
var spokenFirst = func() (t [256]bool) {
	for word := range spokenWords {
		t[word[0]], t[word[0]-'a'+'A'] = true, true
	}
	return t
}()

// thirdBit is a byte's bit in lowerThirds: a letter's, in either case,
// or the end of a word's for any byte but a letter or a digit.
var thirdBit = func() (t [256]uint32) {
	for b := range t {
		switch {
		case isASCIILetter(byte(b)):
			t[b] = 1 << (b | 0x20 - 'a')
		case !isDigitByte(b):
			t[b] = 1 << 26
		}
	}
	return t
}()

// isSpokenSep reports a byte between two words of a spoken number.
func isSpokenSep(b int) bool { return b == ' ' || b == ',' || b == '-' }

// spokenWordAt reads the word of letters at i (it must open there) and
// returns its end and what it says. In a stream whose buffer ends inside
// the word, w.short is set.
func (w *window) spokenWordAt(i int) (end int, digit byte, rep int, ok bool) {
	var lower [maxSpokenWord]byte
	k := i
	for ; k-i < maxSpokenWord; k++ {
		b := w.byteAt(k)
		if !isASCIILetter(byte(max(b, 0))) || b < 0 {
			break
		}
		lower[k-i] = byte(b) | 0x20
	}
	if k == i || isASCIILetter(byte(max(w.byteAt(k), 0))) || isDigitByte(w.byteAt(k)) {
		return k, 0, 0, false
	}
	digit, rep, ok = spokenWord(string(lower[:k-i]))
	return k, digit, rep, ok
}

// spokenWordBefore reads the word of letters that ends at e and returns
// its start, or e when the letters before e are no word of spokenWord.
func (w *window) spokenWordBefore(e int) int {
	s := e
	for e-s < maxSpokenWord && isASCIILetter(byte(max(w.byteAt(s-1), 0))) && w.byteAt(s-1) >= 0 {
		s--
	}
	if s == e || isAlnumByte(w.byteAt(s-1)) {
		return e
	}
	var lower [maxSpokenWord]byte
	for k := s; k < e; k++ {
		lower[k-s] = byte(w.byteAt(k)) | 0x20
	}
	if _, _, ok := spokenWord(string(lower[:e-s])); !ok {
		return e
	}
	return s
}

// spokenRunStart returns where the run of spoken digits that ends with
// the word ending at e (or its separator, when sep is set) starts, and
// the number of its words, reading back at most maxSpokenWords+1 words.
func (w *window) spokenRunStart(e int) (start, words int) {
	start = e
	for words <= maxSpokenWords {
		s := w.spokenWordBefore(e)
		if s == e {
			break
		}
		start, words = s, words+1
		e = s - 1
		if !isSpokenSep(w.byteAt(e)) {
			break
		}
		if w.byteAt(e) == ' ' && w.byteAt(e-1) == ',' {
			e-- // ", "
		}
	}
	return start, words
}

// spokenHeld returns where a stream may cut at p without cutting a
// spoken number in two: the start of the run of number words right
// before p, or p.
func (w *window) spokenHeld(p int) int {
	e := p
	if b := w.byteAt(e - 1); isSpokenSep(b) {
		e--
		if b == ' ' && w.byteAt(e-1) == ',' {
			e--
		}
	}
	if s, n := w.spokenRunStart(e); n > 0 && n <= maxSpokenWords && s >= w.from {
		return s
	}
	return p
}

// mayOpenSpoken is the main loop's quick test at a letter of spokenFirst
// that opens a word: two words of spokenWord in a row, or too little of
// buf to tell.
func mayOpenSpoken[T ~string | ~[]byte](buf T, i int, atEOF bool) bool {
	if i+4 > len(buf) {
		return !atEOF
	}
	if !lowerWordAt(buf, i) {
		return false // "the", "for", "dog": no word of spokenWords opens so
	}
	// The word, a separator, and a second word of spokenWord.
	for n := 0; n < 2; n++ {
		k := i
		var lower [maxSpokenWord]byte
		for k < len(buf) && k-i < maxSpokenWord && isASCIILetter(buf[k]) {
			lower[k-i] = buf[k] | 0x20
			k++
		}
		if k == len(buf) {
			return !atEOF
		}
		if isAlnumByte(int(buf[k])) {
			return false
		}
		if _, _, ok := spokenWord(string(lower[:k-i])); !ok {
			return false
		}
		if n == 1 {
			return true
		}
		if !isSpokenSep(int(buf[k])) {
			return false
		}
		k++
		if k < len(buf) && buf[k] == ' ' && buf[k-1] == ',' {
			k++
		}
		if k >= len(buf) {
			return !atEOF
		}
		i = k
	}
	return false
}

// spokenDigits appends the digits the words of v say ("nine one double
// two" is 9122) and reports whether every word of v is one of
// spokenWord's, a "double" or "triple" before a digit's word.
func spokenDigits(out, v []byte) ([]byte, bool) {
	rep := 0
	words := 0
	for i := 0; i < len(v); {
		if !isASCIILetter(v[i]) {
			if !isSpokenSep(int(v[i])) {
				return out, false
			}
			i++
			continue
		}
		k := i
		var lower [maxSpokenWord]byte
		for k < len(v) && isASCIILetter(v[k]) {
			if k-i == maxSpokenWord {
				return out, false
			}
			lower[k-i] = v[k] | 0x20
			k++
		}
		d, r, ok := spokenWord(string(lower[:k-i]))
		if !ok || rep > 0 && d == 0 {
			return out, false
		}
		words++
		if d == 0 {
			rep = r
		} else {
			for range max(rep, 1) {
				out = append(out, d)
			}
			rep = 0
		}
		i = k
	}
	return out, words > 0 && rep == 0
}

// spokenNumber reads the run of spoken digits whose word at i the main
// loop stopped at (mayOpenSpoken said it may open one), back to its first
// word (after a quote or a colon the loop passes by) and on to its last,
// and judges the digits it says as digits written as such are judged:
// each kind by its check, and by the words around the run. It returns
// where scanning goes on.
func (r *Redactor) spokenNumber(w *window, i int, out *[]match) int {
	start := i
	before := 0
	if b := w.byteAt(i - 1); isSpokenSep(b) {
		e := i - 1
		if b == ' ' && w.byteAt(e-1) == ',' {
			e--
		}
		start, before = w.spokenRunStart(e)
		if before == 0 {
			start = i
		}
	}
	// On to the run's last word.
	end, words := i, before
	for p := i; words <= maxSpokenWords; {
		e, _, _, ok := w.spokenWordAt(p)
		if w.short {
			return i
		}
		if !ok {
			break
		}
		end, words = e, words+1
		q := e
		if !isSpokenSep(w.byteAt(q)) {
			break
		}
		q++
		if w.byteAt(q) == ' ' && w.byteAt(q-1) == ',' {
			q++
		}
		if !isASCIILetter(byte(max(w.byteAt(q), 0))) || w.byteAt(q) < 0 {
			break
		}
		p = q
	}
	if w.short {
		return i
	}
	if end == i {
		return i // no word of a spoken number after all
	}
	w.visited(start, end)
	if words > maxSpokenWords || start < w.from {
		return end // a count, a chant, or a run the stream passed on whole
	}
	var d [2*maxSpokenWords + 8]byte
	v, ok := spokenDigits(d[:0], w.buf[start:end])
	for !ok && end > start {
		// A "double" with no digit after it ends the run before it.
		e := w.spokenWordBefore(end)
		if e == end {
			break
		}
		for end = e; end > start && isSpokenSep(w.byteAt(end-1)); end-- {
		}
		v, ok = spokenDigits(d[:0], w.buf[start:end])
	}
	if !ok || len(v) < minSpokenDigits {
		return max(end, i+1)
	}
	var cs [3]cand
	if c := spokenCands(&cs, v); len(c) > 0 {
		r.decide(w, start, end, c, out)
	}
	return max(end, i+1)
}

// spokenCands returns in cs the readings of the digits v a caller read
// out: the kinds whose check they pass, at bases that leave much of the
// weight to the words around them, as boxedDigits does for a form's
// boxes. A number read out digit by digit is meant to be written down, so
// a kind with a check starts higher than there.
func spokenCands(cs *[3]cand, v []byte) []cand {
	s := string(v)
	n := 0
	add := func(k kindID, base float64, evidence string) {
		cs[n] = cand{kind: k, base: base, evidence: evidence}
		n++
	}
	switch l := len(v); {
	case l == 12 && validators.Aadhaar(s) == nil:
		add(kAadhaar, 0.5, "Verhoeff ok, spoken digits")
	case l == 12 && v[0] == '9' && v[1] == '1' && validators.MobileRange(s[2:]):
		add(kMobile, 0.5, "mobile range with 91, spoken digits")
	case l == 16 && validators.VID(s) == nil:
		add(kVID, 0.45, "Verhoeff ok, spoken digits")
	case l == 10 && validators.MobileRange(s):
		add(kMobile, 0.5, "mobile range, spoken digits")
	case l == 11 && v[0] == '0' && validators.MobileRange(s[1:]):
		add(kMobile, 0.55, "mobile range with trunk 0, spoken digits")
	case l == 14:
		add(kABHA, 0.2, "ABHA length, spoken digits")
	case l == 6 && validators.PINCode(s) == nil:
		add(kPINCode, 0.2, "PIN code shape, spoken digits")
	}
	if l := len(v); l >= 13 && validators.Card(s) == nil {
		add(kCard, 0.5, "Luhn ok, known issuer, spoken digits")
	}
	if l := len(v); l >= 9 && l <= 18 {
		add(kBankAccount, 0.1, "account number length, spoken digits")
	}
	return cs[:n]
}
