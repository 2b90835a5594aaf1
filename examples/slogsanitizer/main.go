// Command slogsanitizer shows the two ways to keep Indian personal data
// out of log/slog output, by logging the same KYC-service records through
// each of them as JSON lines on stdout:
//
//	go run ./examples/slogsanitizer
//
// # Which form to use
//
// [redact.NewHandler] wraps any [slog.Handler]:
//
//	logger := slog.New(redact.NewHandler(slog.NewJSONHandler(os.Stdout, nil), r))
//
// Use it when the sink is not one of the built-in handlers (a third-party
// or OpenTelemetry handler, a handler you do not construct yourself), when
// the sink already has a ReplaceAttr of its own, or when you want one
// wrapper to put in front of whatever handler the program is configured
// with. It redacts the attributes of Logger.With once, not at every
// record, and an attribute whose key names personal data is replaced
// whole even when its value is a group.
//
// [redact.Redactor.ReplaceAttr] plugs into [slog.HandlerOptions]:
//
//	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: r.ReplaceAttr})
//
// Use it when you construct a built-in JSON or text handler yourself and
// want no extra layer: the handler calls it for the message and every
// leaf attribute, and it can be chained with a ReplaceAttr you already
// have. A group under a key that names personal data is masked leaf by
// leaf, keeping its keys.
//
// Both redact the message, string values, long integers, errors and other
// values (by the text a sink would print), after resolving
// [slog.LogValuer]s, and leave keys, the level, the time, and fields that
// are not personal data as they are.
package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/kavachpii/kavach/redact"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "slogsanitizer:", err)
		os.Exit(2)
	}
}

// run logs the sample records to w twice: through redact.NewHandler, then
// through a JSON handler using Redactor.ReplaceAttr. Each line carries a
// "form" attribute naming the way it was redacted.
func run(w io.Writer) error {
	r, err := redact.New(nil) // every kind, Mask mode
	if err != nil {
		return err
	}

	// Form 1: a redacting handler in front of the handler that writes.
	wrapped := slog.New(redact.NewHandler(slog.NewJSONHandler(w, nil), r))
	logKYC(wrapped.With("form", "NewHandler"))

	// Form 2: the built-in handler calls the Redactor for each attribute.
	replaced := slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{ReplaceAttr: r.ReplaceAttr}))
	logKYC(replaced.With("form", "ReplaceAttr"))
	return nil
}

// Applicant is what a KYC service knows about a person. Its LogValue
// method decides which fields a log line shows, and, as is common, shows
// some it should not: the redactor resolves it and masks those.
type Applicant struct {
	ID      string
	Name    string
	Aadhaar string
	Mobile  string
	City    string
	Tier    int
}

// LogValue implements slog.LogValuer.
func (a Applicant) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("applicant_id", a.ID),
		slog.String("name", a.Name),
		slog.String("aadhaar", a.Aadhaar),
		slog.String("mobile", a.Mobile),
		slog.String("city", a.City),
		slog.Int("tier", a.Tier),
	)
}

// errNotFound is what an upstream PAN verification service might return.
var errNotFound = errors.New("record not found")

// logKYC logs the records a KYC service writes for one applicant. All
// identifiers are synthetic, checksum-valid test values.
func logKYC(logger *slog.Logger) {
	logger = logger.With("service", "kyc-api", "request_id", "7f3c9a1e-2b44-4d1e-9a0c-5e1f2d3c4b5a")

	// A message in Hindi with an Aadhaar in it, personal data in
	// attributes, and a group.
	logger.Info("ग्राहक का आधार नंबर 2341 2341 2346 सत्यापित हुआ",
		"mobile", "+91 98765 43210",
		"pan", "ABCPE1234F",
		slog.Group("customer",
			"name", "Asha Verma",
			"address", "Flat 4B, Shanti Apartments, MG Road, Pune 411001",
			"segment", "retail"),
		"status", 200,
		"latency", 42*time.Millisecond)

	// A LogValuer that shows too much.
	logger.Info("applicant submitted", "applicant", Applicant{
		ID:      "APP-2026-000117",
		Name:    "Ravi Kumar",
		Aadhaar: "2341 2341 2346",
		Mobile:  "9876543210",
		City:    "Pune",
		Tier:    2,
	})

	// An error from a dependency that quotes the PAN it was given.
	err := fmt.Errorf("nsdl: verify PAN ABCPE1234F: %w", errNotFound)
	logger.Error("pan verification failed", "err", err, "attempt", 3, "upstream", "nsdl")

	// Numbers that are not personal data stay as they are: a UTR next to
	// the word "UTR", an order id, an amount.
	logger.Info("refund settled for UTR 402912345673", "order_id", "202611231045", "amount_inr", 123456.50, "items", 3)
}
