package redact

import (
	"fmt"
	"io"
	"strings"
)

// ImportPresidio reads recognizers in the JSON form of Presidio's
// PatternRecognizer, so that a team moving from Presidio keeps its own:
// one recognizer object, an array of them, or an object with a
// "recognizers" array (Presidio's recognizer registry file):
//
//	{
//	  "name": "Zip code Recognizer",
//	  "supported_entity": "ZIP",
//	  "patterns": [{"name": "zip code (weak)", "regex": "(\\b\\d{5}(?:\\-\\d{4})?\\b)", "score": 0.01}],
//	  "context": ["zip", "code"],
//	  "deny_list": ["00000"]
//	}
//
// Each recognizer becomes a [Recognizer] of Kind supported_entity, with
// its patterns, context words and deny_list. Presidio compiles its
// patterns with Python's re.IGNORECASE, re.MULTILINE and re.DOTALL, so
// each regex is translated to the regexp2 syntax with the same meaning:
// the flags become a leading "(?ims)" (or those that global_regex_flags
// sets), "(?P<name>" becomes "(?<name>", "(?P=name)" becomes "\k<name>",
// "\Z" becomes "\z" and "{,n}" becomes "{0,n}". Each translated regex must
// compile; an error names the recognizer, the pattern and the line.
//
// Presidio's other fields are accepted: supported_language,
// supported_languages, version, id and type are ignored; a recognizer
// with "enabled": false is skipped; deny_list_score is ignored, since a
// deny word always scores 1 in kavach; global_regex_flags (in a
// recognizer, or for all of them beside "recognizers") replaces the
// default flags. Any other field is an error naming it and its line, as
// is a recognizer of "type": "predefined", which names one of Presidio's
// own classes rather than defining patterns.
//
// ImportPresidio reads JSON only: reading YAML would need a dependency.
// Convert a YAML file first, for example with yq:
//
//	yq -o=json recognizers.yaml > recognizers.json
func ImportPresidio(r io.Reader) ([]Recognizer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("presidio: %w", err)
	}
	return importPresidio(data, "presidio")
}

// Python's re flags, as global_regex_flags spells them.
const (
	pyIgnoreCase = 2
	pyMultiline  = 8
	pyDotAll     = 16
	pyVerbose    = 64
	// presidioFlags are the flags Presidio compiles patterns with.
	presidioFlags = pyIgnoreCase | pyMultiline | pyDotAll
)

func importPresidio(data []byte, name string) ([]Recognizer, error) {
	p := &jsonParser{file: name, data: data}
	root, err := p.parse()
	if err != nil {
		return nil, err
	}
	flags := presidioFlags
	list, path := root, ""
	if root.kind == jsonObject && root.keys != nil && !containsKey(root, "supported_entity") && containsKey(root, "recognizers") {
		// A registry: {"recognizers": [...], "supported_languages": [...], "global_regex_flags": 26}
		for i, k := range root.keys {
			v := root.vals[i]
			switch k {
			case "recognizers":
				list, path = v, k
			case "global_regex_flags":
				if flags, err = p.regexFlags(v, k); err != nil {
					return nil, err
				}
			case "supported_languages":
			default:
				return nil, p.unknown(root, i, "", []string{"recognizers", "global_regex_flags", "supported_languages"})
			}
		}
	}
	var elems []*jsonNode
	switch list.kind {
	case jsonObject:
		elems = []*jsonNode{list}
	case jsonArray:
		elems = list.elems
	default:
		return nil, p.errf(list, path, "want a recognizer object or an array of them, not %v", list.kind)
	}
	var out []Recognizer
	for i, e := range elems {
		rp := path
		if list.kind == jsonArray {
			rp = fmt.Sprintf("%s[%d]", path, i)
		}
		rec, ok, err := p.presidioRecognizer(e, rp, flags)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, rec)
		}
	}
	return out, nil
}

func containsKey(n *jsonNode, k string) bool {
	for _, key := range n.keys {
		if key == k {
			return true
		}
	}
	return false
}

var presidioFields = []string{"name", "supported_entity", "patterns", "context", "deny_list", "supported_language",
	"supported_languages", "version", "id", "type", "enabled", "deny_list_score", "global_regex_flags"}

