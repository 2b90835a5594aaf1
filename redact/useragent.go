package redact

// A browser's user agent fills half of every access-log line
// ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML,
// like Gecko) Chrome/118.0.5993.117 Safari/537.36"), and its capitalised
// words each cost the main loop its tests for a name, a house or a
// building. userAgentRestEnd reads the rest of one after its first
// product in one step, as far as it holds only what no finding can start
// with: products and their versions, and comments of platform words and
// small version numbers. Whatever else it meets (a device's model, a
// long number, an unknown word, buf's end) it leaves to the main loop.

// isUserAgentWord reports the words a user agent's comments hold:
// platforms, processors, engines and languages. (A switch: a map's hash
// cost more than the rest of the comment's reading.)
func isUserAgentWord(b []byte) bool {
	switch string(b) {
	case "Windows", "NT", "Win64", "WOW64", "Win32", "x64", "x86_64", "i686",
		"Macintosh", "Intel", "Mac", "OS", "X", "Linux", "Android",
		"U", "K", "iPhone", "iPad", "iPod", "CPU", "like", "KHTML",
		"Gecko", "X11", "Ubuntu", "Fedora", "CrOS", "compatible", "MSIE",
		"wv", "Mobile", "Tablet", "Touch", "arm64", "aarch64", "armv7l",
		"en", "en-US", "en-us", "en-GB", "en-IN":
		return true
	}
	return false
}

// userAgentRestEnd returns the end of what follows a user agent's product
// and version that ends at p, read as products and comments (see userAgentCommentEnd): p
// itself when nothing does. Each piece it passes is one the main loop
// finds nothing in; each must end before buf does, so that a stream's
// cut never falls inside one.
func (w *window) userAgentRestEnd(p int) int {
	buf := w.buf
	end := p
	for end+1 < len(buf) && buf[end] == ' ' {
		k := end + 1
		switch {
		case buf[k] == '(':
			e := w.userAgentCommentEnd(k)
			if e == k {
				return end
			}
			end = e
		case buf[k] >= 'A' && buf[k] <= 'Z':
			j := k + 1
			for j < len(buf) && isASCIILetter(buf[j]) {
				j++
			}
			if j+1 < len(buf) && buf[j] == '/' && j-k >= 3 {
				e := versionEndIn(buf, j+1, w.atEOF)
				if e <= j+1 || e >= len(buf) {
					return end
				}
				w.visited(j+1, e)
				end = e
				continue
			}
			if j < len(buf) && buf[j] == ' ' && string(buf[k:j]) == "Mobile" {
				end = j // "Mobile Safari/537.36"
				continue
			}
			return end
		default:
			return end
		}
	}
	return end
}

// userAgentCommentEnd returns the end of the comment that opens at the
// '(' at k, after its ')', when it holds only isUserAgentWord's words and small
// version numbers ("10.0", "10_15_7", "rv:109.0") parted by "; ", ", " or
// a space; the start of the first other word, when such items come
// before it; or k.
func (w *window) userAgentCommentEnd(k int) int {
	buf := w.buf
	p := k + 1
	for p < len(buf) {
		q := p
		if buf[q] >= '0' && buf[q] <= '9' || q+3 < len(buf) && buf[q] == 'r' && buf[q+1] == 'v' && buf[q+2] == ':' {
			if buf[q] == 'r' {
				q += 3
			}
			q = smallVersionEnd(buf, q)
			if q == p || q == -1 {
				return k
			}
			w.visited(p, q)
		} else {
			for q < len(buf) && (isAlnumByte(int(buf[q])) || buf[q] == '_' || buf[q] == '-') {
				q++
			}
			if q == p || !isUserAgentWord(buf[p:q]) {
				if p > k+1 {
					return p // "(Linux; Android 14; SM-S918B)": the main loop reads the device's model on
				}
				return k
			}
		}
		if q+1 >= len(buf) {
			return k
		}
		switch {
		case buf[q] == ')':
			return q + 1
		case buf[q] == ' ':
			p = q + 1
		case (buf[q] == ';' || buf[q] == ',') && buf[q+1] == ' ':
			p = q + 2
		default:
			return k
		}
	}
	return k
}

// smallVersionEnd returns the end of a version number at q, one to three
// groups of one to four digits parted by '.' or '_' ("13", "10.0",
// "17_1_2"), a lone group at most two digits long; or -1. Longer numbers,
// or more groups ("117.91.228.143"), may be anyone's.
func smallVersionEnd(buf []byte, q int) int {
	s := q
	groups := 0
	for {
		d := q
		for q < len(buf) && isASCIIDigitByte(buf[q]) {
			q++
		}
		if q == d || q-d > 4 {
			return -1
		}
		groups++
		if groups < 3 && q+1 < len(buf) && (buf[q] == '.' || buf[q] == '_') && isASCIIDigitByte(buf[q+1]) {
			q++
			continue
		}
		break
	}
	if groups == 1 && q-s > 2 || q < len(buf) && isAlnumByte(int(buf[q])) {
		return -1
	}
	return q
}
