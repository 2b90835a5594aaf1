package redact

import (
	"bytes"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/internal/names"
	"github.com/kavachpii/kavach/validators"
)

// CSV exports name their columns once, in a header line, and the rows
// below carry no words of their own: "name,passport,pincode" then
// "Ravi Kumar,J8369854,560034". The scanner remembers the header of the
// block it is in, so that a cell is judged with its column's name as
// context, as a logged value is with its key. The state is a function of
// the lines alone, so a stream cut anywhere keeps it as String does.

const (
	// maxCSVLine bounds a header or row line: a longer line ends the
	// block. A stream holds back at most this much to see a line whole.
	maxCSVLine = 512
	// maxCSVCols bounds the columns of a header.
	maxCSVCols = 32
	// maxCSVField bounds a header field, in characters: bytes of ASCII, up
	// to three bytes a character of an Indian script
	// ("അക്കൗണ്ട് നമ്പർ", account number, is 15 characters, 45 bytes).
	maxCSVField = 32
)

// csvState is what the scanner knows of the CSV block it is in.
type csvState struct {
	active bool
	sep    byte
	ncols  int
	cols   [maxCSVCols]ctxWord // the word of each header field that speaks, if any
	// whole[k] is set when the header names personal data outright
	// ("name", "mobile_no", "address"): every cell of the column is
	// redacted as kind[k], as a JSON value is under such a key.
	whole [maxCSVCols]bool
	kind  [maxCSVCols]kindID
	// office[k] is set for the address column of a directory of
	// offices (see institutionHeader): its addresses are no one's.
	office [maxCSVCols]bool
	// splitPIN reports PIN codes on: an address's whole cell leaves the
	// PIN code that ends it to a finding of its own.
	splitPIN bool
	// cells are the whole-cell matches of rows not yet passed on, in
	// stream offsets.
	cells []match
	// The row this state describes: stream offsets of its cells' starts
	// and of its end. row < 0 when the current line is no row.
	row      int64
	rowEnd   int64
	cellFrom [maxCSVCols]int64
	// hdrAt are where a table aligned with spaces has its header's
	// fields start in its line: rows that leave their last cells empty
	// still start theirs there.
	hdrAt [maxCSVCols]int
	// decided is the stream offset, plus one, of the last line start
	// csvLine decided.
	decided int64
	// paramsUntil is the stream offset up to which the lines may bind the
	// parameters of the last statement with placeholders ("VALUES (?,
	// ?)"), whose columns st names (see sqlParams); 0 when none.
	paramsUntil int64
	// paramCol maps the statement's parameters, in the order they are
	// bound, to its columns; nparams counts them.
	paramCol [maxCSVCols]int8
	nparams  int
	// tuples marks that the lines up to paramsUntil may be the rows of
	// values of the last statement, one tuple a line, as a dump writes a
	// multi-row INSERT (see sqlTupleRow).
	tuples bool
	// loose is set under a header whose rows do not keep its columns
	// apart (see looseHeader): looseWords are its words for kinds, and
	// looseRow and looseRowEnd the stream offsets of the row being read,
	// looseRow < 0 when the line is none.
	loose                 bool
	looseNeg, looseDates  bool // the header has a word against a kind, a word for a date that is no birth
	nloose                int
	looseWords            [maxLooseWords]ctxWord
	looseRow, looseRowEnd int64
}

// maxLooseWords bounds the words for kinds kept of a loose header, and
// maxLooseColumns the words of one ("S No Name Father Name DOB Mobile
// Passport No Remarks" has ten).
const (
	maxLooseWords   = 6
	maxLooseColumns = 12
)

// csvSeps are the separators a header may use.
var csvSeps = [...]byte{',', '\t', ';', '|'}

// csvLine classifies the line that starts at p (after a line break, or at
// the start of the input) and updates w.csv. It reports false, setting
// w.short, when a stream must show more of the line first.
func (r *Redactor) csvLine(w *window, p int) bool {
	// A stream that held back over a line it had decided (for an address
	// that may start in "name(at)…") comes back to it: decide it once, or
	// a header would be read again as its own row.
	at := w.base + int64(p) + 1
	if at <= w.csv.decided {
		return true
	}
	if !r.decideCSVLine(w, p) {
		return false
	}
	w.csv.decided = at
	return true
}

// decideCSVLine is csvLine for a line not decided yet.
func (r *Redactor) decideCSVLine(w *window, p int) bool {
	// Nothing changes before the line is decided: a stream that must
	// wait for more of it will come back to the same line break.
	st := &w.csv
	buf := w.buf
	if !st.active && mayBeInsert(buf, p, w.atEOF) {
		st.row = -1
		return r.sqlInsert(w, p)
	}
	if hib := hibernateInsert; !st.active && p < len(buf) && buf[p]|0x20 == 'h' && mayBePrefixFold(buf[p:], hib, w.atEOF) {
		// "Hibernate: insert into t (…) values (?, ?)"
		if len(buf)-p < len(hib) {
			w.short = true // not yet known
			return false
		}
		st.row = -1
		return r.sqlInsert(w, p+len("hibernate: "))
	}
	if !st.active && st.paramsUntil > w.base+int64(p) && st.tuples {
		return r.sqlTupleRow(w, p)
	}
	if !st.active && st.paramsUntil > w.base+int64(p) {
		if done, ok := r.sqlParams(w, p); !ok || done {
			return ok
		}
	}
	if !st.active && mayBeCopy(buf, p, w.atEOF) {
		st.row = -1
		return r.sqlCopy(w, p)
	}
	if p < len(buf) && buf[p] == '<' && !(st.active && st.sep != htmlSep) {
		if mayBePrefixFold(buf[p:], "<tr", w.atEOF) {
			return r.htmlRow(w, p)
		}
		st.active, st.row = false, -1 // markup, or an HTML table's end
		return true
	}
	var line []byte
	end := -1 // the line's end, once read
	if !st.active && (st.loose || p < len(buf) && alnumBits[buf[p]] == bitUpper) {
		// A loose table's row or its end; or its header (see looseHeader).
		var ok bool
		if line, end, ok = lineAt(w, p); !ok {
			return false
		}
		if st.loose && w.looseRow(p, end, line) {
			st.row = -1
			return true
		}
		if len(line) > 0 && alnumBits[line[0]] == bitUpper {
			st.looseHeader(line)
		}
	}
	if !st.active && !mayBeHeader(buf, p) {
		st.row = -1
		return true // the common case: a log line, decided by its first bytes
	}
	if end < 0 {
		var ok bool
		if line, end, ok = lineAt(w, p); !ok {
			return false
		}
	}
	if end-p > maxCSVLine {
		st.active, st.row, st.loose = false, -1, false
		return true
	}
	st.row = -1
	if st.active {
		var from [maxCSVCols]int
		n := splitCSV(line, st.sep, from[:])
		if st.sep == alignedSep && n == st.ncols+1 && digitsOnly(bytes.TrimRight(line[from[0]:from[1]], " ")) {
			copy(from[:], from[1:n]) // a DataFrame's row index, a column its header has no name for
			n--
		}
		if n == st.ncols {
			st.setRow(w, p, line, from[:n], "whole cell: CSV header names")
			return true
		}
		if st.sep == alignedSep && n >= 3 && n < st.ncols {
			if m := st.mergedCell(line, from[:n]); m >= 0 {
				st.setMergedRow(w, p, line, from[:n], m, "whole cell: CSV header names")
				return true
			}
			var cols, to [maxCSVCols]int
			if st.alignedCells(line, from[:n], cols[:st.ncols], to[:st.ncols]) {
				// "1   Muhammed Basheer Kutty  Muthalamada PACS  190954698482",
				// "4   Komuraiah Bandaru  10          LTI": some of the row's
				// columns are empty (a register's "Sign", a mobile not given)
				st.setRowCells(w, p, line, cols[:st.ncols], to[:st.ncols], "whole cell: CSV header names")
				return true
			}
		}
		if isRuleLine(line) {
			return true // "-----+-----" under psql's header, "--- | ---" under a pipe table's
		}
		st.active = false
		if st.loose && w.looseRow(p, end, line) {
			return true // "01 MISHRA/LIPSA MS  S1378282  06AUG93": cells that spill out of the header's columns
		}
	}
	if len(line) > 0 && line[0] == '|' && !jiraHeader(line) {
		// A Markdown table's header is followed by its delimiter row,
		// "|---|:--|", MySQL's by its border, "+---+"; a lone row of pipes
		// ("| Passport | J8369854 |") is a row of a table that names no
		// columns. (Jira's and Confluence's header needs none: its pipes
		// are doubled.)
		ok, known := delimiterRowAt(buf, end+1, w.atEOF)
		if !known {
			w.short = true
			return false
		}
		if !ok {
			return true
		}
	}
	r.parseHeader(line, st)
	return true
}

