// Command httpmiddleware runs a small KYC service behind net/http
// middleware that logs every request and response body with its personal
// data redacted, while the service and its clients see the bodies
// unchanged:
//
//	go run ./examples/httpmiddleware
//	curl -s -H 'Content-Type: application/json' \
//	    -d '{"aadhaar":"2341 2341 2346","mobile":"+91 98765 43210","pan":"ABCPE1234F","city":"Pune"}' \
//	    http://127.0.0.1:8080/kyc
//
// curl gets the values back as they were sent; the log line on stdout holds
// "XXXX XXXX 2346", "+XX XXXXX X3210" and "XXXXXXXXXX" instead. The
// middleware is [Redacting]; -addr changes the listen address.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/kavachpii/kavach/redact"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	flag.Parse()
	r, err := redact.New(nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "httpmiddleware:", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	srv := &http.Server{
		Addr:              *addr,
		Handler:           Redacting(newMux(), r, logger),
		ReadHeaderTimeout: 10 * time.Second,
	}
	logger.Info("listening", "addr", "http://"+*addr)
	if err := srv.ListenAndServe(); err != nil {
		fmt.Fprintln(os.Stderr, "httpmiddleware:", err)
		os.Exit(1)
	}
}

// newMux returns the demo service: POST /kyc takes a JSON document and
// answers with it, as a verification service that echoes what it checked.
func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /kyc", func(w http.ResponseWriter, req *http.Request) {
		dec := json.NewDecoder(req.Body)
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			http.Error(w, "invalid JSON: "+err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"status": "verified", "applicant": doc})
	})
	return mux
}

// MaxLoggedBody is the most of a request or response body that Redacting
// keeps for the log. A longer body is not logged at all: a cut-off body
// may end in the first digits of an identifier that the redactor can no
// longer recognise, so logging a prefix could leak part of it.
const MaxLoggedBody = 64 << 10

// Redacting returns a handler that serves each request with next and then
// logs one line to logger (slog.Default() if nil) at level Info: the
// method, the path, the status, the body sizes, the duration, and the
// request and response bodies redacted by r.
//
// The bodies themselves pass through unchanged: next reads exactly the
// bytes the client sent (and the same read error, if any), and the client
// receives exactly what next writes. Redaction is only for the log. To
// capture the request body, Redacting reads up to MaxLoggedBody+1 bytes of
// it before calling next (unless its Content-Length is already over the
// bound), then gives next those bytes followed by the rest of the stream;
// so a client that waits for "100 Continue" gets it at once, and next
// starts only when that much of the body, or all of it, has arrived. Response bytes are copied aside as next writes them, up to the
// same bound.
//
// A body whose Content-Type is JSON (application/json, application/*+json,
// application/x-ndjson) is redacted with [redact.Redactor.JSON], which
// masks values under keys such as "aadhaar", "mobile" or "name" whatever
// they look like; if it is not valid JSON, or has another type, it is
// redacted with [redact.Redactor.Bytes]. No body is logged without going
// through the redactor. In place of a body the line says why it is missing
// ("request_body_omitted"): longer than MaxLoggedBody, sent with a
// Content-Encoding such as gzip (compressed personal data is still
// personal data, and the scanner cannot see into it), or cut short by a
// read error.
//
// The path is redacted too, since identifiers end up in URLs
// ("/customers/9876543210/kyc"); the query string is not logged.
func Redacting(next http.Handler, r *redact.Redactor, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.Default()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		start := time.Now()
		reqCap, body := captureRequest(req)
		if body != nil {
			req = req.WithContext(req.Context()) // a shallow copy: next must not see ours changed
			req.Body = body
		}
		rw := &responseCapture{ResponseWriter: w}
		next.ServeHTTP(rw, req)

		path := redactPath(r, req.URL.Path)
		attrs := []slog.Attr{
			slog.String("method", req.Method),
			slog.String("path", path),
			slog.Int("status", rw.status()),
			slog.Int64("request_bytes", reqCap.total()),
			slog.Int64("response_bytes", rw.n),
			slog.Duration("duration", time.Since(start)),
		}
		attrs = appendBody(attrs, r, "request_body", reqCap.body, reqCap.omitted, req.Header)
		respOmitted := ""
		if rw.over {
			respOmitted = tooLong
		}
		attrs = appendBody(attrs, r, "response_body", rw.buf.Bytes(), respOmitted, rw.Header())
		logger.LogAttrs(req.Context(), slog.LevelInfo, "http request", attrs...)
	})
}

var tooLong = fmt.Sprint("longer than ", MaxLoggedBody, " bytes")

