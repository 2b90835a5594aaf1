package redact_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

const fullConfig = "testdata/config/kavach.json"

func TestLoadConfig(t *testing.T) {
	t.Setenv("KAVACH_KEY", "")
	o, err := redact.LoadConfig(fullConfig)
	require.NoError(t, err)
	assert.Equal(t, []redact.Kind{redact.Aadhaar, redact.PAN, redact.Mobile, redact.Email, redact.Person}, o.Kinds)
	assert.Equal(t, 0.6, o.MinScore)
	assert.Equal(t, redact.Label, o.Mode)
	assert.Nil(t, o.HashKey) // the variable is empty, and the mode is not hash
	assert.Equal(t, 64, o.ContextWindow)
	assert.Equal(t, 50*time.Millisecond, o.PatternTimeout)
	assert.Equal(t, map[string]redact.Kind{"cust_ref": redact.Person, "name": ""}, o.Keys)
	assert.False(t, o.NoKeyNames)
	assert.False(t, o.KeepPrivateIPs)
	require.Len(t, o.Recognizers, 2)
	assert.Equal(t, redact.Recognizer{
		Kind:     "ACME_CUSTOMER_ID",
		Patterns: []redact.Pattern{{Name: "customer id", Regex: `\bAC-\d{8}\b`, Score: 0.6}},
		Context:  []string{"customer", "cust"},
		Deny:     []string{"AC-LEGACY-ROOT"},
	}, o.Recognizers[0])
	assert.Equal(t, redact.Recognizer{ // from presidio/policy.json; the disabled one is skipped
		Kind:     "ACME_POLICY",
		Patterns: []redact.Pattern{{Name: "policy (medium)", Regex: `(?ims)\b(?<prefix>pol)-(?<num>\d{6})\b`, Score: 0.5}},
		Context:  []string{"policy"},
		Deny:     []string{"POL-MASTER"},
	}, o.Recognizers[1])
	assert.Equal(t, map[redact.Kind][]string{redact.Mobile: {"+91 98765 00000"}, "ACME_CUSTOMER_ID": {"AC-00000000"}}, o.Allow)
	assert.Equal(t, map[redact.Kind][]string{redact.Person: {"Asha Verma", "Ramesh Kumar", "Priya Nair", "राम कुमार"}}, o.Deny)

	t.Setenv("KAVACH_KEY", "s3cret")
	o, err = redact.LoadConfig(fullConfig)
	require.NoError(t, err)
	assert.Equal(t, []byte("s3cret"), o.HashKey)
}

// TestConfigRedacts runs the full configuration over a few log lines.
func TestConfigRedacts(t *testing.T) {
	o, err := redact.LoadConfig(fullConfig)
	require.NoError(t, err)
	r, err := redact.New(o)
	require.NoError(t, err)
	for _, tt := range []struct{ in, want string }{
		{"customer AC-12345678 logged in", "customer <ACME_CUSTOMER_ID> logged in"},
		{"test account AC-00000000", "test account AC-00000000"}, // allowed
		{"renewed policy pol-123456", "renewed policy <ACME_POLICY>"},
		{"agent Ramesh Kumar called", "agent <PERSON> called"},
		{"एजेंट राम कुमार", "एजेंट <PERSON>"},
		{"support line 098765-00000", "support line 098765-00000"}, // allowed, in another written form
		{"mobile 98765 11111", "mobile <IN_MOBILE>"},
	} {
		out, _ := r.String(tt.in)
		assert.Equal(t, tt.want, out, tt.in)
	}
}

