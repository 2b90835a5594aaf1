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
