package redact

// HL7 version 2 messages, which hospital systems exchange and log, put a
// patient's data in numbered fields of a segment, with no word beside
// each value: "PID|1||81842132^^^MRN||MENON^DIVYA||19940121|M|||149 Link
// Road^^Bhubaneswar^Odisha^751061||6412436107". The scanner reads the
// segments that hold personal data by their fields' numbers, each field
// named as a CSV column would be ("dob", "address"), so that a field
// that is personal data outright is redacted whole and the others are
// judged with their field's name as context. Segments end at '\r' (the
// standard's separator) or a line break, and are read when they fit in
// maxCSVLine bytes.

// hl7Fields names the fields of the segments read, by field number.
var hl7Fields = map[string]map[int]string{
	"PID": {
		2: "patient_id", 3: "patient_id", 4: "patient_id", 5: "patient_name", 6: "mother_maiden_name",
		7: "dob", 9: "alias_name", 11: "address", 13: "phone", 14: "phone",
		19: "ssn_aadhaar", // the national identifier: in India, the Aadhaar
		20: "driving_licence",
	},
	// A visit's doctors, ID^FAMILY^GIVEN^…: attending, referring, consulting, admitting.
	"PV1": {7: "doctor_name", 8: "doctor_name", 9: "doctor_name", 17: "doctor_name"},
	"NK1": {2: "name", 4: "address", 5: "phone", 6: "phone"},
	"GT1": {3: "name", 5: "address", 6: "phone", 7: "phone", 8: "dob"},
	"IN1": {16: "insured_name", 18: "insured_dob", 19: "address"},
}

// isHL7Segment reports the segments whose fields hl7Fields names.
func isHL7Segment(id []byte) bool {
	_, ok := hl7Fields[string(id)]
	return ok
}

// hl7Segment reads the segment whose three-letter name starts at i, at
// the start of the input, a line or a segment, and makes it the row
// w.csv describes. It reports false, setting w.short, when a stream must
// show more of the segment first.
func (r *Redactor) hl7Segment(w *window, i int) bool {
	buf := w.buf
	end, ok := w.recordLine(i, true)
	if !ok {
		return !w.short
	}
	fields := hl7Fields[string(buf[i:i+3])]
	seg := buf[i:end]
	// The fields, the last of them holding any beyond maxCSVCols (none
	// of those is named).
	var from [maxCSVCols]int
	n := 1
	for k, b := range seg {
		if b == '|' && n < len(from) {
			from[n] = k + 1
			n++
		}
	}
	st := &w.csv
	for k := range n {
		st.cols[k], st.whole[k] = ctxWord{}, false
		if name, ok := fields[k]; ok {
			r.nameColumn(st, k, []byte(name))
		}
	}
	st.ncols = n
	st.setRow(w, i, seg, from[:n], "whole field: HL7 segment")
	return true
}
