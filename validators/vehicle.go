package validators

import "github.com/kavachpii/kavach/internal/chars"

// Vehicle registration marks (Motor Vehicles Act, 1988, s. 41(6)) come in
// two series that this validator accepts:
//
//   - the regular series SS RR LLL NNNN: the state code (see [StateName]),
//     the RTO number (1 or 2 digits: Delhi writes "DL 4 CAF 4856"), up to
//     three series letters (none on the oldest plates, "TN 12 0729") and a
//     four-digit number;
//   - the Bharat series (MoRTH notification G.S.R. 594(E), 26 August 2021)
//     YY BH NNNN LL: the last two digits of the year of registration, "BH",
//     a four-digit number and one or two letters other than I and O.
//
// Decisions, and peer disagreements settled:
//   - lower case is accepted ("mh04ad0045"): validator.js rejects it,
//     Presidio (case-insensitive) accepts it; people type plates in lower
//     case in forms and chats, and a redactor must not miss them.
//   - the RTO number must be in use in the state (statecodes.go, from
//     Presidio's table, read as a range): "KA99ME3456" is ErrUnknownCode,
//     while Presidio still reports it at score 0.5. RTO 0 and number 0000
//     are never issued (ErrReserved), as in Presidio.
//   - I and O are accepted in regular series letters (Presidio's own sample
//     "DL3CJI0001" has an I; states differ), but not in the Bharat series,
//     whose notification excludes them.
//   - Bharat-series years run from 21 (the series began in 2021) to the
//     current year plus one (see maxIssueYear), else ErrReserved; Presidio's
//     pattern [2-9][1-9] wrongly drops 30, 40 and so on.
//   - spaces, hyphens and no-break spaces may separate the groups, and
//     nowhere else: "GJ 04-AD 5822" is valid, "GJ 0 4AD5822" is not.
//     validator.js also allows one inside the series letters; kavach does
//     not.
//
// Not covered (known gaps): diplomatic (CD, CC, UN), armed-forces (broad
// arrow), temporary, trade and vintage marks.
const (
	plateMinLen = 7  // SS R NNNN
	plateMaxLen = 11 // SS RR LLL NNNN
	bhFirstYear = 21
)

var (
	errPlateLength  = newErr("vehicle registration", "must have 7 to 11 letters and digits", ErrLength)
	errPlateFormat  = newErr("vehicle registration", "want SS RR LLL NNNN or YY BH NNNN LL", ErrFormat)
	errPlateSep     = newErr("vehicle registration", "separator inside a group", ErrFormat)
	errPlateState   = newErr("vehicle registration", "unknown state or UT code", ErrUnknownCode)
	errPlateRTOZero = newErr("vehicle registration", "RTO number 0 is never issued", ErrReserved)
	errPlateRTO     = newErr("vehicle registration", "RTO number not in use in the state", ErrUnknownCode)
	errPlateNumber  = newErr("vehicle registration", "number 0000 is never issued", ErrReserved)
	errBHLetters    = newErr("vehicle registration", "Bharat series letters exclude I and O", ErrFormat)
	errBHYear       = newErr("vehicle registration", "Bharat series year before 2021 or in the future", ErrReserved)
)

// VehicleRegistration checks an Indian vehicle registration mark of the
// regular series ("MH 04 AD 0001", "DL 4 CAF 4856", "KA-41CE-5289") or the
// Bharat series ("22 BH 1234 AA"), in either case, with or without spaces
// or hyphens between the groups, digits in any supported script.
func VehicleRegistration(s string) error {
	var buf [plateMaxLen]byte
	n, seps, ok := compactMarked(buf[:], s)
	switch {
	case !ok:
		return errPlateFormat
	case n < plateMinLen || n > plateMaxLen:
		return errPlateLength
	}
	b := buf[:n]
	if chars.IsDigit(b[0]) {
		return bharatSeries(b, seps)
	}
	if !chars.IsUpper(b[1]) {
		return errPlateFormat
	}
	// Split SS RR LLL NNNN: a digit run, a letter run, a digit run. With no
	// series letters the first run holds the RTO number and the last four
	// digits, which is unambiguous because the number has exactly four.
	i := 2
	for i < n && chars.IsDigit(b[i]) {
		i++
	}
	rtoEnd := i
	for i < n && chars.IsUpper(b[i]) {
		i++
	}
	seriesEnd := i
	for i < n && chars.IsDigit(b[i]) {
		i++
	}
	if i != n {
		return errPlateFormat
	}
	if seriesEnd == rtoEnd { // no series letters
		rtoEnd -= 4
		seriesEnd = rtoEnd
	} else if n-seriesEnd != 4 {
		return errPlateFormat
	}
	if d := rtoEnd - 2; d < 1 || d > 2 || seriesEnd-rtoEnd > 3 {
		return errPlateFormat
	}
	if seps&^(1<<0|1<<2|1<<rtoEnd|1<<seriesEnd|1<<n) != 0 {
		return errPlateSep
	}
	st := lookupState(b[0], b[1])
	if st == nil {
		return errPlateState
	}
	if digitsValue(b[n-4:]) == 0 {
		return errPlateNumber // before the RTO: a caller may let an unknown RTO pass, never this
	}
	switch rto := digitsValue(b[2:rtoEnd]); {
	case rto == 0:
		return errPlateRTOZero
	case rto > int(st.maxRTO):
		return errPlateRTO
	}
	return nil
}

// bharatSeries checks YY BH NNNN L[L] in b, compacted, with seps as
// recorded by compactMarked.
func bharatSeries(b []byte, seps uint32) error {
	n := len(b)
	if n < 9 || n > 10 || !chars.IsDigit(b[1]) || b[2] != 'B' || b[3] != 'H' ||
		!allDigits(b[4:8]) || !allUpper(b[8:]) {
		return errPlateFormat
	}
	for _, c := range b[8:] {
		if c == 'I' || c == 'O' {
			return errBHLetters
		}
	}
	if seps&^(1<<0|1<<2|1<<4|1<<8|1<<n) != 0 {
		return errPlateSep
	}
	if y := digitsValue(b[:2]); y < bhFirstYear || y > maxIssueYear%100 {
		return errBHYear
	}
	if digitsValue(b[4:8]) == 0 {
		return errPlateNumber
	}
	return nil
}
