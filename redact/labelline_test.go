package redact_test

import "testing"

// TestLabelLineAbove: a value that opens its line takes context from a
// line above that is a label and nothing else, as OCR reads a card.
func TestLabelLineAbove(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a PAN card",
			"Date of Birth\n17/06/1961\nPermanent Account Number\nUFCPT7041E\n",
			"Date of Birth\nXX/XX/XXXX\nPermanent Account Number\nXXXXXXXXXX\n"},
		{"a bilingual label",
			"x\nजन्म की तारीख / Date of Birth\n20/09/1982\n",
			"x\nजन्म की तारीख / Date of Birth\nXX/XX/XXXX\n"},
		{"an EPIC number under the card's title",
			"ELECTION COMMISSION OF INDIA\nIDENTITY CARD\nMAQ8334845\n",
			"ELECTION COMMISSION OF INDIA\nIDENTITY CARD\nXXXXXXXXXX\n"},
		{"a dialogue's answer",
			"Agent: please tell me your date of birth.\nCaller: 5 Jun 1979.\nBot: Your passport number?\nUser: K1234567\n",
			"Agent: please tell me your date of birth.\nCaller: X XXX XXXX.\nBot: Your passport number?\nUser: XXXXXXXX\n"},
		{"a row of values under a row of labels, as OCR reads a passport's page",
			"Nationality Sex Date of Birth\nINDIAN M 17/04/1966\nPlace of Birth\n",
			"Nationality Sex Date of Birth\nINDIAN M XX/XX/XXXX\nPlace of Birth\n"},
		{"a call transcript's clock before each turn",
			"00:00:11 AGENT: please confirm your date of birth.\n00:00:15 CUSTOMER: 24 May 1957\n00:00:21 AGENT: thanks\n",
			"00:00:11 AGENT: please confirm your date of birth.\n00:00:15 CUSTOMER: XX XXX XXXX\n00:00:21 AGENT: thanks\n"},
		{"a transcript's answer after its time stamp",
			"[00:00:15] Agent: Date of birth?\n[00:00:24] Customer: 27th September 1964.\n",
			"[00:00:15] Agent: Date of birth?\n[00:00:24] Customer: XXXX XXXXXXXXX XXXX.\n"},
		{"an answer to another question", "Agent: When is the meeting?\nCaller: 5 Jun 2025.\n", "Agent: When is the meeting?\nCaller: 5 Jun 2025.\n"},
		{"an answer to two questions, the name first; a question with no '?'",
			"Helpdesk: naam aur janm tithi?\nPensioner: Chaitanya Varma, 19.09.1948\nAGENT: for verification, date of birth batayein\nCUSTOMER: 3 july 1980\n",
			"Helpdesk: naam aur janm tithi?\nPensioner: XXXXXXXXX XXXXX, XX.XX.XXXX\nAGENT: for verification, date of birth batayein\nCUSTOMER: X XXXX XXXX\n"},
		{"a numbered agent's question, its label cut off by the context window",
			"Agent#4960: verify karne ke liye apni DOB batayein\nMoumita Banerjee: May 1, 1955\n",
			"Agent#4960: verify karne ke liye apni DOB batayein\nXXXXXXX XXXXXXXX: XXX X, XXXX\n"},
		{"an IVR's prompt and the caller's answer, each after '>'",
			"IVR> For security, please say your date of birth\nCALLER> 05 March 1969\n",
			"IVR> For security, please say your date of birth\nCALLER> XX XXXXX XXXX\n"},
		{"a question with no '?' that asks no birth date", "agent: meeting kab hai\nclient: 09/02/2026\n", "agent: meeting kab hai\nclient: 09/02/2026\n"},
		// The line above does not speak: it has a value, it is a sentence,
		// or the value does not open its line.
		{"a line with digits", "dob field 2\n17/06/1961\n", "dob field 2\n17/06/1961\n"},
		{"a sentence", "We changed the date of birth.\n17/06/1961\n", "We changed the date of birth.\n17/06/1961\n"},
		{"words before the value", "Date of Birth\nissued 17/06/1961\n", "Date of Birth\nissued 17/06/1961\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}
