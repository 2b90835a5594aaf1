package corpus

import (
	"github.com/kavachpii/kavach/validators"

	"math/bits"
	"math/rand/v2"
	"strconv"
)

// gen is the state of one generation run.
type gen struct {
	p      *rand.PCG // the only source of randomness
	b      []byte
	pii    []Span
	decoys []Span
	deva   bool // write numeric values in Devanagari numerals
	// compact asks for values without spaces (in URLs and CSV cells).
	compact bool
	clk     clock
}

// newGen returns a generator seeded with seed, its buffer sized for size
// bytes.
func newGen(seed int64, size int) *gen {
	s := uint64(seed)
	g := &gen{
		p: rand.NewPCG(s, s^0x9e3779b97f4a7c15),
		b: make([]byte, 0, size+size/64+1024),
	}
	// A clock starting somewhere in November 2026.
	g.clk = clock{y: 2026, mo: 11, d: 1 + g.intn(28), h: g.intn(24), m: g.intn(60), s: g.intn(60)}
	n := size / 100 // about one span per 100 bytes
	g.pii = make([]Span, 0, n)
	g.decoys = make([]Span, 0, n/2)
	return g
}

// --- writing primitives ---

func (g *gen) s(str string) { g.b = append(g.b, str...) }
func (g *gen) c(c byte)     { g.b = append(g.b, c) }

// intn returns a random int in [0, n), n > 0: the high word of a 64×64
// product (Lemire), with a bias below 2⁻⁴⁰ for the small n used here.
func (g *gen) intn(n int) int {
	hi, _ := bits.Mul64(g.p.Uint64(), uint64(n))
	return int(hi)
}

// chance reports true with probability pct percent.
func (g *gen) chance(pct int) bool { return g.intn(100) < pct }

func (g *gen) pick(list []string) string { return list[g.intn(len(list))] }

// num writes v in decimal.
func (g *gen) num(v int) { g.b = strconv.AppendInt(g.b, int64(v), 10) }

// pad writes v in decimal, zero-padded to width digits.
func (g *gen) pad(v, width int) {
	var t [20]byte
	for i := width - 1; i >= 0; i-- {
		t[i] = byte('0' + v%10)
		v /= 10
	}
	g.b = append(g.b, t[:width]...)
}

// digit returns a random ASCII digit.
func (g *gen) digit() byte { return byte('0' + g.intn(10)) }

// digitIn returns a random ASCII digit in [lo, hi].
func (g *gen) digitIn(lo, hi byte) byte { return lo + byte(g.intn(int(hi-lo)+1)) }

// fill sets d to random ASCII digits.
func (g *gen) fill(d []byte) {
	for i := range d {
		d[i] = g.digit()
	}
}

// upper returns a random upper-case ASCII letter.
func (g *gen) upper() byte { return byte('A' + g.intn(26)) }

// upperOf returns a random letter of set.
func (g *gen) upperOf(set string) byte { return set[g.intn(len(set))] }

// grouped writes d in groups of the given sizes separated by sep.
func (g *gen) grouped(d []byte, sep string, sizes ...int) {
	i := 0
	for k, n := range sizes {
		if k > 0 {
			g.s(sep)
		}
		g.b = append(g.b, d[i:i+n]...)
		i += n
	}
}

// hex writes n random lower-case hex digits with no run of five or more
// decimal digits.
func (g *gen) hex(n int) {
	const hexd = "0123456789abcdef"
	run := 0
	for range n {
		c := hexd[g.intn(16)]
		if c <= '9' {
			if run == 4 {
				c = hexd[10+g.intn(6)]
				run = 0
			} else {
				run++
			}
		} else {
			run = 0
		}
		g.c(c)
	}
}

// --- planting ---

// emit writes value id and records its span, with context ctx.
func (g *gen) emit(id int, ctx bool) {
	d := &values[id]
	start := len(g.b)
	form := d.fn(g, ctx)
	if g.deva && d.deva {
		g.toDeva(start)
		form += "-deva"
	}
	sp := Span{Kind: d.kind, Start: start, End: len(g.b), Form: form, Context: ctx}
	if d.decoy {
		g.decoys = append(g.decoys, sp)
	} else {
		g.pii = append(g.pii, sp)
	}
}

// toDeva rewrites the ASCII digits of g.b[start:] as Devanagari numerals.
func (g *gen) toDeva(start int) {
	var t [64]byte
	n := copy(t[:], g.b[start:])
	g.b = g.b[:start]
	for _, c := range t[:n] {
		if c >= '0' && c <= '9' {
			// U+0966 DEVANAGARI DIGIT ZERO is E0 A5 A6.
			g.b = append(g.b, 0xE0, 0xA5, 0xA6+(c-'0'))
		} else {
			g.b = append(g.b, c)
		}
	}
}

// --- clock ---

// clock is the wall time the log lines are written at; it only moves
// forward.
type clock struct{ y, mo, d, h, m, s, ms int }

