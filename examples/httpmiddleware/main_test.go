package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// Synthetic, checksum-valid values.
const (
	aadhaar = "2341 2341 2346"
	mobile  = "+91 98765 43210"
	pan     = "ABCPE1234F"
)

var kycDoc = `{"aadhaar":"` + aadhaar + `","mobile":"` + mobile + `","pan":"` + pan + `","name":"Asha Verma","city":"Pune","consent":true}`

// syncBuffer is a log sink that the server's goroutines may write to.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serve starts next behind Redacting on a test server, and returns the
// server and the sink its log lines go to. Close the server before
// reading the log: Close waits for the handlers, and so for their logs.
func serve(t *testing.T, next http.Handler) (*httptest.Server, *syncBuffer) {
	t.Helper()
	r, err := redact.New(nil)
	require.NoError(t, err)
	var log syncBuffer
	srv := httptest.NewServer(Redacting(next, r, slog.New(slog.NewJSONHandler(&log, nil))))
	t.Cleanup(srv.Close)
	return srv, &log
}

// post sends body and returns the status and the response body.
func post(t *testing.T, url, contentType string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url, contentType, bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, got
}

// logLine returns the one log line written, decoded.
func logLine(t *testing.T, log *syncBuffer) map[string]any {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
	require.Len(t, lines, 1, log.String())
	var rec map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &rec))
	return rec
}

func assertNoPII(t *testing.T, log string) {
	t.Helper()
	for _, v := range []string{aadhaar, "98765 43210", pan, "Asha Verma"} {
		assert.NotContains(t, log, v)
	}
}

func TestKYCJSON(t *testing.T) {
	srv, log := serve(t, newMux())
	status, got := post(t, srv.URL+"/kyc", "application/json", []byte(kycDoc))
	srv.Close()

	// The service works on the real values and the client gets them back.
	assert.Equal(t, http.StatusOK, status)
	assert.JSONEq(t, `{"status":"verified","applicant":`+kycDoc+`}`, string(got))

	// The log has only masked values.
	assertNoPII(t, log.String())
	rec := logLine(t, log)
	assert.Equal(t, "http request", rec["msg"])
	assert.Equal(t, "POST", rec["method"])
	assert.Equal(t, "/kyc", rec["path"])
	assert.Equal(t, 200.0, rec["status"])
	assert.Equal(t, float64(len(kycDoc)), rec["request_bytes"])
	assert.Equal(t, float64(len(got)), rec["response_bytes"])
	const masked = `{"aadhaar":"XXXX XXXX 2346","mobile":"+XX XXXXX X3210","pan":"XXXXXXXXXX","name":"XXXX XXXXX","city":"Pune","consent":true}`
	assert.Equal(t, masked, rec["request_body"])
	assert.JSONEq(t, `{"status":"verified","applicant":`+masked+`}`, rec["response_body"].(string))
}

func TestRedactPath(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	for path, want := range map[string]string{
		"/kyc":                       "/kyc",
		"/customers/9876543210/kyc":  "/customers/XXXXXX3210/kyc",
		"/aadhaar/234123412346":      "/aadhaar/XXXXXXXX2346",
		"/pan/ABCPE1234F/status":     "/pan/XXXXXXXXXX/status",
		"/v1/orders/202611231045":    "/v1/orders/202611231045",
		"/static/2026/11/23/app.css": "/static/2026/11/23/app.css",
	} {
		assert.Equal(t, want, redactPath(r, path), path)
	}
}

// A JSON number under a key naming personal data is masked as JSON is:
// it becomes a string, and the logged body stays valid JSON.
func TestJSONNumber(t *testing.T) {
	srv, log := serve(t, newMux())
	status, got := post(t, srv.URL+"/kyc", "application/json; charset=utf-8", []byte(`{"mobile":9876543210}`))
	srv.Close()
	assert.Equal(t, http.StatusOK, status)
	assert.JSONEq(t, `{"status":"verified","applicant":{"mobile":9876543210}}`, string(got))
	assert.NotContains(t, log.String(), "9876543210")
	assert.Equal(t, `{"mobile":"XXXXXX3210"}`, logLine(t, log)["request_body"])
}

// Invalid JSON sent as JSON is redacted as text: never logged raw.
func TestInvalidJSON(t *testing.T) {
	srv, log := serve(t, newMux())
	body := `{"note": "aadhaar ` + aadhaar + `, pan ` + pan + `"` // unterminated
	status, got := post(t, srv.URL+"/kyc", "application/json", []byte(body))
	srv.Close()
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, string(got), "invalid JSON")
	assertNoPII(t, log.String())
	rec := logLine(t, log)
	assert.Equal(t, 400.0, rec["status"])
	assert.Equal(t, `{"note": "aadhaar XXXX XXXX 2346, pan XXXXXXXXXX"`, rec["request_body"])
}

// echo answers with the request body, as text. It reads all of it
// first: an HTTP/1 server discards what is left of a request body once
// the response starts going out.
var echo = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(body)
})

func TestText(t *testing.T) {
	srv, log := serve(t, echo)
	body := "ticket #88231: मेरा आधार नंबर २३४१ २३४१ २३४६ है, मोबाइल: 98765 43210\n"
	status, got := post(t, srv.URL+"/notes/customer/9876543210", "text/plain", []byte(body))
	srv.Close()
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, body, string(got))

	assert.NotContains(t, log.String(), "२३४१ २३४१")
	assert.NotContains(t, log.String(), "98765 43210")
	rec := logLine(t, log)
	assert.Equal(t, "/notes/customer/XXXXXX3210", rec["path"])
	const masked = "ticket #88231: मेरा आधार नंबर XXXX XXXX २३४६ है, मोबाइल: XXXXX X3210\n"
	assert.Equal(t, masked, rec["request_body"])
	assert.Equal(t, masked, rec["response_body"])
}

