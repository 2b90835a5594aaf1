// Package wordset finds whole words and phrases from a fixed list in text,
// case-insensitively, with one Aho-Corasick automaton: the cost of a scan
// depends on the text, not on the length of the list, so a deny list of
// 100,000 names costs about what a list of ten does.
//
// # Matching rules
//
// Letters are compared after Unicode simple case folding (an ASCII fast
// path covers the common case; Indian scripts have no case). A match is a
// whole word: the character before it and the one after it must not be a
// letter, a digit or a combining mark, so a Devanagari vowel sign
// continues a word, while '_', punctuation, spaces and invalid UTF-8 end
// one. A run of white space inside a word of the list matches any run of
// horizontal space in the text: tabs and the Unicode space separators
// (' ', U+00A0, U+3000, ...), but never a line break. Invalid UTF-8 in
// the text is never part of a match.
//
// Matches are leftmost-longest and do not overlap: at the leftmost
// position where some word matches, the longest word is taken, and the
// search goes on after it. For "ram" and "ram kumar", the text "Ram
// Kumar" gives one match, "Ram Kumar".
package wordset

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Set is a compiled list of words. It is safe for concurrent use by
// multiple goroutines.
//
// Its automaton is Aho-Corasick's, with one change that makes it faster
// on text: a failure link leads only to a suffix that starts a word, since
// no match can start anywhere else. At its root, the scanner then skips
// the rest of any word that no word of the list begins.
type Set struct {
	// The automaton reads folded UTF-8 bytes. State 0 is the root, whose
	// transitions are the dense table root; every other state s has its
	// edges in ebyte/enext[first[s]:first[s+1]], sorted by byte.
	root  [256]int32
	first []int32
	ebyte []byte
	enext []int32
	fail  []int32
	// emit[s] indexes term with the first state on s's failure chain (s
	// included) that spells a word, or is -1.
	emit []int32
	term []term

	units    []int32 // per word: length in units (runes, a space run counting one)
	maxUnits int
	n        int
	ring     int // ring size for Append, a power of two above maxUnits
	pool     sync.Pool
}

// term is a state that spells a word.
type term struct {
	word int32 // index of the word
	next int32 // the next term on the failure chain, or -1
}

// Match is one occurrence of a word: text[Start:End] matched the word
// words[Index] given to [New] (the first of them, if the list has the same
// word more than once in any case).
type Match struct{ Start, End, Index int }

