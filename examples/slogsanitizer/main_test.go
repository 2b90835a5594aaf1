package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The personal data logKYC logs, in every form it is written.
var pii = []string{
	"2341 2341 2346", "234123412346",
	"98765 43210", "9876543210",
	"ABCPE1234F",
	"Asha Verma", "Ravi Kumar",
	"Shanti Apartments", "MG Road", "411001",
}

func TestRun(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, run(&buf))
	out := buf.String()
	for _, v := range pii {
		assert.NotContains(t, out, v)
	}

	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 8, "four records, logged in two forms")
	byForm := map[string][]map[string]any{}
	for _, ln := range lines {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(ln), &rec), ln)
		form, _ := rec["form"].(string)
		byForm[form] = append(byForm[form], rec)
		// Fields that are not personal data come through unchanged.
		assert.Equal(t, "kyc-api", rec["service"])
		assert.Equal(t, "7f3c9a1e-2b44-4d1e-9a0c-5e1f2d3c4b5a", rec["request_id"])
		assert.NotEmpty(t, rec["time"])
	}
	require.Len(t, byForm["NewHandler"], 4)
	require.Len(t, byForm["ReplaceAttr"], 4)

	for form, recs := range byForm {
		t.Run(form, func(t *testing.T) {
			verified, applicant, failed, refund := recs[0], recs[1], recs[2], recs[3]

			assert.Equal(t, "INFO", verified["level"])
			assert.Equal(t, "ग्राहक का आधार नंबर XXXX XXXX 2346 सत्यापित हुआ", verified["msg"])
			assert.Equal(t, "+XX XXXXX X3210", verified["mobile"])
			assert.Equal(t, "XXXXXXXXXX", verified["pan"])
			assert.Equal(t, map[string]any{
				"name":    "XXXX XXXXX",
				"address": "XXXX XX, XXXXXX XXXXXXXXXX, XX XXXX, XXXX XXXXXX",
				"segment": "retail",
			}, verified["customer"])
			assert.Equal(t, 200.0, verified["status"])
			assert.Equal(t, 42e6, verified["latency"]) // nanoseconds

			assert.Equal(t, "applicant submitted", applicant["msg"])
			assert.Equal(t, map[string]any{
				"applicant_id": "APP-2026-000117",
				"name":         "XXXX XXXXX",
				"aadhaar":      "XXXX XXXX 2346",
				"mobile":       "XXXXXX3210",
				"city":         "Pune",
				"tier":         2.0,
			}, applicant["applicant"])

			assert.Equal(t, "ERROR", failed["level"])
			assert.Equal(t, "pan verification failed", failed["msg"])
			assert.Equal(t, "nsdl: verify PAN XXXXXXXXXX: record not found", failed["err"])
			assert.Equal(t, 3.0, failed["attempt"])
			assert.Equal(t, "nsdl", failed["upstream"])

			assert.Equal(t, "refund settled for UTR 402912345673", refund["msg"])
			assert.Equal(t, "202611231045", refund["order_id"])
			assert.Equal(t, 123456.5, refund["amount_inr"])
			assert.Equal(t, 3.0, refund["items"])
		})
	}
}
