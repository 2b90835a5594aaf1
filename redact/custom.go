package redact

import (
	"bytes"
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/kavachpii/kavach/internal/wordset"
)

// The custom layer runs the user's recognizers and deny words over the
// input beside the byte scanner. It sees the input in pieces that depend
// only on the input, never on how a stream was cut: each line, and a line
// longer than segmentLen in pieces of segmentLen bytes that start
// segmentStep bytes apart, so that a match of up to MaxCustomMatch bytes
// lies whole in some piece. A stream therefore finds what String finds.
const (
	segmentStep = MaxCustomMatch
	segmentLen  = 2 * MaxCustomMatch
)

// firstCustom is the kindID of the first kind of the user's own.
const firstCustom = kLocation + 1

// maxCustomKinds bounds the kinds of the user's own: kindID is a byte.
const maxCustomKinds = 255 - int(firstCustom)

// custom is the compiled form of the recognizers, allow and deny lists.
type custom struct {
	names    []Kind // names[i] is kindID(firstCustom + i)
	patterns []customPattern
	deny     *wordset.Set
	denyKind []kindID // by word index
	allow    map[kindID]map[string]struct{}
	window   int
	minScore float64
}

type customPattern struct {
	re *regexp2.Regexp
	// need is a literal every match contains (lower-cased when fold),
	// so that pieces without it skip the regexp engine; empty when the
	// pattern has none that can be proved.
	need     []byte
	fold     bool
	name     string
	score    float64
	kind     kindID
	context  []string // normalised: " loan account "
	validate func([]byte) bool
}

// kindID returns the kindID for k, a built-in or one of the user's own,
// adding it to c.names if new.
func (c *custom) kindID(k Kind) (kindID, error) {
	if k == "" {
		return 0, errors.New("empty kind")
	}
	if id, ok := namedKindID(k); ok {
		return id, nil
	}
	if i := slices.Index(c.names, k); i >= 0 {
		return firstCustom + kindID(i), nil
	}
	if len(c.names) == maxCustomKinds {
		return 0, fmt.Errorf("more than %d kinds of your own", maxCustomKinds)
	}
	for _, r := range k {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return 0, fmt.Errorf("kind %q: use letters, digits, '_', '-' and '.'", k)
		}
	}
	c.names = append(c.names, k)
	return firstCustom + kindID(len(c.names)-1), nil
}

// compileCustom compiles the custom part of o, or returns nil when o has
// none, so that the built-in path pays nothing for it.
func compileCustom(o *Options, window int, minScore float64) (*custom, error) {
	if len(o.Recognizers) == 0 && len(o.Allow) == 0 && len(o.Deny) == 0 {
		return nil, nil
	}
	if o.PatternTimeout < 0 {
		return nil, fmt.Errorf("redact: PatternTimeout %v is negative", o.PatternTimeout)
	}
	timeout := o.PatternTimeout
	if timeout == 0 {
		timeout = DefaultPatternTimeout
	}
	c := &custom{window: window, minScore: minScore}
	var denyWords []string
	addDeny := func(k kindID, words []string) {
		for _, w := range words {
			denyWords = append(denyWords, w)
			c.denyKind = append(c.denyKind, k)
		}
	}
	for i, rec := range o.Recognizers {
		where := fmt.Sprintf("redact: Recognizers[%d]", i)
		k, err := c.kindID(rec.Kind)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", where, err)
		}
		if len(rec.Patterns) == 0 && len(rec.Deny) == 0 {
			return nil, fmt.Errorf("%s (%s): no patterns and no deny words", where, rec.Kind)
		}
		var ctx []string
		for _, w := range rec.Context {
			if n := normaliseWords(w); n != "  " && n != " " {
				ctx = append(ctx, n)
			}
		}
		for j, p := range rec.Patterns {
			pw := fmt.Sprintf("%s (%s).Patterns[%d]", where, rec.Kind, j)
			if p.Score <= 0 || p.Score > 1 {
				return nil, fmt.Errorf("%s: Score %v outside (0, 1]", pw, p.Score)
			}
			re, err := regexp2.Compile(p.Regex, regexp2.None)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", pw, err)
			}
			re.MatchTimeout = timeout
			name := p.Name
			if name == "" {
				name = string(rec.Kind)
			}
			need, fold := requiredLiteral(p.Regex)
			c.patterns = append(c.patterns, customPattern{re: re, need: need, fold: fold, name: name, score: p.Score, kind: k, context: ctx, validate: rec.Validate})
		}
		addDeny(k, rec.Deny)
	}
	for _, kd := range sortedKinds(o.Deny) {
		k, err := c.kindID(kd)
		if err != nil {
			return nil, fmt.Errorf("redact: Deny: %v", err)
		}
		addDeny(k, o.Deny[kd])
	}
	if len(denyWords) > 0 {
		s, err := wordset.New(denyWords, MaxCustomMatch)
		if err != nil {
			return nil, fmt.Errorf("redact: deny list: %v", err)
		}
		c.deny = s
	}
	for _, kd := range sortedKinds(o.Allow) {
		k, err := c.kindID(kd)
		if err != nil {
			return nil, fmt.Errorf("redact: Allow: %v", err)
		}
		for _, v := range o.Allow[kd] {
			cv := string(canonical(nil, []byte(v), k))
			if cv == "" {
				return nil, fmt.Errorf("redact: Allow[%s]: %q has no letter or digit", kd, v)
			}
			if c.allow == nil {
				c.allow = make(map[kindID]map[string]struct{})
			}
			if c.allow[k] == nil {
				c.allow[k] = make(map[string]struct{})
			}
			c.allow[k][cv] = struct{}{}
		}
	}
	return c, nil
}

