package redact_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/kavachpii/kavach/internal/oracletest"
	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/validators"
)

// contextRowKinds maps the rows of CONTEXT_WORDS.md's table to kinds.
var contextRowKinds = map[string][]redact.Kind{
	"Aadhaar / VID":    {redact.Aadhaar, redact.VID},
	"PAN":              {redact.PAN},
	"Passport":         {redact.Passport},
	"Voter ID (EPIC)":  {redact.VoterID},
	"Driving licence":  {redact.DrivingLicence},
	"Mobile / phone":   {redact.Mobile},
	"E-mail":           {redact.Email},
	"Date of birth":    {redact.DateOfBirth},
	"Bank account":     {redact.BankAccount},
	"PIN code":         {redact.PINCode},
	"GSTIN":            {redact.GSTIN},
	"UPI":              {redact.UPI},
	"Vehicle":          {redact.Vehicle},
	"ABHA (health ID)": {redact.ABHA},
}

// contextRowsWithoutKind are table rows the engine has no kind for yet.
var contextRowsWithoutKind = map[string]bool{"Address": true, "Name": true}

// vidOnlyPhrases name a Virtual ID, not an Aadhaar number: a 12-digit
// number next to them is not expected to read as an Aadhaar. Every other
// phrase of the "Aadhaar / VID" row speaks for both kinds.
var vidOnlyPhrases = map[string]bool{"vid": true, "virtual id": true}

// contextSamples are valid values of each kind, in a written form the
// engine reads.
var contextSamples = map[redact.Kind]string{
	redact.Aadhaar:        "2341 2341 2346",
	redact.VID:            "2341 2341 2341 2341",
	redact.PAN:            "ABCPE1234F",
	redact.Passport:       "J8369854",
	redact.VoterID:        "ABC1234567",
	redact.DrivingLicence: "MH14 20110062821",
	redact.Mobile:         "98765 43210",
	redact.Email:          "ravi@example.com",
	redact.DateOfBirth:    "14/08/1990",
	redact.BankAccount:    "123456789012", // starts with 1: no Aadhaar
	redact.PINCode:        "110001",
	redact.GSTIN:          "27AAPFU0939F1ZV",
	redact.UPI:            "ravi@okaxis",
	redact.Vehicle:        "MH 12 AB 1234",
	redact.ABHA:           "91-1234-5678-9012",
}

func TestContextSamplesValid(t *testing.T) {
	checks := map[redact.Kind]func(string) error{
		redact.Aadhaar:        validators.Aadhaar,
		redact.VID:            validators.VID,
		redact.PAN:            validators.PAN,
		redact.Passport:       validators.Passport,
		redact.VoterID:        validators.VoterID,
		redact.DrivingLicence: validators.DrivingLicence,
		redact.Mobile:         validators.Mobile,
		redact.PINCode:        validators.PINCode,
		redact.GSTIN:          validators.GSTIN,
		redact.UPI:            validators.UPI,
		redact.Vehicle:        validators.VehicleRegistration,
		redact.ABHA:           validators.ABHA,
	}
	for k, v := range contextSamples {
		if f, ok := checks[k]; ok {
			assert.NoError(t, f(v), "%s sample %q", k, v)
		}
	}
	assert.Error(t, validators.Card(contextSamples[redact.VID]), "the VID sample must not be a card number")
	assert.Error(t, validators.Aadhaar(contextSamples[redact.BankAccount]), "the account sample must not be an Aadhaar")
}

// cwTable is CONTEXT_WORDS.md's table: the language columns and, per
// row, the phrases of each column.
type cwTable struct {
	langs []string
	rows  []cwRow
}

type cwRow struct {
	name    string
	phrases [][]string // by language column
}

func readContextTable(t *testing.T) cwTable {
	t.Helper()
	var tab cwTable
	for _, line := range strings.Split(string(oracletest.Read(t, "CONTEXT_WORDS.md")), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case cells[0] == "kind":
			tab.langs = cells[1:]
			continue
		case strings.HasPrefix(cells[0], "---"):
			continue
		}
		require.NotNil(t, tab.langs, "table row before the header: %s", line)
		require.Len(t, cells, len(tab.langs)+1, "row %q", cells[0])
		row := cwRow{name: cells[0]}
		for _, cell := range cells[1:] {
			var ps []string
			for _, p := range strings.Split(cell, ",") {
				if p = strings.TrimSpace(p); p != "" {
					ps = append(ps, p)
				}
			}
			row.phrases = append(row.phrases, ps)
		}
		tab.rows = append(tab.rows, row)
	}
	require.NotEmpty(t, tab.rows, "CONTEXT_WORDS.md: no table")
	require.Equal(t, "English", tab.langs[0])
	return tab
}

