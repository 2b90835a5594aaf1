package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kavachpii/kavach/redact"
)

// config is the parsed command line.
type config struct {
	opts     redact.Options // without OnFinding, which is set per file
	findings string         // -findings PATH, or ""
	json     bool
	check    bool
	outDir   string   // -out-dir DIR, or ""
	files    []string // "-" for standard input
	// configFile is -config FILE: options from the file, which the flags
	// set on the command line override.
	configFile string
	// keepPrivateIPs is -keep-private-ips (see redact.Options.KeepPrivateIPs).
	keepPrivateIPs bool
}

// newFlagSet returns the command's flags bound to cfg and the two flags
// that need checking after parsing. It uses its own FlagSet rather than
// flag.CommandLine, so that a test binary's flags never show up.
func newFlagSet(cfg *config) (fs *flag.FlagSet, mode, kinds, hashKeyEnv *string, minScore *float64) {
	fs = flag.NewFlagSet("kavach", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run prints errors and usage itself
	fs.BoolVar(&cfg.check, "check", false, "write no text; print a summary per file; exit 1 if anything was found")
	fs.StringVar(&cfg.findings, "findings", "", "write findings to `PATH` as JSON Lines")
	mode = fs.String("mode", "mask", "what replaces a finding: mask, label, hash or remove")
	hashKeyEnv = fs.String("hash-key-env", "", "environment variable `NAME` that holds the HMAC key for -mode hash")
	kinds = fs.String("kinds", "", "comma-separated `LIST` of kinds (default: every built-in kind)")
	minScore = fs.Float64("min-score", redact.DefaultMinScore, "drop findings scoring below `F`, in (0, 1]")
	fs.BoolVar(&cfg.json, "json", false, "the input is JSON or NDJSON")
	fs.StringVar(&cfg.outDir, "out-dir", "", "write each file's output to `DIR` under the same name")
	fs.StringVar(&cfg.configFile, "config", "", "read options from the JSON configuration `FILE`")
	fs.BoolVar(&cfg.keepPrivateIPs, "keep-private-ips", false, "leave private, CGNAT, link-local and unique local IP addresses unmasked")
	return fs, mode, kinds, hashKeyEnv, minScore
}

// parseArgs parses the command line. It returns flag.ErrHelp for -h and
// -help, and an error that names the flag for any other mistake.
func parseArgs(args []string, getenv func(string) string) (*config, error) {
	cfg := new(config)
	fs, mode, kinds, hashKeyEnv, minScore := newFlagSet(cfg)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if cfg.configFile != "" {
		o, err := redact.LoadConfig(cfg.configFile)
		if err != nil {
			return nil, fmt.Errorf("-config: %v", err)
		}
		cfg.opts = *o
	}
	m := cfg.opts.Mode // Mask, or the configuration file's
	if cfg.configFile == "" || set["mode"] {
		var err error
		if m, err = redact.ParseMode(strings.ToLower(*mode)); err != nil {
			return nil, fmt.Errorf("-mode %q: want mask, label, hash or remove", *mode)
		}
	}
	cfg.opts.Mode = m
	switch {
	case m == redact.Hash && *hashKeyEnv == "" && len(cfg.opts.HashKey) > 0:
		// The key comes from the configuration file's hash_key_env.
	case m == redact.Hash && *hashKeyEnv == "":
		return nil, errors.New("-mode hash needs -hash-key-env NAME, the environment variable that holds the key")
	case m == redact.Hash:
		key := getenv(*hashKeyEnv)
		if key == "" {
			return nil, fmt.Errorf("-hash-key-env %s: environment variable %s is not set or empty", *hashKeyEnv, *hashKeyEnv)
		}
		cfg.opts.HashKey = []byte(key)
	case set["hash-key-env"]:
		return nil, fmt.Errorf("-hash-key-env is only used with -mode hash (the mode is %s)", m)
	}

	if set["kinds"] {
		ks, err := parseKinds(*kinds)
		if err != nil {
			return nil, err
		}
		cfg.opts.Kinds = ks
	}
	if set["keep-private-ips"] {
		cfg.opts.KeepPrivateIPs = cfg.keepPrivateIPs
	}
	if cfg.configFile == "" || set["min-score"] {
		if !(*minScore > 0 && *minScore <= 1) { // also rejects NaN
			return nil, fmt.Errorf("-min-score %v: want a number in (0, 1]", *minScore)
		}
		cfg.opts.MinScore = *minScore
	}

	cfg.files = fs.Args()
	if len(cfg.files) == 0 {
		cfg.files = []string{"-"}
	}
	stdin := 0
	for _, f := range cfg.files {
		if f == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return nil, errors.New(`standard input ("-") named more than once`)
	}
	if cfg.outDir != "" {
		if err := checkOutDir(cfg); err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

// validKinds returns every kind -kinds accepts: the built-in kinds, then
// the two found only through key names.
func validKinds() []redact.Kind {
	return append(redact.Kinds(), redact.Person, redact.Location)
}

// parseKinds parses a -kinds list: names from validKinds, any case,
// separated by commas, with spaces and empty items ignored.
func parseKinds(list string) ([]redact.Kind, error) {
	var out []redact.Kind
	for item := range strings.SplitSeq(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		k, ok := lookupKind(item)
		if !ok {
			return nil, fmt.Errorf("-kinds: unknown kind %q; valid kinds: %s", item, kindList(", "))
		}
		if !containsKind(out, k) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-kinds: empty list; valid kinds: %s", kindList(", "))
	}
	return out, nil
}

func lookupKind(name string) (redact.Kind, bool) {
	for _, k := range validKinds() {
		if strings.EqualFold(string(k), name) {
			return k, true
		}
	}
	return "", false
}

func containsKind(ks []redact.Kind, k redact.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

func kindList(sep string) string {
	ks := validKinds()
	names := make([]string, len(ks))
	for i, k := range ks {
		names[i] = string(k)
	}
	return strings.Join(names, sep)
}

// usageHint follows a usage error on stderr.
const usageHint = "usage: kavach [flags] [FILE...]\nRun 'kavach -h' for details.\n"

// usage returns the text -h prints: every flag, with an example where one
// helps, then the exit codes and examples.
func usage() string {
	var b strings.Builder
	b.WriteString(`usage: kavach [flags] [FILE...]

Kavach redacts Indian personal data (Aadhaar and VID, PAN, passport, voter
ID, driving licence, GSTIN, mobile number, UPI, card, e-mail, ABHA, PIN
code, bank account, date of birth, vehicle registration, IFSC, IP address)
in each FILE, or in standard input when there is none or for "-", and
writes the text to standard output, files in argument order. Files are
redacted in parallel; each is streamed with bounded memory.

PNG and JPEG images (known by their content, not their name) are
screenshots: kavach reads their text with Tesseract (Debian: apt-get
install tesseract-ocr tesseract-ocr-hin, and tesseract-ocr-ben, -guj,
-kan, -mal, -ori, -pan, -tam, -tel for the other scripts), paints
opaque boxes over the personal data, and writes the image in its own
format, without metadata.
If the OCR fails, the file fails and nothing is written for it:
    kavach < shot.png > clean.png

FLAGS

  -check
        Write no text. Print one line per file to standard output and exit 1
        if anything was found:
            app.log: 3 findings (IN_AADHAAR 1, IN_MOBILE 2)
            db.log: clean

  -findings PATH
        Write one JSON object per finding to PATH (JSON Lines), in file
        order. Offsets are bytes into the input; the value is never written:
            {"file":"app.log","kind":"IN_AADHAAR","start":112,"end":126,
             "score":1,"reason":"Verhoeff ok; context \"aadhaar\" before"}

  -mode mask|label|hash|remove
        What replaces a finding (default mask):
            mask     XXXX XXXX 2346       X over letters and digits; the last
                                          4 digits of Aadhaar, VID, mobile
                                          and card numbers are kept
            label    <IN_AADHAAR>
            hash     <IN_AADHAAR:1a2b3c4d5e6f>
                                          kind and HMAC-SHA256 of the value,
                                          the same for every written form
                                          (needs -hash-key-env)
            remove                        nothing

  -hash-key-env NAME
        The environment variable that holds the HMAC key for -mode hash;
        it must be set and non-empty:
            KAVACH_KEY=... kavach -mode hash -hash-key-env KAVACH_KEY app.log

  -kinds LIST
        Comma-separated kinds to find, in any case (default: all of them).
        PERSON and LOCATION select values under keys such as "name" or
        "address" in JSON input. Example: -kinds in_aadhaar,in_pan
        Kinds:
`)
	// The list comes from the engine, so it never goes stale.
	line := "           "
	for _, k := range validKinds() {
		if len(line)+1+len(k) > 78 {
			b.WriteString(line + "\n")
			line = "           "
		}
		line += " " + string(k)
	}
	b.WriteString(line + "\n")
	fmt.Fprintf(&b, `
  -min-score F
        Drop findings scoring below F, in (0, 1] (default %v). Higher is
        stricter: a bare number in the mobile range scores 0.55, a bare
        Aadhaar number with a valid checksum 0.85, and 1 with the word
        "aadhaar" before it. Example: -min-score 0.9

  -keep-private-ips
        Leave unmasked the IP addresses no one outside a network can reach:
        10/8, 172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7 and
        fe80::/10. They name servers and gateways, which logs need, more
        often than people. Public addresses are masked as before.

  -json
        The input is JSON or NDJSON, and the output stays valid JSON. Values
        under keys that name personal data ("aadhaar_no", "customerName")
        are redacted whole; in other strings and numbers only what is found
        is. A record that is not JSON ends the file with an error naming its
        line and column:
            kavach -json -mode label events.ndjson

  -out-dir DIR
        Write each FILE's output to DIR (made if need be) under the same base
        name, text and images alike (JPEG at quality 92), instead of to
        standard output; standard input still goes to standard output. A
        file appears only once it is complete: one that fails is not
        written. For images, -findings gives the pixel boxes painted,
        "boxes":[[x0,y0,x1,y1]], in place of offsets:
            kavach -out-dir clean/ shots/*.png app.log

  -config FILE
        Read the options from FILE, a kavach.json configuration: kinds,
        score, mode, context window, key names, custom and Presidio
        recognizers, allow and deny lists (see the README). The flags given
        on the command line override it:
            kavach -config kavach.json -mode label app.log

EXIT STATUS

  0  every file was processed
  1  -check found something
  2  usage error, or an error reading a file (reported with its name; the
     other files are still processed) or writing the output

EXAMPLES

  kubectl logs deploy/api | kavach
  kavach -check -findings f.jsonl logs/*.log
  kavach -json -mode label events.ndjson
  KAVACH_KEY=... kavach -mode hash -hash-key-env KAVACH_KEY app.log
  kavach -out-dir clean/ -findings f.jsonl screenshot.png app.log
`, redact.DefaultMinScore)
	return b.String()
}

// checkOutDir checks -out-dir: a directory, not with -check, and no two
// inputs with the same base name, which would write the same file.
func checkOutDir(cfg *config) error {
	if cfg.check {
		return errors.New("-out-dir and -check: -check writes no output")
	}
	seen := map[string]string{}
	for _, f := range cfg.files {
		if f == "-" {
			continue
		}
		base := filepath.Base(f)
		if prev, ok := seen[base]; ok {
			return fmt.Errorf("-out-dir: %s and %s would both be written to %s", prev, f, filepath.Join(cfg.outDir, base))
		}
		seen[base] = f
	}
	if fi, err := os.Stat(cfg.outDir); err == nil && !fi.IsDir() {
		return fmt.Errorf("-out-dir %s: not a directory", cfg.outDir)
	}
	// Like mkdir -p: a CI job names a fresh directory for its output.
	if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
		return fmt.Errorf("-out-dir: %v", err)
	}
	return nil
}
