package redact_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/kavachpii/kavach/redact"
)

// customerID is a recognizer of the kind a company writes for itself.
var customerID = redact.Recognizer{
	Kind:     "ACME_CUSTOMER_ID",
	Patterns: []redact.Pattern{{Name: "acme id", Regex: `\bCUST-\d{6}\b`, Score: 0.4}},
	Context:  []string{"customer", "cust ref"},
}

func TestCustomRecognizer(t *testing.T) {
	loan := redact.Recognizer{
		Kind:     "LOAN_ACCOUNT",
		Patterns: []redact.Pattern{{Name: "loan", Regex: `(?<![A-Z0-9])LN\d{8}(?![0-9])`, Score: 0.6}},
		Validate: func(m []byte) bool { return m[len(m)-1] != '0' }, // a toy check digit
	}
	r, err := redact.New(&redact.Options{Recognizers: []redact.Recognizer{customerID, loan}})
	require.NoError(t, err)

	tests := []struct {
		name, in, want string
		kinds          []redact.Kind
		reason         string
	}{
		{"context before raises the score", "customer CUST-123456 logged in", "customer XXXX-XXXXXX logged in",
			[]redact.Kind{"ACME_CUSTOMER_ID"}, `pattern "acme id"; context "customer" before`},
		{"context after", "CUST-123456 is the customer", "XXXX-XXXXXX is the customer", []redact.Kind{"ACME_CUSTOMER_ID"}, `context "customer" after`},
		{"key name with underscores", `{"cust_ref_no":"CUST-123456"}`, `{"cust_ref_no":"XXXX-XXXXXX"}`, []redact.Kind{"ACME_CUSTOMER_ID"}, `context "cust ref" before`},
		{"camel case key", "custRef=CUST-123456", "custRef=XXXX-XXXXXX", []redact.Kind{"ACME_CUSTOMER_ID"}, `context "cust ref"`},
		{"no context: base 0.4 is under MinScore", "id CUST-123456", "id CUST-123456", nil, ""},
		{"context on another line does not count", "customer\nCUST-123456", "customer\nCUST-123456", nil, ""},
		{"base score alone", "loan LN12345678 due", "loan XXXXXXXXXX due", []redact.Kind{"LOAN_ACCOUNT"}, `pattern "loan"`},
		{"Validate rejects", "loan LN12345670 due", "loan LN12345670 due", nil, ""},
		{"look-around keeps boundaries", "XLN12345678 LN123456789", "XLN12345678 LN123456789", nil, ""},
		{"beside built-in kinds", "LN12345678 aadhaar 2341 2341 2346", "XXXXXXXXXX aadhaar XXXX XXXX 2346",
			[]redact.Kind{"LOAN_ACCOUNT", redact.Aadhaar}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fs := r.String(tt.in)
			assert.Equal(t, tt.want, got)
			var kinds []redact.Kind
			for _, f := range fs {
				kinds = append(kinds, f.Kind)
				assert.NotContains(t, f.Reason, "CUST-1")
			}
			assert.Equal(t, tt.kinds, kinds)
			if tt.reason != "" {
				require.NotEmpty(t, fs)
				assert.Contains(t, fs[0].Reason, tt.reason)
			}
		})
	}
}

func TestCustomScores(t *testing.T) {
	r, err := redact.New(&redact.Options{MinScore: 0.01, Recognizers: []redact.Recognizer{customerID}})
	require.NoError(t, err)
	_, fs := r.String("id CUST-123456")
	require.Len(t, fs, 1)
	assert.InDelta(t, 0.4, fs[0].Score, 1e-9)
	_, fs = r.String("customer CUST-123456")
	require.Len(t, fs, 1)
	assert.InDelta(t, 0.75, fs[0].Score, 1e-9)
}

func TestCustomModes(t *testing.T) {
	in := "customer CUST-123456 and cust ref cust-123456"
	for _, tt := range []struct {
		mode redact.Mode
		want string
	}{
		{redact.Label, "customer <ACME_CUSTOMER_ID> and cust ref cust-123456"},
		{redact.Remove, "customer  and cust ref cust-123456"},
	} {
		r, err := redact.New(&redact.Options{Mode: tt.mode, Recognizers: []redact.Recognizer{customerID}})
		require.NoError(t, err)
		got, _ := r.String(in)
		assert.Equal(t, tt.want, got, tt.mode.String())
	}
	// Hash: one value, one token, whatever its case.
	ci := customerID
	ci.Patterns = []redact.Pattern{{Regex: `(?i)\bcust-\d{6}\b`, Score: 0.9}}
	r, err := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("k"), Recognizers: []redact.Recognizer{ci}})
	require.NoError(t, err)
	got, fs := r.String(in)
	require.Len(t, fs, 2)
	a, b := got[strings.Index(got, "<"):strings.Index(got, ">")+1], got[strings.LastIndex(got, "<"):]
	assert.Equal(t, a, b)
	assert.True(t, strings.HasPrefix(a, "<ACME_CUSTOMER_ID:"), a)
}

