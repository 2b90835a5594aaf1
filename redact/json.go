package redact

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
)

// maxJSONDepth bounds nesting, as in encoding/json.
const maxJSONDepth = 10000

// maxJSONRecord bounds one record (a line, or the lines of one value) in
// CopyJSON.
const maxJSONRecord = 64 << 20

// JSONError reports input that is not JSON, or a record too long for
// [Redactor.CopyJSON]. It never holds more of the input than one
// character.
type JSONError struct {
	Line   int   // 1-based line of the error
	Column int   // 1-based byte offset within that line
	Offset int64 // byte offset from the start of the input
	Msg    string
}

func (e *JSONError) Error() string {
	return fmt.Sprintf("redact: invalid JSON at line %d, column %d (byte %d): %s", e.Line, e.Column, e.Offset, e.Msg)
}

// JSON redacts b, one JSON document or a sequence of them separated by
// white space (NDJSON, JSON Lines), and returns the redacted bytes and the
// findings, with offsets into b. Findings are returned, not passed to
// Options.OnFinding.
//
// It works on the bytes, not on decoded values: a small tokenizer copies
// the input through and rewrites only the strings and numbers that hold
// personal data, so key order, spacing, number formatting and the escapes
// of everything else come out exactly as they went in, and the output is
// valid JSON wherever the input is. What is redacted:
//
//   - A member whose key names personal data ([Redactor.KeyKind]:
//     "aadhaar_no", "mobile", "customerName", "address") has its value
//     replaced whole by [Redactor.ReplaceValue], whatever it looks like. A
//     string stays a string. A number becomes a string, since a masked
//     number ("XXXXXX3210"), a label or a hash is no JSON number:
//     "mobile": 9876543210 becomes "mobile": "XXXXXX3210". In an object
//     or array under such a key every string and number is replaced, at
//     any depth, as the kind of the nearest enclosing key that names one:
//     "address": {"city": "Pune", "pin": 411001} masks both, the PIN code
//     as a PIN code. true, false and null hold no data and are left; so
//     are empty strings and values that are already a redaction (their own
//     mask, "<IN_PAN>", "<IN_PAN:1a2b3c4d5e6f>"), so that redacting twice
//     changes nothing. Each replaced value is one [Finding] with score 1
//     and a reason such as `key "aadhaar_no"`.
//   - Every other string is unescaped and scanned like [Redactor.String].
//     The bytes before it on its line, its key among them, count as
//     context, as they would for Bytes on the raw text: "id":
//     "234123412346" is found, "order_id": "234123412346" is not, and
//     with Options.NoKeyNames "aadhaar": "2341 2341 2346" still is. What
//     is found is replaced and escaped; the rest of the string keeps its
//     original bytes.
//   - Every other number is scanned as its text, with the same context. A
//     number in which the scanner confirms an identifier on its own (a
//     Verhoeff-valid Aadhaar, a Luhn-valid card, a mobile number) becomes
//     a string holding the redacted text: "id": 234123412346 becomes
//     "id": "XXXXXXXX2346". A consumer expecting a number there gets a
//     string, which is better than the identifier.
//   - Keys are scanned like strings and what is found in them is replaced,
//     since maps are often keyed by e-mail address or mobile number
//     ({"ravi@example.com": {...}}). A key in which something is found is
//     data, not a field name, and forces nothing; keys are never replaced
//     for their name alone. Redaction can make two keys equal (two
//     addresses masked alike, or emptied in Remove mode): that is still
//     valid JSON, but a decoder keeps only one of them.
//
// A finding's Start and End delimit the raw text that was replaced: a
// number, or bytes between the quotes of a string, still escaped (a
// forced string's finding covers all its contents). Invalid UTF-8 inside
// strings passes through, as encoding/json accepts it; escapes are read as
// encoding/json reads them (a lone surrogate is U+FFFD).
//
// Empty input, or only white space, is an empty sequence and comes back
// unchanged. When nothing is found JSON returns b itself (not a copy) and
// no findings. If b is not JSON it returns nil, nil and a [*JSONError]
// giving the line, column and byte offset: nothing of the input comes back
// partly redacted. Two top-level values need white space between them
// unless the first is an object, array or string; a byte order mark is not
// JSON; nesting deeper than 10000 levels is rejected, as by encoding/json.
func (r *Redactor) JSON(b []byte) ([]byte, []Finding, error) {
	p := jsonRun{r: r}
	p.reset(b, 0)
	if !p.run() {
		return nil, nil, p.error(1)
	}
	if !p.changed {
		return b, p.fs, nil
	}
	return p.result(), p.fs, nil
}