func sortedKinds(m map[Kind][]string) []Kind {
	ks := make([]Kind, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// allowed reports whether the match v of kind k is on the allow list.
func (c *custom) allowed(v []byte, k kindID) bool {
	set := c.allow[k]
	if set == nil {
		return false
	}
	var cb [512]byte
	_, ok := set[string(canonical(cb[:0], v, k))]
	return ok
}

// customState is what the custom layer carries along a stream.
type customState struct {
	next    int64   // stream offset where the next piece starts
	pending []match // found, not yet emitted; offsets from the stream start
	scanned int64   // stream offset where the byte scanner resumes
	held    []match // the scanner's matches not yet emitted, likewise
	scratch []byte
	runes   []rune
	offs    []int32
	found   []match
	words   []wordset.Match
	lower   []byte
}

// run matches every piece of w.buf that can be decided now, adding what
// it finds to st.pending, and returns how much of w.buf is decided: every
// piece starting before it has been matched.
func (c *custom) run(w *window, base int64, st *customState) int {
	buf := w.buf
	for {
		start := int(st.next - base)
		if start >= len(buf) {
			return len(buf)
		}
		// The piece ends at the line's end or segmentLen bytes on.
		end, nl := start, false
		for end < len(buf) && end-start < segmentLen {
			if buf[end] == '\n' {
				nl = true
				break
			}
			end++
		}
		full := !nl && end-start == segmentLen
		if !nl && !full && !w.atEOF {
			return start // the piece may grow
		}
		// Context after the piece: up to window bytes of its line.
		post := end
		for post < len(buf) && post-end < c.window && buf[post] != '\n' {
			post++
		}
		if post == len(buf) && post-end < c.window && !w.atEOF {
			return start
		}
		c.piece(w, base, start, end, post, st)
		switch {
		case nl:
			st.next = base + int64(end) + 1
		case end == len(buf): // at EOF
			st.next = base + int64(end)
		case buf[end] == '\n':
			st.next = base + int64(end) + 1
		default: // a long line goes on: the next piece overlaps this one
			st.next += segmentStep
		}
	}
}

// piece matches buf[start:end], with buf[end:post] as context after it,
// and appends its matches to st.pending.
func (c *custom) piece(w *window, base int64, start, end, post int, st *customState) {
	// scratch holds the context before (from hist if need be), the piece
	// and the context after, so that every reader sees one slice.
	pre := 0
	for pre < c.window {
		b := w.byteAt(start - pre - 1)
		if b < 0 || b == '\n' {
			break
		}
		pre++
	}
	sc := w.buf[max(start-pre, 0):post]
	if start-pre < 0 { // only a stream's history holds the context before
		sc = st.scratch[:0]
		for i := start - pre; i < 0; i++ {
			sc = append(sc, byte(w.byteAt(i)))
		}
		sc = append(sc, w.buf[:post]...)
		st.scratch = sc
	}
	off := start - pre // scratch index 0 is buf index off
	ps, pe := pre, pre+end-start
	found := st.found[:0]

	if c.deny != nil {
		st.words = c.deny.Append(st.words[:0], sc, ps, pe)
		for _, m := range st.words {
			found = append(found, match{kind: c.denyKind[m.Index], start: m.Start, end: m.End, score: 1, reason: "deny list", layer: layerCustom})
		}
	}
	if len(c.patterns) > 0 && pe > ps {
		var runes []rune
		var offs []int32
		var lower []byte
		for pi := range c.patterns {
			p := &c.patterns[pi]
			if len(p.need) > 0 {
				if !p.fold && !bytes.Contains(sc[ps:pe], p.need) {
					continue
				}
				if p.fold {
					if lower == nil {
						lower = appendLower(st.lower[:0], sc[ps:pe])
						st.lower = lower
					}
					if !bytes.Contains(lower, p.need) {
						continue
					}
				}
			}
			if runes == nil {
				runes, offs = st.runes[:0], st.offs[:0]
				for i := ps; i < pe; {
					r, size := utf8.DecodeRune(sc[i:pe])
					runes = append(runes, r)
					offs = append(offs, int32(i))
					i += size
				}
				offs = append(offs, int32(pe))
				st.runes, st.offs = runes, offs
			}
			m, err := p.re.FindRunesMatch(runes)
			for ; m != nil && err == nil; m, err = p.re.FindNextMatch(m) {
				s, e := int(offs[m.Index]), int(offs[m.Index+m.Length])
				if e == s || e-s > MaxCustomMatch {
					continue
				}
				if p.validate != nil && !p.validate(sc[s:e:e]) {
					continue
				}
				score, reason := p.score, "pattern \""+p.name+"\""
				if word, side := c.contextWord(sc, s, e, p.context); word != "" {
					score = min(1, max(score+0.35, 0.4))
					reason += "; context \"" + word + "\" " + side
				}
				if score < c.minScore {
					continue
				}
				found = append(found, match{kind: p.kind, start: s, end: e, score: score, reason: reason, layer: layerCustom})
			}
			if err != nil {
				// Fail closed: the piece is redacted unchecked.
				found = append(found, match{kind: p.kind, start: ps, end: pe, score: 1,
					reason: "pattern timeout (\"" + p.name + "\"): redacted unchecked", layer: layerCustom})
			}
		}
	}
	slices.SortFunc(found, func(a, b match) int { return a.start - b.start })
	for _, m := range found {
		m.start += off
		m.end += off
		st.pending = addCustom(st.pending, m, base)
	}
	st.found = found[:0]
}

// addCustom adds m (offsets in the buffer at base) to the pending matches
// (stream offsets), which stay ordered and disjoint: a match found again
// in the next overlapping piece is dropped, and one that overlaps another
// is merged with it, so that every byte of both is redacted.
func addCustom(pending []match, m match, base int64) []match {
	// Stream offsets fit an int on the 64-bit machines kavach runs on.
	m.start += int(base)
	m.end += int(base)
	return mergeInto(pending, m)
}

// mergeInto adds m to the ordered, disjoint list ms.
func mergeInto(ms []match, m match) []match {
	i := len(ms)
	for i > 0 && ms[i-1].start > m.start {
		i--
	}
	// m overlaps ms[i-1] or ms[i..]: merge.
	if i > 0 && ms[i-1].end > m.start {
		i--
		ms[i] = union(ms[i], m)
	} else {
		ms = slices.Insert(ms, i, m)
	}
	for i+1 < len(ms) && ms[i+1].start < ms[i].end {
		ms[i] = union(ms[i], ms[i+1])
		ms = slices.Delete(ms, i+1, i+2)
	}
	return ms
}

// union merges two overlapping matches: the span of both, named after
// the surer one, or on equal scores after the higher layer (see layer).
func union(a, b match) match {
	keep := a
	if b.score > a.score || b.score == a.score && b.layer.rank() > a.layer.rank() {
		keep = b
	}
	keep.start, keep.end = min(a.start, b.start), max(a.end, b.end)
	return keep
}

// contextWord returns the first of words (normalised) within the context
// window before sc[s:e] or after it, and the side it was on.
func (c *custom) contextWord(sc []byte, s, e int, words []string) (string, string) {
	if len(words) == 0 {
		return "", ""
	}
	before := normaliseWords(string(sc[max(0, s-c.window):s]))
	for _, w := range words {
		if strings.Contains(before, w) {
			return strings.TrimSpace(w), "before"
		}
	}
	after := normaliseWords(string(sc[e:min(len(sc), e+c.window)]))
	for _, w := range words {
		if strings.Contains(after, w) {
			return strings.TrimSpace(w), "after"
		}
	}
	return "", ""
}

// normaliseWords lower-cases s and writes it as its words separated by
// single spaces, with a space at each end: key names split at '_', '-',
// '.' and lower-to-upper case changes, so "loanAccount_no" reads
// " loan account no ".
func normaliseWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	prevLower, space := false, true
	for _, r := range s {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if !word {
			if !space {
				b.WriteByte(' ')
				space = true
			}
			prevLower = false
			continue
		}
		if prevLower && unicode.IsUpper(r) && !space {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
		prevLower, space = unicode.IsLower(r), false
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// kindName returns the Kind of k, the user's own kinds included.
func (r *Redactor) kindName(k kindID) Kind {
	if k >= firstCustom {
		return r.cfg.custom.names[k-firstCustom]
	}
	return kindName(k)
}

// hasMatchers reports whether c has patterns or deny words to run.
func (c *custom) hasMatchers() bool { return len(c.patterns) > 0 || c.deny != nil }

// dropAllowed removes the matches of allow-listed values from ms, whose
// offsets index buf.
func (c *custom) dropAllowed(buf []byte, ms []match) []match {
	if c.allow == nil {
		return ms
	}
	return slices.DeleteFunc(ms, func(m match) bool { return c.allowed(buf[m.start:m.end], m.kind) })
}

// detect finds the matches in w.buf, a whole input (w.atEOF is set).
func (r *Redactor) detect(w *window, out []match) []match {
	_, out = r.scan(w, out, 0)
	c := r.cfg.custom
	if c == nil {
		return out
	}
	out = c.dropAllowed(w.buf, out)
	if !c.hasMatchers() {
		return out
	}
	var st customState
	c.run(w, 0, &st)
	for _, m := range c.dropAllowed(w.buf, st.pending) {
		out = mergeInto(out, m)
	}
	return out
}

// scanStream is scan for a stream, with the custom layer: it returns how
// much of w.buf is decided and the matches before that.
//
// The two layers decide the input at their own pace. The scanner must not
// resume inside what it read as a whole (a long digit run, say), and the
// custom layer must match whole pieces, so each keeps its own position
// and the matches it found beyond the cut wait, in st.custom, for the
// other layer to catch up.
func (r *Redactor) scanStream(w *window, st *streamState, out []match, limit int) (int, []match) {
	c := r.cfg.custom
	if c == nil {
		return r.scan(w, out, limit)
	}
	if !c.hasMatchers() {
		safe, out := r.scan(w, out, limit)
		return safe, c.dropAllowed(w.buf, out)
	}
	cs := &st.custom
	base := int(st.base)
	w.from = min(int(cs.scanned)-base, len(w.buf))
	safe, out := r.scan(w, out, limit)
	scanShort := w.short
	cs.scanned = st.base + int64(safe)
	for _, m := range c.dropAllowed(w.buf, out) {
		m.start, m.end = m.start+base, m.end+base
		cs.held = append(cs.held, m)
	}
	decided := c.run(w, st.base, cs)
	// Cut where both layers are decided, and never inside a match.
	cut := min(safe, decided)
	for moved := true; moved; {
		moved = false
		for _, ms := range [2][]match{cs.held, cs.pending} {
			for _, m := range ms {
				if s := m.start - base; s < cut && cut < m.end-base {
					cut, moved = s, true
				}
			}
		}
	}
	out = out[:0]
	out, cs.held = takeBefore(out, cs.held, base, cut, nil, nil)
	out, cs.pending = takeBefore(out, cs.pending, base, cut, c, w.buf)
	w.short = !w.atEOF && cut < len(w.buf) && (scanShort || decided < len(w.buf))
	return cut, out
}

// takeBefore moves the matches of ms (stream offsets) that start before
// cut into out (offsets from base), merged with what out holds. With c
// set it drops the allow-listed ones.
func takeBefore(out, ms []match, base, cut int, c *custom, buf []byte) ([]match, []match) {
	n := 0
	for ; n < len(ms) && ms[n].start-base < cut; n++ {
		m := ms[n]
		m.start -= base
		m.end -= base
		if c != nil && c.allowed(buf[m.start:m.end], m.kind) {
			continue
		}
		out = mergeInto(out, m)
	}
	return out, slices.Delete(ms, 0, n)
}

// requiredLiteral returns a literal that every match of the regexp2
// pattern expr contains, lower-cased if it matches case-insensitively,
// or nil when none can be proved. It reads expr with Go's regexp/syntax,
// which parses literals as .NET does; a pattern Go cannot parse
// (look-arounds, back-references) simply has no prefilter.
func requiredLiteral(expr string) ([]byte, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	lit, fold := mustContain(re.Simplify())
	if lit == "" {
		return nil, false
	}
	if fold {
		lit = strings.ToLower(lit)
	}
	return []byte(lit), fold
}

// mustContain returns the longest literal that every match of re
// contains.
func mustContain(re *syntax.Regexp) (string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return string(re.Rune), re.Flags&syntax.FoldCase != 0
	case syntax.OpCapture, syntax.OpPlus:
		return mustContain(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustContain(re.Sub[0])
		}
	case syntax.OpConcat:
		best, fold := "", false
		for _, sub := range re.Sub {
			if l, f := mustContain(sub); len(l) > len(best) {
				best, fold = l, f
			}
		}
		return best, fold
	}
	return "", false
}

// appendLower appends b lower-cased as bytes.ToLower does, without
// allocating once dst has grown.
func appendLower(dst, b []byte) []byte {
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, b[i]) // keep invalid bytes as they are
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += size
	}
	return dst
}
