// Command quickstart redacts a file (by default the bundled sample log)
// and prints the redacted text to stdout and one line per finding to
// stderr: kind, byte offsets, score and reason, never the value.
//
//	go run ./examples/quickstart [FILE]
package main

import (
	"fmt"
	"os"

	"github.com/kavachpii/kavach/redact"
)

func main() {
	path := "examples/testdata/sample.log"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	if err := run(path); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(2)
	}
}

func run(path string) error {
	in, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	r, err := redact.New(nil)
	if err != nil {
		return err
	}
	out, findings := r.Bytes(in)
	if _, err := os.Stdout.Write(out); err != nil {
		return err
	}
	for _, f := range findings {
		fmt.Fprintf(os.Stderr, "%s:%d-%d %s %.2f %s\n", path, f.Start, f.End, f.Kind, f.Score, f.Reason)
	}
	fmt.Fprintf(os.Stderr, "%s: %d findings\n", path, len(findings))
	return nil
}
