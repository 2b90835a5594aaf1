package redact

import (
	"context"
	"encoding"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"log/slog"
	"strconv"
	"strings"
	"sync/atomic"
	"unsafe"
)

// Handler is a [slog.Handler] that redacts personal data from each record
// and passes the record on to another handler, which formats and writes
// it:
//
//	logger := slog.New(redact.NewHandler(slog.NewJSONHandler(os.Stdout, nil), r))
//
// It redacts the message and the attributes of the record and of
// [Handler.WithAttrs], inside groups at any depth, after resolving
// [slog.LogValuer] values (once: the next handler gets the resolved
// value):
//
//   - An attribute whose key names personal data ([Redactor.KeyKind]:
//     "aadhaar", "mobile", "customer_name", "address") is replaced whole
//     by a string, [Redactor.ReplaceValue] of the value as text, whatever
//     the value's kind: "mobile": 9876543210 becomes "XXXXXX3210", and a
//     group becomes one string, its keys included. Under a group opened
//     with [Handler.WithGroup] whose name names personal data, which can
//     no longer be replaced whole, every attribute is replaced so.
//   - The message and other string values are redacted like
//     [Redactor.String].
//   - Integers of ten digits or more are redacted as their decimal text,
//     since identifiers are often logged as numbers, and become strings
//     when something is found ("XXXXXXXX2346"). Shorter ones cannot hold
//     a kind found without a context word, and a number's context is its
//     key, so they are passed on.
//   - Values of kind [slog.KindAny] are redacted as the text a sink is
//     likely to print: an error's Error text, the bytes of a []byte or
//     [json.RawMessage], the output of MarshalJSON or MarshalText, and
//     otherwise fmt's "%+v" form, which names struct fields and map keys
//     so that they count as context. A value in which something is found
//     becomes a string holding the redacted text; the others are passed
//     on, for the next handler to print in its own way.
//
// Not redacted: keys; floats, booleans, durations and times; the level
// and source of a record; and whatever a value's own methods print
// differently from the text scanned, such as a type whose MarshalJSON
// shows a field that its MarshalText or fmt form hides. Give such types a
// LogValue method.
//
// Cost: a record in which nothing is found is passed on as it came, and
// checking it allocates nothing except to render KindAny values other
// than errors and byte slices, with fmt or their marshaler. Keys, and
// clean strings of up to 96 bytes, that recur from record to record
// (messages, keys, "GET", user agents) are remembered in a small
// fixed-size table shared by all Handlers and [Redactor.ReplaceAttr]:
// they then cost a hash and a comparison, and other strings a scan each
// time. Remembering a string costs two small allocations, once, the
// second time it is seen. A record in which something is found, or which
// holds a LogValuer, is copied into a new [slog.Record], which allocates
// when it has more than five attributes. WithAttrs redacts its
// attributes once, not at every record.
//
// A Handler is safe for concurrent use by multiple goroutines when the
// next handler is.
type Handler struct {
	next slog.Handler
	r    *Redactor
	// group is the kind named by the innermost group opened with
	// WithGroup whose name names personal data, or "".
	group Kind
}

var _ slog.Handler = (*Handler)(nil)

// NewHandler returns a Handler that redacts with r and passes records to
// next. A nil r means a Redactor with the default options. If next is
// already a Handler using r, NewHandler returns it rather than redact
// twice.
func NewHandler(next slog.Handler, r *Redactor) *Handler {
	if r == nil {
		r, _ = New(nil) // the defaults cannot fail
	}
	if h, ok := next.(*Handler); ok && h.r == r {
		return h
	}
	return &Handler{next: next, r: r}
}

// Enabled reports whether the next handler handles records at level.
func (h *Handler) Enabled(ctx context.Context, level slog.Level) bool {
	return h.next.Enabled(ctx, level)
}

// Handle redacts the record's message and attributes and passes the
// record to the next handler: rec itself, with its message redacted, when
// no attribute changes; otherwise a new record with the same time, level
// and PC. The caller's record is never modified.
func (h *Handler) Handle(ctx context.Context, rec slog.Record) error {
	if msg, found := h.r.memoString("", rec.Message); found {
		rec.Message = msg // rec is our copy; the caller's is unchanged
	}
	// Find the first attribute that changes; most records have none.
	first, i := -1, 0
	var firstAttr slog.Attr
	rec.Attrs(func(a slog.Attr) bool {
		if b, changed := h.r.redactAttr(a, h.group); changed {
			first, firstAttr = i, b
			return false
		}
		i++
		return true
	})
	if first < 0 {
		return h.next.Handle(ctx, rec)
	}
	// A Record's attributes cannot be replaced in place: copy them into
	// a new record, redacting those after the first change.
	out := slog.NewRecord(rec.Time, rec.Level, rec.Message, rec.PC)
	var buf [16]slog.Attr
	attrs := buf[:0]
	i = 0
	rec.Attrs(func(a slog.Attr) bool {
		switch {
		case i == first:
			a = firstAttr
		case i > first:
			a, _ = h.r.redactAttr(a, h.group)
		}
		attrs = append(attrs, a)
		i++
		return true
	})
	out.AddAttrs(attrs...)
	return h.next.Handle(ctx, out)
}

