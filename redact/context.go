package redact

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kavachpii/kavach/internal/chars"
)

// ctxEntry is what one dictionary word says: the kinds it supports, and
// whether it marks a look-alike.
type ctxEntry struct {
	pos kindMask
	neg bool
}

// maxWordLen bounds a dictionary word in bytes; longer words in the text
// are never looked up.
const maxWordLen = 64

var dictionary = buildDictionary()

func buildDictionary() map[string]ctxEntry {
	d := make(map[string]ctxEntry)
	add := func(w string, f func(*ctxEntry)) {
		w = strings.ToLower(strings.NewReplacer("\u200c", "", "\u200d", "").Replace(w))
		for _, v := range []string{w, norm.NFC.String(w), norm.NFD.String(w)} {
			if len(v) > maxWordLen {
				panic("redact: context word too long: " + v)
			}
			e := d[v]
			f(&e)
			d[v] = e
		}
	}
	for k, words := range contextWords {
		for _, w := range words {
			add(w, func(e *ctxEntry) { e.pos |= k.mask() })
		}
	}
	for _, w := range negativeWords {
		add(w, func(e *ctxEntry) { e.neg = true })
	}
	return d
}

// ctxWord is one word found near a candidate.
type ctxWord struct {
	entry ctxEntry
	text  string // the dictionary's own string, never the input's
	after bool
}

// maxCtxWords bounds how many words on each side are kept.
const maxCtxWords = 48

// ctxWords holds the dictionary words near one candidate, nearest first
// on each side.
type ctxWords struct {
	before, after []ctxWord
	bbuf, abuf    [maxCtxWords]ctxWord
}

// signal finds the nearest word that speaks for kind k or against it,
// before the candidate first, then after it. Words for other kinds are
// neutral and do not stop the search.
func (c *ctxWords) signal(k kindID) (w ctxWord, positive, found bool) {
	for _, list := range [2][]ctxWord{c.before, c.after} {
		for _, x := range list {
			if x.entry.pos&k.mask() != 0 {
				return x, true, true
			}
			if x.entry.neg {
				return x, false, true
			}
		}
	}
	return ctxWord{}, false, false
}

// collect fills c with the dictionary words within the context window
// around [start, end). It may set w.short when the window after the
// candidate runs past the data in a stream.
func (r *Redactor) collect(w *window, start, end int, c *ctxWords) {
	var buf [MaxContextWindow]byte
	n := r.cfg.window
	lo := max(start-n, -len(w.hist))
	before := buf[:0]
	for i := lo; i < start; i++ {
		before = append(before, byte(w.byteAt(i)))
	}
	c.before = c.bbuf[:0]
	scanWords(before, func(e ctxEntry, s string) {
		if len(c.before) == maxCtxWords {
			copy(c.before, c.before[1:])
			c.before = c.before[:maxCtxWords-1]
		}
		c.before = append(c.before, ctxWord{entry: e, text: s})
	})
	// Nearest first.
	for i, j := 0, len(c.before)-1; i < j; i, j = i+1, j-1 {
		c.before[i], c.before[j] = c.before[j], c.before[i]
	}
	after := buf[:0]
	for i := end; i < end+n; i++ {
		b := w.byteAt(i)
		if b < 0 {
			break
		}
		after = append(after, byte(b))
	}
	c.after = c.abuf[:0]
	scanWords(after, func(e ctxEntry, s string) {
		if len(c.after) < maxCtxWords {
			c.after = append(c.after, ctxWord{entry: e, text: s, after: true})
		}
	})
}

