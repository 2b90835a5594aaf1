package redact

import "bytes"

// SQL in logs and dumps names its columns once, before the values:
// "INSERT INTO customers (name, pan, dob) VALUES ('Asha Rao', …)". The
// scanner reads such a statement's column list as a CSV header and its
// first row of values as that header's row, so that each value is judged
// with its column's name as context ("dob" makes a date a date of birth,
// "order_id" keeps a mobile-shaped number readable) and a column that
// names personal data outright ("full_name") has its cells redacted
// whole. Statements without a column list, and the rows after the first,
// are read as any other text.

// sqlInsert reads the statement at p if it is "INSERT INTO t (…) VALUES
// (…)" (in any case at a line's start, in capitals inside a log line),
// on one line of at most maxCSVLine bytes, with as many values as
// columns, and makes its row of values the row w.csv describes. It reports false, setting w.short, when a stream must show
// more of the line first.
func (r *Redactor) sqlInsert(w *window, p int) bool {
	end, ok := w.recordLine(p, false)
	if !ok {
		return !w.short
	}
	stmt := w.buf[p:end]
	st := &w.csv
	st.tuples = false
	cols, vals, vFrom, ok := splitInsert(stmt)
	if !ok {
		if cols, ok := splitInsertHead(stmt); ok {
			// "INSERT INTO `customers` (`id`,`full_name`,…) VALUES" and
			// the rows on the lines below, as mysqldump writes them.
			var cFrom [maxCSVCols]int
			if n := splitFields(cols, ',', '\'', cFrom[:]); n > 0 {
				r.nameSQLColumns(st, cols, cFrom[:n])
				st.ncols = n
				st.row, st.tuples = -1, true
				st.paramsUntil = w.base + int64(end) + maxParamsReach
			}
		}
		return true
	}
	var cFrom, from [maxCSVCols]int
	n := splitFields(cols, ',', '\'', cFrom[:])
	if n == 0 || splitFields(vals, ',', '\'', from[:]) != n {
		return true
	}
	r.nameSQLColumns(st, cols, cFrom[:n])
	st.ncols = n
	if st.placeholders(vals, from[:n]) {
		// The values come later: on this line after "-- PARAMETERS:"
		// (TypeORM), or bound on the lines below (see sqlParams).
		st.row = -1
		st.paramsUntil = w.base + int64(end) + maxParamsReach
		if k := bytes.Index(stmt, []byte("PARAMETERS: [")); k > 0 && stmt[len(bytes.TrimRight(stmt, "\r "))-1] == ']' {
			list := bytes.TrimRight(stmt[k+len("PARAMETERS: ["):], "\r ")
			if st.bindParams(w, p+k+len("PARAMETERS: ["), list[:len(list)-1]) {
				st.paramsUntil = 0
			}
		}
		return true
	}
	st.setRow(w, p+vFrom, vals, from[:n], "whole value: SQL column names")
	return true
}

// maxParamsReach bounds how far below its statement, in bytes, a line may
// bind its parameters.
const maxParamsReach = 2048

// placeholders reports whether every value of a statement is a bind
// parameter ("?", "%s", "%(name)s", ":name", "$1", ":1") or a default
// ("DEFAULT", "NULL"), at least one a parameter, and records in st which
// column each parameter fills: in order, or by its number.
func (st *csvState) placeholders(vals []byte, from []int) bool {
	n := 0
	for k := range from {
		e := len(vals)
		if k+1 < len(from) {
			e = from[k+1] - 1
		}
		v := bytes.TrimSpace(vals[from[k]:e])
		num := -1
		switch {
		case len(v) == 1 && v[0] == '?':
		case len(v) >= 2 && v[0] == '%' && (v[len(v)-1] == 's' || v[len(v)-1] == 'd'):
		case len(v) >= 2 && (v[0] == ':' || v[0] == '$') && isDigitByte(int(v[1])):
			num = 0
			for _, c := range v[1:] {
				if !isDigitByte(int(c)) || num > maxCSVCols {
					return false
				}
				num = num*10 + int(c-'0')
			}
			if num < 1 || num > maxCSVCols {
				return false
			}
			num-- // "$2": the second parameter
		case len(v) >= 2 && v[0] == ':' && isASCIILetter(v[1]):
		case bytes.EqualFold(v, []byte("default")) || bytes.EqualFold(v, []byte("null")):
			continue
		default:
			return false
		}
		if num < 0 {
			num = n
		}
		st.paramCol[num] = int8(k)
		n = max(n, num+1)
	}
	st.nparams = n
	return n > 0
}

