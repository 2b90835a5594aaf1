package redact_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// jsonFinding is what a test expects of a finding: its kind and the
// value it covers, unescaped.
type jsonFinding struct {
	kind  redact.Kind
	value string
}

var jsonCases = []struct {
	name string
	in   string
	want string
	fs   []jsonFinding
}{
	{
		name: "forced string",
		in:   `{"aadhaar_no": "2341 2341 2346"}`,
		want: `{"aadhaar_no": "XXXX XXXX 2346"}`,
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}},
	},
	{
		name: "a value in brackets under a key is a value; a note in brackets is none",
		in:   `{"mobile": "(98765 43210)", "name": "[Zorbin Tavi]", "spouse_name": "[withheld]"}`,
		want: `{"mobile": "(XXXXX X3210)", "name": "[XXXXXX XXXX]", "spouse_name": "[withheld]"}`,
		fs:   []jsonFinding{{redact.Mobile, "(98765 43210)"}, {redact.Person, "[Zorbin Tavi]"}},
	},
	{
		name: "scanned string",
		in:   `{"note": "my aadhaar is 2341 2341 2346, call 98765 43210"}`,
		want: `{"note": "my aadhaar is XXXX XXXX 2346, call XXXXX X3210"}`,
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}, {redact.Mobile, "98765 43210"}},
	},
	{
		name: "forced number becomes a string",
		in:   `{"mobile": 9876543210, "n": 1}`,
		want: `{"mobile": "XXXXXX3210", "n": 1}`,
		fs:   []jsonFinding{{redact.Mobile, "9876543210"}},
	},
	{
		name: "forced negative and fractional numbers",
		in:   `{"phone": -9876543210, "pincode": 411001.0, "dob": 19900814e0}`,
		want: `{"phone": "-XXXXXX3210", "pincode": "XXXXXX.X", "dob": "XXXXXXXXXX"}`,
		fs:   []jsonFinding{{redact.Mobile, "-9876543210"}, {redact.PINCode, "411001.0"}, {redact.DateOfBirth, "19900814e0"}},
	},
	{
		name: "numbers the scanner confirms",
		in:   `{"id": 234123412346, "x": 4532015112870362, "y": [9876543210]}`,
		want: `{"id": "XXXXXXXX2346", "x": "XXXXXXXXXXXX0362", "y": ["XXXXXX3210"]}`,
		fs:   []jsonFinding{{redact.Aadhaar, "234123412346"}, {redact.Card, "4532015112870362"}, {redact.Mobile, "9876543210"}},
	},
	{
		name: "numbers left alone",
		in:   `{"order_id": 234123412346, "utr": 402912345673, "n": 1.5e10, "m": -0.0, "k": 12345, "ts": 1719830400123, "big": 123456789012345678901234567890}`,
		want: `{"order_id": 234123412346, "utr": 402912345673, "n": 1.5e10, "m": -0.0, "k": 12345, "ts": 1719830400123, "big": 123456789012345678901234567890}`,
	},
	{
		name: "forced object",
		in:   `{"address": {"line1": "12 MG Road", "city": "Pune", "pin": 411001, "verified": true, "geo": null}}`,
		want: `{"address": {"line1": "XX XX XXXX", "city": "XXXX", "pin": "XXXXXX", "verified": true, "geo": null}}`,
		fs:   []jsonFinding{{redact.Location, "12 MG Road"}, {redact.Location, "Pune"}, {redact.PINCode, "411001"}},
	},
	{
		name: "forced array",
		in:   `{"mobile": ["9876543210", 9123456789, [" +91 98765 43210"]], "after": "ok"}`,
		want: `{"mobile": ["XXXXXX3210", "XXXXXX6789", [" +XX XXXXX X3210"]], "after": "ok"}`,
		fs:   []jsonFinding{{redact.Mobile, "9876543210"}, {redact.Mobile, "9123456789"}, {redact.Mobile, " +91 98765 43210"}},
	},
	{
		name: "forced booleans, null, empty and redacted values are left",
		in:   `{"mobile": null, "aadhaar": true, "name": "", "pan": "XXXXXXXXXX", "uid": "XXXX XXXX 2346", "vpa": "<IN_UPI>", "email": "<EMAIL_ADDRESS:0123456789ab>"}`,
		want: `{"mobile": null, "aadhaar": true, "name": "", "pan": "XXXXXXXXXX", "uid": "XXXX XXXX 2346", "vpa": "<IN_UPI>", "email": "<EMAIL_ADDRESS:0123456789ab>"}`,
	},
	{
		name: "inner keys name their own kind",
		in:   `{"customer": {"name": "Ravi Kumar", "mobile": 9876543210, "tier": "gold", "kyc": {"pan": "ABCPE1234F"}}}`,
		want: `{"customer": {"name": "XXXX XXXXX", "mobile": "XXXXXX3210", "tier": "gold", "kyc": {"pan": "XXXXXXXXXX"}}}`,
		fs:   []jsonFinding{{redact.Person, "Ravi Kumar"}, {redact.Mobile, "9876543210"}, {redact.PAN, "ABCPE1234F"}},
	},
	{
		name: "qualified keys are not personal",
		in:   `{"card_type": "4532015112870361", "pan_status": "ABCPE1234F", "service_name": "kyc"}`,
		want: `{"card_type": "4532015112870361", "pan_status": "XXXXXXXXXX", "service_name": "kyc"}`,
		fs:   []jsonFinding{{redact.PAN, "ABCPE1234F"}},
	},
	{
		name: "unicode escapes inside the identifier",
		in:   `{"note": "aadhaar 2341\u00202341\u00202346."}`,
		want: `{"note": "aadhaar XXXX XXXX 2346."}`,
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}},
	},
	{
		name: "escaped digits and at sign",
		in:   `{"note": "write to ravi\u0040example.com or \u0039876543210"}`,
		want: `{"note": "write to XXXX@XXXXXXX.XXX or XXXXXX3210"}`,
		fs:   []jsonFinding{{redact.Email, "ravi@example.com"}, {redact.Mobile, "9876543210"}},
	},
	{
		name: "escapes outside findings are kept",
		in:   `{"note": "line1\nline2 \u00e9 \"q\" \/ pan ABCPE1234F \u2028 \ud83d\ude00 \udc00 end\\"}`,
		want: `{"note": "line1\nline2 \u00e9 \"q\" \/ pan XXXXXXXXXX \u2028 \ud83d\ude00 \udc00 end\\"}`,
		fs:   []jsonFinding{{redact.PAN, "ABCPE1234F"}},
	},
	{
		name: "forced string with escapes is re-escaped",
		in:   `{"name": "Ravi \"RK\" Kumar\tJr\u0001 \ud83d\ude00 \\"}`,
		want: "{\"name\": \"XXXX \\\"XX\\\" XXXXX\\tXX\\u0001 \U0001F600 \\\\\"}",
		fs:   []jsonFinding{{redact.Person, "Ravi \"RK\" Kumar\tJr\x01 \U0001F600 \\"}},
	},
	{
		name: "Indian-script digits",
		in:   `{"note": "आधार २३४१ २३४१ २३४६"}`,
		want: `{"note": "आधार XXXX XXXX २३४६"}`,
		fs:   []jsonFinding{{redact.Aadhaar, "२३४१ २३४१ २३४६"}},
	},
	{
		name: "invalid UTF-8 passes through",
		in:   "{\"note\": \"\xff\xfe aadhaar 2341 2341 2346 \xe0\"}",
		want: "{\"note\": \"\xff\xfe aadhaar XXXX XXXX 2346 \xe0\"}",
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}},
	},
	{
		name: "keys holding personal data",
		in:   `{"users": {"ravi.kumar@example.com": {"role": "admin"}, "pan.k@example.com": "Pune"}}`,
		want: `{"users": {"XXXX.XXXXX@XXXXXXX.XXX": {"role": "admin"}, "XXX.X@XXXXXXX.XXX": "Pune"}}`,
		fs:   []jsonFinding{{redact.Email, "ravi.kumar@example.com"}, {redact.Email, "pan.k@example.com"}},
	},
	{
		name: "key is context for its value",
		in:   `{"id": "234123412346", "order_id": "234123412346", "txn": [234123412346]}`,
		want: `{"id": "XXXXXXXX2346", "order_id": "234123412346", "txn": [234123412346]}`,
		fs:   []jsonFinding{{redact.Aadhaar, "234123412346"}},
	},
	{
		name: "nested arrays and objects",
		in:   `[{"pan": "ABCPE1234F"}, ["x", {"aadhaar": 234123412346, "z": [[], {}]}], "gstin 27AAPFU0939F1ZV"]`,
		want: `[{"pan": "XXXXXXXXXX"}, ["x", {"aadhaar": "XXXXXXXX2346", "z": [[], {}]}], "gstin XXXXXXXXXXXXXXX"]`,
		fs:   []jsonFinding{{redact.PAN, "ABCPE1234F"}, {redact.Aadhaar, "234123412346"}, {redact.GSTIN, "27AAPFU0939F1ZV"}},
	},
	{
		name: "formatting and key order are kept",
		in:   "{\n  \"z\" : 1 ,\r\n\t\"aadhaar\"  :   \"2341 2341 2346\" ,\n  \"a\": [ 1 , 2.50 , 1E+2 ],\n  \"m\":{}\n}\n",
		want: "{\n  \"z\" : 1 ,\r\n\t\"aadhaar\"  :   \"XXXX XXXX 2346\" ,\n  \"a\": [ 1 , 2.50 , 1E+2 ],\n  \"m\":{}\n}\n",
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}},
	},
	{
		name: "top-level scalars",
		in:   "\"aadhaar 2341 2341 2346\"\n234123412346\ntrue\nnull\n\"ok\"",
		want: "\"aadhaar XXXX XXXX 2346\"\n\"XXXXXXXX2346\"\ntrue\nnull\n\"ok\"",
		fs:   []jsonFinding{{redact.Aadhaar, "2341 2341 2346"}, {redact.Aadhaar, "234123412346"}},
	},
	{
		name: "NDJSON with blank lines and CRLF",
		in:   "{\"a\": 1}\r\n\r\n  \n{\"pan\": \"ABCPE1234F\"}\r\n{\"email\": \"ravi@example.com\"}",
		want: "{\"a\": 1}\r\n\r\n  \n{\"pan\": \"XXXXXXXXXX\"}\r\n{\"email\": \"XXXX@XXXXXXX.XXX\"}",
		fs:   []jsonFinding{{redact.PAN, "ABCPE1234F"}, {redact.Email, "ravi@example.com"}},
	},
	{
		name: "values without whitespace between them",
		in:   `{"pan":"ABCPE1234F"}{"a":1}["x"]"s"`,
		want: `{"pan":"XXXXXXXXXX"}{"a":1}["x"]"s"`,
		fs:   []jsonFinding{{redact.PAN, "ABCPE1234F"}},
	},
	{name: "empty input", in: "", want: ""},
	{name: "only white space", in: " \n\r\n\t", want: " \n\r\n\t"},
	{name: "nothing to find", in: `{"msg":"ok","n":[1,2,3],"t":true}`, want: `{"msg":"ok","n":[1,2,3],"t":true}`},
}

