package validators

// Driving licences in Sarathi, MoRTH's national licence database, are
// numbered SS RR YYYY NNNNNNN: 15 characters, the state code (see
// [StateName]), the two-digit code of the issuing RTO, the year of issue and
// a seven-digit serial, as in "MH14 20110062821", "MH-14-2011-0062821" or
// "DL-0420110149646". There is no check digit. No specification is
// published; the layout is the one every source agrees on (FORMATS.md rates
// it folk, consistent).
//
// Decisions where no issuer or peer settles the matter:
//   - the state and RTO are checked against the table in statecodes.go
//     (ErrUnknownCode); RTO 00 and serial 0000000 are never issued
//     (ErrReserved).
//   - the year must lie in 1950..maxIssueYear (the current year plus one,
//     read once at start-up; see maxIssueYear), else ErrReserved: 1950 is
//     the bound FORMATS.md recommends, early enough for any licence still
//     held, and a licence from the future was never issued.
//   - letters may be upper or lower case ("mh14…" is how people type it);
//     spaces, hyphens and no-break spaces may separate the state, the RTO,
//     the year and the serial, and nowhere else.
//   - the older state formats that predate Sarathi, such as
//     "KA-01/2001/12345", are not accepted: each state had its own, none is
//     documented, and most do not have 15 characters. This is a known gap,
//     not a judgement that such licences are invalid.
const (
	dlLen     = 15
	dlMinYear = 1950
)

var (
	errDLLength  = newErr("driving licence", "must have 15 characters: state, RTO, year, serial", ErrLength)
	errDLFormat  = newErr("driving licence", "want 2 letters then 13 digits (SS RR YYYY NNNNNNN)", ErrFormat)
	errDLSep     = newErr("driving licence", "separator inside the state, RTO, year or serial", ErrFormat)
	errDLState   = newErr("driving licence", "unknown state or UT code", ErrUnknownCode)
	errDLRTOZero = newErr("driving licence", "RTO 00 is never issued", ErrReserved)
	errDLRTO     = newErr("driving licence", "RTO code not in use in the state", ErrUnknownCode)
	errDLYear    = newErr("driving licence", "year of issue before 1950 or in the future", ErrReserved)
	errDLSerial  = newErr("driving licence", "serial 0000000 is never issued", ErrReserved)
)

// dlSeps marks where separators may stand in a licence number: before the
// state, RTO, year and serial, and at the end.
const dlSeps = 1<<0 | 1<<2 | 1<<4 | 1<<8 | 1<<dlLen

// DrivingLicence checks an Indian driving licence number in the national
// (Sarathi) format SS RR YYYY NNNNNNN, written with or without spaces or
// hyphens between the groups, in either case, with digits in any supported
// script.
func DrivingLicence(s string) error {
	var buf [dlLen]byte
	n, seps, ok := compactMarked(buf[:], s)
	switch {
	case !ok:
		return errDLFormat
	case n != dlLen:
		return errDLLength
	case !allUpper(buf[:2]) || !allDigits(buf[2:]):
		return errDLFormat
	case seps&^dlSeps != 0:
		return errDLSep
	}
	st := lookupState(buf[0], buf[1])
	if st == nil {
		return errDLState
	}
	switch rto := digitsValue(buf[2:4]); {
	case rto == 0:
		return errDLRTOZero
	case rto > int(st.maxRTO):
		return errDLRTO
	}
	if y := digitsValue(buf[4:8]); y < dlMinYear || y > maxIssueYear {
		return errDLYear
	}
	if digitsValue(buf[8:]) == 0 {
		return errDLSerial
	}
	return nil
}
