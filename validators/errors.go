package validators

import "errors"

// The sentinel errors. Every error a validator returns matches exactly one of
// them with [errors.Is]; its message says which identifier and which rule.
var (
	// ErrLength: too few or too many significant characters.
	ErrLength = errors.New("validators: wrong length")
	// ErrFormat: a character that does not belong where it stands.
	ErrFormat = errors.New("validators: bad format")
	// ErrChecksum: the check digit or character does not match.
	ErrChecksum = errors.New("validators: checksum mismatch")
	// ErrReserved: a range never issued, such as an Aadhaar starting with 0
	// or 1, a palindromic Aadhaar or an unused PIN-code prefix.
	ErrReserved = errors.New("validators: reserved or never issued")
	// ErrUnknownCode: an unknown state, RTO, bank or holder-type code.
	ErrUnknownCode = errors.New("validators: unknown code")
)

// Error is the type of every error a validator returns. The values are
// created once, at package initialisation, so that returning one never
// allocates; compare them with [errors.Is] against the sentinels.
type Error struct {
	ID     string // the identifier checked, such as "Aadhaar"
	Reason string // the rule that failed, in a few words
	Err    error  // one of the sentinels
}

func (e *Error) Error() string { return "validators: " + e.ID + ": " + e.Reason }

// Unwrap returns the sentinel, so that errors.Is(err, ErrChecksum) works.
func (e *Error) Unwrap() error { return e.Err }

func newErr(id, reason string, sentinel error) *Error {
	return &Error{ID: id, Reason: reason, Err: sentinel}
}