// cwWordKey normalises a phrase or a quoted context word for comparison:
// lower case, NFC, no zero-width joiners, no separators.
func cwWordKey(s string) string {
	s = norm.NFC.String(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u200c', '\u200d', ' ', '-', '_', '.', '/', ':', '"':
			return -1
		}
		return r
	}, s)
}

// cwReasonWord returns the word in `context "word"` of a reason, and its side.
func cwReasonWord(reason string) (word, side string, ok bool) {
	_, rest, ok := strings.Cut(reason, "context \"")
	if !ok {
		return "", "", false
	}
	word, rest, ok = strings.Cut(rest, "\"")
	if !ok {
		return "", "", false
	}
	return word, strings.TrimSpace(rest), true
}

// cwExpect checks that default redaction of text reports value (which
// occurs once in text) as kind, with a positive context word from phrase
// on the given side. It returns a description of the failure, or "".
func cwExpect(t *testing.T, r *redact.Redactor, text, value string, kind redact.Kind, phrase, side string) string {
	t.Helper()
	i := strings.Index(text, value)
	require.GreaterOrEqual(t, i, 0)
	start, end := int64(i), int64(i+len(value))
	_, fs := r.String(text)
	var over []redact.Finding
	for _, f := range fs {
		if f.Start < end && f.End > start {
			over = append(over, f)
		}
	}
	if len(over) != 1 {
		return "want one finding on the value, got " + fmtFindings(text, fs)
	}
	f := over[0]
	switch {
	case f.Kind != kind || f.Start != start || f.End != end:
		return "want " + string(kind) + " on the whole value, got " + fmtFindings(text, fs)
	case strings.Contains(f.Reason, "negative context"):
		return "negative context: " + fmtFindings(text, fs)
	}
	w, s, ok := cwReasonWord(f.Reason)
	switch {
	case !ok:
		return "no context word: " + fmtFindings(text, fs)
	case s != side:
		return "context word " + w + " found " + s + ", want " + side + ": " + fmtFindings(text, fs)
	case !strings.Contains(cwWordKey(phrase), cwWordKey(w)):
		return "context word " + w + " is not from the phrase: " + fmtFindings(text, fs)
	}
	return ""
}

// TestContextWordsCoverage checks that every phrase of CONTEXT_WORDS.md,
// before or after a valid value, makes the engine report the value as the
// row's kind because of that phrase.
func TestContextWordsCoverage(t *testing.T) {
	tab := readContextTable(t)
	r, err := redact.New(nil)
	require.NoError(t, err)
	var failures []string
	for _, row := range tab.rows {
		if contextRowsWithoutKind[row.name] {
			t.Logf("row %q: no kind in the engine yet, skipped", row.name)
			continue
		}
		kinds, ok := contextRowKinds[row.name]
		if !ok {
			t.Errorf("row %q maps to no kind: add it to contextRowKinds or contextRowsWithoutKind", row.name)
			continue
		}
		for _, kind := range kinds {
			value := contextSamples[kind]
			require.NotEmpty(t, value, "no sample for %s", kind)
			for li, phrases := range row.phrases {
				lang := tab.langs[li]
				if len(phrases) == 0 {
					t.Errorf("row %q, %s: no phrase", row.name, lang)
				}
				for _, p := range phrases {
					if kind == redact.Aadhaar && vidOnlyPhrases[p] {
						continue
					}
					forms := []string{p}
					if d := norm.NFD.String(p); d != p {
						forms = append(forms, d) // decomposed Indic text
					}
					for fi, form := range forms {
						tag := ""
						if fi > 0 {
							tag = " (NFD)"
						}
						for _, c := range []struct{ text, side string }{
							{form + ": " + value, "before"},
							{value + " (" + form + ")", "after"},
						} {
							if msg := cwExpect(t, r, c.text, value, kind, p, c.side); msg != "" {
								failures = append(failures, row.name+" / "+string(kind)+" / "+lang+tag+" / "+p+" / "+c.side+": text "+
									strconv.Quote(c.text)+": "+msg)
							}
						}
					}
				}
			}
		}
	}
	for _, f := range failures {
		t.Error(f)
	}
}