// CopyJSON redacts a stream of JSON values from src into dst, as
// [Redactor.JSON] would redact the whole stream, and returns the number of
// bytes written. It reads a line at a time, with no limit on a line short
// of 64 MiB; a value spread over several lines (a pretty-printed
// document) is read until it is complete, within the same limit. Blank
// lines pass through. Findings go to Options.OnFinding, with offsets from
// the start of src, before the record they are in is written.
//
// Output is written a record at a time, and held back no longer than it
// takes to read input that has already arrived, so a pipe such as
// "tail -f app.log | kavach -json" stays live.
//
// A record that is not JSON, or longer than 64 MiB, ends the copy with a
// [*JSONError] naming its line; the records before it have been written,
// redacted, and nothing of it or after it is. An error from src or dst
// ends the copy likewise.
func (r *Redactor) CopyJSON(dst io.Writer, src io.Reader) (written int64, err error) {
	br := bufio.NewReaderSize(src, 64<<10)
	var (
		p         = jsonRun{r: r}
		chunk     []byte // the record being read
		pending   []byte // output not yet written
		base      int64  // stream offset of chunk[0]
		line      = 1    // number of the next line to read
		chunkLine int    // number of chunk's first line
		trk       jsonTracker
		nextCheck int
	)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		n, werr := dst.Write(pending)
		written += int64(n)
		if werr == nil && n < len(pending) {
			werr = io.ErrShortWrite
		}
		pending = pending[:0]
		if cap(pending) > 4<<20 {
			pending = nil // after a huge record
		}
		return werr
	}
	fail := func(e error) (int64, error) {
		if werr := flush(); werr != nil {
			return written, werr
		}
		return written, e
	}
	for {
		start := len(chunk)
		if start == 0 {
			chunkLine = line
			trk = jsonTracker{}
			nextCheck = 0
		}
		eof := false
		for {
			frag, rerr := br.ReadSlice('\n')
			if len(chunk)+len(frag) > maxJSONRecord {
				msg := "record longer than 64 MiB"
				if line != chunkLine {
					msg += fmt.Sprintf(" (in the value that starts at line %d)", chunkLine)
				}
				return fail(&JSONError{Line: line, Column: maxJSONRecord - start + 1, Offset: base + maxJSONRecord, Msg: msg})
			}
			chunk = append(chunk, frag...)
			if rerr == bufio.ErrBufferFull {
				continue
			}
			if rerr == io.EOF {
				eof = true
			} else if rerr != nil {
				return fail(rerr)
			}
			break
		}
		ln := chunk[start:]
		if len(ln) > 0 && ln[len(ln)-1] == '\n' {
			line++
		}
		switch {
		case start == 0 && isJSONSpace(ln):
			pending = append(pending, ln...)
			base += int64(len(ln))
			chunk = chunk[:0]
		case trk.feed(ln) || eof:
			p.reset(chunk, base)
			if !p.run() {
				return fail(p.error(chunkLine))
			}
			if f := r.cfg.onFinding; f != nil {
				for _, x := range p.fs {
					f(x)
				}
			}
			if p.changed {
				pending = append(pending, p.result()...)
			} else {
				pending = append(pending, chunk...)
			}
			base += int64(len(chunk))
			chunk = chunk[:0]
			if cap(chunk) > 4<<20 {
				chunk = nil // a huge record is rare: do not keep its buffer
				p = jsonRun{r: r}
			}
		case len(chunk) >= nextCheck:
			// An unfinished value: check what there is so far now and
			// then, so that a broken record is reported at its line
			// rather than after everything behind it was read.
			if nextCheck > 0 {
				p.reset(chunk, base)
				p.validate = true
				if !p.run() && p.errAt < len(chunk) {
					return fail(p.error(chunkLine))
				}
				p.validate = false
			}
			nextCheck = 2 * len(chunk)
		}
		if eof {
			return fail(nil)
		}
		if len(pending) >= 64<<10 || br.Buffered() == 0 {
			if werr := flush(); werr != nil {
				return written, werr
			}
		}
	}
}

// jsonTracker follows the nesting of a record line by line, to tell when
// it may be complete. It is exact for valid JSON; invalid JSON is left to
// the parser.
type jsonTracker struct {
	depth      int
	inStr, esc bool
}

