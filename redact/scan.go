package redact

import (
	"bytes"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// Byte classes drive the scanner's main loop: most bytes are class none
// and cost one table lookup.
const (
	clsNone    uint8 = iota
	clsDigit         // 0-9
	clsUpper         // A-Z
	clsLower         // a-z
	clsPhone         // '+' and '(' may open a phone number
	clsHigh          // 0xE0 and 0xEF may lead an Indian-script or fullwidth digit or letter
	clsAt            // '@' closes the local part of an e-mail or UPI address
	clsColon         // ':' may follow the first group of an IPv6 address
	clsNewline       // '\n' starts a line that may be a CSV header or row
	clsPercent       // '%' may open "%40" ('@') or "%2B" ('+') in a URL or a form
	clsBracket       // '[' may open the "[at]" of an address written to fool harvesters
	clsEquals        // '=' may end a user's key ("user=priya.sharma": see userHandle)
)

var byteClass = func() (t [256]uint8) {
	for b := '0'; b <= '9'; b++ {
		t[b] = clsDigit
	}
	for b := 'A'; b <= 'Z'; b++ {
		t[b] = clsUpper
	}
	for b := 'a'; b <= 'z'; b++ {
		t[b] = clsLower
	}
	t['+'], t['('] = clsPhone, clsPhone
	t[0xE0], t[0xEF] = clsHigh, clsHigh
	t['@'], t[':'] = clsAt, clsColon
	t['\n'] = clsNewline
	t['%'] = clsPercent
	t['['] = clsBracket
	t['='] = clsEquals
	return t
}()

// boring marks the bytes the main loop passes over without a second look:
// everything but digits, capitals, the lead bytes of folded characters and
// '@', ':', '+', '('. Lower-case letters are boring: identifiers with
// letters are written in capitals, and addresses are read back from their
// '@'. A space is not: the word after it may be a cue for a name or an
// address typed in lower case ("name", "i am", "near": see lowerCues),
// which one look at its first letter rules out for most words.
var boring = func() (t [256]bool) {
	for b := range t {
		t[b] = byteClass[b] == clsNone || byteClass[b] == clsLower || byteClass[b] == clsEquals
	}
	t[' '], t['='] = false, false
	return t
}()

// Limits that keep every decision within a fixed distance of where the
// candidate starts, so that a stream can be cut anywhere (see Holdback).
const (
	maxToken    = 40  // characters in one letter-digit token that can still be an identifier
	maxLocal    = 64  // bytes in an e-mail local part (RFC 5321)
	maxDomain   = 190 // bytes in the domain of an e-mail address we consider
	maxChainLen = 96  // bytes in a chain of digit groups
)

// Holdback is the most a [Transformer] keeps back from its output while it
// waits to see how a candidate ends: the longest candidate plus the
// largest context window, rounded up. Runs of letters and digits longer
// than any identifier are passed through, not held.
const Holdback = 1024

// HoldbackCustom is the most a [Transformer] keeps back when custom
// recognizers or deny words are configured: a piece of a line (see
// [Recognizer]), its context window, and a match that may straddle the
// next piece.
const HoldbackCustom = 2048

// match is a finding inside the scanner: offsets into the window.
type match struct {
	kind       kindID
	layer      layer // which part of the engine made it, for ties
	tail       tail  // what the context added to reason
	side       uint8 // where word stood: sideBefore, sideAfter, sideColumn
	start, end int
	score      float64
	reason     string // the evidence; the whole reason when tail is tailNone
	word       string // the context word that decided, for the tail
}

// tail is the part of a reason that says what the context did. It is
// written out only for a [Finding]: a stream with no OnFinding never
// builds the string.
type tail uint8

const (
	tailNone tail = iota
	tailContext
	tailNegative
	tailSuspect // the evidence names what makes it suspect
	tailNoContext
	tailWord   // reason, a space, word
	tailQuoted // reason, a space, word in quotes
)

const (
	sideBefore uint8 = iota
	sideAfter
	sideColumn
)

// why returns the match's reason in full.
func (m *match) why() string {
	if m.tail == tailNone {
		return m.reason
	}
	// The same few hundred reasons recur in every stream: each is built
	// once and shared, so that reporting a finding allocates nothing.
	k := whyKey{m.reason, m.word, m.tail, m.side}
	if c := whyCache.Load(); c != nil {
		if s, ok := (*c)[k]; ok {
			return s
		}
	}
	s := m.buildWhy()
	whyMu.Lock()
	defer whyMu.Unlock()
	var old map[whyKey]string
	if c := whyCache.Load(); c != nil {
		old = *c
	}
	if t, ok := old[k]; ok {
		return t // another goroutine built it meanwhile
	}
	if len(old) < maxWhyCache {
		// Copy on write: readers look up without a lock, and a new
		// reason is rare once a stream has shown its kinds.
		m := make(map[whyKey]string, len(old)+1)
		for k, v := range old {
			m[k] = v
		}
		m[k] = s
		whyCache.Store(&m)
	}
	return s
}

// whyKey is what a match's reason is built from.
type whyKey struct {
	reason, word string
	tail         tail
	side         uint8
}

// whyCache holds built reasons, at most maxWhyCache of them: their parts
// are the engine's own strings and the words of a configuration. A map
// read through an atomic pointer costs a fraction of a sync.Map's lookup,
// whose hash of a struct key goes through the type's descriptor.
var (
	whyCache atomic.Pointer[map[whyKey]string]
	whyMu    sync.Mutex
)

const maxWhyCache = 1 << 12

// buildWhy builds the reason of m.
func (m *match) buildWhy() string {
	var side string
	switch m.side {
	case sideBefore:
		side = " before"
	case sideAfter:
		side = " after"
	default:
		side = " column"
	}
	switch m.tail {
	case tailContext:
		return m.reason + "; context \"" + m.word + "\"" + side
	case tailNegative:
		return m.reason + "; negative context \"" + m.word + "\"" + side
	case tailSuspect:
		return m.reason + "; no context"
	case tailNoContext:
		return m.reason + "; no context"
	case tailWord:
		return m.reason + " " + m.word
	case tailQuoted:
		return m.reason + " \"" + m.word + "\""
	}
	return m.reason
}

// layer ranks, on equal scores, the readings of one span: the user's own
// recognizer over the scanner, the scanner's evidence over a whole CSV
// cell. The rank, not the order of arrival, decides, so that a stream cut
// anywhere reports what String reports.
type layer uint8

const (
	layerScanner layer = iota // the zero value: most matches
	layerCell
	layerCustom
)

// rank orders layers for ties.
func (l layer) rank() int {
	switch l {
	case layerCell:
		return 0
	case layerScanner:
		return 1
	}
	return 2
}

// scan finds the matches in w.buf, appending them to out in order. It
// returns how many bytes of w.buf are decided: all of them at EOF, else up
// to the start of the first candidate that needs bytes beyond buf. With
// limit > 0 it also stops at the first candidate boundary at or after
// limit, so that callers can bound the work done per call.
func (r *Redactor) scan(w *window, out []match, limit int) (int, []match) {
	cut, out := r.scanLoop(w, out, limit)
	if w.csvOn && len(w.csv.cells) > 0 {
		return r.mergeCells(w, cut, out)
	}
	return cut, out
}

func (r *Redactor) scanLoop(w *window, out []match, limit int) (int, []match) {
	buf := w.buf
	w.keepPrivateIPs = r.cfg.keepPrivateIPs
	i := w.from
	notIPv6 := 0    // the end of a run of hex digits and colons that is no IPv6 address
	noBuilding := 0 // the end of a run of capitalised words that opens no building (see mayOpenBuilding)
	if w.csvOn && i == 0 && w.base == 0 && len(w.hist) == 0 && !r.csvLine(w, 0) {
		return 0, out
	}
	if i < len(buf) && buf[i] == '[' && r.cfg.person && (w.base+int64(i) == 0 || w.byteAt(i-1) == '\n') {
		// A line that opens with a speaker's tag (see below), the input's
		// first or one whose line break the last call read.
		j, hold := w.textAfterLineTag(i)
		if hold {
			return w.holdShort(i, out)
		}
		i = j
	}
	if b := w.byteAt(i - 1); i < len(buf) && (b == ' ' || b == '\n' || w.base+int64(i) == 0) {
		// A registration in lower case whose space or line break the last
		// call read, or the input's first (see the main loop).
		j := r.spacedLowerVehicle(w, i, &out)
		if w.short {
			return w.holdFrom(i, out)
		}
		i = j
	}
	if i < len(buf) && alnumBits[buf[i]] == bitLower && w.byteAt(i-1) == ' ' && r.lowerOpensAddress(w, i) {
		// As the main loop reads such a word after a space (see below),
		// where the last call held it back.
		n := len(out)
		next := r.candidate(w, i, clsUpper, &out)
		if w.short {
			return w.holdShort(i, out[:n])
		}
		i = max(next, i+1)
	}
	if i < len(buf) && alnumBits[buf[i]] == bitLower && (r.cfg.person && (w.base+int64(i) == 0 || w.byteAt(i-1) == '\n' || w.afterLineTag(i)) && mayBeLowerNameLine(buf, i, w.atEOF) ||
		lowerCueFirst[buf[i]] && (r.cfg.person || r.cfg.location) && wordGapByte(w.byteAt(i-1)) && mayOpenLowerCue(buf, i, w.atEOF) ||
		spokenFirst[buf[i]] && r.cfg.spoken && isSpokenSep(w.byteAt(i-1)) && mayOpenSpoken(buf, i, w.atEOF) ||
		closerFirst[buf[i]] && r.cfg.person && w.byteAt(i-1) == ' ' && mayCloseLower(buf, i, w.atEOF) ||
		r.cfg.person && (w.byteAt(i-1) == ' ' || w.byteAt(i-1) == '\n' || w.base+int64(i) == 0) && r.mayOpenLowerFullName(buf, i, w.atEOF) ||
		r.cfg.person && i == 0 && w.byteAt(-1) == ' ' && w.byteAt(-2) == '-' || // a signature's dash the last call read (see freeLowerGiven)
		w.byteAt(i-1) == ' ' && r.mayOpenLowerDateAt(buf, i, w.atEOF)) {
		// A line that opens in lower case may open with a name (see
		// lowerNameLine): the input's first, or one whose line break the
		// last call read at the end of its buffer. So may a word whose
		// space or line break that call read (see lowerCues).
		n := len(out)
		next := r.candidate(w, i, clsLower, &out)
		if w.short {
			return w.holdShort(i, out[:n])
		}
		next = max(next, i+1)
		w.visited(i, next)
		i = next
	}
	for i < len(buf) {
		if boring[buf[i]] && !(lowerFirst[buf[i]] && i > 0 && buf[i-1] == ' ') {
			for i++; i < len(buf) && boring[buf[i]]; i++ {
			}
			continue
		}
		cls := byteClass[buf[i]]
		if buf[i] == ' ' {
			// Most spaces come before a word or a number that the next
			// turn of the loop reads; only a lower-case letter needs a
			// look here.
			i++
			if i >= len(buf) || alnumBits[buf[i]] != bitLower {
				continue
			}
			if mayOpenLowerVehicle(buf, i) {
				j := r.spacedLowerVehicle(w, i, &out)
				if w.short {
					return w.holdFrom(i, out)
				}
				if j > i {
					i = j
					continue
				}
			}
			if (i+1 < len(buf) && buf[i+1] == '-' || w.byteAt(i-3) == '/') && r.lowerOpensAddress(w, i) { // ("r/o" may lie in a stream's history)
				// "flat no. e-116, gotri, …": a block's letter typed in
				// lower case opens the house's number, as a capital does
				// (see the clsUpper case); so does any word after "r/o".
				cls = clsUpper
			} else if i+2 < len(buf) && !lowerWordAt(buf, i) && !r.mayOpenLowerDateAt(buf, i, w.atEOF) && !(r.cfg.person && r.mayOpenLowerFullName(buf, i, w.atEOF)) {
				for i++; i < len(buf) && boring[buf[i]]; i++ {
				}
				continue
			} else {
				cls = clsLower
			}
		}
		if cls == clsLower {
			// A word after a space that opens with a letter of
			// lowerFirst: a word for a name, a name in lower case after
			// it ("name vivek chauhan, vid …", "this is jaspal singh"), an
			// address's landmark ("near …"), a number read out ("nine one
			// six …"), or nothing.
			if !((r.cfg.person || r.cfg.location) && lowerCueFirst[buf[i]] && mayOpenLowerCue(buf, i, w.atEOF)) &&
				!(r.cfg.spoken && spokenFirst[buf[i]] && mayOpenSpoken(buf, i, w.atEOF)) &&
				!r.mayOpenLowerDateAt(buf, i, w.atEOF) &&
				!(r.cfg.person && closerFirst[buf[i]] && mayCloseLower(buf, i, w.atEOF) && w.mayFollowLowerName(i)) &&
				!(r.cfg.person && r.mayOpenLowerFullName(buf, i, w.atEOF)) {
				for i++; i < len(buf) && alnumBits[buf[i]] == bitLower; i++ {
				}
				continue
			}
		}
		// Fast paths for the common words and numbers of logs and prose,
		// which can never start a finding; what they skip is exactly what
		// candidate would skip (see skipWord and skipNumber).
		switch cls {
		case clsNewline:
			// Most lines open with a digit, '{' or '[': no header, and
			// outside a CSV block nothing to update.
			if w.csvOn && (w.csv.active || i+1 >= len(buf) || headerStart[buf[i+1]] || w.csv.paramsUntil > w.base+int64(i) || w.csv.loose) {
				if !r.csvLine(w, i+1) {
					return w.holdFrom(i, out) // the row's cells wait in w.csv
				}
				if len(w.csv.cells) > 0 {
					out = w.flushCells(i, out)
				}
			}
			i++
			if i < len(buf) && alnumBits[buf[i]] == bitLower && mayOpenLowerVehicle(buf, i) {
				// "kl 08 ux 6707 ka insurance …": a registration in lower
				// case opening a line
				j := r.spacedLowerVehicle(w, i, &out)
				if w.short {
					return w.holdFrom(i, out)
				}
				if j > i {
					i = j
					continue
				}
			}
			if i < len(buf) && alnumBits[buf[i]] == bitLower && (r.cfg.person && (mayBeLowerNameLine(buf, i, w.atEOF) || r.mayOpenLowerFullName(buf, i, w.atEOF)) ||
				lowerCueFirst[buf[i]] && (r.cfg.person || r.cfg.location) && mayOpenLowerCue(buf, i, w.atEOF) ||
				spokenFirst[buf[i]] && r.cfg.spoken && mayOpenSpoken(buf, i, w.atEOF)) {
				cls = clsLower // "sunita pandey: ji namaste", "papa - venkatesh iyer" (see lowerNameLine); "naam …" (see lowerCues)
				break
			}
			if i < len(buf) && buf[i] == '[' && r.cfg.person {
				// "[user] kavitha natarajan": a transcript's speaker, then
				// what opens the line as it would without one.
				j, hold := w.textAfterLineTag(i)
				if hold {
					return w.holdShort(i, out)
				}
				if j > i {
					i, cls = j, clsLower
					break
				}
			}
			continue
		case clsHigh:
			// Letters and signs of the Indian scripts (U+0800–U+0FFF):
			// only their digits and a given name of the gazetteer (see
			// scriptName) can start a finding.
			if j := skipIndicLetters(buf, i); j > i {
				if r.cfg.person && (j+2 >= len(buf) && !w.atEOF || mayOpenScriptName(w, i, j) || keyedValue(w, i)) ||
					r.cfg.location && (w.byteAt(i-1) == '\n' || w.base+int64(i) == 0) && streetInFirstPart(buf, i, w.atEOF) ||
					r.cfg.location && (j+2 >= len(buf) && !w.atEOF || scriptAddressFirst[uint16(buf[i+1])<<8|uint16(buf[i+2])] && scriptAddressFollows(buf, i, j) ||
						j-i <= 9 && j < len(buf) && (buf[j] == '-' || buf[j] == '/') && w.byteAt(i-1) == ' ' && digitOrEnd(buf, j+1, w.atEOF)) { // mayOpenScriptAddress; "निवासी ई-३७, …" (see scriptHouseLettersEnd)
					break
				}
				i = j
				continue
			}
		case clsBracket:
			if e := clfStampEnd(buf, i); e > i {
				i = e // an access log's time, read in one step
				continue
			}
			if i+1 < len(buf) && buf[i+1]|0x20 != 'a' || (i+4 < len(buf) || w.atEOF) && atWordAt(buf, i) == 0 {
				i++
				continue
			}
		case clsPhone:
			if buf[i] == '(' && (i+4 >= len(buf) && !w.atEOF || i+1 < len(buf) && buf[i+1]|0x20 == 'a' && atWordAt(buf, i) > 0) {
				break // "priya (at) gmail (dot) com", or maybe: candidate asks for more
			}
			// '(' or '+' opens a phone number only before a digit, or before a
			// '+' that no letter follows ("(+91)", not "(+http://...)").
			if i+2 < len(buf) && byteClass[buf[i+1]] != clsDigit && (buf[i+1] != '+' || alnumBits[buf[i+2]]&(bitLower|bitUpper) != 0) && buf[i+1] < 0x80 {
				i++
				continue
			}
			// "[15/Nov/2026:00:41:14 +0530]": an access log's time zone.
			if buf[i] == '+' && i+5 < len(buf) && buf[i+5] == ']' && digitsOnly(buf[i+1:i+5]) {
				i += 5
				continue
			}
		case clsPercent:
			// Only an escaped '@' or '+' ("priya%40gmail.com",
			// "phone=%2B919876543210") makes '%' worth a look.
			if (i+3 < len(buf) && pctEscape(buf[i:]) == 0 || i+3 >= len(buf) && w.atEOF) && !(r.cfg.location && w.byteAt(i-1) == '=' && w.hasAddressKeyBefore(i)) {
				i++ // (but "addr_line1=%2334%2C+Sector+44-B": a form's address, encoded)
				continue
			}
		case clsUpper:
			if buf[i] == 'I' && (i+2 >= len(buf) || buf[i+2]|0x20 == 's') && w.csvOn && mayBeInsert(buf, i, w.atEOF) && !isAlnumByte(w.byteAt(i-1)) && !r.sqlInsert(w, i) {
				return w.holdFrom(i, out) // an SQL statement in a log line: see sqlInsert
			}
			if i+3 < len(buf) && buf[i+3] == '|' && w.csvOn && isHL7Segment(buf[i:i+3]) {
				if b := w.byteAt(i - 1); (b < 0 || b == '\r' || b == '\n') && !r.hl7Segment(w, i) {
					return w.holdFrom(i, out) // an HL7 segment: see hl7Segment
				}
			}
			if w.csvOn && !w.csv.active && mayOpenVCard(w, i) && !r.vcardLine(w, i) {
				return w.holdFrom(i, out) // a vCard property: see vcardLine
			}
			if r.cfg.location && (i < 3 || buf[i-1] == ' ' && mayIntroduce(buf[i-3], buf[i-2]) && addressIntroBefore(w, i) || residentOfBefore(w, i) ||
				(buf[i-1] == '=' || buf[i-2] == '=' || buf[i-3] == '=') && w.hasAddressKeyBefore(i) ||
				buf[i-1] == '>' && xmlAddressTagBefore(buf, i)) {
				break // candidate reads the address, or the words before it
			}
			if j, digit := skipWord(buf, i, w.atEOF, r.cfg.person); j > i {
				if j+1 < len(buf) && buf[j] == '/' && byteClass[buf[j+1]] == clsDigit && j-i >= 3 && !digit {
					// "Chrome/118.0.5993.117", "HTTP/1.1": a product and its
					// version (see versionEnd), read in one step.
					e := versionEndIn(buf, j+1, w.atEOF)
					if e < 0 {
						w.short = true
						return w.holdFrom(i, out)
					}
					if e > j+1 {
						w.visited(j+1, e)
						i = w.userAgentRestEnd(e) // "Mozilla/5.0 (Windows NT 10.0; Win64; x64) …"
						continue
					}
				}
				if j-i == 3 && j+17 <= len(buf) && buf[j] == ' ' && isMonthWord(buf[i:j]) {
					if e := syslogStampEnd(buf, j); e > 0 {
						i = e
						continue
					}
				}
				// "Abcpe1234F", "August 14, 1990", "Flat 5, …": candidate
				// reads them (see mixedToken); any other such word is skipped.
				gap := i == 0 || houseGap[buf[i-1]] || escapedBreakBefore(buf, i)
				read := isIDLength(j-i) && digit || mayOpenDate(buf, j) && isMonthWord(buf[i:j]) ||
					j-i == 4 && buf[i] == 'D' && string(buf[i:j]) == "DOCS" || // an SSR DOCS element (see ssrDocs)
					i > 0 && buf[i-1] == ':' && (i < 6 || buf[i-6] == ':') || // an SFMS field's name (see sfmsField), or its tag in a stream's history
					isASCIIDigitByte(buf[j-1]) && w.gluedLabelEnd(i) > i || // "Birth06/10/2009", "Mobile9876543210" (see gluedLabelEnd)
					j-i == 3 && j < len(buf) && buf[j] == '+' && (buf[i] == 'N' || buf[i] == 'D') || // a PAXLST segment (see paxlstSegment)
					r.cfg.person && (mayBeName(buf, i, j, w.atEOF) || (i < 3 || buf[i-1] == '\n' || buf[i-1] == '@' || buf[i-1] == '"' || buf[i-1] == ' ' && cueGap[buf[i-2]]) && mayCueName(buf, i)) ||
					r.cfg.location && (mayOpenVillage(buf, i, j) || (gap || isQuote(int(buf[i-1]))) && (houseStart(buf, i) && mayOpenHouseWord(buf, i) || (j+1 >= len(buf) || buf[j] == ' ' && alnumBits[buf[j+1]] == bitUpper) && mayOpenBuilding(buf, i, j, w.atEOF, &noBuilding)) ||
						gap && (buf[i] == 'N' || buf[i] == 'O' || buf[i] == 'B') && mayOpenLandmark(buf, i) ||
						w.byteAt(i-1) == '\n' && w.addressUnderLabel(i)) // "CONSIGNEE:\nFARIDA MEMON\nMohalla …"
				if !read && (j == len(buf) || buf[j] != ' ') {
					// Most words end at a space; the rest may open a narration
					// ("UPI/…") or be a house number ("B1106, ", "C-401, ").
					after := byte(0)
					if j < len(buf) {
						after = buf[j]
					}
					read = (after == '/' || after == '-') && (isNarrationRail(buf[i:j]) || r.cfg.location && gap && j-i <= 2 && mayOpenHouseNumber(buf, i)) ||
						after == '/' && i >= 2 && buf[i-1] == '.' && isASCIIDigitByte(buf[i-2]) || // a PNR's "1.VERMA/MANOJ" (see pnrName)
						(after == '/' || after == '^') && r.cfg.person && j+1 < len(buf) && alnumBits[buf[j+1]] == bitUpper && alnumBits[buf[i+1]] == bitUpper && (i == 0 || slashNameGap[buf[i-1]]) || // "KRISHNAN/REVATHI", "PILLAI^RAHUL" (see slashName)
						r.cfg.location && (gap || isQuote(int(buf[i-1]))) && (after == 0 || after == ',' && hasDigit(buf[i:j])) && mayOpenHouseNumber(buf, i) // as candidate reads a house after a quote
				}
				if !read {
					i = j
					continue
				}
			}
		case clsDigit:
			if (i > 0 && buf[i-1] == '<' || i == 0 && w.byteAt(-1) == '<') && (isAlnumByte(w.byteAt(i-2)) || w.byteAt(i-2) == '<') {
				// "…81460<110000": digits after an MRZ's filler are the MRZ
				// reader's, read whole or, masked, not at all.
				for i++; i < len(buf) && byteClass[buf[i]] == clsDigit; i++ {
				}
				continue
			}
			if w.byteAt(i-1) == ':' {
				if i+12 < len(buf) && buf[i+12] == '>' && isHashToken(w, i) {
					i += 13 // what Hash mode wrote: never read its digits again
					continue
				}
				if i+12 >= len(buf) && !w.atEOF && isHashToken(w, i) {
					w.short = true // maybe such a token: wait for its end
					return w.holdFrom(i, out)
				}
			}
			// A lower-cased identifier (see lowerIDAt).
			if i < 2 || alnumBits[buf[i-1]] == bitLower && (alnumBits[buf[i-2]]&(bitLower|bitUpper) != 0 || passportGap[buf[i-2]]) || buf[i-1] == '-' {
				n := len(out)
				j := r.lowerIDAt(w, i, &out)
				if w.short {
					return w.holdFrom(i, out)
				}
				if j > i {
					if r.holdsIdentifier(out, n) {
						out = w.withLowerNameBefore(out, n) // "to harsha kumar ifsc indb0056923"
					}
					i = j
					continue
				}
			}
			if r.cfg.location && (i < 4 || mayOpenAddressAfter(w, buf, i)) {
				break // candidate reads the address ("Ship to:\n12 MG Road"), or the words before it
			}
			if i >= 2 && buf[i-1] == '/' && alnumBits[buf[i-2]] != 0 {
				if j := versionEndIn(buf, i, w.atEOF); j > i {
					w.visited(i, j)
					i = j
					continue
				}
			}
			if j := skipNumber(buf, i); j > i {
				// "27aapfu0939f1zv", "14th": candidate reads them (see
				// mixedToken); any other such number is skipped.
				// "12/3A, Gariahat Road, …": candidate reads a house number.
				if !(isIDLength(j-i) && hasLower(buf[i:j]) || (j-i == 3 || j-i == 4) && alnumBits[buf[j-1]] == bitLower ||
					r.cfg.location && (houseGap[buf[i-1]] || escapedBreakBefore(buf, i) || isQuote(int(buf[i-1])) && quotedHouseStart(buf, i)) && (mayOpenHouseNumber(buf, i) || buf[i-1] == '\n' && w.spacedHouseNumberAt(i) || buf[i-1] == ' ' && mayOpenSpacedHouse(buf, i))) {
					w.visited(i, j)
					i = j
					continue
				}
			}
		case clsEquals:
			if !r.cfg.person || r.cfg.noKeys || i >= 3 && !mayEndUserKey(buf, i) || !w.userKeyBefore(i) {
				i++
				continue
			}
		case clsColon:
			if w.csvOn && mayInsertAfterColon(buf, i, w.atEOF) && !r.sqlAfterColon(w, i) {
				return w.holdFrom(i, out) // "Executing query : insert into …" (see insertAfterColon)
			}
			if r.cfg.person && !r.cfg.noKeys && (i < 3 || mayEndUserKey(buf, i)) && w.userKeyBefore(i) {
				break // "username: priya.sharma" (see userHandle)
			}
			// Only an address label before it ("Address:", "पता:") or a
			// hex group just before it, in a run shaped like an IPv6
			// address, makes ':' worth a look.
			if (r.cfg.location || r.cfg.person) && mayEndLabel(buf, i) && r.labelEndsAt(w, i) {
				w.short = false // candidate asks again, and holds if buf ends too soon
				break
			}
			if i < notIPv6 {
				i++ // "06:03:39": the rest of a run already ruled out
				continue
			}
			g := i
			for g > 0 && i-g < 5 && isHex(int(buf[g-1])) {
				g--
			}
			if g == i {
				i++
				continue
			}
			if g > 0 {
				if ok, end := looksIPv6(buf, g); !ok {
					notIPv6 = end
					i++
					continue
				}
			}
		}
		if limit > 0 && i >= limit && (i == 0 || !w.localCharAt(i-1)) && w.unitWordsHeld(i) == i && w.spokenHeld(i) == i && !w.kumariBefore(i) && w.lowerNameHeld(i) == i {
			w.short = false
			return i, out
		}
		w.short = false
		n := len(out)
		next := r.candidate(w, i, cls, &out)
		// An e-mail address read back from its '@' takes in the matches
		// its local part overlaps ("00%400.AA%11…"), earlier ones too.
		n = min(n, len(out))
		if !w.short {
			next = w.withInitialsAfter(out[n:], next)
		}
		if !w.short {
			next = w.withBarrelAfter(out[n:], next)
		}
		if w.short {
			return w.holdShort(i, out[:n])
		}
		next = max(next, i+1) // always move on, whatever a matcher returned
		w.withKumari(out[n:])
		if r.holdsIdentifier(out, n) {
			out = w.withLowerNameBefore(out, n)
		}
		out = mergeOverlaps(out, n)
		w.visited(i, next)
		i = next
	}
	w.short = false
	if !w.atEOF {
		cut, kept := w.holdFrom(len(buf), out)
		w.short = cut < len(buf) // held back: needs more input
		return cut, kept
	}
	if r.cfg.person {
		out = w.lowerSignOff(out)
	}
	return len(buf), out
}

// lineTagEnd returns where the text after a line's opening tag starts,
// the '[' at i, a few lower-case letters and "] ": "[user] ", "[bot] ";
// or a time tag (see timeTagLen). It returns 0 for no tag, and -1 when
// buf ends too soon to tell.
func lineTagEnd(buf []byte, i int, atEOF bool) int {
	if i+1 < len(buf) && isASCIIDigitByte(buf[i+1]) {
		n := timeTagLen(buf[i:], atEOF)
		if n <= 0 {
			return n
		}
		return i + n
	}
	k := i + 1
	for k < len(buf) && k-i <= maxLineTag && buf[k] >= 'a' && buf[k] <= 'z' {
		k++
	}
	if k+1 >= len(buf) {
		if atEOF || k-i > maxLineTag {
			return 0
		}
		return -1
	}
	if k == i+1 || k-i > maxLineTag || buf[k] != ']' || buf[k+1] != ' ' {
		return 0
	}
	return k + 2
}

// maxTimeTag bounds a time tag's bytes, its brackets and the space after
// them included: "[10:42:05 pm] ".
const maxTimeTag = 14

// timeTagLen returns the length of the chat's time tag that b opens
// with: '[', a time of day ("9:02", "09:02:11", "10:42 pm") and "] ", as
// chats copied from an app open their lines ("[9:02] meena: nani ka …").
// It returns 0 for no tag, and -1 when b ends too soon to tell and more
// may come (atEOF false).
func timeTagLen(b []byte, atEOF bool) int {
	k := 1
	get := func(j int) int {
		if j >= len(b) {
			return -1
		}
		return int(b[j])
	}
	digits := func(min, max int) bool {
		n := 0
		for n < max && k < len(b) && isASCIIDigitByte(b[k]) {
			k++
			n++
		}
		return n >= min
	}
	more := func() int {
		if k >= len(b) && !atEOF && len(b) < maxTimeTag {
			return -1
		}
		return 0
	}
	if !digits(1, 2) || get(k) != ':' {
		return more()
	}
	k++
	if !digits(2, 2) {
		return more()
	}
	if get(k) == ':' {
		k++
		if !digits(2, 2) {
			return more()
		}
	}
	if get(k) == ' ' {
		if a, m := get(k+1)|0x20, get(k+2)|0x20; (a == 'a' || a == 'p') && m == 'm' {
			k += 3
		}
	}
	if get(k) != ']' || get(k+1) != ' ' {
		return more()
	}
	return k + 2
}

// textAfterLineTag returns, for a line that opens at i with a speaker's
// tag, where the text after it starts when it opens in lower case as a
// name may (see mayBeLowerNameLine); else i. After a time tag only a
// sender and a colon will do ("[9:02] meena: …", not "[00:41] call
// after 6pm"). hold says buf ends too soon to tell.
func (w *window) textAfterLineTag(i int) (j int, hold bool) {
	j = lineTagEnd(w.buf, i, w.atEOF)
	switch {
	case j < 0 || j == len(w.buf) && !w.atEOF:
		return i, true
	case j > 0 && j < len(w.buf) && alnumBits[w.buf[j]] == bitLower:
		if isASCIIDigitByte(w.buf[i+1]) {
			switch lowerSenderColonAt(w.buf, j, w.atEOF) {
			case -1:
				return i, true
			case 0:
				return i, false
			}
		}
		if mayBeLowerNameLine(w.buf, j, w.atEOF) {
			return j, false
		}
	}
	return i, false
}

// lowerSenderColonAt reports whether a chat's sender in lower case may
// stand at p: up to three words of lower-case letters (a dot allowed, as
// in an initial), one space apart, then ": ". It returns 1 for yes, 0 for
// no and -1 when buf ends too soon to tell.
func lowerSenderColonAt(buf []byte, p int, atEOF bool) int {
	words := 1
	for k := p; k-p < maxLowerLine/2; k++ {
		if k+1 >= len(buf) {
			if atEOF {
				return 0
			}
			return -1
		}
		switch b := buf[k]; {
		case b >= 'a' && b <= 'z' || b == '.':
		case b == ' ' && k > p && buf[k-1] != ' ':
			if words++; words > 3 {
				return 0
			}
		case b == ':':
			if buf[k+1] == ' ' && k > p {
				return 1
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// maxLineTag bounds the letters of a line's tag (see lineTagEnd).
const maxLineTag = 12

// afterLineTag reports whether i follows a line's opening tag ("[user] "),
// read back through a stream's history, as lineTagEnd reads it forward.
func (w *window) afterLineTag(i int) bool {
	if w.byteAt(i-1) != ' ' || w.byteAt(i-2) != ']' {
		return false
	}
	k := i - 3
	if isASCIIDigitByte(byte(max(w.byteAt(k), 0))) || w.byteAt(k)|0x20 == 'm' {
		// A time tag: "[9:02] ", "[10:42 pm] " (see timeTagLen).
		for i-k < maxTimeTag && w.byteAt(k) != '[' && w.byteAt(k) >= 0 {
			k--
		}
		if w.byteAt(k) != '[' || w.byteAt(k-1) != '\n' && w.base+int64(k) != 0 {
			return false
		}
		var tag [maxTimeTag]byte
		n := w.copyOut(tag[:], k, i)
		return timeTagLen(tag[:n], true) == i-k && (i >= len(w.buf) || lowerSenderColonAt(w.buf, i, w.atEOF) != 0) // a sender only, as textAfterLineTag reads
	}
	for i-3-k < maxLineTag && isLowerByte(w.byteAt(k)) {
		k--
	}
	if k == i-3 || w.byteAt(k) != '[' {
		return false
	}
	return w.byteAt(k-1) == '\n' || w.base+int64(k) == 0
}

// withKumari starts at "Kumari" the names in ms that follow it: the
// title is written as part of a woman's name ("Kumari Priya Sinha"), as
// forms and records keep it. A stream never cuts between the title and
// the word after it (see holdFrom), so the title is always in buf.
func (w *window) withKumari(ms []match) {
	for k := range ms {
		if m := &ms[k]; m.kind == kPerson && w.kumariBefore(m.start) {
			m.start -= len(kumariTitle)
		}
	}
}

// withInitialsAfter ends at its initials the names in ms that are
// followed by them, as Kerala and Lakshadweep write a house's or a
// father's initials after the name ("Mohammed Kasim K.P.", "Hamsakoya
// C.N."), and returns where scanning goes on: past them, or next. It
// sets w.short when buf ends before it can tell.
func (w *window) withInitialsAfter(ms []match, next int) int {
	for k := range ms {
		m := &ms[k]
		if m.kind != kPerson || m.end != next || w.byteAt(m.end) != ' ' {
			continue
		}
		p, n := m.end+1, 0
		for n < 3 && isUpperByte(w.byteAt(p)) && w.byteAt(p+1) == '.' {
			p += 2
			n++
		}
		if w.short {
			return next
		}
		if n < 2 || isAlnumByte(w.byteAt(p)) {
			continue // one letter and a dot may open a sentence's next word
		}
		if w.short {
			return next
		}
		m.end = p
		next = p
	}
	return next
}

// withBarrelAfter extends a name that ends at next, where a hyphen and a
// given or family name follow it: the second part of a double-barrelled
// family name ("Kabir Malhotra-Rao", "Imran Qureshi-Shah"), which the
// readers of names, word by word, leave out. It returns where scanning
// goes on.
func (w *window) withBarrelAfter(ms []match, next int) int {
	for k := range ms {
		m := &ms[k]
		if m.kind != kPerson || m.end != next || w.byteAt(m.end) != '-' || !isASCIILetter(byte(max(w.byteAt(m.end-1), 0))) {
			continue
		}
		p := m.end + 1
		if !isUpperByte(w.byteAt(p)) {
			continue
		}
		const maxPart = 20 // letters in the second part, as many as names.Known reads
		q := p + 1
		for q-p < maxPart && isASCIILetter(byte(max(w.byteAt(q), 0))) {
			q++
		}
		if b := w.byteAt(q); w.short {
			return next
		} else if b == '-' || isAlnumByte(b) || q-p < 2 || !names.Known(w.buf[p:q]) {
			continue
		}
		m.end = q
		next = q
	}
	return next
}

// kumariTitle is the title withKumari takes into a name.
const kumariTitle = "Kumari "

// kumariBefore reports the word "Kumari" and a space right before p, in
// buf at or after the scan's start.
func (w *window) kumariBefore(p int) bool {
	s := p - len(kumariTitle)
	if s < w.from || string(w.buf[s:p]) != kumariTitle {
		return false
	}
	return s == 0 && !isAlnumByte(w.byteAt(-1)) || s > 0 && !isAlnumByte(int(w.buf[s-1]))
}

// holdShort holds back from i, where a candidate asked for more input
// than buf has, and says so.
func (w *window) holdShort(i int, out []match) (int, []match) {
	cut, kept := w.holdFrom(i, out)
	w.short = true
	return cut, kept
}

// maskedNumberBefore reports a run of four or more X's, what a mask
// leaves of a number, one space before i: in one group or in groups
// ("XXX XXX", a PIN code's).
func (w *window) maskedNumberBefore(i int) bool {
	return w.byteAt(i-1) == ' ' && w.maskedRunEndsAt(i-2)
}

// maskedValueBefore is maskedNumberBefore where the mask may have kept
// the value's last four digits: "XXXXXX0000 ", "XXXX XXXX 1234 " (or the
// letters OCR read for them, "XXXXXX0B00 ").
func (w *window) maskedValueBefore(i int) bool {
	if w.byteAt(i-1) != ' ' {
		return false
	}
	k := i - 2
	for d := 0; d < 4 && (isDigitByte(w.byteAt(k)) || w.byteAt(k) > 0 && ocrConfusion[w.byteAt(k)] != 0); d++ {
		k-- // the kept digits, or OCR's letters for them ("XXXXXX0B00")
	}
	if k < i-2 && (w.byteAt(k) == ' ' || w.byteAt(k) == '-') && w.byteAt(k-1) == 'X' {
		k--
	}
	return w.maskedRunEndsAt(k)
}

// maskedRunEndsAt reports four X's or more, in one group or in groups,
// ending at k.
func (w *window) maskedRunEndsAt(k int) bool {
	xs := 0
	for range 6 {
		e := k
		for w.byteAt(k) == 'X' && xs+e-k <= maxMaskRun {
			k--
		}
		if k == e {
			break
		}
		xs += e - k
		if xs > maxMaskRun {
			// No identifier's mask is this long; and a stream's history
			// may not reach back to what stands before the run.
			return false
		}
		if b := w.byteAt(k); (b != ' ' && b != '-') || w.byteAt(k-1) != 'X' {
			break
		}
		k--
	}
	return xs >= 4 && !isAlnumByte(w.byteAt(k))
}

// hasLetter reports whether b holds an ASCII letter.
func hasLetter(b []byte) bool {
	for _, c := range b {
		if isASCIILetter(c) {
			return true
		}
	}
	return false
}

// maxMaskRun bounds the X's of what a mask left of one value (a card's
// 19 digits and their separators at most).
const maxMaskRun = 24

// mergeOverlaps keeps out ordered and disjoint, whatever the matchers
// that look back (from '@' or ':') appended after index n: a match that
// starts inside the one before it is folded into that one, so that every
// byte of both is redacted.
func mergeOverlaps(out []match, n int) []match {
	if n == 0 {
		n = 1
	}
	for k := n; k < len(out); {
		prev := &out[k-1]
		if out[k].start >= prev.end {
			k++
			continue
		}
		prev.start = min(prev.start, out[k].start)
		prev.end = max(prev.end, out[k].end)
		out = append(out[:k], out[k+1:]...)
		k = max(k-1, 1) // the widened match may now reach into the one before it
	}
	return out
}

// visited records that the scan read [start, next) as one piece, so that
// a stream never resumes inside it (see holdFrom).
func (w *window) visited(start, next int) {
	if w.pieces != nil && next-start > 1 {
		w.pieces[w.npieces%len(w.pieces)] = piece{start, next}
		w.npieces++
	}
}

// holdFrom returns where a stream may cut when everything before p is
// decided, and the matches before the cut. The cut is p itself, or earlier
// when p is inside a run of e-mail local-part characters (an '@' still to
// come would make the run an address; a run longer than any local part is
// no address and is not held). The cut never falls inside a match or a
// piece the scan read as a whole: resuming there would read it otherwise.
// Matches at or after the cut are dropped; they are found again when the
// scan resumes.
func (w *window) holdFrom(p int, out []match) (int, []match) {
	s := p
	if s > 0 && w.buf[s-1] == ' ' && (s == len(w.buf) || w.buf[s] == '[' || w.buf[s] == '(') {
		s-- // "ravi.k (at) yahoo (dot) in": the local part, a space before its "(at)"
	}
	for s > 0 && p-s <= maxLocal+maxLeadPunct && w.localCharAt(s-1) {
		s--
	}
	if s > 0 && w.localCharAt(s-1) || s == 0 && p > maxLocal+maxLeadPunct || s == p-1 && w.buf[s] == ' ' {
		s = p // too long to be a local part, or none: nothing to hold
	}
	s = w.unitWordsHeld(s)
	s = w.spokenHeld(s)
	s = w.lowerNameHeld(s)
	s = w.signOffHeld(s)
	if w.kumariBefore(s) {
		s -= len(kumariTitle) // the title goes with the name after it (see withKumari)
	}
	for moved := true; moved; {
		moved = false
		for k := 0; w.pieces != nil && k < len(w.pieces) && k < w.npieces; k++ {
			if pc := w.pieces[k]; pc.start < s && s < pc.next {
				s, moved = pc.start, true
			}
		}
		for len(out) > 0 && out[len(out)-1].end > s {
			s, moved = min(s, out[len(out)-1].start), true
			out = out[:len(out)-1]
		}
	}
	return s, out
}

// labelEndsAt reports whether the ':' at i ends a label of an address or
// a name (mayEndLabel said it may), or whether buf ends too soon to tell.
func (r *Redactor) labelEndsAt(w *window, i int) bool {
	return r.cfg.location && hasAddressLabel(w, i) ||
		r.cfg.person && !r.cfg.noKeys && (r.scriptNameLabelBefore(w, i) || r.lowerNameStart(w, i) >= 0) || w.short
}

// lowerIDAt reads an identifier issued in capitals, written in lower case,
// whose digits start at i: a PAN, IFSC or GSTIN after four or five letters
// ("abcpe1234f", "sbin0001234"), an EPIC after three ("ztm1983667"), a
// registration after a state's code
// ("vehicle_no=mh12ab1234"; see lowerCaseID), or one with its parts
// hyphenated ("cab tn-49-gt-8197"; see lowerHyphenedVehicle). (Not
// spaced: lower-case letters are passed over, so a stream may already
// have let "ka " go when "05 m 1234" comes.) It returns the end of what
// it matched, or i.
func (r *Redactor) lowerIDAt(w *window, i int, out *[]match) int {
	if i >= 4 && alnumBits[w.buf[i-1]] == bitLower && alnumBits[w.buf[i-2]]&(bitLower|bitUpper) != 0 &&
		alnumBits[w.buf[i-3]]&(bitLower|bitUpper) != 0 && alnumBits[w.buf[i-4]]&(bitLower|bitUpper) != 0 {
		if j := r.lowerCaseID(w, i, out); j > i || w.short {
			return j
		}
	}
	a, b, c := w.byteAt(i-3), w.byteAt(i-2), w.byteAt(i-1)
	if isLowerByte(b) && isLowerByte(c) && !isAlnumByte(a) && a < 0x80 && stateCode[b-'a'][c-'a'] {
		if j := r.lowerCaseID(w, i, out); j > i || w.short || a == ' ' || a == '\n' || a < 0 && w.base+int64(i-3) < 0 {
			return j
		}
		return r.lowerHyphenedVehicle(w, i-2, out) // "(wb38 z 4413)": after a bracket or a quote, as after a space
	}
	if d := w.byteAt(i - 4); isLowerByte(a) && isLowerByte(b) && isLowerByte(c) && !isAlnumByte(d) && d < 0x80 {
		return r.lowerCaseID(w, i, out) // an EPIC: "epic_no=ztm1983667"
	}
	if isLowerByte(c) && b >= 0 && passportGap[b] && i+7 <= len(w.buf) && w.passportDigitsAt(i) {
		return r.lowerCaseID(w, i, out) // a passport: "my passport no is k1234567"
	}
	if d := w.byteAt(i - 4); c == '-' && isLowerByte(a) && isLowerByte(b) && stateCode[a-'a'][b-'a'] && !isAlnumByte(d) && d < 0x80 && d != '-' {
		return r.lowerHyphenedVehicle(w, i-3, out)
	}
	return i
}

// passportGap marks the bytes before a passport's number in lower case
// ("is k1234567", "passport:k1234567", `"k1234567"`, "bio page
// (w6375277)").
var passportGap = [256]bool{' ': true, ':': true, '=': true, '"': true, '\'': true, '(': true, '[': true}

// passportDigitsAt reports the seven digits of a passport's number at i
// and no letter or digit after them.
func (w *window) passportDigitsAt(i int) bool {
	for k := i; k < i+7; k++ {
		if !isASCIIDigitByte(w.buf[k]) {
			return false
		}
	}
	return !isAlnumByte(w.byteAt(i + 7))
}

// skipIndicLetters returns the end of the run of well-formed characters
// U+0800–U+0FFF at i that are not digits (chars.Fold gives them 0), or i.
// These blocks hold the nine Indian scripts, whose digits sit at offsets
// 0x66–0x6F of each 128-rune block: second byte odd, third 0xA6–0xAF.
func skipIndicLetters(buf []byte, i int) int {
	for i+2 < len(buf) && buf[i] == 0xE0 {
		b1, b2 := buf[i+1], buf[i+2]
		if b1 < 0xA0 || b1 > 0xBF || b2&0xC0 != 0x80 {
			break // not a valid three-byte character: candidate looks
		}
		if b1&1 == 1 && b2 >= 0xA6 && b2 <= 0xAF {
			break // a digit
		}
		i += 3
	}
	return i
}

// digitOrEnd reports a digit of any script at buf[i], or buf's end
// before one can be told.
func digitOrEnd(buf []byte, i int, atEOF bool) bool {
	if i+2 >= len(buf) && !atEOF {
		return true
	}
	if i >= len(buf) {
		return false
	}
	c, _ := chars.Fold(buf, i)
	return chars.IsDigit(c)
}

// pctEscape returns '@' for "%40" and '+' for "%2B" before a digit at
// the start of b (which holds at least four bytes), else 0.
func pctEscape(b []byte) byte {
	switch {
	case b[1] == '4' && b[2] == '0':
		return '@'
	case b[1] == '2' && b[2]|0x20 == 'b' && byteClass[b[3]] == clsDigit:
		return '+'
	}
	return 0
}

// pctEscapeAt is pctEscape at i of the window, asking for more input
// when the escape is cut by the end of buf.
func (w *window) pctEscapeAt(i int) byte {
	var b [4]byte
	for k := range b {
		c := w.byteAt(i + k)
		if c < 0 {
			if k == 3 && b[1] == '4' && b[2] == '0' {
				return '@'
			}
			return 0
		}
		b[k] = byte(c)
	}
	return pctEscape(b[:])
}

// isHashToken reports whether the 12 hex digits at i (or as many as buf
// holds) close a token that Hash mode writes: "<IN_AADHAAR:" before them, ">" after. One in a few
// thousand such tokens has only decimal digits, which would otherwise be
// read as an Aadhaar or a mobile number on a second pass.
func isHashToken(w *window, i int) bool {
	for k := i; k < min(i+12, len(w.buf)); k++ {
		if !isHex(int(w.buf[k])) {
			return false
		}
	}
	k := i - 2 // before the ':'
	for n := 0; n < 32 && (chars.IsUpper(byte(max(w.byteAt(k), 0))) || w.byteAt(k) == '_'); n++ {
		k--
	}
	return k < i-2 && w.byteAt(k) == '<'
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIIDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isIDLength reports the lengths of a PAN, an IFSC and a GSTIN, the
// identifiers mixedToken reads in lower case.
func isIDLength(n int) bool { return n == 10 || n == 11 || n == 15 }

func hasDigit(b []byte) bool {
	for _, c := range b {
		if alnumBits[c] == bitDigit {
			return true
		}
	}
	return false
}

// stateCode marks the two capitals that open a vehicle registration or a
// driving licence (validators.StateName), as a table the main loop can
// afford.
var stateCode = func() (t [26][26]bool) {
	for a := range 26 {
		for b := range 26 {
			t[a][b] = validators.StateName(string([]byte{byte('A' + a), byte('A' + b)})) != ""
		}
	}
	return t
}()

// spacedLowerVehicle reads, after a space, a registration in lower case
// at i whose parts stand apart ("jk 01 dg 9692", "rj14 an 1149": see
// lowerHyphenedVehicle) and returns where scanning goes on, or i.
func (r *Redactor) spacedLowerVehicle(w *window, i int, out *[]match) int {
	if r.cfg.enabled&kVehicle.mask() == 0 || !w.lowerVehicleAt(i) {
		return i
	}
	j := r.lowerHyphenedVehicle(w, i, out)
	if j > i && !w.short {
		w.visited(i, j)
	}
	return j
}

// mayOpenLowerVehicle is lowerVehicleAt's first test, on the byte two
// after i, before a call: a space or a digit there ("jk 01 …", "rj14 …").
func mayOpenLowerVehicle(buf []byte, i int) bool {
	return i+2 >= len(buf) || buf[i+2] == ' ' || alnumBits[buf[i+2]] == bitDigit
}

// lowerVehicleAt is the main loop's quick test, after a space, of a
// registration in lower case at i whose parts stand apart ("jk 01 dg
// 9692", "rj14 an 1149"): a state's code, then a space or a digit; or too
// little of buf to tell.
func (w *window) lowerVehicleAt(i int) bool {
	buf := w.buf
	return alnumBits[buf[i]] == bitLower && (i+2 >= len(buf) || (buf[i+2] == ' ' || alnumBits[buf[i+2]] == bitDigit) && mayBeStateCode(buf[i], buf[i+1]))
}

// mayBeStateCode reports two letters in lower case that stateCode marks
// in capitals.
func mayBeStateCode(a, b byte) bool {
	x, y := uint(a)-'a', uint(b)-'a'
	return x < 26 && y < 26 && stateCode[x][y]
}

func hasLower(b []byte) bool {
	for _, c := range b {
		if alnumBits[c] == bitLower {
			return true
		}
	}
	return false
}

// mayOpenLowerDateAt is mayOpenLowerDate where dates of birth are
// wanted, behind a test of the word's first letter (small enough to
// inline: the main loop asks it at most words after a space).
func (r *Redactor) mayOpenLowerDateAt(buf []byte, i int, atEOF bool) bool {
	return lowerMonthFirst[buf[i]] && r.cfg.dates && mayOpenLowerDate(buf, i, atEOF)
}

// lowerMonthFirst marks the first letters of the months' names in lower
// case (see isMonthStart).
var lowerMonthFirst = func() (t [256]bool) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = isMonthStart(c)
	}
	return t
}()

// mayOpenLowerDate is the main loop's quick test of a word in lower case
// at i that may be a month opening a date, as people type one ("dob
// september 15, 2023"): a month's name, then a space and a digit; or too
// little of buf to tell.
func mayOpenLowerDate(buf []byte, i int, atEOF bool) bool {
	if i+3 <= len(buf) && !isMonthPrefix(buf[i], buf[i+1], buf[i+2]) {
		return false // most words: no month's first three letters
	}
	j := lowerWordEnd(buf, i)
	if j+1 >= len(buf) {
		return !atEOF
	}
	return j-i >= 3 && buf[j] == ' ' && byteClass[buf[j+1]] == clsDigit && isMonthWord(buf[i:j])
}

// isMonthPrefix reports the first three letters, in lower case, of a
// month's name in English: "jan" … "dec".
func isMonthPrefix(a, b, c byte) bool {
	switch uint32(a)<<16 | uint32(b)<<8 | uint32(c) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}

// lowerWordEnd returns the end of the lower-case letters at i, ten at
// most: a month's name is no longer.
func lowerWordEnd(buf []byte, i int) int {
	j := i
	for j < len(buf) && j-i <= 9 && buf[j] >= 'a' && buf[j] <= 'z' {
		j++
	}
	return j
}

// mayOpenDate reports whether the word ending at j may be the month of a
// spelled date: a digit follows one separator ("Aug 14", "Sep-22", "Aug.
// 3rd"), or the buffer ends before that can be known.
func mayOpenDate(buf []byte, j int) bool {
	if j+1 >= len(buf) {
		return true
	}
	switch buf[j] {
	case ' ', '-':
		return byteClass[buf[j+1]] == clsDigit
	case '.':
		return j+2 >= len(buf) || buf[j+1] == ' ' && byteClass[buf[j+2]] == clsDigit
	}
	return false
}

// alnumBits classifies ASCII letters and digits in one lookup.
const (
	bitLower uint8 = 1 << iota
	bitUpper
	bitDigit
)

var alnumBits = func() (t [256]uint8) {
	for b := range t {
		switch byteClass[b] {
		case clsLower:
			t[b] = bitLower
		case clsUpper:
			t[b] = bitUpper
		case clsDigit:
			t[b] = bitDigit
		}
	}
	return t
}()

// wordEnd marks the bytes that may end a word or number that the fast
// paths skip: anything but letters, digits and the lead bytes of folded
// digits and letters. ('@' and ':' are looked at by the main loop itself:
// addresses are read back from them.)
var wordEnd = func() (t [256]bool) {
	for b := range t {
		t[b] = byteClass[b] == clsNone || byteClass[b] == clsNewline || byteClass[b] == clsPercent || byteClass[b] == clsBracket || byteClass[b] == clsEquals
	}
	t['('] = true
	return t
}()

// keyedValue reports a value at i after an '=' (see keyedValueStart).
func keyedValue(w *window, i int) bool {
	_, ok := keyedValueStart(w, i)
	return ok
}

// keyedValueStart returns the '=' that a value at i follows, right
// before it or before its opening quote ("name=…", "name='…"); c may lie
// in a stream's history.
func keyedValueStart(w *window, i int) (int, bool) {
	switch b := w.byteAt(i - 1); {
	case b == '=':
		return i - 1, true
	case (b == '"' || b == '\'') && w.byteAt(i-2) == '=':
		return i - 2, true
	}
	return 0, false
}

// skipWord returns the end of the ASCII word at i if it cannot be, or
// start, an identifier: it has a lower-case letter (identifiers with
// letters are written in capitals), or it is three or more capitals with
// no digit. Otherwise it returns i. digit reports a digit in the word
// read (for the main loop's tests of a skipped word). With names set, a
// capitalised word that may follow a name's label returns i too.
func skipWord(buf []byte, i int, atEOF, names bool) (end int, digit bool) {
	j := i
	var seen uint8
	for j < len(buf) {
		m := alnumBits[buf[j]]
		if m == 0 || m == bitLower {
			break
		}
		seen |= m
		j++
	}
	if j < len(buf) && alnumBits[buf[j]] == bitLower {
		// Lower case decides: find the end, and any digit ("Win64").
		seen |= bitLower
		for j++; j < len(buf); j++ {
			m := alnumBits[buf[j]]
			if m == 0 {
				break
			}
			seen |= m
		}
	}
	lower, digit := seen&bitLower != 0, seen&bitDigit != 0
	if (lower || !digit) && byteClass[buf[i]] == clsUpper && (i < 8 || labelGap[buf[i-1]] || buf[i-1] == '>') && names && mayFollowNameLabel(buf, i) {
		return i, digit // "Name: Priya Nair": candidate decides
	}
	if !lower && (digit || j-i == 1 && buf[i] != 'X' || j-i == 2 && stateCode[buf[i]-'A'][buf[i+1]-'A'] ||
		j-i == 3 && (j+8 > len(buf) && !atEOF && (j == len(buf) || buf[j] == ' ' || buf[j] == '-') || // "JWE 3926623", "JWE-3926623": an EPIC in two parts, or too little to tell
			j+8 <= len(buf) && (buf[j] == ' ' || buf[j] == '-') && byteClass[buf[j+1]] == clsDigit && byteClass[buf[j+7]] == clsDigit) ||

		j-i == 5 && (j+1 >= len(buf) || (buf[j] == ' ' || buf[j] == '-') && byteClass[buf[j+1]] == clsDigit)) {
		return i, digit // "MH 12 AB 1234", "A-1234567", "ABCPE 1234 F": compound reads on
	}
	if j < len(buf) && (wordEnd[buf[j]] || buf[j] == ':' || buf[j] == '@') || j == len(buf) && atEOF {
		return j, digit // the main loop looks at ':' and '@' itself
	}
	return i, digit
}

// quotedHouseStart is the main loop's quick test before mayOpenHouseNumber
// for a number after a quote ("line":"47/39, Shivaji Path, …"), which
// JSON logs hold many of: a short run of digits, then what goes on in a
// house number. "5912ee74…", "1634" and a date's year fail at once.
func quotedHouseStart(buf []byte, i int) bool {
	k := i
	for k < len(buf) && k-i < 5 && isASCIIDigitByte(buf[k]) {
		k++
	}
	return k == len(buf) || buf[k] == ',' || buf[k] == '/' || buf[k] == '-' && k-i != 4 || alnumBits[buf[k]] == bitUpper // not "2026-11-15T…"
}

// mayOpenAddressAfter is the main loop's quick test of a number at i >= 4
// for an address that what stands before it may open: words that
// introduce one ("lives at 12, …", "at #52, …"), a key ("address='12,
// …'", "address = '…'", "address=12 MG Road"), a label on the line above ("Ship to:\n12 MG
// Road") or an XML element ("<Addr>12, …").
func mayOpenAddressAfter(w *window, buf []byte, i int) bool {
	switch buf[i-1] {
	case ' ':
		return (mayIntroduce(buf[i-3], buf[i-2]) || buf[i-2] == ' ' && buf[i-3] == ' ' || buf[i-2] >= 0x80) && addressIntroBefore(w, i)
	case '#':
		return buf[i-2] == ' ' && mayIntroduce(buf[i-4], buf[i-3]) && addressIntroBefore(w, i) || hashHouseThenWord(buf, i)
	case '"', '\'':
		return (buf[i-2] == '=' || buf[i-3] == '=') && w.hasAddressKeyBefore(i)
	case '=':
		return w.hasAddressKeyBefore(i)
	case '\n':
		return buf[i-2] == ':' || buf[i-2] == '\r' && buf[i-3] == ':'
	case '>':
		return true
	}
	return false
}

// hashHouseThenWord is the main loop's quick test of a house's number
// after '#' at i that a word of letters follows, a space between, as
// hashAddressToPIN reads one ("#326 gunadala …"); or buf ends too soon to
// tell.
func hashHouseThenWord(buf []byte, i int) bool {
	k := i
	for k < len(buf) && k-i < 6 && isASCIIDigitByte(buf[k]) {
		k++
	}
	if k+1 >= len(buf) {
		return true
	}
	return buf[k] == ' ' && isASCIILetter(buf[k+1])
}

// xmlAddressTagBefore is the main loop's quick test of an XML element's
// start tag that ends right before i, its '>' at i-1: the last two
// letters of its name (a line's number after them skipped) an address
// label's ("<PERM_LINE2>", "<Address>"), or too near buf's start to tell.
func xmlAddressTagBefore(buf []byte, i int) bool {
	k := i - 2
	if k >= 0 && isASCIIDigitByte(buf[k]) {
		k--
	}
	return k < 1 || addressPair(buf[k-1], buf[k])
}

// mayFollowNameLabel reports, cheaply, whether the capitalised word at i
// may follow a name label ("Name: ", "name=\"", "S/O "): a ':' or '='
// within the few bytes before it, after a letter that some label ends in,
// or a '/' (of "S/O"); or too little text to tell. It must say yes
// wherever nameLabelBefore would.
func mayFollowNameLabel(buf []byte, i int) bool {
	if i < 8 {
		return true
	}
	if buf[i-1] == '>' {
		// "<GivenName>Priya": an element whose name may be a label's
		// (see nameLabelBefore), by its last two letters.
		a, b := uint(buf[i-3]|0x20)-'a', uint(buf[i-2]|0x20)-'a'
		return a < 26 && b < 26 && labelPair[a][b]
	}
	if !labelGap[buf[i-1]] {
		return false // "[INFO", "(KHTML", "c.k.DocumentService"
	}
	k := i - 1
	for ; k >= i-5 && (buf[k] == ' ' || buf[k] == '"' || buf[k] == '\'' || buf[k] == '[' && k < i-1 || buf[k] == '\\' && buf[k+1] == '"'); k-- {
	}
	if (buf[k] == '-' || buf[k] == '|') && k < i-1 && buf[k-1] == ' ' {
		k-- // "Name - Priya", "| Name | Priya |": a dash or a table's pipe between spaces is a colon
	}
	n := k
	if n >= 6 && buf[n] == ')' && buf[n-1]|0x20 == 's' && buf[n-2] == '(' {
		n -= 3 // "Given Name(s) FRANCIS"
	}
	if n >= 3 && buf[n]|0x20 == 'e' && buf[n-1]|0x20 == 'm' && buf[n-2]|0x20 == 'a' && buf[n-3]|0x20 == 'n' &&
		(k < i-2 || i+1 < len(buf) && isUpperByte(int(buf[i+1])) || mayBeKnownNameAt(buf, i)) {
		return true // a form's label and its value, aligned: "Father's Name  POOVAMMA", "Last name Kamath" (see paddedLabelBefore)
	}
	switch sep := buf[k]; sep {
	case ' ', ':', '=':
		k--
		for n := 0; n < maxFormGap && k >= 0 && (buf[k] == ' ' || buf[k] == '"' || buf[k] == '\'' || buf[k] == '\\' && buf[k+1] == '"'); n++ {
			k-- // (paddedLabelBefore's gap, the widest a label may stand away)
		}
		if k >= 3 && buf[k] == ')' && buf[k-1]|0x20 == 's' && buf[k-2] == '(' {
			k -= 3 // "Given name(s):"
		} else if k >= 1 && buf[k] == ')' {
			// "Nav (Name):", or a note after the label: "Name of the
			// candidate (in block letters):"
			k--
			if labelEnds[buf[k]] {
				return true
			}
			for n := 0; n < 32 && k > 0 && buf[k] != '('; n++ {
				k--
			}
			if k < 2 && (buf[k] == '(' || k == 0) {
				return true // the note's '(' or the label before it is in a stream's history: nameLabelBefore reads it
			}
			if buf[k] != '(' || buf[k-1] != ' ' {
				return false
			}
			k -= 2
		}
		if k >= 2 && buf[k-1] == '_' && (buf[k] == 's' || buf[k] == 't') {
			k -= 2 // "cust_name_s": a Solr field's type (see solrSuffixes)
		}
		if sep == ':' && stringWrapperEndsAt(buf, k) {
			return true // {"S": …}, {"string": …}: the wrapper's key names the value (see wrapperKeyEnd)
		}
		return k < 0 || labelEnds[buf[k]] || sep == ':' && ofBeforeWord(buf, k) || // "Name of Yatri:"
			sep == ':' && buf[k]|0x20 == 'h' && atBirthEndsAt(buf, k) || // "Surname at birth:"
			buf[k] == 's' && k >= 4 && buf[k-1] == 'e' && buf[k-2] == 'm' && buf[k-3] == 'a' && buf[k-4]|0x20 == 'n' // "given_names", "givenNames"
	case 'o', 'O':
		return buf[k-1] == '/'
	}
	if buf[k] == 0xA4 && k >= 3 && k == i-2 && isBustEmoji(buf[k-3:k+1]) {
		return true // "👤 Kezhokhoto Sema", as chat bots label a person
	}
	// An honorific: "Mr. Ravi", "Smt Sunita", "Shri RAMESH", a space away.
	if k == i-1 || !isASCIILetter(buf[k]) && buf[k] != '.' {
		return false
	}
	// Most words before a capitalised one are no honorific: test the
	// word's length and first letter before the table.
	e := k + 1
	if buf[k] == '.' {
		k--
	}
	b := k
	for b >= 0 && k-b < 7 && isASCIILetter(buf[b]) {
		b--
	}
	if n := k - b; n < 2 || n > 6 || b >= 0 && (isASCIILetter(buf[b]) || buf[b] >= 0x80) || !mayBeHonorific(buf[b+1]|0x20, n) {
		return false
	}
	_, ok := honorificBefore(func(j int) int {
		if j < 0 || j >= len(buf) {
			return -1
		}
		return int(buf[j])
	}, e)
	return ok
}

// givenNamesBefore reports "Given names " right before i, as a
// passport's page is read ("Surname SHAH Given names KAVITA"): a label
// the main loop's quick test does not look for, since every plural
// would cost a look; the gazetteer's filter, which it does apply, lets
// the name through (see paddedLabelBefore).
func givenNamesBefore(w *window, i int) bool {
	const label = "given names "
	for k := range len(label) {
		if b := w.byteAt(i - len(label) + k); b < 0 || byte(b)|0x20 != label[k] { // through a stream's history too
			return false
		}
	}
	return true
}

// mayBeHonorific reports whether some honorific starts with the letter c
// and has n letters: "Mobile Safari" need not look further.
func mayBeHonorific(c byte, n int) bool {
	switch c {
	case 'm':
		return n <= 4 // mr, ms, mrs, miss
	case 's':
		return n >= 2 && n <= 5 // sh, sri, smt, sau, shri, shree
	case 'k':
		return n == 6 || n == 3 // kumari, kum
	case 'd':
		return n == 2 // dr
	case 'a':
		return n == 3 // adv
	case 'p':
		return n == 2 || n == 4 // pt, prof
	case 'c':
		return n == 4 || n == 3 // capt, chi
	case 't':
		return n == 5 || n == 3 // thiru, tmt
	}
	return false
}

// labelGap marks the bytes that may stand right before a labelled name.
var labelGap = [256]bool{' ': true, '"': true, '\'': true, ':': true, '=': true}

// labelPair marks the last two letters, lower-cased, of the Latin
// address and name labels: "ss" of "address", "me" of "name".
var labelPair = func() (t [26][26]bool) {
	mark := func(w string) {
		if n := len(w); n >= 2 && isASCIILetter(w[n-2]) && isASCIILetter(w[n-1]) {
			t[w[n-2]-'a'][w[n-1]-'a'] = true
		}
	}
	for w := range addressLabels {
		mark(w)
	}
	for w := range nameLabels {
		mark(w)
	}
	mark("to") // "Deliver to:" (see deliverWords)
	for _, w := range []string{"abroad", "overseas", "india"} {
		mark(w) // "Address abroad:" (see addressLabelBefore)
	}
	for _, pair := range namedPairs {
		mark(pair.value) // a pair's value, named by its sibling (see pairNameEnd)
	}
	return t
}()

// hasAddressKeyBefore is addressKeyBefore's yes or no: the main loop's
// quick test for a value that candidate reads as an address.
func (w *window) hasAddressKeyBefore(i int) bool {
	_, ok := w.addressKeyBefore(i)
	return ok
}

// addressPair reports the last two letters of the address labels'
// English words: "ss" (address), "dr" (addr), "et" (street), "ty"
// (locality), "rk" (landmark), "ne" (addressLine), "se" (house).
func addressPair(a, b byte) bool {
	switch uint16(a|0x20)<<8 | uint16(b|0x20) {
	case 's'<<8 | 's', 'd'<<8 | 'r', 'e'<<8 | 't', 't'<<8 | 'y', 'r'<<8 | 'k', 'n'<<8 | 'e', 's'<<8 | 'e',
		'n'<<8 | 'o', 'm'<<8 | 'e', 'e'<<8 | 'a': // the income tax return's ResidenceNo, ResidenceName, LocalityOrArea
		return true
	}
	return false
}

// mayEndLabel is the main loop's quick test of the ':' at i: whether what
// stands before it (a closing quote of either kind and a space allowed)
// may end an address or name label, by its last two letters or by a
// letter of another script; at the start of buf it cannot tell, and says
// yes.
func mayEndLabel(buf []byte, i int) bool {
	k := i - 1
	for n := 0; n < maxFormGap && k >= 0 && (buf[k] == ' ' || buf[k] == '"' || buf[k] == '\'' || buf[k] == '`' || buf[k] == '\\' && buf[k+1] == '"'); n++ {
		k-- // "Address       :", "line" : as the mongo shell prints a document, MySQL's `address`: (labelBefore skips as much)
	}
	if k >= 1 && buf[k] >= '1' && buf[k] <= '9' {
		k-- // "addressLine1":
		if k >= 1 && buf[k] == ' ' && isASCIILetter(buf[k-1]) {
			k-- // "Line 1:"
		}
	}
	if k < 2 || buf[k] >= 0x80 || buf[k] == ')' && buf[k-1] != '(' || stringWrapperEndsAt(buf, k) {
		return true // another script's word, a note in brackets ("Address (as per Aadhaar):"), DynamoDB's {"S": (see wrapperKeyEnd)
	}
	if k >= 4 && (buf[k-2] == '_' || buf[k-2] == '-') && isLanguageCode(buf[k-1]|0x20, buf[k]|0x20) {
		k -= 3 // "name_hi": a language's code after the label (see labelBefore)
	}
	a, b := uint(buf[k-1]|0x20)-'a', uint(buf[k]|0x20)-'a'
	if a < 26 && b < 26 {
		return labelPair[a][b] || (i+2 >= len(buf) || buf[i+1] == ' ' && (isDigitByte(int(buf[i+2])) || isUpperByte(int(buf[i+2])) || buf[i+2] == '#')) && ofBeforeWord(buf, k)
	}
	return b == 'o'-'a' && buf[k-1] == '/' // "R/o :"
}

// mayBeKnownNameAt is knownNameAt's quick test on buf alone: the
// letters at i a known name, or running to buf's end.
func mayBeKnownNameAt(buf []byte, i int) bool {
	j := i
	for j < len(buf) && j-i < 20 && isASCIILetter(buf[j]) {
		j++
	}
	return j == len(buf) || isKnownName(buf[i:j])
}

// atBirthEndsAt reports " at birth", in any case, ending at k.
func atBirthEndsAt(buf []byte, k int) bool {
	const s = " at birth"
	if k < len(s) {
		return false
	}
	for n := range len(s) {
		if buf[k-len(s)+1+n]|0x20 != s[n] {
			return false
		}
	}
	return true
}

// stringWrapperEndsAt reports a type wrapper's key, DynamoDB's "S" or
// Avro's "string", first in its object, whose last letter is at k, or
// too near buf's start to tell (see wrapperKeyEnd).
func stringWrapperEndsAt(buf []byte, k int) bool {
	switch {
	case k < 7:
		return true
	case buf[k] == 'S':
		return buf[k-1] == '"' && buf[k-2] == '{'
	case buf[k] == 'g':
		return string(buf[k-7:k+1]) == "{\"string"
	}
	return false
}

// ofBeforeWord reports whether "of", "for", "the", "on", "in" or "per"
// stands before the word that ends at k: "Address of establishment:",
// "Address for correspondence:", "Address of the applicant:" (see
// addressOfBefore), "Name on card:", "Name as per PAN:" (see
// nameOfBefore); at the start of buf it cannot tell, and says yes.
func ofBeforeWord(buf []byte, k int) bool {
	j := k
	for k-j < 24 && j >= 0 && isASCIILetter(buf[j]) {
		j--
	}
	if j < 0 {
		return true
	}
	if buf[j] != ' ' {
		return false
	}
	s := j
	for j-s < 4 && s > 0 && isASCIILetter(buf[s-1]) {
		s--
	}
	if s == 0 {
		return true
	}
	if buf[s-1] != ' ' {
		return false
	}
	var w [3]byte
	switch n := copy(w[:], buf[s:j]); string(lowerASCII(w[:], w[:n])) {
	case "of", "for", "the",
		"on", "in", "per": // "Name on card:", "Name as per PAN:" (see nameOfBefore)
		return true
	}
	return false
}

// labelEnds marks the last letters of the name labels, either case.
var labelEnds = func() (t [256]bool) {
	for w := range nameLabels {
		if w == "names" {
			continue // "given_names": mayFollowNameLabel tests it itself, so that 's' lets no other word through
		}
		c := w[len(w)-1]
		t[c], t[c-'a'+'A'] = true, true
	}
	t['y'], t['Y'] = true, true // "Received by:" (see participleBefore)
	return t
}()

// skipNumber returns the end of the chain of ASCII digit groups at i if it
// cannot hold any identifier: one or two groups of at most five digits
// ("200", "1.1", "537.36", "200 23651"), except 3-3 (a PIN code) and 5-5 (a
// mobile); or the date of a log timestamp. Otherwise it returns i.
func skipNumber(buf []byte, i int) int {
	if i == 0 {
		return i // the byte before is in a stream's history: let candidate look
	}
	if alnumBits[buf[i-1]] != 0 && !escapedBreakBefore(buf, i) {
		// Inside a longer run of letters and digits: candidate skips the run.
		j := i
		for j < len(buf) && alnumBits[buf[j]] != 0 {
			j++
		}
		if j < len(buf) && buf[j] >= 0x80 {
			return i
		}
		return j
	}
	if i+14 <= len(buf) && buf[i+4] == '-' && isLogDate(buf[i:i+14]) && !mayBeMidnight(buf, i+11) {
		// The time after it too, when it is whole in buf: "T00:41:09.093Z",
		// " 00:41:09,913". A log timestamp holds nothing to find.
		if e := logClockEnd(buf, i+11); e > 0 {
			return e
		}
		return i + 10
	}
	if i+8 < len(buf) && buf[i+2] == ':' && buf[i-1] != ':' && !mayBeMidnight(buf, i) {
		// A clock time with no date before it, as logback and klog open
		// their lines ("12:34:56.789 [main] INFO", "I1115 00:41:09.123456"):
		// nothing to find in it either. After a ':' it may be an IPv6
		// address's groups.
		if e := logClockEnd(buf, i); e > 0 {
			return e
		}
	}
	j, groups, first, last, lastStart := i, 0, 0, 0, i
	for {
		k := j
		lastStart = j
		for k < len(buf) && byteClass[buf[k]] == clsDigit {
			k++
		}
		groups++
		last = k - j
		if groups == 1 {
			first = last
		}
		j = k
		if last > 5 || groups > 2 || j+1 >= len(buf) {
			if groups == 3 && last <= 5 && buf[lastStart-1] == '.' {
				return dottedVersionEnd(buf, i) // "118.0.5993.117"
			}
			return i
		}
		if b := buf[j]; (b == ' ' || b == '-' || b == '.' || b == '/') && byteClass[buf[j+1]] == clsDigit {
			j++
			continue
		}
		if last == 4 && buf[j] == ' ' && buf[j+1] == ' ' && (j+2 >= len(buf) || byteClass[buf[j+2]] == clsDigit) {
			return i // groups of four two spaces apart: candidate reads them
		}
		if buf[j] == 0xC2 && buf[j+1] == 0xA0 {
			return i // a no-break space between groups: candidate reads them
		}
		break
	}
	if groups == 2 && (first == 3 && last == 3 || first == 5 && last == 5) {
		return i // a PIN code "110 001", a mobile "98765 43210"
	}
	b, next := buf[j], buf[j+1]
	switch {
	case byteClass[b] == clsLower || byteClass[b] == clsUpper:
		if ocrConfusion[b] != 0 && (isASCIIDigitByte(next) || !isAlnumByte(int(next)) && next < 0x80) {
			return i // "96S6 1353 3226", "891B 2123": maybe OCR's letters for digits (see ocrDigitAt)
		}
		if groups == 1 {
			j, _ := skipWord(buf, i, false, true) // a token of digits and letters: 9b2ae098cfd9
			return j
		}
		return lastStart // "1 27AAPFU0939F1ZV", "09.093Z": the last group opens a token of its own
	case b == ' ' || b == '-':
		// A space then a multi-byte character may continue a chain in
		// another script; "22 BH" opens a Bharat-series plate; "14 Aug
		// 1990" and "14-Aug-1990" are dates, after another group too ("0 1
		// Jan 1900": candidate reads the date from its day).
		if next >= 0x80 || last == 2 && (next == 'B' || next == 'b' && (j+2 >= len(buf) || buf[j+2] == 'h')) || last <= 2 && isMonthStart(next) {
			return i
		}
		if ocrConfusion[next] != 0 && (j+2 >= len(buf) || isASCIIDigitByte(buf[j+2])) {
			return i // "2795 1544 S760": OCR's letter for a digit may open the next group (see ocrDigitAt)
		}
		if b == '-' {
			return i // may be the local part of an address
		}
		return j
	case b == '/' && groups == 1 && last <= 2 && isMonthStart(next) && slashedDateAt(buf, j):
		return i // "01/JAN/1990": candidate reads a date
	case (b == '\n' || b == '\r') && groups == 2 && first == 4 && last == 4:
		return i // "3544 2633\n8134": maybe an Aadhaar wrapped (see wrappedAadhaar)
	case wordEnd[b] || b == ':' || b == '@':
		return j // the main loop looks at ':' and '@' itself
	}
	return i
}

// clfStampLen is the length of a Common Log Format time stamp,
// "[15/Nov/2026:00:41:14 +0530]".
const clfStampLen = 28

// clfStampEnd returns the end of the Common Log Format time stamp that
// opens at the '[' at i, as Apache and nginx write every request's
// ("[15/Nov/2026:00:41:14 +0530]"), or i. Nothing in it is anyone's: the
// scan passes over it in one step rather than its eight numbers and
// words one by one. A stamp that buf cuts is left to the main loop,
// which finds nothing in it either.
func clfStampEnd(buf []byte, i int) int {
	if i+clfStampLen > len(buf) || !isASCIIDigitByte(buf[i+1]) {
		return i
	}
	b := buf[i : i+clfStampLen : i+clfStampLen]
	d := func(k int) bool { return b[k]-'0' < 10 }
	if !(d(1) && d(2) && d(8) && d(9) && d(10) && d(11) && d(13) && d(14) && d(16) && d(17) && d(19) && d(20) && d(23) && d(24) && d(25) && d(26)) {
		return i
	}
	if b[3] != '/' || b[7] != '/' || b[12] != ':' || b[15] != ':' || b[18] != ':' || b[21] != ' ' ||
		b[22] != '+' && b[22] != '-' || b[27] != ']' || !isMonthWord(b[4:7]) {
		return i
	}
	return i + clfStampLen
}

// syslogStampEnd returns the end of the rest of a syslog time stamp
// (RFC 3164) after its month at p, " 15 00:41:09" or "  5 00:41:09",
// with a fraction of a second or not, or 0. A stamp without a year holds
// no date of birth; ctime's, "Nov 15 00:41:09 2026", is left to candidate,
// as is a stamp that buf may cut.
func syslogStampEnd(buf []byte, p int) int {
	if p+17 > len(buf) || buf[p] != ' ' || buf[p+3] != ' ' || !isASCIIDigitByte(buf[p+2]) ||
		!(buf[p+1] == ' ' || buf[p+1] >= '0' && buf[p+1] <= '3') {
		return 0
	}
	e := logClockEnd(buf, p+4)
	if e == 0 || e+5 >= len(buf) || buf[e] != ' ' {
		return 0
	}
	if isASCIIDigitByte(buf[e+1]) {
		return 0 // a year, or a number that a line's next field may start
	}
	return e
}

// dottedVersionEnd returns the end of a software version at i,
// "118.0.5993.117", "10.0.19045.3693": four groups of digits or more, one
// dot apart, one of the first four no address's byte (four digits or more
// than 255; tcpdump writes "172.19.118.91.8080"), not all of four digits
// (a VID or a card written with dots). Candidate reads such a chain whole
// and finds nothing in it; else the result is i.
func dottedVersionEnd(buf []byte, i int) int {
	switch buf[i-1] {
	case '.', '-', '+', '@', '_', '%', '\\':
		return i // maybe a longer chain, an address's local part or an escape
	}
	j, groups, notOctet, allFour := i, 0, false, true
	for {
		k, v := j, 0
		for k < len(buf) && isASCIIDigitByte(buf[k]) && k-j <= 5 {
			v = v*10 + int(buf[k]-'0')
			k++
		}
		n := k - j
		if n == 0 || n > 5 {
			return i
		}
		groups++
		notOctet = notOctet || groups <= 4 && (n > 3 || v > 255)
		allFour = allFour && n == 4
		if k+1 < len(buf) && buf[k] == '.' && isASCIIDigitByte(buf[k+1]) {
			j = k + 1
			continue
		}
		j = k
		break
	}
	if groups < 4 || !notOctet || allFour || j >= len(buf) {
		return i
	}
	switch b := buf[j]; {
	case b >= 0x80 || alnumBits[b] != 0 || b == '.' || b == '-' || b == '@' || b == '_' || b == '%' || b == '+':
		return i
	}
	return j
}

// slashedDateAt reports whether buf at j, a '/', goes on as a date's
// month in words and its year ("/JAN/1990"), not a log's time stamp
// ("/Nov/2026:00:41:14"); or ends too soon to tell.
func slashedDateAt(buf []byte, j int) bool {
	k := j + 1
	for k < len(buf) && k-j <= 10 && isASCIILetter(buf[k]) {
		k++
	}
	if k+6 > len(buf) {
		return true
	}
	if k-j < 4 || buf[k] != '/' || !digitsOnly(buf[k+1:k+5]) {
		return false
	}
	return buf[k+5] != ':' && alnumBits[buf[k+5]] == 0
}

// isLogDate reports the date of a log timestamp, "dddd-dd-ddT" or
// "dddd-dd-dd dd:": no written form of an identifier ends inside it, and a
// date followed by a time is no birth date.
// logClockEnd returns where the scan goes on after the clock time
// "HH:MM:SS" at p, or 0. It skips only what the slow path would also read
// as nothing, and resumes where that path would start afresh: after the
// seconds, or their fraction, when a plain separator follows (",913", a
// space, a quote, "09.093Z\""), or at the seconds when anything else
// follows a '.'. Anything else, or the end of buf, is left to the slow
// path.
func logClockEnd(buf []byte, p int) int {
	two := func(q int) bool {
		return q+2 <= len(buf) && byteClass[buf[q]] == clsDigit && byteClass[buf[q+1]] == clsDigit
	}
	if !two(p) || p+2 >= len(buf) || buf[p+2] != ':' || !two(p+3) || p+5 >= len(buf) || buf[p+5] != ':' || !two(p+6) {
		return 0
	}
	q := p + 8
	if q >= len(buf) {
		return 0
	}
	if buf[q] == '.' {
		// A fraction of a second, then 'Z' or a plain separator
		// ("09.093Z\"", "09.093 "), is skipped whole too; anything else
		// is read from the seconds.
		f := q + 1
		for f < len(buf) && f-q <= 9 && byteClass[buf[f]] == clsDigit {
			f++
		}
		if f > q+1 && f < len(buf) && buf[f] == 'Z' {
			f++
		}
		if f > q+1 && f < len(buf) && clockEnd[buf[f]] {
			return f
		}
		return p + 6
	}
	if clockEnd[buf[q]] {
		return q
	}
	return 0
}

// clockEnd marks the bytes that may end a log's clock time.
var clockEnd = [256]bool{',': true, ' ': true, '"': true, '\'': true, ']': true, ')': true, '}': true, ';': true, '|': true, '\t': true, '\r': true, '\n': true}

// mayBeMidnight reports whether the clock at p may read "00:00" or
// "18:30", as far as buf holds it: a date serialised with a time, which
// candidate reads (see midnightEnd).
func mayBeMidnight(buf []byte, p int) bool {
	return isPrefixIn(buf, p, "00:00") || isPrefixIn(buf, p, "18:30")
}

// isPrefixIn reports whether buf at p reads s, as far as buf goes.
func isPrefixIn(buf []byte, p int, s string) bool {
	for k := range len(s) {
		if p+k >= len(buf) {
			return true
		}
		if buf[p+k] != s[k] {
			return false
		}
	}
	return true
}

func isLogDate(b []byte) bool {
	if b[4] != '-' || b[7] != '-' {
		return false
	}
	for k, c := range b[:10] {
		if k == 4 || k == 7 {
			if c != '-' {
				return false
			}
		} else if byteClass[c] != clsDigit {
			return false
		}
	}
	return b[10] == 'T' && byteClass[b[11]] == clsDigit ||
		b[10] == ' ' && byteClass[b[11]] == clsDigit && byteClass[b[12]] == clsDigit && b[13] == ':'
}

// candidate looks at what starts at i and returns where scanning goes on.
func (r *Redactor) candidate(w *window, i int, cls uint8, out *[]match) int {
	if cls == clsUpper && isLowerByte(int(w.buf[i])) && residentOfBefore(w, i) {
		// "r/o flat 708 a wing …, faridabad": the main loop passes a
		// lower-case word after "r/o" as a capital's (see scanLoop)
		if end := r.labelledAddress(w, i-1, 0, out); end > i || w.short {
			return end
		}
		return lowerWordEnd(w.buf, i)
	}
	if cls == clsLower {
		// Only a line that opens in lower case, or a word for a name in
		// lower case, gets here (see scanLoop).
		if r.mayOpenLowerDateAt(w.buf, i, w.atEOF) {
			if j := lowerWordEnd(w.buf, i); j+1 >= len(w.buf) && !w.atEOF {
				w.short = true // the word, or the digit after it, still to come
				return i
			}
			if end := r.spelledDate(w, i, out); end > i || w.short {
				return end // "dob september 15, 2023"
			}
		}
		if r.cfg.spoken && spokenFirst[w.buf[i]] && mayOpenSpoken(w.buf, i, w.atEOF) {
			if end := r.spokenNumber(w, i, out); end > i || w.short {
				return end // "nine one six zero …"
			}
		}
		if lowerCueFirst[w.buf[i]] && mayOpenLowerCue(w.buf, i, w.atEOF) {
			if r.cfg.location && lowerLandmarkAt(w.buf, i, w.atEOF) {
				// "behind Kali Bari, near Hanuman Mandir, ranchi"
				if end := r.directionsAddress(w, i, out); end > i || w.short {
					return end
				}
			} else if r.cfg.person {
				n := len(*out)
				if end := r.lowerLabelledName(w, i, out); (end > i || w.short) && (w.short || len(*out) > n || !closerFirst[w.buf[i]] || !mayCloseLower(w.buf, i, w.atEOF)) {
					return end // but "sandeep uncle ok": no name after a kin's word that closes one
				}
			}
		}
		if r.cfg.person && closerFirst[w.buf[i]] && w.byteAt(i-1) == ' ' && mayCloseLower(w.buf, i, w.atEOF) {
			if end := r.closedLowerName(w, i, out); end > i || w.short {
				return end // "called chaurasia sir", "prajakta kale bol raha hun"
			}
		}
		if r.cfg.person && (w.byteAt(i-1) == '\n' || w.byteAt(i-1) < 0 || w.afterLineTag(i)) {
			n := len(*out)
			if end := r.lowerNameLine(w, i, out); w.short || len(*out) > n {
				return end
			}
		}
		if r.cfg.person && r.mayOpenLowerFullName(w.buf, i, w.atEOF) {
			if end := r.freeLowerFullName(w, i, out); end > i || w.short {
				return end // "hostel alert: nirali dave not in room"
			}
		}
		if r.cfg.person {
			// (its quick test, in mayOpenLowerFullName, cannot see a dash
			// in a stream's history; the word may be here for that)
			if end := w.freeLowerGiven(i, out); end > i || w.short {
				return end // "- sachin, email …", "prabhu's mother", "pooja ji, …"
			}
		}
		return i + 1
	}
	switch cls {
	case clsBracket:
		return r.obfuscatedEmail(w, i, out)
	case clsPhone:
		if w.buf[i] == '(' && w.byteAt(i+1) == '0' && w.byteAt(i+2) == '0' && w.byteAt(i+3) == '1' && w.byteAt(i+4) == '0' {
			// "(0010,0010) PN [GOWDA^DEEPIKA]": a DICOM dump's patient
			if end := r.dicomPatient(w, i, out); end > i || w.short {
				return end
			}
		}
		if w.buf[i] == '(' {
			if i+4 >= len(w.buf) && !w.atEOF {
				w.short = true // "(at)" or "(+91)": wait to see which
				return i
			}
			if atWordAt(w.buf, i) > 0 {
				return r.obfuscatedEmail(w, i, out)
			}
		}
		if chars.IsAlnum(w.prevChar(i)) {
			return i + 1
		}
		if end := r.digitChain(w, i, out); end > i {
			return end
		}
		return i + 1
	case clsHigh:
		c, size := w.char(i)
		house := r.cfg.location && (chars.IsDigit(c) || w.scriptHouseLettersEnd(i) > i) // a house's number opens here
		if house && addressIntroBefore(w, i) {
			if end := r.introducedAddress(w, i, out); end > i || w.short {
				return end // "ঠিকানা ৪৫ বিবেকানন্দ পল্লী, শিলিগুড়ি", "निवासी ई-३७, शास्त्री नगर, भोपाल"
			}
		}
		if house {
			// "৪২/১, রাসবিহারী অ্যাভিনিউ, কলকাতা": a house's number in a
			// script's digits opens an address as an ASCII one does; so
			// does one after a script's letter ("ई-३७, शास्त्री नगर").
			if prev := w.gapBefore(i); (prev < 0 || houseGap[prev]) && w.houseNumberAt(i) && !w.maskedValueBefore(i) {
				if end := r.addressFrom(w, i, 2, true, "address closed by its PIN code", out); end > i || w.short {
					return end
				}
			}
			if w.short {
				return i
			}
		}
		if !chars.IsAlnum(c) {
			if size > 0 && w.buf[i] == 0xE0 {
				if j := skipIndicLetters(w.buf, i); j > i {
					if r.cfg.location && mayOpenScriptAddress(w.buf, i, j) && !isAlnumByte(w.byteAt(i-1)) && w.byteAt(i-1) < 0x80 {
						if end := r.scriptAddressAfter(w, i, j, out); end > j || w.short {
							return end
						}
					}
					if r.cfg.location && w.lineOpensAt(i) && streetInFirstPart(w.buf, i, w.atEOF) {
						// "வடக்கு வீதி, திருவாரூர் - 610001": a street's line
						// that its PIN code closes
						w.streetLine = true
						end := r.addressFrom(w, i, 1, true, "address closed by its PIN code", out)
						w.streetLine = false
						if end > i || w.short {
							return end
						}
					}
					if r.cfg.person {
						if c, ok := keyedValueStart(w, i); ok && !r.cfg.noKeys && r.scriptNameLabelBefore(w, c) {
							// "name=ऋतुजा पाटील", name='…': a key's value (after
							// ':' the colon's reader takes it).
							if end := r.scriptNameAfter(w, c, out); end > c+1 || w.short {
								return end
							}
						}
						return r.scriptName(w, i, out)
					}
				}
			}
			return i + max(size, 1)
		}
	case clsAt:
		return r.atSign(w, i, out)
	case clsPercent:
		switch w.pctEscapeAt(i) {
		case '@':
			return r.atSign(w, i, out)
		case '+':
			if !chars.IsAlnum(w.prevChar(i)) {
				if end := r.digitChain(w, i, out); end > i {
					return end
				}
			}
		}
		if r.cfg.location && w.byteAt(i-1) == '=' {
			if end, ok := r.keyedAddress(w, i, cls, out); ok {
				return end // "addr_line1=%2334%2C+Sector+44-B"
			}
		}
		return i + 1
	case clsColon:
		return r.colon(w, i, out)
	case clsEquals:
		return r.equals(w, i, out)
	}
	if chars.IsAlnum(w.prevChar(i)) {
		return w.skipToken(i) // inside a longer run: never a candidate
	}
	if cls == clsUpper && w.byteAt(i-1) == '<' && (isAlnumByte(w.byteAt(i-2)) || w.byteAt(i-2) == '<') {
		// "…<<ZIYA", "…<A0000001": a word after an MRZ's filler is the MRZ
		// reader's, read whole or, masked, not at all (its digits too: see
		// the main loop).
		return w.skipToken(i)
	}
	if cls == clsUpper {
		if d := w.gluedLabelEnd(i); d > i {
			// "DOB06/10/2009", "Mobile9876543210": a label glued to its
			// value, as text taken from a PDF or OCR runs them together.
			if end := r.digitChain(w, d, out); end > d || w.short {
				return end
			}
		}
	}
	if cls == clsUpper || cls == clsDigit {
		// "P<INDSHAH<<JIGNESH<<<…", "P8717869<4IND5703065M…": a passport's
		// machine-readable zone, as OCR reads it.
		if w.mayOpenMRZ(i) {
			if end := r.mrz(w, i, out); end > i || w.short {
				return end
			}
		}
	}
	if (cls == clsDigit || cls == clsUpper) && w.byteAt(i-1) == ':' && w.byteAt(i-6) == ':' {
		// ":6081:0003025736528": a NEFT or RTGS message's field
		if end := r.sfmsField(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsDigit && (w.byteAt(i-1) == ':' && w.byteAt(i-2) == '5' && w.byteAt(i-3) == '2' || w.byteAt(i-1) == '/') {
		// ":25:471495491548583", ":25:SBININBB/00012345678": a SWIFT statement's account
		if end := r.swiftStatementAccount(w, i, out); end > i || w.short {
			return end
		}
	}
	if (cls == clsDigit || cls == clsUpper) && w.byteAt(i-1) == '/' && w.byteAt(i-2) == ':' {
		// ":59:/998877665544\nSURESH KUMAR\n…": a SWIFT transfer's party
		if end := r.swiftParty(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsDigit && w.buf[i] == '5' && w.byteAt(i+1) == 'F' {
		// "5F20 13  SHARMA/ANJALI": an EMV trace's cardholder
		if end := r.emvCardholder(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsUpper && w.buf[i] == 'B' && w.byteAt(i-1) == '%' && w.digitAt(i+1) {
		// "%B4111111111111111^SHARMA/ANJALI^2512…": a card's track 1, its
		// number glued to the format code
		if end := r.digitChain(w, i+1, out); end > i+1 || w.short {
			return end
		}
	}
	if cls == clsUpper && w.byteAt(i+3) == '+' && (w.buf[i] == 'N' || w.buf[i] == 'D') {
		// "NAD+FL+++BARUAH:BHASKAR'": an airline's PAXLST message
		if end := r.paxlstSegment(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsUpper && w.buf[i] == 'D' && w.byteAt(i+1) == 'O' && w.byteAt(i+2) == 'C' && w.byteAt(i+3) == 'S' {
		if end := r.ssrDocs(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsUpper && w.byteAt(i-1) == '.' && isDigitByte(w.byteAt(i-2)) {
		if end := r.pnrName(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsUpper && w.buf[i] == 'M' {
		// "M1ANSARI/TANVEERMR    EABC123 DEL…": a boarding pass's barcode
		if end := r.boardingPass(w, i, out); end > i || w.short {
			return end
		}
	}
	if cls == clsUpper && mayOpenNarration(w, i) {
		// "UPI/CR/531818710606/ANBARASAN/…": a bank statement's narration.
		if end := r.narration(w, i, out); end > i || w.short {
			return end
		}
	}
	if r.cfg.location && cls == clsUpper && mayBeVillage(w.buf[i]) && w.villageAt(i) {
		// "Vill. Khed Bk, PO Khed, Dist. Ratnagiri, Maharashtra - 415098";
		// "Village: Bhatpara, Tehsil Chinhat, …", its label no part of it
		start := i
		for isASCIILetter(byte(max(w.byteAt(start), 0))) {
			start++
		}
		if w.byteAt(start) != ':' {
			start = i
		} else {
			start += 2
		}
		if end := r.addressFrom(w, start, 0, false, "village address", out); end > start || w.short {
			return end
		}
	}
	if w.short {
		return i
	}
	if r.cfg.location && (cls == clsDigit || cls == clsUpper) && w.byteAt(i-1) == '>' {
		// "<ADDRESS>Plot No. 266, Church Lane, …</ADDRESS>": an XML element
		// names its text as a key does.
		var buf [24]byte
		name := xmlElementBefore(w.byteAt, i, buf[:])
		commas, ok := addressLabels[string(name)]
		commas = max(commas, 0)
		if wholeKeys[string(name)] == Location {
			// "<PERM_LINE2>AGHORIA BAZAR", "<ITRForm:ResidenceNo>85/21": a
			// line or a part of an address, whatever its shape
			commas, ok = addressPart, true
		}
		if ok {
			if end := r.addressFrom(w, i, commas, false, reasonLabelled, out); end > i || w.short {
				return end
			}
		}
	}
	if r.cfg.location && (cls == clsDigit || cls == clsUpper) && residentOfBefore(w, i) {
		// "R/o 708, …", "r/o Flat 708, …": "resident of" labels what
		// follows, as "Address:" does
		if end := r.labelledAddress(w, i-1, 0, out); end > i || w.short {
			return end
		}
	}
	if r.cfg.location && (cls == clsDigit || cls == clsUpper) && addressIntroBefore(w, i) {
		n := len(*out)
		if end := r.introducedAddress(w, i, out); end > i || w.short {
			if u, ok := lowerUnitBefore(w, i); ok && u >= w.from && end > i {
				// "house no 213 gali no 6 …", "loc: H.No. 13-3-295, …": the
				// unit's words are the address's too (a stream holds them
				// with it: see unitWordsHeld).
				for k := n; k < len(*out); k++ {
					if m := &(*out)[k]; m.kind == kLocation && m.start == i {
						m.start = u
					}
				}
			}
			return end
		}
	}
	if r.cfg.location && (cls == clsDigit || cls == clsUpper) {
		if end, ok := r.keyedAddress(w, i, cls, out); ok {
			return end
		}
	}
	if r.cfg.location && cls == clsDigit && w.byteAt(i-1) == '#' {
		if end := r.hashAddressToPIN(w, i, out); end > i || w.short {
			return end
		}
	}
	if prev := w.gapBefore(i); r.cfg.location && (cls == clsDigit || cls == clsUpper) && (prev < 0 || houseGap[prev] || isQuote(prev) && (cls == clsUpper || quotedHouseStart(w.buf, i))) &&
		(mayOpenHouse(w.buf, i) || (prev == '\n' || prev < 0) && w.spacedHouseNumberAt(i) || prev == ' ' && (w.spacedHouseInTextAt(i) || w.houseAfterNameAt(i)) || (w.buf[i] == 'N' || w.buf[i] == 'O' || w.buf[i] == 'B') && mayOpenLandmark(w.buf, i) ||
			cls == clsUpper && (w.buildingNameAt(i) || (prev == '\n' || prev < 0) && w.addressUnderLabel(i))) &&
		!w.listItemAt(i) && !w.ageBefore(i) {
		// "12/3A, Gariahat Road, Ballygunge, Kolkata, 700019": an
		// address with no label that its PIN code closes. Not after a
		// masked number: its digits were read with the one before, as one
		// chain ("200000 00, …"), and a second pass must read them alike.
		masked := w.maskedValueBefore(i)
		ok := w.houseNumberAt(i) && !masked
		if w.short {
			return i
		}
		if ok || (prev == '\n' || prev < 0) && w.spacedHouseNumberAt(i) || prev == ' ' && !masked && w.spacedHouseInTextAt(i) || (prev == '|' || prev == '\t') && w.houseWordAt(i) {
			// "146 Ring Road,\nBejai, Mangaluru\nPIN: 575545" too, and a
			// row's cell that a unit's word opens (see pinCellAfter)
			if end := r.addressFrom(w, i, 2, true, "address closed by its PIN code", out); end > i || w.short {
				return end
			}
		}
		if ok && w.nameThenCommaBefore(i) || prev == ' ' && !masked && w.houseAfterNameAt(i) {
			// "Ms. Fatima Sheikh, 22 Linking Road, Mumbai 400003": the
			// holder's name heads it, as a word would introduce it; its
			// PIN code must close it
			if end := r.addressFrom(w, i, 1, true, "address after its holder's name", out); end > i || w.short {
				return end
			}
		}
		if ok && w.homeWordAt(i) {
			// "Plot No. 108, Vyttila 682373": a home's unit and number,
			// one part after it, and its PIN code closing it
			if end := r.addressFrom(w, i, 1, true, "address closed by its PIN code", out); end > i || w.short {
				return end
			}
		}
		if !ok && cls == clsUpper && w.unitThenStreetAt(i) {
			// "Flat C-638 Green Meadows Lane No. 21 Milan Nagar, Dibrugarh
			// 786009": a unit's word and number, no comma before the
			// street; its PIN code must close it
			if end := r.addressFrom(w, i, 1, true, "address closed by its PIN code", out); end > i || w.short {
				return end
			}
		}
		if ok {
			if w.addressWordsBefore(i) && w.capitalAfterHouse(i) {
				// "Address for the gift: Flat C504, Sunrise Towers, …",
				// "Drop location: Plot No. 246, Sector 13, …"
				if end := r.addressFrom(w, i, 2, false, reasonLabelled, out); end > i || w.short {
					return end
				}
			}
		}
		if ok && w.houseWordAt(i) && !w.documentWordBefore(i) {
			// "House No. 268, Ward No. 11, near Hanuman Mandir, Ghatkopar
			// West, Mumbai": a unit's word opens it, and a street's, a
			// locality's or a landmark's word in it, or a big city ending
			// it, says it is one, where no PIN code closes it
			for pass := 0; pass < 2; pass++ {
				// A block that a PIN code on a later line closes, which no
				// place ends, is read again as its first line: as it
				// would be were that PIN code masked (or not there).
				n := len(*out)
				w.noPINBlock = pass == 1
				end := r.addressFrom(w, i, 2, false, "address from its unit's word", out)
				w.noPINBlock = false
				if w.short {
					return i
				}
				if end <= i || len(*out) == n {
					break
				}
				m := (*out)[n]
				if _, city := w.placeEnd(m.start, m.end); city || w.lowerStreetIn(m.start, m.end) {
					return end
				}
				*out = (*out)[:n]
				if bytes.IndexByte(w.buf[m.start:m.end], '\n') < 0 {
					break
				}
			}
		}
		if !ok && cls == clsUpper && (prev == '\n' || prev < 0) && w.addressUnderLabel(i) {
			// "CONSIGNEE:\nFARIDA MEMON\nMohalla Momin Ansar, Mau, Uttar
			// Pradesh": no house's number, but its place under a name
			// under its label (see addressFrom's localityIn)
			if end := r.addressFrom(w, i, 1, false, "address under its label", out); end > i || w.short {
				return end
			}
		}
		if !ok && w.buildingNameAt(i) {
			// "Green Valley Residency, Block B, Hingna Road, Nagpur,
			// Maharashtra": a building's name opens it
			if end := r.addressFrom(w, i, 2, true, "address closed by its PIN code", out); end > i || w.short {
				return end
			}
		}
		if ok && w.landmarkAfterHouseAt(i) {
			// "221, Opp. Gurudwara, Hospital Road, Hyderpora, Srinagar": a
			// house's number, then directions to it
			if end := r.directionsAddress(w, i, out); end > i || w.short {
				return end
			}
		}
		if !ok && landmarkAt(w, i) {
			// "Near Durga Mandir, Ward 12, Darbhanga - 846004"
			if end := r.addressFrom(w, i, 1, true, "address closed by its PIN code", out); end > i || w.short {
				return end
			}
		}
		if !ok && (w.buf[i] == 'N' || w.buf[i] == 'O' || w.buf[i] == 'B') && landmarkWordAt(w, i) {
			// "Opposite water tank, Mahanagar, Varanasi": directions
			if end := r.directionsAddress(w, i, out); end > i || w.short {
				return end
			}
		}
		if (ok || w.spacedHouseNumberAt(i)) && w.capitalAfterHouse(i) && w.addressUnderLabel(i) {
			// "Delivery address:\nSanjit Debbarma\nD-275, Dhaleswar, …",
			// "Ship to:\n12 MG Road, Pune"
			if end := r.addressFrom(w, i, 1, false, "address under its label", out); end > i || w.short {
				return end
			}
		}
	}
	var t token
	w.readToken(i, &t)
	if w.short {
		return i
	}
	if t.overlong {
		return w.skipToken(i)
	}
	if r.cfg.person && chars.IsUpper(w.buf[i]) && (t.lower || !t.digit || t.n == 1 && w.byteAt(t.end) == '.') &&
		(mayFollowNameLabel(w.buf, i) || givenNamesBefore(w, i) && knownName(w, i)) {
		// "Name: Priya Nair", "name: K. Rao"
		if end := r.labelledName(w, i, out); end > i || w.short {
			return end
		}
	}
	if r.cfg.person && cls == clsUpper && isUpperByte(w.byteAt(i+1)) {
		if end := r.slashName(w, i, out); end > i || w.short {
			return end
		}
	}
	if r.cfg.person && !t.digit && chars.IsUpper(w.buf[i]) {
		if ge, fs, fe, ok := w.splitNameAt(i); ok && !w.short {
			// "…|F|HEMA||DESHMUKH|05-06-2004|…": a record's name, split
			*out = append(*out, match{kind: kPerson, start: i, end: ge, score: scoreNameCue, reason: "given name in a record's field, its family name a field on"},
				match{kind: kPerson, start: fs, end: fe, score: scoreNameCue, reason: "family name in a record's field, after its given name"})
			return fe
		} else if w.short {
			return i
		}
		// "Hi Rahul,", "driver Fathima Beevi": a name the gazetteer knows.
		if end := r.freeName(w, i, out); end > i || w.short {
			return end
		}
		if mayCueName(w.buf, i) {
			// "Regards,\nMerina Marak", "[1/10/24, 11:46:35] Perizaad Daruwala:"
			if end := r.cuedName(w, i, out); end > i || w.short {
				return end
			}
		}
	}
	switch {
	case t.letters && t.digit && t.end-i == t.n && isASCIIDigitByte(w.buf[i]) && ocrLettersIn(w.buf[i:t.end]):
		// "907O650194", "891B 2123 1455": digits, and letters OCR reads
		// in place of digits (see ocrDigitAt); a code of letters and
		// digits otherwise.
		n := len(*out)
		if e := r.digitChain(w, i, out); len(*out) > n || w.short {
			return e
		}
		return r.compound(w, i, &t, out)
	case t.lower:
		// Identifiers with letters are written in capitals, but a
		// lower-cased PAN, IFSC or GSTIN still reaches logs.
		if t.end-i == t.n {
			if e := r.mixedToken(w, i, out); e > i || w.short {
				return e
			}
		}
		return t.end
	case t.letters && t.digit && t.end-i == t.n && (t.n == 3 || t.n == 4) && isASCIIDigitByte(w.buf[i]) &&
		isASCIIDigitByte(w.buf[t.end-3]) && isOrdinal(w.buf[t.end-2:t.end]):
		// "1ST JAN 1990", "14TH AUG 1990": an ordinal day in capitals
		if e := r.spelledDate(w, i, out); e > i || w.short {
			return e
		}
		return r.compound(w, i, &t, out)
	case t.letters && t.digit && t.end-i == t.n && (t.n == 7 || t.n == 9) && isASCIIDigitByte(w.buf[i]) && isUpperByte(int(w.buf[i+2])):
		// "06AUG93", "06AUG1993": a date glued, as manifests write one
		if e := r.gluedDate(w, i, out); e > i || w.short {
			return e
		}
		return r.compound(w, i, &t, out)
	case t.letters && !t.digit && t.end-i == t.n && t.n >= 3 && t.n <= 9 && isMonthWord(w.buf[i:t.end]):
		// "JAN 01, 1990", "SEPTEMBER 5, 1987": a month in capitals opens a date
		if e := r.spelledDate(w, i, out); e > i || w.short {
			return e
		}
		return r.compound(w, i, &t, out)
	case t.letters:
		return r.compound(w, i, &t, out)
	}
	return r.digitChain(w, i, out)
}

// token is a run of letters and digits starting at a boundary.
type token struct {
	end      int // byte offset just past the run
	n        int // characters
	letters  bool
	digit    bool
	lower    bool
	overlong bool
}

// keyedAddress reads the address that a key before i names:
// address="Flat 5, MG Road, Pune", address='…' in a toString, address=12
// MG Road in a log line, a form's encoded value. Unquoted, a number opens
// one only before a capitalised word or the comma of a house number: not
// "address=5 status=ok". It reports whether it decided.
func (r *Redactor) keyedAddress(w *window, i int, cls uint8, out *[]match) (int, bool) {
	eq, ok := w.addressKeyBefore(i)
	if !ok || !(cls == clsUpper || w.byteAt(i-1) != '=' ||
		w.spacedHouseNumberAt(i) || w.houseNumberAt(i) && w.capitalAfterHouse(i) || w.formValueAt(i)) {
		return i, false
	}
	commas, ok := addressLabelBefore(w, eq)
	if !ok {
		return i, false
	}
	if end := r.labelledAddress(w, eq, commas, out); end > eq+1 || w.short {
		return end, true
	}
	return i, false
}

// introducedAddress reads the address that words before i introduce
// (see addressIntroBefore), or returns i.
func (r *Redactor) introducedAddress(w *window, i int, out *[]match) int {
	if w.scriptAddressWordBefore(i) {
		return r.labelledAddress(w, i-1, 0, out) // as after "पता:"
	}
	if w.byteAt(i-1) == ' ' && (w.byteAt(i-2) == '|' || w.byteAt(i-2) == '-') {
		return r.labelledAddress(w, i-2, 0, out) // "| Overseas address | 14 Al Nahda …", "Address - 12 MG Road, …": as after "Address:"
	}
	// "dispatched to Plot 14, Laxmi Nagar, Nagpur", "lives at TC 12/845, …"
	if end := r.addressFrom(w, i, 2, false, reasonIntroduced, out); end > i || w.short {
		return end
	}
	// "My address is 12 Jani Ganj, Raichur 584101": one comma will do
	// where the PIN code closes it.
	if end := r.addressFrom(w, i, 1, true, reasonIntroduced, out); end > i || w.short {
		return end
	}
	if end := r.addressFrom(w, i, 0, true, reasonIntroduced, out); end > i || w.short {
		return end // "plot no 189 gandhi marg sushant lok gurugram pin 122004": no comma, but its PIN code and a street's word
	}
	if residenceBefore(w, i) {
		// "resides at 45 Patel Nagar, New Delhi": where someone lives
		return r.addressFrom(w, i, 1, false, reasonIntroduced, out)
	}
	return i
}

// lowerOpensAddress reports a word in lower case at i, after a space,
// that opens an address as a capital would: a block's letter before its
// number after an address's introduction ("flat no. e-116, …"), or any
// word after "r/o". The main loop passes it to candidate as clsUpper.
func (r *Redactor) lowerOpensAddress(w *window, i int) bool {
	buf := w.buf
	return r.cfg.location && (i+2 < len(buf) && buf[i+1] == '-' && isASCIIDigitByte(buf[i+2]) && addressIntroBefore(w, i) || residentOfBefore(w, i))
}

// residentOfBefore reports "r/o " (resident of), in either case, right
// before i, no letter or digit before it.
func residentOfBefore(w *window, i int) bool {
	return w.byteAt(i-1) == ' ' && w.byteAt(i-2)|0x20 == 'o' && w.byteAt(i-3) == '/' && w.byteAt(i-4)|0x20 == 'r' && !isAlnumByte(w.byteAt(i-5))
}

// readToken reads the run of letters and digits at i.
func (w *window) readToken(i int, t *token) {
	j := i
	for {
		c, size := w.char(j)
		if size == 0 || !chars.IsAlnum(c) {
			break
		}
		t.letters = t.letters || !chars.IsDigit(c)
		t.digit = t.digit || chars.IsDigit(c)
		t.lower = t.lower || chars.IsLower(c)
		t.n++
		j += size
		if t.n > maxToken {
			t.overlong = true
			return
		}
	}
	t.end = j
}

// skipToken returns the end of the run of letters and digits at i. At the
// end of buf it stops there: the rest of the run follows a letter or digit
// and is skipped in turn, so an over-long run is never held back.
func (w *window) skipToken(i int) int {
	for i < len(w.buf) {
		c, size := chars.Fold(w.buf, i)
		if !chars.IsAlnum(c) {
			if w.buf[i] >= 0x80 && i+3 > len(w.buf) && !w.atEOF {
				return i // a character cut by the end of buf: decide it next time
			}
			break
		}
		i += size
	}
	return i
}

// cand is one reading of a candidate: a kind, the score its evidence
// alone earns, and what that evidence is.
type cand struct {
	kind     kindID
	base     float64
	evidence string
	suspect  bool // the shape itself looks like something else (a timestamp)
	// firm marks a written form no look-alike takes ("+91 98765 43210"):
	// a negative word nearby halves its score, no more.
	firm bool
}

// ocrBase is the most a reading of digits some of which OCR read as
// letters starts with (see ocrDigitAt): below any MinScore but a
// debugging one, so that only a word for its kind reports it.
const ocrBase = 0.3

// decide weighs the readings of the candidate [start, end) against the
// context around it and appends the best one to out if it scores at least
// MinScore.
func (r *Redactor) decide(w *window, start, end int, cands []cand, out *[]match) {
	any := false
	for _, c := range cands {
		if r.cfg.enabled&c.kind.mask() != 0 {
			any = true
			break
		}
	}
	if !any {
		return
	}
	if w.ocrChain && hasLetter(w.buf[start:end]) {
		// Letters read as digits ("2795 1544 S760"): each reading needs a
		// word for its kind, as OCR'd forms and cards give one. (A reading
		// of a chain's digits alone, "9876543210" of "9876543210 B12",
		// needs no more than anywhere else.)
		var cs [8]cand
		n := copy(cs[:], cands)
		for k := range cs[:n] {
			cs[k].base = min(cs[k].base, ocrBase)
			cs[k].evidence += ", letters OCR read for digits"
		}
		cands = cs[:n]
	}
	var ctx ctxWords
	ctx.cellOnly = len(cands) == 1 && cands[0].kind == kPINCode || w.negativeColumn(start, end)
	best, bestScore, bestDist := -1, -1.0, 0
	var bestWord ctxWord
	bestPos, bestFound := false, false
	for i, c := range cands {
		if r.cfg.enabled&c.kind.mask() == 0 {
			continue
		}
		info := &kinds[c.kind]
		word, positive, found, dist := ctx.signal(r, w, start, end, c.kind)
		if c.kind == kBankAccount && !(found && (positive || word.column || dist == 0 && w.wordRightBefore(start))) && !w.short && !checkedOther(cands, i) {
			// (But a negative word right before it, a space between, speaks
			// first: "CIF 19137288947  IFSC SBIN0070753", a customer's number.)
			// (A column named otherwise, "micr", says what its cells are.)
			if after, ok := ifscBeside(w, start, end, found); ok {
				word, positive, found, dist = ctxWord{entry: ctxEntry{word: "IFSC"}, known: true, after: after}, true, true, 0
				if after {
					// A word after the value: a word for another kind right
					// before it speaks first ("abha number 61191652735745\nIFSC …").
					dist = maxCtxWords
				}
			} else if !found && ifscInRecord(w, start, end) {
				// "N,,11593250828,112727,SIMRAN MOHANTY,,,…,UBIN0381994,,,":
				// a bank's bulk payment file gives each account its IFSC in
				// the same record, some fields on.
				word, positive, found, dist = ctxWord{entry: ctxEntry{word: "IFSC"}, known: true, after: true}, true, true, 0
			}
		}
		if c.kind == kDateOfBirth && !(found && positive) && !w.short && ageThenBirthDate(w, start) {
			// "Age/DOB: 52 / 13-Jan-1984": a label's alternatives, and the
			// values in their order
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "age/dob"}, known: true}, true, true, 0
		}
		if c.kind == kPassport && !found && !w.short && holderFileName(w, start, end) {
			// "SUBRAMANIAN_KARTHIK_A2813139.pdf": a scan's file named for its holder
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "holder's file"}, known: true}, true, true, 0
		}
		if c.kind == kPassport && !found && !w.short && passportTypeFieldBefore(w, start) {
			// {"type":"P","number":"L9506574"}, "…#~#P#~#B2963851#~#…": a
			// record gives the document's type as ICAO's code for a passport
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "type P"}, known: true}, true, true, 0
		}
		if c.kind == kPassport && !found && passportTypeBefore(w, start) {
			// "Type  Country Code  Passport No.\nP IND M4471536": a passport's
			// data page, as OCR reads it
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "P IND"}, known: true}, true, true, 0
		}
		if c.kind == kDateOfBirth && !found && panCardDate(w, start, end) {
			// "LOKESH PARMAR\n27/09/2004\nPermanent Account Number": the
			// one date a PAN card prints is its holder's birth
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "Permanent Account Number"}, known: true, after: true}, true, true, 0
		}
		if (c.kind == kVoterID && c.base >= 0.45 || c.kind == kPINCode || c.kind == kABHA || c.kind == kDateOfBirth && bornBefore(w, start, end, maxRecordBirthYear)) &&
			!found && !w.short && w.nameFieldBefore(start, end) {
			// "30545668|Priyanka Khanna|YTS8884116|122034|…": a record that
			// names a person (see nameFieldBefore)
			word, positive, found, dist = ctxWord{entry: ctxEntry{word: "name"}, known: true}, true, true, maxCtxWords
			if c.kind == kABHA {
				dist = 2*maxCtxWords + 1 // fourteen digits are many things' length: any word or column for another kind wins
			}
		}
		if (c.kind == kPassport || c.kind == kVoterID) && !found && !w.short {
			// "mine is J9027737 and my spouse's is W6470802": the second of
			// two values of one shape in a sentence is what the first is.
			if s2, _, ok := w.siblingBefore(start, end); ok {
				if sw, ok := r.kindWordBefore(w, s2, siblingWindow, c.kind); ok {
					word, positive, found, dist = sw, true, true, maxCtxWords
				}
			}
		}
		if w.short {
			return
		}
		score := c.base
		listing := !found && !c.suspect && c.kind != kDateOfBirth && c.kind != kIPAddress && w.byteAt(end) == ' ' &&
			(isUpperByte(w.byteAt(end+1)) || w.byteAt(end+5) == '-') && isDigitByte(w.byteAt(start)) && w.fileListingLine(start)
		switch {
		case found && positive:
			score = max(score, info.withContext)
		case found && c.firm && !c.suspect:
			score *= max(info.negative, 0.55) // "Mobile (linked to UAN): (+91) 75248 35743"
		case found || c.suspect || listing: // a file's size in "ls -l": "-rw-r----- 1 pg pg 9212107370 Nov  4 …"
			score *= info.negative
			if c.kind == kVehicle && (word.column || codeNegativeWords[word.entry.word]) {
				score *= 0.5 // a column of SKUs: its header speaks for every cell, as no word beside one does; or "SKU" itself
			}
		}
		if best < 0 || r.prefer(score, found && positive, dist, bestScore, bestPos, bestDist) {
			best, bestScore, bestDist = i, score, dist
			bestWord, bestPos, bestFound = word, found && positive, found
		}
	}
	if best < 0 || bestScore < r.cfg.minScore {
		return
	}
	c := cands[best]
	m := match{kind: c.kind, start: start, end: end, score: bestScore, reason: c.evidence}
	switch {
	case bestPos, bestFound:
		m.tail, m.word, m.side = tailNegative, bestWord.entry.word, sideBefore
		if bestPos {
			m.tail = tailContext
		}
		if bestWord.after {
			m.side = sideAfter
		}
		if bestWord.column {
			m.side = sideColumn
		}
	case c.suspect:
		m.tail = tailSuspect
	default:
		m.tail = tailNoContext
	}
	*out = append(*out, m)
}

// wordRightBefore reports a word's last letter one or two spaces
// before start.
func (w *window) wordRightBefore(start int) bool {
	k := start - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	if w.byteAt(k-1) == ' ' {
		k--
	}
	return isASCIILetter(byte(max(w.byteAt(k-1), 0)))
}

// gluedLabelEnd returns where the word at i ends and its digits begin,
// when the word is a label of three letters or more that names a kind
// and two digits follow it with no space ("Mobile9876543210",
// "Birth06/10/2009", and in capitals "DOB06/10/2009"); otherwise i.
func (w *window) gluedLabelEnd(i int) int {
	d, lower := i, false
	for d-i < 16 && isASCIILetter(byte(max(w.byteAt(d), 0))) {
		lower = lower || isLowerByte(w.byteAt(d))
		d++
	}
	if d-i < 3 || !isASCIIDigitByte(byte(max(w.byteAt(d), 0))) || !isASCIIDigitByte(byte(max(w.byteAt(d+1), 0))) {
		return i
	}
	if !lower {
		// In capitals only "DOB": "HDFC0001234", "SBIN0005943" are codes
		// (an IFSC), whatever word their letters make.
		if d-i == 3 && w.hasWordAt(i, "dob") {
			return d
		}
		return i
	}
	if !w.labelWordBefore(d) {
		return i
	}
	return d
}

// passportTypeBefore reports the type and country code an Indian
// passport's data page prints before its number, "P IND " (spaces
// holderFileName reports a document's number at [start, end) in a file's
// name after its holder's, joined by '_' or '-', the file's extension
// after it: "SUBRAMANIAN_KARTHIK_A2813139.pdf", "ansari-farhana-K1324831.jpg".
// One of the two words before must be a name the gazetteer knows.
func holderFileName(w *window, start, end int) bool {
	if b := w.byteAt(end); b != '.' || !isASCIILetter(byte(max(w.byteAt(end+1), 0))) {
		return false
	}
	e := end + 1
	for e-end <= 5 && isASCIILetter(byte(max(w.byteAt(e), 0))) {
		e++
	}
	if n := e - end - 1; n < 2 || n > 4 || isAlnumByte(w.byteAt(e)) {
		return false // "….pdf", "….jpeg", not a host's name
	}
	k := start - 1
	for range 2 {
		if b := w.byteAt(k); b != '_' && b != '-' {
			return false
		}
		q := k
		for k-q < 16 && isASCIILetter(byte(max(w.byteAt(q-1), 0))) {
			q--
		}
		var buf [16]byte
		if k-q < 3 || k-q >= len(buf) {
			return false
		}
		for p := q; p < k; p++ {
			buf[p-q] = byte(w.byteAt(p)) | 0x20
		}
		if word := string(buf[:k-q]); (names.Given(word) || names.Surname(word)) && !names.Ambiguous(word) {
			return true
		}
		k = q - 1
	}
	return false
}

// ageThenBirthDate reports a date at start after an age and a '/', under
// a label that names both in that order: "Age/DOB: 52 / 13-Jan-1984",
// "Age / Date of Birth - 46/ 03-09-1984".
func ageThenBirthDate(w *window, start int) bool {
	k := start - 1
	for w.byteAt(k) == ' ' {
		k--
	}
	if w.byteAt(k) != '/' {
		return false
	}
	for k--; w.byteAt(k) == ' '; k-- {
	}
	d := k
	for isDigitByte(w.byteAt(k)) {
		k--
	}
	if d-k < 1 || d-k > 3 {
		return false
	}
	for w.byteAt(k) == ' ' {
		k--
	}
	if b := w.byteAt(k); b != ':' && b != '-' && b != '=' {
		return false
	}
	var buf [32]byte
	n := 0
	for k--; n < len(buf) && k >= start-MaxContextWindow; k-- {
		b := w.byteAt(k)
		if b < 0 || b == '\n' || b == '|' || b == ',' || b == ';' {
			break
		}
		buf[len(buf)-1-n] = byte(b) | 0x20
		n++
	}
	label := string(buf[len(buf)-n:])
	a := strings.LastIndex(label, "age")
	return a >= 0 && (a == 0 || !isASCIILetter(label[a-1])) && strings.IndexByte(label[a:], '/') > 0 && (strings.Contains(label[a:], "dob") || strings.Contains(label[a:], "birth"))
}

// between as OCR spaces them), right before start.
func passportTypeBefore(w *window, start int) bool {
	k := start - 1
	if w.byteAt(k) != ' ' {
		return false
	}
	for n := 0; n < 8 && w.byteAt(k) == ' '; n++ {
		k--
	}
	if w.byteAt(k) != 'D' || w.byteAt(k-1) != 'N' || w.byteAt(k-2) != 'I' || w.byteAt(k-3) != ' ' {
		return false
	}
	k -= 3
	for n := 0; n < 8 && w.byteAt(k) == ' '; n++ {
		k--
	}
	return w.byteAt(k) == 'P' && !isAlnumByte(w.byteAt(k-1))
}

// passportTypeFieldBefore reports a field of the record before start, on
// its line, in its object and within maxTypeReach bytes, that gives a
// document's type as "P", ICAO's code for a passport: the value of a key
// ending in "type" ("type":"P", doc_type=P) or a delimited field alone
// (|P|, ,P, #~#P#~#).
func passportTypeFieldBefore(w *window, start int) bool {
	for k := start - 1; k >= start-maxTypeReach; k-- {
		b := w.byteAt(k)
		if b < 0 || b == '\n' || b == '}' || b == '{' {
			return false // the line's end, or the object's
		}
		if b != 'P' {
			continue
		}
		prev, next := w.byteAt(k-1), w.byteAt(k+1)
		switch {
		case isAlnumByte(prev) || isAlnumByte(next):
		case prev == next && (prev == '|' || prev == ',' || prev == '#' || prev == '\t' || prev == ';'):
			return true
		case prev == '"' && next == '"' || prev == '\'' && next == '\'':
			q := k - 2
			for w.byteAt(q) == ' ' {
				q--
			}
			if w.byteAt(q) != ':' {
				continue
			}
			for q--; w.byteAt(q) == ' '; q-- {
			}
			if w.byteAt(q) == '"' || w.byteAt(q) == '\'' {
				q--
			}
			if typeKeyEndsAt(w, q) {
				return true
			}
		case prev == '=':
			if typeKeyEndsAt(w, k-2) {
				return true
			}
		}
	}
	return false
}

// maxTypeReach bounds the look back of passportTypeFieldBefore.
const maxTypeReach = 64

// typeKeyEndsAt reports a key whose last letters, at q, are "type" in
// any case ("type", "docType", "ID_TYPE").
func typeKeyEndsAt(w *window, q int) bool {
	const t = "type"
	for n := range len(t) {
		if b := w.byteAt(q - n); b < 0 || byte(b)|0x20 != t[len(t)-1-n] {
			return false
		}
	}
	return true
}

// maxRecordBirthYear bounds the year of a date that a record naming a
// person makes a birth date (see nameFieldBefore): a record's later dates
// are as often a payment's or an upload's.
const maxRecordBirthYear = 2009

// bornBefore reports a date at [start, end) whose year, written with four
// digits at its start or its end, is at most year.
func bornBefore(w *window, start, end, year int) bool {
	if end-start < 8 || start < 0 || end > len(w.buf) {
		return false
	}
	d := w.buf[start:end]
	for _, y := range [][]byte{d[:4], d[len(d)-4:]} {
		v := 0
		for _, c := range y {
			if c < '0' || c > '9' {
				v = -1
				break
			}
			v = v*10 + int(c-'0')
		}
		if v >= 1900 {
			return v <= year
		}
	}
	return false
}

// panCardDate reports a date on a line of its own with "Permanent Account
// Number" on the next, as a PAN card prints its holder's birth date above
// the number's heading.
func panCardDate(w *window, start, end int) bool {
	k := start - 1
	for w.byteAt(k) == ' ' {
		k--
	}
	if b := w.byteAt(k); b >= 0 && b != '\n' {
		return false
	}
	k = end
	for w.byteAt(k) == ' ' || w.byteAt(k) == '\r' {
		k++
	}
	if w.byteAt(k) != '\n' {
		return false
	}
	return w.hasWordAt(w.skipSpaces(k+1), "permanent account number")
}

// maxListingLine bounds the part of a line of "ls -l" before a file's
// size (within a stream's history: see histCap).
const maxListingLine = 96

// fileListingLine reports whether the line of p opens with a file's mode,
// as "ls -l" prints it ("-rw-r-----", "drwxr-xr-x."): its numbers are
// sizes, links and dates. (Its caller has seen a date's month or year
// after the number first: most numbers have none.)
func (w *window) fileListingLine(p int) bool {
	k := p - 1
	for n := 0; n < maxListingLine && w.byteAt(k) >= 0 && w.byteAt(k) != '\n'; n++ {
		k--
	}
	if b := w.byteAt(k); b >= 0 && b != '\n' {
		return false
	}
	switch w.byteAt(k + 1) {
	case '-', 'd', 'l', 'c', 'b', 'p', 's':
	default:
		return false
	}
	for j := k + 2; j < k+11; j++ {
		switch w.byteAt(j) {
		case 'r', 'w', 'x', '-', 's', 'S', 't', 'T':
		default:
			return false
		}
	}
	b := w.byteAt(k + 11)
	return b == ' ' || b == '.' || b == '+' || b == '@'
}

// maxSibling bounds how far before a value siblingBefore looks, and
// siblingWindow, in characters, how far before the sibling its word is
// looked for: together within what a stream keeps (histCap).
const (
	maxSibling    = 64
	siblingWindow = 48
)

// siblingBefore returns the nearest run of letters and digits on the
// line, ending within maxSibling bytes before start, that has the shape
// of [start, end), a value in capitals: as long, with capitals and
// digits in the same places; and only a sentence's words between them,
// no other field's key or value.
func (w *window) siblingBefore(start, end int) (int, int, bool) {
	n := end - start
	if !isUpperByte(w.byteAt(start)) {
		return 0, 0, false // a value in lower case needs its own word
	}
	p := start - 1
	for start-p < maxSibling {
		b := w.byteAt(p)
		if b < 0 || b == '\n' || b == '\r' {
			return 0, 0, false
		}
		if b == '=' || b == ':' || b == ';' || b == '&' || b == '|' || b == '"' || b == '<' || b == '>' {
			return 0, 0, false // another field's value, not a sentence's
		}
		if !isAlnumByte(b) {
			p--
			continue
		}
		e := p + 1
		for isAlnumByte(w.byteAt(p)) && e-p <= n {
			p--
		}
		if s := p + 1; e-s == n && !isAlnumByte(w.byteAt(p)) && w.sameShape(s, start, n) {
			return s, e, true
		}
		for isAlnumByte(w.byteAt(p)) {
			p--
		}
	}
	return 0, 0, false
}

// sameShape reports whether the n bytes at a and at b have capitals and
// digits in the same places.
func (w *window) sameShape(a, b, n int) bool {
	for k := range n {
		x, y := w.byteAt(a+k), w.byteAt(b+k)
		if isDigitByte(x) != isDigitByte(y) || isUpperByte(x) != isUpperByte(y) {
			return false
		}
	}
	return true
}

// checkedOther reports whether a reading of cands other than the i-th
// rests on a checksum or an issuer's range (a base of 0.8 or more): an
// IFSC beside a number that passes Verhoeff does not make it an account
// ("HDFC0052269 574169201409", an Aadhaar in a transfer file).
func checkedOther(cands []cand, i int) bool {
	for k, c := range cands {
		if k != i && c.base >= 0.8 {
			return true
		}
	}
	return false
}

// prefer reports whether reading a (score, positive context, distance of
// that word) beats reading b: a reading that is reported beats one that is
// not; then one with a context word for it beats one without; between two
// such, the nearer word wins; otherwise the higher score.
func (r *Redactor) prefer(aScore float64, aPos bool, aDist int, bScore float64, bPos bool, bDist int) bool {
	aIn, bIn := aScore >= r.cfg.minScore, bScore >= r.cfg.minScore
	switch {
	case aIn != bIn:
		return aIn
	case aPos != bPos:
		return aPos
	case aPos && aDist != bDist:
		return aDist < bDist
	}
	return aScore > bScore
}

// wordGapByte reports what may stand before a word for a name in lower
// case: a space, a line break, or nothing (the input's start).
func wordGapByte(b int) bool { return b == ' ' || b == '\n' || b < 0 }