func TestParseConfigErrors(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("ok\n\xff\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "long.txt"), []byte("# long\n"+strings.Repeat("a", 300)+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.json"), []byte("{\n\"supported_entity\": \"X\",\n\"patterns\": [{\"name\": \"p\", \"regex\": \"(\", \"score\": 0.5}]}"), 0o644))
	t.Setenv("KAVACH_TEST_EMPTY", "")
	tests := []struct{ config, want string }{
		{`{"kinds": ["IN_AADHAAR"], "colour": 1}`, `kavach.json:1: colour: unknown field (known: kinds, `},
		{"{\n\"recognizers\": [{\"kind\": \"X\", \"patterns\": [{\"regex\": \"a\", \"score\": 0.5, \"weight\": 1}]}]}", `kavach.json:2: recognizers[0].patterns[0].weight: unknown field (known: name, regex, score)`},
		{"{\n\"recognizers\": [{\n\"kind\": \"X\",\n\"patterns\": [\n{\"name\": \"a\", \"regex\": \"a\", \"score\": 0.5},\n{\"name\": \"b\", \"regex\": \"(?<x\", \"score\": 0.5}]}]}", "kavach.json:6: recognizers[0].patterns[1].regex: error parsing regexp: "},
		{`{"recognizers": [{"kind": "X", "patterns": [{"regex": "a", "score": 0}]}]}`, `kavach.json:1: recognizers[0].patterns[0].score: 0 outside (0, 1]`},
		{`{"recognizers": [{"kind": "X", "patterns": [{"regex": "a", "score": "high"}]}]}`, `kavach.json:1: recognizers[0].patterns[0].score: want a number, not a string`},
		{`{"recognizers": [{"kind": "X", "patterns": [{"regex": "a"}]}]}`, `kavach.json:1: recognizers[0].patterns[0]: no score`},
		{`{"recognizers": [{"kind": "X"}]}`, `kavach.json:1: recognizers[0]: recognizer X has no patterns and no deny words`},
		{`{"recognizers": [{"patterns": []}]}`, `kavach.json:1: recognizers[0]: no kind`},
		{`{"recognizers": [{"kind": "my kind", "deny": ["a"]}]}`, `kavach.json:1: recognizers[0].kind: kind "my kind": use letters, digits, '_', '-' and '.'`},
		{`{"recognizers": [{"kind": "X", "deny": [""]}]}`, `kavach.json:1: recognizers[0].deny[0]: empty word`},
		{`{"recognizers": {}}`, `kavach.json:1: recognizers: want an array, not an object`},
		{`{"kinds": ["IN_AADHAR"]}`, `kavach.json:1: kinds[0]: unknown kind "IN_AADHAR"; valid kinds: IN_AADHAAR, `},
		{`{"kinds": "IN_AADHAAR"}`, `kavach.json:1: kinds: want an array, not a string`},
		{`{"min_score": 1.5}`, `kavach.json:1: min_score: 1.5 outside (0, 1]`},
		{`{"min_score": 0}`, `kavach.json:1: min_score: 0 outside (0, 1]`},
		{`{"mode": "blur"}`, `kavach.json:1: mode: unknown mode "blur" (want mask, label, hash or remove)`},
		{`{"mode": "hash"}`, `kavach.json:1: mode: mode hash needs hash_key_env, the name of the environment variable that holds the key (never the key itself)`},
		{`{"mode": "hash", "hash_key_env": "KAVACH_TEST_EMPTY"}`, `kavach.json:1: hash_key_env: environment variable KAVACH_TEST_EMPTY is not set or empty; mode hash needs the key in it`},
		{`{"context_window": 300}`, `kavach.json:1: context_window: 300: want a whole number of characters from 1 to 256`},
		{`{"context_window": 1.5}`, `kavach.json:1: context_window: 1.5: want a whole number of characters from 1 to 256`},
		{`{"pattern_timeout": "0s"}`, `kavach.json:1: pattern_timeout: "0s": must be positive: patterns always run with a timeout`},
		{`{"pattern_timeout": "-5ms"}`, `kavach.json:1: pattern_timeout: "-5ms": must be positive: patterns always run with a timeout`},
		{`{"pattern_timeout": "soon"}`, `kavach.json:1: pattern_timeout: "soon": want a duration such as "100ms"`},
		{`{"pattern_timeout": 100}`, `kavach.json:1: pattern_timeout: want a string, not a number`},
		{`{"keys": {"ref": "CUSTOMER"}}`, `kavach.json:1: keys.ref: unknown kind "CUSTOMER" (want a built-in kind, or "" to stop the word counting)`},
		{`{"no_key_names": "yes"}`, `kavach.json:1: no_key_names: want a boolean, not a string`},
		{`{"keep_private_ips": 1}`, `kavach.json:1: keep_private_ips: want a boolean, not a number`},
		{`{"allow": {"ACME_ID": ["1"]}}`, `kavach.json:1: allow.ACME_ID: unknown kind "ACME_ID": not built in, and no recognizer or deny list here reports it`},
		{`{"allow": {"IN_MOBILE": "1800 266 1234"}}`, `kavach.json:1: allow.IN_MOBILE: want an array, not a string`},
		{`{"deny": {"PERSON": ["a", 1]}}`, `kavach.json:1: deny.PERSON[1]: want a string, not a number`},
		{`{"deny": {"PERSON": ["` + strings.Repeat("a", 300) + `"]}}`, `kavach.json:1: deny.PERSON[0]: 300 bytes long, more than 256`},
		{`{"deny_files": {"PERSON": "missing.txt"}}`, `kavach.json:1: deny_files.PERSON: open `},
		{`{"deny_files": {"PERSON": "bad.txt"}}`, `kavach.json:1: deny_files.PERSON: bad.txt:2: not valid UTF-8`},
		{`{"deny_files": {"PERSON": "long.txt"}}`, `kavach.json:1: deny_files.PERSON: long.txt:2: 300 bytes long, more than 256`},
		{`{"presidio": ["p.json"]}`, `p.json:3: patterns[0].regex: recognizer "X", pattern "p": error parsing regexp: `},
		{`{"presidio": ["none.json"]}`, `kavach.json:1: presidio[0]: open `},
		{"{\n\"kinds\": [],\n\"kinds\": []}", `kavach.json:3: field "kinds" given twice`},
		{"{\n\"deny\": {\"A\": [\"x\"],\n\"A\": [\"y\"]}}", `kavach.json:3: field "A" given twice`},
		{`[]`, `kavach.json:1: want an object, not an array`},
		{`{"kinds": []} {}`, `kavach.json:1: data after the end of the JSON value`},
		{"{\n\"kinds\": [,]}", `kavach.json:2: invalid character ',' looking for beginning of value`},
		{`{"kinds": [`, `kavach.json:1: unexpected EOF`},
		{``, `kavach.json:1: unexpected EOF`},
		{strings.Repeat("[", 100), `kavach.json:1: nested more than 32 deep`},
		// Checked by New after the file parsed.
		{`{"recognizers": [{"kind": "IN_AADHAAR", "deny": ["x"]}], "allow": {"IN_AADHAAR": ["--"]}}`, `kavach.json: redact: Allow[IN_AADHAAR]: "--" has no letter or digit`},
	}
	for _, tt := range tests {
		_, err := redact.ParseConfig(strings.NewReader(tt.config), filepath.Join(dir, "kavach.json"))
		if assert.Error(t, err, tt.config) {
			msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			assert.True(t, strings.HasPrefix(msg, tt.want), "config %s\ngot  %s\nwant %s", tt.config, msg, tt.want)
		}
	}
}

// TestDenyFile100k: a deny list of 100,000 names belongs in a file.
func TestDenyFile100k(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("# staff names\n")
	for i := range 100000 {
		fmt.Fprintf(&b, "Staff%05d Kumar\n", i)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "staff.txt"), []byte(b.String()), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "kavach.json"), []byte(`{"mode": "label", "deny_files": {"PERSON": "staff.txt"}}`), 0o644))
	o, err := redact.LoadConfig(filepath.Join(dir, "kavach.json"))
	require.NoError(t, err)
	require.Len(t, o.Deny[redact.Person], 100000)
	r, err := redact.New(o)
	require.NoError(t, err)
	out, _ := r.String("ticket closed by STAFF04711 kumar; staff04711 kumaran is someone else")
	assert.Equal(t, "ticket closed by <PERSON>; staff04711 kumaran is someone else", out)
}