// bindParams binds the list of values at p in w.buf (a tuple's or a
// list's inside, "'Asha Rao', '1993-01-11'" or "\"Asha Rao\",…") to the
// statement's parameters, when they are as many, as the row st
// describes: each value takes its column's name as context.
func (st *csvState) bindParams(w *window, p int, list []byte) bool {
	quote := byte('\'')
	if t := bytes.TrimLeft(list, " "); len(t) > 0 && t[0] == '"' {
		quote = '"'
	}
	var at [maxCSVCols]int
	if splitFields(list, ',', quote, at[:]) != st.nparams {
		return false
	}
	// A cell for every column: a parameter's value, or nothing where the
	// statement wrote a default (placed at the end of the value before,
	// so that a value's column is the last one starting at or before it).
	var from, to [maxCSVCols]int
	var filled [maxCSVCols]bool
	for j := range st.nparams {
		e := len(list)
		if j+1 < st.nparams {
			e = at[j+1] - 1
		}
		k := st.paramCol[j]
		from[k], to[k], filled[k] = at[j], e, true
	}
	return st.setBoundRow(w, p, list, &from, &to, &filled)
}

// setBoundRow makes the bound values of list, at p in w.buf, the row st
// describes: the cell of column k is list[from[k]:to[k]], and a column no
// parameter filled (a default) an empty cell at the end of the value
// before. It reports false when the parameters are bound out of their
// columns' order.
func (st *csvState) setBoundRow(w *window, p int, list []byte, from, to *[maxCSVCols]int, filled *[maxCSVCols]bool) bool {
	prev := 0
	for k := range st.ncols {
		if !filled[k] {
			from[k], to[k] = prev, prev
		}
		if k > 0 && from[k] < from[k-1] {
			return false // parameters bound out of their columns' order
		}
		prev = to[k]
	}
	st.setRowCells(w, p, list, from[:st.ncols], to[:st.ncols], "whole value: SQL column names")
	return true
}

// bindNumbered binds the list at p in w.buf of numbered parameters and
// their values, "$1 = 'Tanvi Mehta', $2 = '119579966099', $3 = NULL", as
// PostgreSQL logs them, to the statement's columns (see bindParams).
func (st *csvState) bindNumbered(w *window, p int, list []byte) bool {
	var from, to [maxCSVCols]int
	var filled [maxCSVCols]bool
	q := 0
	for q < len(list) && list[q] == '$' {
		q++
		n := 0
		for q < len(list) && isDigitByte(int(list[q])) && n <= maxCSVCols {
			n = n*10 + int(list[q]-'0')
			q++
		}
		if n < 1 || n > st.nparams || !bytes.HasPrefix(list[q:], []byte(" = ")) {
			return false
		}
		q += 3
		s := q
		if q < len(list) && list[q] == '\'' {
			for q++; q < len(list); q++ {
				if list[q] == '\'' {
					if q+1 < len(list) && list[q+1] == '\'' {
						q++ // a quote doubled inside the value
						continue
					}
					break
				}
			}
			if q == len(list) {
				return false // the value goes on past the line
			}
			q++
		} else {
			for q < len(list) && list[q] != ',' {
				q++ // NULL, a number
			}
		}
		c := st.paramCol[n-1]
		from[c], to[c], filled[c] = s, q, true
		if !bytes.HasPrefix(list[q:], []byte(", ")) {
			break
		}
		q += 2
	}
	return st.setBoundRow(w, p, list, &from, &to, &filled)
}

