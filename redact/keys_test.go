package redact_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

func TestKeyKind(t *testing.T) {
	r := mustNew(t)
	for key, want := range map[string]redact.Kind{
		"aadhaar": redact.Aadhaar, "aadhaar_no": redact.Aadhaar, "AadhaarNumber": redact.Aadhaar, "uid": redact.Aadhaar,
		"panNumber": redact.PAN, "PAN": redact.PAN, "pan_no": redact.PAN,
		"mobile": redact.Mobile, "mobile-no": redact.Mobile, "customerPhone": redact.Mobile, "MSISDN": redact.Mobile,
		"email": redact.Email, "e_mail": redact.Email, "emailId": redact.Email,
		"dob": redact.DateOfBirth, "dateOfBirth": redact.DateOfBirth, "birth_date": redact.DateOfBirth,
		"name": redact.Person, "customerName": redact.Person, "father_name": redact.Person, "full-name": redact.Person,
		"address": redact.Location, "addr_line1": redact.Location,
		"account_no": redact.BankAccount, "voter_id": redact.VoterID, "passportNo": redact.Passport,
		"client_ip": redact.IPAddress, "ifsc": redact.IFSC, "vpa": redact.UPI, "card_number": redact.Card,
		"SurNameOrOrgName": redact.Person, // the income tax return's JSON
		// The last word with a kind names the value, before a preposition.
		"guardian_contact": redact.Mobile, "guardian_phone": redact.Mobile, "father_pan": redact.PAN, "nominee_dob": redact.DateOfBirth,
		"account_holder_name": redact.Person, "mobile_owner_name": redact.Person, "contact_name": redact.Person,
		"name_on_card": redact.Person, "dob_as_per_aadhaar": redact.DateOfBirth, "pan_card_no": redact.PAN, "aadhaar_card_number": redact.Aadhaar,
	} {
		got, ok := r.KeyKind(key)
		require.True(t, ok, key)
		require.Equal(t, want, got, key)
	}
	for _, key := range []string{
		"service_name", "file_name", "card_type", "pan_status", "email_verified", "mobile_count",
		"account_type", "bank_name", "hostname", "level", "msg", "ts", "latency_ms", "request_id", "",
		"accountId", "LinkedAccountId", "recipientAccountId", "acct_id", // a system's account, not a bank's number
		"orgName", "trade_name",
	} {
		_, ok := r.KeyKind(key)
		require.False(t, ok, key)
	}
}

func TestKeyKindOptions(t *testing.T) {
	r, err := redact.New(&redact.Options{Keys: map[string]redact.Kind{"custref": redact.BankAccount, "name": ""}})
	require.NoError(t, err)
	k, ok := r.KeyKind("custRef")
	require.True(t, ok)
	require.Equal(t, redact.BankAccount, k)
	_, ok = r.KeyKind("customer_name")
	require.False(t, ok, "switched off")

	r, _ = redact.New(&redact.Options{NoKeyNames: true})
	_, ok = r.KeyKind("aadhaar")
	require.False(t, ok)

	r, _ = redact.New(&redact.Options{Kinds: []redact.Kind{redact.Aadhaar}})
	_, ok = r.KeyKind("name")
	require.False(t, ok, "PERSON not enabled")
	_, ok = r.KeyKind("aadhaar_no")
	require.True(t, ok)

	_, err = redact.New(&redact.Options{Keys: map[string]redact.Kind{"x": "NOPE"}})
	require.Error(t, err)
}

func TestReplaceValue(t *testing.T) {
	r := mustNew(t)
	require.Equal(t, "XXXX XXXXX", r.ReplaceValue(redact.Person, "Asha Verma"))
	require.Equal(t, "XXXX XXXX 2346", r.ReplaceValue(redact.Aadhaar, "2341 2341 2346"))
	l, _ := redact.New(&redact.Options{Mode: redact.Label})
	require.Equal(t, "<PERSON>", l.ReplaceValue(redact.Person, "Asha Verma"))
	h, _ := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("k")})
	require.Equal(t, h.ReplaceValue(redact.Mobile, "+91 98765 43210"), h.ReplaceValue(redact.Mobile, "9876543210"))
}

