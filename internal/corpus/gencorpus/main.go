// Command gencorpus writes a generated corpus to stdout, for throughput and
// memory measurements on inputs too large to keep in a test:
//
//	go run ./internal/corpus/gencorpus -size 1073741824 -seed 1 > /tmp/1g.log
//
// -clean writes text with no personal data at all.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/kavachpii/kavach/internal/corpus"
)

func main() {
	size := flag.Int64("size", 64<<20, "bytes to write")
	seed := flag.Int64("seed", 1, "generator seed")
	clean := flag.Bool("clean", false, "write text with no personal data")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	const chunk = 16 << 20
	for written, s := int64(0), *seed; written < *size; s++ {
		n := int(min(chunk, *size-written))
		var b []byte
		if *clean {
			b = corpus.Clean(s, n)
		} else {
			b = corpus.Generate(s, n).Text
		}
		if _, err := w.Write(b); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus:", err)
			os.Exit(2)
		}
		written += int64(len(b))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}
