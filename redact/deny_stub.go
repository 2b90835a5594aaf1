package redact

import (
	"bytes"
	"errors"
)

// Temporary stand-in for internal/wordset until it lands.
type wsMatch struct{ Start, End, Index int }
type wsSet struct{ words [][]byte }

func wsNew(words []string, maxLen int) (*wsSet, error) {
	s := &wsSet{}
	for _, w := range words {
		if w == "" || len(w) > maxLen {
			return nil, errors.New("bad word")
		}
		s.words = append(s.words, bytes.ToLower([]byte(w)))
	}
	return s, nil
}

func (s *wsSet) Append(dst []wsMatch, text []byte, start, end int) []wsMatch {
	low := bytes.ToLower(text)
	for i := start; i < end; {
		best := -1
		for k, w := range s.words {
			if i+len(w) <= end && bytes.Equal(low[i:i+len(w)], w) && (i == 0 || !isAlnumByte(int(text[i-1]))) && (i+len(w) >= len(text) || !isAlnumByte(int(text[i+len(w)]))) {
				if best < 0 || len(w) > len(s.words[best]) {
					best = k
				}
			}
		}
		if best >= 0 {
			dst = append(dst, wsMatch{i, i + len(s.words[best]), best})
			i += len(s.words[best])
			continue
		}
		i++
	}
	return dst
}
