package redact

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// LoadConfig reads a configuration file (kavach.json) and returns the
// [Options] it describes. See [ParseConfig] for the format.
func LoadConfig(path string) (*Options, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseConfig(f, path)
}

// ParseConfig reads a configuration in JSON from r and returns the
// [Options] it describes. name is the file's path: errors start with it,
// and the paths the configuration names (presidio, deny_files) are
// relative to its directory.
//
// The configuration can say everything Options can, except OnFinding and
// the hash key itself, which never belongs in a file:
//
//	{
//	  "kinds": ["IN_AADHAAR", "IN_PAN", "IN_MOBILE"],  // built-in kinds; default all
//	  "min_score": 0.6,                 // in (0, 1]; default 0.5
//	  "mode": "hash",                   // mask, label, hash or remove
//	  "hash_key_env": "KAVACH_KEY",     // the variable holding the HMAC key
//	  "context_window": 64,             // characters, 1 to 256
//	  "pattern_timeout": "100ms",       // per match attempt; must be positive
//	  "keys": {"cust_ref": "PERSON", "name": ""},
//	  "no_key_names": false,
//	  "keep_private_ips": false,        // leave 10.x, 192.168.x, fd00:: … unmasked
//	  "recognizers": [{"kind": "ACME_CUSTOMER_ID",
//	    "patterns": [{"name": "id", "regex": "\\bAC-\\d{8}\\b", "score": 0.6}],
//	    "context": ["customer"], "deny": []}],
//	  "presidio": ["presidio/zip.json"],      // read with ImportPresidio
//	  "allow": {"IN_MOBILE": ["1800 266 1234"]},
//	  "deny": {"PERSON": ["Asha Verma"]},
//	  "deny_files": {"PERSON": "employees.txt"}
//	}
//
// (JSON has no comments: they are here to explain.) A deny file holds one
// word or phrase per line, in UTF-8; blank lines and lines starting with
// '#' are skipped. Its words are added to the deny list of that kind.
//
// Every mistake is an error that names the file, the line and the field,
// such as
//
//	kavach.json:12: recognizers[0].patterns[1].regex: error parsing regexp: ...
//
// This covers unknown fields anywhere, a field given twice, a value of the
// wrong type, an unknown kind or mode, a score outside (0, 1], a duration
// that does not parse or is not positive, and a pattern that does not
// compile. Finally the options are checked by [New], as the command does,
// so that a configuration that loads is one a Redactor can be made of.
func ParseConfig(r io.Reader, name string) (*Options, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	p := &jsonParser{file: name, data: data}
	root, err := p.parse()
	if err != nil {
		return nil, err
	}
	opts, err := p.config(root, os.Getenv)
	if err != nil {
		return nil, err
	}
	if _, err := New(opts); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return opts, nil
}

