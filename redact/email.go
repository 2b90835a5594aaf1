package redact

import (
	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/validators"
)

// isLocalChar reports the ASCII characters of an e-mail local part or a
// UPI address's handle owner: letters, digits and . _ % + -.
func isLocalChar(b int) bool {
	switch {
	case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z', b >= '0' && b <= '9':
		return true
	case b == '.', b == '_', b == '%', b == '+', b == '-':
		return true
	}
	return false
}

func isLabelChar(b int) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}

// emailStart reports whether the token at i begins a run of local-part
// characters. Later tokens of the same run were covered when its first
// token was looked at, since the run is read to its end from there.
func (r *Redactor) emailStart(w *window, i int) bool {
	if r.cfg.enabled&(kEmail.mask()|kUPI.mask()) == 0 {
		return false
	}
	j := i - 1
	for k := 0; k < 8 && isLocalChar(w.byteAt(j)); k++ {
		b := w.byteAt(j)
		if chars.IsAlnum(byte(b)) {
			return false
		}
		j--
	}
	b := w.byteAt(j)
	return !isLocalChar(b) && b != '@' // after an '@' is a domain, not an address
}

// email reads an e-mail address or a UPI address starting at i. It
// returns the end of what it matched, or i.
func (r *Redactor) email(w *window, i int, out *[]match) int {
	j := i
	for j-i < maxLocal && isLocalChar(w.byteAt(j)) {
		j++
	}
	if w.byteAt(j) != '@' || w.byteAt(j-1) == '.' {
		return i
	}
	at := j
	// Domain: labels of letters, digits and hyphens joined by single dots.
	j = at + 1
	end, dots, labelStart := at+1, 0, at+1
	for j-at <= maxDomain {
		b := w.byteAt(j)
		if isLabelChar(b) {
			j++
			end = j
			continue
		}
		if b == '.' && j > labelStart && isLabelChar(w.byteAt(j+1)) {
			dots++
			j++
			labelStart = j
			continue
		}
		break
	}
	if w.short || end == at+1 {
		return i
	}
	if allMask(w, at+1, end) || allMask(w, i, at) {
		return i // a masked address: kavach's own output
	}
	if dots == 0 {
		return r.upi(w, i, at, end, out)
	}
	// The top-level domain is letters, at least two.
	tld := 0
	for k := end - 1; k > at; k-- {
		b := w.byteAt(k)
		if b == '.' {
			break
		}
		if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
			return i
		}
		tld++
	}
	if tld < 2 {
		return i
	}
	r.decide(w, i, end, []cand{{kind: kEmail, base: 0.9, evidence: "e-mail address shape"}}, out)
	return end
}

// upi judges local@handle, a handle without a dot.
func (r *Redactor) upi(w *window, i, at, end int, out *[]match) int {
	var buf [maxLocal + 1 + maxDomain + 2]byte
	n := copy(buf[:], w.buf[i:end])
	if validators.UPI(string(buf[:n])) != nil {
		return i
	}
	c := cand{kind: kUPI, base: 0.45, evidence: "UPI address shape, unknown handle"}
	if validators.UPIKnownHandle(string(buf[at-i+1 : n])) {
		c.base, c.evidence = 0.9, "UPI address, known handle"
	} else if digitsOnly(buf[:at-i]) && at-i >= 10 {
		c.base, c.evidence = 0.8, "UPI address on a mobile number"
	}
	r.decide(w, i, end, []cand{c}, out)
	return end
}

func digitsOnly(b []byte) bool {
	for _, c := range b {
		if !chars.IsDigit(c) {
			return false
		}
	}
	return len(b) > 0
}

// allMask reports whether every letter or digit in [i, end) is an 'X' or
// 'x' (and the rest punctuation): text kavach has already masked.
func allMask(w *window, i, end int) bool {
	for k := i; k < end; k++ {
		b := w.buf[k]
		if b != 'X' && b != 'x' && chars.IsAlnum(b) {
			return false
		}
	}
	return true
}
