package redact

import "github.com/kavachpii/kavach/internal/names"

// An airline's reservation (PNR), as GDS terminals and airline systems log
// it, lists each passenger as a numbered name element and gives their
// travel document in an SSR DOCS element, fields split by '/':
//
//	  1.VERMA/MANOJ MR
//	  SSR DOCS AI HK1 P/IND/V2969415/IND/27AUG79/M/05JAN27/VERMA/MANOJ/P1
//
// The DOCS fields: the document's type (P for a passport), its issuing
// country, its number, the holder's nationality, date of birth
// (ddMMMyy), gender, the document's expiry, surname and given names.

// maxDOCSField bounds a field of an SSR DOCS element.
const maxDOCSField = 30

// ssrDocs reads the SSR DOCS element whose word "DOCS" starts at i and
// returns where scanning goes on, or i when none stands there.
func (r *Redactor) ssrDocs(w *window, i int, out *[]match) int {
	if w.byteAt(i+4) != ' ' || isAlnumByte(w.byteAt(i-1)) {
		return i
	}
	// The airline and the status ("AI HK1"), then the document's type.
	p := i + 5
	for n := 0; n < 24 && w.byteAt(p) != '/' && w.byteAt(p) >= ' '; n++ {
		p++
	}
	if w.byteAt(p) != '/' || p < i+6 {
		return i
	}
	typ := w.byteAt(p - 1)
	if w.byteAt(p-2) != ' ' && w.byteAt(p-2) != '/' {
		return i
	}
	var f [9]span // issuer, number, nationality, birth, gender, expiry, surname, given, rest
	n := 0
	for q := p + 1; n < len(f); n++ {
		s := q
		for q-s <= maxDOCSField && (isUpperByte(w.byteAt(q)) || isDigitByte(w.byteAt(q)) || w.byteAt(q) == ' ' && n >= 6 && n <= 7) {
			q++
		}
		f[n] = span{s, q}
		if w.byteAt(q) != '/' {
			n++
			break
		}
		q++
	}
	if w.short || n < 8 || f[0].end-f[0].start != 3 || !docsDate(w, f[3]) || f[6].end == f[6].start {
		return i
	}
	if typ == 'P' && f[1].end-f[1].start >= 6 && r.cfg.enabled&kPassport.mask() != 0 {
		*out = append(*out, match{kind: kPassport, start: f[1].start, end: f[1].end, score: 0.95, reason: "document of an SSR DOCS element"})
	}
	if r.cfg.enabled&kDateOfBirth.mask() != 0 {
		*out = append(*out, match{kind: kDateOfBirth, start: f[3].start, end: f[3].end, score: 0.95, reason: "date of birth of an SSR DOCS element"})
	}
	end := f[7].end
	if f[7].end == f[7].start {
		end = f[6].end
	}
	if r.cfg.person {
		*out = append(*out, match{kind: kPerson, start: f[6].start, end: end, score: 0.95, reason: "passenger of an SSR DOCS element"})
	}
	return end
}

// docsDate reports a date as DOCS writes it: "27AUG79".
func docsDate(w *window, f span) bool {
	if f.end-f.start != 7 || !isDigitByte(w.byteAt(f.start)) || !isDigitByte(w.byteAt(f.start+1)) ||
		!isDigitByte(w.byteAt(f.start+5)) || !isDigitByte(w.byteAt(f.start+6)) {
		return false
	}
	var m [3]byte
	for k := range m {
		m[k] = byte(w.byteAt(f.start + 2 + k))
	}
	return isMonthWord(m[:])
}

// pnrName reads a PNR's numbered name element, "1.VERMA/MANOJ MR", whose
// surname starts at i after the element's number and dot, and returns
// where scanning goes on, or i.
func (r *Redactor) pnrName(w *window, i int, out *[]match) int {
	k := i - 2
	for k >= i-3 && isDigitByte(w.byteAt(k)) {
		k--
	}
	if b := w.byteAt(k); !r.cfg.person || w.byteAt(i-1) != '.' || k == i-2 || b >= 0 && b != ' ' && b != '\n' && b != '\t' {
		return i
	}
	q := i
	for isUpperByte(w.byteAt(q)) {
		q++
	}
	if w.byteAt(q) != '/' || q-i < 2 || !isUpperByte(w.byteAt(q+1)) {
		return i
	}
	// The given names to the line's end or the next element, less a title.
	end, last := q, q+1
	for p := q + 1; p-i <= 2*maxDOCSField; {
		s := p
		for isUpperByte(w.byteAt(p)) {
			p++
		}
		if p == s {
			break
		}
		var word [8]byte
		if _, title := honorifics[string(lowerASCII(word[:], w.buf[s:p]))]; title && s > last {
			break // "MANOJ MR": the title is no name
		}
		end = p
		if w.byteAt(p) != ' ' || !isUpperByte(w.byteAt(p+1)) {
			break
		}
		p++
	}
	if w.short || end == q || allMask(w, i, q) || allMask(w, q+1, end) || hasMaskWord(w.buf[q+1:end], 2) || w.byteAt(end) == '@' || isAlnumByte(w.byteAt(end)) {
		// nothing, a name a mask has written over ("1.XXXXX/XXXXX",
		// "0.AA/XX@XX", "0.AA/XXXXXXXXXXXXXXXX A", "0.AA/A XX.X@XX"), an address's local
		// part, or a code whose letters run on into digits ("0.AA/A0000010")
		return i
	}
	*out = append(*out, match{kind: kPerson, start: i, end: end, score: 0.9, reason: "passenger of a PNR's name element"})
	return end
}

