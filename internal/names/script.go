package names

import (
	"strings"
	"sync"
)

// Names written in an Indian script are looked up in the same lists as
// names in Latin letters, through a skeleton both spellings share: "सुनीता
// देवी", "সুনীতা দেবী" and "Sunita Devi" all become "sunit tevi". The nine
// Brahmic scripts of Unicode's U+0900–U+0D7F lay out their letters at the
// same offsets in their 128-character blocks (they descend from ISCII), so
// one table reads them all.
//
// The skeleton keeps what every spelling writes and drops what spellings
// disagree on:
//   - the vowel a, long or short, and the vowel a script's consonant
//     carries when no sign follows it ("Rajkumar" and राजकुमार, which
//     spells ra-ja-ku-ma-ra, meet as "rjkumr"): romanisations write it
//     or not by region;
//   - vowel length (ee, i, ī), aspiration (kh, k), retroflexion (ṭ, t),
//     and voicing (g, k), which Tamil's script does not mark;
//   - the letters Bengali, Assamese and Odia share between b and v ("Bikash",
//     "Vikas"), and y and j ("Jashoda", "Yashoda");
//   - doubled consonants, and a nasal's place (anusvara, n, m before p).

// skeletonMax bounds a skeleton in bytes; longer words are never names.
const skeletonMax = 32

// Letter classes of the skeleton. Vowels i, u, e, o, r (the vocalic r of
// "Krishna") and consonants are written as ASCII letters; 0 is dropped.
var scriptLetters = func() (t [128]string) {
	set := func(s string, offs ...int) {
		for _, o := range offs {
			t[o] = s
		}
	}
	set("n", 0x01, 0x02)                                                       // candrabindu, anusvara
	set("i", 0x07, 0x08, 0x3F, 0x40)                                           // इ ई ि ी
	set("u", 0x09, 0x0A, 0x41, 0x42)                                           // उ ऊ ु ू
	set("ri", 0x0B, 0x43, 0x60, 0x44)                                          // ऋ ृ
	set("e", 0x0D, 0x0E, 0x0F, 0x10, 0x45, 0x46, 0x47, 0x48, 0x56)             // ए ऐ े ै, Telugu's ai length mark
	set("o", 0x11, 0x12, 0x13, 0x14, 0x49, 0x4A, 0x4B, 0x4C, 0x57)             // ओ औ ो ौ, the au length mark (ௗ)
	set("k", 0x15, 0x16, 0x17, 0x18, 0x58, 0x59, 0x5A)                         // क ख ग घ, क़ ख़ ग़
	set("n", 0x19, 0x1E, 0x23, 0x28, 0x29)                                     // ङ ञ ण न ऩ
	set("s", 0x1A, 0x1B, 0x36, 0x37, 0x38)                                     // च छ श ष स
	set("j", 0x1C, 0x1D, 0x2F, 0x5B, 0x5F)                                     // ज झ य ज़ य़
	set("t", 0x1F, 0x20, 0x21, 0x22, 0x24, 0x25, 0x26, 0x27, 0x5C, 0x5D, 0x4E) // ट ठ ड ढ त थ द ध ड़ ढ़, ৎ
	set("p", 0x2A, 0x2B, 0x2C, 0x2D, 0x35, 0x5E)                               // प फ ब भ व फ़
	set("m", 0x2E)                                                             // म
	set("r", 0x30, 0x31)                                                       // र ऱ
	set("l", 0x32, 0x33, 0x34)                                                 // ल ळ ऴ
	set("h", 0x39)                                                             // ह
	return t
}()

// Marks with a role of their own.
const (
	offVirama = 0x4D // no vowel after the consonant
	offNukta  = 0x3C
)

// isScriptConsonant reports an offset that holds a consonant.
func isScriptConsonant(o int) bool {
	return o >= 0x15 && o <= 0x39 || o >= 0x58 && o <= 0x5F || o == 0x4E
}

