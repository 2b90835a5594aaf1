package redact_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kavachpii/kavach/redact"
)

// TestLowerCaseIdentifiers: identifiers issued in capitals that reach logs
// lower-cased. Only the GSTIN's check character proves much alone; a PAN,
// IFSC or registration in lower case needs its context word.
func TestLowerCaseIdentifiers(t *testing.T) {
	r, err := redact.New(nil)
	assert.NoError(t, err)
	for _, tt := range []struct{ in, want string }{
		{"pan=abcpe1234f", "pan=XXXXXXXXXX"},
		{"PAN: abcpe1234f ok", "PAN: XXXXXXXXXX ok"},
		{"Pan No. Abcpe1234F", "Pan No. XXXXXXXXXX"},
		{"/kyc?pan=abcpe1234f&x=1", "/kyc?pan=XXXXXXXXXX&x=1"},
		{"ifsc: sbin0001234", "ifsc: XXXXXXXXXXX"},
		{"gstin 27aapfu0939f1zv", "gstin XXXXXXXXXXXXXXX"},
		{"supplier 27aapfu0939f1zv", "supplier XXXXXXXXXXXXXXX"}, // the check character alone
		{"vehicle_no=mh12ab1234&x=1", "vehicle_no=XXXXXXXXXX&x=1"},
		{"owner of vehicle hr43me9519 and", "owner of vehicle XXXXXXXXXX and"},
		{"Bank: 723302376490863 / karb0524717", "Bank: XXXXXXXXXXXXXXX / XXXXXXXXXXX"},
		{"Cab tn-49-gt-8197 | Driver", "Cab XX-XX-XX-XXXX | Driver"},
		{"my car rj14 an 1149. Vehicle: uk-07 wu-2260; vehicle wb 19 ye 5738 ok", "my car XXXX XX XXXX. Vehicle: XX-XX XX-XXXX; vehicle XX XX XX XXXX ok"},           // parts apart
		{"kl 08 ux 6707 ka insurance renew karna hai\nwb 19 ye 5738 car ki insurance", "XX XX XX XXXX ka insurance renew karna hai\nXX XX XX XXXX car ki insurance"}, // opening the input, opening a line
		{"we went up 30 km and in 12 ka 4 months", "we went up 30 km and in 12 ka 4 months"},
		{"vehicle ka-05-m-1234.", "vehicle XX-XX-X-XXXX."},
		{"my passport no is k1234567; passport:k1234567", "my passport no is XXXXXXXX; passport:XXXXXXXX"},
		{"upload the passport bio page (w6375277) again", "upload the passport bio page (XXXXXXXX) again"}, // in brackets
		{"account 339485453100139 / dcbl0807653 closed", "account XXXXXXXXXXXXXXX / XXXXXXXXXXX closed"},   // an IFSC after its account
		{"now you drive us to lonavala in your up25lw2297", "now you drive us to lonavala in your XXXXXXXXXX"},
		{"handing over scooty od07rk9711", "handing over scooty XXXXXXXXXX"},
		{"dl no mh1420110012345, licence: mh1420110012345", "dl no XXXXXXXXXXXXXXX, licence: XXXXXXXXXXXXXXX"},
		{"dl ts09 20175292291 - my dl kl 07 2018 0242092. new driver dl hr-2620087815855 ok", "dl XXXX XXXXXXXXXXX - my dl XX XX XXXX XXXXXXX. new driver dl XX-XXXXXXXXXXXXX ok"},       // a licence's parts apart
		{"kl 07 2018 0242092 total", "kl 07 2018 0242092 total"},                                                                                                                         // no word calls it a licence
		{"uski gaadi 24 bh 4765 ak, rc 22-bh-4521-a; scooty (wb38 z 4413); bike dl 3e ty 4454.", "uski gaadi XX XX XXXX XX, rc XX-XX-XXXX-X; scooty (XXXX X XXXX); bike XX XX XX XXXX."}, // a Bharat series, after a bracket, Delhi's class letter
		{"i have 20 bytes and 12 bh left", "i have 20 bytes and 12 bh left"},
		// Not without context, and not what merely looks alike.
		{"id abcpe1234f", "id abcpe1234f"},
		{"route sbin0001234", "route sbin0001234"},
		{"gstin 27aapfu0939f1z5", "gstin 27aapfu0939f1z5"},                                   // check character fails
		{"pan abcde1234f", "pan abcde1234f"},                                                 // D is no holder type
		{"trace 9b2ae098cf pan", "trace 9b2ae098cf pan"},                                     // hex
		{"pan=abcpe1234fx", "pan=abcpe1234fx"},                                               // longer run
		{"pan=xabcpe1234f", "pan=xabcpe1234f"},                                               // longer run
		{"pan=abcpe1234fकि", "pan=abcpe1234fकि"},                                             // glued to another script
		{"build release2024a pan", "build release2024a pan"},                                 // a word with digits
		{"path /mh12ab1234 ka05m1234", "path /mh12ab1234 ka05m1234"},                         // a registration needs its word
		{"vehicle xmh12ab1234", "vehicle xmh12ab1234"},                                       // longer run
		{"see tn-49-gt-8197, id-tn-49-gt-8197", "see tn-49-gt-8197, id-tn-49-gt-8197"},       // no word; a longer code
		{"vehicle tn-49-gt-81970", "vehicle tn-49-gt-81970"},                                 // runs on
		{"build v1234567 ok, ref mh1420110012345", "build v1234567 ok, ref mh1420110012345"}, // a passport's, a licence's shape, no word
		{"passport k12345678", "passport k12345678"},                                         // runs on
	} {
		got, _ := r.String(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}

// TestDottedAadhaar: dots are no form UIDAI prints, so a dotted Aadhaar
// needs its context word.
func TestDottedAadhaar(t *testing.T) {
	r, err := redact.New(nil)
	assert.NoError(t, err)
	for _, tt := range []struct{ in, want string }{
		{"Aadhaar Number : 2341.2341.2346", "Aadhaar Number : XXXX.XXXX.2346"},
		{"आधार 2341.2341.2346", "आधार XXXX.XXXX.2346"},
		{"build 2341.2341.2346", "build 2341.2341.2346"},
		{"aadhaar 2341.2341.2345", "aadhaar 2341.2341.2345"}, // Verhoeff fails
	} {
		got, _ := r.String(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}

// TestHashTokensNotReread: a Hash token whose 12 hex digits are all
// decimal is not read as an Aadhaar or a mobile number again.
func TestHashTokensNotReread(t *testing.T) {
	opts := redact.Options{Mode: redact.Hash, HashKey: []byte("k")}
	r, err := redact.New(&opts)
	assert.NoError(t, err)
	for _, in := range []string{"<IN_AADHAAR:234123412346>", "x <IN_MOBILE:987654321012> y", "a:234123412346>"} {
		got, fs := r.String(in)
		if in[0] == '<' || in[0] == 'x' {
			assert.Equal(t, in, got)
			assert.Empty(t, fs)
		} else {
			assert.NotEqual(t, in, got, "no token: an Aadhaar after a colon is still read")
		}
		checkStream(t, opts, in)
	}
}

// TestGroupedAccount: account numbers written in groups of four, which
// need their context word like an account number in one piece.
func TestGroupedAccount(t *testing.T) {
	r, err := redact.New(nil)
	assert.NoError(t, err)
	for _, tt := range []struct{ in, want string }{
		{"A/c No. 0012 3456 7890 12", "A/c No. XXXX XXXX XXXX XX"},
		{"account 5010-0123-4567", "account XXXX-XXXX-XXXX"},
		{"bank a/c: 1234 5678 9", "bank a/c: XXXX XXXX X"},
		{"ref 0012 3456 7890 12", "ref 0012 3456 7890 12"},       // no context
		{"Aadhaar 4185  3225  8317", "Aadhaar XXXX  XXXX  8317"}, // OCR's double spaces
		{"card 4111  1111  1111  1111", "card XXXX  XXXX  XXXX  1111"},
		{"qty  12  price  450", "qty  12  price  450"},
		{"aadhaar 4185  3225 8317", "aadhaar XXXX  XXXX 8317"},             // a double space among single ones, as people type it
		{"aadhaar 2341 2341 2346 12 jan", "aadhaar XXXX XXXX 2346 12 jan"}, // the Aadhaar first
		{"account 1234 5678", "account 1234 5678"},                         // eight digits: too short
		{"account 1234-5678 9012", "account 1234-5678 9012"},               // two separators
	} {
		got, _ := r.String(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}

// TestUserAgentVersions: Chrome's reduced user agent writes its version
// as "120.0.0.0", which is no IP address; a real address after a slash
// in a URL still is. The rest checks what the main loop's fast paths skip
// against what they must leave to the readers.
func TestUserAgentVersions(t *testing.T) {
	r, err := redact.New(nil)
	assert.NoError(t, err)
	for _, tt := range []struct{ in, want string }{
		{"(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"},
		{"Edg/119.0.0.0", "Edg/119.0.0.0"},
		{"http://10.0.0.2/x", "http://XX.X.X.X/x"},
		{"GET /192.168.1.1 HTTP", "GET /XXX.XXX.X.X HTTP"},
		// A version is skipped whole, and only the dotted part of it.
		{"Chrome/118.0.5993.117 Safari/537.36", "Chrome/118.0.5993.117 Safari/537.36"},
		{"app/1.2.3 +91 98765 43210", "app/1.2.3 +XX XXXXX X3210"},
		{"curl/8.4.0\" 9876543210", "curl/8.4.0\" XXXXXX3210"},
		{"/users/9876543210/orders", "/users/XXXXXX3210/orders"},
		{"lib/2.31.0a 9876543210", "lib/2.31.0a XXXXXX3210"},
		{"(+http://www.google.com/bot.html) (+91) 98765 43210", "(+http://www.google.com/bot.html) (+XX) XXXXX X3210"},
		// Words are skipped whole unless they may open an identifier.
		{"Android 14; SM-S918B Aug 14, 1990 dob", "Android 14; SM-S918B XXX XX, XXXX dob"},
		{"OS X 10_15_7 MH 12 AB 1234", "OS X 10_15_7 XX XX XX XXXX"},
		// A whole user agent is read in one step after its first product,
		// as far as its comments hold platform words and small numbers:
		// a device's model, a long number or an address ends the step.
		{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.117 Safari/537.36 9876543210",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.117 Safari/537.36 XXXXXX3210"},
		{"Mozilla/5.0 (Linux; Android 13; ABCPE1234F) Chrome/118.0.0.0", "Mozilla/5.0 (Linux; Android 13; XXXXXXXXXX) Chrome/118.0.0.0"},
		{"Mozilla/5.0 (Windows NT 10.0; 9876543210; x64)", "Mozilla/5.0 (Windows NT 10.0; XXXXXX3210; x64)"},
		{"Mozilla/5.0 (Windows NT 10.0; 117.91.228.143; x64)", "Mozilla/5.0 (Windows NT 10.0; XXX.XX.XXX.XXX; x64)"},
		{"Mozilla/5.0 (X11; rv:120.0) Gecko/120.0 Firefox/120.0 ravi@example.com", "Mozilla/5.0 (X11; rv:120.0) Gecko/120.0 Firefox/120.0 XXXX@XXXXXXX.XXX"},
	} {
		got, _ := r.String(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		checkStream(t, redact.Options{}, tt.in)
	}
}
