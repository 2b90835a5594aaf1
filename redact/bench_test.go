package redact_test

import (
	"bytes"
	"io"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/kavachpii/kavach/internal/corpus"
	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/validators"
)

// Benchmarks are named after the shape of their input, as xurls names
// its own: _many is the generated corpus, dense with personal data (about
// one identifier per 100 bytes, in six log and chat formats); _none is
// corpus.Clean, realistic log text with nothing to report. Compare
// throughput (MB/s) between benchmarks of the same input shape; the
// ratio to the regexp baseline is the reader's to compute from the two
// MB/s figures. No pass/fail test looks at timings.

const (
	bigInput   = 4 << 20
	smallInput = 256 << 10
)

var (
	many4M   = sync.OnceValue(func() []byte { return corpus.Generate(1, bigInput).Text })
	none4M   = sync.OnceValue(func() []byte { return corpus.Clean(1, bigInput) })
	many256K = sync.OnceValue(func() string { return string(corpus.Generate(1, smallInput).Text) })
	none256K = sync.OnceValue(func() string { return string(corpus.Clean(1, smallInput)) })
)

func defaultRedactor(tb testing.TB) *redact.Redactor {
	tb.Helper()
	r, err := redact.New(nil)
	require.NoError(tb, err)
	return r
}

func benchBytes(b *testing.B, text []byte) { benchBytesWith(b, defaultRedactor(b), text) }

// benchBytesWith runs r.Bytes over text.
func benchBytesWith(b *testing.B, r *redact.Redactor, text []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Bytes(text)
	}
}

func BenchmarkBytes_many(b *testing.B) { benchBytes(b, many4M()) }

// BenchmarkBytes_none must report 0 allocs/op: nothing found, nothing
// allocated (TestCleanInputNoAllocs checks it).
func BenchmarkBytes_none(b *testing.B) { benchBytes(b, none4M()) }

func benchString(b *testing.B, text string) {
	r := defaultRedactor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.String(text)
	}
}

func BenchmarkString_many(b *testing.B) { benchString(b, many256K()) }
func BenchmarkString_none(b *testing.B) { benchString(b, none256K()) }

func benchCopy(b *testing.B, text []byte) { benchCopyWith(b, defaultRedactor(b), text) }

