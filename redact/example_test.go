package redact_test

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/kavachpii/kavach/redact"
)

func ExampleRedactor_String() {
	r, err := redact.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	out, findings := r.String("KYC ok: aadhaar 2341 2341 2346, mobile +91-98765 43210, pan ABCPE1234F")
	fmt.Println(out)
	for _, f := range findings {
		fmt.Printf("%s [%d:%d] %.2f %s\n", f.Kind, f.Start, f.End, f.Score, f.Reason)
	}
	// Output:
	// KYC ok: aadhaar XXXX XXXX 2346, mobile +XX-XXXXX X3210, pan XXXXXXXXXX
	// IN_AADHAAR [16:30] 1.00 Verhoeff ok; context "aadhaar" before
	// IN_MOBILE [39:54] 0.95 mobile range with +91; context "mobile" before
	// IN_PAN [60:70] 1.00 PAN shape, known holder type; context "pan" before
}

func ExampleRedactor_String_hindi() {
	r, _ := redact.New(nil)
	out, _ := r.String("मेरा आधार नंबर २३४१ २३४१ २३४६ है")
	fmt.Println(out)
	// Output:
	// मेरा आधार नंबर XXXX XXXX २३४६ है
}

func ExampleRedactor_String_decoys() {
	r, _ := redact.New(nil)
	// A Verhoeff-valid number after "UTR", a Verhoeff-valid timestamp, and a
	// card number whose first 12 digits pass Verhoeff: none is an Aadhaar.
	out, findings := r.String("UTR 402912345673 at 202611231045 card 4532 0151 1287 0362")
	fmt.Println(out)
	for _, f := range findings {
		fmt.Println(f.Kind)
	}
	// Output:
	// UTR 402912345673 at 202611231045 card XXXX XXXX XXXX 0362
	// CREDIT_CARD
}

func ExampleRedactor_Bytes() {
	r, _ := redact.New(&redact.Options{Mode: redact.Label})
	out, _ := r.Bytes([]byte(`{"email":"ravi.kumar@example.com","gstin":"27AAPFU0939F1ZV"}`))
	fmt.Println(string(out))
	// Output:
	// {"email":"<EMAIL_ADDRESS>","gstin":"<IN_GSTIN>"}
}

func ExampleRedactor_Find() {
	r, _ := redact.New(nil)
	for _, f := range r.Find([]byte("pay to 9876543210@ybl")) {
		fmt.Println(f.Kind, f.Start, f.End)
	}
	// Output:
	// IN_UPI 7 21
}

func ExampleMode_hash() {
	r, _ := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("secret")})
	a, _ := r.String("mobile +91 98765 43210")
	b, _ := r.String("mobile 098765-43210")
	fmt.Println(a[7:] == b[7:], strings.HasPrefix(a[7:], "<IN_MOBILE:"))
	// Output:
	// true true
}

func ExampleRedactor_Copy() {
	r, _ := redact.New(nil)
	src := strings.NewReader("2026-11-23 INFO login ok email=asha@example.in phone=98765 43210\n")
	if _, err := r.Copy(os.Stdout, src); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 2026-11-23 INFO login ok email=XXXX@XXXXXXX.XX phone=XXXXX X3210
}

func ExampleRedactor_NewTransformer() {
	var kinds []redact.Kind
	r, _ := redact.New(&redact.Options{OnFinding: func(f redact.Finding) { kinds = append(kinds, f.Kind) }})
	rd := transform.NewReader(strings.NewReader("card 4111 1111 1111 1111 ok"), r.NewTransformer())
	b, _ := io.ReadAll(rd)
	fmt.Println(string(b), kinds)
	// Output:
	// card XXXX XXXX XXXX 1111 ok [CREDIT_CARD]
}

func ExampleNew() {
	_, err := redact.New(&redact.Options{Mode: redact.Hash})
	fmt.Println(err)
	r, _ := redact.New(&redact.Options{Kinds: []redact.Kind{redact.Aadhaar}})
	out, _ := r.String("aadhaar 2341 2341 2346 pan ABCPE1234F")
	fmt.Println(out)
	// Output:
	// redact: Hash mode needs a non-empty HashKey
	// aadhaar XXXX XXXX 2346 pan ABCPE1234F
}

func ExampleKinds() {
	fmt.Println(len(redact.Kinds()), redact.Kinds()[0])
	// Output:
	// 18 IN_AADHAAR
}

func ExampleParseMode() {
	m, err := redact.ParseMode("label")
	fmt.Println(m, err)
	// Output:
	// label <nil>
}

// A company's own identifier, found with a pattern, raised by a context
// word, and checked by a validator; a deny list of names; an allow-listed
// support number.
func ExampleRecognizer() {
	r, err := redact.New(&redact.Options{
		Recognizers: []redact.Recognizer{{
			Kind:     "ACME_LOAN",
			Patterns: []redact.Pattern{{Name: "loan number", Regex: `\bLN-\d{8}\b`, Score: 0.4}},
			Context:  []string{"loan"},
			Validate: func(m []byte) bool { return m[len(m)-1] != '0' },
		}},
		Deny:  map[redact.Kind][]string{redact.Person: {"Ravi Kumar"}},
		Allow: map[redact.Kind][]string{redact.Mobile: {"98765 43210"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	out, fs := r.String("loan_id=LN-20261123 for ravi kumar; support +91 98765 43210; ref LN-20261129")
	fmt.Println(out)
	for _, f := range fs {
		fmt.Printf("%s %.2f %s\n", f.Kind, f.Score, f.Reason)
	}
	// Output:
	// loan_id=XX-XXXXXXXX for XXXX XXXXX; support +91 98765 43210; ref LN-20261129
	// ACME_LOAN 0.75 pattern "loan number"; context "loan" before
	// PERSON 1.00 deny list
}
