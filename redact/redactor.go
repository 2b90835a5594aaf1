package redact

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
)

// Redactor finds personal data and redacts it. It is immutable once made
// by [New] and safe for concurrent use by multiple goroutines.
type Redactor struct {
	cfg config
}

// New returns a Redactor for opts; nil means the defaults. It reports an
// error for an unknown kind, a MinScore or ContextWindow out of range, an
// unknown Mode, or Hash mode without a HashKey.
func New(opts *Options) (*Redactor, error) {
	cfg, err := opts.compile()
	if err != nil {
		return nil, err
	}
	if cfg.person {
		names.Load() // once per process, here rather than in the first call
		cfg.givenOpenings = names.GivenOpenings()
	}
	return &Redactor{cfg: cfg}, nil
}

// String returns s with every finding redacted, and the findings in
// order. When nothing is found it returns s itself and a nil slice, and
// allocates nothing.
func (r *Redactor) String(s string) (string, []Finding) {
	if s == "" {
		return s, nil
	}
	b := unsafe.Slice(unsafe.StringData(s), len(s)) // read only
	out, fs := r.redact(b)
	if fs == nil {
		return s, nil
	}
	if len(out) == 0 {
		return "", fs
	}
	return unsafe.String(&out[0], len(out)), fs // out is new and never written again
}

// Bytes returns b with every finding redacted, and the findings in order.
// When nothing is found it returns b itself (not a copy) and a nil slice,
// and allocates nothing; otherwise the result is newly allocated and b is
// left unchanged.
func (r *Redactor) Bytes(b []byte) ([]byte, []Finding) {
	out, fs := r.redact(b)
	if fs == nil {
		return b, nil
	}
	return out, fs
}

// Find returns the findings in b without redacting it.
func (r *Redactor) Find(b []byte) []Finding {
	w := window{buf: b, atEOF: true, csvOn: true}
	sc := getScratch()
	ms := r.detect(&w, sc.take())
	defer putScratch(sc, ms)
	return r.findings(ms, 0)
}

func (r *Redactor) redact(b []byte) ([]byte, []Finding) {
	w := window{buf: b, atEOF: true, csvOn: true}
	sc := getScratch()
	ms := r.detect(&w, sc.take())
	defer putScratch(sc, ms)
	if len(ms) == 0 {
		return b, nil
	}
	out := r.render(make([]byte, 0, len(b)+len(ms)*8), b, ms, len(b))
	return out, r.findings(ms, 0)
}

// scratch is a slice that Bytes, String and Find collect matches in. The
// findings they return are copied out of it, so on text dense with
// personal data its growth is paid once, not per call.
type scratch struct{ ms []match }

// scratchPool has no New: an empty pool gives nil, and a call that finds
// nothing allocates nothing, not even a scratch.
var scratchPool sync.Pool

// maxPooledMatches bounds what the pool keeps, so that one huge input does
// not pin its scratch memory for the life of the process.
const maxPooledMatches = 1 << 16

func getScratch() *scratch {
	sc, _ := scratchPool.Get().(*scratch)
	return sc
}

// take returns the scratch's slice, empty; nil for a nil scratch.
func (sc *scratch) take() []match {
	if sc == nil {
		return nil
	}
	return sc.ms[:0]
}

// putScratch returns ms, the slice last taken from sc, to the pool.
func putScratch(sc *scratch, ms []match) {
	if cap(ms) == 0 || cap(ms) > maxPooledMatches {
		if sc != nil {
			scratchPool.Put(sc)
		}
		return
	}
	if sc == nil {
		sc = new(scratch) // the first call with findings pays for it
	}
	clear(ms) // drop the strings the matches point to
	sc.ms = ms[:0]
	scratchPool.Put(sc)
}

// render appends src[:upto] to out with every match replaced.
func (r *Redactor) render(out, src []byte, ms []match, upto int) []byte {
	prev := 0
	for _, m := range ms {
		out = append(out, src[prev:m.start]...)
		out = r.replace(out, src[m.start:m.end], m.kind)
		prev = m.end
	}
	return append(out, src[prev:upto]...)
}

