package redact

import "testing"

// TestHonorificFilter keeps mayFollowNameLabel's quick test in step with
// the honorifics it stands before.
func TestHonorificFilter(t *testing.T) {
	for h := range honorifics {
		if !mayBeHonorific(h[0], len(h)) {
			t.Errorf("mayBeHonorific(%q, %d) = false for the honorific %q", h[0], len(h), h)
		}
	}
}

// TestScriptCuesFit: scriptCueEndingAt reads a cue into maxScriptCue
// bytes; a longer word would never cue.
func TestScriptCuesFit(t *testing.T) {
	for w := range scriptCueWords {
		if len(w) > maxScriptCue {
			t.Errorf("%s is %d bytes, more than maxScriptCue", w, len(w))
		}
	}
}