// lineAt returns the line at p, without its line break (or the '\r'
// before it), and the offset of its end. It reports false, setting
// w.short, when a stream must show more of it first; a line longer than
// maxCSVLine comes back cut after maxCSVLine+1 bytes.
func lineAt(w *window, p int) (line []byte, end int, ok bool) {
	buf := w.buf
	end = len(buf)
	if k := bytes.IndexByte(buf[p:min(len(buf), p+maxCSVLine+1)], '\n'); k >= 0 {
		end = p + k
	} else if len(buf)-p > maxCSVLine {
		end = p + maxCSVLine + 1
	} else if !w.atEOF {
		w.short = true
		return nil, 0, false
	}
	line = buf[p:end]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, end, true
}

// looseHeader makes st a loose table's header if line is one: three or
// more words, each opening with a capital, no digit, and among them a
// word for a kind. Its words stand one space apart, as a manifest or a
// merit list prints them ("No Name DOB ID", "Rank Application No. Name
// DOB Email Marks"), or over columns its rows do not keep ("NO NAME
// PPT  DOB  SEX SEAT" over "01 MISHRA/LIPSA MS  S1378282  06AUG93  F
// 30D"), so no row splits into cells: a value in a row takes the
// header's word for its kind, where one word names it (see looseColumn).
func (st *csvState) looseHeader(line []byte) {
	st.loose, st.looseNeg, st.looseDates, st.nloose, st.looseRow = false, false, false, 0, -1
	if len(line) > maxListLine {
		return
	}
	words := 0
	for k := 0; k < len(line); {
		b := line[k]
		switch {
		case b == ' ':
			k++
			continue
		case alnumBits[b] != bitUpper:
			return // prose, or a record: a word in lower case, a digit, a sign
		}
		for k < len(line) && line[k] != ' ' {
			if c := line[k]; !isASCIILetter(c) && c != '.' && c != '/' && c != '\'' && c != '(' && c != ')' && c != '-' {
				return
			}
			k++
		}
		if words++; words > maxLooseColumns {
			return // a sentence in title case: "The Server Encountered An Internal Error And …"
		}
	}
	if words < 3 {
		return
	}
	var ws [maxListHeadWd]ctxWord
	for _, x := range ws[:scanWords(line, ws[:], false)] {
		if !x.known {
			continue
		}
		if x.entry.neg {
			st.looseNeg = true
			st.looseDates = st.looseDates || x.entry.dateNeg
		}
		if x.entry.pos != 0 && st.nloose < maxLooseWords {
			st.looseWords[st.nloose] = x
			st.nloose++
		}
	}
	st.loose = st.nloose > 0
}

// looseRow reports whether the line [p, end) is a row of the loose table
// st reads, a serial number first ("01 SIDDHARTH SINGH  02 Apr 1991 …",
// "  1 2454070033 NARENDRA …"), and makes it st's row; any other line
// ends the table.
func (w *window) looseRow(p, end int, line []byte) bool {
	st := &w.csv
	k := 0
	for k < len(line) && k < 4 && line[k] == ' ' {
		k++
	}
	d := k
	for k < len(line) && k-d < 4 && isASCIIDigitByte(line[k]) {
		k++
	}
	if k > d && k < len(line) && (line[k] == '.' || line[k] == ')') {
		k++
	}
	if k == d || k+1 >= len(line) || line[k] != ' ' {
		st.loose, st.looseRow = false, -1
		return false
	}
	st.looseRow, st.looseRowEnd = w.base+int64(p), w.base+int64(end)
	return true
}

// looseColumn returns the word of a loose table's header for kind k when
// the value [start, end) lies in the table's row (see looseHeader). A
// row's values of digits alone (a PIN code, an account) take it only
// under a header with no word against a kind, whose amounts and
// references are no such column; a date only under a header with no word
// for another date.
func (w *window) looseColumn(start, end int, k kindID) (ctxWord, bool) {
	st := &w.csv
	if !st.loose || st.looseRow < 0 || w.base+int64(start) < st.looseRow || w.base+int64(end) > st.looseRowEnd {
		return ctxWord{}, false
	}
	if k == kDateOfBirth && st.looseDates || (k == kPINCode || k == kBankAccount) && st.looseNeg {
		return ctxWord{}, false
	}
	for _, x := range st.looseWords[:st.nloose] {
		if x.entry.pos&k.mask() != 0 {
			x.column = true
			return x, true
		}
	}
	return ctxWord{}, false
}

// delimiterRowAt reports whether the line at q starts as a Markdown
// table's delimiter row: '|', then dashes, colons and spaces, a dash
// among them; or as the border a database shell draws under a header,
// "+-----+" (MySQL's). known is false when buf ends first and more may
// come.
func delimiterRowAt(buf []byte, q int, atEOF bool) (ok, known bool) {
	const enough = 4 // "|---" or "|:--"
	dash := false
	for k := q; k < q+enough; k++ {
		if k >= len(buf) {
			return false, atEOF
		}
		switch b := buf[k]; {
		case (b == '|' || b == '+') && k == q:
		case b == '-':
			dash = true
		case b == ':' || b == ' ':
		default:
			return false, true
		}
	}
	return dash && (buf[q] == '|' || buf[q] == '+'), true
}

// setRow makes line, at p in w.buf and split at from, the row st
// describes, and queues the whole-cell matches of the columns that name
// personal data outright.
func (st *csvState) setRow(w *window, p int, line []byte, from []int, reason string) {
	st.setRowCells(w, p, line, from, nil, reason)
}

// setRowCells is setRow with each cell's end given (to), for a row whose
// cells are not split by one separator byte (an HTML table's); nil means
// each cell ends a byte before the next begins.
func (st *csvState) setRowCells(w *window, p int, line []byte, from, to []int, reason string) {
	if st.row == w.base+int64(p) && st.rowEnd == w.base+int64(p+len(line)) {
		return // read again after a stream held back over it: its cells are queued
	}
	n := len(from)
	st.row = w.base + int64(p)
	st.rowEnd = w.base + int64(p+len(line))
	for k := n; k < st.ncols; k++ {
		st.cellFrom[k] = st.rowEnd + 1 // a column the row leaves empty: no byte of the row is in it
	}
	for k := range n {
		st.cellFrom[k] = w.base + int64(p+from[k])
		if !st.whole[k] {
			continue
		}
		end := cellEnd(line, from, k)
		if to != nil {
			end = to[k]
		}
		s, e := trimCell(line, from[k], end)
		st.queueWhole(w, k, line[s:e], p+s, reason)
	}
}