func (r *Redactor) findings(ms []match, base int64) []Finding {
	if len(ms) == 0 {
		return nil
	}
	fs := make([]Finding, len(ms))
	for i, m := range ms {
		fs[i] = r.finding(&m, base)
	}
	return fs
}

func (r *Redactor) finding(m *match, base int64) Finding {
	return Finding{
		Kind:   r.kindName(m.kind),
		Start:  base + int64(m.start),
		End:    base + int64(m.end),
		Score:  m.score,
		Reason: m.why(),
	}
}

// replace appends the replacement for the finding text v of kind k.
func (r *Redactor) replace(out, v []byte, k kindID) []byte {
	name := r.kindName(k)
	switch r.cfg.mode {
	case Label:
		out = append(out, '<')
		out = append(out, name...)
		return append(out, '>')
	case Hash:
		return r.hashToken(out, v, k, name)
	case Remove:
		return out
	}
	return maskKind(out, v, k)
}

// maskKind appends v masked as kind k. Names, addresses, kinds of the
// user's own and dates of birth (whose month may be a word of any script,
// "12 अप्रैल 1986") lose every letter and digit of any script; the other
// built-in kinds keep their last four digits where kinds says so.
func maskKind(out, v []byte, k kindID) []byte {
	if k >= numKinds || k == kDateOfBirth {
		return maskAny(out, v)
	}
	return mask(out, v, kinds[k].keepLast4)
}

// maskAny writes 'X' over every letter, digit and combining mark of v in
// any script, keeping separators; invalid UTF-8 passes through as it is.
func maskAny(out, v []byte) []byte {
	for i := 0; i < len(v); {
		if v[i] < utf8.RuneSelf {
			out, i = maskASCII(out, v, i, len(v))
			continue
		}
		r, size := utf8.DecodeRune(v[i:])
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			out = append(out, 'X')
		} else {
			out = append(out, v[i:i+size]...)
		}
		i += size
	}
	return out
}

// maskable reports whether redacting v as kind k in Mask mode changes it:
// a match that would not ("0" under a mobile column, whose last four
// digits stay) is no finding, so a second pass finds nothing more.
func maskable(v []byte, k kindID) bool {
	var buf [128]byte
	return !bytes.Equal(maskKind(buf[:0], v, k), v)
}

// hashToken appends "<KIND:" + the first 12 hex digits of
// HMAC-SHA256(HashKey, canonical value) + ">".
func (r *Redactor) hashToken(out, v []byte, k kindID, name Kind) []byte {
	out = append(out, '<')
	out = append(out, name...)
	out = append(out, ':')
	mac := hmac.New(sha256.New, r.cfg.hashKey)
	var cb [512]byte
	mac.Write(canonical(cb[:0], v, k))
	var sum [sha256.Size]byte
	var hx [12]byte
	hex.Encode(hx[:], mac.Sum(sum[:0])[:6])
	out = append(out, hx[:]...)
	return append(out, '>')
}

// mask writes 'X' over every letter and digit of v, keeping separators,
// and keeps the last four digits when keepLast4 is set.
func mask(out, v []byte, keepLast4 bool) []byte {
	keepFrom := len(v)
	if keepLast4 {
		digits := 0
		for i := len(v); i > 0 && digits < 4; {
			j := i - 1
			for j > 0 && v[j]&0xC0 == 0x80 {
				j--
			}
			if c, _ := chars.Fold(v, j); chars.IsDigit(c) || ocrConfusion[v[j]] != 0 && besideDigit(v, j) {
				digits++ // (and "S346", as OCR read "5346": see ocrDigitAt)
				keepFrom = j
			}
			i = j
		}
	}
	for i := 0; i < keepFrom; {
		if v[i] < 0x80 { // the common case, without the call
			out, i = maskASCII(out, v, i, keepFrom)
			continue
		}
		c, size := chars.Fold(v, i)
		if chars.IsAlnum(c) {
			out = append(out, 'X')
		} else {
			out = append(out, v[i:i+size]...)
		}
		i += size
	}
	return append(out, v[keepFrom:]...)
}

