package redact_test

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/transform"

	"github.com/kavachpii/kavach/redact"
)

func addSeeds(f *testing.F) {
	for _, s := range streamInputs {
		if len(s) < 2000 {
			f.Add(s)
		}
	}
	f.Add("")                                                                                                                            // empty
	f.Add("\x00\x00\xff")                                                                                                                // NUL and invalid UTF-8
	f.Add("+91 +91 ++91 (+91 (+91) 98765 43210")                                                                                         // prefixes without numbers
	f.Add("a@b@c.d 1@ybl x.@okaxis .@. @@")                                                                                              // broken addresses
	f.Add("2341 2341 2346 2341 2341 2346 2341")                                                                                          // chains longer than any form
	f.Add("MH 12 AB 1234 MH 12 AB MH12 22 BH 12")                                                                                        // partial registrations
	f.Add("XXXX XXXX 2346 +XX XXXXX X3210")                                                                                              // already masked
	f.Add("name,passport,pin\nAsha,J8369854,560034\n\"Rao, K\",K1234567,1\nx")                                                           // a CSV block
	f.Add("2026-11-15T00:41:09.093Z 2026-11-15 00:41:09,913 2026-11-15T10:00:00+05:30x 2026-11-15 00:41")                                // log timestamps, whole and cut
	f.Add("a/c 0012 3456 7890 12 3456 account 1234-5678-9012-3456-78")                                                                   // account groups
	f.Add("dob 1st of Jan, 1990 August 14, 1990 Aug. 3rd 1985 pan abcpe1234f")                                                           // spelled dates, lower case
	f.Add("utr;dob\r\n234123412346;14/08/1990\r\n")                                                                                      // negative column, CRLF
	f.Add("?email=a.b%40x.in&phone=%2B91-9876543210&vpa=9876543210%40ybl&n=Ravi+Rao %2 %4 %40 %2B %2b9")                                 // URL escapes
	f.Add("Chrome/118.0.5993.117 app/1.2 lib/2.31.0a +0530] abha ravi_k@sbx 91123456789012@abdm")                                        // versions, ABHA addresses
	f.Add("Hi Rahul,\nGurpreet: sent\n[1/2/2024, 3:38 pm] Imran: ok\n- Vivek\nuser=Ayesha Khan Sasmita ji DEV Ganga Logistics")          // names
	f.Add("Address: 45, Malviya Nagar, Jaipur 302017\n{\"addr\":\"Flat 5, Patna\"} R/o : H.No. 5, Ludhiana. Next")                       // addresses
	f.Add("P<INDNAIR<<PRIYA<<<<<<<\nJ8369854<4IND9008146F3201015<<<<<<<<<<<<<<<6\nJ8369854<4IND9008146F32")                              // a passport's MRZ
	f.Add("12/3A, Gariahat Road, Kolkata, 700019\nHouse 22,\nZarkawt, Aizawl\nPIN: 796001 Add : A-1, B Rd,\nC, D - 380015")              // addresses closed by a PIN code
	f.Add(`{"msg":"a:\n9876543210\nABCPE1234F\tRavi Kumar\\n9876543210 \n`)                                                              // escaped breaks in a JSON string
	f.Add("q: insert into t (dob, pan) values (?, ?)\nbinding parameter [1] as [DATE] - [1990-08-14]\nx ('1990-08-14', 'ABCPE1234F')\n") // bound parameters
	f.Add("<tr><th>EPIC No</th><th>Name</th></tr>\n<tr><td>ABC1234567</td><td>Ravi Rao</td></tr>\n<p>\n")                                // an HTML table
	f.Add("{\"t\":\"nine eight seven six five four three double one zero\"} do ek do teen, char-paanch")                                 // numbers read out
	f.Add("uid 2341 2341 S349 A/c No.39072778O14 891B 2123 1455 O1 l 1l1 5S")                                                            // OCR's letters for digits
}

// FuzzChunking checks that every stream path gives String's output and
// findings, however the input is cut.
func FuzzChunking(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		var got []redact.Finding
		r, err := redact.New(&redact.Options{MinScore: 0.01, OnFinding: func(x redact.Finding) { got = append(got, x) }})
		if err != nil {
			t.Fatal(err)
		}
		want, wantFs := r.String(s)
		same := func(name, out string) {
			if out != want {
				t.Fatalf("%s: output %q, String gives %q", name, out, want)
			}
			if len(got) != len(wantFs) {
				t.Fatalf("%s: %d findings, String gives %d", name, len(got), len(wantFs))
			}
			for i := range got {
				if got[i] != wantFs[i] {
					t.Fatalf("%s: finding %d is %+v, String gives %+v", name, i, got[i], wantFs[i])
				}
			}
			got = nil
		}
		b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), r.NewTransformer()))
		if err != nil {
			t.Fatal(err)
		}
		same("OneByteReader", string(b))
		var buf bytes.Buffer
		if _, err := r.Copy(&buf, iotest.HalfReader(strings.NewReader(s))); err != nil {
			t.Fatal(err)
		}
		same("Copy", buf.String())
	})
}