// sqlParams reads the line at p, below a statement with placeholders, for
// the values bound to them: SQLAlchemy's tuple at the line's end,
// "[generated in 0.00015s] ('Asha Rao', '9876543210', '1993-01-11')", or
// one parameter a line as Hibernate logs them, "binding parameter [3] as
// [DATE] - [1993-01-11]" (or "(3:DATE) <- [1993-01-11]"). The values
// then have their columns' names as context, as a row under its header
// does. done reports a line of parameters; ok false, with w.short, that
// a stream must show more of the line first.
func (r *Redactor) sqlParams(w *window, p int) (done, ok bool) {
	end, ok := w.recordLine(p, false)
	if !ok {
		return false, !w.short
	}
	st := &w.csv
	line := bytes.TrimRight(w.buf[p:end], "\r ")
	if k := bytes.Index(line, []byte("binding parameter ")); k >= 0 {
		q := k + len("binding parameter ")
		n := 0
		if q < len(line) && (line[q] == '[' || line[q] == '(') {
			q++
		}
		for q < len(line) && isDigitByte(int(line[q])) && n < 100 {
			n = n*10 + int(line[q]-'0')
			q++
		}
		open := bytes.LastIndex(line, []byte("["))
		if n < 1 || n > st.nparams || open <= q || line[len(line)-1] != ']' {
			return false, true
		}
		st.setCell(w, p+open+1, line[open+1:len(line)-1], int(st.paramCol[n-1]), "whole value: SQL column names")
		return true, true
	}
	if k := bytes.Index(line, []byte("parameters: $")); k >= 0 {
		// PostgreSQL's "DETAIL:  parameters: $1 = 'Tanvi Mehta', $2 =
		// '119579966099'", under its "execute <unnamed>: INSERT …".
		q := k + len("parameters: ")
		if st.bindNumbered(w, p+q, line[q:]) {
			st.paramsUntil = 0
			return true, true
		}
		return false, true
	}
	// A tuple or a list at the line's end, a word after it at most
	// ("knex:bindings [ 'a', 'b' ] undefined"): from the '(' or '[' whose
	// values, to its end, are as many as the statement's parameters.
	if k := bytes.LastIndexByte(line, ' '); k > 0 && (line[k-1] == ']' || line[k-1] == ')') && isLowerByte(int(line[len(line)-1])) {
		line = line[:k]
	}
	if len(line) == 0 || line[len(line)-1] != ')' && line[len(line)-1] != ']' {
		return false, true
	}
	opener := byte('(')
	if line[len(line)-1] == ']' {
		opener = '['
	}
	for open := bytes.LastIndexByte(line, opener); open >= 0; open = bytes.LastIndexByte(line[:open], opener) {
		if st.bindParams(w, p+open+1, line[open+1:len(line)-1]) {
			st.paramsUntil = 0
			return true, true
		}
	}
	return false, true
}

// mayBeInsert reports whether buf at p starts with "INSERT INTO ", in any
// case, or with as much of it as buf holds while more may come.
func mayBeInsert(buf []byte, p int, atEOF bool) bool {
	return p < len(buf) && mayBePrefixFold(buf[p:], "insert into ", atEOF)
}

// sqlTupleRow reads the line at p, below an INSERT whose values start on
// the next line, as one row of them: "(23791,'Vignesh Selvaraj',
// '1969-10-16',…)," with as many values as the statement's columns. A
// line that is no such tuple, or one that ends the statement with ';',
// ends the rows. ok is false, with w.short, when a stream must show more
// of the line first.
func (r *Redactor) sqlTupleRow(w *window, p int) bool {
	end, ok := w.recordLine(p, false)
	if !ok {
		return !w.short
	}
	st := &w.csv
	line := bytes.TrimRight(w.buf[p:end], "\r ")
	q := skipSpaces(line, 0)
	if q >= len(line) || line[q] != '(' {
		st.tuples, st.paramsUntil, st.row = false, 0, -1
		return true
	}
	last := line[len(line)-1]
	if last == ';' {
		st.tuples, st.paramsUntil = false, 0
	}
	quoted := false
	for k := q + 1; k < len(line); k++ {
		switch line[k] {
		case '\'':
			quoted = !quoted
		case ')':
			if quoted {
				continue
			}
			vals := line[q+1 : k]
			var from [maxCSVCols]int
			if splitFields(vals, ',', '\'', from[:]) != st.ncols {
				st.row = -1
				return true
			}
			st.setRow(w, p+q+1, vals, from[:st.ncols], "whole value: SQL column names")
			return true
		}
	}
	st.row = -1
	return true
}