// trailingPIN returns where a valid PIN code that ends an address's cell
// starts, after a space, a comma or a hyphen and letters before it, or 0.
func trailingPIN(cell []byte) int {
	s := len(cell) - 6
	if s < 4 || !digitsOnly(cell[s:]) || validators.PINCode(string(cell[s:])) != nil {
		return 0
	}
	if b := cell[s-1]; b != ' ' && b != ',' && b != '-' {
		return 0
	}
	return s
}

// alignedCells places the cells of a row of a table aligned with spaces,
// split at from, in the columns whose header fields start where they do
// (give or take two bytes), in order, and reports whether every cell has
// one. It fills cols and to, one entry a column, with each column's cell's
// start and end in line; a column the row leaves empty gets an empty cell
// where the next one starts.
func (st *csvState) alignedCells(line []byte, from, cols, to []int) bool {
	var placed [maxCSVCols]bool
	j := 0
	for _, f := range from {
		for j < st.ncols {
			if d := f - st.hdrAt[j]; d >= -2 && d <= 2 {
				break
			}
			j++
		}
		if j == st.ncols {
			return false
		}
		cols[j], placed[j] = f, true
		j++
	}
	next := len(line) // where the cell after the one being placed starts
	for k := st.ncols - 1; k >= 0; k-- {
		if !placed[k] {
			cols[k], to[k] = next, next
			continue
		}
		to[k] = max(next-1, cols[k])
		if next == len(line) {
			to[k] = len(line)
		}
		next = cols[k]
	}
	return true
}

// mergedCell returns which cell of a row of a table aligned with spaces,
// split at from with fewer cells than its header has columns, holds two
// columns' values one space apart: one whose first or last word, at a
// space inside it, has a digit ("54759733027  Madhura Kulkarni
// YFVPK0265Q  1,71,465.00 …", where a long name left one space before the
// PAN; not "RAVI RAWAT", one name). Of several such cells, the first
// that leaves every other under its header's field wins, or else the
// first: in "1   Unit 2     George Mathew   9803182559 3,300" under "No
// Unit  Head of family  Phone  Pledge (Rs)" it is the mobile's and the
// amount's, not "Unit 2". It returns -1 if no cell has one.
func (st *csvState) mergedCell(line []byte, from []int) int {
	firstCell := -1
	shift := st.ncols - len(from)
	for k := range from {
		end := len(line)
		if k+1 < len(from) {
			end = from[k+1]
		}
		s, e := trimCell(line, from[k], end)
		cell := line[s:e]
		first, last := bytes.IndexByte(cell, ' '), bytes.LastIndexByte(cell, ' ')
		if first <= 0 || !hasDigit(cell[:first]) && !hasDigit(cell[last+1:]) {
			continue
		}
		if firstCell < 0 {
			firstCell = k
		}
		aligned := true
		for j, f := range from {
			c := j
			if j > k {
				c = j + shift
			}
			if d := f - st.hdrAt[c]; j != k && (d < -2 || d > 2) {
				aligned = false
				break
			}
		}
		if aligned {
			return k
		}
	}
	return firstCell
}

// setMergedRow is setRow for a row of an aligned table whose cell m holds
// the values of as many columns as the row lacks (see mergedCell): the
// cells before it keep their columns, the cells after it take the last
// columns, and cell m's last words one column each, the rest the first.
// Cell m is no one value, so no whole-cell match is made of it.
func (st *csvState) setMergedRow(w *window, p int, line []byte, from []int, m int, reason string) {
	if st.row == w.base+int64(p) && st.rowEnd == w.base+int64(p+len(line)) {
		return // read again after a stream held back over it: its cells are queued
	}
	n, shift := len(from), st.ncols-len(from)
	st.row = w.base + int64(p)
	st.rowEnd = w.base + int64(p+len(line))
	next := len(line) + 1 // where the cell after m starts
	if m+1 < n {
		next = from[m+1]
	}
	// The words of cell m from its right, one a column: "Gurpreet Sandhu
	// 92944457030132" under "Patient" and "ABHA". Where the cell has too
	// few words, the columns it stands for are empty.
	var words [maxCSVCols]int
	ms, me := trimCell(line, from[m], next-1)
	nw := 0
	for q := me - 1; q > ms && nw < shift; q-- {
		if line[q] == ' ' && line[q+1] != ' ' {
			words[shift-1-nw] = q + 1
			nw++
		}
	}
	for c := range st.ncols {
		k := c // the cell in column c
		switch {
		case c > m && c <= m+shift:
			st.cellFrom[c] = w.base + int64(p+next) // an empty column
			if nw == shift {
				st.cellFrom[c] = w.base + int64(p+words[c-m-1])
			}
			continue
		case c > m+shift:
			k = c - shift
		}
		st.cellFrom[c] = w.base + int64(p+from[k])
		if !st.whole[c] || k == m {
			continue
		}
		s, e := trimCell(line, from[k], cellEnd(line, from, k))
		st.queueWhole(w, c, line[s:e], p+s, reason)
	}
}

// cellEnd returns where cell k of a row split at from ends: a byte before
// the next cell's start (its separator), or at the line's end.
func cellEnd(line []byte, from []int, k int) int {
	if k+1 < len(from) {
		return from[k+1] - 1
	}
	return len(line)
}

// queueWhole queues the whole-cell match of cell, at p in w.buf, in column
// k, which names personal data outright: unless the cell is empty, masked
// already, a placeholder, or no value of the column's kind.
func (st *csvState) queueWhole(w *window, k int, cell []byte, p int, reason string) {
	pin := 0 // where a PIN code that ends an address's cell starts
	if st.kind[k] == kLocation && st.splitPIN {
		// "Vill. Dhanaura, …, Uttar Pradesh 244231": the PIN code is
		// reported as its own, as addressFrom reports it.
		if pin = trailingPIN(cell); pin > 0 {
			cell = bytes.TrimRight(cell[:pin], " ,-")
		}
	}
	if len(cell) > 0 && !holdsMask(cell) && !isRedactionToken(cell) && !isPlaceholder(cell) && maskable(cell, st.kind[k]) && plausibleCell(cell, st.kind[k]) &&
		!(st.kind[k] == kPerson && namesBusiness(cell)) && !(st.kind[k] == kIPAddress && nobodysIPCell(cell, w.keepPrivateIPs)) {
		st.cells = append(st.cells, match{kind: st.kind[k], start: int(w.base) + p, end: int(w.base) + p + len(cell),
			score: 0.9, reason: reason, tail: tailWord, word: string(kindName(st.kind[k])), layer: layerCell})
	}
	if pin > 0 {
		st.cells = append(st.cells, match{kind: kPINCode, start: int(w.base) + p + pin, end: int(w.base) + p + pin + 6,
			score: 0.9, reason: "PIN code ending an address", layer: layerCell})
	}
}