// cwKeyForms writes an English phrase as key names are written in logs and
// JSON: snake_case, camelCase, Title-Kebab and UPPER_SNAKE.
func cwKeyForms(phrase, value string) []string {
	words := strings.Fields(phrase)
	title := func(w string) string {
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		return string(rs)
	}
	camel := words[0]
	var kebab []string
	for i, w := range words {
		if i > 0 {
			camel += title(w)
		}
		kebab = append(kebab, title(w))
	}
	snake := strings.Join(words, "_")
	return []string{
		snake + "=" + value,
		`{"` + camel + `":"` + value + `"}`,
		strings.Join(kebab, "-") + ": " + value,
		strings.ToUpper(snake) + "=" + value,
	}
}

// TestContextKeyNames checks the key-name forms of the English phrases,
// and the key names CONTEXT_WORDS.md gives as examples.
func TestContextKeyNames(t *testing.T) {
	tab := readContextTable(t)
	r, err := redact.New(nil)
	require.NoError(t, err)
	type keyCase struct {
		text  string
		kind  redact.Kind
		words string // the words the context may come from
	}
	var cases []keyCase
	for _, row := range tab.rows {
		for _, kind := range contextRowKinds[row.name] {
			for _, p := range row.phrases[0] {
				if kind == redact.Aadhaar && vidOnlyPhrases[p] {
					continue
				}
				for _, text := range cwKeyForms(p, contextSamples[kind]) {
					cases = append(cases, keyCase{text, kind, p})
				}
			}
		}
	}
	for _, c := range []keyCase{
		{"aadhaar_no=234123412346", redact.Aadhaar, "aadhaar"},
		{`{"aadhaarNumber":"2341 2341 2346"}`, redact.Aadhaar, "aadhaar"},
		{`"AadhaarNo": "2341-2341-2346"`, redact.Aadhaar, "aadhaar"},
		{`"panNumber":"ABCPE1234F"`, redact.PAN, "pan"},
		{`PANNumber=ABCPE1234F`, redact.PAN, "pan"},
		{`pan_card_no: ABCPE1234F`, redact.PAN, "pan"},
		{"mobile-number: 98765 43210", redact.Mobile, "mobile"},
		{`{"mobileNumber":"9876543210"}`, redact.Mobile, "mobile"},
		{"Mobile_No=+91 98765 43210", redact.Mobile, "mobile"},
		{"Voter_ID=ABC1234567", redact.VoterID, "voter"},
		{`"voterId":"ABC1234567"`, redact.VoterID, "voter"},
		{`EPIC-No: ABC1234567`, redact.VoterID, "epic"},
		{`"passportNumber":"J8369854"`, redact.Passport, "passport"},
		{`drivingLicenceNo=MH14 20110062821`, redact.DrivingLicence, "driving licence no"},
		{`"emailAddress":"ravi@example.com"`, redact.Email, "email"},
		{`"dateOfBirth":"14/08/1990"`, redact.DateOfBirth, "birth"},
		{`D.O.B: 14/08/1990`, redact.DateOfBirth, "dob"},
		{`"accountNumber":"123456789012"`, redact.BankAccount, "account"},
		{`A/C No: 123456789012`, redact.BankAccount, "a/c"},
		{`"pinCode":"110001"`, redact.PINCode, "pin"},
		{`"gstNumber":"27AAPFU0939F1ZV"`, redact.GSTIN, "gst"},
		{`"upiId":"ravi@okaxis"`, redact.UPI, "upi"},
		{`"vehicleNumber":"MH 12 AB 1234"`, redact.Vehicle, "vehicle"},
		{`"healthId":"91-1234-5678-9012"`, redact.ABHA, "health"},
		{`abha_number=91-1234-5678-9012`, redact.ABHA, "abha"},
		{`"virtualId":"2341 2341 2341 2341"`, redact.VID, "virtual"},
	} {
		cases = append(cases, c)
	}
	for _, c := range cases {
		value := contextSamples[c.kind]
		// The explicit cases write some values in another form.
		for _, v := range []string{value, strings.ReplaceAll(value, " ", ""), strings.ReplaceAll(value, " ", "-"), "+91 " + value} {
			if strings.Contains(c.text, v) {
				value = v
			}
		}
		if msg := cwExpect(t, r, c.text, value, c.kind, c.words, "before"); msg != "" {
			t.Errorf("%s key name %s: %s", c.kind, strconv.Quote(c.text), msg)
		}
	}
}