// New compiles words. Each word is trimmed of surrounding white space and
// must then be non-empty, valid UTF-8 and at most maxLen bytes long;
// otherwise New returns an error naming the word's index. Words that fold
// to the same text share a match, reported with the first one's index.
func New(words []string, maxLen int) (*Set, error) {
	tablesOnce.Do(buildTables)
	// The folded words, one after the other in all.
	type key struct {
		off, end int
		index    int32
	}
	keys := make([]key, len(words))
	s := &Set{n: len(words), units: make([]int32, len(words))}
	var all []byte
	for i, w := range words {
		w = strings.TrimSpace(w)
		switch {
		case w == "":
			return nil, fmt.Errorf("wordset: word %d is empty", i)
		case len(w) > maxLen:
			return nil, fmt.Errorf("wordset: word %d is %d bytes long, more than %d", i, len(w), maxLen)
		case !utf8.ValidString(w):
			return nil, fmt.Errorf("wordset: word %d is not valid UTF-8", i)
		}
		var n int32
		off := len(all)
		all, n = foldWord(all, w)
		keys[i] = key{off, len(all), int32(i)}
		s.units[i] = n
		s.maxUnits = max(s.maxUnits, int(n))
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := bytes.Compare(all[a.off:a.end], all[b.off:b.end]); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})

	// The trie, built in depth-first order from the sorted keys, so that
	// every state's children are made in increasing byte order.
	total := len(all)
	parent := make([]int32, 1, total+1)
	via := make([]byte, 1, total+1)
	// endsGap[v]: the text of v ends with a whole character that is not
	// part of a word, so a match may start right after it.
	endsGap := make([]bool, 1, total+1)
	out := make([]int32, 1, total+1) // the word state s spells, or -1
	out[0] = -1
	var path []int32 // path[d] is the state at depth d+1 of the previous key
	var prev []byte
	for _, k := range keys {
		kf := all[k.off:k.end]
		common := 0
		for common < len(prev) && common < len(kf) && prev[common] == kf[common] {
			common++
		}
		path = path[:common]
		for d := common; d < len(kf); d++ {
			p := int32(0)
			if d > 0 {
				p = path[d-1]
			}
			path = append(path, int32(len(parent)))
			parent = append(parent, p)
			via = append(via, kf[d])
			r, size := utf8.DecodeLastRune(kf[:d+1])
			endsGap = append(endsGap, !(r == utf8.RuneError && size == 1) && !isWord(r))
			out = append(out, -1)
		}
		if t := path[len(kf)-1]; out[t] < 0 {
			out[t] = k.index // the smallest index: keys sort by index last
		}
		prev = kf
	}
	n := len(parent)

	// Edges, grouped by parent (a stable counting sort keeps byte order).
	s.first = make([]int32, n+1)
	for v := 1; v < n; v++ {
		s.first[parent[v]+1]++
	}
	for i := 1; i <= n; i++ {
		s.first[i] += s.first[i-1]
	}
	s.ebyte = make([]byte, n-1)
	s.enext = make([]int32, n-1)
	fill := slices.Clone(s.first[:n])
	for v := 1; v < n; v++ {
		p := parent[v]
		s.ebyte[fill[p]] = via[v]
		s.enext[fill[p]] = int32(v)
		fill[p]++
	}
	for i := s.first[0]; i < s.first[1]; i++ {
		s.root[s.ebyte[i]] = s.enext[i]
	}
	parent, via, fill = nil, nil, nil

	// Failure and output links, breadth first.
	s.fail = make([]int32, n)
	s.emit = make([]int32, n)
	s.emit[0] = -1
	queue := make([]int32, 0, n)
	queue = append(queue, 0)
	for qi := 0; qi < len(queue); qi++ {
		p := queue[qi]
		for e := s.first[p]; e < s.first[p+1]; e++ {
			v, b := s.enext[e], s.ebyte[e]
			f := int32(0)
			if p != 0 {
				f = s.step(s.fail[p], b, endsGap[p])
			}
			s.fail[v] = f
			s.emit[v] = s.emit[f]
			if out[v] >= 0 {
				s.emit[v] = int32(len(s.term))
				s.term = append(s.term, term{word: out[v], next: s.emit[f]})
			}
			queue = append(queue, v)
		}
	}
	s.ring = 1
	for s.ring <= s.maxUnits {
		s.ring <<= 1
	}
	return s, nil
}

// Len returns the number of words given to [New].
func (s *Set) Len() int { return s.n }

// States returns the number of states of the automaton, a measure of its
// memory: about 17 bytes each, and 8 more for each distinct word.
func (s *Set) States() int { return len(s.fail) }

// step returns the state after reading b in state st. At the root, b may
// start a word of the list only if start is set: it begins a character
// and the one before it is not part of a word.
func (s *Set) step(st int32, b byte, start bool) int32 {
	for st != 0 {
		lo, hi := s.first[st], s.first[st+1]
		if hi-lo <= 8 {
			for i := lo; i < hi; i++ {
				if s.ebyte[i] >= b {
					if s.ebyte[i] == b {
						return s.enext[i]
					}
					break
				}
			}
		} else {
			for lo < hi {
				m := int32(uint32(lo+hi) >> 1)
				if s.ebyte[m] < b {
					lo = m + 1
				} else {
					hi = m
				}
			}
			if lo < s.first[st+1] && s.ebyte[lo] == b {
				return s.enext[lo]
			}
		}
		st = s.fail[st]
	}
	if start {
		return s.root[b]
	}
	return 0
}

// scratch is the ring of recent units Append keeps: unit u is at u&mask.
type scratch struct {
	off  []int // byte offset of the unit<<1, | 1 if the character before it ends a word
	cend []int // for a candidate match starting at the unit: its end unit, or -1
	coff []int // its end offset
	cidx []int32
}

