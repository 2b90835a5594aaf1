package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testConfig = `{
  "mode": "label",
  "min_score": 0.9,
  "recognizers": [{"kind": "ACME_CUSTOMER_ID",
    "patterns": [{"name": "id", "regex": "\\bAC-\\d{8}\\b", "score": 0.6}],
    "context": ["customer"]}],
  "deny_files": {"PERSON": "staff.txt"},
  "allow": {"IN_MOBILE": ["1800 266 1234"]}
}`

const configInput = "customer AC-12345678 called Ramesh Kumar on 1800 266 1234, aadhaar " + aadhaar + "\n"

// TestConfig: the file's options apply, and flags set on the command line
// override them.
func TestConfig(t *testing.T) {
	dir := writeFiles(t, "kavach.json", testConfig, "staff.txt", "# staff\nRamesh Kumar\n", "a.log", configInput)
	for _, tc := range []struct {
		args []string
		env  []string
		want string
	}{
		{[]string{"-config", "kavach.json"}, nil,
			"customer <ACME_CUSTOMER_ID> called <PERSON> on 1800 266 1234, aadhaar <IN_AADHAAR>\n"},
		{[]string{"-config", "kavach.json", "-mode", "mask"}, nil,
			"customer XX-XXXXXXXX called XXXXXX XXXXX on 1800 266 1234, aadhaar XXXX XXXX 2346\n"},
		{[]string{"-config", "kavach.json", "-kinds", "IN_PAN"}, nil, // the recognizers still run
			"customer <ACME_CUSTOMER_ID> called <PERSON> on 1800 266 1234, aadhaar " + aadhaar + "\n"},
		{[]string{"-config", "kavach.json", "-mode", "hash", "-hash-key-env", "KAVACH_TEST_KEY"}, []string{"KAVACH_TEST_KEY=k"},
			"customer <ACME_CUSTOMER_ID:"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			res := kavach(t, dir, "", tc.env, append(tc.args, "a.log")...)
			require.Equal(t, 0, res.code, res.stderr)
			assert.True(t, strings.HasPrefix(res.stdout, tc.want), "got %q", res.stdout)
		})
	}

	// The file's min_score (0.9) drops the custom match without context;
	// -min-score lowers it again.
	dir = writeFiles(t, "kavach.json", testConfig, "staff.txt", "", "a.log", "id AC-12345678\n")
	res := kavach(t, dir, "", nil, "-config", "kavach.json", "a.log")
	assert.Equal(t, "id AC-12345678\n", res.stdout, res.stderr)
	res = kavach(t, dir, "", nil, "-config", "kavach.json", "-min-score", "0.5", "a.log")
	assert.Equal(t, "id <ACME_CUSTOMER_ID>\n", res.stdout, res.stderr)
}

// TestConfigHash: the key comes from the variable hash_key_env names.
func TestConfigHash(t *testing.T) {
	dir := writeFiles(t, "kavach.json", `{"mode": "hash", "hash_key_env": "KAVACH_TEST_KEY"}`, "a.log", pii)
	res := kavach(t, dir, "", []string{"KAVACH_TEST_KEY=k"}, "-config", "kavach.json", "a.log")
	require.Equal(t, 0, res.code, res.stderr)
	assert.Contains(t, res.stdout, "user aadhaar <IN_AADHAAR:")

	res = kavach(t, dir, "", []string{"KAVACH_TEST_KEY="}, "-config", "kavach.json", "a.log")
	assert.Equal(t, 2, res.code)
	assert.Contains(t, res.stderr, "kavach: -config: kavach.json:1: hash_key_env: environment variable KAVACH_TEST_KEY is not set or empty")
}

func TestConfigErrors(t *testing.T) {
	dir := writeFiles(t, "bad.json", "{\n  \"mode\": \"label\",\n  \"recognisers\": []\n}", "a.log", pii)
	for _, tc := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-config", "bad.json"}, "kavach: -config: bad.json:3: recognisers: unknown field (known: kinds, "},
		{[]string{"-config", "none.json"}, "kavach: -config: open none.json: no such file or directory"},
		{[]string{"-config"}, "flag needs an argument: -config"},
	} {
		res := kavach(t, dir, "", nil, append(tc.args, "a.log")...)
		if tc.args[len(tc.args)-1] == "-config" {
			res = kavach(t, dir, "", nil, tc.args...)
		}
		assert.Equal(t, 2, res.code)
		assert.Empty(t, res.stdout)
		assert.Contains(t, res.stderr, tc.stderr)
		assert.Contains(t, res.stderr, "Run 'kavach -h' for details.\n")
	}
}
