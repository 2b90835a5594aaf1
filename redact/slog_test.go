package redact_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/slogtest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// newJSONLogger returns a logger that redacts with r into a JSON handler
// writing to the returned buffer, without times.
func newJSONLogger(r *redact.Redactor) (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	h := slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime})
	return slog.New(redact.NewHandler(h, r)), &buf
}

func TestHandlerSlogtest(t *testing.T) {
	r := defaultRedactor(t)
	var buf bytes.Buffer
	newHandler := func(*testing.T) slog.Handler {
		buf.Reset()
		return redact.NewHandler(slog.NewJSONHandler(&buf, nil), r)
	}
	result := func(t *testing.T) map[string]any {
		m := map[string]any{}
		require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
		return m
	}
	slogtest.Run(t, newHandler, result)
}

// The slogtest cases again, with a Redactor in Label mode that also
// treats the keys slogtest uses as personal: every value must then be
// replaced, and the groups kept.
func TestHandlerSlogtestAllRedacted(t *testing.T) {
	r, err := redact.New(&redact.Options{Mode: redact.Label, Keys: map[string]redact.Kind{"a": redact.Person}})
	require.NoError(t, err)
	var buf bytes.Buffer
	l := slog.New(redact.NewHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTime}), r))
	l.With("a", 1).WithGroup("G").Info("m", "a", "x", slog.Group("H", "a", 2, "b", 3))
	assert.JSONEq(t, `{"level":"INFO","msg":"m","a":"<PERSON>","G":{"a":"<PERSON>","H":{"a":"<PERSON>","b":3}}}`, buf.String())
}

// logValuer resolves to v.
type logValuer struct{ v slog.Value }

func (l logValuer) LogValue() slog.Value { return l.v }

type passportHolder struct {
	Name     string
	Passport string
}

type jsonDoc struct{ doc string }

func (d jsonDoc) MarshalJSON() ([]byte, error) { return []byte(d.doc), nil }

type nilErr struct{ msg string }

func (e *nilErr) Error() string { return e.msg }

