package redact

import (
	"github.com/kavachpii/kavach/internal/chars"
)

// Byte classes drive the scanner's main loop: most bytes are class none
// and cost one table lookup.
const (
	clsNone  uint8 = iota
	clsDigit       // 0-9
	clsUpper       // A-Z
	clsLower       // a-z
	clsPhone       // '+' and '(' may open a phone number
	clsHigh        // 0xE0 and 0xEF may lead an Indian-script or fullwidth digit or letter
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

// match is a finding inside the scanner: offsets into the window.
type match struct {
	kind       kindID
	start, end int
	score      float64
	reason     string
}

// scan finds the matches in w.buf, appending them to out in order. It
// returns how many bytes of w.buf are decided: all of them at EOF, else up
// to the start of the first candidate that needs bytes beyond buf. With
// limit > 0 it also stops at the first candidate boundary at or after
// limit, so that callers can bound the work done per call.
func (r *Redactor) scan(w *window, out []match, limit int) (int, []match) {
	buf := w.buf
	for i := 0; i < len(buf); {
		cls := byteClass[buf[i]]
		if cls == clsNone {
			i++
			continue
		}
		if limit > 0 && i >= limit {
			w.short = false
			return i, out
		}
		w.short = false
		n := len(out)
		next := r.candidate(w, i, cls, &out)
		if w.short {
			return i, out[:n]
		}
		i = max(next, i+1) // always move on, whatever a matcher returned
	}
	w.short = false
	return len(buf), out
}

// candidate looks at what starts at i and returns where scanning goes on.
func (r *Redactor) candidate(w *window, i int, cls uint8, out *[]match) int {
	switch cls {
	case clsPhone:
		if chars.IsAlnum(w.prevChar(i)) {
			return i + 1
		}
		if end := r.digitChain(w, i, out); end > i {
			return end
		}
		return i + 1
	case clsHigh:
		c, size := w.char(i)
		if !chars.IsAlnum(c) {
			return i + max(size, 1)
		}
	}
	if chars.IsAlnum(w.prevChar(i)) {
		return w.skipToken(i) // inside a longer run: never a candidate
	}
	var t token
	w.readToken(i, &t)
	if w.short {
		return i
	}
	if t.overlong {
		return w.skipToken(i)
	}
	if t.emailish && r.emailStart(w, i) {
		if end := r.email(w, i, out); end > i || w.short {
			return end
		}
	}
	switch {
	case t.lower:
		return t.end // identifiers with letters are written in capitals
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
	lower    bool
	overlong bool
	emailish bool // followed by '@' or by a character an e-mail local part may hold
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
		t.lower = t.lower || chars.IsLower(c)
		t.n++
		j += size
		if t.n > maxToken {
			t.overlong = true
			return
		}
	}
	t.end = j
	switch w.byteAt(j) {
	case '@', '.', '_', '%', '+', '-':
		t.emailish = true
	}
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
}

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
	var ctx ctxWords
	r.collect(w, start, end, &ctx)
	if w.short {
		return
	}
	best, bestScore, bestCtx := -1, -1.0, false
	var bestWord ctxWord
	var bestPos, bestFound bool
	for i, c := range cands {
		if r.cfg.enabled&c.kind.mask() == 0 {
			continue
		}
		info := &kinds[c.kind]
		word, positive, found := ctx.signal(c.kind)
		score := c.base
		switch {
		case found && positive:
			score = max(score, info.withContext)
		case found || c.suspect:
			score *= info.negative
		}
		if score > bestScore || score == bestScore && positive && !bestCtx {
			best, bestScore, bestCtx = i, score, found && positive
			bestWord, bestPos, bestFound = word, positive, found
		}
	}
	if best < 0 || bestScore < r.cfg.minScore {
		return
	}
	c := cands[best]
	reason := c.evidence
	switch {
	case bestFound && bestPos:
		reason += "; context " + quoteWord(bestWord)
	case bestFound:
		reason += "; negative context " + quoteWord(bestWord)
	case c.suspect:
		reason += "; looks like a timestamp"
	default:
		reason += "; no context"
	}
	*out = append(*out, match{kind: c.kind, start: start, end: end, score: bestScore, reason: reason})
}

func quoteWord(w ctxWord) string {
	side := " before"
	if w.after {
		side = " after"
	}
	return "\"" + w.text + "\"" + side
}