var monthAbbr = [...]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func daysIn(y, mo int) int {
	switch mo {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// tick advances the clock by a few seconds.
func (g *gen) tick() {
	c := &g.clk
	c.ms = g.intn(1000)
	c.s += g.intn(4)
	if c.s < 60 {
		return
	}
	c.s -= 60
	if c.m++; c.m < 60 {
		return
	}
	c.m = 0
	if c.h++; c.h < 24 {
		return
	}
	c.h = 0
	if c.d++; c.d <= daysIn(c.y, c.mo) {
		return
	}
	c.d = 1
	if c.mo++; c.mo <= 12 {
		return
	}
	c.mo = 1
	c.y++
}

// isoTime writes 2026-11-23T10:45:00.123Z.
func (g *gen) isoTime() {
	c := &g.clk
	g.pad(c.y, 4)
	g.c('-')
	g.pad(c.mo, 2)
	g.c('-')
	g.pad(c.d, 2)
	g.c('T')
	g.pad(c.h, 2)
	g.c(':')
	g.pad(c.m, 2)
	g.c(':')
	g.pad(c.s, 2)
	g.c('.')
	g.pad(c.ms, 3)
	g.c('Z')
}

// logTime writes 2026-11-23 10:45:00,123 (Java/log4j style).
func (g *gen) logTime() {
	c := &g.clk
	g.pad(c.y, 4)
	g.c('-')
	g.pad(c.mo, 2)
	g.c('-')
	g.pad(c.d, 2)
	g.c(' ')
	g.pad(c.h, 2)
	g.c(':')
	g.pad(c.m, 2)
	g.c(':')
	g.pad(c.s, 2)
	g.c(',')
	g.pad(c.ms, 3)
}

// clfTime writes [23/Nov/2026:10:45:00 +0530] (common log format).
func (g *gen) clfTime() {
	c := &g.clk
	g.c('[')
	g.pad(c.d, 2)
	g.c('/')
	g.s(monthAbbr[c.mo])
	g.c('/')
	g.pad(c.y, 4)
	g.c(':')
	g.pad(c.h, 2)
	g.c(':')
	g.pad(c.m, 2)
	g.c(':')
	g.pad(c.s, 2)
	g.s(" +0530]")
}

// chatTime writes [10:45].
func (g *gen) chatTime() {
	g.c('[')
	g.pad(g.clk.h, 2)
	g.c(':')
	g.pad(g.clk.m, 2)
	g.c(']')
}

// --- check digits ---
//
// The arithmetic lives in package validators, in one place; these wrap it
// for the generator's byte slices.

// verhoeffValid reports whether d, check digit last, passes Verhoeff.
func verhoeffValid(d []byte) bool { return validators.Verhoeff(string(d)) }

// verhoeffCheck returns the check digit for payload d.
func verhoeffCheck(d []byte) byte {
	c, err := validators.VerhoeffDigit(string(d))
	if err != nil {
		panic("corpus: " + err.Error())
	}
	return c
}

// luhnValid reports whether d, check digit last, passes Luhn.
func luhnValid(d []byte) bool { return validators.Luhn(string(d)) }

// luhnCheck returns the Luhn check digit for payload d.
func luhnCheck(d []byte) byte {
	buf := append(append(make([]byte, 0, len(d)+1), d...), '0')
	for c := byte('0'); c <= '9'; c++ {
		buf[len(d)] = c
		if validators.Luhn(string(buf)) {
			return c
		}
	}
	panic("corpus: no Luhn check digit")
}

// gstinCheck returns the mod-36 check character for the first 14
// characters of a GSTIN.
func gstinCheck(d []byte) byte {
	c, err := validators.GSTINCheckChar(string(d[:14]))
	if err != nil {
		panic("corpus: " + err.Error())
	}
	return c
}

// isPalindrome reports whether d reads the same backwards.
func isPalindrome(d []byte) bool {
	for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
		if d[i] != d[j] {
			return false
		}
	}
	return true
}

// twoDigits returns the value of the two ASCII digits d[0:2].
func twoDigits(d []byte) int { return int(d[0]-'0')*10 + int(d[1]-'0') }

// looksTimestamp12 reports whether 12 digits read as a plausible
// yyyyMMddHHmm timestamp.
func looksTimestamp12(d []byte) bool {
	y := twoDigits(d)*100 + twoDigits(d[2:])
	mo, dd, h, m := twoDigits(d[4:]), twoDigits(d[6:]), twoDigits(d[8:]), twoDigits(d[10:])
	return y >= 1970 && y <= 2099 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 && h <= 23 && m <= 59
}

// hidesMobile reports whether the digits d are a mobile number with an
// optional 0, 91, 091 or 0091 prefix, whatever its range.
func hidesMobile(d []byte) bool {
	for _, p := range [...]string{"", "0", "91", "091", "0091"} {
		if len(d) == len(p)+10 && string(d[:len(p)]) == p && d[len(p)] >= '6' {
			return true
		}
	}
	return false
}
