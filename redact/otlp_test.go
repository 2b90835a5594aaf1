package redact_test

import (
	"testing"

	"github.com/kavachpii/kavach/redact"
)

// TestOTLPAttributes: OpenTelemetry's JSON (OTLP) names an attribute's
// value by a sibling key, {"key":"patient.name","value":{"stringValue":…}};
// the attribute's key speaks for the value as a JSON key would, in any
// script and escaped as json.dumps escapes it.
func TestOTLPAttributes(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a name, an address, a birth date, a passport, a PIN code",
			`{"attributes":[{"key":"patient.name","value":{"stringValue":"Zorbin Quenk"}},{"key":"patient.address","value":{"stringValue":"12, MG Road, Kozhikode"}},{"key":"patient.dob","value":{"stringValue":"1990-04-12"}},{"key":"user.passport","value":{"stringValue":"J8369854"}},{"key":"patient.pincode","value":{"stringValue":"560034"}}]}`,
			`{"attributes":[{"key":"patient.name","value":{"stringValue":"XXXXXX XXXXX"}},{"key":"patient.address","value":{"stringValue":"XX, XX XXXX, XXXXXXXXX"}},{"key":"patient.dob","value":{"stringValue":"XXXX-XX-XX"}},{"key":"user.passport","value":{"stringValue":"XXXXXXXX"}},{"key":"patient.pincode","value":{"stringValue":"XXXXXX"}}]}`},
		{"a name in a script, plain and escaped",
			`{"key":"patient.name","value":{"stringValue":"ജോസഫ് വർഗീസ്"}},{"key":"patient.name","value":{"stringValue":"\u0d1c\u0d4b\u0d38\u0d2b\u0d4d \u0d35\u0d7c\u0d17\u0d40\u0d38\u0d4d"}}`,
			`{"key":"patient.name","value":{"stringValue":"XXXXX XXXXXX"}},{"key":"patient.name","value":{"stringValue":"\XXXXX\XXXXX\XXXXX\XXXXX\XXXXX \XXXXX\XXXXX\XXXXX\XXXXX\XXXXX\XXXXX"}}`},
		{"AWS Textract's identity document fields",
			`{"Type": {"Text": "FIRST_NAME"}, "ValueDetection": {"Text": "SWATI", "Confidence": 98.8}}, {"Type": {"Text": "ID_TYPE"}, "ValueDetection": {"Text": "DRIVER LICENSE FRONT"}}`,
			`{"Type": {"Text": "FIRST_NAME"}, "ValueDetection": {"Text": "XXXXX", "Confidence": 98.8}}, {"Type": {"Text": "ID_TYPE"}, "ValueDetection": {"Text": "DRIVER LICENSE FRONT"}}`},
		{"attributes that hold no personal data stay",
			`{"key":"service.name","value":{"stringValue":"Kyc Gateway"}},{"key":"http.status_code","value":{"intValue":"200"}}`,
			`{"key":"service.name","value":{"stringValue":"Kyc Gateway"}},{"key":"http.status_code","value":{"intValue":"200"}}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			expectRedacted(t, tt.in, tt.want)
			checkStream(t, redact.Options{}, tt.in)
		})
	}
}