// setCell makes cell, at p in w.buf, the one cell of column k in a row
// that holds nothing else (a bound parameter on its own line), and queues
// its whole-cell match if the column names personal data outright.
func (st *csvState) setCell(w *window, p int, cell []byte, k int, reason string) {
	s, e := w.base+int64(p), w.base+int64(p+len(cell))
	if st.row == s && st.rowEnd == e {
		return // read again after a stream held back over it
	}
	st.row, st.rowEnd = s, e
	for j := range st.ncols {
		st.cellFrom[j] = s // column() takes the last column at or before a value: k
		if j > k {
			st.cellFrom[j] = e + 1
		}
	}
	if st.whole[k] {
		st.queueWhole(w, k, cell, p, reason)
	}
}

// namesBusiness reports a word of notPersonWords among the words of a
// cell under a name's column: "Om Sai Logistics", "Laxmi Tent House".
func namesBusiness(cell []byte) bool {
	var buf [16]byte
	for s := 0; s < len(cell); {
		e := s
		for e < len(cell) && isASCIILetter(cell[e]) {
			e++
		}
		if e-s >= 2 && e-s <= len(buf) && notPersonWords[string(lowerASCII(buf[:], cell[s:e]))] {
			return true
		}
		s = e + 1
	}
	return false
}

// notNameCells are whole cells under a column of people that name none:
// a relation's word, where a column holds the nominee's relation, and a
// register's totals.
var notNameCells = map[string]bool{
	"self": true, "spouse": true, "wife": true, "husband": true, "father": true, "mother": true, "son": true,
	"daughter": true, "brother": true, "sister": true, "guardian": true, "total": true, "grand total": true, "subtotal": true,
}

// plausibleCell reports whether a cell may hold a value of kind k: two
// letters for a name or an address, and for an identifier at least four
// letters and digits, so that a column named for one ("GSTIN", "Mobile")
// does not mask its dashes, "N/A" or "18%"; and a digit, but for the
// kinds that may be letters only (e-mail, UPI and ABHA addresses), so
// that "walk-in" under "Vehicle" stays. A name has no digit or '_', and
// is no lower-case word joined by hyphens.
func plausibleCell(cell []byte, k kindID) bool {
	if t := bytes.IndexByte(cell, '~'); t > 0 && k == kPerson {
		cell = cell[:t] // HL7's repetitions: "MUKHERJEE^PAROMITA~4360…^^^ABDM^NH", the name first
	}
	if c := bytes.TrimRight(cell, " "); len(c) > 0 && c[len(c)-1] == ':' {
		return false // a label ("UHID :" under "Patient Name"): a form's grid, read as a table
	}
	n, digit, letters := 0, false, 0
	for _, b := range cell {
		if isAlnumByte(int(b)) || b >= 0x80 {
			n++
		}
		digit = digit || isDigitByte(int(b)) || b >= 0x80
		if isASCIILetter(b) || b >= 0x80 {
			letters++
		}
	}
	if k == kPerson && (bytes.ContainsAny(cell, "0123456789_<") || bytes.IndexByte(cell, '-') >= 0 && bytes.IndexByte(cell, ' ') < 0 && isLowerByte(int(cell[0]))) {
		return false // a pod's, a host's or a warehouse's name: "kyc-api-89eb6b84bf-k9kcp", "ANALYST_WH"; a tibble's type, "<chr>"
	}
	if k == kLocation && bytes.IndexAny(cell, " ,") < 0 {
		return false // a town alone under "ADDRESS" ("Chennai"): no one's address
	}
	if k == kPerson && letters <= 2 {
		return false // a carrier's code under "donor" or "recipient" ("AT", "VI"): no name is two letters
	}
	if k != kEmail && k != kUPI && k != kABHA && k != kLocation && bytes.IndexByte(cell, '@') >= 0 {
		return false // "0 aaa@A0" under "dob": an e-mail address, which the scan reads (and, masked, "0 XXX@XX" alike)
	}
	if k == kPerson && len(cell) <= 16 {
		var lb [16]byte
		if notNameCells[string(lowerASCII(lb[:], cell))] {
			return false // "spouse" under "nominee_relation", "TOTAL" in a register's last row
		}
		if n := len(cell); n >= 3 && cell[n-2] == ' ' && isAlnumByte(int(cell[n-1])) && (lowerRoleSet[string(lowerASCII(lb[:], cell[:n-2]))] || notNameWords[string(lowerASCII(lb[:], cell[:n-2]))]) {
			return false // "Student A", "Patient 2": a placeholder for a name, in a sample or a template
		}
	}
	if k == kPerson || k == kLocation {
		return letters >= 2 // not "0" under "addr" in a table of sections
	}
	if k == kIPAddress && bytes.IndexByte(cell, '.') < 0 && bytes.IndexByte(cell, ':') < 0 {
		return false // an insured person's number under ESIC's "ip_number": an address has dots or colons
	}
	if k == kPINCode && digitsIn(cell) != 6 {
		return false // a scratch card's PIN under "pin" ("9329043964170058"): a PIN code has six digits
	}
	if k == kCard && letters > 0 {
		return false // a yatra card's "RF6902973" under "Card": a payment card's number is digits (the scan reads any in it)
	}
	if (k == kAadhaar || k == kVID) && digitsIn(cell) < 8 {
		return false // "NO AADHAAR (Doc 2)" under "AADHAAR_OR_REASON": a reason, not a number
	}
	if (k == kAadhaar || k == kVID) && failsChecksum(cell, k) {
		return false // "9217 8383 0072, INVALID_CHECKSUM": a rejected entry, no Aadhaar (the scan reads any in it)
	}
	if k == kGSTIN && len(cell) == 15 && validators.GSTIN(string(cell)) != nil {
		return false // "| 07TRACF0905R1ZY | INVALID |": a test fixture's number, failing its check character
	}
	if (k == kUPI || k == kEmail) && bytes.IndexByte(cell, '@') < 0 {
		return false // a reference under "UPI Ref No." ("059766663384"): an address has its '@'
	}
	if k == kMobile && validators.Mobile(string(cell)) != nil {
		return false // a landline ("080-65032773") or "Emergency: 112" under "Phone": the scan reads any mobile in it
	}
	if letters == 0 && writtenWithLetters(k) {
		return false // a card's number under "test_pan": no PAN, passport or plate is digits alone
	}
	if k != kEmail && k != kUPI && k != kABHA && bytes.IndexByte(cell, ' ') >= 0 && hasLowerRun(cell, 3) {
		return false // words ("Payt terms Z045" under "Bank account"): the scan reads any identifier in them
	}
	return n >= 4 && (digit || k == kEmail || k == kUPI || k == kABHA)
}

// writtenWithLetters reports a kind no value of which is digits alone.
func writtenWithLetters(k kindID) bool {
	switch k {
	case kPAN, kPassport, kVoterID, kDrivingLicence, kGSTIN, kVehicle, kIFSC:
		return true
	}
	return false
}

// digitsIn counts the digits in b, in any script or fullwidth.
func digitsIn(b []byte) int {
	n := 0
	for p := 0; p < len(b); {
		c, size := chars.Fold(b, p)
		if chars.IsDigit(c) {
			n++
		}
		p += max(size, 1)
	}
	return n
}

