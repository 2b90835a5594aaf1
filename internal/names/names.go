// Package names is a small gazetteer of Indian personal names for kavach's
// scanner: given names, family names, the words that stand between them
// ("Kumar", "Devi", "Kaur") and the names that are also everyday words or
// brands ("Dev", "Sagar", "Ganga"), which need more evidence. Beside them,
// common names from outside India ("Emily", "Tanaka", "Okafor"), which
// Indian companies' customers, staff and visitors carry, are read in
// Latin letters.
//
// The lists were written for kavach from general knowledge of names in
// use across India's regions and communities; they are facts, not a copy
// of any dataset. They are ASCII, lower case, in the spellings people
// type. Lookups fold ASCII case, allocate nothing, and build their sets
// on first use, so importing kavach for other work costs nothing here.
package names

import (
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"
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

	// Names from outside India, as Indian companies' customers, staff
	// and visitors carry them: read in Latin letters only (see
	// buildScript), and with the everyday words among them ambiguous.
	//go:embed intl_given.txt
	intlGivenText string
	//go:embed intl_surnames.txt
	intlSurnameText string
	//go:embed intl_ambiguous.txt
	intlAmbiguousText string
)

// maxLen bounds a name word in bytes; longer words are never names.
const maxLen = 32

type sets struct {
	given, surname, middle, ambiguous map[string]bool
	// intl holds the names of the lists from outside India that India's
	// own lists lack: no skeleton is built from them (see buildScript).
	intl map[string]bool
	// wordSurname holds the family names from outside India that are
	// everyday English words ("Brown", "Price"): after a given name that
	// is one too ("Mark Price"), they make no full name.
	wordSurname map[string]bool
	// known is given and surname together, for Known's one lookup.
	known map[string]bool
	// bloom has two bits set for each given name and family name (see
	// wordHash).
	bloom [bloomBits / 64]uint64
	// longest is the length of the longest given or family name.
	longest int
	// givenOpenings has, for each pair of first letters of a given name,
	// a bit for each letter that comes third (see MayOpenGiven).
	givenOpenings [26 * 26]uint32
}

// bloomBits sizes the filter: with two probes and about ten thousand
// names, about one word in seven hundred that is no name gets past it.
const bloomBits = 1 << 19

// wordHash hashes the ASCII letters of w, case folded; ok is false for a
// word with any other byte.
func wordHash[T string | []byte](w T) (h uint32, ok bool) {
	h = 2166136261
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0, false
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h, true
}

func (s *sets) setBloom(h uint32) {
	a, b := h&(bloomBits-1), ((h>>16)^(h*0x9E3779B1>>16))&(bloomBits-1)
	s.bloom[a/64] |= 1 << (a % 64)
	s.bloom[b/64] |= 1 << (b % 64)
}

func (s *sets) inBloom(h uint32) bool {
	a, b := h&(bloomBits-1), ((h>>16)^(h*0x9E3779B1>>16))&(bloomBits-1)
	return s.bloom[a/64]&(1<<(a%64)) != 0 && s.bloom[b/64]&(1<<(b%64)) != 0
}

// loaded holds the sets once built: load's fast path is one atomic read,
// cheap enough for the scanner to ask at every capitalised word.
var loaded atomic.Pointer[sets]

func load() *sets {
	if s := loaded.Load(); s != nil {
		return s
	}
	return build()
}

