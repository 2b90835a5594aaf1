package screenshot

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kavachpii/kavach/internal/chars"
	"github.com/kavachpii/kavach/redact"
	"github.com/kavachpii/kavach/validators"
)

// Unreadable is the kind of a [Finding] painted because OCR could not
// read a token reliably that looks like personal data (see
// [Options.MinConf]).
const Unreadable redact.Kind = "UNREADABLE"

// Defaults for [Options].
const (
	// DefaultPadding is how many pixels a painted box extends beyond the
	// words it covers, so that anti-aliased edges and OCR boxes a pixel
	// short leave nothing legible.
	DefaultPadding = 3
	// DefaultMinConf is the OCR confidence below which a word shaped like
	// personal data is painted even though the redactor found nothing in
	// it. On the test set, 50 to 70 covered the same items; at 70 a
	// card's enrolment number, read at 67, was painted too, and 60 is the
	// middle.
	DefaultMinConf = 60
)

// Options configure [Redact]. A nil *Options means the defaults.
type Options struct {
	// OCR reads the image; nil means a zero [Tesseract].
	OCR OCR
	// Padding in pixels around painted words; 0 means DefaultPadding, a
	// negative value none. Padding never reaches into a neighbouring word
	// on the same line.
	Padding int
	// Fill is the colour of the boxes; nil means opaque black. Boxes are
	// always painted opaque: a blur or pixelation can be reversed.
	Fill color.Color
	// MinConf in [0, 100]: a word the OCR engine read with less
	// confidence is painted, with its neighbours in a digit group, if it
	// looks like a candidate (a run of four digits, +91, '@', or a token
	// of capitals and digits such as a PAN); 0 means DefaultMinConf, a
	// negative value turns this off.
	MinConf float64
}

// Finding is one piece of personal data painted over.
type Finding struct {
	// Kind is the redactor's kind, or Unreadable.
	Kind redact.Kind
	// Boxes are the rectangles painted, one per line the value spans (or
	// per recognition pass that found it), padding included.
	Boxes []image.Rectangle
	// Score is the redactor's score; 0 for Unreadable.
	Score float64
	// Reason is the redactor's decision trace, or why an Unreadable
	// token was painted. It never holds the value.
	Reason string
}

// Result is what [Redact] returns.
type Result struct {
	// Image is a new image of the input's size and bounds, with every
	// finding painted over. It holds pixels only: no metadata of the
	// input survives.
	Image *image.RGBA
	// Findings, ordered by the top, then the left, of their first box.
	Findings []Finding
	// Text is the recognised text the redactor saw, one line per line of
	// text, passes separated by a form feed. It holds the personal data
	// in clear: it is for debugging, and kavach never logs it.
	Text string
}

// Redact reads the text in img with OCR, finds personal data in it with
// r, and returns a copy of img with every finding painted over in opaque
// boxes. It fails closed: if the OCR fails (a missing engine, an error, a
// timeout or a cancelled ctx) it returns the error and no image.
//
// Words are grouped into lines in reading order, and each line's text is
// built with a map from every byte back to its word, so that a value read
// as several words ("2345 6789 0124", "+91 98765 43210") is found whole,
// with the context words before it on the line. Each line is also read
// together with the line below it when they start at about the same x, so
// that a value wrapped onto the next line of a chat bubble, or a value
// under its label, is found; each column of a layout in columns is read
// with the column under it; and each cell of a table's rows is read
// after its column's header ("DOB: 14-06-1992"), as a CSV file's header
// names its column. In words that are mostly digits, letters OCR
// confuses with digits (O, I, l, S, B, Z) are also read as those digits;
// a word that is a PAN, an IFSC, a GSTIN, an EPIC or a registration but
// for one or two such confusions, and passes its check once they are
// undone, is read as that identifier; and a word's first "l" before a
// consonant is also read as the capital I ("lyer", Iyer). Every word of a
// finding is painted, per line, prefixes such as +91 included.
func Redact(ctx context.Context, img image.Image, r *redact.Redactor, opts *Options) (*Result, error) {
	if r == nil {
		return nil, errors.New("screenshot: nil Redactor")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.OCR == nil {
		o.OCR = &Tesseract{}
	}
	if o.Padding == 0 {
		o.Padding = DefaultPadding
	} else if o.Padding < 0 {
		o.Padding = 0
	}
	if o.Fill == nil {
		o.Fill = color.Black
	}
	if o.MinConf == 0 {
		o.MinConf = DefaultMinConf
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	words, err := o.OCR.Words(ctx, img)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	bounds := img.Bounds()
	p := &pipeline{words: words, bounds: bounds, opts: &o}
	p.buildLines()
	p.clipTall()
	p.buildText()
	p.find(r)
	p.lowConfidence()
	slices.SortStableFunc(p.findings, func(a, b Finding) int {
		if a.Boxes[0].Min.Y != b.Boxes[0].Min.Y {
			return a.Boxes[0].Min.Y - b.Boxes[0].Min.Y
		}
		return a.Boxes[0].Min.X - b.Boxes[0].Min.X
	})

	res := &Result{Image: toRGBA(img), Text: p.debugText()}
	for _, f := range p.findings {
		for _, b := range f.Boxes {
			fill(res.Image, b, o.Fill)
		}
	}
	res.Findings = p.findings
	return res, nil
}

// pipeline holds one image's words on their way to findings.
type pipeline struct {
	words  []Word
	bounds image.Rectangle
	opts   *Options

	lines  []*line
	text   []byte  // every line, then every pair of lines, '\n' after each
	owner  []int32 // owner[i] is the index in words of text[i]'s word, or -1
	parts  []int   // byte offset where each text line starts
	lineOf map[int32]*line
	// wholeWords boxes a finding's words whole (see combText, whose text
	// holds fewer of a word's bytes than the word).
	wholeWords bool

	findings []Finding
}

// line is a line of words in one pass, left to right.
type line struct {
	pass  int
	words []int // indices into pipeline.words
	box   image.Rectangle
}

// buildLines groups each pass's words into lines: a word joins the line
// it overlaps most vertically, by at least half the lower height.
func (p *pipeline) buildLines() {
	idx := make([]int, len(p.words))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		wa, wb := &p.words[a], &p.words[b]
		if wa.Pass != wb.Pass {
			return wa.Pass - wb.Pass
		}
		if wa.Box.Min.X != wb.Box.Min.X {
			return wa.Box.Min.X - wb.Box.Min.X
		}
		return wa.Box.Min.Y - wb.Box.Min.Y
	})
	for _, i := range idx {
		w := &p.words[i]
		if w.Box.Empty() {
			continue
		}
		var best *line
		bestOv := 0
		for _, l := range p.lines {
			if l.pass != w.Pass {
				continue
			}
			// Compare with the line's last word, so that a slanted line
			// (a photographed card) still holds together.
			last := p.words[l.words[len(l.words)-1]].Box
			ov := min(last.Max.Y, w.Box.Max.Y) - max(last.Min.Y, w.Box.Min.Y)
			if 2*ov < min(last.Dy(), w.Box.Dy()) || ov <= bestOv {
				continue
			}
			if w.Box.Min.X < last.Min.X+last.Dx()/2 {
				continue // overlaps the last word: another line's word
			}
			best, bestOv = l, ov
		}
		if best == nil {
			best = &line{pass: w.Pass, box: w.Box}
			p.lines = append(p.lines, best)
		}
		best.words = append(best.words, i)
		best.box = best.box.Union(w.Box)
	}
	slices.SortStableFunc(p.lines, func(a, b *line) int {
		if a.pass != b.pass {
			return a.pass - b.pass
		}
		// Reading order: top to bottom by the middle of the line, then
		// left to right.
		ca, cb := a.box.Min.Y+a.box.Max.Y, b.box.Min.Y+b.box.Max.Y
		if abs(ca-cb) > min(a.box.Dy(), b.box.Dy()) {
			return ca - cb
		}
		return a.box.Min.X - b.box.Min.X
	})
}

