package redact_test

import "testing"

// TestCuedNames: where a sign-off, a greeting or a chat export says a
// name stands, a name the gazetteer does not know is read too.
func TestCuedNames(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"the line under a sign-off",
			"Please block it.\nRegards,\nMerina Marak\n",
			"Please block it.\nRegards,\nXXXXXX XXXXX\n"},
		{"a longer sign-off, a family name with an apostrophe",
			"Thanks & Regards,\nClinton D'Souza",
			"Thanks & Regards,\nXXXXXXX X'XXXXX"},
		{"a greeting",
			"Hi Pradnya,\nWelcome aboard, Tiameren!",
			"Hi XXXXXXX,\nWelcome aboard, XXXXXXXX!"},
		{"an Android chat export's sender",
			"27/04/22, 6:21 pm - Perizaad Daruwala: bhai paise bhej de",
			"27/04/22, 6:21 pm - XXXXXXXX XXXXXXXX: bhai paise bhej de"},
		{"an iOS chat export's sender",
			"[1/10/24, 11:46:35] Lalremruata: noted",
			"[1/10/24, 11:46:35] XXXXXXXXXXX: noted"},
		{"an honorific with its dot",
			"Pt. Tiameren Ao, 25/M, admitted",
			"Pt. XXXXXXXX XX, 25/M, admitted"},
		{"a name addressed after a colon",
			"Use your VID: Divya, your VID is ready.",
			"Use your VID: XXXXX, your VID is ready."},
		{"an advocate in a cause list", "1. CRL.M.C. 2774/2024\n    Advocate: Lalmuanpuia\n", "1. CRL.M.C. 2774/2024\n    Advocate: XXXXXXXXXXX\n"},
		{"a mail header", "From: Huzaifa Siddiqui <h.s@example.in>\n", "From: XXXXXXX XXXXXXXX <X.X@XXXXXXX.XX>\n"},
		{"a family name first, a Tamil initial last", "Customer Laishram Bikram Singh and NITHYA N with",
			"Customer XXXXXXXX XXXXXX XXXXX and XXXXXX X with"},
		{"introductions", "Agent: my name is Tsering. Caller: This is Bidyut Gogoi.\nMyself Lalremruati, from Aizawl. I'm Anbu, thanks.",
			"Agent: my name is XXXXXXX. Caller: This is XXXXXX XXXXX.\nMyself XXXXXXXXXXX, from Aizawl. I'm XXXX, thanks."},
		{"a reply's header; a team's mailbox stays", "> On Fri, Jaspreet wrote:\nOn 14 Mar 2025 at 10:02, Tarun Bhardwaj <t@x.in> wrote:\nOn 2 Mar 2026, Renewals wrote:",
			"> On Fri, XXXXXXXX wrote:\nOn 14 Mar 2025 at 10:02, XXXXX XXXXXXXX <X@X.XX> wrote:\nOn 2 Mar 2026, Renewals wrote:"},
		{"Mizo given names, built from their parts", "Wife Lalnunthari will call back; Owner Vanlalruata Sailo",
			"Wife XXXXXXXXXXX will call back; Owner XXXXXXXXXXX XXXXX"},
		{"a Slack or Teams message's head, a person mentioned",
			"Tsering Wangmo  10:42 AM\n@Lavina DSouza can you check?\nShazia  3:19 PM\nok\n",
			"XXXXXXX XXXXXX  10:42 AM\n@XXXXXX XXXXXX can you check?\nXXXXXX  3:19 PM\nok\n"},
		{"annotations are no mentions, a channel posts", "    @Override\n    @Deprecated(since = \"9\")\n    @Component\nOps Channel  11:40 AM\nReminder\n",
			"    @Override\n    @Deprecated(since = \"9\")\n    @Component\nOps Channel  11:40 AM\nReminder\n"},
		{"thanks for doing something", "Thanks for riding, Sengchi!\nThank you for shopping, Rupa.\nThanks for nothing, Bro.",
			"Thanks for riding, XXXXXXX!\nThank you for shopping, XXXX.\nThanks for nothing, Bro."},
		{"sex and age after a name, as tickets list passengers", "Passengers:\nFarhan Merchant  M/42  Seat L10\nAsha Rao, 25/F\n",
			"Passengers:\nXXXXXX XXXXXXXX  M/42  Seat L10\nXXXX XXX, 25/F\n"},
		{"a title after a greeting stays", "Dear Mr. Gupta, your loan is approved.\nDear Ms Tiameren Ao,",
			"Dear Mr. XXXXX, your loan is approved.\nDear Ms XXXXXXXX XX,"},
		{"an affidavit's deponent", "I, Karthikeyan R., son of Sahana Kulkarni, aged 34\nI, Sengchi Marak, do solemnly affirm\nimpl<B, I, St, F> x",
			"I, XXXXXXXXXXX X., son of XXXXXX XXXXXXXX, aged 34\nI, XXXXXXX XXXXX, do solemnly affirm\nimpl<B, I, St, F> x"},
		{"a relative after a possessive; a new name", "My father Sreeparna Dutta is unwell. My father Office\nshall be known as Basantia Munda.",
			"My father XXXXXXXXX XXXXX is unwell. My father Office\nshall be known as XXXXXXXX XXXXX."},
		{"FHIR's HumanName", `{"name":[{"family":"Behera","given":["Pradyumna"]}],"font":{"family":"Roboto"}}`,
			`{"name":[{"family":"XXXXXX","given":["XXXXXXXXX"]}],"font":{"family":"Roboto"}}`},
		{"whose name", "The patient's name is Wangmo.", "The patient's name is XXXXXX."},
		{"a thing's name is no introduction", "The server name is Apollo.\nThis is Jira Cloud and it works.\nNote: This is OK. I am Fine.",
			"The server name is Apollo.\nThis is Jira Cloud and it works.\nNote: This is OK. I am Fine."},
		// Not names: who is greeted or signs is no person, a greeting in a
		// string literal, a key line, a business.
		{"generic addressees", "Dear Customer,\nHello World!\nRegards,\nThe Support Team\n",
			"Dear Customer,\nHello World!\nRegards,\nThe Support Team\n"},
		{"a program's greeting", `println!("Hello, Rust!");`, `println!("Hello, Rust!");`},
		{"a business signs", "Regards,\nKaveri Foods\n", "Regards,\nKaveri Foods\n"},
		{"a colon at a line's start is no chat", "Note: fixed\nStatus: ok\n", "Note: fixed\nStatus: ok\n"},
		{"pt without its dot", "5 pt Helvetica Neue", "5 pt Helvetica Neue"},
		{"a place in a mail header", "From: HYDERABAD (HYD)  To: GUWAHATI (GAU)", "From: HYDERABAD (HYD)  To: GUWAHATI (GAU)"},
		{"a family name alone", "MIR instructions and - Noronha\n", "MIR instructions and - Noronha\n"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}
