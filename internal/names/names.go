// Package names is a gazetteer of Indian personal names for kavach's
// scanner: given names, family names, the words that stand between a
// given name and a family name or follow a given name as its second part
// ("Kumar", "Devi", "Kaur", "Bhai"), and the names that are also everyday
// words, deities, rivers or brands ("Dev", "Sunny", "Ganga", "Tata"),
// which need more evidence before a word is taken for a person.
//
// The lists were written for kavach from general knowledge of the names
// in use across India's regions and communities — the Hindi belt,
// Punjabi and Sikh, Bengali, Odia, Assamese, Marathi, Gujarati,
// Rajasthani, Tamil, Telugu, Kannada, Malayalam, Konkani, the North-East,
// Muslim, Christian, Parsi and Jain names — with the transliterations
// people actually type (mohammed, mohammad, mohd, muhammad; lakshmi,
// laxmi; sreejith, srijith). Names are public-domain facts; no dataset
// was copied. The package is internal to kavach and its lists may change
// at any release.
//
// The Latin lists (given.txt, surnames.txt, middle.txt, ambiguous.txt)
// hold one lower-case ASCII word a line, sorted, apostrophes dropped
// ("dsouza"). devanagari.txt holds Hindi and Marathi spellings, NFC, as
// "<word>\t<given|surname>" lines.
//
// Lookups fold ASCII case, compare Devanagari exactly and allocate
// nothing. The sets are built on first use (or by Load), so a program
// that imports kavach for other work pays nothing for them.
package names

import (
	_ "embed"
	"strings"
	"sync"
)

var (
	//go:embed given.txt
	givenText string
	//go:embed surnames.txt
	surnameText string
	//go:embed middle.txt
	middleText string
	//go:embed ambiguous.txt
	ambiguousText string
	//go:embed devanagari.txt
	devanagariText string
)

const (
	// maxLen bounds a Latin name in bytes; a longer word is never a name.
	maxLen = 32
	// maxDevanagari bounds a Devanagari name in bytes (21 letters of three
	// bytes); a longer word is never a name.
	maxDevanagari = 64
	// bloomBits sizes MaybeGiven's filter (16 KiB). With three probes and
	// about four thousand given names, about one word in 1,500 that is no
	// name gets past it, before the two-letter table has turned most such
	// words away.
	bloomBits = 1 << 17
)

type set = map[string]struct{}

type sets struct {
	given, surname, middle, ambiguous set // Latin, lower case
	devaGiven, devaSurname            set // Devanagari, exact
	// prefix[n][a][b] is true when some given name of n bytes starts with
	// the letters 'a'+a and 'a'+b.
	prefix [maxLen + 1][26][26]bool
	// bloom has three bits set for each Latin given name (see wordHash).
	bloom [bloomBits / 64]uint64
}

var load = sync.OnceValue(build)

func build() *sets {
	s := &sets{
		given:       wordSet(givenText),
		surname:     wordSet(surnameText),
		middle:      wordSet(middleText),
		ambiguous:   wordSet(ambiguousText),
		devaGiven:   set{},
		devaSurname: set{},
	}
	for w := range s.given {
		if h, ok := wordHash(w); ok && len(w) >= 2 && len(w) <= maxLen {
			s.prefix[len(w)][(w[0]|0x20)-'a'][(w[1]|0x20)-'a'] = true
			s.setBloom(h)
		}
	}
	for line := range strings.Lines(devanagariText) {
		word, kind, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		switch kind {
		case "given":
			s.devaGiven[word] = struct{}{}
		case "surname":
			s.devaSurname[word] = struct{}{}
		}
	}
	return s
}

// wordSet reads a list of words, one a line.
func wordSet(text string) set {
	m := make(set, strings.Count(text, "\n")+1)
	for _, w := range strings.Fields(text) {
		m[w] = struct{}{}
	}
	return m
}