func TestHandler(t *testing.T) {
	defaults := defaultRedactor(t)
	label, err := redact.New(&redact.Options{Mode: redact.Label})
	require.NoError(t, err)
	noKeys, err := redact.New(&redact.Options{NoKeyNames: true})
	require.NoError(t, err)
	var nilPtrErr *nilErr

	tests := []struct {
		name string
		r    *redact.Redactor // nil means defaults
		log  func(l *slog.Logger)
		want string
	}{
		{
			name: "nothing to redact",
			log: func(l *slog.Logger) {
				l.Info("request served", "method", "GET", "status", 200, "latency", 1500*time.Microsecond,
					"ratio", 0.5, "ok", true, "user_id", 184467, "card_type", "VISA", "service_name", "kyc-api")
			},
			want: `{"level":"INFO","msg":"request served","method":"GET","status":200,"latency":1500000,"ratio":0.5,"ok":true,"user_id":184467,"card_type":"VISA","service_name":"kyc-api"}`,
		},
		{
			name: "message",
			log:  func(l *slog.Logger) { l.Warn("aadhaar 2341 2341 2346 failed OTP") },
			want: `{"level":"WARN","msg":"aadhaar XXXX XXXX 2346 failed OTP"}`,
		},
		{
			name: "string attribute",
			log:  func(l *slog.Logger) { l.Info("m", "note", "customer pan ABCPE1234F on file", "method", "POST") },
			want: `{"level":"INFO","msg":"m","note":"customer pan XXXXXXXXXX on file","method":"POST"}`,
		},
		{
			name: "key names personal data: string",
			log: func(l *slog.Logger) {
				l.Info("m", "aadhaar", "2341 2341 2346", "mobile", "98765 43210", "name", "Ravi Kumar",
					"address", "12, MG Road, Pune", "customerName", "Asha")
			},
			want: `{"level":"INFO","msg":"m","aadhaar":"XXXX XXXX 2346","mobile":"XXXXX X3210","name":"XXXX XXXXX","address":"XX, XX XXXX, XXXX","customerName":"XXXX"}`,
		},
		{
			name: "key names personal data: numbers",
			log: func(l *slog.Logger) {
				l.Info("m", slog.Int64("aadhaar", 234123412346), slog.Int64("mobile", 9876543210),
					slog.Uint64("aadhaar_no", 234123412346), slog.Int("pincode", 411001), slog.Float64("dob", 1990.5),
					slog.Bool("name", true))
			},
			want: `{"level":"INFO","msg":"m","aadhaar":"XXXXXXXX2346","mobile":"XXXXXX3210","aadhaar_no":"XXXXXXXX2346","pincode":"XXXXXX","dob":"XXXX.X","name":"XXXX"}`,
		},
		{
			name: "key names personal data: group and any",
			log: func(l *slog.Logger) {
				l.Info("m", slog.Group("address", "line1", "12 MG Road", "city", "Pune"),
					slog.Any("name", []string{"Ravi", "Kumar"}), slog.Any("mobile", nil))
			},
			want: `{"level":"INFO","msg":"m","address":"[XXXXX=XX XX XXXX XXXX=XXXX]","name":"[XXXX XXXXX]","mobile":"<XXX>"}`,
		},
		{
			name: "key names personal data: label mode",
			r:    label,
			log: func(l *slog.Logger) {
				l.Info("m", "aadhaar", 234123412346, slog.Group("address", "city", "Pune"), "note", "pan ABCPE1234F")
			},
			want: `{"level":"INFO","msg":"m","aadhaar":"<IN_AADHAAR>","address":"<LOCATION>","note":"pan <IN_PAN>"}`,
		},
		{
			name: "key names switched off",
			r:    noKeys,
			log:  func(l *slog.Logger) { l.Info("m", "name", "Asha", "mobile", "9876543210") },
			want: `{"level":"INFO","msg":"m","name":"Asha","mobile":"XXXXXX3210"}`,
		},
		{
			name: "groups keep their shape",
			log: func(l *slog.Logger) {
				l.Info("m", slog.Group("customer", "id", 42, "name", "Ravi",
					slog.Group("kyc", "doc", "aadhaar 2341 2341 2346", "ok", true)),
					slog.Group("", "mobile", "9876543210"), slog.Group("empty"))
			},
			want: `{"level":"INFO","msg":"m","customer":{"id":42,"name":"XXXX","kyc":{"doc":"aadhaar XXXX XXXX 2346","ok":true}},"mobile":"XXXXXX3210"}`,
		},
		{
			name: "WithAttrs",
			log: func(l *slog.Logger) {
				l.With("mobile", 9876543210, "svc", "kyc", slog.Group("req", "ip", "10.1.2.3")).Info("m", "k", "v")
			},
			want: `{"level":"INFO","msg":"m","mobile":"XXXXXX3210","svc":"kyc","req":{"ip":"XX.X.X.X"},"k":"v"}`,
		},
		{
			name: "WithGroup",
			log: func(l *slog.Logger) {
				l.WithGroup("req").With("user", "u-1").WithGroup("body").Info("m", "note", "mobile 9876543210", "n", 3)
			},
			want: `{"level":"INFO","msg":"m","req":{"user":"u-1","body":{"note":"mobile XXXXXX3210","n":3}}}`,
		},
		{
			name: "WithGroup naming personal data",
			log: func(l *slog.Logger) {
				l.WithGroup("address").With("line1", "12 MG Road").Info("m", "city", "Pune", "pin", 411001,
					slog.Group("geo", "lat", 18.52))
			},
			want: `{"level":"INFO","msg":"m","address":{"line1":"XX XX XXXX","city":"XXXX","pin":"XXXXXX","geo":"[XXX=XX.XX]"}}`,
		},
		{
			name: "LogValuer",
			log: func(l *slog.Logger) {
				l.Info("m", "user", logValuer{slog.GroupValue(slog.String("name", "Ravi"), slog.Int("age", 30),
					slog.Any("contact", logValuer{slog.StringValue("9876543210")}))},
					"note", logValuer{slog.StringValue("uid 2341 2341 2346")})
			},
			want: `{"level":"INFO","msg":"m","user":{"name":"XXXX","age":30,"contact":"XXXXXX3210"},"note":"uid XXXX XXXX 2346"}`,
		},
		{
			name: "LogValuer under a personal key",
			log:  func(l *slog.Logger) { l.Info("m", "aadhaar", logValuer{slog.Int64Value(234123412346)}) },
			want: `{"level":"INFO","msg":"m","aadhaar":"XXXXXXXX2346"}`,
		},
		{
			name: "numbers",
			log: func(l *slog.Logger) {
				l.Info("m", "x", 234123412346, "y", uint64(9876543210), "z", -234123412346, "ts", int64(1732634246000),
					"small", 411001)
			},
			want: `{"level":"INFO","msg":"m","x":"XXXXXXXX2346","y":"XXXXXX3210","z":"-XXXXXXXX2346","ts":1732634246000,"small":411001}`,
		},
		{
			name: "errors",
			log: func(l *slog.Logger) {
				l.Error("m", "err", fmt.Errorf("lookup %s: %w", "9876543210", errors.New("not found")),
					"cause", errors.New("timeout"), "nilptr", nilPtrErr)
			},
			want: `{"level":"ERROR","msg":"m","err":"lookup XXXXXX3210: not found","cause":"timeout","nilptr":"<nil>"}`,
		},
		{
			name: "any values",
			log: func(l *slog.Logger) {
				l.Info("m",
					"kyc", passportHolder{Name: "Ravi", Passport: "A1234567"},
					"clean", passportHolder{Passport: "-"},
					"raw", []byte("call 9876543210"),
					"rawclean", []byte("ok"),
					"doc", json.RawMessage(`{"aadhaar":"2341 2341 2346"}`),
					"marshaler", jsonDoc{`{"pan":"ABCPE1234F"}`},
					"addr", netip.MustParseAddr("192.168.1.10"),
					"list", []string{"ok", "ravi@example.com"},
					"level", slog.LevelWarn)
			},
			want: `{"level":"INFO","msg":"m","kyc":"{Name:XXXX Passport:XXXXXXXX}","clean":{"Name":"","Passport":"-"},` +
				`"raw":"call XXXXXX3210","rawclean":"b2s=","doc":"{\"aadhaar\":\"XXXX XXXX 2346\"}",` +
				`"marshaler":"{\"pan\":\"XXXXXXXXXX\"}","addr":"XXX.XXX.X.XX",` +
				`"list":"[ok XXXX@XXXXXXX.XXX]","level":"WARN"}`,
		},
		{
			name: "empty attributes",
			log: func(l *slog.Logger) {
				l.Info("m", slog.Attr{}, slog.Group("g"), "", "v", slog.Any("", nil))
			},
			want: `{"level":"INFO","msg":"m","":"v"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.r
			if r == nil {
				r = defaults
			}
			l, buf := newJSONLogger(r)
			tt.log(l)
			assert.Equal(t, tt.want+"\n", buf.String())
		})
	}
}

// captureHandler keeps the records it is given.
type captureHandler struct {
	mu      sync.Mutex
	records []slog.Record
	attrs   [][]slog.Attr
	groups  []string
}

func (c *captureHandler) Enabled(context.Context, slog.Level) bool { return true }

func (c *captureHandler) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.records = append(c.records, r.Clone())
	return nil
}

func (c *captureHandler) WithAttrs(as []slog.Attr) slog.Handler {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.attrs = append(c.attrs, as)
	return c
}

func (c *captureHandler) WithGroup(name string) slog.Handler {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.groups = append(c.groups, name)
	return c
}

func recordAttrs(r slog.Record) []slog.Attr {
	var as []slog.Attr
	r.Attrs(func(a slog.Attr) bool {
		as = append(as, a)
		return true
	})
	return as
}

// A record with nothing to redact reaches the next handler as it came:
// same time, level, PC, message and attributes, and the record is not
// rebuilt.
func TestHandlerPassesCleanRecordThrough(t *testing.T) {
	var c captureHandler
	h := redact.NewHandler(&c, defaultRedactor(t))
	now := time.Now()
	rec := slog.NewRecord(now, slog.LevelDebug, "request served", 1234)
	attrs := []slog.Attr{slog.String("method", "GET"), slog.Int("status", 200), slog.Group("g", slog.Bool("b", true)),
		slog.Any("err", errors.New("timeout")), slog.String("a", "1"), slog.String("b", "2"), slog.String("c", "3")}
	rec.AddAttrs(attrs...)
	require.NoError(t, h.Handle(context.Background(), rec))

	require.Len(t, c.records, 1)
	got := c.records[0]
	assert.Equal(t, now, got.Time)
	assert.Equal(t, slog.LevelDebug, got.Level)
	assert.Equal(t, uintptr(1234), got.PC)
	assert.Equal(t, "request served", got.Message)
	gotAttrs := recordAttrs(got)
	require.Len(t, gotAttrs, len(attrs))
	for i := range attrs {
		assert.True(t, attrs[i].Equal(gotAttrs[i]), "attr %d: %v", i, gotAttrs[i])
	}
}

// A record with a finding is rebuilt with the same time, level and PC,
// and the caller's record is left alone.
func TestHandlerRebuildsRecord(t *testing.T) {
	var c captureHandler
	h := redact.NewHandler(&c, defaultRedactor(t))
	now := time.Now()
	rec := slog.NewRecord(now, slog.LevelWarn, "for 9876543210", 99)
	for i := range 8 { // more than a Record holds inline
		rec.AddAttrs(slog.Int(fmt.Sprint("k", i), i))
	}
	rec.AddAttrs(slog.String("note", "aadhaar 2341 2341 2346"), slog.String("last", "x"))
	require.NoError(t, h.Handle(context.Background(), rec))

	got := c.records[0]
	assert.Equal(t, now, got.Time)
	assert.Equal(t, slog.LevelWarn, got.Level)
	assert.Equal(t, uintptr(99), got.PC)
	assert.Equal(t, "for XXXXXX3210", got.Message)
	gotAttrs := recordAttrs(got)
	require.Len(t, gotAttrs, 10)
	assert.Equal(t, "k7", gotAttrs[7].Key)
	assert.Equal(t, "aadhaar XXXX XXXX 2346", gotAttrs[8].Value.String())
	assert.Equal(t, "x", gotAttrs[9].Value.String())

	assert.Equal(t, "for 9876543210", rec.Message)
	assert.Equal(t, "aadhaar 2341 2341 2346", recordAttrs(rec)[8].Value.String())
}

// WithAttrs redacts once, resolving LogValuers there, and does not touch
// the caller's slice; attributes that need no change are passed on as
// they came.
func TestHandlerWithAttrs(t *testing.T) {
	var calls atomic.Int32
	counted := countingValuer{&calls}
	var c captureHandler
	h := redact.NewHandler(&c, defaultRedactor(t))
	in := []slog.Attr{slog.String("svc", "kyc"), slog.String("mobile", "9876543210"), slog.Any("v", counted)}
	h2 := h.WithAttrs(in)
	for range 3 {
		require.NoError(t, h2.Handle(context.Background(), slog.NewRecord(time.Now(), slog.LevelInfo, "m", 0)))
	}
	assert.Equal(t, int32(1), calls.Load(), "LogValue calls")
	assert.Equal(t, "9876543210", in[1].Value.String(), "caller's slice modified")
	require.Len(t, c.attrs, 1)
	assert.Equal(t, "svc", c.attrs[0][0].Key)
	assert.Equal(t, "XXXXXX3210", c.attrs[0][1].Value.String())
	assert.Equal(t, slog.KindString, c.attrs[0][2].Value.Kind(), "LogValuer not resolved")

	clean := []slog.Attr{slog.String("svc", "kyc"), slog.Int("n", 1)}
	h.WithAttrs(clean)
	require.Len(t, c.attrs, 2)
	assert.Same(t, &clean[0], &c.attrs[1][0], "clean attributes copied")

	assert.Same(t, h, h.WithAttrs(nil))
	assert.Same(t, h, h.WithGroup(""))
}

type countingValuer struct{ n *atomic.Int32 }

func (c countingValuer) LogValue() slog.Value {
	c.n.Add(1)
	return slog.StringValue("x")
}

func TestNewHandler(t *testing.T) {
	var c captureHandler
	r := defaultRedactor(t)
	h := redact.NewHandler(&c, r)
	assert.Same(t, h, redact.NewHandler(h, r), "wrapped twice with the same Redactor")
	other, err := redact.New(&redact.Options{Mode: redact.Label})
	require.NoError(t, err)
	assert.NotSame(t, h, redact.NewHandler(h, other))

	// A nil Redactor means the defaults.
	l, buf := newJSONLogger(nil)
	l.Info("aadhaar 2341 2341 2346")
	assert.Equal(t, `{"level":"INFO","msg":"aadhaar XXXX XXXX 2346"}`+"\n", buf.String())
}

func TestHandlerEnabled(t *testing.T) {
	h := redact.NewHandler(slog.NewJSONHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.LevelWarn}), nil)
	ctx := context.Background()
	assert.False(t, h.Enabled(ctx, slog.LevelInfo))
	assert.True(t, h.Enabled(ctx, slog.LevelWarn))
	assert.False(t, h.WithGroup("g").WithAttrs([]slog.Attr{slog.Int("a", 1)}).Enabled(ctx, slog.LevelDebug))
}

// The memo of clean strings is per Redactor: a string that one Redactor
// leaves alone is still redacted by another, however often it recurs.
func TestHandlerRedactorsDoNotShareResults(t *testing.T) {
	panOnly, err := redact.New(&redact.Options{Kinds: []redact.Kind{redact.PAN}})
	require.NoError(t, err)
	onlyPAN, bufPAN := newJSONLogger(panOnly)
	all, bufAll := newJSONLogger(defaultRedactor(t))
	for range 5 {
		onlyPAN.Info("call 9876543210", "note", "call 9876543210", "contact", "9876543210")
		all.Info("call 9876543210", "note", "call 9876543210", "contact", "9876543210")
	}
	for _, line := range strings.Split(strings.TrimSpace(bufPAN.String()), "\n") {
		assert.Equal(t, `{"level":"INFO","msg":"call 9876543210","note":"call 9876543210","contact":"9876543210"}`, line)
	}
	for _, line := range strings.Split(strings.TrimSpace(bufAll.String()), "\n") {
		assert.Equal(t, `{"level":"INFO","msg":"call XXXXXX3210","note":"call XXXXXX3210","contact":"XXXXXX3210"}`, line)
	}
}

type panicMarshaler struct{}

func (panicMarshaler) MarshalJSON() ([]byte, error) { panic("boom") }

// A value whose method panics is left to the next handler, which reports
// the panic; redaction itself does not panic.
func TestHandlerPanickingValue(t *testing.T) {
	l, buf := newJSONLogger(nil)
	require.NotPanics(t, func() { l.Info("m", "v", panicMarshaler{}) })
	assert.Contains(t, buf.String(), `"v":"!PANIC: boom"`)
}

func TestReplaceAttr(t *testing.T) {
	r := defaultRedactor(t)
	replace := func(groups []string, a slog.Attr) slog.Attr {
		return r.ReplaceAttr(groups, dropTime(groups, a))
	}
	log := func(l *slog.Logger) {
		l.With("mobile", 9876543210).WithGroup("req").Info("kyc for aadhaar 2341 2341 2346",
			"method", "POST", "note", "pan ABCPE1234F", "n", 234123412346,
			slog.Group("address", "city", "Pune", "pin", 411001),
			slog.Group("customer", "name", "Ravi", "id", 7))
	}
	tests := []struct {
		name string
		new  func(*bytes.Buffer) slog.Handler
		want string
	}{
		{
			name: "JSON",
			new: func(b *bytes.Buffer) slog.Handler {
				return slog.NewJSONHandler(b, &slog.HandlerOptions{ReplaceAttr: replace})
			},
			want: `{"level":"INFO","msg":"kyc for aadhaar XXXX XXXX 2346","mobile":"XXXXXX3210","req":{"method":"POST",` +
				`"note":"pan XXXXXXXXXX","n":"XXXXXXXX2346","address":{"city":"XXXX","pin":"XXXXXX"},` +
				`"customer":{"name":"XXXX","id":7}}}`,
		},
		{
			name: "text",
			new: func(b *bytes.Buffer) slog.Handler {
				return slog.NewTextHandler(b, &slog.HandlerOptions{ReplaceAttr: replace})
			},
			want: `level=INFO msg="kyc for aadhaar XXXX XXXX 2346" mobile=XXXXXX3210 req.method=POST ` +
				`req.note="pan XXXXXXXXXX" req.n=XXXXXXXX2346 req.address.city=XXXX req.address.pin=XXXXXX ` +
				`req.customer.name=XXXX req.customer.id=7`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			log(slog.New(tt.new(&buf)))
			assert.Equal(t, tt.want+"\n", buf.String())
		})
	}
}

// ReplaceAttr leaves the built-in time, level and source alone, and
// returns attributes that need no change as they came.
func TestReplaceAttrBuiltins(t *testing.T) {
	r := defaultRedactor(t)
	var buf bytes.Buffer
	l := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{AddSource: true, ReplaceAttr: r.ReplaceAttr}))
	l.Warn("m")
	var m map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	assert.Equal(t, "WARN", m["level"])
	assert.IsType(t, map[string]any{}, m["source"])
	src, _ := m["source"].(map[string]any)
	assert.Contains(t, src["file"], "slog_test.go")
	_, err := time.Parse(time.RFC3339Nano, fmt.Sprint(m["time"]))
	assert.NoError(t, err)

	for _, a := range []slog.Attr{
		slog.Time(slog.TimeKey, time.Now()), slog.Any(slog.LevelKey, slog.LevelInfo),
		slog.Any(slog.SourceKey, &slog.Source{Function: "f", File: "/home/9876543210/x.go", Line: 1}),
		slog.String(slog.MessageKey, "ok"), slog.Int("n", 5), slog.Group("g", slog.String("k", "v")),
	} {
		assert.True(t, a.Equal(r.ReplaceAttr(nil, a)), "%v", a)
	}
	a := slog.String("k", "v")
	assert.Equal(t, slog.String("address", "[XXXX=XXXX]"), r.ReplaceAttr(nil, slog.Group("address", "city", "Pune")))
	assert.Equal(t, slog.String("address", "XXXX"), r.ReplaceAttr([]string{"customer", "address", "x"}, slog.String("address", "Pune")))
	assert.Equal(t, "XXXX", r.ReplaceAttr([]string{"customer", "address", "x"}, slog.String("k", "Pune")).Value.String())
	assert.True(t, a.Equal(r.ReplaceAttr([]string{"customer", "req"}, a)))
}

// In Hash mode a value replaced by its key and the same value found in
// text give the same token, so log lines stay joinable.
func TestHandlerHashJoinable(t *testing.T) {
	r, err := redact.New(&redact.Options{Mode: redact.Hash, HashKey: []byte("k")})
	require.NoError(t, err)
	l, buf := newJSONLogger(r)
	l.Info("m", "mobile", 9876543210, "phone", "+91 98765 43210", "note", "call 098765-43210",
		"aadhaar", "2341-2341-2346", "x", 234123412346)
	var m map[string]string
	require.NoError(t, json.Unmarshal(buf.Bytes(), &m))
	assert.Regexp(t, `^<IN_MOBILE:[0-9a-f]{12}>$`, m["mobile"])
	assert.Equal(t, m["mobile"], m["phone"])
	assert.Equal(t, "call "+m["mobile"], m["note"])
	assert.Regexp(t, `^<IN_AADHAAR:[0-9a-f]{12}>$`, m["aadhaar"])
	assert.Equal(t, m["aadhaar"], m["x"])
}

// Many goroutines share one logger and its derived loggers; run with
// -race. Every line must be well-formed and free of the raw values.
func TestHandlerConcurrent(t *testing.T) {
	r := defaultRedactor(t)
	var buf syncBuffer
	base := slog.New(redact.NewHandler(slog.NewJSONHandler(&buf, nil), r))
	const goroutines, lines = 8, 200
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := base.With("worker", g, "mobile", 9876543210).WithGroup(fmt.Sprint("g", g%3))
			for i := range lines {
				l.Info("served aadhaar 2341 2341 2346", "i", i, "note", "pan ABCPE1234F", "method", "GET",
					slog.Group("customer", "name", "Ravi"), "id", 234123412346)
			}
		}()
	}
	wg.Wait()
	out := buf.String()
	for _, raw := range []string{"9876543210", "2341 2341 2346", "ABCPE1234F", "Ravi", "234123412346"} {
		assert.NotContains(t, out, raw)
	}
	n := 0
	for line := range strings.Lines(out) {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		n++
	}
	assert.Equal(t, goroutines*lines, n)
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A record with nothing to redact costs no allocation once its strings
// are known (see the memo in slog.go); nor does ReplaceAttr on a clean
// attribute. The memo is shared, so a test running in parallel may evict
// an entry: measure a few times before failing.
func TestHandlerCleanRecordNoAllocs(t *testing.T) {
	r := defaultRedactor(t)
	h := redact.NewHandler(slog.DiscardHandler, r)
	ctx := context.Background()
	rec := slog.NewRecord(time.Now(), slog.LevelInfo, "request served", 0)
	rec.AddAttrs(slogRecordNone()...)
	rec.AddAttrs(slog.Group("req", slog.String("ua", "okhttp/4.12.0"), slog.Any("err", errors.New("timeout"))))
	a := slog.String("method", "GET")
	var handle, replace float64
	for range 10 {
		handle = testing.AllocsPerRun(50, func() { _ = h.Handle(ctx, rec) })
		replace = testing.AllocsPerRun(50, func() { r.ReplaceAttr([]string{"req"}, a) })
		if handle == 0 && replace == 0 {
			return
		}
	}
	t.Errorf("clean record: Handle %v allocations, ReplaceAttr %v; want 0", handle, replace)
}

// TestHandlerKeyIsContext checks that an attribute's key is read as the
// context word before its value, as it is in text and JSON.
func TestHandlerKeyIsContext(t *testing.T) {
	r := mustNew(t)
	var buf bytes.Buffer
	log := slog.New(redact.NewHandler(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: dropTimeAttr}), r))
	for i := 0; i < 3; i++ { // the third time comes from the cache
		buf.Reset()
		log.Info("settled", "utr", "402912345673", "order_id", "234123412346", "note", "234123412346", "txn", int64(402912345673))
		require.Contains(t, buf.String(), `"utr":"402912345673"`)
		require.Contains(t, buf.String(), `"order_id":"234123412346"`)
		require.Contains(t, buf.String(), `"note":"XXXXXXXX2346"`, "no key word: the checksum decides")
		require.Contains(t, buf.String(), `"txn":402912345673`)
	}
}

func dropTimeAttr(groups []string, a slog.Attr) slog.Attr {
	if groups == nil && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
