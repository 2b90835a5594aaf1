package redact_test

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/kavachpii/kavach/redact"
)

// streamInputs are texts whose candidates sit where a stream is likely to
// be cut: at the very start and end, next to multi-byte characters, after
// long runs.
var streamInputs = []string{
	"",
	"2341 2341 2346",
	"aadhaar: 2341 2341 2346 ok",
	"Aadhaar 234123412346, mobile +91-98765 43210 and (+91) 98765-43210 or 098765 43210 +919876543210",
	"pan ABCPE1234F gstin 27AAPFU0939F1ZV email ravi.kumar@example.com upi 9876543210@ybl",
	"card 4111 1111 1111 1111 vid 2341 2341 2341 2341 then 4111111111111111",
	"UTR 402912345678 order id: 234123412346 ts 202611231045",
	"passport no A1234567 voter id ABC1234567 dl MH14 20110062821 vehicle MH 12 AB 1234 22 BH 1234 AA",
	"ifsc SBIN0001234 pin 110001 dob: 14/08/1990 a/c 123456789012 ip 192.168.1.10",
	"मेरा आधार नंबर २३४१ २३४१ २३४६ है, मोबाइल: ९८७६५ ४३२१०",
	"uuid 550e8400-e29b-41d4-a716-446655440000 then 2341 2341 2346",
	"\x00\xff\xfe 2341 2341 2346 \xe0\xa5 \xef\xbc\x92",
	strings.Repeat("9", 5000) + " 2341 2341 2346 " + strings.Repeat("7", 3000),
	strings.Repeat("1234 ", 400) + "aadhaar 2341 2341 2346",
	strings.Repeat("x", 300) + "ravi@okaxis" + strings.Repeat("y@", 200),
	`{"aadhaar":"234123412346","mobile":"+919876543210","email":"a.b@c.co"}` + "\n" + strings.Repeat(`{"msg":"ok"}`+"\n", 100) + `{"pan":"ABCPE1234F"}`,
	"２３４１２３４１２３４６ fullwidth, ৯৮৭৬৫৪৩২১০ Bengali phone",
}

type collector struct{ fs []redact.Finding }

func newCollecting(t testing.TB, opts redact.Options) (*redact.Redactor, *collector) {
	t.Helper()
	c := &collector{}
	opts.OnFinding = func(f redact.Finding) { c.fs = append(c.fs, f) }
	r, err := redact.New(&opts)
	require.NoError(t, err)
	return r, c
}

// checkStream runs s through every stream path and compares with String.
func checkStream(t *testing.T, opts redact.Options, s string) {
	t.Helper()
	r, c := newCollecting(t, opts)
	want, wantFs := r.String(s)

	check := func(name string, got string) {
		t.Helper()
		require.Equal(t, want, got, "%s: output differs for %q", name, s)
		require.Equal(t, wantFs, c.fs, "%s: findings differ for %q", name, s)
		c.fs = nil
	}

	got, _, err := transform.String(r.NewTransformer(), s)
	require.NoError(t, err)
	check("transform.String", got)

	b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), r.NewTransformer()))
	require.NoError(t, err)
	check("NewReader(OneByteReader)", string(b))

	for _, size := range []int{1, 2, 3, 7, 64, 1000} {
		var buf bytes.Buffer
		tw := transform.NewWriter(&buf, r.NewTransformer())
		for rest := s; rest != ""; {
			n := min(size, len(rest))
			_, err := tw.Write([]byte(rest[:n]))
			require.NoError(t, err)
			rest = rest[n:]
		}
		require.NoError(t, tw.Close())
		check("NewWriter", buf.String())
	}

	var buf bytes.Buffer
	_, err = r.Copy(&buf, iotest.HalfReader(strings.NewReader(s)))
	require.NoError(t, err)
	check("Copy(HalfReader)", buf.String())

	buf.Reset()
	_, err = r.Copy(&buf, iotest.OneByteReader(strings.NewReader(s)))
	require.NoError(t, err)
	check("Copy(OneByteReader)", buf.String())
}

