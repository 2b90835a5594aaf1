package redact

import "github.com/kavachpii/kavach/validators"

// A passport's machine-readable zone (ICAO Doc 9303, TD3) is two lines of
// upper-case letters, digits and the filler '<', which OCR reads off the
// photo page of every passport:
//
//	P<INDSHAH<<JIGNESH<<<<<<<<<<<<<<<<<<<<<<<<<<
//	P8717869<4IND5703065M3301017<<<<<<<<<<<<<<<2
//
// The first line names the holder (surname, "<<", given names); the
// second holds the passport number and the date of birth (YYMMDD), each
// followed by its check digit. kavach reads the name from a first line
// that says "P" and a three-letter issuing state, and the number and
// date from a second line whose two check digits both hold: OCR noise
// that breaks either leaves the line to the rest of the scanner.

const (
	mrzLine1Min = 10 // "P<IND" and a short name: OCR trims the filler
	mrzLine2Min = 28 // number, check, nationality, birth date, check, sex, expiry, check
	mrzLineMax  = 46 // 44 in a passport; OCR and hand-typed copies add a filler or two
)

func isMRZChar(b int) bool { return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '<' }

// mrzLineEnd returns the end of the run of MRZ characters at i, reading
// at most one line's worth, and whether the run ends its line.
func (w *window) mrzLineEnd(i int) (end int, whole bool) {
	end = i
	for end-i <= mrzLineMax && isMRZChar(w.byteAt(end)) {
		end++
	}
	b := w.byteAt(end)
	return end, end-i <= mrzLineMax && (b < 0 && !w.short || b == '\n' || b == '\r' || b == ' ')
}

// mayOpenMRZ is candidate's quick test for a line of a machine-readable
// zone at i: at the start of a line, "P" and a type letter or filler, or
// nine characters and a check digit. Bytes beyond buf count as a yes, and
// it never asks for more input: mrz, which reads on, decides.
func (w *window) mayOpenMRZ(i int) bool {
	if p := w.byteAt(i - 1); p >= 0 && p != '\n' && p != ' ' {
		return false
	}
	at := func(k int) int { // -1: not in buf yet, so anything may come
		if k >= len(w.buf) {
			return -1
		}
		return int(w.buf[k])
	}
	b1, b2, b8, b9 := at(i+1), at(i+2), at(i+8), at(i+9)
	return w.buf[i] == 'P' && (b1 < 0 || b1 == '<' || isUpperByte(b1)) && (b2 < 0 || b2 >= 'A') ||
		(b8 < 0 || b8 >= '0') && (b9 < 0 || isDigitByte(b9))
}

// mrz reads a line of a passport's machine-readable zone at i and returns
// where scanning goes on: past the line, or i.
func (r *Redactor) mrz(w *window, i int, out *[]match) int {
	end, whole := w.mrzLineEnd(i)
	if w.short || !whole {
		return i
	}
	line := w.buf[i:end]
	switch {
	case len(line) >= mrzLine1Min && line[0] == 'P' && isMRZLetters(line[2:5]):
		// The name: "SHAH<<JIGNESH", up to the filler that pads it.
		names := line[5:]
		last := -1
		for k, c := range names {
			if c >= '0' && c <= '9' {
				return i // a name has no digit
			}
			if c != '<' {
				last = k
			}
		}
		if last >= 0 && hasDoubleFiller(w, i+5, i+5+last+1) && allMask(w, i+5, i+5+last+1) {
			return end // a name a mask wrote over: the line stays read as one, its header no name either
		}
		if hasMaskWord(names, 2) {
			return i // a word of X's: what a mask left of digits
		}
		if last < 0 || !hasDoubleFiller(w, i+5, i+5+last+1) || !r.cfg.person || allMask(w, i+5, i+5+last+1) {
			return i
		}
		*out = append(*out, match{kind: kPerson, start: i + 5, end: i + 5 + last + 1, score: 0.9,
			reason: "name in a passport's machine-readable zone"})
		return end
	case len(line) >= mrzLine2Min:
		doc, dob := line[:9], line[13:19]
		if !isMRZLetters(line[10:13]) || !digitsOnly(dob) || !isMRZDocNumber(doc) {
			return i
		}
		checked := validators.PassportMRZCheck(string(doc), line[9]) && validators.PassportMRZCheck(string(dob), line[19])
		if !checked && !w.mrzNameBefore(i) {
			return i // after the name line, OCR's misread check digit is no reason to leak
		}
		n := 9
		for n > 0 && doc[n-1] == '<' {
			n--
		}
		if n == 0 {
			return i
		}
		why := "; check digits ok"
		if !checked {
			why = "; after the name line"
		}
		if r.cfg.enabled&kPassport.mask() != 0 {
			*out = append(*out, match{kind: kPassport, start: i, end: i + n, score: 1,
				reason: "passport number in a machine-readable zone" + why})
		}
		if r.cfg.enabled&kDateOfBirth.mask() != 0 {
			*out = append(*out, match{kind: kDateOfBirth, start: i + 13, end: i + 19, score: 1,
				reason: "birth date in a machine-readable zone" + why})
		}
		return end
	}
	return i
}

// mrzNameBefore reports whether the line before the one at i is the
// first line of a machine-readable zone ("P<IND…").
func (w *window) mrzNameBefore(i int) bool {
	if w.byteAt(i-1) != '\n' {
		return false
	}
	k := i - 1
	if w.byteAt(k-1) == '\r' {
		k--
	}
	s := k
	for isMRZChar(w.byteAt(s-1)) && k-s <= mrzLineMax {
		s--
	}
	if k-s < mrzLine1Min || k-s > mrzLineMax {
		return false
	}
	if b := w.byteAt(s - 1); b >= 0 && b != '\n' && b != ' ' {
		return false
	}
	return w.byteAt(s) == 'P' && w.byteAt(s+2) >= 'A' && w.byteAt(s+2) <= 'Z' && w.byteAt(s+5) >= 0 &&
		hasDoubleFiller(w, s+5, k)
}

// hasDoubleFiller reports "<<", the filler between surname and given
// names, in [from, to).
func hasDoubleFiller(w *window, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if w.byteAt(k) == '<' && w.byteAt(k-1) == '<' {
			return true
		}
	}
	return false
}

// isMRZDocNumber reports a document number field: letters and digits,
// then filler only, with a digit.
func isMRZDocNumber(b []byte) bool {
	digit, filler := false, false
	for _, c := range b {
		switch {
		case c == '<':
			filler = true
		case filler:
			return false
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return digit
}

// isMRZLetters reports a three-letter state or nationality code, or its
// filler ("IND", "D<<").
func isMRZLetters(b []byte) bool {
	for _, c := range b {
		if !(c >= 'A' && c <= 'Z' || c == '<') {
			return false
		}
	}
	return b[0] != '<'
}