// splitInsertHead returns the column list of an INSERT statement whose
// line ends at its VALUES keyword, the rows below it.
func splitInsertHead(stmt []byte) (cols []byte, ok bool) {
	const insert = "insert into "
	stmt = bytes.TrimRight(stmt, "\r ")
	const values = "values"
	if len(stmt) < len(insert)+len(values) || !bytes.EqualFold(stmt[:len(insert)], []byte(insert)) ||
		!bytes.EqualFold(stmt[len(stmt)-len(values):], []byte(values)) {
		return nil, false
	}
	i := bytes.IndexByte(stmt, '(')
	if i < 0 {
		return nil, false
	}
	c := bytes.IndexByte(stmt[i:], ')')
	if c < 0 {
		return nil, false
	}
	if rest := bytes.TrimSpace(stmt[i+c+1:]); !bytes.EqualFold(rest, []byte(values)) {
		return nil, false
	}
	return stmt[i+1 : i+c], true
}

// splitInsert returns the column list and the first row of values of an
// INSERT statement, without their parentheses, and where the values
// start in stmt.
func splitInsert(stmt []byte) (cols, vals []byte, vFrom int, ok bool) {
	const insert = "insert into "
	if len(stmt) < len(insert) || !bytes.EqualFold(stmt[:len(insert)], []byte(insert)) {
		return nil, nil, 0, false
	}
	i := len(insert)
	// The table's name: `db`.`t`, "t", [dbo].[t].
	for i < len(stmt) && stmt[i] != '(' && stmt[i] != ' ' {
		i++
	}
	i = skipSpaces(stmt, i)
	if i >= len(stmt) || stmt[i] != '(' {
		return nil, nil, 0, false
	}
	c := bytes.IndexByte(stmt[i:], ')')
	if c < 0 {
		return nil, nil, 0, false
	}
	cols = stmt[i+1 : i+c]
	i = skipSpaces(stmt, i+c+1)
	const values = "values"
	if len(stmt)-i < len(values) || !bytes.EqualFold(stmt[i:i+len(values)], []byte(values)) {
		return nil, nil, 0, false
	}
	i = skipSpaces(stmt, i+len(values))
	if i >= len(stmt) || stmt[i] != '(' {
		return nil, nil, 0, false
	}
	vFrom = i + 1
	quoted := false
	for k := vFrom; k < len(stmt); k++ {
		switch stmt[k] {
		case '\'':
			quoted = !quoted // '' inside a string toggles twice
		case ')':
			if !quoted {
				return cols, stmt[vFrom:k], vFrom, true
			}
		}
	}
	return nil, nil, 0, false
}

// trimIdent trims spaces and the quotes of an SQL identifier: "name",
// `name`, [name].
func trimIdent(f []byte) []byte {
	for len(f) > 0 && (f[0] == ' ' || f[0] == '"' || f[0] == '`' || f[0] == '[') {
		f = f[1:]
	}
	for len(f) > 0 && (f[len(f)-1] == ' ' || f[len(f)-1] == '"' || f[len(f)-1] == '`' || f[len(f)-1] == ']') {
		f = f[:len(f)-1]
	}
	return f
}