func TestStreamMatchesString(t *testing.T) {
	for _, mode := range []redact.Mode{redact.Mask, redact.Label, redact.Hash, redact.Remove} {
		for _, s := range streamInputs {
			checkStream(t, redact.Options{Mode: mode, HashKey: []byte("k"), MinScore: 0.01}, s)
			checkStream(t, redact.Options{Mode: mode, HashKey: []byte("k")}, s)
		}
	}
}

// TestTransformEveryBufferSize drives Transform directly with every pair
// of small source and destination sizes, as x/text's own tests do.
func TestTransformEveryBufferSize(t *testing.T) {
	inputs := []string{
		"mobile +91-98765 43210; aadhaar २३४१ २३४१ २३४६ end",
		"a@b.co 2341-2341-2346 ABCPE1234F",
	}
	for _, mode := range []redact.Mode{redact.Mask, redact.Label} {
		r, c := newCollecting(t, redact.Options{Mode: mode})
		for _, s := range inputs {
			want, wantFs := r.String(s)
			for srcSize := 1; srcSize <= len(s); srcSize++ {
				for dstSize := 1; dstSize <= 40; dstSize++ {
					c.fs = nil
					got := drive(t, r.NewTransformer(), s, srcSize, dstSize)
					require.Equal(t, want, got, "src %d dst %d", srcSize, dstSize)
					require.Equal(t, wantFs, c.fs, "src %d dst %d", srcSize, dstSize)
				}
			}
		}
	}
}