// besideDigit reports an ASCII digit right before or after v[j].
func besideDigit(v []byte, j int) bool {
	return j > 0 && isASCIIDigitByte(v[j-1]) || j+1 < len(v) && isASCIIDigitByte(v[j+1])
}

// maskASCII appends the mask of the ASCII byte v[i], 'X' for a letter or
// digit, and returns where the next character starts. A URL's escape of
// punctuation that ends before end ("%40", "%2B", "%20") is kept as it
// stands, so that a URL stays a URL.
func maskASCII(out, v []byte, i, end int) ([]byte, int) {
	b := v[i]
	if b == '%' && i+2 < end && escapesPunct(v[i+1], v[i+2]) {
		return append(out, v[i:i+3]...), i + 3
	}
	if chars.IsAlnum(b) {
		b = 'X'
	}
	return append(out, b), i + 1
}

// escapesPunct reports whether the hex digits h, l after a '%' encode an
// ASCII character that is neither a letter nor a digit: such an escape is
// kept as it stands when a value is masked, so that a URL stays a URL,
// while "%39" (a '9') is masked like the digit it is.
func escapesPunct(h, l byte) bool {
	hv, lv := unhex(h), unhex(l)
	if hv < 0 || lv < 0 {
		return false
	}
	c := byte(hv<<4 | lv)
	return c >= 0x20 && c < 0x7f && !chars.IsAlnum(c)
}

// canonical appends the value that identifies v whatever its written
// form: ASCII digits and capitals without separators, the 10-digit
// national number of a mobile, an e-mail or UPI address in lower case.
// k may be numKinds for a value of no built-in kind.
func canonical(out, v []byte, k kindID) []byte {
	if k == kEmail || k == kUPI || k == kABHA && (bytes.IndexByte(v, '@') >= 0 || bytes.Contains(v, []byte("%40"))) {
		// Addresses, an ABHA address among them, keep their punctuation;
		// a URL's "%40" is the '@' it stands for.
		for i := 0; i < len(v); i++ {
			b := v[i]
			if b == '%' && i+2 < len(v) && v[i+1] == '4' && v[i+2] == '0' {
				b = '@'
				i += 2
			}
			if chars.IsUpper(b) {
				b += 'a' - 'A'
			}
			out = append(out, b)
		}
		return out
	}
	if k >= numKinds {
		// A name or a kind of the user's own: letters of any script.
		for i := 0; i < len(v); {
			if c, size := chars.Fold(v, i); chars.IsAlnum(c) {
				out = append(out, chars.Upper(c))
				i += size
				continue
			}
			r, size := utf8.DecodeRune(v[i:])
			if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r)) {
				out = utf8.AppendRune(out, unicode.ToUpper(r))
			}
			i += size
		}
		return out
	}
	n := len(out)
	spoken := false
	if len(v) > 0 && isASCIILetter(v[0]) && spokenKinds&k.mask() != 0 {
		// "nine one six …": the digits the words say (see spokenNumber)
		var d []byte
		if d, spoken = spokenDigits(out, v); spoken {
			out = d
		}
	}
	for i := 0; !spoken && i < len(v); {
		c, size := chars.Fold(v, i)
		if d := ocrConfusion[v[i]]; d != 0 && spokenKinds&k.mask() != 0 && besideDigit(v, i) {
			c = d // "234l 2341 2346": the digit OCR read as a letter (see ocrDigitAt)
		}
		if chars.IsAlnum(c) {
			out = append(out, chars.Upper(c))
		}
		i += size
	}
	if k == kMobile && len(out)-n > 10 {
		out = append(out[:n], out[len(out)-10:]...)
	}
	return out
}
