package redact_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/kavachpii/kavach/redact"
)

func ExampleRedactor_JSON() {
	r, err := redact.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	in := `{"name": "Ravi Kumar", "mobile": 9876543210, "note": "aadhaar 2341\u00202341\u00202346", "order_id": 234123412346, "tags": ["kyc"]}`
	out, findings, err := r.JSON([]byte(in))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	for _, f := range findings {
		fmt.Printf("%s %s %s\n", f.Kind, in[f.Start:f.End], f.Reason)
	}
	// Output:
	// {"name": "XXXX XXXXX", "mobile": "XXXXXX3210", "note": "aadhaar XXXX XXXX 2346", "order_id": 234123412346, "tags": ["kyc"]}
	// PERSON Ravi Kumar key "name"
	// IN_MOBILE 9876543210 key "mobile"
	// IN_AADHAAR 2341\u00202341\u00202346 Verhoeff ok; context "aadhaar" before
}

func ExampleRedactor_JSON_invalid() {
	r, _ := redact.New(nil)
	_, _, err := r.JSON([]byte("{\"a\": 1}\n{\"aadhaar\": \"2341 2341 2346\",}\n"))
	fmt.Println(err)
	// Output:
	// redact: invalid JSON at line 2, column 30 (byte 38): invalid character '}' looking for the start of an object key
}

func ExampleRedactor_CopyJSON() {
	r, _ := redact.New(&redact.Options{
		Mode: redact.Label,
		OnFinding: func(f redact.Finding) {
			fmt.Fprintf(os.Stderr, "%s at %d\n", f.Kind, f.Start) // an audit log
		},
	})
	logs := `{"level":"info","msg":"login","email":"ravi@example.com"}
{"level":"warn","msg":"kyc failed for pan ABCPE1234F","attempt":2}

{"level":"info","msg":"ok"}
`
	if _, err := r.CopyJSON(os.Stdout, strings.NewReader(logs)); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"level":"info","msg":"login","email":"<EMAIL_ADDRESS>"}
	// {"level":"warn","msg":"kyc failed for pan <IN_PAN>","attempt":2}
	//
	// {"level":"info","msg":"ok"}
}
