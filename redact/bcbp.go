package redact

// An airline's boarding pass carries its passenger's name in the text of
// its barcode (IATA Resolution 792, "BCBP"), which check-in and airport
// systems log whole:
//
//	M1ANSARI/TANVEERMR    EABC123 DELBOMAI 0865 150Y012A0012 100
//
// 'M', the number of legs (1–4), then the name in a field of exactly 20
// bytes, SURNAME/GIVEN NAMES and a title run together, padded with spaces
// or cut short; then 'E' (an e-ticket) or a space, the booking reference
// in 7 bytes, and the airport of departure's three letters.

// bcbpNameField is the width of a boarding pass's name field.
const bcbpNameField = 20

// boardingPass reads the passenger's name of a boarding pass's barcode
// text at i and returns where scanning goes on, or i.
func (r *Redactor) boardingPass(w *window, i int, out *[]match) int {
	if !r.cfg.person || w.byteAt(i) != 'M' || w.byteAt(i+1) < '1' || w.byteAt(i+1) > '4' || isAlnumByte(w.byteAt(i-1)) {
		return i
	}
	start := i + 2
	end, slash := start, false
	for p := start; p < start+bcbpNameField; p++ {
		b := w.byteAt(p)
		switch {
		case isUpperByte(b):
			end = p + 1
		case b == '/' && p > start && !slash:
			slash = true
		case (b == ' ' || b == '-' || b == '.' || b == '\'') && p > start:
		default:
			return i
		}
	}
	if !slash || end <= start+2 {
		return i
	}
	// The e-ticket flag, the booking reference, the airport of departure.
	p := start + bcbpNameField
	if b := w.byteAt(p); b != 'E' && b != ' ' {
		return i
	}
	ref := 0
	for q := p + 1; q < p+8; q++ {
		switch b := w.byteAt(q); {
		case isUpperByte(b) || isDigitByte(b):
			ref++
		case b != ' ':
			return i
		}
	}
	if ref < 5 || !isUpperByte(w.byteAt(p+8)) || !isUpperByte(w.byteAt(p+9)) || !isUpperByte(w.byteAt(p+10)) || w.short {
		return i
	}
	*out = append(*out, match{kind: kPerson, start: start, end: end, score: scoreNameCue, reason: "passenger of a boarding pass"})
	return end
}
