// Command customrecognizer shows kavach's custom recognizers, deny and
// allow lists on a few log lines: an identifier of the company's own (a
// customer ID with a check digit, found by a pattern, raised by context
// words), landline and toll-free numbers, a deny list of staff names, and
// the company's own helpline on the allow list, so it stays readable.
//
//	go run ./examples/customrecognizer
//
// It prints the redacted lines, then one line per finding: kind, byte
// offsets, score and reason, never the value.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kavachpii/kavach/redact"
)

var logLines = []string{
	"2026-11-26T10:00:01Z INFO login customer=ACME-12345678 channel=app",
	"2026-11-26T10:00:02Z INFO order 88231 for ACME-12345678 shipped",
	"2026-11-26T10:00:03Z WARN ACME-12345670 rejected: bad check digit",
	"2026-11-26T10:00:04Z INFO agent Ramesh Kumar called back on 022-2345 6789",
	"2026-11-26T10:00:05Z INFO sms sent: \"Call our helpline 1800-266-1234 (or 1800 266 1234)\"",
	"2026-11-26T10:00:06Z INFO ticket by राम कुमार, aadhaar 2341 2341 2346",
}

func main() {
	if err := run(os.Stdout, strings.Join(logLines, "\n")+"\n"); err != nil {
		fmt.Fprintln(os.Stderr, "customrecognizer:", err)
		os.Exit(2)
	}
}

// customerID is the company's customer identifier: "ACME-" and eight
// digits, the last of which is the sum of the other seven, mod 10.
var customerID = redact.Recognizer{
	Kind:     "ACME_CUSTOMER_ID",
	Patterns: []redact.Pattern{{Name: "customer id", Regex: `\bACME-\d{8}\b`, Score: 0.6}},
	// A context word nearby raises the score (0.6 to 0.95): "customer",
	// and key names such as customer_id or custRef.
	Context: []string{"customer", "cust"},
	// Validate drops matches whose check digit is wrong.
	Validate: func(m []byte) bool {
		d := m[len("ACME-"):]
		sum := 0
		for _, c := range d[:7] {
			sum += int(c - '0')
		}
		return int(d[7]-'0') == sum%10
	},
}

// phone finds landline (with an STD code) and toll-free numbers, which the
// built-in mobile kind does not cover.
var phone = redact.Recognizer{
	Kind:     "IN_PHONE",
	Patterns: []redact.Pattern{{Name: "landline or toll-free", Regex: `\b(?:1800|0\d{2,4})[- ]?\d{3,4}[- ]?\d{4}\b`, Score: 0.6}},
	Context:  []string{"phone", "call", "called"},
}

func run(w io.Writer, text string) error {
	r, err := redact.New(&redact.Options{
		Mode:        redact.Label,
		Recognizers: []redact.Recognizer{customerID, phone},
		// Staff names are always redacted, in any case, as whole words.
		Deny: map[redact.Kind][]string{redact.Person: {"Ramesh Kumar", "Priya Nair", "राम कुमार"}},
		// The company's own helpline is not personal data: allowed in
		// every written form.
		Allow: map[redact.Kind][]string{"IN_PHONE": {"1800 266 1234"}},
	})
	if err != nil {
		return err
	}
	out, findings := r.String(text)
	if _, err := io.WriteString(w, out); err != nil {
		return err
	}
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%d-%d %s %.2f %s\n", f.Start, f.End, f.Kind, f.Score, f.Reason); err != nil {
			return err
		}
	}
	return nil
}