// config decodes the top-level object of a configuration.
func (p *jsonParser) config(root *jsonNode, getenv func(string) string) (*Options, error) {
	o := new(Options)
	if err := p.want(root, "", jsonObject); err != nil {
		return nil, err
	}
	var hashEnv *jsonNode
	var allow *jsonNode
	for i, k := range root.keys {
		v := root.vals[i]
		var err error
		switch k {
		case "kinds":
			err = p.kinds(v, k, o)
		case "min_score":
			o.MinScore, err = p.score(v, k)
		case "mode":
			var s string
			if s, err = p.str(v, k); err == nil {
				if o.Mode, err = ParseMode(s); err != nil {
					err = p.errf(v, k, "unknown mode %q (want mask, label, hash or remove)", s)
				}
			}
		case "hash_key_env":
			if _, err = p.str(v, k); err == nil {
				hashEnv = v
			}
		case "context_window":
			var n float64
			if n, err = p.num(v, k); err == nil {
				if n != math.Trunc(n) || n < 1 || n > MaxContextWindow {
					err = p.errf(v, k, "%v: want a whole number of characters from 1 to %d", v.num, MaxContextWindow)
				}
				o.ContextWindow = int(n)
			}
		case "pattern_timeout":
			var s string
			if s, err = p.str(v, k); err == nil {
				var d time.Duration
				d, err = time.ParseDuration(s)
				switch {
				case err != nil:
					err = p.errf(v, k, "%q: want a duration such as \"100ms\"", s)
				case d <= 0:
					err = p.errf(v, k, "%q: must be positive: patterns always run with a timeout", s)
				}
				o.PatternTimeout = d
			}
		case "keys":
			err = p.keys(v, k, o)
		case "no_key_names":
			o.NoKeyNames, err = p.boolean(v, k)
		case "keep_private_ips":
			o.KeepPrivateIPs, err = p.boolean(v, k)
		case "recognizers":
			err = p.recognizers(v, k, o)
		case "presidio":
			err = p.presidioFiles(v, k, o)
		case "allow":
			allow = v // decided last: it may name kinds defined elsewhere
		case "deny":
			err = p.lists(v, k, func(kind Kind, n *jsonNode, path string) error {
				words, err := p.strings(n, path)
				if err == nil {
					err = p.denyWords(n, path, words)
				}
				addList(&o.Deny, kind, words)
				return err
			})
		case "deny_files":
			err = p.lists(v, k, func(kind Kind, n *jsonNode, path string) error {
				file, err := p.str(n, path)
				if err != nil {
					return err
				}
				words, err := readDenyFile(p.rel(file))
				if err != nil {
					return p.errf(n, path, "%v", err)
				}
				addList(&o.Deny, kind, words)
				return nil
			})
		default:
			err = p.unknown(root, i, "", configFields)
		}
		if err != nil {
			return nil, err
		}
	}
	if allow != nil {
		if err := p.lists(allow, "allow", func(kind Kind, n *jsonNode, path string) error {
			if !knownKind(kind) && !definedKind(o, kind) {
				return p.errf(n, path, "unknown kind %q: not built in, and no recognizer or deny list here reports it", kind)
			}
			vals, err := p.strings(n, path)
			addList(&o.Allow, kind, vals)
			return err
		}); err != nil {
			return nil, err
		}
	}
	if hashEnv != nil {
		name := hashEnv.str
		if key := getenv(name); key != "" {
			o.HashKey = []byte(key)
		} else if o.Mode == Hash {
			return nil, p.errf(hashEnv, "hash_key_env", "environment variable %s is not set or empty; mode hash needs the key in it", name)
		}
	} else if o.Mode == Hash {
		return nil, p.errf(root, "mode", "mode hash needs hash_key_env, the name of the environment variable that holds the key (never the key itself)")
	}
	return o, nil
}

var configFields = []string{"kinds", "min_score", "mode", "hash_key_env", "context_window", "pattern_timeout", "keys",
	"no_key_names", "keep_private_ips", "recognizers", "presidio", "allow", "deny", "deny_files"}

func addList(m *map[Kind][]string, k Kind, vals []string) {
	if *m == nil {
		*m = make(map[Kind][]string)
	}
	(*m)[k] = append((*m)[k], vals...)
}

// knownKind reports whether k is a built-in kind, Person or Location.
func knownKind(k Kind) bool {
	_, ok := lookupKind(k)
	return ok || k == Person || k == Location
}

// definedKind reports whether a recognizer or deny list of o reports k.
func definedKind(o *Options, k Kind) bool {
	if _, ok := o.Deny[k]; ok {
		return true
	}
	return slices.ContainsFunc(o.Recognizers, func(r Recognizer) bool { return r.Kind == k })
}

// builtinKind returns the built-in kind (or Person, Location) named s in
// any case.
func builtinKind(s string) (Kind, bool) {
	for _, k := range append(Kinds(), Person, Location) {
		if strings.EqualFold(string(k), s) {
			return k, true
		}
	}
	return "", false
}

func kindNames() string {
	var b strings.Builder
	for i, k := range append(Kinds(), Person, Location) {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(k))
	}
	return b.String()
}

func (p *jsonParser) kinds(v *jsonNode, path string, o *Options) error {
	if err := p.want(v, path, jsonArray); err != nil {
		return err
	}
	o.Kinds = []Kind{}
	for i, e := range v.elems {
		ep := fmt.Sprintf("%s[%d]", path, i)
		s, err := p.str(e, ep)
		if err != nil {
			return err
		}
		k, ok := builtinKind(s)
		if !ok {
			return p.errf(e, ep, "unknown kind %q; valid kinds: %s", s, kindNames())
		}
		if !slices.Contains(o.Kinds, k) {
			o.Kinds = append(o.Kinds, k)
		}
	}
	return nil
}

