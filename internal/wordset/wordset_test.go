package wordset

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// find returns the matched texts and indexes, as "text#index".
func find(s *Set, text string, start, end int) []string {
	var out []string
	for _, m := range s.Append(nil, []byte(text), start, end) {
		out = append(out, fmt.Sprintf("%s#%d", text[m.Start:m.End], m.Index))
	}
	return out
}

func TestAppend(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		text  string
		want  []string
	}{
		{"plain", []string{"ram"}, "hello ram!", []string{"ram#0"}},
		{"case", []string{"Priya Nair"}, "PRIYA NAIR and priya nair", []string{"PRIYA NAIR#0", "priya nair#0"}},
		{"inside a word", []string{"ram"}, "program ramp aram", nil},
		{"digit after", []string{"ram"}, "ram2 2ram", nil},
		{"underscore is a boundary", []string{"ram"}, "user_ram_id", []string{"ram#0"}},
		{"punctuation", []string{"ram"}, `"ram",(ram).ram-ram`, []string{"ram#0", "ram#0", "ram#0", "ram#0"}},
		{"both ends of the text", []string{"ram"}, "ram", []string{"ram#0"}},
		{"longest wins", []string{"ram", "ram kumar"}, "ram kumar ram", []string{"ram kumar#1", "ram#0"}},
		{"longest wins, other order", []string{"ram kumar", "ram"}, "Ram Kumar", []string{"Ram Kumar#0"}},
		{"phrase needs its end boundary", []string{"ram", "ram kumar"}, "ram kumari", []string{"ram#0"}},
		{"leftmost wins", []string{"kumar sharma", "ram kumar"}, "ram kumar sharma", []string{"ram kumar#1"}},
		{"leftmost, shorter", []string{"b c d", "a b"}, "a b c d", []string{"a b#1"}},
		{"no overlap", []string{"a b", "b c"}, "a b c", []string{"a b#0"}},
		{"space runs", []string{"ram  kumar"}, "ram\t \tkumar ram kumar", []string{"ram\t \tkumar#0", "ram kumar#0"}},
		{"no-break space", []string{"ram kumar"}, "ram\u00a0kumar", []string{"ram\u00a0kumar#0"}},
		{"no line break", []string{"ram kumar"}, "ram\nkumar", nil},
		{"trimmed words", []string{"  ram \t"}, "ram", []string{"ram#0"}},
		{"duplicates report the first", []string{"Ram", "RAM", "ram"}, "rAm", []string{"rAm#0"}},
		{"Devanagari", []string{"राम"}, "नाम: राम, रामू", []string{"राम#0"}},
		{"vowel sign continues a word", []string{"राम"}, "रामा", nil},
		{"vowel sign before", []string{"राम"}, "ाराम", nil},
		{"Devanagari phrase", []string{"राम कुमार"}, "श्री राम  कुमार जी", []string{"राम  कुमार#0"}},
		{"Greek case", []string{"σοφία"}, "ΣΟΦΊΑ", []string{"ΣΟΦΊΑ#0"}},
		{"final sigma", []string{"ος"}, "ΟΣ", []string{"ΟΣ#0"}},
		{"Kelvin sign", []string{"kumar"}, "\u212aumar", []string{"\u212aumar#0"}},
		{"long s", []string{"sita"}, "\u017fita", []string{"\u017fita#0"}},
		{"fullwidth letters", []string{"ＲＡＭ"}, "ｒａｍ", []string{"ｒａｍ#0"}},
		{"invalid UTF-8 is a boundary", []string{"ram"}, "\xffram\xff", []string{"ram#0"}},
		{"invalid UTF-8 matches no letter", []string{"r\ufffdm"}, "r\xffm r\ufffdm", []string{"r\ufffdm#0"}},
		{"punctuation in a word", []string{"c++"}, "c++ c++x", []string{"c++#0"}},
		{"many words", []string{"asha", "verma", "asha verma", "priya"}, "Asha Verma met priya and asha", []string{"Asha Verma#2", "priya#3", "asha#0"}},
		{"suffix of a longer word", []string{"kumar", "ramkumar"}, "ramkumar kumar", []string{"ramkumar#1", "kumar#0"}},
		{"failure links", []string{"abcd", "bc"}, "abc bc", []string{"bc#1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(tt.words, 256)
			require.NoError(t, err)
			assert.Equal(t, tt.want, find(s, tt.text, 0, len(tt.text)))
			assert.Equal(t, reference(tt.words, []byte(tt.text), 0, len(tt.text)), s.Append(nil, []byte(tt.text), 0, len(tt.text)))
		})
	}
}