// cwNegativePhrases returns the English and Hindi phrases of CONTEXT_WORDS.md's
// "Negative context" section.
func cwNegativePhrases(t *testing.T) (english, hindi []string) {
	t.Helper()
	text := string(oracletest.Read(t, "CONTEXT_WORDS.md"))
	_, sec, ok := strings.Cut(text, "## Negative context")
	require.True(t, ok, "CONTEXT_WORDS.md has no Negative context section")
	split := func(s string) []string {
		var out []string
		for _, p := range strings.Split(strings.TrimSuffix(strings.TrimSpace(s), "."), ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	for _, line := range strings.Split(sec, "\n")[1:] {
		line = strings.TrimSpace(line)
		switch {
		case line == "", strings.HasPrefix(line, "Structural:"), strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "Hindi:"):
			hindi = split(strings.TrimPrefix(line, "Hindi:"))
		case english == nil:
			english = split(line)
		}
	}
	require.NotEmpty(t, english)
	require.NotEmpty(t, hindi)
	return english, hindi
}

// cwVerhoeffComplete completes payload with its Verhoeff check digit.
func cwVerhoeffComplete(t *testing.T, payload string) string {
	t.Helper()
	d, err := validators.VerhoeffDigit(payload)
	require.NoError(t, err)
	return payload + string(d)
}

// TestNegativeContext checks that a Verhoeff-valid 12-digit value, which
// alone is reported as an Aadhaar, is not reported at the default
// threshold after a negative word, and that the negative word is why.
func TestNegativeContext(t *testing.T) {
	english, hindi := cwNegativePhrases(t)
	value := cwVerhoeffComplete(t, "40291234567")
	require.NoError(t, validators.Aadhaar(value))
	require.False(t, strings.HasPrefix(value, "91"), "no 91 + mobile reading")
	grouped := value[:4] + " " + value[4:8] + " " + value[8:]

	def, err := redact.New(nil)
	require.NoError(t, err)
	low, err := redact.New(&redact.Options{MinScore: 0.01})
	require.NoError(t, err)

	// Control: alone, and after a neutral word, the value is an Aadhaar.
	for _, text := range []string{value, "number " + value, "number: " + grouped} {
		_, fs := def.String(text)
		require.Len(t, fs, 1, "control %q: %s", text, fmtFindings(text, fs))
		require.Equal(t, redact.Aadhaar, fs[0].Kind, "control %q", text)
	}

	check := func(lang, word string) {
		for _, text := range []string{word + " " + value, word + ": " + value, strings.ToUpper(word) + " " + value, word + ": " + grouped} {
			if _, fs := def.String(text); len(fs) > 0 {
				t.Errorf("%s negative word %q: %q is reported at the default threshold: %s", lang, word, text, fmtFindings(text, fs))
				continue
			}
			_, fs := low.String(text)
			if len(fs) != 1 {
				t.Errorf("%s negative word %q: %q at MinScore 0.01: want one weak finding, got %s", lang, word, text, fmtFindings(text, fs))
				continue
			}
			w, side, ok := cwReasonWord(fs[0].Reason)
			if !ok || !strings.Contains(fs[0].Reason, "negative context") || side != "before" || !strings.Contains(cwWordKey(word), cwWordKey(w)) {
				t.Errorf("%s negative word %q: %q is not lowered by the word: %s", lang, word, text, fmtFindings(text, fs))
			}
		}
	}
	for _, w := range english {
		check("English", w)
	}
	for _, w := range hindi {
		check("Hindi", w)
		if d := norm.NFD.String(w); d != w {
			check("Hindi (NFD)", d)
		}
	}

	// Structural look-alikes, from the same section.
	t.Run("timestamp", func(t *testing.T) {
		var ts string
		for m := 0; m < 60 && ts == ""; m++ {
			v := "2026112310" + string(rune('0'+m/10)) + string(rune('0'+m%10))
			if validators.Aadhaar(v) == nil {
				ts = v
			}
		}
		require.NotEmpty(t, ts, "no Verhoeff-valid yyyyMMddHHmm found")
		text := "logged " + ts
		_, fs := def.String(text)
		assert.Empty(t, fs, "%q: %s", text, fmtFindings(text, fs))
	})
	t.Run("uuid", func(t *testing.T) {
		text := "id 550e8400-e29b-41d4-a716-" + value
		_, fs := def.String(text)
		assert.Empty(t, fs, "%q: %s", text, fmtFindings(text, fs))
	})
	t.Run("inside a token", func(t *testing.T) {
		for _, text := range []string{"ABC" + value, value + "XYZ", "x" + value, "id_" + value + "_9"} {
			_, fs := def.String(text)
			assert.Empty(t, fs, "%q: %s", text, fmtFindings(text, fs))
		}
	})
}