func (p *jsonParser) keys(v *jsonNode, path string, o *Options) error {
	if err := p.want(v, path, jsonObject); err != nil {
		return err
	}
	o.Keys = make(map[string]Kind, len(v.keys))
	for i, w := range v.keys {
		kp := path + "." + w
		s, err := p.str(v.vals[i], kp)
		if err != nil {
			return err
		}
		if strings.TrimSpace(w) == "" {
			return p.errf(v.vals[i], kp, "empty key word")
		}
		k := Kind("")
		if s != "" {
			var ok bool
			if k, ok = builtinKind(s); !ok {
				return p.errf(v.vals[i], kp, "unknown kind %q (want a built-in kind, or \"\" to stop the word counting); valid kinds: %s", s, kindNames())
			}
		}
		o.Keys[strings.ToLower(w)] = k
	}
	return nil
}

// lists decodes an object from kind names to values, calling f for each.
func (p *jsonParser) lists(v *jsonNode, path string, f func(Kind, *jsonNode, string) error) error {
	if err := p.want(v, path, jsonObject); err != nil {
		return err
	}
	for i, name := range v.keys {
		kp := path + "." + name
		k := Kind(name)
		if bk, ok := builtinKind(name); ok {
			k = bk
		} else if err := checkKindName(name); err != nil {
			return p.errf(v.vals[i], kp, "%v", err)
		}
		if err := f(k, v.vals[i], kp); err != nil {
			return err
		}
	}
	return nil
}

// checkKindName checks the name of a kind of the user's own.
func checkKindName(s string) error {
	if s == "" {
		return errors.New("empty kind")
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '.') {
			return fmt.Errorf("kind %q: use letters, digits, '_', '-' and '.'", s)
		}
	}
	return nil
}

// denyWords checks the words of a deny list.
func (p *jsonParser) denyWords(v *jsonNode, path string, words []string) error {
	for i, w := range words {
		switch t := strings.TrimSpace(w); {
		case t == "":
			return p.errf(v.elems[i], fmt.Sprintf("%s[%d]", path, i), "empty word")
		case len(t) > MaxCustomMatch:
			return p.errf(v.elems[i], fmt.Sprintf("%s[%d]", path, i), "%d bytes long, more than %d", len(t), MaxCustomMatch)
		}
	}
	return nil
}

func (p *jsonParser) recognizers(v *jsonNode, path string, o *Options) error {
	if err := p.want(v, path, jsonArray); err != nil {
		return err
	}
	for i, e := range v.elems {
		rp := fmt.Sprintf("%s[%d]", path, i)
		if err := p.want(e, rp, jsonObject); err != nil {
			return err
		}
		var rec Recognizer
		kindNode := (*jsonNode)(nil)
		for j, k := range e.keys {
			f, fp := e.vals[j], rp+"."+k
			var err error
			switch k {
			case "kind":
				var s string
				if s, err = p.str(f, fp); err == nil {
					kindNode = f
					if bk, ok := builtinKind(s); ok {
						rec.Kind = bk
					} else if err = checkKindName(s); err != nil {
						err = p.errf(f, fp, "%v", err)
					} else {
						rec.Kind = Kind(s)
					}
				}
			case "patterns":
				err = p.patterns(f, fp, &rec, nil)
			case "context":
				rec.Context, err = p.strings(f, fp)
			case "deny":
				if rec.Deny, err = p.strings(f, fp); err == nil {
					err = p.denyWords(f, fp, rec.Deny)
				}
			default:
				err = p.unknown(e, j, rp, []string{"kind", "patterns", "context", "deny"})
			}
			if err != nil {
				return err
			}
		}
		switch {
		case kindNode == nil:
			return p.errf(e, rp, "no kind")
		case len(rec.Patterns) == 0 && len(rec.Deny) == 0:
			return p.errf(e, rp, "recognizer %s has no patterns and no deny words", rec.Kind)
		}
		o.Recognizers = append(o.Recognizers, rec)
	}
	return nil
}