// A body over the bound is passed through whole and not logged at all:
// neither redacted (which would need all of it) nor cut short. Its length
// may be declared (Content-Length) or not (chunked).
func TestOverLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("aadhaar " + aadhaar + " mobile " + mobile + "\n")
	for b.Len() <= MaxLoggedBody {
		b.WriteString("status=ok build 2026.11.23 nothing personal on this line\n")
	}
	b.WriteString("pan " + pan + "\n")
	body := b.String()

	for name, newBody := range map[string]func() io.Reader{
		"Content-Length": func() io.Reader { return strings.NewReader(body) },
		"chunked":        func() io.Reader { return io.MultiReader(strings.NewReader(body)) },
	} {
		t.Run(name, func(t *testing.T) {
			srv, log := serve(t, echo)
			resp, err := http.Post(srv.URL+"/upload", "text/plain", newBody())
			require.NoError(t, err)
			got, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			resp.Body.Close()
			srv.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.Equal(t, len(body), len(got))
			assert.True(t, body == string(got), "the body must pass through unchanged")

			assertNoPII(t, log.String())
			rec := logLine(t, log)
			assert.Equal(t, float64(len(body)), rec["request_bytes"])
			assert.Equal(t, float64(len(body)), rec["response_bytes"])
			assert.Equal(t, "longer than 65536 bytes", rec["request_body_omitted"])
			assert.Equal(t, "longer than 65536 bytes", rec["response_body_omitted"])
			assert.NotContains(t, rec, "request_body")
			assert.NotContains(t, rec, "response_body")
		})
	}
}

// Exactly MaxLoggedBody bytes is still logged.
func TestAtLimit(t *testing.T) {
	srv, log := serve(t, echo)
	head := "aadhaar " + aadhaar + "\n"
	body := head + strings.Repeat("-", MaxLoggedBody-len(head))
	status, got := post(t, srv.URL+"/upload", "text/plain", []byte(body))
	srv.Close()
	assert.Equal(t, http.StatusOK, status)
	assert.True(t, body == string(got), "the body must pass through unchanged")
	rec := logLine(t, log)
	want := "aadhaar XXXX XXXX 2346\n" + strings.Repeat("-", MaxLoggedBody-len(head))
	assert.True(t, want == rec["request_body"], "request body logged redacted")
	assert.True(t, want == rec["response_body"], "response body logged redacted")
}

// A compressed body is not logged: the scanner cannot see into it.
func TestCompressed(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(kycDoc))
	require.NoError(t, zw.Close())

	var received []byte
	srv, log := serve(t, http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		received, _ = io.ReadAll(req.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(received)
	}))
	req, err := http.NewRequest("POST", srv.URL+"/kyc", bytes.NewReader(z.Bytes()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Content-Encoding", "gzip")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	got, err := io.ReadAll(resp.Body) // the transport decompresses it
	require.NoError(t, err)
	resp.Body.Close()
	srv.Close()

	assert.Equal(t, z.Bytes(), received)
	assert.Equal(t, kycDoc, string(got))
	rec := logLine(t, log)
	assert.Equal(t, "Content-Encoding gzip", rec["request_body_omitted"])
	assert.Equal(t, "Content-Encoding gzip", rec["response_body_omitted"])
}

// A GET has no body; the status a handler sets is logged.
func TestNoBody(t *testing.T) {
	srv, log := serve(t, newMux())
	resp, err := http.Get(srv.URL + "/kyc")
	require.NoError(t, err)
	resp.Body.Close()
	srv.Close()
	rec := logLine(t, log)
	assert.Equal(t, "GET", rec["method"])
	assert.Equal(t, 405.0, rec["status"])
	assert.Equal(t, "", rec["request_body"])
	assert.Equal(t, 0.0, rec["request_bytes"])
}

// A read error reaches the handler as it would without the middleware,
// after the same bytes, and the partial body is not logged.
func TestReadError(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	var log bytes.Buffer
	errBroken := errors.New("connection reset")
	var got []byte
	var gotErr error
	h := Redacting(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		got, gotErr = io.ReadAll(req.Body)
		w.WriteHeader(http.StatusBadRequest)
	}), r, slog.New(slog.NewJSONHandler(&log, nil)))

	body := io.MultiReader(strings.NewReader("aadhaar "+aadhaar[:9]), iotestErr{errBroken})
	req := httptest.NewRequest("POST", "/kyc", body)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)

	assert.Equal(t, "aadhaar "+aadhaar[:9], string(got))
	assert.ErrorIs(t, gotErr, errBroken)
	assert.NotContains(t, log.String(), "2341")
	var line map[string]any
	require.NoError(t, json.Unmarshal(log.Bytes(), &line))
	assert.Equal(t, 400.0, line["status"])
	assert.Equal(t, "read error after 17 bytes", line["request_body_omitted"])
}

type iotestErr struct{ err error }

func (e iotestErr) Read([]byte) (int, error) { return 0, e.err }

// The middleware does not change the request the caller holds.
func TestRequestNotModified(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	h := Redacting(newMux(), r, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	req := httptest.NewRequest("POST", "/kyc", strings.NewReader(kycDoc))
	req.Header.Set("Content-Type", "application/json")
	body := req.Body
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.True(t, body == req.Body, "req.Body replaced")
}

// Streaming handlers can still flush through the middleware.
func TestFlush(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	h := Redacting(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte("part 1\n"))
		require.NoError(t, http.NewResponseController(w).Flush())
		w.(http.Flusher).Flush()
	}), r, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	assert.True(t, rec.Flushed)
	assert.Equal(t, "part 1\n", rec.Body.String())
}