// benchCopyWith runs r.Copy over text.
func benchCopyWith(b *testing.B, r *redact.Redactor, text []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Copy(io.Discard, bytes.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCopy_many(b *testing.B) { benchCopy(b, many4M()) }
func BenchmarkCopy_none(b *testing.B) { benchCopy(b, none4M()) }

func BenchmarkTransformReader_many(b *testing.B) {
	text := many4M()
	r := defaultRedactor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(text), r.NewTransformer())); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCleanInputNoAllocs checks the promise of Bytes and String: text
// with nothing to report costs no allocation.
func TestCleanInputNoAllocs(t *testing.T) {
	r := defaultRedactor(t)
	b := corpus.Clean(1, 64<<10)
	s := string(b)
	if out, fs := r.Bytes(b); fs != nil || &out[0] != &b[0] {
		t.Fatalf("Bytes found %d findings in clean text (first %+v)", len(fs), fs[0])
	}
	if n := testing.AllocsPerRun(20, func() { r.Bytes(b) }); n != 0 {
		t.Errorf("Bytes on 64 KiB of clean text: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(20, func() { r.String(s) }); n != 0 {
		t.Errorf("String on 64 KiB of clean text: %v allocations, want 0", n)
	}
}

// TestFindingsAllocateLittle: reasons are built once and shared, so that
// text dense with findings costs the output and the growth of the
// findings' slices, not an allocation a finding (66 findings, 19
// allocations when this was written).
func TestFindingsAllocateLittle(t *testing.T) {
	r := defaultRedactor(t)
	b := corpus.Generate(1, 4<<10).Text
	_, fs := r.Bytes(b) // build the reasons once
	want := 8 + len(fs)/3
	if n := testing.AllocsPerRun(20, func() { r.Bytes(b) }); n > float64(want) {
		t.Errorf("Bytes with %d findings: %v allocations, want at most %d", len(fs), n, want)
	}
}

// --- the regexp baseline ---

// regexBaseline is what a Go developer would write without kavach: one
// stdlib regexp per kind, validators from this module for the kinds that
// have a check, and the matches masked with X's, keeping separators.
// There is no context: the kinds that need it (bank account, date of
// birth, ABHA) are left out, as a regexp alone cannot tell them from
// other numbers; PIN, passport and voter ID are kept, as such code
// usually keeps them, and their false positives are its problem, not a
// cost to it. Only ASCII digits are matched (\d is ASCII in RE2).
//
// Two ways to run the patterns are common: one alternation of them all
// (one pass over the text, then find which alternative matched), or each
// pattern in turn (a pass per kind, as Presidio runs its recognizers).
// The benchmarks named RegexBaseline use the single alternation: it is
// the form that gives the regexp engine the most to work with, and with
// Go's regexp it is no slower than the pass per kind, which
// BenchmarkRegexPerKind_* measures alongside (RE2's NFA pays per live
// state, and no pattern here has a literal prefix to skip ahead with, so
// one pass of the union costs about what the passes of its parts cost).
// Neither form is handicapped: counted repetitions are kept small, as
// large ones ({2,256}) multiply the NFA, and a run of text without a
// match is returned as is, without a copy, like Bytes does. Each match
// of the alternation is checked against every kind whose pattern matches
// it exactly, so that a 4-4-4-4 number failing the VID check can still
// pass the card check.
type regexBaseline struct {
	all   *regexp.Regexp // every pattern, one alternation
	kinds []baselineKind
}

type baselineKind struct {
	name     string
	find     *regexp.Regexp // the pattern alone
	exact    *regexp.Regexp // the pattern anchored at both ends
	validate func(string) error
}

// octet is an IPv4 number 0-255 without leading zeros.
const octet = `(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`

// baselinePatterns are in alternation order: at one position the first
// alternative that matches wins, so longer and more specific shapes come
// first (an e-mail before a UPI address, a card number before an Aadhaar).
var baselinePatterns = []struct {
	name, pattern string
	validate      func(string) error
}{
	{"EMAIL_ADDRESS", `\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b`, nil},
	{"IN_UPI", `\b[A-Za-z0-9._\-]+@[A-Za-z][A-Za-z0-9]+\b`, validators.UPI},
	{"IN_GSTIN", `\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b`, validators.GSTIN},
	{"IN_DRIVING_LICENCE", `\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{4}[ \-]?\d{7}\b`, validators.DrivingLicence},
	{"CREDIT_CARD", `\b\d(?:[ \-]?\d){12,18}\b`, validators.Card},
	{"IN_VID", `\b\d{4}[ \-]?\d{4}[ \-]?\d{4}[ \-]?\d{4}\b`, validators.VID},
	{"IN_AADHAAR", `\b[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}\b`, validators.Aadhaar},
	{"IN_MOBILE", `(?:\+91[\- ]?|\b0091[\- ]?|\b0|\b)[6-9]\d{4}[\- ]?\d{5}\b`, validators.Mobile},
	{"IP_ADDRESS", `\b(?:` + octet + `\.){3}` + octet + `\b`, nil},
	{"IN_IFSC", `\b[A-Z]{4}0[A-Z0-9]{6}\b`, validators.IFSC},
	{"IN_PAN", `\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b`, validators.PAN},
	{"IN_VOTER", `\b[A-Z]{3}\d{7}\b`, validators.VoterID},
	{"IN_PASSPORT", `\b[A-Z][ \-]?\d{7}\b`, validators.Passport},
	{"IN_VEHICLE_REGISTRATION", `\b[A-Z]{2}[ \-]?\d{1,2}[ \-]?[A-Z]{0,3}[ \-]?\d{4}\b`, validators.VehicleRegistration},
	{"IN_VEHICLE_REGISTRATION", `\b\d{2}[ \-]?BH[ \-]?\d{4}[ \-]?[A-Z]{1,2}\b`, validators.VehicleRegistration},
	{"IN_PIN_CODE", `\b[1-9]\d{2} ?\d{3}\b`, validators.PINCode},
}

func newRegexBaseline() *regexBaseline {
	rb := &regexBaseline{}
	alts := make([]string, len(baselinePatterns))
	for i, p := range baselinePatterns {
		alts[i] = "(?:" + p.pattern + ")"
		rb.kinds = append(rb.kinds, baselineKind{
			name:     p.name,
			find:     regexp.MustCompile(p.pattern),
			exact:    regexp.MustCompile(`^(?:` + p.pattern + `)$`),
			validate: p.validate,
		})
	}
	rb.all = regexp.MustCompile(strings.Join(alts, "|"))
	return rb
}

var baseline = sync.OnceValue(newRegexBaseline)

// accept reports whether the match m passes the check of a kind whose
// pattern matches it exactly.
func (rb *regexBaseline) accept(m []byte) bool {
	for i := range rb.kinds {
		k := &rb.kinds[i]
		if !k.exact.Match(m) {
			continue
		}
		if k.validate == nil || k.validate(string(m)) == nil {
			return true
		}
	}
	return false
}

// redact masks every accepted match of the alternation, one pass.
func (rb *regexBaseline) redact(text []byte) []byte {
	var out []byte
	for _, loc := range rb.all.FindAllIndex(text, -1) {
		if !rb.accept(text[loc[0]:loc[1]]) {
			continue
		}
		if out == nil {
			out = append([]byte(nil), text...)
		}
		maskASCII(out[loc[0]:loc[1]])
	}
	if out == nil {
		return text
	}
	return out
}

// redactPerKind runs each pattern over the whole text in turn, validates
// its matches, and masks the union.
func (rb *regexBaseline) redactPerKind(text []byte) []byte {
	var spans [][]int
	for i := range rb.kinds {
		k := &rb.kinds[i]
		for _, loc := range k.find.FindAllIndex(text, -1) {
			if k.validate == nil || k.validate(string(text[loc[0]:loc[1]])) == nil {
				spans = append(spans, loc)
			}
		}
	}
	if len(spans) == 0 {
		return text
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	out := append([]byte(nil), text...)
	for _, loc := range spans {
		maskASCII(out[loc[0]:loc[1]])
	}
	return out
}

// maskASCII writes 'X' over the ASCII letters and digits of b.
func maskASCII(b []byte) {
	for i, c := range b {
		if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
			b[i] = 'X'
		}
	}
}

// TestRegexBaselineMasks keeps the baseline honest: it must find and mask
// what it claims to, or its benchmark figures mean nothing.
func TestRegexBaselineMasks(t *testing.T) {
	rb := baseline()
	in := "aadhaar 2341 2341 2346, mobile +91-98765 43210, pan ABCPE1234F, gstin 27AAPFU0939F1ZV, " +
		"card 4111 1111 1111 1111, mail ravi.kumar@example.com, upi 9876543210@ybl, ifsc SBIN0001234, ip 192.168.1.10, " +
		"order 2341 2341 2341 ok"
	want := "aadhaar XXXX XXXX XXXX, mobile +XX-XXXXX XXXXX, pan XXXXXXXXXX, gstin XXXXXXXXXXXXXXX, " +
		"card XXXX XXXX XXXX XXXX, mail XXXX.XXXXX@XXXXXXX.XXX, upi XXXXXXXXXX@XXX, ifsc XXXXXXXXXXX, ip XXX.XXX.X.XX, " +
		"order 2341 2341 2341 ok"
	require.Equal(t, want, string(rb.redact([]byte(in))))
	require.Equal(t, want, string(rb.redactPerKind([]byte(in))))

	clean := corpus.Clean(1, 16<<10)
	require.True(t, bytes.Equal(clean, rb.redact(clean)), "baseline masks clean text")

	// On the corpus it must do real work: mask most of the Aadhaar numbers.
	c := corpus.Generate(1, 64<<10)
	out := rb.redact(c.Text)
	n, masked := 0, 0
	for _, s := range c.PII {
		if s.Kind != corpus.Aadhaar || strings.HasSuffix(s.Form, "-deva") {
			continue
		}
		n++
		if !bytes.ContainsAny(out[s.Start:s.End], "0123456789") {
			masked++
		}
	}
	require.Greater(t, n, 0)
	require.GreaterOrEqual(t, masked, n*9/10, "baseline masked %d of %d Aadhaar numbers", masked, n)
}

func benchRegex(b *testing.B, text []byte, f func([]byte) []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f(text)
	}
}

func BenchmarkRegexBaseline_many(b *testing.B) { benchRegex(b, many4M(), baseline().redact) }
func BenchmarkRegexBaseline_none(b *testing.B) { benchRegex(b, none4M(), baseline().redact) }

func BenchmarkRegexPerKind_many(b *testing.B) { benchRegex(b, many4M(), baseline().redactPerKind) }
func BenchmarkRegexPerKind_none(b *testing.B) { benchRegex(b, none4M(), baseline().redactPerKind) }

// lineTypes are single lines of the shapes the corpus mixes, for finding
// which shape costs what.
var lineTypes = []struct{ name, line string }{
	{"prose", "the quick brown fox jumps over the lazy dog and then some more words follow here\n"},
	{"applog", "2026-11-15 00:41:09,913 DEBUG [loan-origination] c.k.kyc.DocumentService - aadhaar.otp.send ref=9b2ae098cfd9 status=PENDING latency=2942ms\n"},
	{"json", `{"ts":"2026-11-15T00:41:09.093Z","level":"info","svc":"onboarding","req_id":"5912ee7456ad0362","msg":"payment failed","path":"/cart","status":201,"latency_ms":1634}` + "\n"},
	{"access", `unix: - - [15/Nov/2026:00:41:14 +0530] "DELETE /api/v1/payments/upi/collect HTTP/1.1" 200 23651 "https://pay.example.in/checkout" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.117 Safari/537.36"` + "\n"},
	{"hindi", "ठीक है, धन्यवाद, कृपया जाँच कर लें\n[00:41] call after 6pm\n"},
}

// logShapes are lines of the shapes servers and tools write, each with
// nothing to report but one public address: syslog, nginx, Kafka, Rails,
// Python's and Java's traces, Kubernetes, MySQL, git. corpus.Clean mixes
// fewer shapes; these keep the cost of the others in sight.
var logShapes = []string{
	"127.0.0.1 - - [15/Nov/2026:00:41:14 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"",
	"level=info ts=2026-11-15T00:41:09.123Z caller=main.go:123 msg=\"Starting Prometheus\" version=\"(version=2.48.0, branch=HEAD, revision=abc123)\"",
	"I1115 00:41:09.123456       1 leaderelection.go:250] attempting to acquire leader lease kube-system/kube-controller-manager...",
	"[2026-11-15 00:41:09,123] INFO [Consumer clientId=consumer-1, groupId=payments] Resetting offset for partition orders-3 to offset 1048576. (org.apache.kafka.clients.consumer.internals.SubscriptionState)",
	"2026/11/15 00:41:09 [error] 1234#1234: *5678 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.5, server: api.example.com",
	"Traceback (most recent call last):",
	"  File \"/usr/lib/python3.11/site-packages/requests/adapters.py\", line 486, in send",
	"java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"value\" is null",
	"WARN  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat initialized with port(s): 8080 (http)",
	"Nov 15 00:41:09 ip-172-31-5-10 systemd[1]: Started Session 42 of User ubuntu.",
	"2026-11-15T00:41:09.123456Z 0 [Note] [MY-010311] [Server] Server hostname (bind-address): '*'; port: 3306",
	"<134>1 2026-11-15T00:41:09.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\"] An application event log entry",
	"Completed 200 OK in 12ms (Views: 3.4ms | ActiveRecord: 1.2ms | Allocations: 2345)",
	"Started GET \"/api/v1/users/42/orders?page=2\" for 203.0.113.7 at 2026-11-15 00:41:09 +0530",
	"{\"level\":\"error\",\"time\":\"2026-11-15T00:41:09Z\",\"error\":\"context deadline exceeded\",\"retry\":3,\"component\":\"PaymentGateway\",\"msg\":\"Charge Failed\"}",
	"The Server Encountered An Internal Error And Was Unable To Complete Your Request",
	"Deployment \"payments-api\" successfully rolled out. 3 of 3 updated replicas are available.",
	"commit 4f3a2b1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a Author: CI Bot Date: Sun Nov 15 00:41:09 2026 +0530",
	"    at async Promise.all (index 0) at processTicksAndRejections (node:internal/process/task_queues:95:5)",
	"SELECT id, status, amount FROM payments WHERE created_at > '2026-11-14' AND status = 'FAILED' LIMIT 100;",
}

// BenchmarkLogShapes runs Bytes over logShapes, repeated to 1 MiB.
func BenchmarkLogShapes(b *testing.B) {
	one := strings.Join(logShapes, "\n") + "\n"
	benchBytes(b, []byte(strings.Repeat(one, (1<<20)/len(one))))
}

// BenchmarkLineTypes runs Bytes over 4096 copies of one clean line of
// each shape.
func BenchmarkLineTypes(b *testing.B) {
	r := defaultRedactor(b)
	for _, lt := range lineTypes {
		text := []byte(strings.Repeat(lt.line, 4096))
		b.Run(lt.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				r.Bytes(text)
			}
		})
	}
}

// worstCases are inputs that once cost the scanner far more a byte than
// logs do: each item of a long list opened an address that read
// maxAddress bytes on. BenchmarkWorstCase keeps them in sight; compare
// their MB/s with Bytes_none's.
var worstCases = []struct{ name, item string }{
	{"numbers", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "},
	{"token_ids", "[101, 2023, 2003, 1037, 4937, 2000, 102]\n"},
	{"pairs", "12, 45\n"},
	{"dates", "2026-11-15, 2026-11-16, "},
	{"units", "Flat 4, Flat 5, Ward 12, Ward 13, "},
	{"amounts", "Rs 500, Rs 600, "},
	{"cities", "Delhi, Mumbai, Pune, Chennai, "},
	{"names", "Priya, Rahul, Amit, Sunita, "},
	{"sectors", "Sector 4, Noida, "},
}

// BenchmarkWorstCase runs Bytes over 256 KiB of one list item repeated
// on a single line (or one line per item, where the item ends in one).
func BenchmarkWorstCase(b *testing.B) {
	r := defaultRedactor(b)
	for _, wc := range worstCases {
		text := []byte(strings.Repeat(wc.item, smallInput/len(wc.item)))
		b.Run(wc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				r.Bytes(text)
			}
		})
	}
}