func (s *Set) getScratch() *scratch {
	if sc, ok := s.pool.Get().(*scratch); ok {
		return sc
	}
	return &scratch{off: make([]int, s.ring), cend: make([]int, s.ring), coff: make([]int, s.ring), cidx: make([]int32, s.ring)}
}

// Append appends to dst the leftmost-longest, non-overlapping matches
// lying within text[start:end], in order, and returns the extended slice.
// It reads the characters around text[start:end] (the one ending at
// text[start-1] and the one starting at text[end], when inside text) only
// to check word boundaries; a character cut by start or end is never part
// of a match. It panics unless 0 <= start <= end <= len(text).
//
// Append does not allocate when dst has room for the matches (a scratch
// ring of units, sized for the longest word, is reused through a pool).
func (s *Set) Append(dst []Match, text []byte, start, end int) []Match {
	_ = text[start:end]
	if s.n == 0 || start == end {
		return dst
	}
	// A character that starts before start is read as the one before.
	pos := start
	prevWord := false
	if start > 0 {
		i := start
		for i > 0 && i > start-utf8.UTFMax && text[i]&0xC0 == 0x80 {
			i--
		}
		if r, size := utf8.DecodeRune(text[i:]); i < start && i+size > start {
			prevWord, pos = isWord(r), i+size
		} else {
			r, _ := utf8.DecodeLastRune(text[:start])
			prevWord = isWord(r)
		}
	}
	sc := s.getScratch()
	mask := s.ring - 1
	off, cend, coff, cidx := sc.off, sc.cend, sc.coff, sc.cidx
	st := int32(0)
	// Units are the characters the automaton reads, a run of space
	// counting once. Only those after which the automaton is not at its
	// root are numbered and kept: a match holds none of the others.
	u := -1          // the last numbered unit
	f := 0           // the first unit whose candidate is not yet decided
	lastEnd := 0     // candidates starting before this unit overlap a match
	pend := 0        // candidates among units f..u
	inSpace := false // the last character was horizontal space

	for pos < end {
		if st == 0 {
			// At the root, skip the ASCII characters that cannot start a
			// match: those inside a word, and those no word starts with.
			for ; pos < end; pos++ {
				c := text[pos]
				if c >= utf8.RuneSelf {
					break
				}
				cl := asciiClass[c]
				if !prevWord && s.root[asciiFold[c]] != 0 {
					break
				}
				prevWord, inSpace = cl&clWord != 0, cl&clSpace != 0
			}
			if pos == end {
				break
			}
		}
		c := text[pos]
		size := 1
		var cl byte
		var fold [utf8.UTFMax]byte
		nf := 1
		if c < utf8.RuneSelf {
			cl = asciiClass[c]
			fold[0] = asciiFold[c]
		} else {
			var r rune
			r, size = utf8.DecodeRune(text[pos:])
			if pos+size > end {
				break // cut by end: only a boundary
			}
			if r == utf8.RuneError && size == 1 {
				fold[0] = 0xFF // in no word
			} else {
				var fr rune
				fr, cl = classify(r)
				if cl&clSpace != 0 {
					fold[0] = ' '
				} else {
					nf = utf8.EncodeRune(fold[:], fr)
				}
			}
		}
		if cl&clWord == 0 && s.emit[st] >= 0 {
			pend += s.candidates(sc, st, u, pos)
		}
		if cl&clSpace != 0 && inSpace {
			pos++ // a space run goes on; spaces are ASCII or Zs, size 1 only for ASCII
			if c >= utf8.RuneSelf {
				pos += size - 1
			}
			continue
		}
		bnd := !prevWord
		prevWord, inSpace = cl&clWord != 0, cl&clSpace != 0
		if st == 0 {
			if bnd {
				st = s.root[fold[0]]
				for k := 1; k < nf && st != 0; k++ {
					st = s.step(st, fold[k], false)
				}
			}
		} else {
			for k := range nf {
				st = s.step(st, fold[k], bnd && k == 0)
			}
		}
		if st == 0 {
			pos += size
			continue
		}
		u++
		if pend > 0 {
			for ; f < u+1-s.maxUnits; f++ {
				if i := f & mask; cend[i] >= 0 {
					pend--
					if f >= lastEnd {
						dst = append(dst, Match{Start: off[i] >> 1, End: coff[i], Index: int(cidx[i])})
						lastEnd = cend[i]
					}
				}
			}
		} else {
			f = max(f, u+1-s.maxUnits)
		}
		i := u & mask
		off[i] = pos << 1
		if bnd {
			off[i] |= 1
		}
		cend[i] = -1
		pos += size
	}
	// The character at pos (if any) follows the last unit.
	if s.emit[st] >= 0 {
		next := false
		if pos < len(text) {
			r, _ := utf8.DecodeRune(text[pos:])
			next = isWord(r)
		}
		if !next {
			pend += s.candidates(sc, st, u, pos)
		}
	}
	for ; pend > 0 && f <= u; f++ {
		if i := f & mask; cend[i] >= 0 {
			pend--
			if f >= lastEnd {
				dst = append(dst, Match{Start: off[i] >> 1, End: coff[i], Index: int(cidx[i])})
				lastEnd = cend[i]
			}
		}
	}
	s.pool.Put(sc)
	return dst
}

