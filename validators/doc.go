// Package validators knows, exactly, whether a string is a valid Indian
// identifier: Aadhaar and its Virtual ID (Verhoeff), PAN, passport, voter
// ID (EPIC), driving licence, GSTIN (mod-36 check character), mobile
// number (by the national numbering plan), UPI address, IFSC, PIN code,
// vehicle registration, ABHA health ID and payment card (Luhn and issuer
// ranges).
//
// Each validator takes the identifier as people write it: digits in ASCII,
// in any of the nine Indian scripts that have their own (Devanagari,
// Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam) or
// fullwidth; letters in either case; the usual spaces and hyphens. It
// returns nil when the value is valid, or an *[Error] that matches exactly
// one of the sentinels with [errors.Is]: [ErrLength], [ErrFormat],
// [ErrChecksum], [ErrReserved] or [ErrUnknownCode].
//
// The functions are pure, use only the standard library, never allocate,
// and are safe for concurrent use. Where public validators disagree (a
// leading 1 on an Aadhaar, GSTIN state 38, a landline that looks like a
// mobile), each function's documentation says which way kavach settles
// it and why; the tests name every such case.
//
// The code tables (mobile ranges, IFSC bank codes, UPI handles) are
// generated from the reference data by the gen_*.go programs
// (go generate) and committed, so a build needs neither the data nor a
// network.
package validators
