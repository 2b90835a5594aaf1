package redact

import "time"

// Pattern is one regular expression of a [Recognizer].
//
// Regex uses the syntax of github.com/dlclark/regexp2: .NET and Presidio
// syntax, look-arounds and back-references included. It is matched
// against one line of input at a time (a line longer than
// [MaxCustomMatch] bytes is matched in overlapping pieces, see
// [Recognizer]), so ^ and $ match at the ends of that line.
type Pattern struct {
	// Name says which pattern matched, in Finding.Reason.
	Name string
	// Regex is the pattern; its whole match is the finding.
	Regex string
	// Score in (0, 1] is the finding's score without context. A context
	// word near the match raises it by 0.35 (to at least 0.4, at most 1),
	// as Presidio's context enhancer does.
	Score float64
}

// Recognizer is a kind of personal data of the user's own: a customer ID,
// a loan account number, an employee code. Its matches are reported as
// Kind and redacted like the built-in kinds.
//
// Patterns run with a timeout per match attempt (Options.PatternTimeout).
// When one times out, kavach fails closed: the piece of input it was
// matching is redacted as Kind, and the finding's Reason says "pattern
// timeout". The input never passes through unchecked.
//
// Matches are at most [MaxCustomMatch] bytes long and do not cross a line
// break: each line is matched on its own, and a longer line in
// overlapping pieces of 2*MaxCustomMatch bytes that start MaxCustomMatch
// bytes apart, so that streams hold back a bounded number of bytes and
// every way of cutting the input gives the same findings.
type Recognizer struct {
	// Kind names the findings, such as "ACME_CUSTOMER_ID". It may also be
	// a built-in kind, to widen what that kind covers.
	Kind Kind
	// Patterns to match; a recognizer may have none if it only has Deny
	// words.
	Patterns []Pattern
	// Context words raise the score of a match when one of them is
	// within Options.ContextWindow bytes before or after it on the same
	// line, compared case-insensitively as whole words. Key names count:
	// "loan account" matches loan_account_no, loanAccount and
	// "Loan-Account".
	Context []string
	// Validate, when set, confirms a match (a checksum, a lookup); a match
	// it rejects is not reported.
	Validate func(match []byte) bool
	// Deny words and phrases are always redacted as Kind, like
	// Options.Deny (Presidio's deny_list).
	Deny []string
}

// Limits of custom recognizers.
const (
	// MaxCustomMatch is the longest match a Pattern or deny word can
	// make, in bytes.
	MaxCustomMatch = 256
	// DefaultPatternTimeout bounds each match attempt of a Pattern when
	// Options.PatternTimeout is 0.
	DefaultPatternTimeout = 100 * time.Millisecond
)