// Skeleton writes into dst the skeleton of word, a word in one of the
// nine Brahmic scripts (Devanagari to Malayalam), and reports whether
// word was one: every rune a letter or mark of a single script block,
// Malayalam's chillu letters, Assamese's ra and wa and Odia's wa included.
func Skeleton(word []byte, dst []byte) ([]byte, bool) {
	dst = dst[:0]
	block := rune(-1)
	prev := -1 // the offset of the rune before
	for i := 0; i < len(word); i += 3 {
		// U+0900–U+0D7F are three bytes, E0 A4 80 to E0 B5 BF.
		if i+3 > len(word) || word[i] != 0xE0 || word[i+1] < 0xA4 || word[i+1] > 0xB5 || word[i+2]&0xC0 != 0x80 {
			return dst, false
		}
		r := rune(word[i+1]&0x3F)<<6 | rune(word[i+2]&0x3F)
		b := (r - 0x0900) &^ 0x7F
		if block >= 0 && b != block {
			return dst, false
		}
		block = b
		o := int(r & 0x7F)
		var s string
		switch {
		case o >= 0x66 && o <= 0x6F:
			return dst, false // a digit
		case block == 0x0400 && o >= 0x7A && o <= 0x7F: // Malayalam's chillus: ൺ ൻ ർ ൽ ൾ ൿ
			s = [...]string{"n", "n", "r", "l", "l", "k"}[o-0x7A]
		case block == 0x0080 && o == 0x70: // Assamese ৰ
			s = "r"
		case block == 0x0080 && o == 0x71, block == 0x0200 && o == 0x71: // Assamese ৱ, Odia ୱ ("ବିଶ୍ୱଜିତ", Biswajit)
			s = "p"
		case block == 0x0100 && o == 0x70: // Gurmukhi's tippi, a nasal
			s = "n"
		case o == 0x39 && prev == offVirama:
			// ह after a virama aspirates the consonant before it, as "h"
			// after a consonant does in Latin letters (see LatinSkeleton):
			// "चव्हाण" (Chavan), "म्हात्रे" (Mhatre)
		default:
			s = scriptLetters[o]
		}
		if len(dst)+len(s) > skeletonMax {
			return dst, false
		}
		dst = appendSkeleton(dst, s)
		prev = o
	}
	return dst, block >= 0 && len(dst) > 0
}

// appendSkeleton appends s to a skeleton, folding a doubled consonant
// ("pp", and "ttr" of "Chittaranjan") and a nasal before p into one.
func appendSkeleton(dst []byte, s string) []byte {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if n := len(dst); n > 0 {
			prev := dst[n-1]
			if c == prev && !isSkeletonVowel(c) {
				continue
			}
			if c == 'p' && prev == 'm' {
				dst[n-1] = 'n'
			}
		}
		dst = append(dst, c)
	}
	return dst
}

func isSkeletonVowel(c byte) bool { return c == 'i' || c == 'u' || c == 'e' || c == 'o' }

// LatinSkeleton writes into dst the skeleton of a name in lower-case
// ASCII letters, as Skeleton writes a name in an Indian script: "sunita"
// becomes "sunit", "devi" "tepi".
func LatinSkeleton(word string, dst []byte) []byte {
	dst = dst[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		next := byte(0)
		if i+1 < len(word) {
			next = word[i+1]
		}
		var s string
		switch c {
		case 'a':
			switch next {
			case 'i':
				s, i = "e", i+1 // "vaishali", as ै
			case 'u':
				s, i = "o", i+1 // "gaurav", as ौ
			}
		case 'e':
			s = "e"
			if next == 'e' {
				s, i = "i", i+1 // "sudeep"
			}
		case 'i':
			s = "i"
		case 'o':
			s = "o"
			switch next {
			case 'o':
				s, i = "u", i+1 // "poonam"
			case 'u':
				i++ // "moumita", "sourav": Bengali's ৌ, as "au"
			}
		case 'u':
			s = "u"
		case 'k', 'g', 'q':
			s = "k"
		case 'c':
			s = "s" // "chandra"
			if next == 'k' {
				s, i = "k", i+1
			}
		case 's':
			s = "s"
		case 'j', 'y':
			s = "j" // "priya", "vijay", as य
			if c == 'y' && next == 0 && i > 0 && !isLatinVowel(word[i-1]) {
				s = "i" // "mohanty", "ramasamy": a last y after a consonant, as ि
			}
		case 'z':
			s = "j"
			if next == 'h' {
				s, i = "l", i+1 // Tamil's ழ: "azhagu"
			}
		case 't', 'd':
			s = "t"
		case 'p', 'b', 'v', 'w', 'f':
			s = "p"
		case 'x':
			s = "ks"
		case 'n', 'm', 'r', 'l':
			s = word[i : i+1]
		case 'h':
			if i == 0 || isLatinVowel(word[i-1]) {
				s = "h" // "harish", "mohan"
			} // else aspiration or a digraph: kh, sh, th
		}
		dst = appendSkeleton(dst, s)
	}
	return dst
}