// appendBody appends the attribute for one body: the redacted body under
// key, or why it is not logged under key+"_omitted".
func appendBody(attrs []slog.Attr, r *redact.Redactor, key string, body []byte, omitted string, h http.Header) []slog.Attr {
	if omitted == "" {
		if enc := h.Get("Content-Encoding"); enc != "" && !strings.EqualFold(enc, "identity") && len(body) > 0 {
			omitted = "Content-Encoding " + enc
		}
	}
	if omitted != "" {
		return append(attrs, slog.String(key+"_omitted", omitted))
	}
	return append(attrs, slog.String(key, string(redactBody(r, body, h.Get("Content-Type")))))
}

// redactPath redacts a URL path. The scanner takes nothing glued to a
// word by '/' (part of a file path, an id), so the path is scanned with
// its slashes read as spaces, and what is found is replaced in the path
// itself: "/customers/9876543210/kyc" becomes "/customers/XXXXXX3210/kyc".
func redactPath(r *redact.Redactor, path string) string {
	fs := r.Find([]byte(strings.ReplaceAll(path, "/", " ")))
	if fs == nil {
		return path
	}
	var b strings.Builder
	prev := 0
	for _, f := range fs {
		b.WriteString(path[prev:f.Start])
		b.WriteString(r.ReplaceValue(f.Kind, path[f.Start:f.End]))
		prev = int(f.End)
	}
	b.WriteString(path[prev:])
	return b.String()
}

// redactBody redacts a whole body: as JSON when its type says JSON and it
// parses, otherwise as text.
func redactBody(r *redact.Redactor, body []byte, contentType string) []byte {
	if isJSON(contentType) {
		if out, _, err := r.JSON(body); err == nil {
			return out
		}
	}
	out, _ := r.Bytes(body)
	return out
}

func isJSON(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return t == "application/json" || t == "application/x-ndjson" ||
		strings.HasPrefix(t, "application/") && strings.HasSuffix(t, "+json")
}

// requestCapture is what Redacting kept of a request body for the log.
type requestCapture struct {
	body    []byte // the whole body, when it is at most MaxLoggedBody bytes
	omitted string // why body is not logged, or ""
	read    int64  // bytes read from the client before next ran
	counted *countingReader
}

// total returns the size of the body as far as it is known: all of it
// when it was captured, otherwise as much as was read.
func (c *requestCapture) total() int64 {
	if c.counted == nil {
		return c.read
	}
	return max(c.read, c.counted.n)
}

// captureRequest reads up to MaxLoggedBody+1 bytes of req.Body and
// returns what it kept and a body that replays those bytes followed by
// the rest of the original, or a nil body when req has none. A body whose
// declared length is over the bound is not read ahead at all.
func captureRequest(req *http.Request) (*requestCapture, io.ReadCloser) {
	c := &requestCapture{}
	if req.Body == nil || req.Body == http.NoBody {
		return c, nil
	}
	var buf bytes.Buffer // grows with the body, up to the bound
	var rest io.Reader = req.Body
	if req.ContentLength > MaxLoggedBody {
		c.omitted = tooLong
	} else {
		n, err := buf.ReadFrom(io.LimitReader(req.Body, MaxLoggedBody+1))
		c.read = n
		switch {
		case err != nil: // next gets the same bytes, then the same error
			c.omitted = fmt.Sprint("read error after ", n, " bytes")
			rest = errReader{err}
		case n > MaxLoggedBody:
			c.omitted = tooLong
		default: // all of it
			c.body = buf.Bytes()
			rest = eofReader{}
		}
	}
	c.counted = &countingReader{r: io.MultiReader(bytes.NewReader(buf.Bytes()), rest)}
	return c, struct {
		io.Reader
		io.Closer
	}{c.counted, req.Body}
}

type countingReader struct {
	r io.Reader
	n int64 // bytes read by next
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// responseCapture passes everything through to the ResponseWriter and
// keeps the status and the first MaxLoggedBody bytes of the body.
type responseCapture struct {
	http.ResponseWriter
	code int
	buf  bytes.Buffer
	n    int64 // bytes written
	over bool  // more than MaxLoggedBody bytes written
}

func (w *responseCapture) WriteHeader(code int) {
	if w.code == 0 && code >= 200 { // 1xx are informational, not the status
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *responseCapture) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	if !w.over {
		if w.buf.Len()+n > MaxLoggedBody {
			w.over = true
			w.buf = bytes.Buffer{} // never log a prefix
		} else {
			w.buf.Write(p[:n])
		}
	}
	return n, err
}

func (w *responseCapture) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// Flush lets streaming handlers flush through the middleware.
func (w *responseCapture) Flush() {
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap gives http.ResponseController the underlying ResponseWriter.
func (w *responseCapture) Unwrap() http.ResponseWriter { return w.ResponseWriter }
