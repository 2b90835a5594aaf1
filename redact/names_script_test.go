package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// TestScriptNames: a name in an Indian script or Urdu after a name label,
// in that script or in English.
func TestScriptNames(t *testing.T) {
	r := mustNew(t)
	for _, tt := range []struct{ in, want string }{
		{"नाव: ऋतुजा पाटील, जन्मतारीख: 05/12/1954", "नाव: XXXXX XXXXX, जन्मतारीख: XX/XX/XXXX"},
		{"نام: عمران قریشی، پتہ: نامعلوم", "نام: XXXXX XXXXX، پتہ: نامعلوم"},
		{"Name: राम कुमार", "Name: XXX XXXXX"},
		{"नाम: राहुल शर्मा है", "नाम: XXXXX XXXXX है"},
		{"নাম: সুমিত দাস", "নাম: XXXXX XXX"},
		{"खातेदार का नाम: राजकुमार वर्मा पुत्र शिवनारायण तिवारी", "खातेदार का नाम: XXXXXXXX XXXXX पुत्र XXXXXXXXX XXXXXX"}, // son of: two names
		{"पिकाचे नाव: सोयाबीन", "पिकाचे नाव: सोयाबीन"},                                                                     // a crop's name
		{"status: ठीक है", "status: ठीक है"}, // no name label
	} {
		got, _ := r.String(tt.in)
		require.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}
