// Package redact finds Indian personal data in text and redacts it: Aadhaar
// and VID, PAN, passport, voter ID, driving licence, GSTIN, mobile number,
// UPI address, payment card, e-mail, ABHA number and address, PIN code,
// bank account, date of birth, vehicle registration, IFSC and IP address;
// and people's names and street addresses (kinds [Person], [Location]).
//
// A [Redactor] is made once with [New] and used from any goroutine. It
// has one entry point per shape of input:
//
//   - [Redactor.String] and [Redactor.Bytes] redact a whole value and return
//     the findings;
//   - [Redactor.Find] reports findings without redacting;
//   - [Redactor.Copy] redacts a reader into a writer with bounded memory;
//   - [Redactor.NewTransformer] returns a [Transformer] for
//     golang.org/x/text/transform pipelines;
//   - [Redactor.JSON] and [Redactor.CopyJSON] redact JSON and NDJSON and
//     keep it valid, redacting whole values whose key names personal data
//     ([Redactor.KeyKind]);
//   - [NewHandler] and [Redactor.ReplaceAttr] redact log/slog records.
//
// All of them give the same output and the same findings for the same
// input, however a stream is cut into buffers.
//
// # How text is scanned
//
// The scanner makes one pass over the bytes, driven by a byte-class table;
// no regular expression runs on this path. At a letter or digit that starts
// a word it reads the whole candidate: a chain of digit groups
// ("2341 2341 2346", "+91-98765 43210"), a run of capitals and digits
// ("ABCPE1234F", "MH 12 AB 1234"), or an e-mail or UPI address. A
// candidate is never taken from inside a longer run of letters and digits,
// and a chain is read as a whole written form, so no Aadhaar is found
// inside a 16-digit card number, no PAN inside a GSTIN and no mobile inside
// an Aadhaar. Digits in the nine Indian scripts and fullwidth forms count
// as digits; offsets always refer to the original bytes. A number read
// out digit by digit, as voice bots and call transcripts write it ("nine
// eight seven six five four three double one zero", "nau aath saat …"),
// is read as the digits it says and judged as they would be. So is a
// number in which OCR read a digit or two as the letter it looks like
// ("2795 1544 S760", "A/c No. 39072778O14"), where a word says what it
// is.
//
// Each candidate is confirmed by package validators (Verhoeff, the GSTIN
// check character, Luhn and issuer ranges, the mobile numbering plan,
// known state, RTO and bank codes) and scored: the evidence sets a base
// score, and context moves it. The context of a candidate is the five
// nearest words on its line within [Options.ContextWindow] characters: the
// nearest word before it that speaks for its kind raises the score, one
// such as "order", "txn", "utr" or "invoice" lowers it; failing both, a
// word for its kind after it raises it. In records ("key": "value",
// key=value) only the value's own key counts before it, and the next
// field's key never counts after it. Words are matched case-insensitively
// in English and in ten Indian languages, and key names are split into
// words: "aadhaar_no=", "\"panNumber\":", "mobile-number". A key that says
// nothing of its value ("docNumber", "value") takes the field before it
// as context ({"docType":"PASSPORT","docNumber":…}), on its own line or
// the line above when a record prints a field a line ("Name": "birthdate",
// then "Value": …; a property list's <key>dateOfBirth</key>), a MongoDB or
// DynamoDB type wrapper takes its key's ({"accountNumber":{"$numberLong":
// …}}, {"dob":{"S":…}}), a value
// that opens its line takes it from label lines above it, as OCR reads a
// card ("Date of Birth\n17/06/1961"), and a speaker's whole turn in a
// dialogue from the question above it ("…your date of birth?\nCaller:
// 5 Jun 1979"). Passports,
// voter IDs, PIN codes, bank accounts and dates of birth prove little by
// their shape and are reported only with a context word. Identifiers with
// letters are read in capitals, as they are issued, except that a
// lower-cased GSTIN is read when its check character holds, and a
// lower-cased PAN or IFSC next to its context word ("pan=abcpe1234f").
// A person's name is found where a label announces it ("Name: Priya
// Nair", "S/O Ramesh Kumar", "नाम: राहुल शर्मा", a "customerName" key), and
// in free text where a gazetteer of Indian names knows a given name and a
// family name ("driver Fathima Beevi"), after initials ("K. Ramesh"), or
// a given name with a cue ("Hi Rahul,", a chat sender's "Gurpreet:",
// "Farokh bhai", "ping Vaishnavi", "Asha Rao, 25/F", "Smita Naik, 29
// yrs"), a middle initial read through ("Sachin R. Ghosh"). A name in an
// Indian script is found where an honorific or a word that follows only
// people cues it ("श्री रमेश चंद्र गुप्ता", "सुनीता देवी जी", "राजेश तिवारी
// पुत्र …"), the gazetteer read through a skeleton that its Latin and
// Brahmic spellings share. Where a sign-off, a
// greeting, an introduction ("my name is", "This is … ."), a chat
// export's time stamp, a Slack or Teams message's head ("Shazia  3:19
// PM"), an @mention or an address label's line above puts a name
// ("Regards,\nMerina Marak", "Hi Pradnya,"), any capitalised words are
// one. A bank statement's narration names the
// other party ("UPI/CR/<rrn>/ANBARASAN/anbarasan_031@apl", "NEFT-<utr>-
// N. PRABHAKAR-<account>-<IFSC>"), and its reference number is no
// identifier. A street address is found after a label ("Address: 45,
// Malviya Nagar, Jaipur", "Address for the gift: Flat C504, …", a key
// naming one part of it: street="Old Market Lane", "landmark"), on the
// lines under its label ("Delivery address:\nSanjit Debbarma\nD-275, …"),
// after words that introduce one ("dispatched to Plot 14, Laxmi Nagar",
// "resides at 45 Patel Nagar, New Delhi"), where a
// house number opens it and its PIN code closes it, on its line or up to
// three lines below ("12/3A, Gariahat Road, Kolkata, 700019"), and from
// the words of a village address ("Vill. Khed, PO Khed, Dist.
// Ratnagiri", "At Post Ozar, Tal. Niphad", "Mu. Po. Sojitra", "Post
// Kuttiady, Vadakara Taluk"). A passport's machine-readable zone gives
// the name, number and date of birth.
// Values a URL escapes are read through "%40" and "%2B". In a
// CSV block (comma, tab, semicolon or pipe separated, up to 512 bytes a
// line), a table aligned with runs of spaces (a report, a passbook, a
// DataFrame's print), a Markdown table, a table psql or cqlsh prints, and
// an SQL INSERT with a column list, the
// header names the columns: a cell is judged with its column's name as
// context, and a column whose name names personal data ("name",
// "mobile_no", "address") is redacted whole, as a JSON value is under
// such a key. An HL7 v2 segment (PID, NK1, GT1, IN1) is read by its
// fields' numbers in the same way, and a vCard's N, FN, ADR and BDAY
// properties by their names. An account number beside an IFSC
// takes it as context.
// Findings
// below [Options.MinScore] are neither reported nor redacted.
//
// # Your own kinds, allow and deny lists
//
// [Options.Recognizers] add kinds of the user's own (customer IDs, loan
// account numbers, policy numbers): regular expressions in
// github.com/dlclark/regexp2 syntax (look-arounds, .NET and Presidio
// syntax), with context words, a base score and an optional validator.
// They run beside the scanner, one line at a time, each match attempt
// bounded by [Options.PatternTimeout]; a pattern that times out fails
// closed, and the text it was matching is redacted with a finding that
// says so. [Options.Deny] words and phrases are always redacted, through
// one automaton whatever the length of the list; [Options.Allow] values
// are never reported, in any written form. [LoadConfig] reads all of it
// from a kavach.json file, and [ImportPresidio] turns Presidio's pattern
// recognizers into [Recognizer] values. With none of this configured, the
// scanner runs alone and pays nothing for it.
//
// # Findings
//
// A [Finding] gives the kind, byte offsets, score and a short reason such
// as `Verhoeff ok; context "aadhaar" before`. It never holds the value.
//
// # Bad input
//
// Invalid UTF-8, NUL bytes and very long lines or digit runs pass through
// unchanged, except for real findings in them. Nothing panics, and every
// byte outside a finding comes out exactly once, in order. Text that is
// already masked ("XXXX XXXX 1234") is left alone, so redacting twice
// changes nothing more; the one exception is a run of four or more digit
// groups joined by single separators (a group may hold a letter OCR reads
// for a digit, "000B", "B000"), or of three when one does, which a second
// pass may split differently around the digits a mask kept, and mask more
// of.
package redact