// failsChecksum reports a cell of an Aadhaar's twelve digits or a VID's
// sixteen, in groups or not, that fails Verhoeff's check.
func failsChecksum(cell []byte, k kindID) bool {
	var d [16]byte
	n := 0
	for _, b := range cell {
		switch {
		case isDigitByte(int(b)):
			if n == len(d) {
				return false
			}
			d[n] = b
			n++
		case b != ' ' && b != '-':
			return false // more than the number: left to the scan
		}
	}
	switch {
	case k == kAadhaar && n == 12:
		return validators.Aadhaar(string(d[:n])) != nil
	case k == kVID && n == 16:
		return validators.VID(string(d[:n])) != nil
	}
	return false
}

// hasLowerRun reports a run of at least n lower-case ASCII letters in b.
func hasLowerRun(b []byte, n int) bool {
	run := 0
	for _, c := range b {
		if isLowerByte(int(c)) {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayBeHeader is the quick test of the line at p: a header starts with a
// letter or a quote, or with the '|' of a Markdown table, and its first
// field, a few words, ends at a separator. Most lines fail within a few
// bytes.
func mayBeHeader(buf []byte, p int) bool {
	if p < len(buf) && buf[p] == '|' {
		if p++; p < len(buf) && buf[p] == '|' {
			p++ // "|| Name || DOB ||": a Jira or Confluence table's header
		}
		for ; p < len(buf) && buf[p] == ' '; p++ {
		}
	}
	// A DataFrame's header is indented over its index column: only a
	// table aligned with spaces may be ("   name        mobile   city").
	indented := false
	if p < len(buf) && buf[p] == ' ' {
		k := p
		for k < len(buf) && buf[k] == ' ' && k-p <= maxIndent {
			k++
		}
		if k == len(buf) {
			return true // not seen yet: csvLine asks for more
		}
		switch {
		case k-p == 1:
			p = k // psql and cqlsh open each line of a table with a space
		case k-p > maxIndent:
			return false
		default:
			p, indented = k, true
		}
	}
	if p >= len(buf) {
		return true // not seen yet: csvLine asks for more
	}
	b := buf[p]
	if !isASCIILetter(b) && b != '"' && b < 0x80 && b != '#' { // "#,Name,DOB", "| # | Name |": a serial number's column
		return false
	}
	// Hindi chat has commas after a word or two ("ठीक है, धन्यवाद"); a
	// header in an Indian script is one word per field ("नाम,मोबाइल"),
	// or up to three before a pipe or a tab ("ਰੋਲ ਨੰ. | ਨਾਮ |", "బిడ్డ
	// తల్లి పేరు | …").
	maxSpaces := 3
	spaces := 0
	k := p
	maxField := maxCSVField
	if b >= 0x80 {
		maxField *= 3
	}
	for ; k < len(buf) && k-p <= maxField; k++ {
		switch headerByte[buf[k]] {
		case hbSep:
			if b >= 0x80 && spaces > 0 && buf[k] != '|' && buf[k] != '\t' {
				return false // "ठीक है, धन्यवाद"
			}
			return !indented
		case hbStop:
			if buf[k] == '@' && (k == p || buf[k-1] == '"') {
				continue // "@timestamp", as Kibana and Logstash name a field
			}
			return false
		case hbSpace:
			if k > p && k+1 < len(buf) && buf[k+1] == ' ' && b < 0x80 {
				return true // two spaces: maybe a table aligned with spaces (see alignedSep)
			}
			if k+1 == len(buf) {
				return true // not seen yet: a pipe may follow (csvLine asks for more)
			}
			if headerByte[buf[k+1]] == hbSep {
				continue // the space before a table's pipe: "पेर | फोन"
			}
			if spaces++; spaces == maxSpaces {
				return false // prose: more words than a header field has
			}
		}
	}
	return k == len(buf) && k-p <= maxField // not seen yet: csvLine asks for more
}

// headerStart marks the bytes a header line may start with.
var headerStart = func() (t [256]bool) {
	for b := range t {
		t[b] = b >= 0x80 || b == '"' || b == '|' || b == ' ' || b == '<' || b == '#' || isASCIILetter(byte(b))
	}
	return t
}()

// headerByte classifies bytes for mayBeHeader.
const (
	hbWord = iota
	hbSep
	hbStop
	hbSpace
)

var headerByte = func() (t [256]uint8) {
	for _, b := range []byte("\n0123456789:={}[]@<>") {
		t[b] = hbStop
	}
	for _, b := range csvSeps {
		t[b] = hbSep
	}
	t[' '] = hbSpace
	return t
}()

// splitCSV writes the start offsets of the fields of line, split at sep
// outside double quotes, into from and returns how many there are, or 0
// when there are more than len(from).
func splitCSV(line []byte, sep byte, from []int) int {
	if sep == alignedSep {
		return splitAligned(line, from)
	}
	return splitFields(line, sep, '"', from)
}

// maxIndent bounds the spaces that open an aligned table's header.
const maxIndent = 16

// alignedSep, as a CSV block's separator, marks a table whose columns
// are aligned with runs of two or more spaces, as reports and passbooks
// print them: "No  Donor Name      DOB         Mobile".
const alignedSep = ' '

// splitAligned is splitCSV for a table aligned with spaces: fields are
// split at runs of two or more spaces; the spaces that open the line are
// no field.
func splitAligned(line []byte, from []int) int {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	n := 1
	from[0] = i
	for i < len(line) {
		if line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ' {
			j := i + 2
			for j < len(line) && line[j] == ' ' {
				j++
			}
			if j == len(line) {
				break // spaces that end the line
			}
			if n == len(from) {
				return 0
			}
			from[n] = j
			n++
			i = j
			continue
		}
		i++
	}
	return n
}

// splitFields is splitCSV with quote as the quote character: a CSV's '"',
// an SQL string's '\” (whose doubled ” toggles twice).
func splitFields(line []byte, sep, quote byte, from []int) int {
	n, quoted := 1, false
	from[0] = 0
	for i, b := range line {
		switch {
		case b == quote:
			quoted = !quoted
		case b == sep && !quoted:
			if n == len(from) {
				return 0
			}
			from[n] = i + 1
			n++
		}
	}
	return n
}

// parseHeader makes st the header line's state if line is a header: two
// or more fields, each a short run of words, one of them a context word.
func (r *Redactor) parseHeader(line []byte, st *csvState) {
	st.active = false
	var single [maxCSVLine + 1]byte
	if jiraHeader(line) {
		// "|| UCC || PAN || DOB ||": read as "| UCC | PAN | DOB |", the
		// fields of its rows ("| ZLG16338 | CWCPC0765B | 26/05/1990 |")
		line = singlePipes(single[:0], line)
	}
	// The separator is the one that ends the first field. A Markdown
	// table's header, "| Name | Voter ID |", opens and closes with its
	// separator: the empty fields outside are columns without words, and
	// every row splits into as many.
	best := byte(0)
	piped := len(line) > 0 && line[0] == '|'
	if piped {
		best = '|'
	}
	for _, b := range line {
		if best == 0 && headerByte[b] == hbSep {
			best = b
			break
		}
	}
	if trimmed := bytes.TrimLeft(line, " "); len(trimmed) < len(line) && !(best == '|' && len(line)-len(trimmed) == 1) {
		best = 0 // an indented header: aligned with spaces, or none; but " id | name", as psql prints one
		if bytes.Contains(trimmed, []byte("  ")) {
			best = alignedSep
		}
	} else if best == 0 && bytes.Contains(line, []byte("  ")) {
		best = alignedSep
	}
	if best == 0 {
		return
	}
	var from [maxCSVCols]int
	n := splitCSV(line, best, from[:])
	if n < 2 || piped && n < 4 || best == alignedSep && n < 3 {
		return // an aligned table has three columns or more: "Name      Ravi" is a label and its value
	}
	speaks, spoken := false, 0
	// Prose has commas too: a header's fields are short names, and a
	// header of two comma-separated fields has no spaces ("name,mobile").
	maxWords := 3
	if n == 2 && best == ',' {
		maxWords = 1
	}
	if n >= 4 && (best == ',' || best == '\t' || best == '|') {
		maxWords = 5 // a form's questions: "Address for certificate courier", "What is your date of birth?"
	}
	if n >= 5 && best == alignedSep {
		maxWords = 4 // a register's columns, aligned: "RuPay KCC Card No"
	}
	for k := range n {
		end := len(line)
		if k+1 < n {
			end = from[k+1] - 1
		}
		f := trimField(line[from[k]:end])
		if len(f) > 1 && f[0] == '@' {
			f = f[1:] // "@timestamp", as Kibana and Logstash name a field
		}
		if piped && (k == 0 || k == n-1) && len(f) == 0 {
			st.cols[k], st.whole[k] = ctxWord{}, false
			continue
		}
		if len(f) == 0 || utf8.RuneCount(withoutNote(f)) > maxCSVField || bytes.Contains(f, []byte("XX")) ||
			!isASCIILetter(f[0]) && f[0] < 0x80 && f[0] != '#' && !sectionField(f) || headerWords(f) > maxWords {
			return
		}
		for _, b := range f {
			if b < 0x80 && !isASCIILetter(b) && !(b >= '0' && b <= '9') && b != ' ' && b != '_' && b != '-' && b != '.' && b != '/' && b != '#' && b != '(' && b != ')' && b != '\'' && b != '?' &&
				!(b == '+' || b == '&' || b == '%') { // "AB-PMJAY 70+ ABHA", "Name & Address", "Share %"
				return
			}
		}
		if r.nameColumn(st, k, f) {
			speaks = true
			spoken++
		}
	}
	if n == 2 && (best == '|' && !piped || best == '\t') && spoken < 2 {
		return // "Candidate | Darshan Bhat", "Name\tTANVI CHOPRA": a label and its value, not a header
	}
	if (best == alignedSep || best == '\t') && personBeforeName(line, from[:n], st) {
		return // "Employee Name   MAMTA TIRKEY   Employee Code   E62209": a form's labels and values, two to a line
	}
	if first := trimField(line[from[0] : from[1]-1]); entityKey(first) || institutionHeader(first) {
		// "biller_id,category,name,…", "product_id,name,price": a table
		// of things, whose bare "name" is the thing's; "Office  Address
		// Phone": a table of offices, whose bare "address" is the office's.
		for k := 1; k < n; k++ {
			end := len(line)
			if k+1 < n {
				end = from[k+1] - 1
			}
			f := trimField(line[from[k]:end])
			if st.whole[k] && (st.kind[k] == kPerson && isBareName(f) || st.kind[k] == kLocation && institutionHeader(first) && isBareAddress(f)) {
				st.whole[k], st.cols[k] = false, ctxWord{}
				st.office[k] = st.kind[k] == kLocation
			}
		}
	}
	if speaks {
		st.active, st.sep, st.ncols = true, best, n
		copy(st.hdrAt[:], from[:n])
		st.splitPIN = r.cfg.enabled&kPINCode.mask() != 0
	}
}

// personBeforeName reports a field of the header line that names a
// column of people, and after it a field that names no column and opens
// with a given or family name: a form's label and its value, which
// converters of two-column forms write as a table's header would be
// ("Patient Name\tRAJIV MUNDA\tUHID\t…", "Guardian   Varun Wadhwa
// Relation   Father").
func personBeforeName(line []byte, from []int, st *csvState) bool {
	for k := 0; k+1 < len(from); k++ {
		if !st.whole[k] || st.kind[k] != kPerson || st.cols[k+1].known {
			continue
		}
		end := len(line)
		if k+2 < len(from) {
			end = from[k+2] - 1
		}
		f := trimField(line[from[k+1]:end])
		e := 0
		for e < len(f) && isASCIILetter(f[e]) {
			e++
		}
		if e >= 3 && (e == len(f) || f[e] == ' ') && names.Known(f[:e]) {
			return true
		}
	}
	return false
}

// jiraHeader reports a table's header in Jira's and Confluence's wiki
// markup, whose pipes are doubled: "||Name||DOB||".
func jiraHeader(line []byte) bool {
	return len(line) > 2 && line[0] == '|' && line[1] == '|' && line[2] != '|'
}

// singlePipes appends line with each "||" written '|'.
func singlePipes(out, line []byte) []byte {
	for i := 0; i < len(line); i++ {
		out = append(out, line[i])
		if line[i] == '|' && i+1 < len(line) && line[i+1] == '|' {
			i++
		}
	}
	return out
}

// officeCellAt reports an address at start in a directory's column of
// offices' addresses (see csvState.office).
func (w *window) officeCellAt(start int) bool {
	k, ok := w.cellAt(w.base + int64(start))
	return ok && w.csv.office[k]
}

// recordLine returns the end of the line at p (before its '\n', or before
// a '\r' too when cr: HL7 ends a segment with one) for the readers that
// take a line whole: HL7 segments, vCard properties, SQL statements. ok is
// false when the line is longer than maxCSVLine, which they leave to the
// scan, or when a stream has not shown its end yet, which sets w.short:
// such a reader returns !w.short.
func (w *window) recordLine(p int, cr bool) (end int, ok bool) {
	buf := w.buf
	end = p
	for end < len(buf) && end-p <= maxCSVLine && buf[end] != '\n' && !(cr && buf[end] == '\r') {
		end++
	}
	if end-p > maxCSVLine {
		return end, false
	}
	if end == len(buf) && !w.atEOF {
		w.short = true
		return end, false
	}
	return end, true
}

// isRuleLine reports a line that only draws a table's rule: dashes, with
// '+', '|', ':' and spaces between them.
func isRuleLine(line []byte) bool {
	dashes := 0
	for _, b := range line {
		switch b {
		case '-':
			dashes++
		case '+', '|', ':', ' ', '\r':
		default:
			return false
		}
	}
	return dashes >= 3
}

// headerWords counts the words of a header field, a dash between spaces
// and a note in brackets or after "as per" not among them: Google
// Contacts names its columns "Phone 1 - Value", a manifest "Name (as per
// passport)", a bank's batch "Name as per bank".
func headerWords(f []byte) int {
	f = withoutAsPer(withoutNote(f))
	n := bytes.Count(f, []byte(" ")) + 1
	return n - 2*bytes.Count(f, []byte(" - "))
}

// withoutNote returns the header field f without a note in brackets at
// its end: "Name (as per passport)", "Premium (deducted from Nov salary)".
func withoutNote(f []byte) []byte {
	if k := bytes.IndexByte(f, '('); k > 0 && f[len(f)-1] == ')' {
		return bytes.TrimRight(f[:k], " ")
	}
	return f
}

// sectionField reports a header field that opens with digits and a
// letter, as a tax section or an ordinal names a column: "80C", "80D",
// "2nd ID". A cell of a row has none such: its numbers are all digits.
func sectionField(f []byte) bool {
	k := 0
	for k < len(f) && isASCIIDigitByte(f[k]) {
		k++
	}
	return k > 0 && k <= 3 && k < len(f) && isASCIILetter(f[k]) && (k+1 == len(f) || !isASCIIDigitByte(f[k+1]))
}

// entityWords name the things a table may list, in its first column's
// key ("biller_id", "ProductCode", "merchant no"): a bare "name" in such a
// table is the thing's, no one's.
var entityWords = map[string]bool{
	"biller": true, "merchant": true, "product": true, "item": true, "sku": true, "vendor": true, "supplier": true,
	"store": true, "shop": true, "branch": true, "bank": true, "scheme": true, "plan": true, "service": true,
	"company": true, "org": true, "organisation": true, "organization": true, "device": true, "app": true,
	"category": true, "project": true, "team": true, "dept": true, "department": true, "school": true, "hospital": true,
	// Places and public works, as rural and census tables key them
	// ("LGD Village Code", "Town/Village code", "Work Code").
	"village": true, "town": true, "district": true, "block": true, "ward": true, "panchayat": true, "work": true,
	"crop": true, "centre": true, "center": true, "facility": true, "office": true, "station": true, "route": true,
}

// entityKey reports a key of a few words, a thing's and then an
// identifier's ("biller_id", "ProductCode", "merchant no", "LGD Village
// Code", "Town/Village code"), or a code that only things have ("iata",
// "sku", "isin").
func entityKey(f []byte) bool {
	var buf [64]byte
	if len(f) > len(buf) {
		return false
	}
	switch string(lowerASCII(buf[:], f)) {
	case "iata", "icao", "sku", "hsn", "isin", "ticker", "symbol", "ifsc", "micr":
		return true
	}
	key := string(f)
	var bufs [2][64]byte // the word read and the one before it
	thing := false
	var last []byte
	for n, next := 0, 0; ; n++ {
		word, k := nextWord(key, next, &bufs[n%2])
		if word == nil {
			break
		}
		if n == 4 {
			return false // a phrase, not a key
		}
		thing = thing || entityWords[string(last)]
		last, next = word, k
	}
	switch string(last) {
	case "id", "code", "no", "number", "num", "key":
		return thing
	}
	return false
}

// institutionHeader reports a first column named for an institution
// alone ("Office", "Branch", "Hospital"): a directory of offices, not of
// people or of proprietors' shops.
func institutionHeader(f []byte) bool { return fieldIn(f, institutionFields) }

var institutionFields = map[string]bool{
	"office": true, "offices": true, "branch": true, "branches": true, "hospital": true, "school": true,
	"facility": true, "centre": true, "center": true, "department": true, "dept": true, "institution": true,
	"authority": true,
}

// isBareAddress reports a header field that is "address" alone, in any
// case.
func isBareAddress(f []byte) bool { return fieldIn(f, addressFields) }

var addressFields = map[string]bool{"address": true, "addr": true}

// fieldIn reports a header field that is one of set's words, in any case.
func fieldIn(f []byte, set map[string]bool) bool {
	var buf [16]byte
	return len(f) <= len(buf) && set[string(lowerASCII(buf[:], f))]
}

// isBareName reports a header field that is "name" alone, in any case.
func isBareName(f []byte) bool { return fieldIn(f, nameFields) }

var nameFields = map[string]bool{"name": true, "names": true, "nm": true}

// withoutAsPer returns a header field without a note after "as per":
// "Name as per bank", whose "bank" would make it a bank's.
func withoutAsPer(f []byte) []byte {
	if k := bytes.Index(f, []byte(" as per ")); k > 0 {
		f = f[:k]
	}
	return f
}

// nameColumn sets column k of st from its name f: the context word that
// speaks for its cells, and whether they are redacted whole. It reports
// whether the name speaks at all.
func (r *Redactor) nameColumn(st *csvState, k int, f []byte) bool {
	var words [3 * maxCSVField / 2]ctxWord
	st.cols[k] = ctxWord{}
	// A note in brackets qualifies the column its words before name:
	// "Bank A/c (refund)" holds accounts, whatever the refund's word says.
	nw := scanWords(withoutNote(f), words[:], false)
	if !anyKnown(words[:nw]) {
		nw = scanWords(f, words[:], false)
	}
	for m, x := range words[:nw] {
		if x.known && x.entry.pos != 0 {
			st.cols[k] = x
			for _, y := range words[m+1 : nw] {
				if y.known && y.entry.neg && y.entry.pos == 0 && !isRefWord(y.entry.word) {
					st.cols[k] = y // "CURRENT-OFFSET": the last word names the column, not "current" (an account's)
				}
				if (x.entry.word == "credit" || x.entry.word == "debit") && y.known && y.entry.pos&kBankAccount.mask() != 0 {
					st.cols[k] = y // "Credit A/c": the account a payment goes to, not a credit card
				}
				if x.entry.pos == kPINCode.mask() && !hasRole(x, rolePINName) && hasRole(y, roleCode) {
					y.entry.neg = true
					st.cols[k] = y // "LGD Village Code", "Town/Village code": a place's code, not its PIN code
				}
			}
			break
		}
	}
	if addressCodeField(f) {
		// "Billing Code", "Shipping Code": an address's PIN code, as Zoho
		// Books and other billing tools export a contact's
		st.cols[k] = ctxWord{entry: ctxEntry{word: "pin", pos: kPINCode.mask()}, known: true}
	}
	if !st.cols[k].known {
		for m, x := range words[:nw] {
			if hasRole(x, roleCode) && m > 0 && hasRole(words[m-1], rolePINName) {
				// "post_code", "Pin Code": a PIN code's column
				x.entry.pos = kPINCode.mask()
				st.cols[k] = x
				break
			}
			if x.known && x.entry.neg || hasRole(x, roleCode) {
				// "code", "LGD code": a column of codes, a gift card's
				// or a village's (but "PIN code" names its kind first).
				x.entry.neg = true
				st.cols[k] = x
				break
			}
		}
	}
	st.whole[k], st.office[k] = false, false
	kind, ok := r.keyKind(string(withoutAsPer(f)))
	var lb [16]byte
	if !ok && roleColumns[string(lowerASCII(lb[:], f))] && !r.cfg.noKeys {
		kind, ok = Person, r.keyKindEnabled(Person) // "Employee", "Member": a column of people named by their role
	}
	if ok {
		if id, ok := namedKindID(kind); ok {
			st.whole[k], st.kind[k] = true, id
			if !st.cols[k].known {
				st.cols[k] = ctxWord{entry: ctxEntry{word: string(kind)}, known: true}
			}
		}
	}
	st.cols[k].column = st.cols[k].known
	return st.cols[k].known
}

// addressCodeField reports a header field that names an address's code:
// "Billing Code", "shipping_code", "Delivery Code".
func addressCodeField(f []byte) bool {
	var lb [24]byte
	if len(f) > len(lb) {
		return false
	}
	l := lowerASCII(lb[:], f)
	k := len(l) - len("code")
	if k < 2 || string(l[k:]) != "code" || l[k-1] != ' ' && l[k-1] != '_' {
		return false
	}
	switch string(l[:k-1]) {
	case "billing", "shipping", "mailing", "delivery", "permanent", "residential":
		return true
	}
	return false
}

// anyKnown reports a context word among ws.
func anyKnown(ws []ctxWord) bool {
	for _, x := range ws {
		if x.known {
			return true
		}
	}
	return false
}

// roleColumns are the headers that name people by their role: a column
// of names, as no key of a record is (a record's "applicant" is an object
// whose "id" and "city" are no names).
var roleColumns = map[string]bool{
	"employee": true, "member": true, "applicant": true, "patient": true, "student": true, "tenant": true,
	"godparent": true, "pledger": true, "borrower": true, "guarantor": true, "depositor": true,
	"customer": true, "beneficiary": true, "farmer": true, "pensioner": true, "guest": true, "passenger": true,
	"candidate": true, "driver": true, "worker": true, "labourer": true, "trainee": true, "participant": true,
	"attendee": true, "nominee": true, "claimant": true, "insured": true, "recipient": true, "payee": true,
	"proprietor": true, "consignee": true, "complainant": true, "accused": true, "voter": true, "elector": true,
	"owner": true,
}

// trimCell returns the bounds of line[s:e] without spaces and quotes
// around it.
func trimCell(line []byte, s, e int) (int, int) {
	for s < e && (line[s] == ' ' || line[s] == '"' || line[s] == '\'') {
		s++
	}
	for e > s && (line[e-1] == ' ' || line[e-1] == '"' || line[e-1] == '\'' || line[e-1] == '\r') {
		e--
	}
	return s, e
}

// trimField trims spaces and one pair of double quotes.
func trimField(f []byte) []byte {
	for len(f) > 0 && f[0] == ' ' {
		f = f[1:]
	}
	for len(f) > 0 && f[len(f)-1] == ' ' {
		f = f[:len(f)-1]
	}
	if len(f) >= 2 && f[0] == '"' && f[len(f)-1] == '"' {
		f = f[1 : len(f)-1]
	}
	return f
}

// column returns the header word of the CSV column that holds the
// candidate [start, end), if the candidate lies in one cell of a row.
func (w *window) column(start, end int) (ctxWord, bool) {
	st := &w.csv
	e := w.base + int64(end)
	k, ok := w.cellAt(w.base + int64(start))
	if !ok || e > st.rowEnd {
		return ctxWord{}, false
	}
	if k+1 < st.ncols && e >= st.cellFrom[k+1] {
		return ctxWord{}, false // spans two cells
	}
	return st.cols[k], st.cols[k].known
}

// negativeColumn reports a value that fills a CSV cell under a column
// named against every kind ("utr", "order_id"): the words of the row's
// other cells name other things ("…,7988979987@iob,2500,628096810102"
// under "payer_vpa,amount,utr" is no IOB account), so only the value's
// own cell and its column speak for it (see cellOnly).
func (w *window) negativeColumn(start, end int) bool {
	x, ok := w.column(start, end)
	return ok && x.entry.neg && x.entry.pos == 0
}

// cellAt returns the column of the current CSV row's cell that holds the
// stream offset s, when s lies in a row under a header.
func (w *window) cellAt(s int64) (int, bool) {
	st := &w.csv
	if !w.csvOn || st.row < 0 || s < st.row || s >= st.rowEnd {
		return 0, false
	}
	k := st.ncols - 1
	for k > 0 && st.cellFrom[k] > s {
		k--
	}
	return k, true
}

// cellStart returns where the CSV cell that holds start begins, in
// w.buf's offsets (negative in a stream's history), when start lies in a
// row under a header.
func (w *window) cellStart(start int) (int, bool) {
	k, ok := w.cellAt(w.base + int64(start))
	return int(w.csv.cellFrom[k] - w.base), ok
}

// rowStart returns where the CSV row that holds start begins, in w.buf's
// offsets (negative in a stream's history), when start lies in a row
// under a header.
func (w *window) rowStart(start int) (int, bool) {
	_, ok := w.cellAt(w.base + int64(start))
	return int(w.csv.row - w.base), ok
}

// mergeCells adds to out the whole-cell matches of CSV rows that start
// before cut, and moves cut back to the start of one that straddles it;
// the rest wait in w.csv.cells for the scan to reach them.
func (r *Redactor) mergeCells(w *window, cut int, out []match) (int, []match) {
	st := &w.csv
	base := int(w.base)
	for moved := true; moved && !w.atEOF; {
		moved = false
		for _, m := range st.cells {
			if s := m.start - base; s < cut && cut < m.end-base {
				cut, moved = s, true
			}
		}
		if moved {
			cut, out = w.holdFrom(cut, out)
		}
	}
	out, st.cells = takeBefore(out, st.cells, base, cut, nil, nil)
	return cut, out
}

// flushCells adds the whole-cell matches that start before i to out: at
// a line break, those of the row just scanned, which belong at the end
// of out.
func (w *window) flushCells(i int, out []match) []match {
	out, w.csv.cells = takeBefore(out, w.csv.cells, int(w.base), i, nil, nil)
	return out
}

// htmlSep, as a CSV block's separator, marks an HTML table written a row
// a line: "<tr><th>EPIC No</th><th>Name</th></tr>", then
// "<tr><td>ZNQ2591550</td><td>Garima Tiwari</td></tr>". Its header cells
// name the columns as a CSV header's fields do.
const htmlSep = '<'

// htmlRow reads the line at p, which opens with '<': a table's header row
// (cells in <th>) starts a block, a row of as many <td> cells is one of
// its rows, and anything else ends it. It reports false, setting w.short,
// when a stream must show more of the line first.
func (r *Redactor) htmlRow(w *window, p int) bool {
	st := &w.csv
	end, ok := w.recordLine(p, false)
	if !ok {
		st.row = -1
		return !w.short
	}
	st.row = -1
	line := bytes.TrimRight(w.buf[p:end], "\r ")
	if !hasPrefixFoldBytes(line, "<tr") {
		if st.active && st.sep == htmlSep {
			st.active = false
		}
		return true
	}
	var from, to [maxCSVCols]int
	n, header := splitHTMLRow(line, from[:], to[:])
	switch {
	case n >= 2 && header:
		for k := range n {
			r.nameColumn(st, k, line[from[k]:to[k]])
		}
		st.active, st.sep, st.ncols = true, htmlSep, n
		st.splitPIN = r.cfg.enabled&kPINCode.mask() != 0
	case st.active && st.sep == htmlSep && n == st.ncols && !header:
		st.setRowCells(w, p, line, from[:n], to[:n], "whole cell: HTML table's header names")
	default:
		st.active = false
	}
	return true
}

// splitHTMLRow finds the cells of a table row written on one line: the
// text between each <td …> or <th …> and the '<' after it. header reports
// <th> cells. It returns 0 for a cell with markup inside, or too many.
func splitHTMLRow(line []byte, from, to []int) (n int, header bool) {
	for i := 0; i < len(line); {
		k := bytes.IndexByte(line[i:], '<')
		if k < 0 {
			break
		}
		i += k
		if i+3 >= len(line) || line[i+1]|0x20 != 't' || line[i+2]|0x20 != 'd' && line[i+2]|0x20 != 'h' || line[i+3] != '>' && line[i+3] != ' ' {
			i++
			continue
		}
		header = line[i+2]|0x20 == 'h'
		gt := bytes.IndexByte(line[i:], '>')
		if gt < 0 {
			return 0, false
		}
		s := i + gt + 1
		e := bytes.IndexByte(line[s:], '<')
		if e < 0 || n == len(from) || !hasPrefixFoldBytes(line[s+e:], "</t") {
			return 0, false
		}
		from[n], to[n] = s, s+e
		n++
		i = s + e
	}
	return n, header
}

// hasPrefixFoldBytes reports whether b starts with prefix, a lower-case
// ASCII string, in any case.
func hasPrefixFoldBytes(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && mayBePrefixFold(b, prefix, true)
}