// WithAttrs redacts attrs once, as Handle would, and returns a Handler
// whose next handler is the next handler's WithAttrs of the redacted
// attributes. attrs is not modified.
func (h *Handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	red, _ := h.r.redactAttrs(attrs, h.group)
	return &Handler{next: h.next.WithAttrs(red), r: h.r, group: h.group}
}

// WithGroup returns a Handler whose next handler is the next handler's
// WithGroup(name). If name names personal data (see [Redactor.KeyKind]),
// every attribute logged under the group is replaced whole.
func (h *Handler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	group := h.group
	if k, ok := h.r.memoKeyKind(name); ok {
		group = k
	}
	return &Handler{next: h.next.WithGroup(name), r: h.r, group: group}
}

// ReplaceAttr redacts one attribute as [Handler] does, so that r can
// serve the built-in handlers directly:
//
//	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: r.ReplaceAttr})
//
// The built-in handlers call it for the message (key "msg") and for every
// attribute that is not a group, with the names of the groups it is in,
// after resolving LogValuers; they call it for the attributes of
// [slog.Logger.With] once, in With. An attribute is replaced whole if its
// key or one of the group names names personal data, so a group under
// such a key is replaced leaf by leaf, keeping its keys. The time, level
// and source are left alone: their values are a time, a [slog.Level] and
// a [*slog.Source], none of which is scanned. Called directly on a group,
// it redacts it as Handler does.
//
// It costs what Handler costs per attribute, plus a lookup per group
// name, and returns an attribute that needs no change as it came, without
// allocating.
func (r *Redactor) ReplaceAttr(groups []string, a slog.Attr) slog.Attr {
	var group Kind
	for i := len(groups) - 1; i >= 0; i-- {
		if k, ok := r.memoKeyKind(groups[i]); ok {
			group = k
			break
		}
	}
	b, _ := r.redactAttr(a, group)
	return b
}

// memo is a fixed-size, lock-free cache of what a Redactor said of
// short strings that recur from record to record: attribute keys,
// messages, and values such as "GET" or a user agent. A hit costs a hash
// and a string comparison instead of a scan. The results cached are pure
// functions of the Redactor and the string, so a hit is always right.
//
// A string is stored the second time it is seen (seen holds the hash of
// the last miss in each slot), so values that never recur, such as
// request IDs, cost no allocation; storing one costs two, once. Each
// string may go in one of two slots, replacing an older entry when both
// are taken. Entries hold a copy of the string, so that a string cut from
// a larger one does not keep that alive, and a pointer to the Redactor;
// at most memoSlots entries of at most maxMemo bytes are kept.
type memo struct {
	seen  [memoSlots]atomic.Uint64
	slots [memoSlots]atomic.Pointer[memoEntry]
}

type memoEntry struct {
	r    *Redactor
	key  string // cleanMemo: the attribute key the string was scanned under
	s    string
	kind Kind // keyMemo: what r.keyKind(s) said
	ok   bool
}

const (
	memoSlots = 512
	maxMemo   = 96 // longer strings are scanned every time
)

var (
	memoSeed = maphash.MakeSeed()
	// keyMemo caches r.keyKind; cleanMemo holds strings in which r.String
	// finds nothing.
	keyMemo, cleanMemo memo
)

func memoHash(r *Redactor, s string) uint64 {
	// Heap objects do not move, and an entry's pointer keeps its Redactor
	// alive, so the address identifies the Redactor while entries use it.
	return maphash.String(memoSeed, s) ^ uint64(uintptr(unsafe.Pointer(r)))*0x9E3779B97F4A7C15
}

// get returns the entry for r, key and s, or nil.
func (m *memo) get(r *Redactor, key, s string, h uint64) *memoEntry {
	if e := m.slots[h%memoSlots].Load(); e != nil && e.r == r && e.s == s && e.key == key {
		return e
	}
	if e := m.slots[(h>>32)%memoSlots].Load(); e != nil && e.r == r && e.s == s && e.key == key {
		return e
	}
	return nil
}

