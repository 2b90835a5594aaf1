package redact_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/kavachpii/kavach/redact"
)

// The slog benchmarks log a typical access-log record (a message and six
// attributes) with LogAttrs through slog.NewJSONHandler(io.Discard, nil):
// plain; wrapped in a redact.Handler; and with Redactor.ReplaceAttr as the
// JSON handler's ReplaceAttr, whose baseline is plainReplaceAttr (any
// ReplaceAttr makes the JSON handler build and marshal the built-in
// attributes). The records:
//
//   - _none has no personal data;
//   - _pii has an Aadhaar inside a string and a mobile number under a
//     "mobile" key;
//   - _varied is _none with a path, a latency, a user ID and a request ID
//     that differ from record to record (4096 of them, cycled), so that
//     its strings are scanned every time rather than found in the memo
//     of recent clean strings (see slog.go).
//
// Compare ns/op and allocs/op with the baseline's for the same record.
// The target for the wrapper on a record with nothing to redact
// is at most 1.5x the ns/op and at most 2 more allocs/op. No pass/fail
// test looks at timings; TestHandlerCleanRecordNoAllocs checks that such
// a record costs no allocation.

func slogRecordNone() []slog.Attr {
	return []slog.Attr{
		slog.String("method", "GET"),
		slog.String("path", "/api/v1/accounts/42/statements"),
		slog.Int("status", 200),
		slog.Duration("latency", 1234567*time.Nanosecond),
		slog.Int64("user_id", 184467),
		slog.String("client", "okhttp/4.12.0"),
	}
}

func slogRecordPII() []slog.Attr {
	return []slog.Attr{
		slog.String("method", "POST"),
		slog.String("path", "/api/v1/kyc"),
		slog.Int("status", 200),
		slog.Duration("latency", 1234567*time.Nanosecond),
		slog.String("note", "verified aadhaar 2341 2341 2346"),
		slog.Int64("mobile", 9876543210),
	}
}

func slogRecordsVaried() [][]slog.Attr {
	recs := make([][]slog.Attr, 4096)
	for i := range recs {
		recs[i] = []slog.Attr{
			slog.String("method", "GET"),
			slog.String("path", fmt.Sprintf("/api/v1/accounts/%d/statements", 100000+i*7919)),
			slog.Int("status", 200),
			slog.Duration("latency", time.Duration(1000000+i)),
			slog.Int64("user_id", int64(184467+i)),
			slog.String("request_id", fmt.Sprintf("%016x", uint64(i)*0x9E3779B97F4A7C15)),
		}
	}
	return recs
}

func keepAttr(_ []string, a slog.Attr) slog.Attr { return a }

func benchSlog(b *testing.B, h slog.Handler, recs [][]slog.Attr) {
	logger := slog.New(h)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		logger.LogAttrs(ctx, slog.LevelInfo, "request served", recs[i%len(recs)]...)
		i++
	}
}

func BenchmarkSlog(b *testing.B) {
	r := defaultRedactor(b)
	handlers := []struct {
		name string
		new  func() slog.Handler
	}{
		{"plain", func() slog.Handler { return slog.NewJSONHandler(io.Discard, nil) }},
		{"plainReplaceAttr", func() slog.Handler {
			return slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{ReplaceAttr: keepAttr})
		}},
		{"Handler", func() slog.Handler { return redact.NewHandler(slog.NewJSONHandler(io.Discard, nil), r) }},
		{"ReplaceAttr", func() slog.Handler {
			return slog.NewJSONHandler(io.Discard, &slog.HandlerOptions{ReplaceAttr: r.ReplaceAttr})
		}},
	}
	records := []struct {
		name string
		recs [][]slog.Attr
	}{
		{"none", [][]slog.Attr{slogRecordNone()}},
		{"pii", [][]slog.Attr{slogRecordPII()}},
		{"varied", slogRecordsVaried()},
	}
	// Handlers inside records, so that each comparison runs side by side.
	for _, rec := range records {
		for _, h := range handlers {
			b.Run(rec.name+"/"+h.name, func(b *testing.B) { benchSlog(b, h.new(), rec.recs) })
		}
	}
}