// FuzzInvariants checks, for any input: findings are ordered, disjoint
// and in range; every byte outside a finding comes out once, in order;
// and redacting the masked output again finds nothing more.
func FuzzInvariants(f *testing.F) {
	addSeeds(f)
	mask, _ := redact.New(&redact.Options{MinScore: 0.01})
	label, _ := redact.New(&redact.Options{MinScore: 0.01, Mode: redact.Label})
	f.Fuzz(func(t *testing.T, s string) {
		out, fs := label.String(s)
		checkInvariants(t, s, out, fs)
		masked, _ := mask.String(s)
		if longDigitChain.MatchString(masked) || holdsOCRChain(masked) {
			// A documented limit: a mask keeps separators and the last four
			// digits, so in a run of four or more digit groups a second pass
			// can split the run differently and mask more ("XXX XXX 7000
			// 000000": the kept 7000 of a 3-3-4 mobile, or a new value after a
			// 3-3 PIN code?). So may a run of three that holds OCR's letters,
			// which a second pass reads as digits no more after a mask.
			return
		}
		again, fs2 := mask.String(masked)
		if again != masked || len(fs2) != 0 {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", s, masked, again, fs2)
		}
	})
}

// longDigitChain matches four or more groups of digits or mask X's joined
// by single separators. A group may hold the letters OCR reads for digits
// ("000B", "B000"), which a chain reads as digits too.
var longDigitChain = regexp.MustCompile(`(?:[0-9X]|[OoIlSB][0-9])[0-9XOoIlSB]*(?:[ \-./](?:[0-9X]|[OoIlSB][0-9])[0-9XOoIlSB]*){3,}`)

// threeGroupChain matches three or more such groups.
var threeGroupChain = regexp.MustCompile(`(?:[0-9X]|[OoIlSB][0-9])[0-9XOoIlSB]*(?:[ \-./](?:[0-9X]|[OoIlSB][0-9])[0-9XOoIlSB]*){2,}`)

// holdsOCRChain reports a run of three or more groups, one of them with a
// letter OCR reads for a digit ("XXXXXXXXX 9I 0000000000",
// "XXXXXXXXX 000000000.0B").
func holdsOCRChain(s string) bool {
	for _, m := range threeGroupChain.FindAllString(s, -1) {
		if strings.ContainsAny(m, "OoIlSB") {
			return true
		}
	}
	return false
}

// checkInvariants checks findings' order and bounds and that out, made in
// Label mode, is in with each finding replaced by its label.
func checkInvariants(t *testing.T, in, out string, fs []redact.Finding) {
	t.Helper()
	var want strings.Builder
	prev := int64(0)
	for _, f := range fs {
		if f.Start < prev || f.End <= f.Start || f.End > int64(len(in)) {
			t.Fatalf("finding %+v out of order or range in %q", f, in)
		}
		if f.Score <= 0 || f.Score > 1 || f.Reason == "" {
			t.Fatalf("finding %+v has a bad score or no reason", f)
		}
		want.WriteString(in[prev:f.Start])
		want.WriteString("<" + string(f.Kind) + ">")
		prev = f.End
	}
	want.WriteString(in[prev:])
	if want.String() != out {
		t.Fatalf("bytes outside findings changed: %q -> %q, want %q", in, out, want.String())
	}
}

// FuzzNoLeak plants a valid Aadhaar after its label in arbitrary text and
// checks that it is always found.
func FuzzNoLeak(f *testing.F) {
	f.Add("", "")
	f.Add("order id", "txn")
	f.Add("4111 1111", "1111 1111")
	f.Add("\xff\xe0", "\x00")
	r, _ := redact.New(nil)
	f.Fuzz(func(t *testing.T, before, after string) {
		const plant = " aadhaar: 2341 2341 2346. "
		s := before + plant + after
		start := int64(len(before) + strings.Index(plant, "2341"))
		end := start + int64(len("2341 2341 2346"))
		_, fs := r.String(s)
		for _, x := range fs {
			if x.Start <= start && x.End >= end {
				return
			}
		}
		t.Fatalf("planted Aadhaar leaked in %q: %v", s, fs)
	})
}
