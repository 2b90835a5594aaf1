package redact

import (
	"bytes"

	"github.com/kavachpii/kavach/internal/chars"
)

// Contacts exported from phones and mail clients are vCards (RFC 6350,
// and the 2.1 and 3.0 forms still written): one property a line, its
// name, parameters after ';', then ':' and the value, whose parts a
// structured property separates with ';':
//
//	N:Raghunathan;Sowmya;;;
//	item1.ADR;TYPE=HOME:;;14 Gandhi Street, T Nagar;Chennai;TN;600017;India
//
// Nothing beside such a value says what it is, so the scanner reads the
// properties that hold a person's name, address or birthday as a CSV row
// whose cells are named ("surname", "address"), the way it reads an HL7
// segment: the name's parts and the whole address are redacted outright,
// and any other value is judged with its property's name as context.
// Telephone and e-mail values need nothing of this: their shapes and the
// words TEL and EMAIL already say what they are.

// vcardProperties names the parts of the structured values read, by
// property name: N is family;given;additional;prefixes;suffixes, and an
// address is one value however its parts are split (ADR's post office
// box;extended;street;locality;region;postal code;country, or LABEL's
// formatted text).
var vcardProperties = map[string]vcardProperty{
	"N":        {[]string{"surname", "given_name", "middle_name"}, true, "whole value: vCard N"},
	"FN":       {[]string{"full_name"}, false, "whole value: vCard FN"},
	"NICKNAME": {[]string{"name"}, false, "whole value: vCard NICKNAME"},
	"ADR":      {[]string{"address"}, false, "whole value: vCard ADR"},
	"LABEL":    {[]string{"address"}, false, "whole value: vCard LABEL"},
	"BDAY":     {[]string{"dob"}, false, "whole value: vCard BDAY"},
}

// vcardProperty describes a property read: the names of its value's
// parts, whether the value is split into them at ';' (else it is one),
// and the reason of its findings.
type vcardProperty struct {
	parts  []string
	split  bool
	reason string
}

// mayOpenVCard reports whether the upper-case letter at i may start a
// property vcardProperties names: at the start of a line, or after an
// Apple "item1." group there.
func mayOpenVCard(w *window, i int) bool {
	if i > 0 && w.buf[i-1] != '\n' && w.buf[i-1] != '\r' && w.buf[i-1] != '.' {
		return false // the common case, decided by the byte before
	}
	switch w.buf[i] {
	case 'N', 'F', 'A', 'B', 'L':
	default:
		return false
	}
	b := w.byteAt(i - 1)
	if b < 0 || b == '\n' || b == '\r' {
		return true
	}
	if b != '.' {
		return false
	}
	j := i - 2 // the group's digits, then "item"
	for j >= i-4 && w.byteAt(j) >= '0' && w.byteAt(j) <= '9' {
		j--
	}
	if j == i-2 {
		return false
	}
	for k := range 4 {
		if w.byteAt(j-3+k)|0x20 != int("item"[k]) {
			return false
		}
	}
	b = w.byteAt(j - 4)
	return b < 0 || b == '\n' || b == '\r'
}

// vcardLine reads the property whose name starts at i and, if it is
// one vcardProperties names, makes its line the row w.csv describes. It
// reports false, setting w.short, when a stream must show more of the
// line first.
func (r *Redactor) vcardLine(w *window, i int) bool {
	// The property's name first, before the line's end is looked for: most
	// lines that open with its letters are no property ("Nov 15 00:41:09
	// web-01 sshd[…]: …", as syslog writes).
	name := i
	for name < len(w.buf) && name-i < 8 && chars.IsUpper(w.buf[name]) {
		name++
	}
	if name < len(w.buf) && w.buf[name] != ':' && w.buf[name] != ';' {
		return true
	}
	end, ok := w.recordLine(i, true)
	if !ok {
		return !w.short
	}
	line := w.buf[i:end]
	name = 0
	for name < len(line) && name < 8 && chars.IsUpper(line[name]) {
		name++
	}
	prop, ok := vcardProperties[string(line[:name])]
	if !ok || name == len(line) || line[name] != ':' && line[name] != ';' {
		return true
	}
	colon := name
	for colon < len(line) && line[colon] != ':' {
		if line[colon] == '"' {
			return true // a quoted parameter value: none of the exports read here
		}
		colon++
	}
	if colon == len(line) {
		return true
	}
	if prop.split && bytes.IndexByte(line[colon+1:], ';') < 0 {
		return true // "N: 12": no structured name
	}
	// The value without the empty parts around it, for the whole-value
	// properties: ";;14 Gandhi Street;Chennai;;600017;" is one address.
	from := [maxCSVCols]int{0, colon + 1}
	n := 2
	if prop.split {
		for k := colon + 1; k < len(line) && n < len(from); k++ {
			if line[k] == ';' {
				from[n] = k + 1
				n++
			}
		}
	} else {
		for from[1] < len(line) && (line[from[1]] == ';' || line[from[1]] == ' ') {
			from[1]++
		}
		for len(line) > from[1] && (line[len(line)-1] == ';' || line[len(line)-1] == ' ') {
			line = line[:len(line)-1]
		}
	}
	st := &w.csv
	for k := range n {
		st.cols[k], st.whole[k] = ctxWord{}, false
		if k >= 1 && k-1 < len(prop.parts) {
			r.nameColumn(st, k, []byte(prop.parts[k-1]))
		}
	}
	st.ncols = n
	st.setRow(w, i, line, from[:n], prop.reason)
	return true
}
