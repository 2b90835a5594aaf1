package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNarration: a bank statement's narration names the other party of a
// transfer; its reference number is no identifier.
func TestNarration(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a merchant's payment: the RRN passes the Verhoeff check but is no Aadhaar",
			"07-07-2025  UPI/DR/548106405961/SWIGGY/YESB/Payment  3891.00 Dr",
			"07-07-2025  UPI/DR/548106405961/SWIGGY/YESB/Payment  3891.00 Dr"},
		{"a payee whose address is their name",
			"UPI/CR/531818710606/ANBARASAN/anbarasan_031@apl/Payment from Ph  2783.55  Cr",
			"UPI/CR/531818710606/XXXXXXXXX/XXXXXXXXX_XXX@XXX/Payment from Ph  2783.55  Cr"},
		{"two words and an apostrophe",
			"UPI/CR/327342824418/JOSEPH D'SOUZA/joseph.dsouza@ptsbi/Payment",
			"UPI/CR/327342824418/XXXXXX X'XXXXX/XXXXXX.XXXXXX@XXXXX/Payment"},
		{"IMPS to an account, with the remitter's mobile",
			"IMPS/P2A/859690380696/RUTUJA/8839382432/SALARYADV   Dr  9688.00",
			"IMPS/P2A/859690380696/XXXXXX/XXXXXX2432/SALARYADV   Dr  9688.00"},
		{"a NEFT remitter, the account and the IFSC",
			"NEFT-BARBN22452300775-T. JAYARAMAN-31809266634647-BARB0006346  77923.00 CR",
			"NEFT-BARBN22452300775-X. XXXXXXXXX-XXXXXXXXXXXXXX-XXXXXXXXXXX  77923.00 CR"},
		{"a company is no person",
			"NEFT-CNRBN36320916652-SAHYADRI POLYMERS PVT LTD-5186168055005-CNRB0007819",
			"NEFT-CNRBN36320916652-SAHYADRI POLYMERS PVT LTD-XXXXXXXXXXXXX-XXXXXXXXXXX"},
		{"hyphenated UPI: the address ends at its handle and starts after the name",
			"UPI-SWIGGY-swiggy@icici-ICIC0DC0099-412345678901-Payment",
			"UPI-SWIGGY-XXXXXX@XXXXX-XXXXXXXXXXX-412345678901-Payment"},
		{"a merchant's address without digits",
			"UPI/DR/436443475734/BIGBASKET/bigbasket.store@hdfcbank/Payment",
			"UPI/DR/436443475734/BIGBASKET/XXXXXXXXX.XXXXX@XXXXXXXX/Payment"},
		{"UPI in prose is no narration",
			"pay by UPI/card, Aadhaar 2345 6789 0124",
			"pay by UPI/card, Aadhaar XXXX XXXX 0124"},
	} {
		t.Run(tt.name, func(t *testing.T) { expectRedacted(t, tt.in, tt.want) })
	}
}

// TestImageTagIsNoIP: a container image's tag has the shape of an IPv4
// address; a host's address after a colon is still one.
func TestImageTagIsNoIP(t *testing.T) {
	r := mustNew(t)
	for in, want := range map[string]string{
		"image: kyc/gateway:4.7.1.4":              "image: kyc/gateway:4.7.1.4",
		"image: registry.example.in/a/b:10.2.3.4": "image: registry.example.in/a/b:10.2.3.4",
		"host:10.0.0.1":                           "host:XX.X.X.X",
		"http://10.1.2.3:80/x":                    "http://XX.X.X.X:80/x",
	} {
		got, _ := r.String(in)
		assert.Equal(t, want, got)
	}
}

// TestSpeltOutEmail: an address written to fool harvesters, its '@' and
// dots in brackets, is an address.
func TestSpeltOutEmail(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"email: priya[at]gmail[dot]com", "email: XXXXX[XX]XXXXX[XXX]XXX"},
		{"mail ravi.k (at) yahoo (dot) co (dot) in thanks", "mail XXXX.X (XX) XXXXX (XXX) XX (XXX) XX thanks"},
		{"priya [AT] gmail.com ok", "XXXXX [XX] XXXXX.XXX ok"},
		// Not addresses: no domain with a dot, or "at" as a word.
		{"x [at] y", "x [at] y"},
		{"see [1] and (at) home", "see [1] and (at) home"},
		{"arr[at]", "arr[at]"},
	} {
		expectRedacted(t, tt.in, tt.want)
	}
}

// TestMetricSampleIsNoMobile: a Prometheus sample's value after its labels
// has a mobile's shape and is none.
func TestMetricSampleIsNoMobile(t *testing.T) {
	expectRedacted(t, `http_request_duration_seconds_count{route="/v1/pan/verify"} 7442787149`,
		`http_request_duration_seconds_count{route="/v1/pan/verify"} 7442787149`)
	expectRedacted(t, `{"mobile":"x"} 9876543210`, `{"mobile":"x"} XXXXXX3210`)
}
