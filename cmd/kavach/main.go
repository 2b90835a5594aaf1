// Kavach finds Indian personal data in text and redacts it: Aadhaar and
// VID, PAN, passport, voter ID, driving licence, GSTIN, mobile number, UPI
// address, payment card, e-mail, ABHA, PIN code, bank account, date of
// birth, vehicle registration, IFSC and IP address (see package
// github.com/kavachpii/kavach/redact).
//
// It reads each FILE, or standard input when there is none ("-" names it
// too), and writes the text with every finding replaced to standard
// output, one file after another in argument order. It is a filter: it
// prints nothing else unless asked.
//
// PNG and JPEG inputs, known by their first bytes whatever their name,
// are screenshots: kavach reads their text with Tesseract (package
// github.com/kavachpii/kavach/redact/screenshot; Debian: apt-get install
// tesseract-ocr tesseract-ocr-hin), paints opaque boxes over the personal
// data, and writes the image in its own format (JPEG at quality 92),
// re-encoded from its pixels, so no metadata survives. If the OCR fails
// or Tesseract is missing, the file fails with exit status 2 and nothing
// is written for it. "kavach < shot.png > clean.png" works on a pipe.
//
// Usage:
//
//	kavach [flags] [FILE...]
//
// The flags are:
//
//	-check
//		Write no text. Print one line per file to standard output,
//		"app.log: 3 findings (IN_AADHAAR 1, IN_MOBILE 2)" or
//		"app.log: clean", and exit 1 if anything was found.
//	-findings PATH
//		Write one JSON object per finding to PATH (JSON Lines), in file
//		order: {"file":"app.log","kind":"IN_AADHAAR","start":112,
//		"end":126,"score":1,"reason":"Verhoeff ok; context \"aadhaar\"
//		before"}. start and end are byte offsets into the input ("file"
//		is "-" for standard input); the score is rounded to three
//		decimals. The value itself is never written.
//	-mode mask|label|hash|remove
//		What replaces a finding: mask (the default) writes X over its
//		letters and digits and keeps the last four digits of an Aadhaar,
//		VID, mobile or card number ("XXXX XXXX 2346"); label writes the
//		kind ("<IN_AADHAAR>"); hash writes the kind and a keyed hash of
//		the value, the same for every written form of it
//		("<IN_AADHAAR:1a2b3c4d5e6f>"); remove writes nothing.
//	-hash-key-env NAME
//		The environment variable that holds the HMAC key for -mode hash.
//		It must be set and non-empty; the key is never taken from the
//		command line, where other users could see it. Giving it without
//		-mode hash is a usage error, so that a forgotten -mode hash does
//		not go unnoticed.
//	-kinds LIST
//		Comma-separated kinds to find, case-insensitive (default: every
//		built-in kind). PERSON and LOCATION select values under key names
//		such as "customerName" or "address" in JSON input.
//	-min-score F
//		Drop findings scoring below F, in (0, 1] (default 0.5).
//	-keep-private-ips
//		Leave unmasked the IP addresses no one outside a network can
//		reach (RFC 1918's, carrier-grade NAT's, link-local and unique
//		local IPv6 ones): see redact.Options.KeepPrivateIPs.
//	-json
//		The input is JSON or NDJSON (one value per line, or pretty-printed
//		values): it is redacted with Redactor.CopyJSON, so the output
//		stays valid JSON. Values under keys that name personal data
//		("aadhaar_no", "customerName") are redacted whole; other strings
//		and numbers are scanned, and only what is found in them is
//		replaced (a number holding one becomes a string). Finding offsets
//		delimit the raw text replaced in the input. A record that is not
//		JSON ends the file with an error naming its line and column,
//		"kavach: events.ndjson:4:7: invalid character ...": the records
//		before it are written, redacted, and nothing of it or after it.
//	-out-dir DIR
//		Write each FILE's output to DIR under its base name, text and
//		images alike, instead of to standard output (standard input
//		still goes to standard output). The file is written under a
//		temporary name and renamed once complete; a file that fails is
//		not written. Two inputs with the same base name, or -check, are
//		usage errors. For images, -findings gives the pixel boxes
//		painted, "boxes":[[x0,y0,x1,y1],...], in place of start and end.
//
// # Exit status
//
// 0 when every file was processed, 1 when -check found something, 2 for a
// usage error or an I/O error. An error is reported on standard error with
// the name of the file, as in
//
//	kavach: app.log: open app.log: no such file or directory
//
// and the other files are still processed. Output is a stream: the text
// of a file that fails part way through is cut short where it failed, and
// the files after it follow. Everything written is redacted; unredacted
// text is never written, not even to temporary files. If the output
// itself fails (a full disk), kavach reports it once and stops.
//
// # Parallel files, ordered output
//
// Files are redacted in parallel, at most GOMAXPROCS at a time, and their
// text (and their findings) come out in argument order, like gofmt. Each
// file is streamed with bounded memory, so a file of any size, or an
// endless pipe, can be redacted. The file whose turn it is writes
// straight to standard output; the output of later files waits in
// memory, up to 64 MiB for all of them, and then in temporary files in
// $TMPDIR, which hold only redacted text and are removed as soon as they
// are made where the system allows it (as on Unix), or else once copied
// out. If no temporary file can be made, a file that has filled its share
// waits for its turn instead. A file is started only while the files
// started before it and not yet written out are smaller than about 512
// MiB in all, so that no more than that waits on disk; with larger files
// the work overlaps less.
//
// # Progress
//
// When the input is large (over 64 MiB in all, or once 64 MiB of a stream
// of unknown size have passed) and standard error is a terminal, kavach
// shows on it the bytes done and the throughput, a few times a second,
// and clears the line when it is done. Otherwise it prints nothing.
//
// # Examples
//
//	kubectl logs deploy/api | kavach
//	kavach -check -findings f.jsonl logs/*.log
//	kavach -json -mode label events.ndjson
//	KAVACH_KEY=... kavach -mode hash -hash-key-env KAVACH_KEY app.log
//	kavach -out-dir clean/ -findings f.jsonl screenshot.png app.log
package main

import (
	"io"
	"os"
)

// env is what run needs from the process, so that tests can run it in
// process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// terminal says whether stderr is a terminal, where progress may be
	// shown.
	terminal bool
}

func main() {
	// main only gathers the process's environment; run does the work and
	// returns the exit code, so that its deferred calls run before the
	// process exits.
	terminal := false
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		terminal = true
	}
	os.Exit(run(os.Args[1:], &env{
		stdin:    os.Stdin,
		stdout:   os.Stdout,
		stderr:   os.Stderr,
		getenv:   os.Getenv,
		terminal: terminal,
	}))
}
