package redact_test

import (
	"log/slog"
	"os"

	"github.com/kavachpii/kavach/redact"
)

// dropTime removes the time from log lines so that examples and tests
// give the same output on every run.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func ExampleNewHandler() {
	r, _ := redact.New(nil)
	logger := slog.New(redact.NewHandler(
		slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}), r))

	// The message and string values are scanned; "mobile" and "name" name
	// personal data, so their values are replaced whole, even a number;
	// "city" and "status" do not, and nothing in their values is found.
	logger.Info("kyc verified for aadhaar 2341 2341 2346",
		"mobile", 9876543210,
		"status", 200,
		slog.Group("customer", "name", "Ravi Kumar", "city", "Pune"))
	// Output:
	// {"level":"INFO","msg":"kyc verified for aadhaar XXXX XXXX 2346","mobile":"XXXXXX3210","status":200,"customer":{"name":"XXXX XXXXX","city":"Pune"}}
}

func ExampleHandler_WithGroup() {
	r, _ := redact.New(&redact.Options{Mode: redact.Label})
	logger := slog.New(redact.NewHandler(
		slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}), r))

	// Attributes are redacted once, by With. Under a group named
	// "address" every value is replaced whole, as the kind its own key
	// names if it names one.
	logger = logger.With("email", "ravi.kumar@example.com").WithGroup("address")
	logger.Info("address changed", "line1", "12 MG Road", "pin", 411001)
	// Output:
	// {"level":"INFO","msg":"address changed","email":"<EMAIL_ADDRESS>","address":{"line1":"<LOCATION>","pin":"<IN_PIN_CODE>"}}
}

func ExampleRedactor_ReplaceAttr() {
	r, _ := redact.New(nil)
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			return r.ReplaceAttr(groups, dropTime(groups, a))
		},
	}))
	logger.Warn("callback requested on +91 98765 43210", "pan", "ABCPE1234F", "attempt", 2)
	// Output:
	// level=WARN msg="callback requested on +XX XXXXX X3210" pan=XXXXXXXXXX attempt=2
}