// LatinSkeletonVariants calls each with the other skeletons a name's
// spellings in the scripts take, beside LatinSkeleton's:
//   - a last "ngh" is the nasal and ह in "सिंह" (Singh), where LatinSkeleton
//     reads the nasal and घ of "সংঘ" (Sangh);
//   - "ai" is ā and य as often as ै: "गायकवाड" (Gaikwad), and ā and ই:
//     "ସ୍ୱାଇଁ" (Swain);
//   - a last "er" after a consonant is often the vowel a script's consonant
//     carries: "ਜਸਵਿੰਦਰ" (Jaswinder);
//   - so is an "e" before "r" and a consonant: "মুখার্জি" (Mukherjee);
//   - "ia" is written with य, after the i or for it: "பாண்டியன்" (Pandian),
//     "കുര്യൻ" (Kurian);
//   - a last "ao" is "āvu" in Telugu: "రావు" (Rao), and "āv" in Kannada
//     and Devanagari: "ರಾವ್", "राव";
//   - a last "eph" loses its e: "ജോസഫ്" (Joseph), and a last "ew" after a
//     consonant is "yu": "മാത്യു" (Mathew);
//   - Tamil writes "ksh" as ட்ச, a u before m: "லட்சுமி" (Lakshmi).
//
// The slice each receives is only valid during the call.
func LatinSkeletonVariants(word string, each func(variant []byte)) {
	var buf [2 * skeletonMax]byte
	if len(word) >= 4 && word[len(word)-3:] == "ngh" {
		k := LatinSkeleton(word[:len(word)-2], buf[:0])
		each(appendSkeleton(k, "h"))
	}
	if strings.Contains(word, "ai") {
		each(LatinSkeleton(strings.ReplaceAll(word, "ai", "ay"), buf[:0]))
		each(LatinSkeleton(strings.ReplaceAll(word, "ai", "a-i"), buf[:0])) // '-' keeps the a and the i apart
	}
	if n := len(word); n >= 6 && word[n-2:] == "er" && !isLatinVowel(word[n-3]) {
		each(LatinSkeleton(word[:n-2]+"r", buf[:0]))
	}
	if k := strings.Index(word, "er"); k > 0 && k+2 < len(word) && !isLatinVowel(word[k+2]) && !isLatinVowel(word[k-1]) {
		each(LatinSkeleton(word[:k]+word[k+1:], buf[:0])) // "মুখার্জি" (Mukherjee), "वर्मा" (Verma)
	}
	if strings.Contains(word, "ia") {
		each(LatinSkeleton(strings.ReplaceAll(word, "ia", "iya"), buf[:0])) // "பாண்டியன்" (Pandian)
		each(LatinSkeleton(strings.ReplaceAll(word, "ia", "ya"), buf[:0]))  // "കുര്യൻ" (Kurian)
	}
	if n := len(word); n >= 3 && word[n-2:] == "ao" {
		each(LatinSkeleton(word[:n-1]+"vu", buf[:0])) // "రావు" (Rao)
		each(LatinSkeleton(word[:n-1]+"v", buf[:0]))  // "ರಾವ್", "राव" (Rao)
	}
	if strings.Contains(word, "ksh") {
		// Tamil writes ksh as ட்ச, and puts a u between it and m:
		// "மீனாட்சி" (Meenakshi), "லட்சுமி" (Lakshmi)
		each(LatinSkeleton(strings.ReplaceAll(strings.ReplaceAll(word, "kshm", "tchum"), "ksh", "tch"), buf[:0]))
	}
	if n := len(word); n >= 5 && word[n-2:] == "ew" && !isLatinVowel(word[n-3]) {
		each(LatinSkeleton(word[:n-2]+"yu", buf[:0])) // "മാത്യു" (Mathew)
	}
	if n := len(word); n >= 5 && word[n-3:] == "eph" {
		each(LatinSkeleton(word[:n-3]+"ph", buf[:0])) // "ജോസഫ്" (Joseph): the e unwritten
	}
}

func isLatinVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// TamilClusterVariant writes into dst the skeleton k, of a word in the
// Tamil script, without the vowel i that Tamil writes between a consonant
// and r, which it cannot join: "பிரியா" (pi-ri-yā, Priya), "ராஜேந்திரன்"
// (Rajendran), "சுப்பிரமணியன்" (Subramanian). ok is false when k has no
// such i.
func TamilClusterVariant(k []byte, dst []byte) (variant []byte, ok bool) {
	dst = dst[:0]
	for j := 0; j < len(k); j++ {
		if k[j] == 'i' && j > 0 && j+1 < len(k) && k[j+1] == 'r' && !isSkeletonVowel(k[j-1]) {
			ok = true
			continue
		}
		dst = append(dst, k[j])
	}
	return dst, ok
}

// YaPhalaVariant writes into dst the skeleton of word, a word in the
// Bengali script, without the ya-phala, the ya a virama joins to the
// consonant before it: Bengali says it as a vowel or a doubled
// consonant, and romanisations leave it out ("চ্যাটার্জী", Chatterjee;
// "ব্যানার্জী", Banerjee), though not always ("আদিত্য", Aditya: the
// skeleton with it is looked up first). ok is false when word has no
// ya-phala.
func YaPhalaVariant(word []byte, dst []byte) (variant []byte, ok bool) {
	var buf [3 * skeletonMax]byte
	n := 0
	for i := 0; i+3 <= len(word); i += 3 {
		// virama U+09CD (E0 A7 8D), then ya U+09AF (E0 A6 AF)
		if i+6 <= len(word) && word[i] == 0xE0 && word[i+1] == 0xA7 && word[i+2] == 0x8D && word[i+3] == 0xE0 && word[i+4] == 0xA6 && word[i+5] == 0xAF {
			ok = true
			i += 3
			continue
		}
		if n+3 > len(buf) {
			return dst[:0], false
		}
		n += copy(buf[n:], word[i:i+3])
	}
	if !ok {
		return dst[:0], false
	}
	v, valid := Skeleton(buf[:n], dst)
	return v, valid
}

// scriptSets maps skeletons to what the Latin lists say of them.
type scriptSets struct {
	given, family map[string]bool
	// shortFamily holds the family names' skeletons of two letters
	// ("pt" of Bhat, "ts" of Das), too short to look up alone.
	shortFamily map[string]bool
	// shortGiven holds the given names' skeletons of one or two letters
	// ("j" of Ajay, "mt" of Mamta), read only before a family name.
	shortGiven map[string]bool
	// ambiguousGiven holds the skeletons of the given names that are
	// everyday words too ("lksmi" of Lakshmi): a name only before a
	// family name.
	ambiguousGiven map[string]bool
}

// englishWordSurnames are the family names of the lists that are
// everyday words in English only (see [Ambiguous]): in a script's
// letters they are no English word, but "ਗਿੱਲ" (Gill), "ମୋରେ"… the
// family name. add reads them for the skeletons the ambiguous list
// would otherwise keep out.
var englishWordSurnames = map[string]bool{
	"gill": true, "dash": true, "butt": true, "gore": true, "kale": true, "lad": true, "lone": true, "mane": true,
	"mate": true, "more": true, "pain": true, "pore": true, "rather": true, "sane": true, "seal": true, "pant": true,
	"bose": true, "cooper": true, "contractor": true,
}

