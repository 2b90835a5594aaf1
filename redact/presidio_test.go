package redact_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dlclark/regexp2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

func TestImportPresidio(t *testing.T) {
	// Presidio's documented ad-hoc recognizer, one object.
	zip := `{
  "name": "Zip code Recognizer",
  "supported_language": "en",
  "patterns": [{"name": "zip code (weak)", "regex": "(\\b\\d{5}(?:\\-\\d{4})?\\b)", "score": 0.01}],
  "context": ["zip", "code"],
  "supported_entity": "ZIP"
}`
	recs, err := redact.ImportPresidio(strings.NewReader(zip))
	require.NoError(t, err)
	assert.Equal(t, []redact.Recognizer{{
		Kind:     "ZIP",
		Patterns: []redact.Pattern{{Name: "zip code (weak)", Regex: `(?ims)(\b\d{5}(?:\-\d{4})?\b)`, Score: 0.01}},
		Context:  []string{"zip", "code"},
	}}, recs)

	// A deny-list recognizer (Presidio's titles example) and a pattern with
	// named groups, in an array.
	recs, err = redact.ImportPresidio(strings.NewReader(`[
  {"supported_entity": "TITLE", "deny_list": ["Mr.", "Mrs.", "Professor"], "deny_list_score": 1},
  {"name": "employee", "supported_entity": "ACME_EMPLOYEE",
   "patterns": [{"name": "emp", "regex": "(?P<site>[A-Z]{3})-(?P<num>\\d{5})-(?P=site)", "score": 0.6}]}
]`))
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, redact.Recognizer{Kind: "TITLE", Deny: []string{"Mr.", "Mrs.", "Professor"}}, recs[0])
	assert.Equal(t, `(?ims)(?<site>[A-Z]{3})-(?<num>\d{5})-\k<site>`, recs[1].Patterns[0].Regex)

	// Presidio's flags: case-insensitive, so "bom" matches [A-Z]{3}.
	r, err := redact.New(&redact.Options{Kinds: []redact.Kind{}, Recognizers: recs})
	require.NoError(t, err)
	out, fs := r.String("badge bom-12345-BOM issued by Professor Rao, not BOM-12345-DEL")
	assert.Equal(t, "badge XXX-XXXXX-XXX issued by XXXXXXXXX Rao, not BOM-12345-DEL", out)
	require.Len(t, fs, 2)
	assert.Equal(t, redact.Kind("ACME_EMPLOYEE"), fs[0].Kind)
	assert.Equal(t, redact.Kind("TITLE"), fs[1].Kind)

	// A registry file (recognizers.yaml through yq -o=json), with its
	// own flags.
	recs, err = redact.ImportPresidio(strings.NewReader(`{
  "supported_languages": ["en"],
  "global_regex_flags": 2,
  "recognizers": [
    {"name": "a", "type": "custom", "supported_entity": "A", "patterns": [{"name": "p", "regex": "^a.b$", "score": 0.5}]},
    {"name": "b", "supported_entity": "B", "global_regex_flags": 0, "patterns": [{"name": "p", "regex": "x", "score": 0.5}]},
    {"name": "c", "supported_entity": "C", "enabled": false, "patterns": [{"name": "p", "regex": "y", "score": 0.5}]}
  ]
}`))
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, "(?i)^a.b$", recs[0].Patterns[0].Regex)
	assert.Equal(t, "x", recs[1].Patterns[0].Regex)
}

func TestImportPresidioErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{\n\"supported_entity\": \"ZIP\",\n\"patterns\": [],\n\"deny\": [\"x\"]}", `presidio:4: deny: unknown field (known: name, supported_entity, patterns, context, deny_list, `},
		{"[{\"supported_entity\": \"A\", \"deny_list\": [\"x\"]},\n{\"name\": \"Zip\", \"supported_entity\": \"ZIP\",\n\"patterns\": [{\"name\": \"weak\",\n\"regex\": \"(\\\\d{5}\", \"score\": 0.1}]}]", `presidio:4: [1].patterns[0].regex: recognizer "Zip", pattern "weak": error parsing regexp: missing closing )`},
		{`{"name": "n", "patterns": [{"name": "p", "regex": "a", "score": 0.5}]}`, `presidio:1: recognizer "n" has no supported_entity`},
		{`{"supported_entity": "ZIP"}`, `presidio:1: recognizer "ZIP" has no patterns and no deny_list`},
		{`{"supported_entity": "ZIP CODE", "deny_list": ["x"]}`, `presidio:1: supported_entity: kind "ZIP CODE": use letters, digits, '_', '-' and '.'`},
		{`{"supported_entity": "Z", "patterns": [{"name": "p", "regex": "a", "score": 1.5}]}`, `presidio:1: patterns[0].score: 1.5 outside (0, 1]`},
		{`{"supported_entity": "Z", "patterns": [{"name": "p", "regex": "a", "score": 0.5, "flags": 2}]}`, `presidio:1: patterns[0].flags: unknown field (known: name, regex, score)`},
		{`{"name": "CreditCardRecognizer", "type": "predefined"}`, `presidio:1: type: a predefined recognizer names a Presidio class and cannot be imported`},
		{`{"supported_entity": "Z", "global_regex_flags": 256, "deny_list": ["x"]}`, `presidio:1: global_regex_flags: 256: only re.IGNORECASE (2), re.MULTILINE (8), re.DOTALL (16) and re.VERBOSE (64) are supported`},
		{`{"recognizers": [], "languages": []}`, `presidio:1: languages: unknown field (known: recognizers, global_regex_flags, supported_languages)`},
		{`{"supported_entity": "Z", "enabled": "no", "deny_list": ["x"]}`, `presidio:1: enabled: want a boolean, not a string`},
		{`"ZIP"`, `presidio:1: want a recognizer object or an array of them, not a string`},
		{`[1]`, `presidio:1: [0]: want an object, not a number`},
		{"{\n\"supported_entity\": \"A\",\n\"supported_entity\": \"B\"}", `presidio:3: field "supported_entity" given twice`},
		{"name: Zip\nsupported_entity: ZIP\n", `presidio:1: invalid character 'a' in literal null (expecting 'u')`},
	}
	for _, tt := range tests {
		_, err := redact.ImportPresidio(strings.NewReader(tt.in))
		if assert.Error(t, err, tt.in) {
			assert.True(t, strings.HasPrefix(err.Error(), tt.want), "in %s\ngot  %s\nwant %s", tt.in, err, tt.want)
		}
	}
}