var build = sync.OnceValue(func() *sets {
	s := &sets{
		given:       wordSet(givenText),
		surname:     wordSet(surnameText),
		middle:      wordSet(middleText),
		ambiguous:   wordSet(ambiguousText),
		intl:        map[string]bool{},
		wordSurname: map[string]bool{},
	}
	indian := func(w string) bool { return s.given[w] || s.surname[w] || s.middle[w] }
	intlGiven, intlSurname, intlAmbiguous := wordSet(intlGivenText), wordSet(intlSurnameText), wordSet(intlAmbiguousText)
	for _, m := range []map[string]bool{intlGiven, intlSurname} {
		for w := range m {
			if !indian(w) {
				s.intl[w] = true
			}
		}
	}
	for w := range intlAmbiguous {
		if s.intl[w] || !indian(w) {
			s.ambiguous[w] = true // India's lists decide their own names' ambiguity
		}
		if intlSurname[w] && s.intl[w] {
			s.wordSurname[w] = true
		}
	}
	for w := range intlGiven {
		s.given[w] = true
	}
	for w := range intlSurname {
		s.surname[w] = true
	}
	s.known = make(map[string]bool, len(s.given)+len(s.surname))
	for _, m := range []map[string]bool{s.given, s.surname} {
		for w := range m {
			s.known[w] = true
			if h, ok := wordHash([]byte(w)); ok {
				s.setBloom(h)
			}
			s.longest = max(s.longest, len(w))
		}
	}
	for w := range s.given {
		if len(w) >= 3 && isLowerASCII(w[0]) && isLowerASCII(w[1]) && isLowerASCII(w[2]) {
			s.givenOpenings[int(w[0]-'a')*26+int(w[1]-'a')] |= 1 << (w[2] - 'a')
		}
	}
	for _, p := range mizoPrefixes {
		// A Mizo name built as mizoGiven reads it opens with one of these
		// whatever letter comes third: "zo" of "Zoramthanga".
		s.givenOpenings[int(p[0]-'a')*26+int(p[1]-'a')] = 1<<26 - 1
	}
	loaded.Store(s)
	return s
})

func wordSet(text string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(text) {
		m[w] = true
	}
	return m
}

// lookup reports whether word, ASCII case folded, is in m.
func lookup(m map[string]bool, word string) bool {
	if len(word) == 0 || len(word) > maxLen {
		return false
	}
	var buf [maxLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(word)])]
}

// Given reports whether word is a given name ("Rahul", "FATHIMA"),
// listed or built as Mizo names are (see mizoGiven).
func Given(word string) bool {
	s := load()
	return s.mayHold(word) && lookup(s.given, word) || mizoGiven(word)
}

// mayHold reports whether word may be a given or a family name: false
// when the filter (see bloom) says it is neither, which most words that
// are no name learn more cheaply than from the maps.
func (s *sets) mayHold(word string) bool {
	if len(word) > s.longest {
		return false
	}
	h, ok := wordHash(word)
	return !ok || s.inBloom(h) // a word with other bytes is looked up
}

// mizoPrefixes and mizoEndings are the first and last parts of Mizo given
// names, which are compounds: Lal-nun-thari, Zo-ram-thanga,
// Vanlal-ruata. No list holds them all; a word of eight letters or more
// that opens with one of the first and ends with one of the last is one.
var (
	mizoPrefixes = []string{"lal", "vanlal", "zo", "mal"}
	mizoEndings  = []string{
		"puia", "puii", "zuala", "zuali", "mawia", "mawii", "sanga", "sangi", "thanga", "thangi", "ruata",
		"ruati", "thari", "awma", "awmi", "liana", "kima", "tluanga", "hima", "fela", "ziri", "hluna",
		"siama", "siami", "dinga", "hawla", "chhana", "chhani", "hlua", "tei",
	}
)

