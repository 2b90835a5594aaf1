package redact

import "bytes"

// IPv6 addresses are read from a hex group that ends in ':' at a word
// boundary: eight groups ("2001:0db8:85a3:0000:0000:8a2e:0370:7334"), or
// fewer with one "::" ("2001:db8::1", "fe80::1ff:fe23:4567:890a"), the
// last two groups optionally an IPv4 address ("::ffff:192.0.2.128" is not
// read: it starts with ':'). Times ("10:45:00") have no "::" and too few
// groups.

const maxIPv6 = 45 // the longest textual IPv6 address

func isHex(b int) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

// looksIPv6 reports, cheaply, whether the run of hex digits, colons and
// dots at i could be an IPv6 address: a "::", seven colons, or six and
// an IPv4 tail. The fast paths use it to leave times and "key:value"
// pairs alone. When it says no, end is where the run ends: no part of the
// run after i can be an address either, having fewer colons and dots.
func looksIPv6(buf []byte, i int) (ok bool, end int) {
	colons, dots, double := 0, 0, false
	for k := i; k < len(buf) && k-i <= maxIPv6; k++ {
		b := buf[k]
		switch {
		case b == ':':
			colons++
			if k+1 < len(buf) && buf[k+1] == ':' {
				double = true
			}
		case b == '.':
			dots++
		case isHex(int(b)):
		default:
			return colons >= 2 && (double || colons == 7 || colons == 6 && dots == 3), k
		}
	}
	return true, i // the run goes on past what we can see: let the full path decide
}

// ipv6 reads an IPv6 address at i and returns its end, or i.
func (r *Redactor) ipv6(w *window, i int, out *[]match) int {
	if r.cfg.enabled&kIPAddress.mask() == 0 {
		return i
	}
	if w.byteAt(i-1) == '%' {
		return i // "%22::1%22": a URL's escaped quote, then "::1"
	}
	pos, groups, double := i, 0, false
	for {
		// A group of one to four hex digits, or an IPv4 address to close.
		k := pos
		for k-pos < 5 && isHex(w.byteAt(k)) {
			k++
		}
		n := k - pos
		if n == 0 || n > 4 {
			if n == 0 && double && w.byteAt(pos-1) == ':' && w.byteAt(pos-2) == ':' {
				break // "fe80::" ends with the double colon
			}
			return i
		}
		if w.byteAt(k) == '.' && isDigitByte(w.byteAt(k+1)) {
			if e := ipv4Tail(w, pos); e > pos {
				groups += 2
				pos = e
				break
			}
			return i
		}
		groups++
		pos = k
		if w.byteAt(pos) != ':' || groups >= 8 {
			break
		}
		if w.byteAt(pos+1) == ':' {
			if double {
				return i
			}
			double = true
			pos += 2
			continue
		}
		pos++
	}
	if w.short || double && groups > 7 || !double && groups != 8 || double && groups == 1 && pos-i < 6 {
		return i // one short group and "::" is a path in code: "Item = A::<…>", "Ab::new"
	}
	if double && !hasDigit(w.buf[i:pos]) {
		return i // hex letters only: "a::b", "E::A(42)", "use a::b::{c, d}" are paths in code
	}
	if b := w.byteAt(pos); isHex(b) || b == ':' || b >= 'g' && b <= 'z' || b >= 'G' && b <= 'Z' {
		return i // runs on into more
	}
	if pos <= len(w.buf) && nobodysIPv6(w.buf[i:pos], r.cfg.keepPrivateIPs) {
		return pos // documentation's "2001:db8::1"; with Options.KeepPrivateIPs "fd12:3456:789a::410", a network's own
	}
	r.decide(w, i, pos, []cand{{kind: kIPAddress, base: 0.6, evidence: "IPv6 address"}}, out)
	return pos
}

// ipv4Tail reads a dotted IPv4 address at pos and returns its end, or pos.
func ipv4Tail(w *window, pos int) int {
	p := pos
	for part := 0; part < 4; part++ {
		if part > 0 {
			if w.byteAt(p) != '.' {
				return pos
			}
			p++
		}
		v, n := 0, 0
		for b := w.byteAt(p); b >= '0' && b <= '9' && n < 4; b = w.byteAt(p) {
			v = v*10 + b - '0'
			n++
			p++
		}
		if n == 0 || n > 3 || v > 255 {
			return pos
		}
	}
	return p
}

// colon looks back from the ':' at c for the hex group an IPv6 address
// would start with, and reads the address from there.
func (r *Redactor) colon(w *window, c int, out *[]match) int {
	if commas, ok := addressLabelBefore(w, c); ok && r.cfg.location {
		if end := r.labelledAddress(w, c, commas, out); end > c+1 || w.short {
			return end
		}
	}
	if r.cfg.person && !r.cfg.noKeys && r.scriptNameLabelBefore(w, c) {
		if end := r.scriptNameAfter(w, c, out); end > c+1 || w.short {
			return end
		}
	}
	if r.cfg.person && !r.cfg.noKeys && w.userKeyBefore(c) {
		if end := r.userHandle(w, c, out); end > c+1 || w.short {
			return end
		}
	}
	if r.cfg.person && !r.cfg.noKeys {
		if p := r.lowerNameStart(w, c); p >= 0 {
			if end := r.lowerName(w, c, p, out); end > c+1 || w.short {
				return end
			}
		}
	}
	g := c
	for c-g < 5 && isHex(w.byteAt(g-1)) {
		g--
	}
	if g == c || c-g > 4 || g < 0 {
		return c + 1
	}
	if p := w.byteAt(g - 1); p == ':' || p == '.' || isAlnumByte(p) {
		return c + 1
	}
	if n := len(*out); n > 0 && (*out)[n-1].end > g {
		return c + 1 // the group belongs to a value already found ("1/1/1900::")
	}
	if end := r.ipv6(w, g, out); end > g {
		return end
	}
	return c + 1
}

// privateIPv6 reports an IPv6 address at i whose first group is a unique
// local one's (fc00::/7) or a link-local one's (fe80::/10): four hex
// digits, as such addresses are written.
func privateIPv6(addr []byte) bool {
	if len(addr) < 5 || addr[4] != ':' {
		return false
	}
	a, b, c := addr[0]|0x20, addr[1]|0x20, addr[2]|0x20
	return a == 'f' && (b == 'c' || b == 'd') || a == 'f' && b == 'e' && c >= '8' && c <= 'b'
}

// nobodysIPv6 reports an IPv6 address that is no one's to hide: one of
// the documentation network, 2001:db8::/32 (RFC 3849), or the loopback
// address; and with keepPrivate a private one (see privateIPv6).
func nobodysIPv6(addr []byte, keepPrivate bool) bool {
	var lb [10]byte
	head := lowerASCII(lb[:], addr[:min(len(addr), len(lb))])
	return bytes.HasPrefix(head, []byte("2001:db8:")) || bytes.HasPrefix(head, []byte("2001:0db8:")) || string(addr) == "::1" ||
		keepPrivate && privateIPv6(addr)
}