// skipSpaces returns the index of the first byte at or after i that is
// no space or tab.
func skipSpaces(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// pg_dump writes a table's rows as a COPY block: the statement names the
// columns, then one tab-separated row a line until "\.":
//
//	COPY public.members (id, full_name, mobile_no, dob) FROM stdin;
//	9586	Lipsa Sahoo	6829841312	1966-06-01
//
// The statement is read as a header whose separator is the tab.

// mayBeCopy reports whether buf at p starts with "COPY ", or with as much
// of it as buf holds while more may come.
func mayBeCopy(buf []byte, p int, atEOF bool) bool {
	const copyStmt = "COPY "
	n := min(len(buf)-p, len(copyStmt))
	if n < len(copyStmt) && atEOF || n <= 0 {
		return false
	}
	return string(buf[p:p+n]) == copyStmt[:n]
}

// sqlCopy reads the COPY statement at p, a line's start, and makes its
// column list the header of a tab-separated block. It reports false,
// setting w.short, when a stream must show more of the line first.
func (r *Redactor) sqlCopy(w *window, p int) bool {
	end, ok := w.recordLine(p, false)
	if !ok {
		return !w.short
	}
	stmt := bytes.TrimRight(w.buf[p:end], "\r")
	open := bytes.IndexByte(stmt, '(')
	closing := bytes.LastIndexByte(stmt, ')')
	if open < 0 || closing < open || !bytes.HasSuffix(bytes.ToLower(stmt[closing:]), []byte(") from stdin;")) {
		return true
	}
	cols := stmt[open+1 : closing]
	var from [maxCSVCols]int
	n := splitFields(cols, ',', '"', from[:])
	if n < 2 {
		return true
	}
	st := &w.csv
	r.nameSQLColumns(st, cols, from[:n])
	st.active, st.sep, st.ncols = true, '\t', n
	st.splitPIN = r.cfg.enabled&kPINCode.mask() != 0
	return true
}

// nameSQLColumns names the columns of st from a statement's column list,
// cols split at from: "id, full_name, `dob`".
func (r *Redactor) nameSQLColumns(st *csvState, cols []byte, from []int) {
	for k := range from {
		e := len(cols)
		if k+1 < len(from) {
			e = from[k+1] - 1
		}
		r.nameColumn(st, k, trimIdent(cols[from[k]:e]))
	}
}

// mayBePrefixFold reports whether b starts with prefix, a lower-case
// ASCII string, in any case, or with as much of it as b holds while more
// may come.
func mayBePrefixFold(b []byte, prefix string, atEOF bool) bool {
	n := min(len(b), len(prefix))
	if n < len(prefix) && atEOF || n == 0 {
		return false
	}
	for k := range n {
		if c, want := b[k], prefix[k]; c != want && (c|0x20 != want || want < 'a' || want > 'z') {
			return false // folded, only a letter matches its capital
		}
	}
	return true
}

// hibernateInsert opens the line Hibernate logs a statement on.
const hibernateInsert = "hibernate: insert into "

// mayInsertAfterColon is the main loop's quick test for insertAfterColon.
func mayInsertAfterColon(buf []byte, i int, atEOF bool) bool {
	return i+2 < len(buf) && (buf[i+1] == ' ' && buf[i+2]|0x20 == 'i' || buf[i+1]|0x20 == 'q') || i+2 >= len(buf) && !atEOF
}

// sqlAfterColon reads the statement after the ':' at i, if one starts
// there (see insertAfterColon). It reports false, setting w.short, when a
// stream must show more first.
func (r *Redactor) sqlAfterColon(w *window, i int) bool {
	k := insertAfterColon(w.buf, i, w.atEOF)
	if k < 0 || k > 0 && !r.sqlInsert(w, k) {
		w.short = true
		return false
	}
	return true
}

// insertAfterColon returns where a statement in lower case starts after
// the ':' at i, as ORMs log one inside a line: "Executing query :
// insert into …" (jOOQ), "knex:query insert into …", "o.h.SQL : insert
// into …". It returns 0 for none, and -1 when buf ends too soon to tell.
func insertAfterColon(buf []byte, i int, atEOF bool) int {
	more := func(k int) int { // buf ends at k
		if atEOF {
			return 0
		}
		return -1
	}
	k := i + 1
	if k >= len(buf) {
		return more(k)
	}
	if buf[k]|0x20 == 'q' {
		if k+6 > len(buf) {
			if mayBePrefixFold(buf[k:], "query ", atEOF) {
				return more(k)
			}
			return 0
		}
		if !bytes.EqualFold(buf[k:k+6], []byte("query ")) {
			return 0
		}
		k += 6
	} else if buf[k] == ' ' {
		k++
	}
	if k >= len(buf) {
		return more(k)
	}
	if !mayBeInsert(buf, k, atEOF) {
		return 0
	}
	if k+len("insert into ") > len(buf) {
		return -1
	}
	return k
}
