package redact_test

import "testing"

// TestHL7: an HL7 v2 segment's fields are read by their numbers.
func TestHL7(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"PID and NK1, segments ended by CR",
			"MSH|^~\\&|HIS|KEM|LIS|LAB|202503150930||ADT^A01|83990865|P|2.5\rPID|1||81842132^^^MRN||MENON^DIVYA||19940121|M|||149 Link Road^^Bhubaneswar^Odisha^751061||6412436107\rNK1|1|MENON^RAVI|FTH|12 MG Road^^Pune^MH^411001|9876543210\rPV1|1|I",
			"MSH|^~\\&|HIS|KEM|LIS|LAB|202503150930||ADT^A01|83990865|P|2.5\rPID|1||81842132^^^MRN||XXXXX^XXXXX||XXXXXXXX|M|||XXX XXXX XXXX^^XXXXXXXXXXX^XXXXXX^XXXXXX||XXXXXX6107\rNK1|1|XXXXX^XXXX|FTH|XX XX XXXX^^XXXX^XX^XXXXXX|XXXXXX3210\rPV1|1|I"},
		{"segments on lines of their own",
			"PID|1||A1||SHAH^JIGNESH^K||19851102|M\nOBX|1|NM|GLU||5.4\n",
			"PID|1||A1||XXXX^XXXXXXX^X||XXXXXXXX|M\nOBX|1|NM|GLU||5.4\n"},
		{"a name's field with a repetition after it",
			"PID|1||A1||MUKHERJEE^PAROMITA~43606255231346^^^ABDM^NH||19830210|F\n",
			"PID|1||A1||XXXXXXXXX^XXXXXXXX~XXXXXXXXXXXXXX^^^XXXX^XX||XXXXXXXX|F\n"},
		{"PID-19, the national identifier; a visit's doctor, an ID before the name",
			"PID|1||A1||VARGHESE^VISHNU||19620125|F||||||||||||293405934373\rPV1|1|O|OPD^^^^^5||||786717^NAMBIAR^VISHNU^^^DR\r",
			"PID|1||A1||XXXXXXXX^XXXXXX||XXXXXXXX|F||||||||||||XXXXXXXX4373\rPV1|1|O|OPD^^^^^5||||786717^XXXXXXX^XXXXXX^^^DR\r"},
		{"a segment's name inside a line is no segment", // (its fields unread; the name, joined by '^', is read anyway: see slashName)
			"grep PID|1||A1||SHAH^JIGNESH||19851102 x",
			"grep PID|1||A1||XXXX^XXXXXXX||19851102 x"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}