// minSkeleton is the shortest skeleton looked up: shorter ones ("rm" of
// "Ram", "rj" of "Raj") are shared by too many everyday words.
const minSkeleton = 3

var buildScript = sync.OnceValue(func() *scriptSets {
	s := load()
	sk := &scriptSets{given: map[string]bool{}, family: map[string]bool{}, shortFamily: map[string]bool{}, shortGiven: map[string]bool{}, ambiguousGiven: map[string]bool{}}
	var buf [2 * maxLen]byte
	add := func(m map[string]bool, words map[string]bool) {
		for w := range words {
			if s.ambiguous[w] && !englishWordSurnames[w] || s.intl[w] {
				continue // a name from outside India is read in Latin letters only
			}
			if k := LatinSkeleton(w, buf[:0]); len(k) >= minSkeleton && len(k) <= skeletonMax {
				m[string(k)] = true
			}
			LatinSkeletonVariants(w, func(k []byte) {
				if len(k) >= minSkeleton && len(k) <= skeletonMax {
					m[string(k)] = true
				}
			})
		}
	}
	add(sk.given, s.given)
	add(sk.family, s.surname)
	add(sk.family, s.middle)
	for w := range s.surname {
		if k := LatinSkeleton(w, buf[:0]); len(k) == minSkeleton-1 && (!s.ambiguous[w] || englishWordSurnames[w]) && !s.intl[w] {
			sk.shortFamily[string(k)] = true
		}
	}
	for w := range s.given {
		if k := LatinSkeleton(w, buf[:0]); len(k) > 0 && len(k) < minSkeleton && !s.ambiguous[w] && !s.intl[w] {
			sk.shortGiven[string(k)] = true
		}
	}
	for w := range s.ambiguous {
		if k := LatinSkeleton(w, buf[:0]); s.given[w] && !s.intl[w] && len(k) >= minSkeleton && len(k) <= skeletonMax && !sk.given[string(k)] && !sk.family[string(k)] {
			sk.ambiguousGiven[string(k)] = true
		}
	}
	return sk
})

// ScriptName reports whether word, in one of the nine Brahmic scripts,
// spells a given name or a family name (a middle-name word such as देवी
// or कुमार included) of the Latin lists, by their shared skeleton; an
// everyday word that is also a name (see [Ambiguous]) never does.
func ScriptName(word []byte) (given, family bool) {
	var buf [skeletonMax]byte
	k, ok := Skeleton(word, buf[:0])
	if !ok {
		return false, false
	}
	return SkeletonName(k)
}

// ShortFamily reports whether the skeleton k, of two letters, is a
// family name's ("ಭಟ್", Bhat; "দাস", Das): too short to be read alone,
// but a caller may take it after a given name.
func ShortFamily(k []byte) bool {
	return len(k) == minSkeleton-1 && buildScript().shortFamily[string(k)]
}

// ShortGiven reports whether the skeleton k, of one or two letters, is a
// given name's ("j" of Ajay, "mt" of Mamta): far too short to be read
// alone, but a caller may take it before a family name.
func ShortGiven(k []byte) bool {
	return len(k) > 0 && len(k) < minSkeleton && buildScript().shortGiven[string(k)]
}

// AmbiguousGiven reports whether the skeleton k is a given name's that is
// an everyday word too (see [Ambiguous]), and no other name's: "lksmi" of
// Lakshmi, a name before a family name ("ಲಕ್ಷ್ಮೀ ಗೌಡ"), a goddess's before a
// festival ("लक्ष्मी पूजा").
func AmbiguousGiven(k []byte) bool {
	return len(k) >= minSkeleton && buildScript().ambiguousGiven[string(k)]
}

// SkeletonName is ScriptName for a skeleton already spelled (see
// [Skeleton]), for a caller that looks it up elsewhere too.
func SkeletonName(k []byte) (given, family bool) {
	if len(k) < minSkeleton {
		return false, false
	}
	sk := buildScript()
	return sk.given[string(k)], sk.family[string(k)]
}
