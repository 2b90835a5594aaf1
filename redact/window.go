package redact

import (
	"encoding/binary"

	"github.com/kavachpii/kavach/internal/chars"
)

// window is the scanner's view of the input: buf, the bytes being scanned,
// and hist, the bytes of the same stream that came just before buf (already
// consumed), which the scanner reads for boundaries and context.
//
// Every read goes through it, so that String and a stream cut anywhere
// decide alike: a read past the end of buf before EOF sets short, and the
// scanner then stops at the candidate it was deciding and waits for more.
type window struct {
	buf   []byte
	hist  []byte
	atEOF bool
	short bool
	// pieces are the last spans the scan read as a whole (a chain, a
	// run of capitals, an address), for holdFrom; only a stream, which
	// may cut, keeps them.
	pieces  *[64]piece
	npieces int
	// from is where the scan starts in buf: a stream with custom
	// recognizers may keep bytes the scanner has already decided.
	from int
	// base is the stream offset of buf[0]; csv, when csvOn, is the CSV
	// block the scan is in (see csvLine). JSON and slog values have none.
	base  int64
	csvOn bool
	csv   csvState
	// noPINBlock, while set, keeps addressFrom from reading on, a part a
	// line, to a PIN code on a later line (see candidate).
	noPINBlock bool
	// streetLine, while set, lets addressFrom take a line of a script
	// that opens with a street's name and that its PIN code closes, no
	// house's number before it (see streetInFirstPart).
	streetLine bool
	// keepPrivateIPs is Options.KeepPrivateIPs, for what reads a CSV
	// column of addresses (see nobodysIPCell); scanLoop sets it.
	keepPrivateIPs bool
	// ocrChain, while set, says the chain being decided read letters as
	// the digits OCR mistook them for (see ocrDigitAt): decide then
	// wants a word for its kind.
	ocrChain bool
}

type piece struct{ start, next int }

// byteAt returns the byte at i, reading hist for negative i, or -1 beyond
// either end.
func (w *window) byteAt(i int) int {
	if i >= len(w.buf) {
		if !w.atEOF {
			w.short = true
		}
		return -1
	}
	if i >= 0 {
		return int(w.buf[i])
	}
	if j := len(w.hist) + i; j >= 0 {
		return int(w.hist[j])
	}
	return -1
}

// lineStartWithin returns where the line that runs up to from starts, looking
// back at most limit+1 bytes: just after a line break, or at the
// history's first byte; from-limit-1 when neither lies within reach.
// It is the loop
//
//	for ls = from; from-ls <= limit && w.byteAt(ls-1) >= 0 && w.byteAt(ls-1) != '\n'; ls-- {}
//
// a slice's search at a time (lines are read back from every candidate
// that lacks context).
func (w *window) lineStartWithin(from, limit int) int {
	if from > len(w.buf) {
		w.byteAt(from - 1) // sets short, as the loop's first read does
		return from
	}
	if from <= -len(w.hist) {
		return from
	}
	lo := from - limit - 1 // the last byte the loop reads
	if from > 0 {
		b := max(lo, 0)
		if k := lastLineBreak(w.buf[b:from]); k >= 0 {
			return b + k + 1
		}
	}
	if lo < 0 {
		hs, he := max(lo, -len(w.hist)), min(from, 0)
		if hs < he {
			if k := lastLineBreak(w.hist[len(w.hist)+hs : len(w.hist)+he]); k >= 0 {
				return hs + k + 1
			}
		}
		if lo < -len(w.hist) {
			return -len(w.hist)
		}
	}
	return lo
}

// lastLineBreak is bytes.LastIndexByte(b, '\n') eight bytes a step: the
// standard library's is a byte loop on amd64, and lines are read back
// from every candidate that lacks context.
func lastLineBreak(b []byte) int {
	const ones, highs, breaks = 0x0101010101010101, 0x8080808080808080, 0x0a0a0a0a0a0a0a0a
	i := len(b)
	for ; i >= 8; i -= 8 {
		x := binary.LittleEndian.Uint64(b[i-8:i]) ^ breaks // a zero byte where a '\n' was
		if (x-ones)&^x&highs != 0 {
			break
		}
	}
	for i > 0 {
		i--
		if b[i] == '\n' {
			return i
		}
	}
	return -1
}

// copyOut copies the bytes [s, e) of the history and buf into dst, as
// far as dst holds them, and returns how many it copied. The range must
// lie within both.
func (w *window) copyOut(dst []byte, s, e int) int {
	n := 0
	if s < 0 {
		n = copy(dst, w.hist[len(w.hist)+s:len(w.hist)+min(e, 0)])
		s = 0
	}
	if s < e {
		n += copy(dst[n:], w.buf[s:e])
	}
	return n
}

// char returns the folded character at i >= 0 (see [chars.Fold]) and its
// size, or size 0 past the end.
func (w *window) char(i int) (c byte, size int) {
	if i >= len(w.buf) {
		if !w.atEOF {
			w.short = true
		}
		return 0, 0
	}
	b := w.buf[i]
	if b < 0x80 {
		return b, 1
	}
	if i+3 > len(w.buf) && !w.atEOF {
		w.short = true // maybe a character cut by the end of buf
		return 0, 0
	}
	return chars.Fold(w.buf, i)
}

// prevChar returns the folded character that ends just before i, or 0 at
// the start of the input or for a character that folds to nothing.
//
// A JSON string's escaped line break or tab ("\n", "\r", "\t") before i
// counts as the break it stands for, escaped again too ("\\n", JSON in a
// JSON string).
func (w *window) prevChar(i int) byte {
	b := w.byteAt(i - 1)
	if b < 0x80 {
		if b < 0 {
			return 0
		}
		if isEscapeLetter(b) && w.escapedBreakBefore(i) {
			return '\n' // "…details:\nRavi Kumar": a JSON string's escaped line break
		}
		return byte(b)
	}
	var seq [3]byte
	for k := range seq {
		x := w.byteAt(i - 3 + k)
		if x < 0 {
			return 0
		}
		seq[k] = byte(x)
	}
	if c, size := chars.Fold(seq[:], 0); size == 3 {
		return c
	}
	return 0
}

// digitAt reports whether the character at i is a digit in any script.
func (w *window) digitAt(i int) bool {
	c, _ := w.char(i)
	return chars.IsDigit(c)
}

// isEscapeLetter reports the letters that, after a backslash, stand for a
// line break or a tab in a JSON or C string.
func isEscapeLetter(b int) bool { return b == 'n' || b == 'r' || b == 't' }

// escapedBreakBefore is prevChar's test on buf alone: an escaped line
// break or tab ends right before i. Where buf does not reach back far
// enough it says so, and the caller lets candidate look.
func escapedBreakBefore(buf []byte, i int) bool {
	if i < 1 || !isEscapeLetter(int(buf[i-1])) {
		return false
	}
	return i < 2 || buf[i-2] == '\\'
}

// gapBefore returns the byte before i as w.byteAt does, but '\n' for an
// escaped line break or tab (see prevChar).
func (w *window) gapBefore(i int) int {
	b := w.byteAt(i - 1)
	if isEscapeLetter(b) && w.escapedBreakBefore(i) {
		return '\n'
	}
	return b
}

// escapedBreakBefore reports an escaped line break or tab ending right
// before i, the window's history included (the function of that name
// tells from buf alone, and says so where it cannot).
func (w *window) escapedBreakBefore(i int) bool {
	return isEscapeLetter(w.byteAt(i-1)) && w.byteAt(i-2) == '\\'
}
