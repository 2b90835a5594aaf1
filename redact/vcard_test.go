package redact_test

import "testing"

// TestVCard: a contact's name parts, address and birthday are read by
// their properties; telephone and e-mail by their shapes.
func TestVCard(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a phone's export, vCard 3.0",
			"BEGIN:VCARD\nVERSION:3.0\nN:Raghunathan;Sowmya;;;\nFN:Sowmya Raghunathan\nTEL;TYPE=CELL:+91 94430 12345\nADR;TYPE=HOME:;;14 Gandhi Street, T Nagar;Chennai;TN;600017;India\nEMAIL:sowmya.r@gmail.com\nBDAY:1988-04-12\nEND:VCARD\n",
			"BEGIN:VCARD\nVERSION:3.0\nN:XXXXXXXXXXX;XXXXXX;;;\nFN:XXXXXX XXXXXXXXXXX\nTEL;TYPE=CELL:+XX XXXXX X2345\nADR;TYPE=HOME:;;XX XXXXXX XXXXXX, X XXXXX;XXXXXXX;XX;XXXXXX;XXXXX\nEMAIL:XXXXXX.X@XXXXX.XXX\nBDAY:XXXX-XX-XX\nEND:VCARD\n"},
		{"names the gazetteer does not know, CRLF lines, a nickname",
			"N:Lyngskor;Iaidalin;Banri;;\r\nFN:Iaidalin Banri Lyngskor\r\nNICKNAME:Dalin\r\n",
			"N:XXXXXXXX;XXXXXXXX;XXXXX;;\r\nFN:XXXXXXXX XXXXX XXXXXXXX\r\nNICKNAME:XXXXX\r\n"},
		{"an Apple group, parameters, vCard 2.1 LABEL",
			"item1.ADR;type=HOME;type=pref:;;Flat 3B, Lake View Apts;Kolkata;WB;700029;India\nLABEL;HOME;ENCODING=QUOTED-PRINTABLE:Flat 3B, Lake View Apts, Kolkata 700029\nBDAY;VALUE=date:19911203\n",
			"item1.ADR;type=HOME;type=pref:;;XXXX XX, XXXX XXXX XXXX;XXXXXXX;XX;XXXXXX;XXXXX\nLABEL;HOME;ENCODING=QUOTED-PRINTABLE:XXXX XX, XXXX XXXX XXXX, XXXXXXX XXXXXX\nBDAY;VALUE=date:XXXXXXXX\n"},
		{"not a vCard: no structured name, a property inside a line, a quoted parameter",
			"N: 12 nodes ready\nlog N:Zorblat;Quenk;;;\nitemX.ADR:;;Main;;\n",
			"N: 12 nodes ready\nlog N:Zorblat;Quenk;;;\nitemX.ADR:;;Main;;\n"},
		{"empty values",
			"N:;;;;\nADR;TYPE=WORK:;;;;;;\nFN:\n",
			"N:;;;;\nADR;TYPE=WORK:;;;;;;\nFN:\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}