// drive feeds s to tr at most srcSize bytes at a time, growing the window
// when the transformer asks for more, with a dst of dstSize bytes.
func drive(t *testing.T, tr transform.Transformer, s string, srcSize, dstSize int) string {
	t.Helper()
	var out []byte
	dst := make([]byte, dstSize)
	src := []byte(s)
	pos, window := 0, srcSize
	for steps := 0; ; steps++ {
		require.Less(t, steps, 100000, "no progress")
		end := min(pos+window, len(src))
		atEOF := end == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[pos:end], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch err {
		case nil:
			if atEOF && pos == len(src) {
				return string(out)
			}
			window = srcSize
		case transform.ErrShortDst:
		case transform.ErrShortSrc:
			if nSrc == 0 {
				window += srcSize
			}
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
}

func TestCopyLongInputBoundedMemory(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	line := "2026-11-23 INFO user=ravi aadhaar=2341 2341 2346 mobile=+91 98765 43210 status=ok\n"
	src := strings.NewReader(strings.Repeat(line, 20000))
	var out bytes.Buffer
	n, err := r.Copy(&out, src)
	require.NoError(t, err)
	require.EqualValues(t, out.Len(), n)
	require.NotContains(t, out.String(), "2341 2341 2346")
	require.Equal(t, 20000, strings.Count(out.String(), "XXXX XXXX 2346"))
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestCopyWriteError(t *testing.T) {
	r, _ := redact.New(nil)
	_, err := r.Copy(errWriter{}, strings.NewReader("hello"))
	require.ErrorIs(t, err, io.ErrClosedPipe)
}

func TestCopyReadError(t *testing.T) {
	r, _ := redact.New(nil)
	var out bytes.Buffer
	_, err := r.Copy(&out, iotest.ErrReader(io.ErrUnexpectedEOF))
	require.ErrorIs(t, err, io.ErrUnexpectedEOF)
}

func TestTransformerReset(t *testing.T) {
	r, c := newCollecting(t, redact.Options{})
	tr := r.NewTransformer()
	a, _, _ := transform.String(tr, "aadhaar 2341 2341 2346")
	first := c.fs
	c.fs = nil
	b, _, _ := transform.String(tr, "aadhaar 2341 2341 2346")
	require.Equal(t, a, b)
	require.Equal(t, first, c.fs, "offsets restart after Reset")
}

// expectRedacted checks that the default Redactor turns in into want, and
// that every way of streaming in gives what String gives.
func expectRedacted(t *testing.T, in, want string) {
	t.Helper()
	r := mustNew(t)
	got, _ := r.String(in)
	require.Equal(t, want, got, "%q", in)
	checkStream(t, redact.Options{}, in)
}

// TestEveryCut writes each input in two pieces, cut at every byte, and
// compares with String: the quick tests of the main loop read only their
// buffer, and must say "maybe" wherever what decides lies in a stream's
// history (a label's note in brackets cut in two) or past the buffer's
// end (a house number at a line's start, "146 R|ing Road"). A sweep of
// every held-out case cut so (about 11,000 cases) found these two.
func TestEveryCut(t *testing.T) {
	inputs := append([]string{
		"FORM 2 (Revised)\nNOMINATION AND DECLARATION FORM\n1. Name (in block letters): GAURAV MALIK\n2. Father's/Husband's Name: ROHIT MALIK\n",
		"Address (as per Aadhaar): 12, MG Road, Pune 411001; Mr. Ravi Kumar, S/O Ramesh Kumar",
		">> IFSC: CBIN0753767\n>> Address for records: #405, Shahpura, Bhopal - 462029\nResidence: Venglai, Lunglei, Mizoram\n",
		"i need passport numbers. adding what i have\n1. Madhusmita Sahu - H7734577\n2. Athira Kurup - G5083599\n",
		"Name: Kabir Malhotra-Rao, Mobile\nRunner: Imran Qureshi-Shah (bib 204)\ni am karthik. need help\nthis is priya",
		"No Name DOB Expiry\n01 ANIL KAPOOR 12/03/1990 12/03/2030\n\nNo Name DOB ID\n01 SIDDHARTH SINGH  02 Apr 1991  Passport A7872144\n  2 LALIT DSOUZA 28 Sep 1997\nTotal 2\n3 12/03/1991\n",
		"haan ji main sanjay kushwaha bol raha hoon, behind Kali Bari, near Hanuman Mandir, ranchi aa jao",
		"Chaitra Hegde\n146 Ring Road,\nBejai, Mangaluru\nPIN: 575545\n\nSub: x",
		"naam Bhavna S. Patel hai, PAN ABCPE1234F, ghar ka pata Mu. Po. Sojitra, Ta. Sojitra, Dist. Anand, 387240; Post Kuttiady, At/Po Melur",
		"Aadhaar No. 3544 2633\n8134, hereinafter; Surname at birth: Sandhu; UK +44 7405 086655; DOB: 06AUG93",
		"House 149: Sunil Bhosale (NZH4386447) and wife Pooja Salunkhe (LZY8985525); son away. EPIC No: ABC-1234567",
		"loc: H.No. 13-3-295, Velachery, Madurai (Madurai); निवासी ई-३७, शास्त्री नगर, भोपाल - 462033; At & Post Devgaon, Taluka Muzaffarpur",
		"CUST: plot 116, palarivattom, thrissur, kerala, pin code 6 8 0 2 6 4\nBOT: scores 6 8 0 2 6 4 3",
		"Aadhaar: 9 0 9 6 9 6 4 9 1 3 3 3\nBank a/c number: 3 4 8 9 0 1 4 5 6 8 1 5 4 2 8 6 3 4 5 6 7\nseq 1 2 3 4 5 6 7 8 9 0",
		"Aadhaar: 3073 8951 9175\nAddress same as invoice. Naveen, 78789 07021\nInv. No. 9876543210",
		"aadhaar=６２５３－５９７５－９０８４\nx ６２５３－５９７５－９０８４ y",
		"{code}\nname=राहुल वर्मा addr=\"x\" pin=110001\n{\"name\":\"ಶ್ವೇತಾ ಹೆಗಡೆ\",\"n2\": 'x'}\nname='ऋतुजा पाटील'",
		`{"name":"\u0cb6\u0ccd\u0cb5\u0cc7\u0ca4\u0cbe \u0cb9\u0cc6\u0c97\u0ca1\u0cc6","city":"x"} {"payload":"{\"name\":\"\u092a\u094d\u0930\u0936\u093e\u0902\u0924 \u091c\u093e\u0927\u0935\"}"}`,
		`{"key":"patient.name","value":{"stringValue":"Zorbin Quenk"}},{"key":"patient.address","value":{"stringValue":"12, MG Road, Kozhikode"}},{"key":"patient.name","value":{"stringValue":"ജോസഫ് വർഗീസ്"}}`,
		`<Poa careof="C/O: Ravindra Khan" country="India" dist="Bengaluru" house="296, Vivekananda Marg, HSR Layout" landmark="" loc="" pc="560677" po="HSR Layout"/>`,
		"full_name\tcity\tpost_code\nRukhsar Shaikh\tKanpur\t208041\nstate,district,total\nRajasthan,Jaipur,931092\n",
		"202.79.157.158 - - [14/Nov/2026:23:10:13 +0530] \"GET /rsvp/submit?first=Ayesha&last=Deshmukh&phone=9059665367&pax=3 HTTP/2.0\" 302 0",
		"N,,11593250828,112727,SIMRAN MOHANTY,,,,,,,,SAL OCT26,,,,,,,,,15/08/2026,,UBIN0381994,,,\nN,,720353130,137723,KABIR GREWAL,,,,,,,,SAL OCT26,,,,,,,,,02/09/2026,,YESB0290337,,,\n",
		"30545668|Priyanka Khanna|YTS8884116|122034|2026-04-14T11:54:30Z\n71401836|Debashish Pinto|RGR8080236|440023|2026-10-23T19:51:06Z\n",
		"Address:\nS/O Siddharth Kulkarni, House No. 21-5, Lane 14, Alambagh, Lucknow -\n226773\n2897 9856 3457\n",
		"we have already paid. call me 8300837414. saurabh",
		"no one has replied.\nstill waiting. madhavi kumar\n\n",
		"name madhu kumar, dob march 25, 1985, mandate; we may 5 go",
		"\"-\" \"Mozilla/5.0 (Linux; Android 13; CPH2451) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.111 Mobile Safari/537.36 Priya Nair 9876543210\"",
		"ua=Mozilla/5.0 (Windows NT 10.0; 9876543210; x64) Chrome/118.0.5993.117 (X11; rv:120.0) Gecko/120.0 pan ABCPE1234F",
		"গ্রাম: চন্দনপুর, পোস্ট: রামনগর, থানা: বারুইপুর, জেলা: মুর্শিদাবাদ\nमु. पो. कसबे डिग्रज, ता. मिरज, जि. सांगली",
		"customer: flat b-1104, vrindavan apartments, kuvempunagar, mysuru, 570011",
		"[9:02] meena: nani ka tatkal kal subah 10 baje khulega",
		"hazaribagh road, ranchi\njharkhand 834027 and x jharkhand 834027",
		"মৌমিতা ঘোষ: দাদা, এবারের\nParomita: ok\nমৌমিতা ঘোষ: রসিদ এই ঠিকানা",
		"অসম চৰকাৰ — অৰুণোদয় আঁচনি\nଦେବାଶିଷ ପଣ୍ଡା | ଆଧାର ୬୪୯୭\nಪುಷ್ಪಾ ರಾವ್ — ABHA\nമൗസുമി\nমৌসুমী দাস এর ভোটার",
		"12:34:56.789 [main] INFO c.k.Svc - user Priya Sharma 9876543210\nip fe80::12:34:56 DOB 14/05/1990 00:00:00\n- aadhaar.otp.send by - priya, ok",
		"c/o pain. r/o flat 708 a wing omaxe heights sector 15, faridabad; address flat no. e-116, gotri, vadodara - 390067.",
		"pt tarun anand 70/m adm via casualty 02:40, c/o chest pain since evening. dob 15th june 1956. r/o flat 708 a wing omaxe heights sector 15, faridabad, haryana. relative mohit (97771 06161)",
	}, streamInputs...)
	r, c := newCollecting(t, redact.Options{})
	for _, s := range inputs {
		want, wantFs := r.String(s)
		for cut := 1; cut < len(s); cut++ {
			c.fs = nil
			var buf bytes.Buffer
			tw := transform.NewWriter(&buf, r.NewTransformer())
			_, err := tw.Write([]byte(s[:cut]))
			require.NoError(t, err)
			_, err = tw.Write([]byte(s[cut:]))
			require.NoError(t, err)
			require.NoError(t, tw.Close())
			require.Equal(t, want, buf.String(), "cut at %d: %q", cut, s)
			require.Equal(t, wantFs, c.fs, "cut at %d: %q", cut, s)
		}
	}
}
