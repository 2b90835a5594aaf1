// Package corpus generates seeded, deterministic text that looks like what
// Indian web services write to their logs and chats, with exact ground truth
// for every identifier planted in it. The redaction engine's recall and
// precision tests and its benchmarks use it.
//
// [Generate] mixes six line formats (see [Formats]): nginx/Apache access
// logs, JSON application logs, key=value KYC-service logs, English (and
// Hinglish) chat, Hindi chat in Devanagari, and CSV exports. Personal data is
// written in the forms people actually use (Aadhaar 4-4-4 with spaces, mobile
// numbers as +91-98765 43210, …) and every value passes the checks a
// validator applies: Verhoeff for Aadhaar and VID, Luhn for cards, the
// mod-36 check character for GSTIN, the libphonenumber mobile ranges for
// mobile numbers, the RBI bank codes for IFSC, and so on.
//
// Beside the personal data, Generate plants decoys: look-alikes a precise
// detector must not report, such as 12-digit UTR numbers after "UTR",
// yyyyMMddHHmm timestamps, UUIDs, 16-digit numbers failing Luhn, landline
// numbers, 10-digit order ids, amounts, version strings and ServiceNow-style
// ticket numbers.
//
// # Ground truth
//
// Offsets are recorded while the text is written, so they are exact. The
// spans of [Corpus.PII] and [Corpus.Decoys] together never overlap and each
// list is in text order. A span covers the value as written, including its
// separators and any prefix that is part of it: "+91-98765 43210",
// "(+91) 98765-43210" and "2341 2341 2346" are single spans. A UPI address
// whose local part is a mobile number is one IN_UPI span (the mobile number
// inside it is not listed separately). In about 5% of the Hindi lines the
// digits of numeric values are written in Devanagari numerals (०–९); those
// spans have a Form ending in "-deva".
//
// The kind of every planted value is unambiguous: no value passes the
// validators function of another kind (an Aadhaar is never also a
// Luhn-valid 12-digit card number, a VID never a card, a bank account never
// a mobile, Aadhaar, card or VID), except that a 14-digit bank account
// number is also ABHA-shaped, ABHA having no check digit; its context tells
// the two apart.
//
// The bytes around every span are never ASCII letters or digits, so a
// detector that enforces word boundaries can find every value. Outside the
// spans the text holds no run of six or more digits, no '@', no IP address
// and nothing shaped like a PAN, passport, EPIC, driving licence, GSTIN,
// IFSC or vehicle registration: a report outside every span is a false
// positive by construction.
//
// # Context
//
// [Span.Context] on a PII span reports that a context word for its kind
// (from CONTEXT_WORDS.md: "aadhaar", "मोबाइल", a JSON key such as
// "panNumber", …) was written next to it. Passport, voter ID, driving
// licence, ABHA, PIN code, bank account, date of birth, vehicle registration
// and IFSC values, and mobile numbers written as bare 10 digits or as
// "98765 43210", always have context, except in CSV rows, where only the
// header names the column; those CSV spans have Context false. Aadhaar, VID,
// PAN, GSTIN, prefixed mobile numbers, UPI, cards, e-mail and IP addresses
// also appear without context.
//
// On a decoy, Context reports that a word saying what the value really is
// was written next to it: negative context from CONTEXT_WORDS.md ("UTR",
// "order id", "rrn=", "ticket", "invoice no", "Rs", "OTP", …), a landline or
// version label, or the structure of a UUID or hex request id. A decoy
// without such context passes no validator at all (every such 12-digit
// decoy fails both Verhoeff and Luhn); most 12-digit decoys have context.
//
// # Forms
//
// Span.Form names the written form. PII: aadhaar-12, aadhaar-4-4-4-space,
// aadhaar-4-4-4-hyphen; vid-4-4-4-4-space, vid-16; pan; passport; voter;
// dl-15, dl-4-11 ("MH14 20110062821"), dl-2-2-4-7-hyphen, dl-2-2-4-7-space,
// dl-2-13-hyphen; gstin; mobile-10, mobile-5-5-space, mobile-3-3-4-hyphen,
// mobile-91-10, mobile-+91-10, mobile-+91-5-5-space, mobile-+91-hyphen-5-5
// ("+91-98765 43210"), mobile-+91-10-space, mobile-0-5-5, mobile-0-10,
// mobile-(+91)-5-5-hyphen; upi-mobile, upi-name; card-4-4-4-4-space,
// card-4-4-4-4-hyphen, card-16; email; abha-2-4-4-4-hyphen,
// abha-2-4-4-4-space, abha-14; pin-6, pin-3-3; account-N (N digits, 9–18);
// dob-dd/mm/yyyy, dob-yyyy-mm-dd, dob-dd-mm-yyyy, dob-dd.mm.yyyy;
// vehicle-space, vehicle-hyphen, vehicle-compact, vehicle-delhi
// ("DL 4 CAF 4856"), vehicle-bh ("22 BH 1234 AA"); ifsc, ifsc-alpha; ipv4,
// ipv6 (about 8% of IP addresses).
//
// Decoys, by the kind they imitate: IN_AADHAAR verhoeff-fail-12,
// verhoeff-fail-4-4-4, ref-12 (UTR, RRN, order and txn numbers),
// timestamp-12 (yyyyMMddHHmm), uuid, uuid-digit-tail; CREDIT_CARD
// luhn-fail-16, luhn-fail-4-4-4-4; IN_MOBILE landline-0-std-space,
// landline-0-std-hyphen, landline-+91-std-space, landline-(0std), order-10,
// hex-id (a request id with a mobile-like run inside); IN_PAN upper-10,
// pan-placeholder (ABCDE1234F), pan-serial-0000; IN_PIN_CODE amount-indian
// (1,23,456.00), amount-6, amount-thousands, otp-6; IP_ADDRESS
// version-semver (v1.22.3), version-date (2026.11.23); IN_PASSPORT
// invoice-a7; IN_VOTER ticket-a3n7 (INC0012345); IN_GSTIN gstin-bad-check;
// IN_IFSC ifsc-unknown-bank; DATE_OF_BIRTH date-not-dob (due dates and the
// like).
package corpus