// TestReadmeConfig: the README shows the full configuration as it is.
func TestReadmeConfig(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	full, err := os.ReadFile(fullConfig)
	require.NoError(t, err)
	assert.Contains(t, string(readme), "```json\n"+string(full)+"```\n")
}

func TestLoadConfigMissing(t *testing.T) {
	_, err := redact.LoadConfig("testdata/config/none.json")
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func ExampleLoadConfig() {
	opts, err := redact.LoadConfig("testdata/config/kavach.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := redact.New(opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, findings := r.String("customer AC-12345678 asked for Ramesh Kumar")
	fmt.Println(out)
	for _, f := range findings {
		fmt.Println(f.Kind, f.Reason)
	}
	// Output:
	// customer <ACME_CUSTOMER_ID> asked for <PERSON>
	// ACME_CUSTOMER_ID pattern "customer id"; context "customer" before
	// PERSON deny list
}

func ExampleParseConfig() {
	_, err := redact.ParseConfig(strings.NewReader(`{
  "recognizers": [{
    "kind": "ACME_LOAN",
    "patterns": [{"name": "loan", "regex": "\\bLN(\\d{10}\\b", "score": 0.7}]
  }]
}`), "kavach.json")
	fmt.Println(err)
	// Output:
	// kavach.json:4: recognizers[0].patterns[0].regex: error parsing regexp: missing closing ) in `\bLN(\d{10}\b`
}

func FuzzParseConfig(f *testing.F) {
	full, err := os.ReadFile(fullConfig)
	require.NoError(f, err)
	f.Add(string(full))                                                                      // every field
	f.Add(`{}`)                                                                              // empty
	f.Add(`{"kinds": ["IN_PAN"], "kinds": []}`)                                              // duplicate key
	f.Add(`{"recognizers": [{"kind": "X", "patterns": [{"regex": "(a+)+$", "score": 1}]}]}`) // a slow pattern
	f.Add(`{"deny": {"PERSON": ["राम", "  "]}, "allow": {"PERSON": ["x"]}}`)                 // deny and allow
	f.Add(`[{"a": [1, 2, {"b": null}]}]`)                                                    // nested garbage
	f.Add(`{"mode": "hash", "hash_key_env": "HOME"}`)                                        // hash with a key
	f.Add("\xff{")                                                                           // not JSON
	f.Fuzz(func(t *testing.T, config string) {
		// Relative paths resolve under testdata/config.
		o, err := redact.ParseConfig(strings.NewReader(config), fullConfig)
		if err != nil {
			return
		}
		r, err := redact.New(o)
		require.NoError(t, err)
		r.String("customer AC-12345678 Ramesh Kumar")
	})
}