// put stores an entry for r and s after a miss, if s was the last miss
// in its slot too.
func (m *memo) put(r *Redactor, key, s string, h uint64, kind Kind, ok bool) {
	if m.seen[h%memoSlots].Swap(h) != h {
		return
	}
	e := &memoEntry{r: r, key: strings.Clone(key), s: strings.Clone(s), kind: kind, ok: ok}
	i, j := h%memoSlots, (h>>32)%memoSlots
	if m.slots[i].Load() != nil && (m.slots[j].Load() == nil || h&(1<<31) != 0) {
		i = j
	}
	m.slots[i].Store(e)
}

// memoKeyKind is r.keyKind through keyMemo.
func (r *Redactor) memoKeyKind(key string) (Kind, bool) {
	if len(key) > maxMemo {
		return r.keyKind(key)
	}
	h := memoHash(r, key)
	if e := keyMemo.get(r, "", key, h); e != nil {
		return e.kind, e.ok
	}
	k, ok := r.keyKind(key)
	keyMemo.put(r, "", key, h, k, ok)
	return k, ok
}

// memoString redacts s, the value of an attribute named key (the key is
// context, as in "utr=402912345673"), through cleanMemo: it returns s
// redacted and whether anything was found.
func (r *Redactor) memoString(key, s string) (string, bool) {
	if allBoring(s) {
		return s, false // no byte that can start a finding: nothing to look up
	}
	if len(s) > maxMemo || len(key) > maxMemo {
		return r.scanWithKey(key, unsafe.Slice(unsafe.StringData(s), len(s)), s)
	}
	h := memoHash(r, s) ^ maphash.String(memoSeed, key)*0x2545F4914F6CDD1D
	if cleanMemo.get(r, key, s, h) != nil {
		return s, false
	}
	out, found := r.scanWithKey(key, unsafe.Slice(unsafe.StringData(s), len(s)), s)
	if found {
		return out, true
	}
	cleanMemo.put(r, key, s, h, "", false)
	return s, false
}

// allBoring reports whether s has no byte that can start a finding (see
// boring): lower-case words and punctuation, such as most log messages.
func allBoring(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b != ' ' && !boring[b] || (i == 0 || s[i-1] == ' ') && (lowerCueFirst[b] && mayOpenLowerCue(s, i, true) || spokenFirst[b] && mayOpenSpoken(s, i, true)) {
			return false
		}
	}
	return true
}

// scanWithKey scans b, read only, as the value of an attribute named key:
// the key stands before it as context, written "key=". It returns the
// redacted text and true, or orig and false when nothing is found.
func (r *Redactor) scanWithKey(key string, b []byte, orig string) (string, bool) {
	var hist [maxKeyContext + 1]byte
	n := 0
	if key != "" {
		n = copy(hist[:], key[max(0, len(key)-maxKeyContext):])
		hist[n] = '='
		n++
	}
	w := window{buf: b, hist: hist[:n], atEOF: true}
	ms := r.detect(&w, nil)
	if len(ms) == 0 {
		return orig, false
	}
	return string(r.render(make([]byte, 0, len(b)+len(ms)*8), b, ms, len(b))), true
}

// maxKeyContext bounds how much of a key is read as context.
const maxKeyContext = 64

// minScannedInt bounds the integers worth scanning. A number alone has no
// context word near it, and the kinds found without one (mobile, Aadhaar,
// VID, ABHA, card) all have ten digits or more; PIN codes, bank accounts
// and dates are only found next to a context word, which for a logged
// number is its key (see [Redactor.KeyKind]).
const minScannedInt = 1_000_000_000