// feed reads the next line of the record and reports whether the record
// is ready to parse: nesting closed, or a string left open at the end of
// a line, which no JSON has.
func (t *jsonTracker) feed(ln []byte) bool {
	for _, c := range ln {
		if t.inStr {
			switch {
			case t.esc:
				t.esc = false
			case c == '\\':
				t.esc = true
			case c == '"':
				t.inStr = false
			}
			continue
		}
		switch c {
		case '"':
			t.inStr = true
		case '{', '[':
			t.depth++
		case '}', ']':
			t.depth--
		}
	}
	return t.depth <= 0 || t.inStr
}

func isJSONSpace(b []byte) bool {
	for _, c := range b {
		if !isWS(c) {
			return false
		}
	}
	return true
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// jsonCtx is what encloses a value: whether a key forces it, and as what.
type jsonCtx struct {
	forced bool
	kind   Kind
	reason string // `key "aadhaar_no"`
}

// jsonRun parses and redacts one input. Its buffers are reused from one
// record to the next.
type jsonRun struct {
	r        *Redactor
	src      []byte
	base     int64 // stream offset of src[0], for findings
	validate bool  // check syntax only

	out     []byte
	done    int // src[:done] is accounted for in out
	changed bool
	fs      []Finding
	depth   int
	top     int // start of the current top-level value

	errAt  int
	errMsg string

	line int // start of the line being parsed

	keys map[string]jsonCtx // what each key seen so far names

	unesc []byte // unescaped string contents
	from  []int  // source offset of each byte of unesc, and the end
	ms    []match
	tmp   []byte
}

func (p *jsonRun) reset(src []byte, base int64) {
	p.src, p.base = src, base
	p.out, p.done, p.changed = p.out[:0], 0, false
	p.fs = nil
	p.depth, p.top, p.line = 0, 0, 0
	p.errAt, p.errMsg = 0, ""
}

// result returns the redacted input; valid after run returns true with
// changed set.
func (p *jsonRun) result() []byte {
	p.out = append(p.out, p.src[p.done:]...)
	p.done = len(p.src)
	return p.out
}

// run parses and redacts every top-level value.
func (p *jsonRun) run() bool {
	i := p.ws(0)
	for i < len(p.src) {
		p.top = i
		c := p.src[i]
		i = p.value(i, jsonCtx{})
		if i < 0 {
			return false
		}
		if c != '{' && c != '[' && c != '"' && i < len(p.src) && !isWS(p.src[i]) {
			p.fail(i, "invalid character "+quoteChar(p.src[i])+" after top-level value")
			return false
		}
		i = p.ws(i)
	}
	return true
}

// error returns the error run stopped at; line is the number of the
// line src starts on.
func (p *jsonRun) error(line int) *JSONError {
	at := min(p.errAt, len(p.src))
	before := p.src[:at]
	l := line + bytes.Count(before, []byte{'\n'})
	col := at - bytes.LastIndexByte(before, '\n')
	msg := p.errMsg
	if top := line + bytes.Count(p.src[:min(p.top, at)], []byte{'\n'}); top != l {
		msg += fmt.Sprintf(" (in the value that starts at line %d)", top)
	}
	return &JSONError{Line: l, Column: col, Offset: p.base + int64(at), Msg: msg}
}

func (p *jsonRun) fail(at int, msg string) int {
	p.errAt, p.errMsg = at, msg
	return -1
}

func (p *jsonRun) failEOF(what string) int {
	return p.fail(len(p.src), "unexpected end of input "+what)
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	if c >= 0x80 {
		s = fmt.Sprintf(`"\x%02x"`, c)
	}
	return "'" + s[1:len(s)-1] + "'"
}

// ws skips white space, the only place a line can end in JSON.
func (p *jsonRun) ws(i int) int {
	for ; i < len(p.src) && isWS(p.src[i]); i++ {
		if p.src[i] == '\n' {
			p.line = i + 1
		}
	}
	return i
}

// value parses the value at i and returns where it ends, or -1.
func (p *jsonRun) value(i int, c jsonCtx) int {
	if i >= len(p.src) {
		return p.failEOF("looking for a value")
	}
	switch b := p.src[i]; {
	case b == '{':
		return p.object(i, c)
	case b == '[':
		return p.array(i, c)
	case b == '"':
		return p.stringValue(i, c)
	case b == '-' || b >= '0' && b <= '9':
		return p.number(i, c)
	case b == 't':
		return p.literal(i, "true")
	case b == 'f':
		return p.literal(i, "false")
	case b == 'n':
		return p.literal(i, "null")
	default:
		return p.fail(i, "invalid character "+quoteChar(b)+" looking for the start of a value")
	}
}

func (p *jsonRun) literal(i int, word string) int {
	for k := 0; k < len(word); k++ {
		if i+k >= len(p.src) {
			return p.failEOF("in literal " + word)
		}
		if p.src[i+k] != word[k] {
			return p.fail(i+k, "invalid character "+quoteChar(p.src[i+k])+" in literal "+word)
		}
	}
	return i + len(word)
}

func (p *jsonRun) object(i int, c jsonCtx) int {
	if p.depth++; p.depth > maxJSONDepth {
		return p.fail(i, "nested deeper than 10000 levels")
	}
	i = p.ws(i + 1)
	if i < len(p.src) && p.src[i] == '}' {
		p.depth--
		return i + 1
	}
	for {
		if i >= len(p.src) {
			return p.failEOF("in object")
		}
		if p.src[i] != '"' {
			return p.fail(i, "invalid character "+quoteChar(p.src[i])+" looking for the start of an object key")
		}
		var child jsonCtx
		if child, i = p.key(i, c); i < 0 {
			return -1
		}
		i = p.ws(i)
		if i >= len(p.src) {
			return p.failEOF("after object key")
		}
		if p.src[i] != ':' {
			return p.fail(i, "invalid character "+quoteChar(p.src[i])+" after object key")
		}
		if i = p.value(p.ws(i+1), child); i < 0 {
			return -1
		}
		i = p.ws(i)
		if i >= len(p.src) {
			return p.failEOF("in object")
		}
		switch p.src[i] {
		case ',':
			i = p.ws(i + 1)
		case '}':
			p.depth--
			return i + 1
		default:
			return p.fail(i, "invalid character "+quoteChar(p.src[i])+" after object key:value pair")
		}
	}
}

func (p *jsonRun) array(i int, c jsonCtx) int {
	if p.depth++; p.depth > maxJSONDepth {
		return p.fail(i, "nested deeper than 10000 levels")
	}
	i = p.ws(i + 1)
	if i < len(p.src) && p.src[i] == ']' {
		p.depth--
		return i + 1
	}
	for {
		if i = p.value(i, c); i < 0 {
			return -1
		}
		i = p.ws(i)
		if i >= len(p.src) {
			return p.failEOF("in array")
		}
		switch p.src[i] {
		case ',':
			i = p.ws(i + 1)
		case ']':
			p.depth--
			return i + 1
		default:
			return p.fail(i, "invalid character "+quoteChar(p.src[i])+" after array element")
		}
	}
}

// key parses the key at i, redacts what the scanner finds in it, and
// returns the context for the member's value.
func (p *jsonRun) key(i int, c jsonCtx) (jsonCtx, int) {
	cs, ce, esc, end := p.lexString(i)
	if end < 0 || p.validate {
		return c, end
	}
	text := p.content(cs, ce, esc)
	if p.scanString(cs, ce, esc, text) || isRedactionToken(text) || holdsMask(text) {
		return c, end // data, not a field name
	}
	kc, ok := p.keys[string(text)]
	if !ok {
		if k, named := p.r.keyKind(string(text)); named {
			kc = jsonCtx{forced: true, kind: k, reason: "key " + strconv.Quote(string(text))}
		}
		if p.keys == nil || len(p.keys) >= maxKeyCache {
			p.keys = make(map[string]jsonCtx)
		}
		p.keys[string(text)] = kc
	}
	if kc.forced {
		return kc, end
	}
	return c, end
}

// maxKeyCache bounds the keys whose meaning a jsonRun remembers: keys
// repeat from record to record, but a map keyed by identifiers would
// otherwise grow without end.
const maxKeyCache = 1024

func (p *jsonRun) stringValue(i int, c jsonCtx) int {
	cs, ce, esc, end := p.lexString(i)
	if end < 0 || p.validate {
		return end
	}
	text := p.content(cs, ce, esc)
	if !c.forced {
		p.scanString(cs, ce, esc, text)
		return end
	}
	if len(text) == 0 || isRedactionToken(text) || isPlaceholder(text) {
		return end
	}
	v := string(text)
	repl := p.r.ReplaceValue(c.kind, v)
	if repl == v {
		return end // already masked
	}
	p.replace(cs, ce, []byte(repl), false)
	p.fs = append(p.fs, Finding{Kind: c.kind, Start: p.base + int64(cs), End: p.base + int64(ce), Score: 1, Reason: c.reason})
	return end
}

// lexString checks the string whose opening quote is at i. It returns the
// bounds of its contents, whether they hold escapes, and the end of the
// string, or end -1.
func (p *jsonRun) lexString(i int) (cs, ce int, esc bool, end int) {
	src := p.src
	j := i + 1
	for {
		for j < len(src) && src[j] != '"' && src[j] != '\\' && src[j] >= 0x20 {
			j++
		}
		if j >= len(src) {
			return 0, 0, false, p.failEOF("in string literal")
		}
		switch b := src[j]; {
		case b == '"':
			return i + 1, j, esc, j + 1
		case b < 0x20:
			return 0, 0, false, p.fail(j, "invalid character "+quoteChar(b)+" in string literal")
		}
		esc = true
		if j+1 >= len(src) {
			return 0, 0, false, p.failEOF("in string escape code")
		}
		switch src[j+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			j += 2
		case 'u':
			for k := j + 2; k < j+6; k++ {
				if k >= len(src) {
					return 0, 0, false, p.failEOF("in \\u hexadecimal character escape")
				}
				if unhex(src[k]) < 0 {
					return 0, 0, false, p.fail(k, "invalid character "+quoteChar(src[k])+" in \\u hexadecimal character escape")
				}
			}
			j += 6
		default:
			return 0, 0, false, p.fail(j+1, "invalid character "+quoteChar(src[j+1])+" in string escape code")
		}
	}
}

func unhex(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

func hex4(b []byte) rune {
	return unhex(b[0])<<12 | unhex(b[1])<<8 | unhex(b[2])<<4 | unhex(b[3])
}

// content returns the unescaped contents of the string src[cs:ce], and
// with escapes fills p.from. Without escapes it is src[cs:ce] itself.
func (p *jsonRun) content(cs, ce int, esc bool) []byte {
	if !esc {
		return p.src[cs:ce]
	}
	src := p.src
	u, from := p.unesc[:0], p.from[:0]
	add := func(b []byte, at int) {
		u = append(u, b...)
		for range b {
			from = append(from, at)
		}
	}
	for j := cs; j < ce; {
		if src[j] != '\\' {
			k := j + 1
			for k < ce && src[k] != '\\' {
				k++
			}
			u = append(u, src[j:k]...)
			for ; j < k; j++ {
				from = append(from, j)
			}
			continue
		}
		var one [1]byte
		switch src[j+1] {
		case 'b':
			one[0] = '\b'
		case 'f':
			one[0] = '\f'
		case 'n':
			one[0] = '\n'
		case 'r':
			one[0] = '\r'
		case 't':
			one[0] = '\t'
		case 'u':
			r, n := hex4(src[j+2:j+6]), 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if j+12 <= ce && src[j+6] == '\\' && src[j+7] == 'u' {
					r2 = hex4(src[j+8 : j+12])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r, n = d, 12
				} else {
					r = utf8.RuneError
				}
			}
			var rb [utf8.UTFMax]byte
			add(utf8.AppendRune(rb[:0], r), j)
			j += n
			continue
		default: // '"', '\\', '/'
			one[0] = src[j+1]
		}
		add(one[:], j)
		j += 2
	}
	from = append(from, ce)
	p.unesc, p.from = u, from
	return u
}

// srcRange maps the bytes [s, e) of a string's unescaped contents back to
// the source bytes they came from, whole escapes included.
func (p *jsonRun) srcRange(cs int, esc bool, s, e int) (int, int) {
	if !esc {
		return cs + s, cs + e
	}
	j := e
	for j < len(p.from)-1 && p.from[j] == p.from[e-1] {
		j++
	}
	return p.from[s], p.from[j]
}

// hist returns the bytes before src[i] on its line that the scanner may
// read for context and boundaries.
func (p *jsonRun) hist(i int) []byte {
	return p.src[max(p.line, i-histCap):i]
}

// scanString scans the unescaped contents text of the string src[cs:ce]
// and redacts what it finds; it reports whether it found anything.
func (p *jsonRun) scanString(cs, ce int, esc bool, text []byte) bool {
	if len(text) == 0 {
		return false
	}
	w := window{buf: text, hist: p.hist(cs), atEOF: true}
	ms := p.r.detect(&w, p.ms[:0])
	p.ms = ms[:0]
	for _, m := range ms {
		s, e := p.srcRange(cs, esc, m.start, m.end)
		if s < p.done { // cannot happen: matches are disjoint and whole characters
			s = p.done
		}
		p.tmp = p.r.replace(p.tmp[:0], text[m.start:m.end], m.kind)
		p.replace(s, e, p.tmp, false)
		f := p.r.finding(&m, p.base)
		f.Start, f.End = p.base+int64(s), p.base+int64(e)
		p.fs = append(p.fs, f)
	}
	return len(ms) > 0
}

func (p *jsonRun) number(i int, c jsonCtx) int {
	src, j := p.src, i
	if src[j] == '-' {
		j++
	}
	digits := func(what string) bool {
		if j >= len(src) {
			p.failEOF("in numeric literal")
			return false
		}
		if src[j] < '0' || src[j] > '9' {
			p.fail(j, "invalid character "+quoteChar(src[j])+" "+what)
			return false
		}
		for j < len(src) && src[j] >= '0' && src[j] <= '9' {
			j++
		}
		return true
	}
	switch {
	case j < len(src) && src[j] == '0':
		j++
	case !digits("in numeric literal"):
		return -1
	}
	if j < len(src) && src[j] == '.' {
		j++
		if !digits("after decimal point in numeric literal") {
			return -1
		}
	}
	if j < len(src) && (src[j] == 'e' || src[j] == 'E') {
		j++
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if !digits("in exponent of numeric literal") {
			return -1
		}
	}
	if p.validate {
		return j
	}
	num := src[i:j]
	if c.forced {
		p.replace(i, j, []byte(p.r.ReplaceValue(c.kind, string(num))), true)
		p.fs = append(p.fs, Finding{Kind: c.kind, Start: p.base + int64(i), End: p.base + int64(j), Score: 1, Reason: c.reason})
		return j
	}
	w := window{buf: num, hist: p.hist(i), atEOF: true}
	ms := p.r.detect(&w, p.ms[:0])
	p.ms = ms[:0]
	if len(ms) == 0 {
		return j
	}
	p.tmp = p.r.render(p.tmp[:0], num, ms, len(num))
	p.replace(i, j, p.tmp, true)
	for _, m := range ms {
		p.fs = append(p.fs, p.r.finding(&m, p.base+int64(i)))
	}
	return j
}

// replace writes repl, escaped (and quoted if asked), in place of
// src[s:e].
func (p *jsonRun) replace(s, e int, repl []byte, quote bool) {
	if p.out == nil {
		p.out = make([]byte, 0, len(p.src)+len(p.src)/8+64)
	}
	p.out = append(p.out, p.src[p.done:s]...)
	if quote {
		p.out = append(p.out, '"')
	}
	p.out = appendJSONEscaped(p.out, repl)
	if quote {
		p.out = append(p.out, '"')
	}
	p.done = e
	p.changed = true
}

// appendJSONEscaped appends s as the contents of a JSON string. Bytes
// from 0x80 up, valid UTF-8 or not, are kept as they are.
func appendJSONEscaped(out, s []byte) []byte {
	const hexDigits = "0123456789abcdef"
	for _, b := range s {
		switch {
		case b == '"' || b == '\\':
			out = append(out, '\\', b)
		case b >= 0x20:
			out = append(out, b)
		case b == '\n':
			out = append(out, '\\', 'n')
		case b == '\r':
			out = append(out, '\\', 'r')
		case b == '\t':
			out = append(out, '\\', 't')
		case b == '\b':
			out = append(out, '\\', 'b')
		case b == '\f':
			out = append(out, '\\', 'f')
		default:
			out = append(out, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
		}
	}
	return out
}

// holdsMask reports whether s holds a run of four or more mask X's: a key
// that a first pass redacted as data, which must stay data on a second.
func holdsMask(s []byte) bool {
	run, stars := 0, 0
	for _, c := range s {
		if c == 'X' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
		if c == '*' {
			if stars++; stars == 3 {
				return true // "ti****@ptaxis", as payment reports mask an address
			}
		} else {
			stars = 0
		}
	}
	return false
}

// isRedactionToken reports whether s is what Label or Hash mode writes:
// "<KIND>" or "<KIND:" and 12 hex digits ">".
func isRedactionToken(s []byte) bool {
	if len(s) < 3 || s[0] != '<' || s[len(s)-1] != '>' || !chars.IsUpper(s[1]) {
		return false
	}
	i := 1
	for i < len(s) && (chars.IsUpper(s[i]) || s[i] == '_' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == len(s)-1 {
		return true
	}
	if s[i] != ':' || len(s)-1-(i+1) != 12 {
		return false
	}
	for _, c := range s[i+1 : len(s)-1] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
