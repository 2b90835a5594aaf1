// Command pipe is the smallest useful kavach filter: it redacts stdin to
// stdout with bounded memory, whatever the size of the stream, so it can
// sit in any pipe:
//
//	kubectl logs deploy/kyc-api | go run ./examples/pipe > redacted.log
//
// Findings (kind, offsets, score, reason; never the values) go to stderr
// when -v is given.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/kavachpii/kavach/redact"
)

func main() {
	verbose := flag.Bool("v", false, "print each finding to stderr")
	flag.Parse()
	opts := &redact.Options{}
	if *verbose {
		opts.OnFinding = func(f redact.Finding) {
			fmt.Fprintf(os.Stderr, "%d-%d %s %.2f %s\n", f.Start, f.End, f.Kind, f.Score, f.Reason)
		}
	}
	r, err := redact.New(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipe:", err)
		os.Exit(2)
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	if _, err := r.Copy(out, os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "pipe:", err)
		os.Exit(2)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "pipe:", err)
		os.Exit(2)
	}
}
