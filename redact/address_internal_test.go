package redact

import (
	"strings"
	"testing"
)

// TestMayOpenVillageKnowsVillageWords keeps the main loop's quick test in
// step with villageWords, in title case and in capitals.
func TestMayOpenVillageKnowsVillageWords(t *testing.T) {
	for w := range villageWords {
		for _, word := range []string{strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			buf := []byte(word + " Khed")
			if !mayOpenVillage(buf, 0, len(word)) {
				t.Errorf("mayOpenVillage(%q) = false for the village word %q", word, w)
			}
		}
	}
	if buf := []byte("At/Po Hirehalli"); !mayOpenVillage(buf, 0, 2) {
		t.Errorf("mayOpenVillage(%q) = false", buf)
	}
}
