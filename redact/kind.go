package redact

// Kind names a kind of personal data. The strings are Presidio's entity
// names where Presidio has one, so findings can be compared across tools.
type Kind string

// The built-in kinds.
const (
	Aadhaar        Kind = "IN_AADHAAR"              // 12-digit Aadhaar, Verhoeff-checked
	VID            Kind = "IN_VID"                  // 16-digit Aadhaar Virtual ID, Verhoeff-checked
	PAN            Kind = "IN_PAN"                  // Permanent Account Number
	Passport       Kind = "IN_PASSPORT"             // Indian passport number (needs context)
	VoterID        Kind = "IN_VOTER"                // EPIC voter ID (needs context, or its check digit)
	DrivingLicence Kind = "IN_DRIVING_LICENCE"      // national-format driving licence
	GSTIN          Kind = "IN_GSTIN"                // GST identification number, mod-36 checked
	Mobile         Kind = "IN_MOBILE"               // Indian mobile number, by the numbering plan
	UPI            Kind = "IN_UPI"                  // UPI virtual payment address
	Card           Kind = "CREDIT_CARD"             // payment card, Luhn and issuer checked
	Email          Kind = "EMAIL_ADDRESS"           // e-mail address
	ABHA           Kind = "IN_ABHA"                 // 14-digit ABHA health ID
	PINCode        Kind = "IN_PIN_CODE"             // postal PIN code (needs context)
	BankAccount    Kind = "IN_BANK_ACCOUNT"         // bank account number (needs context)
	DateOfBirth    Kind = "DATE_OF_BIRTH"           // a date next to a birth-date word
	Vehicle        Kind = "IN_VEHICLE_REGISTRATION" // vehicle registration, state series and BH
	IFSC           Kind = "IN_IFSC"                 // bank branch code
	IPAddress      Kind = "IP_ADDRESS"              // IPv4 address
)

// kindID indexes the built-in kinds in tables and bit masks.
type kindID uint8

const (
	kAadhaar kindID = iota
	kVID
	kPAN
	kPassport
	kVoterID
	kDrivingLicence
	kGSTIN
	kMobile
	kUPI
	kCard
	kEmail
	kABHA
	kPINCode
	kBankAccount
	kDateOfBirth
	kVehicle
	kIFSC
	kIPAddress
	numKinds
)

// kindMask is a set of built-in kinds.
type kindMask uint32

func (k kindID) mask() kindMask { return 1 << k }

// kindInfo is everything the engine knows about one kind that is not
// detection logic: its name, how it is masked, how context moves its score.
type kindInfo struct {
	kind Kind
	// keepLast4 keeps the last four digits when masking, the UIDAI and RBI
	// display convention (XXXX XXXX 1234).
	keepLast4 bool
	// withContext is the score when a context word for the kind is near.
	withContext float64
	// negative multiplies the score when negative context ("order",
	// "txn", "utr") is nearer than any positive word. Strong evidence
	// (a GSTIN's check character) is lowered less.
	negative float64
}

var kinds = [numKinds]kindInfo{
	kAadhaar:        {kind: Aadhaar, keepLast4: true, withContext: 1.0, negative: 0.25},
	kVID:            {kind: VID, keepLast4: true, withContext: 1.0, negative: 0.3},
	kPAN:            {kind: PAN, withContext: 1.0, negative: 0.4},
	kPassport:       {kind: Passport, withContext: 0.9, negative: 0.3},
	kVoterID:        {kind: VoterID, withContext: 0.9, negative: 0.3},
	kDrivingLicence: {kind: DrivingLicence, withContext: 0.95, negative: 0.4},
	kGSTIN:          {kind: GSTIN, withContext: 1.0, negative: 0.8},
	kMobile:         {kind: Mobile, keepLast4: true, withContext: 0.95, negative: 0.3},
	kUPI:            {kind: UPI, withContext: 0.95, negative: 1.0},
	kCard:           {kind: Card, keepLast4: true, withContext: 1.0, negative: 0.5},
	kEmail:          {kind: Email, withContext: 1.0, negative: 1.0},
	kABHA:           {kind: ABHA, withContext: 0.95, negative: 0.7}, // 2-4-4-4 is a shape no reference number has
	kPINCode:        {kind: PINCode, withContext: 0.85, negative: 0.3},
	kBankAccount:    {kind: BankAccount, withContext: 0.85, negative: 0.3},
	kDateOfBirth:    {kind: DateOfBirth, withContext: 0.85, negative: 0.3},
	kVehicle:        {kind: Vehicle, withContext: 0.95, negative: 0.75}, // with a series: "policy for MH12AB1234" stays; "Request TR-46091" goes
	kIFSC:           {kind: IFSC, withContext: 0.95, negative: 0.5},
	kIPAddress:      {kind: IPAddress, withContext: 0.9, negative: 0.4},
}

// Kinds returns every kind the scanner finds in text, in a fixed order. A
// nil [Options.Kinds] enables all of them, and the key-only kinds
// [Person] and [Location] too. Kinds whose shape alone proves little
// (passport, voter ID, PIN code, bank account, date of birth) are only
// reported with a context word near them, except an EPIC whose last digit
// is the Luhn check python-stdnum computes for it.
func Kinds() []Kind {
	out := make([]Kind, numKinds)
	for i := range kinds {
		out[i] = kinds[i].kind
	}
	return out
}

// kPerson marks a match the scanner made of a name after a label such as
// "Name:": the key-only kind [Person], outside the kinds table.
const kPerson = numKinds

// kLocation marks an address the scanner took whole from a CSV column
// named for one: the key-only kind [Location].
const kLocation = numKinds + 1

// kindName returns the Kind of a kindID, kPerson and kLocation included.
func kindName(k kindID) Kind {
	switch k {
	case kPerson:
		return Person
	case kLocation:
		return Location
	}
	return kinds[k].kind
}

// namedKindID returns the kindID of a built-in kind, [Person] or
// [Location]: every kind with an ID of its own but the user's.
func namedKindID(k Kind) (kindID, bool) {
	switch k {
	case Person:
		return kPerson, true
	case Location:
		return kLocation, true
	}
	return lookupKind(k)
}

func lookupKind(k Kind) (kindID, bool) {
	for i := range kinds {
		if kinds[i].kind == k {
			return kindID(i), true
		}
	}
	return 0, false
}