// lookup reports whether word is in latin, ASCII case folded, or, when it
// starts with a byte outside ASCII, exactly in deva.
func lookup(latin, deva set, word string) bool {
	n := len(word)
	if n == 0 {
		return false
	}
	if word[0] >= 0x80 {
		if n > maxDevanagari || deva == nil {
			return false
		}
		_, ok := deva[word]
		return ok
	}
	if n > maxLen {
		return false
	}
	var buf [maxLen]byte
	for i := range n {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := latin[string(buf[:n])] // indexing with a converted slice does not allocate
	return ok
}

// Given reports whether word is a given name: "Rahul", "FATHIMA",
// "gurpreet", "राहुल". "Kumar", "Devi", "Bhai" and the like are not given
// names on their own (see Middle).
func Given(word string) bool {
	s := load()
	return lookup(s.given, s.devaGiven, word)
}

// Surname reports whether word is a family name: "Sharma", "Beevi",
// "DSouza" (written without its apostrophe), "शर्मा".
func Surname(word string) bool {
	s := load()
	return lookup(s.surname, s.devaSurname, word)
}

// Middle reports whether word stands between a given name and a family
// name, or after a given name as its second part: "Kumar", "Kaur",
// "Devi", "Bhai", "Prasad". Latin words only.
func Middle(word string) bool { return lookup(load().middle, nil, word) }

// Ambiguous reports whether word is a given name or a surname that is also
// an everyday English or Hindi word, a deity, a river, a place or a brand
// ("Dev", "Sunny", "Ganga", "Usha", "More", "Tata"): alone it says little
// of a person, and a caller should want a surname after it or a cue
// around it. Latin words only.
func Ambiguous(word string) bool { return lookup(load().ambiguous, nil, word) }

// MaybeGiven is a quick filter before Given, for a word in any case: false
// means Given(word) is false; true, almost always, that it is true. It
// reads the word once and allocates nothing. A word that starts with a
// byte outside ASCII (Devanagari) is let through when its length allows
// a name, and left to Given.
func MaybeGiven(word []byte) bool {
	n := len(word)
	if n < 2 {
		return false
	}
	if word[0] >= 0x80 {
		return n <= maxDevanagari
	}
	s := load()
	if !s.hasPrefix(word[0], word[1], n) {
		return false
	}
	h, ok := wordHash(word)
	return ok && s.inBloom(h)
}

// MaybeGivenPrefix is a cheaper filter than MaybeGiven: whether some given
// name of n bytes starts with the ASCII letters first and second, in any
// case. It never says false for a Latin word that Given accepts.
func MaybeGivenPrefix(first, second byte, n int) bool {
	return load().hasPrefix(first, second, n)
}

func (s *sets) hasPrefix(first, second byte, n int) bool {
	a, b := (first|0x20)-'a', (second|0x20)-'a' // wraps past 25 for a byte that is no letter
	return n >= 2 && n <= maxLen && a < 26 && b < 26 && s.prefix[n][a][b]
}

// wordHash is FNV-1a over the ASCII letters of w, case folded; ok is false
// for a word with any other byte.
func wordHash[T string | []byte](w T) (h uint64, ok bool) {
	h = 14695981039346656037
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0, false
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h, true
}

// probes are the filter's three bits for h, by double hashing.
func probes(h uint64) [3]uint32 {
	a, b := uint32(h), uint32(h>>32)|1
	return [3]uint32{a % bloomBits, (a + b) % bloomBits, (a + 2*b) % bloomBits}
}

func (s *sets) setBloom(h uint64) {
	for _, p := range probes(h) {
		s.bloom[p/64] |= 1 << (p % 64)
	}
}

func (s *sets) inBloom(h uint64) bool {
	for _, p := range probes(h) {
		if s.bloom[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

// Load builds the sets now rather than on first use, so that a caller can
// pay for them at set-up time (kavach's New does, when it reads names).
func Load() { load() }