// scanWords splits text into words and calls f, in order, for each one
// found in the dictionary, with the dictionary's copy of the word.
//
// A Latin word is a run of ASCII letters, lower-cased and split at
// camelCase humps ("panNumber" gives "pan" and "number", "PANNumber"
// gives "pan" and "number"); single letters joined by '/' or '.' form one
// word ("a/c" gives "ac", "D.O.B" gives "dob"). Any other word is a run of
// non-ASCII bytes with zero-width joiners removed, ending at ASCII, a
// folded digit, a danda or a no-break space.
func scanWords(text []byte, f func(ctxEntry, string)) {
	var word [maxWordLen]byte
	lookup := func(n int) {
		if n == 0 || n > maxWordLen {
			return
		}
		if e, ok := dictionary[string(word[:n])]; ok {
			f(e, dictKey(word[:n]))
		}
	}
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case isASCIILetter(b) && isJoinedLetter(text, i+1):
			// Single letters joined by '/' or '.': a/c, d.o.b, r/o.
			n := 0
			j := i
			for {
				if n < maxWordLen {
					word[n] = text[j] | 0x20
				}
				n++
				if !isJoinedLetter(text, j+1) {
					j++
					break
				}
				j += 2
			}
			lookup(n)
			i = j
		case isASCIILetter(b):
			n := 0
			j := i
			for j < len(text) && isASCIILetter(text[j]) {
				c := text[j]
				// Split at camelCase humps: before an upper-case letter that
				// follows a lower-case one, or that starts a capitalised word
				// after capitals ("PANNumber").
				if n > 0 && chars.IsUpper(c) && (chars.IsLower(text[j-1]) ||
					j+1 < len(text) && chars.IsLower(text[j+1]) && chars.IsUpper(text[j-1])) {
					lookup(n)
					n = 0
				}
				if n < maxWordLen {
					word[n] = c | 0x20
				}
				n++
				j++
			}
			lookup(n)
			i = j
		case b >= 0x80:
			n := 0
			j := i
			for j < len(text) && text[j] >= 0x80 {
				c, size := chars.Fold(text, j)
				if chars.IsDigit(c) || isWordBreak(text, j) {
					break
				}
				if !isZeroWidthJoiner(text, j) {
					for k := 0; k < size && j+k < len(text); k++ {
						if n < maxWordLen {
							word[n] = text[j+k]
						}
						n++
					}
				}
				j += size
			}
			lookup(n)
			if j == i {
				j++ // a digit or break character: step over it
				if c, size := chars.Fold(text, i); c != 0 || size > 1 {
					j = i + size
				}
			}
			i = j
		default:
			i++
		}
	}
}

// isJoinedLetter reports whether t[i:] is '/' or '.' and then a single
// letter, as in the "/c" of "a/c", and the letter before t[i] stands alone.
func isJoinedLetter(t []byte, i int) bool {
	if i+1 >= len(t) || t[i] != '/' && t[i] != '.' || !isASCIILetter(t[i+1]) {
		return false
	}
	if i >= 2 && isASCIILetter(t[i-2]) {
		return false
	}
	return i+2 == len(t) || !isASCIILetter(t[i+2])
}

func isASCIILetter(b byte) bool { return chars.IsUpper(b) || chars.IsLower(b) }

// isZeroWidthJoiner reports U+200C and U+200D, which Indic text uses
// inconsistently inside words.
func isZeroWidthJoiner(t []byte, i int) bool {
	return i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && (t[i+2] == 0x8C || t[i+2] == 0x8D)
}

// isWordBreak reports the non-ASCII characters that separate words: the
// danda and double danda (U+0964, U+0965), no-break space, and general
// punctuation such as quotes and dashes (U+2000–U+206F) other than the
// zero-width joiners.
func isWordBreak(t []byte, i int) bool {
	switch {
	case i+1 < len(t) && t[i] == 0xC2 && t[i+1] == 0xA0:
		return true
	case i+2 < len(t) && t[i] == 0xE0 && t[i+1] == 0xA5 && (t[i+2] == 0xA4 || t[i+2] == 0xA5):
		return true
	case i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80:
		return t[i+2] != 0x8C && t[i+2] != 0x8D
	}
	return false
}

// dictKeys maps each dictionary word to itself so that a finding's reason
// quotes the dictionary, not the input.
var dictKeys = func() map[string]string {
	m := make(map[string]string, len(dictionary))
	for k := range dictionary {
		m[k] = k
	}
	return m
}()

func dictKey(b []byte) string { return dictKeys[string(b)] }