func TestCustomBuiltinKind(t *testing.T) {
	// A recognizer may widen a built-in kind; its findings are masked the
	// kind's way (the last four digits of a mobile stay).
	r, err := redact.New(&redact.Options{Recognizers: []redact.Recognizer{{
		Kind:     redact.Mobile,
		Patterns: []redact.Pattern{{Regex: `\b1800-\d{3}-\d{4}\b`, Score: 0.9}},
	}}})
	require.NoError(t, err)
	got, fs := r.String("call 1800-266-1234")
	assert.Equal(t, "call XXXX-XXX-1234", got)
	require.Len(t, fs, 1)
	assert.Equal(t, redact.Mobile, fs[0].Kind)
}

func TestPatternTimeoutFailsClosed(t *testing.T) {
	evil := redact.Recognizer{
		Kind:     "EVIL",
		Patterns: []redact.Pattern{{Name: "backtracker", Regex: `^(a+)+$`, Score: 0.9}},
	}
	r, err := redact.New(&redact.Options{PatternTimeout: 20 * time.Millisecond, Recognizers: []redact.Recognizer{evil}})
	require.NoError(t, err)
	line := strings.Repeat("a", 40) + "!"
	in := "before 2341 2341 2346\n" + line + "\nafter"
	start := time.Now()
	got, fs := r.String(in)
	// Not a timing assertion: a guard against a hang, far above any timeout.
	require.Less(t, time.Since(start), time.Minute)
	assert.Equal(t, "before XXXX XXXX 2346\n"+strings.Repeat("X", 40)+"!\nafter", got)
	require.Len(t, fs, 2)
	assert.Equal(t, redact.Kind("EVIL"), fs[1].Kind)
	assert.Contains(t, fs[1].Reason, "pattern timeout")
	assert.Equal(t, int64(len("before 2341 2341 2346\n")), fs[1].Start)
}

func TestDenyList(t *testing.T) {
	r, err := redact.New(&redact.Options{
		Deny: map[redact.Kind][]string{
			redact.Person:   {"Ravi Kumar", "Anita"},
			"PROJECT_NAME":  {"Blue Falcon"},
			redact.Location: {"Koramangala"},
		},
		Recognizers: []redact.Recognizer{{Kind: "CODENAME", Deny: []string{"nightjar"}}},
	})
	require.NoError(t, err)
	got, fs := r.String("ravi kumar met ANITA about Blue  Falcon in koramangala; Anitabh and NIGHTJAR")
	assert.Equal(t, "XXXX XXXXX met XXXXX about XXXX  XXXXXX in XXXXXXXXXXX; Anitabh and XXXXXXXX", got)
	var kinds []redact.Kind
	for _, f := range fs {
		kinds = append(kinds, f.Kind)
		assert.Equal(t, "deny list", f.Reason)
		assert.InDelta(t, 1, f.Score, 0)
	}
	assert.Equal(t, []redact.Kind{redact.Person, redact.Person, "PROJECT_NAME", redact.Location, "CODENAME"}, kinds)
}

func TestAllowList(t *testing.T) {
	r, err := redact.New(&redact.Options{
		Allow: map[redact.Kind][]string{
			redact.Mobile:      {"98765 43210"},
			redact.Aadhaar:     {"2341-2341-2346"},
			redact.GSTIN:       {"27aapfu0939f1zv"},
			"ACME_CUSTOMER_ID": {"CUST-000001"},
		},
		Recognizers: []redact.Recognizer{customerID},
	})
	require.NoError(t, err)
	in := "call +91 98765 43210 or 098765-43210 (support); aadhaar २३४१ २३४१ २३४६ is the test one; " +
		"gstin 27AAPFU0939F1ZV; customer CUST-000001 but customer CUST-123456 and +91 98765 43211"
	got, fs := r.String(in)
	assert.Equal(t, strings.Replace(strings.Replace(in, "CUST-123456", "XXXX-XXXXXX", 1), "+91 98765 43211", "+XX XXXXX X3211", 1), got)
	require.Len(t, fs, 2)
	checkStream(t, redact.Options{Allow: map[redact.Kind][]string{redact.Mobile: {"9876543210"}}}, in)
}

func TestCustomOptionErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts redact.Options
		want string
	}{
		{"bad regex", redact.Options{Recognizers: []redact.Recognizer{{Kind: "X", Patterns: []redact.Pattern{{Regex: `(`, Score: 0.5}}}}}, "Recognizers[0] (X).Patterns[0]"},
		{"score 0", redact.Options{Recognizers: []redact.Recognizer{{Kind: "X", Patterns: []redact.Pattern{{Regex: `x`}}}}}, "Score 0 outside (0, 1]"},
		{"score above 1", redact.Options{Recognizers: []redact.Recognizer{{Kind: "X", Patterns: []redact.Pattern{{Regex: `x`, Score: 2}}}}}, "outside (0, 1]"},
		{"no kind", redact.Options{Recognizers: []redact.Recognizer{{Patterns: []redact.Pattern{{Regex: `x`, Score: 1}}}}}, "empty kind"},
		{"bad kind", redact.Options{Recognizers: []redact.Recognizer{{Kind: "A B", Patterns: []redact.Pattern{{Regex: `x`, Score: 1}}}}}, `kind "A B"`},
		{"nothing to match", redact.Options{Recognizers: []redact.Recognizer{{Kind: "X"}}}, "no patterns and no deny words"},
		{"negative timeout", redact.Options{PatternTimeout: -1, Recognizers: []redact.Recognizer{customerID}}, "negative"},
		{"empty deny word", redact.Options{Deny: map[redact.Kind][]string{"X": {""}}}, "deny list"},
		{"empty allow value", redact.Options{Allow: map[redact.Kind][]string{redact.Mobile: {"--"}}}, "no letter or digit"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := redact.New(&tt.opts)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// customStreamInputs put matches across the pieces a long line is cut
// into, and at every end.
var customStreamInputs = []string{
	"CUST-123456",
	"customer CUST-123456\ncustomer CUST-654321 ravi kumar",
	strings.Repeat("customer CUST-123456 ", 60),
	strings.Repeat("x", 250) + " customer CUST-123456 " + strings.Repeat("y ", 300) + "ravi kumar",
	strings.Repeat("ab ", 170) + "ravi kumar " + strings.Repeat("cd ", 200) + "LN12345678\n",
	strings.Repeat("z", 2000) + " CUST-123456 aadhaar 2341 2341 2346 " + strings.Repeat("9", 600),
	"\x00\xff customer\xe0 CUST-123456 \xef\xbc\x92 ravi kumar",
	strings.Repeat("ravi kumar\n", 50),
}

func customOptions() redact.Options {
	return redact.Options{
		Recognizers: []redact.Recognizer{customerID, {
			Kind:     "LOAN_ACCOUNT",
			Patterns: []redact.Pattern{{Name: "loan", Regex: `LN\d{8}`, Score: 0.6}},
		}},
		Deny:  map[redact.Kind][]string{redact.Person: {"ravi kumar"}},
		Allow: map[redact.Kind][]string{"ACME_CUSTOMER_ID": {"CUST-654321"}},
	}
}

func TestCustomStreamMatchesString(t *testing.T) {
	for _, mode := range []redact.Mode{redact.Mask, redact.Label} {
		for _, s := range append(customStreamInputs, streamInputs...) {
			opts := customOptions()
			opts.Mode = mode
			checkStream(t, opts, s)
		}
	}
}

// FuzzCustomChunking is FuzzChunking with recognizers, deny and allow
// lists configured.
func FuzzCustomChunking(f *testing.F) {
	for _, s := range customStreamInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []redact.Finding
		opts := customOptions()
		opts.MinScore = 0.01
		opts.OnFinding = func(x redact.Finding) { got = append(got, x) }
		r, err := redact.New(&opts)
		if err != nil {
			t.Fatal(err)
		}
		want, wantFs := r.String(s)
		b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), r.NewTransformer()))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != want {
			t.Fatalf("stream output %q, String gives %q", b, want)
		}
		if len(got) != len(wantFs) {
			t.Fatalf("%d findings, String gives %d", len(got), len(wantFs))
		}
		got = nil
		var buf bytes.Buffer
		if _, err := r.Copy(&buf, iotest.HalfReader(strings.NewReader(s))); err != nil {
			t.Fatal(err)
		}
		if buf.String() != want {
			t.Fatalf("Copy output %q, String gives %q", buf.String(), want)
		}
	})
}

// TestCustomHoldback checks the bound HoldbackCustom documents: fed a
// large source at once, a Transformer consumes all but at most that many
// bytes.
func TestCustomHoldback(t *testing.T) {
	opts := customOptions()
	opts.ContextWindow = redact.MaxContextWindow
	r, err := redact.New(&opts)
	require.NoError(t, err)
	for _, s := range append(customStreamInputs, strings.Repeat("customer CUST-123456 ravi kumar x", 400),
		strings.Repeat("a", 9000), strings.Repeat("9", 9000), strings.Repeat("ab@", 3000)) {
		s += strings.Repeat("q", 4*redact.HoldbackCustom) // a long line, no newline
		tr := r.NewTransformer()
		dst := make([]byte, 4*len(s)+1024)
		nDst, nSrc, err := tr.Transform(dst, []byte(s), false)
		_ = nDst
		require.ErrorIs(t, err, transform.ErrShortSrc)
		require.LessOrEqual(t, len(s)-nSrc, redact.HoldbackCustom, "%.40q…", s)
	}
}
