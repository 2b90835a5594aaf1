package redact

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Mode says what replaces a finding in the output.
type Mode int

const (
	// Mask keeps the length and the separators and writes 'X' over every
	// letter and digit, except the last four digits of an Aadhaar, VID,
	// mobile or card number: "XXXX XXXX 1234".
	Mask Mode = iota
	// Label writes the kind in angle brackets: "<IN_AADHAAR>".
	Label
	// Hash writes the kind and the first 12 hex digits of
	// HMAC-SHA256(HashKey, canonical value): "<IN_AADHAAR:1a2b3c4d5e6f>".
	// One identifier gives one token in every written form (spaces,
	// hyphens, scripts, +91 or 0 prefixes), so logs stay joinable.
	Hash
	// Remove writes nothing.
	Remove
)

// String returns the mode's name as the command line spells it.
func (m Mode) String() string {
	switch m {
	case Mask:
		return "mask"
	case Label:
		return "label"
	case Hash:
		return "hash"
	case Remove:
		return "remove"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ParseMode returns the Mode named s ("mask", "label", "hash", "remove").
func ParseMode(s string) (Mode, error) {
	for m := Mask; m <= Remove; m++ {
		if m.String() == s {
			return m, nil
		}
	}
	return 0, fmt.Errorf("redact: unknown mode %q (want mask, label, hash or remove)", s)
}

// Defaults and limits for [Options].
const (
	// DefaultMinScore is the score below which findings are dropped when
	// Options.MinScore is 0.
	DefaultMinScore = 0.5
	// DefaultContextWindow is how many characters before and after a
	// candidate are searched for context words when Options.ContextWindow
	// is 0.
	DefaultContextWindow = 64
	// MaxContextWindow bounds Options.ContextWindow, and the bytes a
	// window of characters in another script may span, so that streaming
	// holds back a fixed number of bytes (see [Holdback]).
	MaxContextWindow = 256
)

// Options configure a [Redactor]. The zero value (or a nil *Options) means
// the defaults: every built-in kind, MinScore 0.5, Mask mode, a 64-byte
// context window.
type Options struct {
	// Kinds to detect. Nil means the default set: [Kinds]() plus the
	// key-only kinds [Person] and [Location]. An empty, non-nil slice
	// turns every kind off.
	Kinds []Kind
	// MinScore in [0, 1]: findings scoring below it are neither reported
	// nor masked. 0 means DefaultMinScore.
	MinScore float64
	// Mode says what replaces a finding.
	Mode Mode
	// HashKey is the HMAC key for Hash mode; New rejects Hash mode
	// without one.
	HashKey []byte
	// ContextWindow is how many characters on each side of a candidate
	// are searched for context words (a byte each in ASCII; a character
	// of an Indian script, three bytes in UTF-8, counts once, within
	// MaxContextWindow bytes); 0 means DefaultContextWindow, and it may
	// not exceed MaxContextWindow.
	ContextWindow int
	// Keys changes which words in key names mark a whole value as
	// personal data (see [Redactor.KeyKind]): each lower-case word maps to
	// the kind it announces, or to "" to stop a built-in word counting.
	Keys map[string]Kind
	// NoKeyNames turns off redaction by key name: values are then only
	// redacted where the scanner finds personal data in them.
	NoKeyNames bool
	// KeepPrivateIPs leaves unreported the IP addresses that no one
	// outside a network can reach: RFC 1918's (10.0.0.0/8, 172.16.0.0/12,
	// 192.168.0.0/16), carrier-grade NAT's (100.64.0.0/10), link-local
	// ones (169.254.0.0/16, fe80::/10) and unique local IPv6 addresses
	// (fc00::/7). They name a network's servers, pods and gateways, which
	// logs need for debugging, far more often than a person; but a
	// person's device on an office or a campus network has one too, so
	// by default they are masked as any address is. (Addresses that are
	// nobody's are never reported: loopback, RFC 5737's and RFC 3849's
	// documentation networks, the broadcast address, public DNS
	// resolvers'.)
	KeepPrivateIPs bool
	// Recognizers are kinds of personal data of the user's own, found
	// beside the built-in kinds (which Kinds governs; a recognizer runs
	// whenever it is listed here).
	Recognizers []Recognizer
	// Allow lists values that are never reported, per kind: a support
	// line's number, a test Aadhaar, the company's own GSTIN. A value is
	// compared on its canonical form, so any written form of it (spaces,
	// hyphens, +91, Indian-script digits, case) is allowed.
	Allow map[Kind][]string
	// Deny lists words and phrases that are always redacted and reported
	// as that kind (a built-in kind or one of the user's own), such as
	// employee names. They match case-insensitively as whole words; the
	// whole list is one automaton, so its length barely changes the cost
	// of scanning.
	Deny map[Kind][]string
	// PatternTimeout bounds each match attempt of a recognizer's
	// Pattern; 0 means DefaultPatternTimeout. It must not be negative.
	PatternTimeout time.Duration
	// OnFinding, when set, is called for each finding a Transformer,
	// Copy or CopyJSON reports, in order, with offsets from the start of
	// the stream.
	// String and Bytes return their findings instead. It is called from
	// the goroutine that drives the stream.
	OnFinding func(Finding)
}

// Finding is one piece of personal data found in the input. It never
// holds the value itself: the offsets let a caller who holds the input
// look, and nothing else should.
type Finding struct {
	Kind       Kind
	Start, End int64 // byte offsets into the input, End exclusive
	// Score in [0, 1]: how sure the engine is.
	Score float64
	// Reason is a short decision trace: the evidence and the context word
	// that decided it, such as "Verhoeff ok; context \"aadhaar\" before".
	Reason string
}

var errNilKey = errors.New("redact: Hash mode needs a non-empty HashKey")

func (o *Options) compile() (config, error) {
	c := config{minScore: DefaultMinScore, window: DefaultContextWindow}
	if o == nil {
		c.enabled = 1<<numKinds - 1
		c.person, c.location, c.spoken, c.dates = true, true, true, true
		return c, nil
	}
	if o.Kinds == nil {
		c.enabled = 1<<numKinds - 1
		c.person, c.location = true, true
	}
	for _, k := range o.Kinds {
		switch k {
		case Person:
			c.person = true
			continue
		case Location:
			c.location = true
			continue
		}
		id, ok := lookupKind(k)
		if !ok {
			return c, fmt.Errorf("redact: unknown kind %q", k)
		}
		c.enabled |= id.mask()
	}
	c.spoken = c.enabled&spokenKinds != 0
	c.dates = c.enabled&kDateOfBirth.mask() != 0
	c.noKeys = o.NoKeyNames
	c.keepPrivateIPs = o.KeepPrivateIPs
	if len(o.Keys) > 0 {
		c.keys = make(map[string]Kind, len(o.Keys))
		for w, k := range o.Keys {
			if k != "" && k != Person && k != Location {
				if _, ok := lookupKind(k); !ok {
					return c, fmt.Errorf("redact: Keys[%q]: unknown kind %q", w, k)
				}
			}
			c.keys[strings.ToLower(w)] = k
		}
	}
	switch {
	case o.MinScore < 0 || o.MinScore > 1:
		return c, fmt.Errorf("redact: MinScore %v outside [0, 1]", o.MinScore)
	case o.MinScore > 0:
		c.minScore = o.MinScore
	}
	switch {
	case o.ContextWindow < 0 || o.ContextWindow > MaxContextWindow:
		return c, fmt.Errorf("redact: ContextWindow %d outside [0, %d]", o.ContextWindow, MaxContextWindow)
	case o.ContextWindow > 0:
		c.window = o.ContextWindow
	}
	if o.Mode < Mask || o.Mode > Remove {
		return c, fmt.Errorf("redact: unknown mode %d", int(o.Mode))
	}
	c.mode = o.Mode
	if o.Mode == Hash {
		if len(o.HashKey) == 0 {
			return c, errNilKey
		}
		c.hashKey = append([]byte(nil), o.HashKey...)
	}
	c.onFinding = o.OnFinding
	cu, err := compileCustom(o, c.window, c.minScore)
	if err != nil {
		return c, err
	}
	c.custom = cu
	return c, nil
}

// config is the compiled, immutable form of Options.
type config struct {
	enabled kindMask
	person  bool // redact values under keys that name a person
	// givenOpenings is the gazetteer's table of given names' first three
	// letters (see names.GivenOpenings), set when person is.
	givenOpenings *[26 * 26]uint32
	location      bool // redact values under keys that name an address
	spoken        bool // some kind a caller may read out digit by digit (see spokenNumber)
	dates         bool // dates of birth: a month in lower case may open one (see mayOpenLowerDate)
	noKeys        bool
	// keepPrivateIPs: see Options.KeepPrivateIPs.
	keepPrivateIPs bool
	keys           map[string]Kind
	minScore       float64
	window         int
	mode           Mode
	hashKey        []byte
	onFinding      func(Finding)
	custom         *custom // nil without recognizers, allow or deny lists
}