// patterns decodes a list of {name, regex, score}. With translate set
// (Presidio), each regex is translated first.
func (p *jsonParser) patterns(v *jsonNode, path string, rec *Recognizer, translate func(string) string) error {
	if err := p.want(v, path, jsonArray); err != nil {
		return err
	}
	for i, e := range v.elems {
		pp := fmt.Sprintf("%s[%d]", path, i)
		if err := p.want(e, pp, jsonObject); err != nil {
			return err
		}
		var pat Pattern
		var regexNode, scoreNode *jsonNode
		for j, k := range e.keys {
			f, fp := e.vals[j], pp+"."+k
			var err error
			switch k {
			case "name":
				pat.Name, err = p.str(f, fp)
			case "regex":
				pat.Regex, err = p.str(f, fp)
				regexNode = f
			case "score":
				pat.Score, err = p.score(f, fp)
				scoreNode = f
			default:
				err = p.unknown(e, j, pp, []string{"name", "regex", "score"})
			}
			if err != nil {
				return err
			}
		}
		switch {
		case regexNode == nil:
			return p.errf(e, pp, "no regex")
		case scoreNode == nil:
			return p.errf(e, pp, "no score")
		}
		if translate != nil {
			pat.Regex = translate(pat.Regex)
		}
		if _, err := regexp2.Compile(pat.Regex, regexp2.None); err != nil {
			return p.errf(regexNode, pp+".regex", "%s%v", p.where(pat), err)
		}
		rec.Patterns = append(rec.Patterns, pat)
	}
	return nil
}

// where names a pattern in errors: empty for a configuration's own, whose
// JSON path says enough; the recognizer and pattern for Presidio's.
func (p *jsonParser) where(pat Pattern) string {
	if p.presidioName == "" {
		return ""
	}
	return fmt.Sprintf("recognizer %q, pattern %q: ", p.presidioName, pat.Name)
}

// presidioFiles reads the Presidio recognizers a configuration names.
func (p *jsonParser) presidioFiles(v *jsonNode, path string, o *Options) error {
	files, err := p.strings(v, path)
	if err != nil {
		return err
	}
	for i, f := range files {
		full := p.rel(f)
		data, err := os.ReadFile(full)
		if err != nil {
			return p.errf(v.elems[i], fmt.Sprintf("%s[%d]", path, i), "%v", err)
		}
		recs, err := importPresidio(data, full)
		if err != nil {
			return err
		}
		o.Recognizers = append(o.Recognizers, recs...)
	}
	return nil
}

// rel resolves a path relative to the configuration file's directory.
func (p *jsonParser) rel(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(filepath.Dir(p.file), path)
}

// readDenyFile reads one word or phrase per line.
func readDenyFile(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var words []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if !utf8.Valid(line) {
			return nil, fmt.Errorf("%s:%d: not valid UTF-8", path, n)
		}
		w := strings.TrimSpace(string(line))
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if len(w) > MaxCustomMatch {
			return nil, fmt.Errorf("%s:%d: %d bytes long, more than %d", path, n, len(w), MaxCustomMatch)
		}
		words = append(words, w)
	}
	return words, sc.Err()
}

// A small JSON reader that keeps the position of every value, so that
// errors can name the line, and that sees duplicate keys, which
// encoding/json's Unmarshal silently merges.

type jsonKind byte

const (
	jsonNull jsonKind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

func (k jsonKind) String() string {
	return [...]string{"null", "a boolean", "a number", "a string", "an array", "an object"}[k]
}

type jsonNode struct {
	kind  jsonKind
	off   int64 // where the value ends (for a string or number) or starts
	str   string
	num   json.Number
	b     bool
	elems []*jsonNode
	keys  []string
	koff  []int64 // where each key ends
	vals  []*jsonNode
}

type jsonParser struct {
	file         string
	data         []byte
	dec          *json.Decoder
	presidioName string // the Presidio recognizer being read, for errors
}

// maxConfigDepth bounds nesting; no configuration needs more than a few.
const maxConfigDepth = 32

func (p *jsonParser) parse() (*jsonNode, error) {
	p.dec = json.NewDecoder(bytes.NewReader(p.data))
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%s:%d: data after the end of the JSON value", p.file, p.line(p.dec.InputOffset()))
	}
	return n, nil
}