// clipTall clips the box of a word much taller than the other words of
// its line to their band: OCR of small, blurred text now and then boxes a
// word across two lines, and painting that box would hide the words above
// or below.
func (p *pipeline) clipTall() {
	for _, l := range p.lines {
		if len(l.words) < 3 {
			continue
		}
		tops := make([]int, 0, len(l.words))
		bottoms := make([]int, 0, len(l.words))
		for _, i := range l.words {
			tops = append(tops, p.words[i].Box.Min.Y)
			bottoms = append(bottoms, p.words[i].Box.Max.Y)
		}
		slices.Sort(tops)
		slices.Sort(bottoms)
		top, bottom := tops[len(tops)/2], bottoms[len(bottoms)/2]
		h := bottom - top
		if h <= 0 {
			continue
		}
		for _, i := range l.words {
			b := &p.words[i].Box
			if b.Dy() > 2*h {
				b.Min.Y = max(b.Min.Y, top-h/4)
				b.Max.Y = min(b.Max.Y, bottom+h/4)
			}
		}
		l.box = image.Rectangle{}
		for _, i := range l.words {
			l.box = l.box.Union(p.words[i].Box)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// appendLine appends l's words to the text, separated by one space, or by
// two where the gap is wider than the line is high (another column).
func (p *pipeline) appendLine(l *line) {
	h := l.box.Dy()
	for k, i := range l.words {
		if k > 0 {
			sep := " "
			prev, cur := p.words[l.words[k-1]].Text, p.words[i].Text
			gap := p.words[i].Box.Min.X - p.words[l.words[k-1]].Box.Max.X
			switch {
			case gap > 2*h:
				sep = "  "
			case 2*gap < h && joinsAddress(prev, cur):
				// OCR split an address at a dot or the '@': "divya."
				// "sharma@corp.example.com".
				sep = ""
			}
			p.text = append(p.text, sep...)
			for range sep {
				p.owner = append(p.owner, -1)
			}
		}
		p.text = append(p.text, p.words[i].Text...)
		for range len(p.words[i].Text) {
			p.owner = append(p.owner, int32(i))
		}
	}
}

// joinsAddress reports whether two words may be one e-mail or UPI
// address split by OCR.
func joinsAddress(prev, cur string) bool {
	if !strings.Contains(prev, "@") && !strings.Contains(cur, "@") {
		return false
	}
	return strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "@") || strings.HasSuffix(prev, "_") ||
		strings.HasPrefix(cur, ".") || strings.HasPrefix(cur, "@")
}

// buildText writes every line, then every line followed by the line under
// it where that may continue it.
func (p *pipeline) buildText() {
	newline := func() {
		p.text = append(p.text, '\n')
		p.owner = append(p.owner, -1)
	}
	for _, l := range p.lines {
		p.parts = append(p.parts, len(p.text))
		p.appendLine(l)
		newline()
	}
	for i, a := range p.lines {
		b := p.below(i)
		if b == nil {
			continue
		}
		p.parts = append(p.parts, len(p.text))
		p.appendLine(a)
		p.text = append(p.text, ' ')
		p.owner = append(p.owner, -1)
		p.appendLine(b)
		newline()
	}
	p.appendColumns()
	p.appendTables()
}

// appendColumns writes each column of a line laid out in columns together
// with the column under it, where the line below has one starting at
// about the same x: a waybill's consignee's address, its first line
// beside the shipper's, goes on under itself, not under the shipper's.
func (p *pipeline) appendColumns() {
	for i, a := range p.lines {
		cols := p.columns(a)
		if len(cols) < 2 {
			continue
		}
		b := p.below(i)
		if b == nil {
			continue
		}
		under := p.columns(b)
		h := a.box.Dy()
		for _, c := range cols {
			if !p.hasLetter(c.words) {
				continue // a number in a table's column ("8302" over "998713"): the row below is another value
			}
			for _, u := range under {
				if abs(u.box.Min.X-c.box.Min.X) > 2*h {
					continue
				}
				p.parts = append(p.parts, len(p.text))
				p.appendWords(c.words)
				p.appendSep(" ")
				p.appendWords(u.words)
				p.appendSep("\n")
				break
			}
		}
	}
}

// hasLetter reports a letter in any of the words.
func (p *pipeline) hasLetter(ws []int) bool {
	for _, i := range ws {
		if strings.IndexFunc(p.words[i].Text, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// appendWords appends words, one space apart.
func (p *pipeline) appendWords(ws []int) {
	for n, i := range ws {
		if n > 0 {
			p.appendSep(" ")
		}
		p.text = append(p.text, p.words[i].Text...)
		for range len(p.words[i].Text) {
			p.owner = append(p.owner, int32(i))
		}
	}
}

// maxTableRows bounds the rows under one header that appendTables reads.
const maxTableRows = 64

// cell is a run of a line's words with no wide gap between them: a
// table's cell, or a column of a form.
type cell struct {
	words []int
	box   image.Rectangle
}

// cells splits l where the gap between two words is wider than four
// fifths of the line's height, wider than a space between words.
func (p *pipeline) cells(l *line) []cell { return p.split(l, 4, 5) }

// columns splits l where the gap between two words is wider than twice
// the line's height: the columns of a layout ("FROM (Shipper)   TO
// (Consignee)"), as appendLine parts them.
func (p *pipeline) columns(l *line) []cell { return p.split(l, 2, 1) }

// split splits l where the gap between two words is wider than num/den
// of the line's height.
func (p *pipeline) split(l *line, num, den int) []cell {
	h := l.box.Dy()
	var out []cell
	for k, i := range l.words {
		b := p.words[i].Box
		if k == 0 || den*(b.Min.X-p.words[l.words[k-1]].Box.Max.X) > num*h {
			out = append(out, cell{})
		}
		c := &out[len(out)-1]
		c.words = append(c.words, i)
		c.box = c.box.Union(b)
	}
	return out
}

// isHeader reports a table's header row: three cells or more of words
// with letters and no digits, and at most one with digits (a
// spreadsheet's row number), and no label's colon.
func (p *pipeline) isHeader(cs []cell) bool {
	if p.hasColon(cs) {
		return false
	}
	named, numbered := 0, 0
	for _, c := range cs {
		letters, digits := false, false
		for _, i := range c.words {
			for _, r := range p.words[i].Text {
				letters = letters || unicode.IsLetter(r)
				digits = digits || unicode.IsDigit(r)
			}
		}
		switch {
		case digits:
			numbered++
		case letters:
			named++
		}
	}
	return named >= 3 && numbered <= 1
}

// hasColon reports a word ending in a label's colon among cs: a form's
// grid of labels and values ("UHID : SMH/24/018842  Admission …"), not a
// table's row.
func (p *pipeline) hasColon(cs []cell) bool {
	for _, c := range cs {
		for _, i := range c.words {
			if strings.HasSuffix(p.words[i].Text, ":") {
				return true
			}
		}
	}
	return false
}

// appendTables writes, for each row under a table's header, every cell
// after its column's header and a colon ("DOB: 14-06-1992", "Bank A/c
// No: 2615725001048931"), so that a value gets the context its column
// gives it, as a header names a CSV file's column. A cell belongs to the
// header cell whose column holds its middle; columns are parted halfway
// between header cells. The header's bytes belong to no word, so only
// the cell is ever painted.
func (p *pipeline) appendTables() {
	for k, hl := range p.lines {
		hc := p.cells(hl)
		if len(hc) < 3 || !p.isHeader(hc) {
			continue
		}
		prev := hl
		left, right := hc[0].box.Min.X-hl.box.Dy(), hc[len(hc)-1].box.Max.X+hl.box.Dy()
		rows := 0
		for _, dl := range p.lines[k+1:] {
			if dl.pass != hl.pass || rows >= maxTableRows || dl.box.Min.Y-prev.box.Max.Y > 2*prev.box.Dy()+4 {
				break
			}
			dc := p.cells(dl)
			// Only the cells within the table's width are its row's: a
			// side bar's item or a drawer's field beside the table shares
			// the row's line, or stands on a line of its own between rows.
			dc = slices.DeleteFunc(dc, func(c cell) bool { return c.box.Max.X < left || c.box.Min.X > right })
			if len(dc) == 0 {
				continue
			}
			if len(dc) < 2 || p.isHeader(dc) || p.hasColon(dc) {
				break // the table ends, another begins, or it was a form's grid
			}
			rows++
			for _, c := range dc {
				mid := (c.box.Min.X + c.box.Max.X) / 2
				col := 0
				for col+1 < len(hc) && mid >= (hc[col].box.Max.X+hc[col+1].box.Min.X)/2 {
					col++
				}
				p.parts = append(p.parts, len(p.text))
				for n, i := range hc[col].words {
					if n > 0 {
						p.appendSep(" ")
					}
					p.appendSep(p.words[i].Text)
				}
				p.appendSep(": ")
				p.appendWords(c.words)
				p.appendSep("\n")
			}
			prev = dl
		}
	}
}

// appendSep appends text that belongs to no word.
func (p *pipeline) appendSep(s string) {
	p.text = append(p.text, s...)
	for range len(s) {
		p.owner = append(p.owner, -1)
	}
}

// below returns the line that may continue lines[i]: the nearest line of
// the same pass under it, starting at about the same x, with a gap of at
// most one and a half times its height (the line spacing of chat bubbles
// and forms), and of about the same height.
func (p *pipeline) below(i int) *line {
	a := p.lines[i]
	h := a.box.Dy()
	var best *line
	for _, b := range p.lines[i+1:] {
		if b.pass != a.pass || b == a {
			continue
		}
		gap := b.box.Min.Y - a.box.Max.Y
		if gap < -h/4 || 2*gap > 3*h+4 {
			continue
		}
		if abs(b.box.Min.X-a.box.Min.X) > 2*h || 2*b.box.Dy() < h || b.box.Dy() > 2*h {
			continue
		}
		if best == nil || b.box.Min.Y < best.box.Min.Y {
			best = b
		}
	}
	return best
}

// debugText is the text of each pass's lines.
func (p *pipeline) debugText() string {
	var b strings.Builder
	for k, l := range p.lines {
		if k > 0 && l.pass != p.lines[k-1].pass {
			b.WriteByte('\f')
		}
		for n, i := range l.words {
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p.words[i].Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// find runs the redactor over the text, as read and with OCR confusions
// undone, and turns its findings into boxes.
func (p *pipeline) find(r *redact.Redactor) {
	texts := [][]byte{p.text, undoConfusions(p.text, p.owner), repairShapes(capitalI(labelLetters(p.text, p.owner), p.owner), p.owner)}
	for k, text := range texts {
		if k > 0 && string(text) == string(p.text) {
			continue
		}
		for _, f := range r.Find(text) {
			p.add(f.Kind, p.boxes(int(f.Start), int(f.End)), f.Score, f.Reason)
		}
	}
	if text, owner, ok := combText(p.text, p.owner); ok {
		// A form's character boxes: the words as read without the boxes'
		// walls. Its bytes map to the words through their own owner, and
		// a finding boxes its words whole.
		saved := p.owner
		p.owner, p.wholeWords = owner, true
		for _, f := range r.Find(text) {
			p.add(f.Kind, p.boxes(int(f.Start), int(f.End)), f.Score, f.Reason)
		}
		p.owner, p.wholeWords = saved, false
	}
}

// combWall marks what OCR reads a character box's wall as, between the
// characters a form's comb field holds one to a box.
var combWall = [256]bool{'|': true, '/': true, '\\': true, '(': true, ')': true, '[': true, ']': true, '{': true, '}': true, '!': true}

// combText returns text without the walls inside the words that are a
// comb field as OCR reads one ("9/6|6/0 9/3|/1/9 6/7|6/8", "D/W\\Y|P|M|8/9|0/6\\P",
// "9)4/9/8/2|6)0}9}1)/5"): letters and digits, three or more, between
// walls, either one wall between every two of them or two walls other
// than '/' at least, so that a path's or a date's slashes stay. owner is
// the new text's, byte by byte. It reports false when no word is one.
func combText(text []byte, owner []int32) ([]byte, []int32, bool) {
	found := false
	eachWord(text, owner, func(i, j int) { found = found || isComb(text[i:j]) })
	if !found {
		return nil, nil, false
	}
	out, outOwner := make([]byte, 0, len(text)), make([]int32, 0, len(text))
	for i := 0; i < len(text); {
		if owner[i] < 0 {
			out, outOwner = append(out, text[i]), append(outOwner, owner[i])
			i++
			continue
		}
		j := i
		for j < len(text) && owner[j] == owner[i] {
			j++
		}
		comb := isComb(text[i:j])
		for k := i; k < j; k++ {
			if !comb || !combWall[text[k]] {
				out, outOwner = append(out, text[k]), append(outOwner, owner[k])
			}
		}
		i = j
	}
	return out, outOwner, true
}

// isComb reports a word that is a comb field as OCR reads one (see
// combText).
func isComb(w []byte) bool {
	chars, walls, boxWalls := 0, 0, 0
	for _, c := range w {
		switch {
		case combWall[c]:
			walls++
			if c != '/' {
				boxWalls++
			}
		case c < 0x80 && (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'):
			chars++
		default:
			return false
		}
	}
	return chars >= 3 && walls > 0 && (walls >= chars-1 || boxWalls >= 2)
}

// boxes returns the padded boxes, one per line, over every word that has a
// byte in text[start:end]. Of a long word the finding covers only part of
// ("\"msg\":\"kyc\",\"name\":\"Ananya", a record with no spaces), only
// that part is boxed (see partBox).
func (p *pipeline) boxes(start, end int) []image.Rectangle {
	type part struct{ from, to int } // bytes of the word's text covered
	parts := map[int32]*part{}
	var out []image.Rectangle
	// Words in the range, grouped by their line.
	byLine := map[*line][]int{}
	if p.lineOf == nil {
		p.lineOf = p.lineIndex()
	}
	lineOf := p.lineOf
	for i := start; i < end && i < len(p.owner); i++ {
		o := p.owner[i]
		if o < 0 {
			continue
		}
		if pt := parts[o]; pt != nil {
			pt.to++
			continue
		}
		occ := i // where this copy of the word starts in text
		for occ > 0 && p.owner[occ-1] == o {
			occ--
		}
		parts[o] = &part{i - occ, i - occ + 1}
		l := lineOf[o]
		byLine[l] = append(byLine[l], int(o))
	}
	for _, l := range p.lines {
		ws := byLine[l]
		if len(ws) == 0 {
			continue
		}
		var box image.Rectangle
		for _, i := range ws {
			pt := parts[int32(i)]
			if p.wholeWords {
				box = box.Union(p.words[i].Box)
				continue
			}
			box = box.Union(partBox(&p.words[i], pt.from, pt.to))
		}
		out = append(out, p.pad(l, ws, box))
	}
	return out
}

// partBox returns the part of w's box that holds the bytes [from, to) of
// its text: all of it for a word of fewer than 12 characters, one the
// part is most of, or a line of a passport's MRZ ("P<INDSHARMA<<…"),
// whose every field is personal; else the span of those characters estimated twice,
// as if every character were as wide as the others (monospace) and by
// the widths of a proportional font, the union of both and one
// character more on each side. OCR gives no box per character; the
// margin keeps the estimate from cutting into the value.
func partBox(w *Word, from, to int) image.Rectangle {
	n := utf8.RuneCountInString(w.Text)
	from, to = min(max(from, 0), len(w.Text)), min(max(to, 0), len(w.Text))
	a, b := utf8.RuneCountInString(w.Text[:from]), utf8.RuneCountInString(w.Text[:to])
	if n < 12 || 10*(b-a) >= 6*n || strings.Contains(w.Text, "<<") {
		return w.Box // short, mostly the value, or a passport's machine-readable line, all of it personal
	}
	width := w.Box.Dx()
	var total, before, through float64
	k := 0
	for _, r := range w.Text {
		g := glyphWidth(r)
		total += g
		if k < a {
			before += g
		}
		if k < b {
			through += g
		}
		k++
	}
	x0 := min(width*a/n, int(float64(width)*before/total))
	x1 := max((width*b+n-1)/n, int(float64(width)*through/total+0.999))
	char := (width + n - 1) / n
	x0, x1 = max(x0-char, 0), min(x1+char, width)
	return image.Rect(w.Box.Min.X+x0, w.Box.Min.Y, w.Box.Min.X+x1, w.Box.Max.Y)
}

// glyphWidth is r's advance in a common proportional sans font, relative
// to a digit's.
func glyphWidth(r rune) float64 {
	switch {
	case strings.ContainsRune(".,:;'\"|!ilIj()[]{}`", r):
		return 0.45
	case strings.ContainsRune("ftr-/\\ ", r):
		return 0.6
	case strings.ContainsRune("mwMW@%", r):
		return 1.5
	case r >= 'A' && r <= 'Z':
		return 1.15
	}
	return 1
}

// lineIndex maps each word to its line.
func (p *pipeline) lineIndex() map[int32]*line {
	m := make(map[int32]*line, len(p.words))
	for _, l := range p.lines {
		for _, i := range l.words {
			m[int32(i)] = l
		}
	}
	return m
}

// pad grows box by the padding, but not into the other words of its line
// nor beyond the image.
func (p *pipeline) pad(l *line, covered []int, box image.Rectangle) image.Rectangle {
	pad := p.opts.Padding
	out := image.Rect(box.Min.X-pad, box.Min.Y-pad, box.Max.X+pad, box.Max.Y+pad)
	for _, i := range l.words {
		if slices.Contains(covered, i) {
			continue
		}
		wb := p.words[i].Box
		if wb.Max.X <= box.Min.X && wb.Max.X > out.Min.X {
			out.Min.X = min(wb.Max.X+1, box.Min.X)
		}
		if wb.Min.X >= box.Max.X && wb.Min.X < out.Max.X {
			out.Max.X = max(wb.Min.X-1, box.Max.X)
		}
	}
	return out.Intersect(p.bounds)
}

// add records a finding, merged into an earlier one of the same kind
// whose boxes it overlaps (the same value read by another pass or in
// another text).
func (p *pipeline) add(kind redact.Kind, boxes []image.Rectangle, score float64, reason string) {
	if len(boxes) == 0 {
		return
	}
	for k := range p.findings {
		f := &p.findings[k]
		if f.Kind != kind || !overlapsAny(f.Boxes, boxes) {
			continue
		}
		for _, b := range boxes {
			if containedIn(b, f.Boxes) {
				continue
			}
			// A box that holds earlier ones replaces them: "Meera" read
			// alone, then "Meera Iyer" once "lyer" is read as a name.
			f.Boxes = slices.DeleteFunc(f.Boxes, func(a image.Rectangle) bool { return a.In(b) })
			f.Boxes = append(f.Boxes, b)
		}
		if score > f.Score {
			f.Score, f.Reason = score, reason
		}
		return
	}
	p.findings = append(p.findings, Finding{Kind: kind, Boxes: boxes, Score: score, Reason: reason})
}

func overlapsAny(a, b []image.Rectangle) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

func containedIn(r image.Rectangle, rs []image.Rectangle) bool {
	for _, x := range rs {
		if r.In(x) {
			return true
		}
	}
	return false
}

// covered reports whether r lies inside a box already painted.
func (p *pipeline) covered(r image.Rectangle) bool {
	for _, f := range p.findings {
		if containedIn(r, f.Boxes) {
			return true
		}
	}
	return false
}

// lowConfidence paints the words shaped like personal data that the OCR
// read with low confidence, together with the digit groups next to them
// on their line, unless a finding covers them already.
func (p *pipeline) lowConfidence() {
	if p.opts.MinConf < 0 {
		return
	}
	for _, l := range p.lines {
		for k, i := range l.words {
			w := &p.words[i]
			if w.Conf >= p.opts.MinConf || !looksLikeCandidate(w.Text) || !glyphWide(w) || p.readElsewhere(i) {
				continue
			}
			// The groups of the same chain: short digit groups (or +91)
			// no further apart than a wide space.
			h := l.box.Dy()
			near := func(a, b int) bool {
				return p.words[l.words[b]].Box.Min.X-p.words[l.words[a]].Box.Max.X <= h
			}
			lo, hi := k, k+1
			for lo > 0 && digitGroup(p.words[l.words[lo-1]].Text) && near(lo-1, lo) {
				lo--
			}
			for hi < len(l.words) && digitGroup(p.words[l.words[hi]].Text) && near(hi-1, hi) {
				hi++
			}
			ws := l.words[lo:hi]
			var box image.Rectangle
			for _, j := range ws {
				box = box.Union(p.words[j].Box)
			}
			b := p.pad(l, ws, box)
			if p.covered(b) {
				continue
			}
			p.add(Unreadable, []image.Rectangle{b}, 0, fmt.Sprintf("low OCR confidence (%.0f) on a token shaped like personal data", w.Conf))
		}
	}
}

// glyphWide reports whether w's box is no wider than its characters
// could be: at most one and a half times its height for each. A table's
// rule or a border read as a row of digits ("15555155555" across a whole
// sheet) is far wider, and painting it would hide the table.
func glyphWide(w *Word) bool {
	return w.Box.Dx() <= 3*w.Box.Dy()*utf8.RuneCountInString(w.Text)/2
}

// readElsewhere reports whether another pass read the place of word i
// with confidence: a word of it at or above MinConf covers at least half
// of word i's box.
func (p *pipeline) readElsewhere(i int) bool {
	w := &p.words[i]
	area := w.Box.Dx() * w.Box.Dy()
	covered := 0
	for k := range p.words {
		v := &p.words[k]
		if v.Pass == w.Pass || v.Conf < p.opts.MinConf {
			continue
		}
		in := v.Box.Intersect(w.Box)
		covered += in.Dx() * in.Dy()
	}
	return 2*covered >= area
}

// isDigit reports ASCII and Devanagari digits, the scripts the default
// OCR reads.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '०' && r <= '९'
}

// confusion maps letters OCR reads in place of digits to those digits.
var confusion = [256]byte{'O': '0', 'o': '0', 'D': '0', 'Q': '0', 'I': '1', 'l': '1', '|': '1', 'S': '5', 's': '5', 'B': '8', 'Z': '2', 'z': '2'}

// undoConfusions returns a copy of text where, in each word that is
// mostly digits, letters OCR confuses with digits are replaced by the
// digits. Bytes are replaced one for one, so owner still applies.
func undoConfusions(text []byte, owner []int32) []byte {
	out := slices.Clone(text)
	eachWord(text, owner, func(i, j int) {
		word := string(text[i:j])
		digits, letters, ats, others := 0, 0, 0, 0
		for _, r := range word {
			switch {
			case isDigit(r):
				digits++
			case confusion[byte(r)] != 0 && r < 0x80:
				letters++
			case r == '@':
				ats++
			case r < 0x80 && chars.IsAlnum(byte(r)):
				others++
			}
		}
		// Some fonts' 0 reads as '@' ("+91-9318@ 83436", "3539 @687"); in
		// a word of digits alone, for an address's '@' has letters beside
		// it ("98765@ybl").
		if ats > 0 && (letters > 0 || others > 0 || digits < 2) {
			ats = 0
		}
		if digits >= 2 && digits >= 2*(letters+ats) && letters+ats > 0 {
			for k := i; k < j; k++ {
				if c := confusion[text[k]]; c != 0 {
					out[k] = c
				} else if text[k] == '@' && ats > 0 {
					out[k] = '0'
				}
			}
		}
	})
	return out
}

// letterFor maps digits OCR reads in place of capitals back to them.
var letterFor = [256]byte{'0': 'O', '1': 'I', '2': 'Z', '5': 'S', '6': 'G', '8': 'B', ']': 'J', '}': 'J', ')': 'J', '|': 'I'}

// shape is the written form of an identifier, one class a character,
// that repairShapes restores: 'L' a capital, 'D' a digit, 'A' either, and
// '0' or 'Z' that character itself (the IFSC's fifth, a GSTIN's
// fourteenth).
type shape struct {
	form  string
	valid func(string) error
}

// shapes are the identifiers whose form tells letters from digits
// position by position, each with the check that must pass after repair.
var shapes = []shape{
	{"LLLLLDDDDL", validators.PAN},
	{"LLLL0AAAAAA", validators.IFSC},
	{"DDLLLLLDDDDLAZA", validators.GSTIN},
	{"LLLDDDDDDD", validators.VoterID},
	{"LLDDLLDDDD", validators.VehicleRegistration},
	{"LLDDLDDDD", validators.VehicleRegistration},
	{"LDDDDDDD", validators.Passport}, // its letter read as a digit: "16672081" for T6672081; a passport needs its context still
}

// repairShapes returns a copy of text where each word that is a PAN, an
// IFSC, a GSTIN, an EPIC or a registration but for at most two OCR
// confusions (a digit where the form wants a capital, a letter where it
// wants a digit: "SBINO791977", "HDSPZ57885", "KAO3MN4821") is written
// as that identifier, if the repaired value passes its check. Bytes are
// replaced one for one, so owner still applies.
func repairShapes(text []byte, owner []int32) []byte {
	out := slices.Clone(text)
	eachWord(text, owner, func(i, j int) {
		// Quotes and punctuation around the value belong to the sentence
		// or the record ("\"JITPR7892U\",").
		b, e := i, j
		for b < e && !chars.IsAlnum(text[b]) {
			b++
		}
		for e > b && !chars.IsAlnum(text[e-1]) {
			e--
		}
		if e-b == 4 && e == j {
			if fixed, ok := repairRegionGroup(text, b, e); ok {
				copy(out[b:], fixed)
				return
			}
		}
		for _, sh := range shapes {
			if fixed, ok := repairShape(text[b:e], sh); ok {
				copy(out[b:e], fixed)
				break
			}
			// A last letter OCR read as a bracket, which the trim above
			// took for punctuation ("SLLPG4175}", "ZMRPY8662)").
			if e < j && e-b == len(sh.form)-1 && letterFor[text[e]] == 'J' {
				if fixed, ok := repairShape(text[b:e+1], sh); ok {
					copy(out[b:e+1], fixed)
					break
				}
			}
			// A stray mark OCR put inside the value ("24DVUCS9411J2Z]J"):
			// the value without it, and a space in its place at the end.
			if e-b != len(sh.form)+1 {
				continue
			}
			if k := strayMark(text[b:e]); k > 0 {
				w := slices.Concat(text[b:b+k], text[b+k+1:e])
				if fixed, ok := repairShape(w, sh); ok || sh.valid(string(w)) == nil {
					if !ok {
						fixed = w
					}
					copy(out[b:e], fixed)
					out[e-1] = ' '
					break
				}
			}
		}
	})
	return out
}

// fits reports whether w is written in sh's form as it stands.
func (sh shape) fits(w []byte) bool {
	if len(w) != len(sh.form) {
		return false
	}
	for k, c := range w {
		if !formTakes(sh.form[k], c) {
			return false
		}
	}
	return true
}

// formTakes reports whether c stands as it is where a shape's form has
// want: a capital for 'L', a digit for 'D', either for 'A', or want itself.
func formTakes(want, c byte) bool {
	return want == 'L' && c >= 'A' && c <= 'Z' || want == 'D' && c >= '0' && c <= '9' ||
		want == 'A' && chars.IsAlnum(c) && !(c >= 'a' && c <= 'z') || want == c
}

// regionGroup is the form of a vehicle registration's or a driving
// licence's first group, written apart from the rest ("TN09 NW 2210",
// "KL07 20125267754"): the state's code and the district's or RTO's
// number.
var regionGroup = shape{"LLDD", func(string) error { return nil }}

// repairRegionGroup returns the four characters at text[b:e] written as
// a registration's or a licence's first group, and the groups after it
// on the line (one or two words) as they must be written, if the value
// then passes the check of either kind: one or two confusions in the
// first group ("TNO9", "UKO7"), counted as one repair, and small letters
// whose capitals look the same ("GJ05 cx 7702"), one repair each; one to
// three repairs in all. The bytes returned replace text[b:] one for one.
func repairRegionGroup(text []byte, b, e int) ([]byte, bool) {
	fixed, ok := repairShape(text[b:e], regionGroup)
	fixes := 0
	switch {
	case ok:
		fixes = 1
	case regionGroup.fits(text[b:e]):
		fixed = text[b:e]
	default:
		return nil, false
	}
	var buf, written [24]byte
	value := append(buf[:0], fixed...)
	out := append(written[:0], fixed...)
	p := e
	for n := 0; n < 2 && p < len(text) && text[p] == ' '; n++ {
		q := p + 1
		for q < len(text) && chars.IsAlnum(text[q]) {
			q++
		}
		if q == p+1 || len(out)+q-p > len(written) {
			break
		}
		out = append(out, ' ')
		for _, c := range text[p+1 : q] {
			if sameShapeCapital[c] {
				c -= 'a' - 'A'
				fixes++
			}
			value = append(value, c)
			out = append(out, c)
		}
		if fixes > 0 && fixes <= 3 && (validators.VehicleRegistration(string(value)) == nil || validators.DrivingLicence(string(value)) == nil) {
			return out, true
		}
		p = q
	}
	return nil, false
}

// sameShapeCapital marks the small letters whose capitals have their
// shape, which OCR reads small in a word of capitals.
var sameShapeCapital = [256]bool{'c': true, 'o': true, 's': true, 'u': true, 'v': true, 'w': true, 'x': true, 'z': true, 'k': true, 'p': true}

// strayMark returns the index of the one bracket, brace or bar inside w,
// not at its ends, or 0 if there is none or more than one.
func strayMark(w []byte) int {
	at := 0
	for k := 1; k < len(w)-1; k++ {
		if strings.IndexByte("[]{}|", w[k]) >= 0 {
			if at > 0 {
				return 0
			}
			at = k
		}
	}
	return at
}

// repairShape returns w written in sh's form, if that takes one or two
// confusions and the result passes sh's check.
func repairShape(w []byte, sh shape) ([]byte, bool) {
	if len(w) != len(sh.form) {
		return nil, false
	}
	var buf [16]byte
	fixed, fixes := buf[:len(w)], 0
	for k, c := range w {
		want := sh.form[k]
		switch {
		case formTakes(want, c):
			fixed[k] = c
		case want == 'L' && letterFor[c] != 0, want == 'A' && letterFor[c] != 0 && !chars.IsAlnum(c):
			fixed[k] = letterFor[c] // "32AEECT5935R1Z)": a GSTIN's last J as a bracket
		case (want == 'D' || want == '0') && confusion[c] != 0:
			fixed[k] = confusion[c]
		case want == 'Z' && c == '2':
			fixed[k] = 'Z'
		default:
			return nil, false
		}
		if want == '0' && fixed[k] != '0' || want == 'Z' && fixed[k] != 'Z' {
			return nil, false
		}
		if fixed[k] != c {
			fixes++
		}
	}
	// At most two confusions: more, and a number is made an identifier.
	if fixes == 0 || fixes > 2 || sh.valid(string(fixed)) != nil {
		return nil, false
	}
	return fixed, true
}

// digitLetter maps the digits OCR reads in place of letters in a word
// back to them, capital and small: "D0B" is DOB, "chi1d" child.
var digitLetter = [256][2]byte{'0': {'O', 'o'}, '1': {'I', 'l'}, '5': {'S', 's'}, '8': {'B', 'b'}}

// labelLetters returns a copy of text where, in each word of letters with
// one or two digits OCR confuses with letters among them ("D0B", "P1N",
// "Addres5", "F0RM"), the digits are read as those letters, so that a
// form's label still speaks for the value beside it. A word with any
// other digit, or as many digits as letters, is left: an identifier's.
// Bytes are replaced one for one, so owner still applies.
func labelLetters(text []byte, owner []int32) []byte {
	out := slices.Clone(text)
	eachWord(text, owner, func(i, j int) {
		letters, digits, upper := 0, 0, 0
		ok := true
		for _, c := range text[i:j] {
			switch {
			case c >= 'a' && c <= 'z':
				letters++
			case c >= 'A' && c <= 'Z':
				letters++
				upper++
			case c >= '0' && c <= '9':
				digits++
				ok = ok && digitLetter[c][0] != 0
			}
		}
		if ok && digits > 0 && digits <= 2 && letters >= 2 && digits < letters {
			small := 0
			if 2*upper < letters {
				small = 1 // the word is in lower case: "chi1d"
			}
			for k := i; k < j; k++ {
				if c := text[k]; c >= '0' && c <= '9' {
					out[k] = digitLetter[c][small]
				}
			}
		}
	})
	return out
}

// capitalI returns a copy of text where a word that starts with 'l' and
// a consonant is read as starting with 'I', the capital OCR takes for a
// lower-case l in most fonts: "lyer" is Iyer, "lmran" Imran, "lshaan"
// Ishaan. An English word starting so ("lymph", "lynx") is no name
// either way.
func capitalI(text []byte, owner []int32) []byte {
	out := slices.Clone(text)
	for i := 0; i+1 < len(text); i++ {
		if text[i] != 'l' || owner[i] < 0 || i > 0 && owner[i-1] == owner[i] && chars.IsAlnum(text[i-1]) {
			continue
		}
		if n := text[i+1]; n >= 'a' && n <= 'z' && !strings.ContainsRune("aeiou", rune(n)) {
			out[i] = 'I'
		}
	}
	return out
}

// eachWord calls f with the bounds [i, j) of each word's bytes in text,
// in order: the runs of one owner, the bytes that belong to no word
// (owner -1) between them.
func eachWord(text []byte, owner []int32, f func(i, j int)) {
	for i := 0; i < len(text); {
		if owner[i] < 0 {
			i++
			continue
		}
		j := i
		for j < len(text) && owner[j] == owner[i] {
			j++
		}
		f(i, j)
		i = j
	}
}

// looseDigit maps the letters small blurred text is misread as, in the
// digit positions of a PAN, back to digits; wider than confusion, since
// it only decides what to paint.
var looseDigit = [256]byte{'O': '0', 'Q': '0', 'D': '0', 'I': '1', 'L': '1', 'Z': '2', 'A': '4', 'S': '5', 'G': '6', 'T': '7', 'B': '8'}

// panShaped reports whether s is ten capitals and digits that read as a
// PAN (five letters, four digits, a letter) once the four middle
// characters are read as digits: a PAN too blurred to confirm.
func panShaped(s string) bool {
	if len(s) != 10 {
		return false
	}
	for k := range 10 {
		c := s[k]
		switch {
		case k >= 5 && k <= 8:
			if !(c >= '0' && c <= '9') && looseDigit[c] == 0 {
				return false
			}
		case !(c >= 'A' && c <= 'Z'):
			return false
		}
	}
	return true
}

// digitGroup reports whether s may be a group of a digit chain: +91, or
// two to six digits (counting letters OCR confuses with digits).
func digitGroup(s string) bool {
	if s == "+91" || s == "+" {
		return true
	}
	n := 0
	for _, r := range s {
		n++
		if !isDigit(r) && (r >= 0x80 || confusion[byte(r)] == 0) {
			return false
		}
	}
	return n >= 2 && n <= 6
}

// looksLikeCandidate reports whether s may be personal data misread: an
// '@' inside a word, a +91 prefix, a PAN with its digits blurred, a run of four digits
// (counting letters OCR confuses with digits) in a word with no fewer
// digits than letters and no time or amount punctuation, or 8 to 16
// capitals and digits with at least two of each (GSTIN, passport, voter
// ID).
func looksLikeCandidate(s string) bool {
	// An address has something on each side of its '@' ("@8:14:09" is
	// a misread clock time).
	if at := strings.IndexByte(s, '@'); at > 0 && at < len(s)-1 || strings.HasPrefix(s, "+91") {
		return true
	}
	if panShaped(s) {
		return true
	}
	// A log's time stamp ("{"ts":"2024-06-17T10:"): a date and the T of
	// its time, no birth date.
	if isoStamp(s) {
		return false
	}
	// A clock time ("12:36:10", misread "15;4155") or an amount
	// ("1,147.41") is no identifier: no digit group of one is followed by
	// a colon, a dot or a comma.
	for i := 1; i+1 < len(s); i++ {
		if strings.IndexByte(":;.,", s[i]) >= 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			return false
		}
	}
	// Nor is a word that is mostly letters ("39lnvoice").
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if digits < letters {
		return false
	}
	run, upper, digits, n, alnum := 0, 0, 0, 0, true
	for _, r := range s {
		n++
		d := isDigit(r) || r < 0x80 && confusion[byte(r)] != 0
		switch {
		case d:
			run++
			if run >= 4 {
				return true
			}
		default:
			run = 0
		}
		switch {
		case isDigit(r):
			digits++
		case r >= 'A' && r <= 'Z':
			upper++
		default:
			alnum = false
		}
	}
	return alnum && n >= 8 && n <= 16 && upper >= 2 && digits >= 2
}

// isoStamp reports a date written as ISO 8601 writes a time stamp's,
// "2024-06-17T", in s.
func isoStamp(s string) bool {
	for i := 0; i+11 <= len(s); i++ {
		d := func(k int) bool { return s[i+k] >= '0' && s[i+k] <= '9' }
		if d(0) && d(1) && d(2) && d(3) && s[i+4] == '-' && d(5) && d(6) && s[i+7] == '-' && d(8) && d(9) && s[i+10] == 'T' {
			return true
		}
	}
	return false
}
