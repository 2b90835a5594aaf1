package validators

// The Electoral Photo Identity Card (EPIC, "voter ID") number issued by
// the Election Commission of India is three letters (a code for the
// assembly constituency's series) followed by seven digits, such as
// "WKH1186253". Older cards carry state-specific forms with slashes
// (SS/NN/NNN/NNNNNN); they vary by state and are not accepted here.
//
// The ECI publishes no check digit. python-stdnum (stdnum/in_/epic.py)
// applies the Luhn check to the seven digits, on the authority of a
// broker's blog post alone; no official source confirms it. kavach
// therefore never rejects on it: [VoterID] accepts a number whatever its
// Luhn result, recall first, and [VoterIDLuhn] exposes the Luhn result as a
// confidence signal a redaction engine may use to raise its score. So
// stdnum's "InvalidChecksum" sample WKH1186263 is a valid [VoterID] but
// fails [VoterIDLuhn].
//
// Letters may be written in either case (Presidio finds "uzb2345117"),
// and spaces or hyphens between the characters are skipped.
const voterIDLen = 10

var (
	errVoterIDLength = newErr("voter ID", "must be 3 letters and 7 digits", ErrLength)
	errVoterIDFormat = newErr("voter ID", "must be 3 letters and 7 digits", ErrFormat)
)

// VoterID checks an EPIC (voter ID) number: three letters in either case,
// then seven digits in any supported script. It does not test the Luhn
// digit python-stdnum expects; see [VoterIDLuhn].
func VoterID(s string) error {
	var buf [voterIDLen]byte
	return voterID(&buf, s)
}

func voterID(buf *[voterIDLen]byte, s string) error {
	n, ok := compact(buf[:], s, true)
	switch {
	case !ok:
		return errVoterIDFormat
	case n != voterIDLen:
		return errVoterIDLength
	case !allUpper(buf[:3]) || !allDigits(buf[3:]):
		return errVoterIDFormat
	}
	return nil
}

// VoterIDLuhn reports whether s is a valid [VoterID] whose seven digits
// also pass the Luhn check that python-stdnum applies. The check is not
// published by the ECI, so a false result is no reason to reject s; a true
// one is extra evidence that s is an EPIC number (a random one passes one
// time in ten).
func VoterIDLuhn(s string) bool {
	var buf [voterIDLen]byte
	return voterID(&buf, s) == nil && luhnASCII(buf[3:])
}
