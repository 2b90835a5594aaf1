package redact

import "testing"

// TestStopWordsSayNothing: a stop word is skipped when context is read,
// so it must not also be a word that speaks for or against a kind.
func TestStopWordsSayNothing(t *testing.T) {
	for _, w := range stopWords {
		e := dictionary[w]
		if e.pos != 0 || e.neg {
			t.Errorf("stop word %q is also a context word (kinds %b, negative %v)", w, e.pos, e.neg)
		}
	}
}