// unescapeRaw returns the value the raw text of a finding stands for: the
// contents of a string, unescaped, or the text of a number.
func unescapeRaw(t *testing.T, raw string) string {
	t.Helper()
	var s string
	if err := json.Unmarshal([]byte(`"`+raw+`"`), &s); err != nil {
		return raw // invalid UTF-8 and the like: compare the raw text
	}
	if !strings.Contains(raw, `\`) {
		return raw // keep invalid UTF-8, which Unmarshal would replace
	}
	return s
}

// checkJSONFindings checks that findings are in order, disjoint, in range
// and well formed, and that no reason holds its value.
func checkJSONFindings(t *testing.T, in string, fs []redact.Finding) {
	t.Helper()
	prev := int64(0)
	for _, f := range fs {
		require.True(t, f.Start >= prev && f.End > f.Start && f.End <= int64(len(in)), "finding %+v out of order or range in %q", f, in)
		require.True(t, f.Score > 0 && f.Score <= 1 && f.Reason != "", "finding %+v", f)
		if v := in[f.Start:f.End]; len(v) >= 4 && !strings.HasPrefix(f.Reason, "key ") {
			require.NotContains(t, f.Reason, v, "the reason holds the value")
		}
		prev = f.End
	}
}

// validJSONStream reports whether b is a sequence of JSON values.
func validJSONStream(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		var v json.RawMessage
		err := dec.Decode(&v)
		if err == io.EOF {
			return true
		}
		if err != nil || !json.Valid(v) {
			return false
		}
	}
}

func TestJSON(t *testing.T) {
	r := mustNewJSON(t, nil)
	for _, c := range jsonCases {
		t.Run(c.name, func(t *testing.T) {
			out, fs, err := r.JSON([]byte(c.in))
			require.NoError(t, err)
			require.Equal(t, c.want, string(out))
			require.True(t, validJSONStream([]byte(c.in)), "test input is not JSON")
			require.True(t, validJSONStream(out), "output is not JSON")
			if json.Valid([]byte(c.in)) {
				require.True(t, json.Valid(out))
			}
			checkJSONFindings(t, c.in, fs)
			var got []jsonFinding
			for _, f := range fs {
				got = append(got, jsonFinding{f.Kind, unescapeRaw(t, c.in[f.Start:f.End])})
			}
			require.Equal(t, c.fs, got)
			if len(fs) == 0 {
				require.Equal(t, c.in, string(out))
			}

			again, fs2, err := r.JSON(out)
			require.NoError(t, err)
			require.Equal(t, string(out), string(again), "not idempotent")
			require.Empty(t, fs2, "second pass finds more")
		})
	}
}

func mustNewJSON(t testing.TB, opts *redact.Options) *redact.Redactor {
	t.Helper()
	r, err := redact.New(opts)
	require.NoError(t, err)
	return r
}

func TestJSONForcedReasonAndScore(t *testing.T) {
	r := mustNewJSON(t, nil)
	in := `{"aadhaar_no": 234123412346, "customerName": "Ravi"}`
	_, fs, err := r.JSON([]byte(in))
	require.NoError(t, err)
	require.Equal(t, []redact.Finding{
		{Kind: redact.Aadhaar, Start: 15, End: 27, Score: 1, Reason: `key "aadhaar_no"`},
		{Kind: redact.Person, Start: 46, End: 50, Score: 1, Reason: `key "customerName"`},
	}, fs)
}

func TestJSONModes(t *testing.T) {
	in := `{"mobile": 9876543210, "note": "pan ABCPE1234F", "id": 234123412346, "addr": {"city": "Pune"}}`
	label := mustNewJSON(t, &redact.Options{Mode: redact.Label})
	remove := mustNewJSON(t, &redact.Options{Mode: redact.Remove})
	hash := mustNewJSON(t, &redact.Options{Mode: redact.Hash, HashKey: []byte("k")})
	for _, c := range []struct {
		r    *redact.Redactor
		want string
	}{
		{label, `{"mobile": "<IN_MOBILE>", "note": "pan <IN_PAN>", "id": "<IN_AADHAAR>", "addr": {"city": "<LOCATION>"}}`},
		{remove, `{"mobile": "", "note": "pan ", "id": "", "addr": {"city": ""}}`},
		{hash, fmt.Sprintf(`{"mobile": %q, "note": "pan %s", "id": %q, "addr": {"city": %q}}`,
			hash.ReplaceValue(redact.Mobile, "9876543210"), hash.ReplaceValue(redact.PAN, "ABCPE1234F"),
			hash.ReplaceValue(redact.Aadhaar, "234123412346"), hash.ReplaceValue(redact.Location, "Pune"))},
	} {
		out, fs, err := c.r.JSON([]byte(in))
		require.NoError(t, err)
		require.Equal(t, c.want, string(out))
		require.True(t, json.Valid(out))
		require.Len(t, fs, 4)
		again, fs2, err := c.r.JSON(out)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again), "not idempotent")
		require.Empty(t, fs2)
	}
}

func TestJSONOptions(t *testing.T) {
	in := `{"aadhaar": "2341 2341 2346", "name": "Ravi", "mobile": 9876543210}`
	// Without key names, the key is still context for the scanner.
	r := mustNewJSON(t, &redact.Options{NoKeyNames: true})
	out, _, err := r.JSON([]byte(in))
	require.NoError(t, err)
	require.Equal(t, `{"aadhaar": "XXXX XXXX 2346", "name": "Ravi", "mobile": "XXXXXX3210"}`, string(out))

	// Kinds not enabled are not forced.
	r = mustNewJSON(t, &redact.Options{Kinds: []redact.Kind{redact.Aadhaar}})
	out, _, err = r.JSON([]byte(in))
	require.NoError(t, err)
	require.Equal(t, `{"aadhaar": "XXXX XXXX 2346", "name": "Ravi", "mobile": 9876543210}`, string(out))

	// Options.Keys adds words.
	r = mustNewJSON(t, &redact.Options{Keys: map[string]redact.Kind{"custref": redact.BankAccount}})
	out, _, err = r.JSON([]byte(`{"custRef": 1234567890}`))
	require.NoError(t, err)
	require.Equal(t, `{"custRef": "XXXXXXXXXX"}`, string(out))
}

func TestJSONReturnsInputWhenClean(t *testing.T) {
	r := mustNewJSON(t, nil)
	in := []byte(`{"msg": "ok"}`)
	out, fs, err := r.JSON(in)
	require.NoError(t, err)
	require.Nil(t, fs)
	require.Same(t, &in[0], &out[0])
}

func TestJSONErrors(t *testing.T) {
	r := mustNewJSON(t, nil)
	for _, c := range []struct {
		in           string
		line, column int
		offset       int64
		msg          string
	}{
		{`{"aadhaar": "2341 2341 2346"`, 1, 29, 28, "unexpected end of input in object"},
		{`{"a": 1,}`, 1, 9, 8, "invalid character '}' looking for the start of an object key"},
		{`[1,]`, 1, 4, 3, "invalid character ']' looking for the start of a value"},
		{`{"a" 1}`, 1, 6, 5, "invalid character '1' after object key"},
		{`{"a": 1 "b": 2}`, 1, 9, 8, "invalid character '\"' after object key:value pair"},
		{`[1 2]`, 1, 4, 3, "invalid character '2' after array element"},
		{"{\"a\": 1}\n{\"pan\": \"abc\ndef\"}", 2, 13, 21, `invalid character '\n' in string literal`},
		{"{\"a\": 1}\n\n{\"b\": tru}", 3, 10, 19, "invalid character '}' in literal true"},
		{"{\"a\": 1}\nnot json\n", 2, 2, 10, "invalid character 'o' in literal null"},
		{"[\n1,\n2,\n}", 4, 1, 8, "invalid character '}' looking for the start of a value (in the value that starts at line 1)"},
		{`01`, 1, 2, 1, "invalid character '1' after top-level value"},
		{`1x`, 1, 2, 1, "invalid character 'x' after top-level value"},
		{`-`, 1, 2, 1, "unexpected end of input in numeric literal"},
		{`1.`, 1, 3, 2, "unexpected end of input in numeric literal"},
		{`1.e5`, 1, 3, 2, "invalid character 'e' after decimal point in numeric literal"},
		{`1e`, 1, 3, 2, "unexpected end of input in numeric literal"},
		{`"\x"`, 1, 3, 2, "invalid character 'x' in string escape code"},
		{`"\u12g4"`, 1, 6, 5, "invalid character 'g' in \\u hexadecimal character escape"},
		{"\"a\tb\"", 1, 3, 2, `invalid character '\t' in string literal`},
		{"\xef\xbb\xbf{}", 1, 1, 0, `invalid character '\xef' looking for the start of a value`},
		{`'a'`, 1, 1, 0, `invalid character '\'' looking for the start of a value`},
		{`{"a":1}}`, 1, 8, 7, "invalid character '}' looking for the start of a value"},
		{`[`, 1, 2, 1, "unexpected end of input looking for a value"},
	} {
		out, fs, err := r.JSON([]byte(c.in))
		require.Nil(t, out, c.in)
		require.Nil(t, fs, c.in)
		var je *redact.JSONError
		require.True(t, errors.As(err, &je), "%q: %v", c.in, err)
		require.Equal(t, redact.JSONError{Line: c.line, Column: c.column, Offset: c.offset, Msg: c.msg}, *je, c.in)
		require.Equal(t, fmt.Sprintf("redact: invalid JSON at line %d, column %d (byte %d): %s", c.line, c.column, c.offset, c.msg), err.Error())
		require.NotContains(t, err.Error(), "2341", "the error leaks input")
		require.False(t, validJSONStream([]byte(c.in)) && json.Valid([]byte(c.in)), "%q is valid JSON", c.in)
	}
}

func TestJSONDepth(t *testing.T) {
	r := mustNewJSON(t, nil)
	ok := strings.Repeat(`[{"a":`, 5000) + `"pan ABCPE1234F"` + strings.Repeat(`}]`, 5000)
	require.True(t, json.Valid([]byte(ok)))
	out, fs, err := r.JSON([]byte(ok))
	require.NoError(t, err)
	require.Len(t, fs, 1)
	require.True(t, json.Valid(out))

	deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001)
	require.False(t, json.Valid([]byte(deep)))
	_, _, err = r.JSON([]byte(deep))
	require.ErrorContains(t, err, "nested deeper than 10000 levels")
}

// copyJSON runs in through CopyJSON with the reader wrap makes, and
// returns the output, the findings and the error.
func copyJSON(t testing.TB, opts redact.Options, in string, wrap func(io.Reader) io.Reader) (string, []redact.Finding, error) {
	t.Helper()
	var fs []redact.Finding
	opts.OnFinding = func(f redact.Finding) { fs = append(fs, f) }
	r := mustNewJSON(t, &opts)
	var buf bytes.Buffer
	n, err := r.CopyJSON(&buf, wrap(strings.NewReader(in)))
	require.Equal(t, int64(buf.Len()), n)
	return buf.String(), fs, err
}

var jsonReaders = map[string]func(io.Reader) io.Reader{
	"plain":    func(r io.Reader) io.Reader { return r },
	"one byte": iotest.OneByteReader,
	"half":     iotest.HalfReader,
	"data+err": iotest.DataErrReader,
}

// jsonStreams are inputs whose records span lines or sit next to blank
// lines.
var jsonStreams = []string{
	"{\n  \"name\": \"Ravi Kumar\",\n  \"kyc\": {\n    \"pan\": \"ABCPE1234F\",\n    \"note\": \"aadhaar 2341 2341 2346\"\n  },\n  \"tags\": [\n    \"a\",\n    9876543210\n  ]\n}\n",
	"{\"a\":1}\n\n\n{\"mobile\":9876543210}\n[\n1,\n\"pan ABCPE1234F\"\n]\n  \n\"x\" {\"y\":\n2}\n{\"email\":\"ravi@example.com\"}",
	"\n\n{\"pan\": \"ABCPE1234F\"}   \n\t\n",
	"[\"}\", \"{\", \"\\\"[\",\n\"aadhaar 2341 2341 2346\"]\n",
}

func TestCopyJSONMatchesJSON(t *testing.T) {
	var inputs []string
	for _, c := range jsonCases {
		inputs = append(inputs, c.in)
	}
	inputs = append(inputs, jsonStreams...)
	inputs = append(inputs, strings.Join(inputs, "\n"))
	for _, opts := range []redact.Options{{}, {Mode: redact.Label}, {MinScore: 0.01}} {
		r := mustNewJSON(t, &opts)
		for _, in := range inputs {
			want, wantFs, err := r.JSON([]byte(in))
			require.NoError(t, err)
			for name, wrap := range jsonReaders {
				out, fs, err := copyJSON(t, opts, in, wrap)
				require.NoError(t, err, "%s: %q", name, in)
				require.Equal(t, string(want), out, "%s: %q", name, in)
				require.Equal(t, wantFs, fs, "%s: %q", name, in)
			}
		}
	}
}

func TestCopyJSONErrors(t *testing.T) {
	opts := redact.Options{}
	r := mustNewJSON(t, &opts)
	for _, in := range []string{
		"{\"pan\": \"ABCPE1234F\"}\n{\"a\": 1\n{\"pan\": \"ABCPE1234F\"}\n",
		"{\"pan\": \"ABCPE1234F\"}\n\nnot json\n{\"a\":1}\n",
		"{\"pan\": \"ABCPE1234F\"}\n[1,\n2,\n",
		"{\"pan\": \"ABCPE1234F\"}\n{\"x\": \"abc\n",
		"{\"pan\": \"ABCPE1234F\"}\n{\"x\": 1}}\n{}",
	} {
		_, _, wantErr := r.JSON([]byte(in))
		require.Error(t, wantErr)
		for name, wrap := range jsonReaders {
			out, fs, err := copyJSON(t, opts, in, wrap)
			require.Error(t, err, name)
			require.Equal(t, wantErr.Error(), err.Error(), "%s: %q", name, in)
			// The record before the error is written, redacted, and
			// nothing of the bad one.
			require.Equal(t, "{\"pan\": \"XXXXXXXXXX\"}\n", strings.TrimRight(out, "\n")+"\n", "%s: %q", name, in)
			require.Len(t, fs, 1)
		}
	}
}

// TestCopyJSONReportsBrokenRecordEarly checks that a record that never
// closes is reported near its line, not after the rest of the stream.
func TestCopyJSONReportsBrokenRecordEarly(t *testing.T) {
	r := mustNewJSON(t, nil)
	in := "{\"a\": 1\n" + strings.Repeat("{\"msg\": \"ok\"}\n", 100000)
	src := &countingReader{r: strings.NewReader(in)}
	_, err := r.CopyJSON(io.Discard, src)
	var je *redact.JSONError
	require.True(t, errors.As(err, &je), "%v", err)
	require.Equal(t, 2, je.Line)
	require.Contains(t, je.Msg, "(in the value that starts at line 1)")
	require.Less(t, src.n, int64(256<<10), "read too far before reporting")
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestJSONLongLine(t *testing.T) {
	// One 5 MiB line: an array of records, with personal data at the
	// start, in the middle and at the end.
	var b strings.Builder
	b.WriteString(`[{"pan": "ABCPE1234F"}`)
	for i := 0; b.Len() < 5<<20; i++ {
		fmt.Fprintf(&b, `,{"i": %d, "msg": "request served in %d ms", "tags": ["a", "b"]}`, i, i%1000)
		if i == 30000 {
			b.WriteString(`,{"note": "aadhaar 2341 2341 2346"}`)
		}
	}
	b.WriteString(`,{"email": "ravi@example.com"}]`)
	in := b.String()
	require.Greater(t, len(in), 5<<20)

	r := mustNewJSON(t, nil)
	out, fs, err := r.JSON([]byte(in))
	require.NoError(t, err)
	require.True(t, json.Valid(out))
	require.Len(t, fs, 3)
	for _, f := range fs {
		require.NotContains(t, string(out), in[f.Start:f.End])
	}
	require.Equal(t, len(in), len(out))

	got, cfs, err := copyJSON(t, redact.Options{}, in+"\n"+in, func(r io.Reader) io.Reader { return r })
	require.NoError(t, err)
	require.Equal(t, string(out)+"\n"+string(out), got)
	require.Len(t, cfs, 6)
	require.Equal(t, fs, cfs[:3])
	require.Equal(t, fs[0].Start+int64(len(in))+1, cfs[3].Start)
}

// repeatReader yields n bytes of b repeated, without holding them.
type repeatReader struct {
	b   byte
	n   int64
	pre string
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.pre != "" {
		n := copy(p, r.pre)
		r.pre = r.pre[n:]
		return n, nil
	}
	if r.n == 0 {
		return 0, io.EOF
	}
	n := int(min(int64(len(p)), r.n))
	for i := range p[:n] {
		p[i] = r.b
	}
	r.n -= int64(n)
	return n, nil
}

func TestCopyJSONRecordLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 65 MiB")
	}
	r := mustNewJSON(t, nil)
	var out bytes.Buffer
	src := &repeatReader{pre: "{\"pan\": \"ABCPE1234F\"}\n\n[\n\"", b: 'x', n: 65 << 20}
	_, err := r.CopyJSON(&out, src)
	var je *redact.JSONError
	require.True(t, errors.As(err, &je), "%v", err)
	require.Equal(t, 4, je.Line)
	require.Equal(t, "record longer than 64 MiB (in the value that starts at line 3)", je.Msg)
	require.Equal(t, "{\"pan\": \"XXXXXXXXXX\"}\n\n", out.String())
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func TestCopyJSONWriteError(t *testing.T) {
	r := mustNewJSON(t, nil)
	_, err := r.CopyJSON(&failingWriter{}, strings.NewReader("{\"a\":1}\n"))
	require.EqualError(t, err, "disk full")
	// A write error is reported rather than a later JSON error.
	_, err = r.CopyJSON(&failingWriter{}, iotest.OneByteReader(strings.NewReader("{\"a\":1}\n{\n")))
	require.EqualError(t, err, "disk full")
}

func TestCopyJSONReadError(t *testing.T) {
	r := mustNewJSON(t, nil)
	var out bytes.Buffer
	_, err := r.CopyJSON(&out, io.MultiReader(strings.NewReader("{\"pan\": \"ABCPE1234F\"}\n{\"a\""), iotest.ErrReader(errors.New("boom"))))
	require.EqualError(t, err, "boom")
	require.Equal(t, "{\"pan\": \"XXXXXXXXXX\"}\n", out.String())
}

// TestCopyJSONIsLive checks that a record is written as soon as its line
// has been read, while the source is still open.
func TestCopyJSONIsLive(t *testing.T) {
	r := mustNewJSON(t, nil)
	pr, pw := io.Pipe()
	lines := make(chan string, 4)
	done := make(chan error, 1)
	go func() {
		_, err := r.CopyJSON(chanWriter(lines), pr)
		done <- err
	}()
	for _, rec := range []string{`{"pan": "ABCPE1234F"}`, `{"a": 1}`} {
		_, err := io.WriteString(pw, rec+"\n")
		require.NoError(t, err)
		select {
		case got := <-lines:
			require.Contains(t, got, strings.ReplaceAll(rec, "ABCPE1234F", "XXXXXXXXXX"))
		case <-time.After(5 * time.Second):
			t.Fatal("record not written while the source is open")
		}
	}
	require.NoError(t, pw.Close())
	require.NoError(t, <-done)
}

type chanWriter chan string

func (c chanWriter) Write(p []byte) (int, error) {
	c <- string(p)
	return len(p), nil
}

func FuzzJSON(f *testing.F) {
	for _, c := range jsonCases {
		f.Add(c.in)
	}
	for _, s := range jsonStreams {
		f.Add(s)
	}
	for _, s := range []string{
		`{"a":"\ud800\udc00\ud800x\udfff"}`, `[1e5,-0.5E-3,0]`, `{"mobile":[[9876543210]]}`,
		`"\u0032341 2341 2346"`, `{"name":{"x":["Ravi",{"y":1.5}]}}`, "[\n\n", `{"x":"a"`, "\"\\",
		`{"aadhaar":"<IN_AADHAAR>","k":"<X:0123456789ab>"}`, "1 2 3\n4", `{"":""}`, `[]{}`,
		`{"00000name":"0000"}`,
	} {
		f.Add(s)
	}
	var got []redact.Finding
	r := mustNewJSON(f, &redact.Options{OnFinding: func(x redact.Finding) { got = append(got, x) }})
	label := mustNewJSON(f, &redact.Options{Mode: redact.Label, MinScore: 0.01})
	f.Fuzz(func(t *testing.T, s string) {
		in := []byte(s)
		out, fs, err := r.JSON(in)
		if err != nil {
			require.Nil(t, out)
			require.Nil(t, fs)
			var je *redact.JSONError
			require.True(t, errors.As(err, &je))
			require.True(t, je.Offset >= 0 && je.Offset <= int64(len(in)) && je.Line >= 1 && je.Column >= 1, "%+v", je)
			require.False(t, json.Valid(in), "valid JSON rejected: %v", err)
		} else {
			require.True(t, validJSONStream(in), "accepted input that is not JSON")
			require.True(t, validJSONStream(out), "output is not JSON: %q -> %q", s, out)
			if json.Valid(in) {
				require.True(t, json.Valid(out), "output is not JSON: %q -> %q", s, out)
			}
			checkJSONFindings(t, s, fs)
			again, fs2, err := r.JSON(out)
			require.NoError(t, err)
			require.Equal(t, string(out), string(again), "not idempotent: %q", s)
			require.Empty(t, fs2, "second pass finds more in %q", out)

			lout, lfs, err := label.JSON(in)
			require.NoError(t, err)
			require.True(t, validJSONStream(lout), "label output is not JSON: %q -> %q", s, lout)
			checkJSONFindings(t, s, lfs)
		}

		var buf bytes.Buffer
		got = nil
		_, cerr := r.CopyJSON(&buf, iotest.HalfReader(bytes.NewReader(in)))
		if err != nil {
			require.Error(t, cerr)
			require.Equal(t, err.Error(), cerr.Error())
			return
		}
		require.NoError(t, cerr)
		require.Equal(t, string(out), buf.String())
		require.Equal(t, fs, got)
	})
}

func benchJSONInput() []byte {
	var b bytes.Buffer
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, `{"ts":"2026-01-02T10:04:05.123Z","level":"info","msg":"request served","path":"/api/v1/orders/%d","status":200,"latency_ms":%d.25,"user":{"id":%d,"tier":"gold"},"tags":["a","b"]}`+"\n", i, i%300, 100000+i)
		if i%100 == 0 {
			b.WriteString(`{"level":"warn","msg":"kyc retry","aadhaar":"2341 2341 2346","mobile":9876543210,"note":"pan ABCPE1234F"}` + "\n")
		}
	}
	return b.Bytes()
}

func BenchmarkJSON(b *testing.B) {
	in := benchJSONInput()
	r := mustNewJSON(b, nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := r.JSON(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCopyJSON(b *testing.B) {
	in := benchJSONInput()
	r := mustNewJSON(b, nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.CopyJSON(io.Discard, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONBytes is the plain scanner on the same input, for
// comparison.
func BenchmarkJSONBytes(b *testing.B) {
	in := benchJSONInput()
	r := mustNewJSON(b, nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r.Bytes(in)
	}
}