// Kind names, the same strings as redact's Kind constants.
const (
	Aadhaar        = "IN_AADHAAR"              // Aadhaar number, 12 digits
	VID            = "IN_VID"                  // Aadhaar Virtual ID, 16 digits
	PAN            = "IN_PAN"                  // Permanent Account Number
	Passport       = "IN_PASSPORT"             // Indian passport number
	VoterID        = "IN_VOTER"                // voter ID (EPIC)
	DrivingLicence = "IN_DRIVING_LICENCE"      // driving licence, national format
	GSTIN          = "IN_GSTIN"                // GST identification number
	Mobile         = "IN_MOBILE"               // Indian mobile number
	UPI            = "IN_UPI"                  // UPI virtual payment address
	Card           = "CREDIT_CARD"             // payment card number
	Email          = "EMAIL_ADDRESS"           // e-mail address
	ABHA           = "IN_ABHA"                 // ABHA (health ID) number, 14 digits
	PINCode        = "IN_PIN_CODE"             // postal PIN code
	BankAccount    = "IN_BANK_ACCOUNT"         // bank account number
	DateOfBirth    = "DATE_OF_BIRTH"           // date of birth
	Vehicle        = "IN_VEHICLE_REGISTRATION" // vehicle registration number
	IFSC           = "IN_IFSC"                 // bank branch IFSC
	IPAddress      = "IP_ADDRESS"              // IPv4 or IPv6 address
)

// Kinds lists every kind [Generate] plants, in the order of the constants.
func Kinds() []string {
	return []string{
		Aadhaar, VID, PAN, Passport, VoterID, DrivingLicence, GSTIN, Mobile, UPI,
		Card, Email, ABHA, PINCode, BankAccount, DateOfBirth, Vehicle, IFSC, IPAddress,
	}
}

// Span is one planted value: its kind and byte offsets [Start, End) in the text.
type Span struct {
	// Kind is one of the kind constants. For a decoy it is the kind the
	// decoy imitates.
	Kind string
	// Start and End are byte offsets into Corpus.Text: the value is
	// Text[Start:End].
	Start, End int
	// Form names how the value is written, such as "aadhaar-4-4-4-space",
	// "mobile-+91-hyphen-5-5" or, for a decoy, "utr-12". A "-deva" suffix
	// means its digits are Devanagari numerals.
	Form string
	// Context reports that a context word was written next to the value;
	// for a decoy, a word or structure saying what it really is (see the
	// package documentation).
	Context bool
}

// Corpus is generated text with what was planted in it.
type Corpus struct {
	// Text is the generated text: lines separated by '\n', valid UTF-8,
	// starting with a planted IP address and ending, without a final
	// newline, with a planted value.
	Text []byte
	// PII lists the planted personal data in text order.
	PII []Span
	// Decoys lists look-alikes that must NOT be reported, in text order;
	// Kind is the kind they imitate.
	Decoys []Span
}

// The line formats, as [Formats] names them.
const (
	fmtAccess = "access"
	fmtJSON   = "json"
	fmtKYC    = "kyc"
	fmtChatEN = "chat-en"
	fmtChatHI = "chat-hi"
	fmtCSV    = "csv"
)

// Formats lists the line formats [Generate] mixes: "access" (nginx/Apache
// access logs), "json" (JSON application logs), "kyc" (key=value KYC-service
// logs), "chat-en" (English and Hinglish chat), "chat-hi" (Hindi chat in
// Devanagari) and "csv" (CSV exports with a header line).
func Formats() []string {
	return []string{fmtAccess, fmtJSON, fmtKYC, fmtChatEN, fmtChatHI, fmtCSV}
}

// Generate writes about size bytes of mixed-format text from seed, with
// what it planted. Same seed and size, same bytes. The text may run a line
// past size; for size <= 0 it is empty.
func Generate(seed int64, size int) *Corpus {
	if size <= 0 {
		return &Corpus{Text: []byte{}}
	}
	g := newGen(seed, size)
	g.generate(size)
	return &Corpus{Text: g.b, PII: g.pii, Decoys: g.decoys}
}

// Clean writes about size bytes of realistic log text with no PII and no
// decoys, for benchmarks that measure the scanner's cost on text it has
// nothing to report in (and must not allocate on). Same seed and size, same
// bytes; for size <= 0 it is empty.
//
// "Clean" means: no '@' (so no e-mail or UPI address), no run of six or more
// digits in any script, no chain of digit groups joined by single spaces or
// hyphens that totals nine or more digits with at most one group shorter
// than three digits (so nothing grouped like an Aadhaar, mobile, card or
// ABHA number; "2026-11-23T10:45" style dates remain), no IPv4 or IPv6
// address (access-log lines come from a unix socket, "unix:"), no
// Devanagari or other non-ASCII digits, and no token shaped like a PAN,
// passport, EPIC, driving licence, GSTIN, IFSC or vehicle registration.
// Context words such as "mobile" or "aadhaar" do appear, with nothing
// numeric next to them. No person is named, in any script: chat lines
// have no sender.
func Clean(seed int64, size int) []byte {
	if size <= 0 {
		return []byte{}
	}
	g := newGen(seed, size)
	g.clean(size)
	return g.b
}
