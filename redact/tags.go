package redact

// Some records name their fields by a standard's numeric tag, not a word:
// a payment terminal's EMV trace gives the cardholder's name under tag
// 5F20, a DICOM dump the patient's name and birth date under (0010,0010)
// and (0010,0030).
//
//	5F20 13  SUBRAMANIAN/KARTHIK
//	(0010,0010) PN [GOWDA^DEEPIKA]  #  13, 1 PatientName
//	(0010,0030) DA [19540720]       #   8, 1 PatientBirthDate

// maxTagValue bounds a tagged value.
const maxTagValue = 64

// emvCardholder reads the cardholder's name after the EMV tag 5F20 at i
// ("5F20 13  SHARMA/ANJALI", "5F20: SHARMA/ANJALI") and returns where
// scanning goes on, or i.
func (r *Redactor) emvCardholder(w *window, i int, out *[]match) int {
	if !r.cfg.person || w.byteAt(i+1) != 'F' || w.byteAt(i+2) != '2' || w.byteAt(i+3) != '0' || isAlnumByte(w.byteAt(i-1)) {
		return i
	}
	p := i + 4
	if w.byteAt(p) == ':' {
		p++
	}
	if w.byteAt(p) != ' ' {
		return i
	}
	for w.byteAt(p) == ' ' {
		p++
	}
	if isHex(w.byteAt(p)) && isHex(w.byteAt(p+1)) && w.byteAt(p+2) == ' ' {
		for p += 2; w.byteAt(p) == ' '; p++ { // the value's length, in hex
		}
	}
	s, e := p, p
	for q := p; q-p < maxTagValue; q++ {
		b := w.byteAt(q)
		if isUpperByte(b) {
			e = q + 1
		} else if b != '/' && b != ' ' && b != '.' {
			break
		}
	}
	if w.short || e-s < 3 || !isUpperByte(w.byteAt(s)) || isAlnumByte(w.byteAt(e)) {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: s, end: e, score: 0.9, reason: "cardholder of an EMV trace (tag 5F20)"})
	return e
}

// dicomPatient reads the patient's name or birth date after the DICOM tag
// at i, "(0010,0010) PN [GOWDA^DEEPIKA]", and returns where scanning goes
// on, or i.
func (r *Redactor) dicomPatient(w *window, i int, out *[]match) int {
	var tag [11]byte
	for k := range tag {
		tag[k] = byte(w.byteAt(i + k))
	}
	var kind kindID
	switch string(tag[:]) {
	case "(0010,0010)":
		kind = kPerson
	case "(0010,0030)":
		kind = kDateOfBirth
	default:
		return i
	}
	p := i + 11
	for n := 0; n < 8 && w.byteAt(p) != '[' && w.byteAt(p) >= ' '; n++ {
		p++ // " PN ", the value's representation
	}
	if w.byteAt(p) != '[' {
		return i
	}
	s := p + 1
	e := s
	for e-s < maxTagValue && w.byteAt(e) != ']' && w.byteAt(e) >= ' ' {
		e++
	}
	if w.short || w.byteAt(e) != ']' || e-s < 2 {
		return i
	}
	if kind == kPerson && r.cfg.person || kind == kDateOfBirth && r.cfg.enabled&kDateOfBirth.mask() != 0 {
		reason := "patient of a DICOM dump (0010,0010)"
		if kind == kDateOfBirth {
			reason = "birth date of a DICOM dump (0010,0030)"
		}
		*out = append(*out, match{kind: kind, start: s, end: e, score: 0.9, reason: reason})
	}
	return e
}