// redactAttr returns a redacted, with its value resolved, and whether it
// differs from a. group is the kind named by an enclosing group, or "".
func (r *Redactor) redactAttr(a slog.Attr, group Kind) (slog.Attr, bool) {
	v := a.Value
	resolved := false
	if v.Kind() == slog.KindLogValuer {
		v = v.Resolve()
		resolved = true
	}
	if v.Kind() == slog.KindGroup {
		if len(v.Group()) == 0 {
			return slog.Attr{Key: a.Key, Value: v}, resolved // handlers drop it
		}
		if a.Key == "" { // inlined: its attributes belong to the parent
			as, changed := r.redactAttrs(v.Group(), group)
			if !changed {
				return slog.Attr{Key: a.Key, Value: v}, resolved
			}
			return slog.Attr{Key: a.Key, Value: slog.GroupValue(as...)}, true
		}
	} else if a.Key == "" && v.Equal(slog.Value{}) {
		return slog.Attr{}, resolved // the empty Attr, which handlers ignore
	}
	if k, ok := r.memoKeyKind(a.Key); ok {
		return slog.String(a.Key, r.replaceWhole(k, v)), true
	}
	if group != "" {
		return slog.String(a.Key, r.replaceWhole(group, v)), true
	}
	switch v.Kind() {
	case slog.KindString:
		if s, found := r.memoString(a.Key, v.String()); found {
			return slog.String(a.Key, s), true
		}
	case slog.KindInt64:
		if n := v.Int64(); n >= minScannedInt || n <= -minScannedInt {
			var buf [24]byte
			if s, ok := r.scanWithKey(a.Key, strconv.AppendInt(buf[:0], n, 10), ""); ok {
				return slog.String(a.Key, s), true
			}
		}
	case slog.KindUint64:
		if n := v.Uint64(); n >= minScannedInt {
			var buf [24]byte
			if s, ok := r.scanWithKey(a.Key, strconv.AppendUint(buf[:0], n, 10), ""); ok {
				return slog.String(a.Key, s), true
			}
		}
	case slog.KindGroup:
		if as, changed := r.redactAttrs(v.Group(), ""); changed {
			return slog.Attr{Key: a.Key, Value: slog.GroupValue(as...)}, true
		}
	case slog.KindAny:
		if s, ok := r.redactAny(v.Any()); ok {
			return slog.String(a.Key, s), true
		}
	case slog.KindFloat64, slog.KindBool, slog.KindDuration, slog.KindTime:
	default: // a kind added to slog after this was written
		if s, fs := r.String(v.String()); fs != nil {
			return slog.String(a.Key, s), true
		}
	}
	return slog.Attr{Key: a.Key, Value: v}, resolved
}

// redactAttrs redacts each of as. It returns as itself when nothing
// changes, and otherwise a new slice; as is never modified.
func (r *Redactor) redactAttrs(as []slog.Attr, group Kind) ([]slog.Attr, bool) {
	var out []slog.Attr
	for i, a := range as {
		b, changed := r.redactAttr(a, group)
		if changed && out == nil {
			out = make([]slog.Attr, len(as))
			copy(out, as[:i])
		}
		if out != nil {
			out[i] = b
		}
	}
	if out == nil {
		return as, false
	}
	return out, true
}

// scanText redacts b, which the caller owns, and returns the result as a
// new string if anything was found.
func (r *Redactor) scanText(b []byte) (string, bool) {
	out, fs := r.Bytes(b)
	if fs == nil {
		return "", false
	}
	return string(out), true
}

// redactAny scans the text of a KindAny value and returns it redacted if
// anything was found. A method that panics leaves the value to the next
// handler, which reports the panic without printing the value.
func (r *Redactor) redactAny(x any) (s string, found bool) {
	defer func() {
		if recover() != nil {
			s, found = "", false
		}
	}()
	switch x := x.(type) {
	case nil, slog.Level, *slog.Source:
		return "", false
	case error:
		return r.memoString("", x.Error())
	case []byte:
		return r.scanText(x)
	case json.RawMessage:
		return r.scanText(x)
	case json.Marshaler:
		if b, err := x.MarshalJSON(); err == nil {
			return r.scanText(b)
		}
	case encoding.TextMarshaler:
		if b, err := x.MarshalText(); err == nil {
			return r.scanText(b)
		}
	}
	s, fs := r.String(fmt.Sprintf("%+v", x))
	return s, fs != nil
}

// replaceWhole returns [Redactor.ReplaceValue] of v as text.
func (r *Redactor) replaceWhole(k Kind, v slog.Value) string {
	var buf [24]byte // ReplaceValue keeps no reference to its argument
	switch v.Kind() {
	case slog.KindInt64:
		return r.ReplaceValue(k, string(strconv.AppendInt(buf[:0], v.Int64(), 10)))
	case slog.KindUint64:
		return r.ReplaceValue(k, string(strconv.AppendUint(buf[:0], v.Uint64(), 10)))
	}
	return r.ReplaceValue(k, valueText(v))
}

// valueText renders a resolved value as the text [Redactor.ReplaceValue]
// replaces: a string as itself, an error as its Error text, other values
// as fmt prints them, and a group as "[key=value ...]".
func valueText(v slog.Value) string {
	if v.Kind() == slog.KindAny {
		switch x := v.Any().(type) {
		case error:
			return fmt.Sprint(x) // fmt recovers a panicking Error method
		case []byte:
			return string(x)
		}
		return fmt.Sprintf("%+v", v.Any())
	}
	return v.String()
}