// TestImportPresidioOracle imports Presidio's own Indian recognizers, as
// recorded in the reference vectors, and checks every pattern compiles.
func TestImportPresidioOracle(t *testing.T) {
	dir := os.Getenv("KAVACH_ORACLE_DIR")
	if dir == "" {
		dir = "../../shared/oracle"
	}
	data, err := os.ReadFile(dir + "/presidio_in.json")
	if err != nil {
		t.Skipf("no Presidio reference vectors: %v", err)
	}
	var doc struct {
		Recognizers map[string]struct {
			Patterns [][]any `json:"patterns"`
		} `json:"recognizers"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	var b strings.Builder
	b.WriteString("[")
	n := 0
	for name, rec := range doc.Recognizers {
		if len(rec.Patterns) == 0 {
			continue
		}
		if n > 0 {
			b.WriteString(",")
		}
		n++
		fmt.Fprintf(&b, `{"name": %q, "supported_entity": "IN_%s", "patterns": [`, name, strings.ToUpper(name))
		for i, p := range rec.Patterns {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"name": %q, "regex": %q, "score": %v}`, p[0], p[1], max(p[2].(float64), 0.01))
		}
		b.WriteString("]}")
	}
	b.WriteString("]")
	recs, err := redact.ImportPresidio(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Len(t, recs, n)
	_, err = redact.New(&redact.Options{Recognizers: recs})
	require.NoError(t, err)
}

func ExampleImportPresidio() {
	recs, err := redact.ImportPresidio(strings.NewReader(`{
  "name": "Policy number recognizer",
  "supported_entity": "ACME_POLICY",
  "patterns": [{"name": "policy", "regex": "\\bPOL-(?P<num>\\d{6})\\b", "score": 0.5}],
  "context": ["policy"]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(recs[0].Kind, recs[0].Patterns[0].Regex)
	r, err := redact.New(&redact.Options{Recognizers: recs, Mode: redact.Label})
	if err != nil {
		fmt.Println(err)
		return
	}
	out, findings := r.String("renewed policy pol-123456 today")
	fmt.Println(out)
	fmt.Println(findings[0].Score, findings[0].Reason)
	// Output:
	// ACME_POLICY (?ims)\bPOL-(?<num>\d{6})\b
	// renewed policy <ACME_POLICY> today
	// 0.85 pattern "policy"; context "policy" before
}

func FuzzImportPresidio(f *testing.F) {
	f.Add(`{"name": "Zip", "supported_entity": "ZIP", "patterns": [{"name": "z", "regex": "\\b\\d{5}\\b", "score": 0.1}]}`) // one recognizer
	f.Add(`[{"supported_entity": "T", "deny_list": ["Mr."]}]`)                                                              // a deny list in an array
	f.Add(`{"recognizers": [], "global_regex_flags": 26}`)                                                                  // a registry
	f.Add(`{"supported_entity": "Z", "patterns": [{"name": "p", "regex": "(?P<a>x)(?P=a){,2}\\Z", "score": 1}]}`)           // translated syntax
	f.Add(`{"supported_entity": "Z", "patterns": [{"name": "p", "regex": "[(?P<", "score": 1}]}`)                           // a broken class
	f.Add(`[[[[`)                                                                                                           // garbage
	f.Add(``)                                                                                                               // empty
	f.Fuzz(func(t *testing.T, in string) {
		recs, err := redact.ImportPresidio(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, rec := range recs {
			for _, p := range rec.Patterns {
				_, err := regexp2.Compile(p.Regex, regexp2.None)
				require.NoError(t, err)
			}
		}
	})
}