// mizoGiven reports whether word, of ASCII letters in any case, is built
// as a Mizo given name (see mizoEndings). It allocates nothing.
func mizoGiven[T string | []byte](word T) bool {
	if len(word) < 8 || len(word) > maxLen || !mayOpenMizo(word) {
		return false
	}
	var buf [maxLen]byte
	for i := 0; i < len(word); i++ {
		c := word[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		buf[i] = c
	}
	w := buf[:len(word)]
	opens := false
	for _, p := range mizoPrefixes {
		if hasPrefix(w, p) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for _, e := range mizoEndings {
		if len(w)-len(e) >= 4 && hasPrefix(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
}

func hasPrefix(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if b[i] != p[i] {
			return false
		}
	}
	return true
}

// Surname reports whether word is a family name ("Sharma", "Beevi").
func Surname(word string) bool {
	s := load()
	return s.mayHold(word) && lookup(s.surname, word)
}

// FromAbroad reports whether word is a name of the lists from outside
// India that India's own lists lack ("Gomez", "Tanaka"): a caller may ask
// more of it, as a known given name before it, where a word the
// gazetteer lacks (OCR's noise, say) would make a name with an Indian
// family name ("Kevizo Hazarika").
func FromAbroad(word string) bool { return lookup(load().intl, word) }

// WordSurname reports whether word is a family name from outside India
// that is also an everyday English word ("Brown", "Price", "King"): after
// a given name that is an everyday word too, it makes no full name
// ("Mark Price", "Grant Park").
func WordSurname(word string) bool { return lookup(load().wordSurname, word) }

// Middle reports whether word stands between a given name and a family
// name, or after a given name as its second part ("Kumar", "Kaur").
func Middle(word string) bool { return lookup(load().middle, word) }

// Ambiguous reports whether word is a name that is also an everyday word,
// a deity, a river or a brand ("Dev", "Ganga", "Usha"): alone it says
// little.
func Ambiguous(word string) bool { return lookup(load().ambiguous, word) }

// MaybeName is a quick filter before Given and Surname, for a word of
// ASCII letters in any case: false means both are false; true, almost
// always, that one is true. It reads the word once and allocates nothing.
func MaybeName(word []byte) bool {
	mizo, maybe := load().filter(word)
	return mizo || maybe
}

// filter is MaybeName's test: mizo for a Mizo given name, built as they
// are (see mizoGiven), maybe for a word of letters that the filter lets
// by.
func (s *sets) filter(word []byte) (mizo, maybe bool) {
	if len(word) < 2 {
		return false, false
	}
	if len(word) >= 8 && mayOpenMizo(word) && mizoGiven(word) {
		return true, false
	}
	if len(word) > s.longest || len(word) > maxLen {
		return false, false // "DocumentService": longer than any name, not hashed
	}
	h, ok := wordHash(word)
	return false, ok && s.inBloom(h)
}

// Known reports whether word, ASCII letters in any case, is a given or a
// family name: MaybeName(word) && (Given(w) || Surname(w)) for w :=
// string(word), with one hash and one lookup, and no allocation. The
// scanner asks it at capitalised words.
func Known(word []byte) bool {
	s := load()
	mizo, maybe := s.filter(word)
	if !maybe {
		return mizo
	}
	var buf [maxLen]byte
	for i, c := range word {
		buf[i] = c | 0x20 // wordHash saw letters only
	}
	return s.known[string(buf[:len(word)])]
}

// GivenOpenings returns the table MayOpenGiven reads, for a caller that
// asks it in a loop: bit c-'a' of entry (a-'a')*26+(b-'a') is set when
// a, b and c open a listed given name, or may open a built Mizo name.
func GivenOpenings() *[26 * 26]uint32 { return &load().givenOpenings }

// MayOpenGiven reports whether a, b and c, lower-case ASCII letters, open
// a given name of the lists: a table's look, cheaper than hashing a word,
// that rules out about half the words of prose. The first two letters of
// a built Mizo name (see mizoGiven) pass whatever comes third.
func MayOpenGiven(a, b, c byte) bool {
	if !isLowerASCII(a) || !isLowerASCII(b) || !isLowerASCII(c) {
		return false
	}
	return load().givenOpenings[int(a-'a')*26+int(b-'a')]&(1<<(c-'a')) != 0
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// mayOpenMizo is mizoGiven's quick test: a word opening "lal", "van",
// "zo" or "mal", in any case.
func mayOpenMizo[T string | []byte](word T) bool {
	a, b := word[0]|0x20, word[1]|0x20
	return a == 'l' && b == 'a' || a == 'v' && b == 'a' || a == 'z' && b == 'o' || a == 'm' && b == 'a'
}

// Load builds the sets, the Latin ones and their skeletons for the Indian
// scripts, now rather than on first use, so that a caller can pay for them
// at set-up time (kavach's New does, when it reads names) and a first
// call of the scanner allocates nothing.
func Load() {
	load()
	buildScript()
}