func ExampleRedactor_KeyKind() {
	r, _ := redact.New(nil)
	for _, key := range []string{"aadhaar_no", "customerName", "service_name"} {
		k, ok := r.KeyKind(key)
		fmt.Println(key, k, ok)
	}
	// Output:
	// aadhaar_no IN_AADHAAR true
	// customerName PERSON true
	// service_name  false
}

func ExampleRedactor_ReplaceValue() {
	r, _ := redact.New(nil)
	fmt.Println(r.ReplaceValue(redact.Person, "Asha Verma"))
	// Output:
	// XXXX XXXXX
}

func TestReplaceValueAnyScript(t *testing.T) {
	r := mustNew(t)
	require.Equal(t, "XXX XXXXX", r.ReplaceValue(redact.Person, "राम कुमार"))
	require.Equal(t, "XXXX, XXXX", r.ReplaceValue(redact.Location, "पुणे, भारत"))
	require.Zero(t, testing.AllocsPerRun(100, func() { r.KeyKind("customer_mobile_no") }))
}

// TestVagueKeyTakesSiblingContext: a value under a key that says nothing
// of it ("docNumber", "value", "id") takes its context from the field
// before, and only from that one.
func TestVagueKeyTakesSiblingContext(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"document type, then number",
			`{"docType":"PASSPORT","docNumber":"C5204827","expiry":"2034-07-04"}`,
			`{"docType":"PASSPORT","docNumber":"XXXXXXXX","expiry":"2034-07-04"}`},
		{"pretty JSON",
			`{"docType": "PASSPORT", "docNumber": "C5204827"}`,
			`{"docType": "PASSPORT", "docNumber": "XXXXXXXX"}`},
		{"a key before the field's value does not speak",
			`{"bank_account":"955242079","id":"533212293751"}`,
			`{"bank_account":"XXXXXXXXX","id":"533212293751"}`},
		{"a sentence names no type",
			`{"msg":"beneficiary added","id":"896270911611"}`,
			`{"msg":"beneficiary added","id":"896270911611"}`},
		{"key=value pairs",
			"type=voter,value=ABC1234567",
			"type=voter,value=XXXXXXXXXX"},
		{"a sibling that says the value is no identifier",
			`{"type":"order","id":"9876543210"}`,
			`{"type":"order","id":"9876543210"}`},
		{"two fields back is too far",
			`{"docType":"PASSPORT","status":"ok","value":"C5204827"}`,
			`{"docType":"PASSPORT","status":"ok","value":"C5204827"}`},
		{"an id's number names a document's",
			`{"docType":"PASSPORT","status":"ok","idNumber":"C5204827"}`,
			`{"docType":"PASSPORT","status":"ok","idNumber":"XXXXXXXX"}`},
		{"a key that speaks is not overruled",
			`{"docType":"PASSPORT","order_id":"9876543210"}`,
			`{"docType":"PASSPORT","order_id":"9876543210"}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := redact.New(nil)
			require.NoError(t, err)
			got, _ := r.String(tt.in)
			require.Equal(t, tt.want, got)
			checkStream(t, redact.Options{}, tt.in)
		})
	}
}

// TestShortAndNumberedKeys: "fname", "lname" name a person, and an
// address's numbered lines ("addressLine1", "address2") are addresses.
func TestShortAndNumberedKeys(t *testing.T) {
	for in, want := range map[string]string{
		"fname=Ravi&lname=Kumar":                  "fname=XXXX&lname=XXXXX",
		`{"addressLine1":"12 MG Road, Kothrud"}`:  `{"addressLine1":"XX XX XXXX, XXXXXXX"}`,
		`{"address2":"Flat 4, Shanti Kunj"}`:      `{"address2":"XXXX X, XXXXXX XXXX"}`,
		`{"step1":"Open Settings, then Privacy"}`: `{"step1":"Open Settings, then Privacy"}`,
	} {
		expectRedacted(t, in, want)
	}
}