// presidioRecognizer decodes one recognizer; ok is false for a disabled one.
func (p *jsonParser) presidioRecognizer(n *jsonNode, path string, flags int) (rec Recognizer, ok bool, err error) {
	if err := p.want(n, path, jsonObject); err != nil {
		return rec, false, err
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	// The name and flags first: errors in patterns name the recognizer.
	p.presidioName = ""
	enabled := true
	var patterns, entity *jsonNode
	for i, k := range n.keys {
		v := n.vals[i]
		switch k {
		case "name":
			p.presidioName, err = p.str(v, join(k))
		case "global_regex_flags":
			flags, err = p.regexFlags(v, join(k))
		case "enabled":
			enabled, err = p.boolean(v, join(k))
		case "type":
			var t string
			if t, err = p.str(v, join(k)); err == nil && t == "predefined" {
				err = p.errf(v, join(k), "a predefined recognizer names a Presidio class and cannot be imported; kavach's built-in kinds take its place")
			}
		case "supported_entity":
			var s string
			if s, err = p.str(v, join(k)); err == nil {
				if err = checkKindName(s); err != nil {
					err = p.errf(v, join(k), "%v", err)
				}
				rec.Kind, entity = Kind(s), v
			}
		case "patterns":
			patterns = v
		case "context":
			rec.Context, err = p.strings(v, join(k))
		case "deny_list":
			if rec.Deny, err = p.strings(v, join(k)); err == nil {
				err = p.denyWords(v, join(k), rec.Deny)
			}
		case "deny_list_score":
			_, err = p.num(v, join(k))
		case "supported_language", "version", "id":
			err = p.want(v, join(k), jsonString)
		case "supported_languages":
			_, err = p.strings(v, join(k))
		default:
			err = p.unknown(n, i, path, presidioFields)
		}
		if err != nil {
			return rec, false, err
		}
	}
	if p.presidioName == "" {
		p.presidioName = string(rec.Kind)
	}
	defer func() { p.presidioName = "" }()
	if entity == nil {
		return rec, false, p.errf(n, path, "recognizer %q has no supported_entity", p.presidioName)
	}
	if patterns != nil {
		translate := func(re string) string { return translatePython(re, flags) }
		if err := p.patterns(patterns, join("patterns"), &rec, translate); err != nil {
			return rec, false, err
		}
	}
	if len(rec.Patterns) == 0 && len(rec.Deny) == 0 {
		return rec, false, p.errf(n, path, "recognizer %q has no patterns and no deny_list", p.presidioName)
	}
	return rec, enabled, nil
}

// regexFlags decodes Python re flags: only those with a regexp2
// equivalent are accepted.
func (p *jsonParser) regexFlags(n *jsonNode, path string) (int, error) {
	f, err := p.num(n, path)
	if err != nil {
		return 0, err
	}
	const known = pyIgnoreCase | pyMultiline | pyDotAll | pyVerbose
	if i := int(f); float64(i) != f || i < 0 || i&^known != 0 {
		return 0, p.errf(n, path, "%v: only re.IGNORECASE (2), re.MULTILINE (8), re.DOTALL (16) and re.VERBOSE (64) are supported", n.num)
	}
	return int(f), nil
}

// translatePython rewrites a Python re pattern compiled with flags into
// regexp2 syntax with the same meaning.
func translatePython(re string, flags int) string {
	var b strings.Builder
	b.Grow(len(re) + 8)
	if flags != 0 {
		b.WriteString("(?")
		for _, f := range []struct {
			bit int
			c   byte
		}{{pyIgnoreCase, 'i'}, {pyMultiline, 'm'}, {pyDotAll, 's'}, {pyVerbose, 'x'}} {
			if flags&f.bit != 0 {
				b.WriteByte(f.c)
			}
		}
		b.WriteByte(')')
	}
	inClass := false
	for i := 0; i < len(re); i++ {
		c := re[i]
		switch {
		case c == '\\' && i+1 < len(re):
			if re[i+1] == 'Z' && !inClass {
				b.WriteString(`\z`) // Python's \Z is the very end, .NET's \z
			} else {
				b.WriteByte(c)
				b.WriteByte(re[i+1])
			}
			i++
			continue
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			// A ']' first in a class is a literal.
			b.WriteByte(c)
			if i+1 < len(re) && re[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(re) && re[i+1] == ']' {
				b.WriteByte(']')
				i++
			}
			continue
		case strings.HasPrefix(re[i:], "(?P<"):
			b.WriteString("(?<")
			i += len("(?P<") - 1
			continue
		case strings.HasPrefix(re[i:], "(?P="):
			if end := strings.IndexByte(re[i:], ')'); end > 0 {
				b.WriteString(`\k<` + re[i+len("(?P="):i+end] + `>`)
				i += end
				continue
			}
		case c == '{' && i+1 < len(re) && re[i+1] == ',':
			// Python reads "{,n}" as "{0,n}"; .NET as a literal.
			j := i + 2
			for j < len(re) && re[j] >= '0' && re[j] <= '9' {
				j++
			}
			if j > i+2 && j < len(re) && re[j] == '}' {
				b.WriteString("{0")
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}