func TestBounds(t *testing.T) {
	s, err := New([]string{"ram", "ram kumar", "राम"}, 256)
	require.NoError(t, err)
	text := "xram kumar ram राम"
	tests := []struct {
		start, end int
		want       []string
	}{
		{0, len(text), []string{"ram#0", "राम#2"}},
		{1, len(text), []string{"ram#0", "राम#2"}}, // text[0], outside, is a letter before "ram kumar"
		{2, len(text), []string{"ram#0", "राम#2"}},
		{1, 4, nil}, // "ram" is followed by ' ', but "ram" inside [1,4) is preceded by 'x'
		{11, 14, []string{"ram#0"}},
		{11, 13, nil},            // "ra": the 'm' after is outside
		{15, len(text) - 1, nil}, // the last rune is cut by end
		{16, len(text), nil},     // the first rune is cut by start
		{5, 5, nil},
	}
	for _, tt := range tests {
		got := find(s, text, tt.start, tt.end)
		assert.Equal(t, tt.want, got, "text[%d:%d]", tt.start, tt.end)
		assert.Equal(t, reference([]string{"ram", "ram kumar", "राम"}, []byte(text), tt.start, tt.end),
			s.Append(nil, []byte(text), tt.start, tt.end), "text[%d:%d]", tt.start, tt.end)
	}
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		words []string
		want  string
	}{
		{[]string{"a", " \t"}, "wordset: word 1 is empty"},
		{[]string{""}, "wordset: word 0 is empty"},
		{[]string{"a", "b", "abcdef"}, "wordset: word 2 is 6 bytes long, more than 5"},
		{[]string{"a\xff"}, "wordset: word 0 is not valid UTF-8"},
	}
	for _, tt := range tests {
		_, err := New(tt.words, 5)
		assert.EqualError(t, err, tt.want)
	}
	s, err := New(nil, 5)
	require.NoError(t, err)
	assert.Equal(t, 0, s.Len())
	assert.Empty(t, s.Append(nil, []byte("anything"), 0, 8))
}

func TestLen(t *testing.T) {
	s, err := New([]string{"a", "A", "b"}, 5)
	require.NoError(t, err)
	assert.Equal(t, 3, s.Len())
}

// TestMaxLen checks words as long as maxLen, whose unit count fills the
// ring Append keeps.
func TestMaxLen(t *testing.T) {
	long := strings.Repeat("a", 256)
	words := []string{long, "a", strings.Repeat("a ", 127) + "a"}
	s, err := New(words, 256)
	require.NoError(t, err)
	for _, text := range []string{long, long + " " + long, strings.Repeat("a ", 300), strings.Repeat("a", 300)} {
		assert.Equal(t, reference(words, []byte(text), 0, len(text)), s.Append(nil, []byte(text), 0, len(text)))
	}
}

// reference is the obvious implementation: at each character that starts a
// word, try every word, keep the longest, and go on after it.
func reference(words []string, text []byte, start, end int) []Match {
	type char struct {
		off, size int
		r         rune
		valid     bool
	}
	var cs []char
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		cs = append(cs, char{i, size, r, !(r == utf8.RuneError && size == 1)})
		i += size
	}
	isWord := func(k int) bool {
		c := cs[k]
		return c.valid && (unicode.IsLetter(c.r) || unicode.IsDigit(c.r) || unicode.IsMark(c.r))
	}
	isSpace := func(k int) bool {
		c := cs[k]
		return c.valid && (c.r == '\t' || unicode.Is(unicode.Zs, c.r))
	}
	inside := func(k int) bool { return k < len(cs) && cs[k].off >= start && cs[k].off+cs[k].size <= end }
	// Each word as runes, a white-space run as -1.
	units := make([][]rune, len(words))
	for i, w := range words {
		space := false
		for _, r := range strings.TrimSpace(w) {
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space {
				units[i] = append(units[i], -1)
				space = false
			}
			units[i] = append(units[i], r)
		}
	}
	var out []Match
	for k := 0; k < len(cs); k++ {
		if !inside(k) || k > 0 && isWord(k-1) {
			continue
		}
		best, bestEnd, bestNext := -1, -1, 0
		for wi, w := range units {
			j, ok := k, true
			for _, x := range w {
				if x == -1 {
					n := 0
					for inside(j) && isSpace(j) {
						j++
						n++
					}
					if n == 0 {
						ok = false
						break
					}
					continue
				}
				if !inside(j) || !cs[j].valid || !strings.EqualFold(string(cs[j].r), string(x)) {
					ok = false
					break
				}
				j++
			}
			if !ok || j < len(cs) && isWord(j) {
				continue
			}
			e := len(text)
			if j < len(cs) {
				e = cs[j].off
			}
			if e > bestEnd {
				best, bestEnd, bestNext = wi, e, j
			}
		}
		if best >= 0 {
			out = append(out, Match{cs[k].off, bestEnd, best})
			k = bestNext - 1
		}
	}
	return out
}

func FuzzAppend(f *testing.F) {
	// Each seed: words separated by '|', a text, and the bounds.
	f.Add("ram|ram kumar", "Ram Kumar, ram", 0, 100)          // overlapping words
	f.Add("राम|राम कुमार", "श्री राम  कुमार रामा", 0, 100)    // Devanagari, vowel sign
	f.Add("σοφία|ος", "ΣΟΦΊΑ ΟΣ ος", 0, 100)                  // Greek folding
	f.Add("a b|b c|a", "a b c a\tb", 1, 9)                    // bounds inside the text
	f.Add("r\ufffdm|ram", "r\xffm r\ufffdm \xe0\xa4", 0, 100) // invalid UTF-8
	f.Add("x", "", 0, 0)                                      // empty text
	f.Add("ab|b|abc", "abc ab b", 2, 7)                       // failure links, cut words
	f.Fuzz(func(t *testing.T, list, text string, start, end int) {
		var words []string
		for w := range strings.SplitSeq(list, "|") {
			if w = strings.TrimSpace(w); w != "" && utf8.ValidString(w) && len(w) <= 16 {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return
		}
		start = min(max(start, 0), len(text))
		end = min(max(end, start), len(text))
		s, err := New(words, 16)
		require.NoError(t, err)
		got := s.Append(nil, []byte(text), start, end)
		want := reference(words, []byte(text), start, end)
		require.Equal(t, want, got, "words %q text %q [%d:%d]", words, text, start, end)
	})
}