func (p *jsonParser) syntax(err error) error {
	off := p.dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s:%d: %v", p.file, p.line(off), err)
}

func (p *jsonParser) value(depth int) (*jsonNode, error) {
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(err)
	}
	n := &jsonNode{off: p.dec.InputOffset()}
	switch t := tok.(type) {
	case json.Delim:
		if depth == maxConfigDepth {
			return nil, fmt.Errorf("%s:%d: nested more than %d deep", p.file, p.line(n.off), maxConfigDepth)
		}
		if t == '[' {
			n.kind = jsonArray
			for p.dec.More() {
				e, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, e)
			}
		} else {
			n.kind = jsonObject
			for p.dec.More() {
				kt, err := p.dec.Token()
				if err != nil {
					return nil, p.syntax(err)
				}
				k, _ := kt.(string)
				koff := p.dec.InputOffset()
				if slices.Contains(n.keys, k) {
					return nil, fmt.Errorf("%s:%d: field %q given twice", p.file, p.line(koff), k)
				}
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k)
				n.koff = append(n.koff, koff)
				n.vals = append(n.vals, v)
			}
		}
		if _, err := p.dec.Token(); err != nil { // the closing delimiter
			return nil, p.syntax(err)
		}
	case string:
		n.kind, n.str = jsonString, t
	case json.Number:
		n.kind, n.num = jsonNumber, t
	case bool:
		n.kind, n.b = jsonBool, t
	case nil:
		n.kind = jsonNull
	}
	return n, nil
}

// line returns the line of the byte at off (counting from 1).
func (p *jsonParser) line(off int64) int {
	off = min(max(off, 0), int64(len(p.data)))
	return 1 + bytes.Count(p.data[:off], []byte{'\n'})
}

// errf returns an error at node n, whose JSON path is path.
func (p *jsonParser) errf(n *jsonNode, path, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if path == "" {
		return fmt.Errorf("%s:%d: %s", p.file, p.line(n.off), msg)
	}
	return fmt.Errorf("%s:%d: %s: %s", p.file, p.line(n.off), path, msg)
}

// unknown returns the error for the unknown i'th field of object n.
func (p *jsonParser) unknown(n *jsonNode, i int, path string, known []string) error {
	fp := n.keys[i]
	if path != "" {
		fp = path + "." + fp
	}
	return fmt.Errorf("%s:%d: %s: unknown field (known: %s)", p.file, p.line(n.koff[i]), fp, strings.Join(known, ", "))
}

func (p *jsonParser) want(n *jsonNode, path string, k jsonKind) error {
	if n.kind != k {
		return p.errf(n, path, "want %v, not %v", k, n.kind)
	}
	return nil
}

func (p *jsonParser) str(n *jsonNode, path string) (string, error) {
	return n.str, p.want(n, path, jsonString)
}

func (p *jsonParser) boolean(n *jsonNode, path string) (bool, error) {
	return n.b, p.want(n, path, jsonBool)
}

func (p *jsonParser) num(n *jsonNode, path string) (float64, error) {
	if err := p.want(n, path, jsonNumber); err != nil {
		return 0, err
	}
	f, err := n.num.Float64()
	if err != nil {
		return 0, p.errf(n, path, "%v", err)
	}
	return f, nil
}

// score decodes a number in (0, 1].
func (p *jsonParser) score(n *jsonNode, path string) (float64, error) {
	f, err := p.num(n, path)
	if err == nil && !(f > 0 && f <= 1) {
		err = p.errf(n, path, "%v outside (0, 1]", n.num)
	}
	return f, err
}

func (p *jsonParser) strings(n *jsonNode, path string) ([]string, error) {
	if err := p.want(n, path, jsonArray); err != nil {
		return nil, err
	}
	out := make([]string, len(n.elems))
	for i, e := range n.elems {
		s, err := p.str(e, fmt.Sprintf("%s[%d]", path, i))
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}