// slashName reads a name written family name first, a slash between,
// as a card's magnetic stripe, a ticket and a bank's message write it
// ("| KRISHNAN/REVATHI |", "^SHARMA/ANJALI K^"), or its parts joined by
// '^', as HL7, DICOM and lab analysers' records do, in either order
// ("PN [PILLAI^RAHUL]", "SREEPARNA^DUTTA 19861112"). The gazetteer must
// know the family name and the first given name, in capitals, the whole
// standing apart from other tokens; it returns where scanning goes on,
// or i.
func (r *Redactor) slashName(w *window, i int, out *[]match) int {
	if b := w.byteAt(i - 1); b >= 0 && !slashNameGap[b] {
		return i
	}
	var word [24]byte
	q := i
	for isUpperByte(w.byteAt(q)) {
		q++
	}
	sep := w.byteAt(q)
	if sep != '/' && sep != '^' || q-i < 2 || q-i > len(word) {
		return i
	}
	first := string(lowerASCII(word[:], w.buf[i:q]))
	familyFirst := names.Surname(first)
	if !familyFirst && (sep != '^' || names.Ambiguous(first) || !names.Given(first) && !mayBeUnknownGiven(first)) {
		return i
	}
	end := q + 1
	for n := 0; n < 3; n++ {
		s := end
		if n > 0 {
			s++ // the space before a second given name
		}
		p := s
		for isUpperByte(w.byteAt(p)) {
			p++
		}
		if p-s < 2 || p-s > len(word) {
			if n == 0 {
				return i // "AAAA^ ": no word after the separator
			}
			break
		}
		g := string(lowerASCII(word[:], w.buf[s:p]))
		if _, title := honorifics[g]; title && n > 0 {
			break // "SHARMA/ANJALI MRS": the title is no name
		}
		if n == 0 && !(familyFirst && names.Given(g) && (sep == '^' || !names.Ambiguous(g)) || sep == '^' && names.Surname(g) && !names.Ambiguous(g)) {
			return i // "GIVEN^FAMILY" too, where '^' joins the parts, its given name maybe one the gazetteer lacks or an everyday word ("NAMBIAR^VISHNU")
		}
		end = p
		if w.byteAt(p) != ' ' || !isUpperByte(w.byteAt(p+1)) {
			break
		}
	}
	if b := w.byteAt(end); b >= 0 && !slashNameGap[b] && b != '\r' || w.short || allMask(w, i, end) {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: i, end: end, score: scoreNameCue, reason: "family name/given name, as cards and records write one"})
	return end
}

// slashNameGap marks what may stand beside a name slashName reads.
var slashNameGap = [256]bool{' ': true, '\n': true, '\t': true, '|': true, '^': true, ',': true, ';': true, '"': true, ':': true, '[': true, ']': true}

// An airline sends its passengers' data to border agencies as an EDIFACT
// PAXLST message, segments ended by an apostrophe:
//
//	NAD+FL+++BARUAH:BHASKAR'   the passenger's names
//	DTM+329:060620'            the date of birth (YYMMDD)
//	DOC+P:110:111+L1396666'    a passport's number

// paxlstSegment reads the PAXLST segment whose tag starts at i and
// returns where scanning goes on, or i.
func (r *Redactor) paxlstSegment(w *window, i int, out *[]match) int {
	if b := w.byteAt(i - 1); b >= 0 && b != '\n' && b != '\r' && b != '\'' || w.byteAt(i+3) != '+' {
		return i
	}
	var tag [3]byte
	for k := range tag {
		tag[k] = byte(w.byteAt(i + k))
	}
	p := i + 4
	// value reads the element at q to the segment's or the element's end.
	value := func(q int, name bool) int {
		e := q
		for e-q < maxDOCSField && (isUpperByte(w.byteAt(e)) || isDigitByte(w.byteAt(e)) || name && (w.byteAt(e) == ':' || w.byteAt(e) == ' ' || w.byteAt(e) == '-')) {
			e++
		}
		if b := w.byteAt(e); b != '\'' && b != '+' {
			return q
		}
		return e
	}
	var m match
	switch string(tag[:]) {
	case "NAD":
		if w.byteAt(p) != 'F' || w.byteAt(p+1) != 'L' || !r.cfg.person {
			return i
		}
		q := p + 2
		for n := 0; n < 4 && w.byteAt(q) == '+'; n++ {
			q++
		}
		m = match{kind: kPerson, start: q, end: value(q, true), score: 0.95, reason: "passenger of a PAXLST message"}
	case "DTM":
		if w.byteAt(p) != '3' || w.byteAt(p+1) != '2' || w.byteAt(p+2) != '9' || w.byteAt(p+3) != ':' || r.cfg.enabled&kDateOfBirth.mask() == 0 {
			return i
		}
		m = match{kind: kDateOfBirth, start: p + 4, end: value(p+4, false), score: 0.95, reason: "date of birth of a PAXLST message"}
		if m.end-m.start != 6 && m.end-m.start != 8 {
			return i
		}
	case "DOC":
		if w.byteAt(p) != 'P' || (w.byteAt(p+1) != ':' && w.byteAt(p+1) != '+') || r.cfg.enabled&kPassport.mask() == 0 {
			return i
		}
		q := p + 1
		for q-p < 16 && w.byteAt(q) != '+' && w.byteAt(q) != '\'' && w.byteAt(q) >= ' ' {
			q++
		}
		if w.byteAt(q) != '+' {
			return i
		}
		m = match{kind: kPassport, start: q + 1, end: value(q+1, false), score: 0.95, reason: "passport of a PAXLST message"}
	default:
		return i
	}
	if w.short || m.end-m.start < 2 {
		return i
	}
	*out = append(*out, m)
	return m.end
}