// candidates records the words that end at unit u in state st, the
// character at pos being a boundary: for each start unit, the longest. It
// returns how many units got their first candidate.
func (s *Set) candidates(sc *scratch, st int32, u, pos int) int {
	mask := s.ring - 1
	n := 0
	for t := s.emit[st]; t >= 0; t = s.term[t].next {
		w := s.term[t].word
		i := (u - int(s.units[w]) + 1) & mask
		if sc.off[i]&1 != 0 && sc.cend[i] < u+1 {
			if sc.cend[i] < 0 {
				n++
			}
			sc.cend[i], sc.coff[i], sc.cidx[i] = u+1, pos, w
		}
	}
	return n
}

// Character classes.
const (
	clWord  = 1 << iota // a letter, digit or combining mark
	clSpace             // horizontal white space: tab or a space separator
)

var (
	asciiClass [utf8.RuneSelf]byte
	asciiFold  [256]byte
	// Below tableLimit, the fold and class of a rune come from tables.
	foldTab    []rune
	classTab   []byte
	tablesOnce sync.Once
)

const tableLimit = 0x1000

func init() {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		asciiFold[c] = byte(foldRune(r))
		asciiClass[c] = slowClass(r)
	}
	asciiFold['\t'] = ' ' // a space run is read as one ' '
	for c := utf8.RuneSelf; c < 256; c++ {
		asciiFold[c] = byte(c)
	}
}

func buildTables() {
	foldTab = make([]rune, tableLimit)
	classTab = make([]byte, tableLimit)
	for r := rune(0); r < tableLimit; r++ {
		foldTab[r] = foldRune(r)
		classTab[r] = slowClass(r)
	}
}

// classify returns the folded form and class of r.
func classify(r rune) (rune, byte) {
	if r < tableLimit {
		return foldTab[r], classTab[r]
	}
	return foldRune(r), slowClass(r)
}

func slowClass(r rune) byte {
	var c byte
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		c |= clWord
	}
	if r == '\t' || unicode.Is(unicode.Zs, r) {
		c |= clSpace
	}
	return c
}

// isWord reports whether r continues a word.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clWord != 0
	}
	_, c := classify(r)
	return c&clWord != 0
}

// foldRune returns one member of r's simple case folding orbit, the same
// for all of them: the smallest, in lower case if it is an ASCII letter.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	if 'A' <= m && m <= 'Z' {
		m += 'a' - 'A'
	}
	return m
}

// foldWord appends the folded form of w (valid UTF-8, trimmed) to buf:
// each white-space run becomes one ' '. It returns the length in units.
func foldWord(buf []byte, w string) ([]byte, int32) {
	n := int32(0)
	space := false
	for _, r := range w {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			buf = append(buf, ' ')
			n++
			space = false
		}
		buf = utf8.AppendRune(buf, foldRune(r))
		n++
	}
	return buf, n
}
