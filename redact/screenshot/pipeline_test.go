package screenshot

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kavachpii/kavach/redact"
)

// fakeOCR returns fixed words, or an error.
type fakeOCR struct {
	words []Word
	err   error
}

func (f *fakeOCR) Words(ctx context.Context, img image.Image) ([]Word, error) {
	return f.words, f.err
}

// row lays out words left to right on a line at y, each 10 px per byte
// wide and 16 px high, 10 px apart, with confidence 95 unless a word ends
// in "~NN".
func row(y int, text string) []Word {
	var out []Word
	x := 10
	for f := range strings.FieldsSeq(text) {
		conf := 95.0
		if i := strings.Index(f, "~"); i > 0 {
			var c int
			for _, d := range f[i+1:] {
				c = c*10 + int(d-'0')
			}
			conf, f = float64(c), f[:i]
		}
		w := 10 * len(f)
		out = append(out, Word{Text: f, Box: image.Rect(x, y, x+w, y+16), Conf: conf})
		x += w + 10
	}
	return out
}

func rows(lines ...string) []Word {
	var out []Word
	for i, l := range lines {
		out = append(out, row(10+24*i, l)...)
	}
	return out
}

func blank() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 800, 200))
	fill(img, img.Rect, color.White)
	return img
}

func boxOf(words []Word, texts ...string) image.Rectangle {
	var r image.Rectangle
	for _, w := range words {
		for _, t := range texts {
			if w.Text == t {
				r = r.Union(w.Box)
			}
		}
	}
	return r
}

func TestPipeline(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	type want struct {
		kind  redact.Kind
		words [][]string // per box, the words it covers
	}
	for _, tc := range []struct {
		name  string
		lines []string
		want  []want
	}{
		{"aadhaar in three words", []string{"Aadhaar: 2341 2341 2346 ok"},
			[]want{{redact.Aadhaar, [][]string{{"2341", "2346"}}}}},
		{"mobile with +91", []string{"call +91 98765 43210 now"},
			[]want{{redact.Mobile, [][]string{{"+91", "43210"}}}}},
		{"wrapped onto the next line", []string{"please call +91 98765", "43210 after six"},
			[]want{{redact.Mobile, [][]string{{"+91", "98765"}, {"43210"}}}}},
		{"label above the value", []string{"Aadhaar number", "2341 2341 2346"},
			[]want{{redact.Aadhaar, [][]string{{"2341", "2346"}}}}},
		{"Devanagari digits and label", []string{"आधार संख्या: २३४१ २३४१ २३४६"},
			[]want{{redact.Aadhaar, [][]string{{"२३४१", "२३४६"}}}}},
		{"OCR confusions undone", []string{"aadhaar 234l 2341 2346"},
			[]want{{redact.Aadhaar, [][]string{{"234l", "2346"}}}}},
		{"PAN with a misread letter", []string{"pan ABCPE12345"},
			[]want{{redact.PAN, [][]string{{"ABCPE12345"}}}}},
		{"passport with its letter read as a digit", []string{"Passport No. 16672081"},
			[]want{{redact.Passport, [][]string{{"16672081"}}}}},
		{"IFSC with O for its zero", []string{"IFSC SBINO791977"},
			[]want{{redact.IFSC, [][]string{{"SBINO791977"}}}}},
		{"IFSC with Q for its zero, in a dict's repr", []string{"'ifsc': 'PUNBQ535464'}}"},
			[]want{{redact.IFSC, [][]string{{"'PUNBQ535464'}}"}}}}},
		{"registration with O for a digit", []string{"vehicle \"KAO3MN4821\","},
			[]want{{redact.Vehicle, [][]string{{"\"KAO3MN4821\","}}}}},
		{"a registration's first group apart, O for a digit", []string{"Vehicle TNO9 NW 2210 ok"},
			[]want{{redact.Vehicle, [][]string{{"TNO9", "2210"}}}}},
		{"a licence's first group apart, O for a digit", []string{"DL UKO7 20164634176 ok"},
			[]want{{redact.DrivingLicence, [][]string{{"UKO7", "20164634176"}}}}},
		{"a registration's series read in small letters, O for a digit or not", []string{"Vehicle No GJO5 cx 7702", "Van GJ05 ux 4159"},
			[]want{{redact.Vehicle, [][]string{{"GJO5", "7702"}}}, {redact.Vehicle, [][]string{{"GJ05", "4159"}}}}},
		{"a word of that shape before no such value", []string{"room ABO1 NW 99", "room AB01 ox 99", "go to AB01 ox"}, nil},
		{"a form's character boxes, read with their walls", []string{"Aadhaar No. 9/6|6/0 9/3|/1/9 6/7|6/8"},
			[]want{{redact.Aadhaar, [][]string{{"9/6|6/0", "6/7|6/8"}}}}},
		{"a PAN in character boxes", []string{"PAN D/W\\Y|P|M|8/9|0/6\\P"},
			[]want{{redact.PAN, [][]string{{"D/W\\Y|P|M|8/9|0/6\\P"}}}}},
		{"a path's and a date's slashes stay", []string{"GET /api/v1/9876/543/210 on 12/03/2024"}, nil},
		{"l for a capital I", []string{"Account holder: Meera lyer"},
			[]want{{redact.Person, [][]string{{"Meera", "lyer"}}}}},
		{"four confusions are too many", []string{"pan A8CPE1Z3S5"}, nil},
		{"a label's letter read as a digit", []string{"D0B: 14/08/1987"},
			[]want{{redact.DateOfBirth, [][]string{{"14/08/1987"}}}}},
		{"a stray bracket inside a PAN", []string{"PAN: ABCPE12]34F"},
			[]want{{redact.PAN, [][]string{{"ABCPE12]34F"}}}}},
		{"a PAN's last J read as a brace or a bracket", []string{"EMP1076 pan SLLPG4175} 73,880", "EMP1111 pan ZMRPY8662) 54,980"},
			[]want{{redact.PAN, [][]string{{"SLLPG4175}"}}}, {redact.PAN, [][]string{{"ZMRPY8662)"}}}}},
		{"a GSTIN's last J read as a bracket", []string{"bill to 32AEECT5935R1Z)"},
			[]want{{redact.GSTIN, [][]string{{"32AEECT5935R1Z)"}}}}},
		{"0 read as '@' in a number's groups", []string{"mobile +91-9318@ 83436 card 5326 7674 3539 @687"},
			[]want{{redact.Mobile, [][]string{{"+91-9318@", "83436"}}}, {redact.Card, [][]string{{"5326", "@687"}}}}},
		{"an address's '@' beside digits stays", []string{"upi 9876543210@ybl"},
			[]want{{redact.UPI, [][]string{{"9876543210@ybl"}}}}},
		{"low confidence digits", []string{"ref 9876S~30 43Z10~40 ok"},
			[]want{{Unreadable, [][]string{{"9876S", "43Z10"}}}}},
		{"low confidence word of no candidate shape", []string{"hello~10 world~20"}, nil},
		{"look-alikes stay", []string{"order 4471029384 at 10:42:13 amount 4,999.00"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := rows(tc.lines...)
			res, err := Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: words}})
			require.NoError(t, err)
			require.Len(t, res.Findings, len(tc.want), "%+v", res.Findings)
			for i, w := range tc.want {
				f := res.Findings[i]
				assert.Equal(t, w.kind, f.Kind)
				require.Len(t, f.Boxes, len(w.words), "%+v", f)
				for k, ws := range w.words {
					assert.Equal(t, boxOf(words, ws...).Inset(-DefaultPadding), f.Boxes[k])
				}
			}
		})
	}
}

// TestPadding: padding never reaches the neighbouring word on the line.
func TestPadding(t *testing.T) {
	r, _ := redact.New(nil)
	words := []Word{
		{Text: "mobile:", Box: image.Rect(10, 10, 80, 26), Conf: 95},
		{Text: "9876543210", Box: image.Rect(82, 10, 182, 26), Conf: 95},
		{Text: "ok", Box: image.Rect(183, 10, 203, 26), Conf: 95},
	}
	res, err := Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: words}})
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	b := res.Findings[0].Boxes[0]
	assert.Equal(t, image.Rect(81, 7, 182, 29), b)
	assert.False(t, b.Overlaps(words[0].Box) || b.Overlaps(words[2].Box))
	// The box is painted solid, and nothing else is.
	assert.Equal(t, color.RGBA{0, 0, 0, 255}, res.Image.RGBAAt(100, 20))
	assert.Equal(t, color.RGBA{255, 255, 255, 255}, res.Image.RGBAAt(50, 20))
}

// TestFailClosed: any OCR error is returned, with no result.
func TestFailClosed(t *testing.T) {
	r, _ := redact.New(nil)
	boom := errors.New("boom")
	res, err := Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{err: boom}})
	assert.ErrorIs(t, err, boom)
	assert.Nil(t, res)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = Redact(ctx, blank(), r, &Options{OCR: &fakeOCR{}})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, res)

	_, err = Redact(context.Background(), blank(), nil, nil)
	assert.Error(t, err)
}

// script writes an executable shell script standing in for tesseract.
func script(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "tesseract")
	require.NoError(t, os.WriteFile(path, []byte("#!/bin/sh\n"+body+"\n"), 0o755))
	return path
}

// TestTesseractFailures: a missing binary, a failing one, one that hangs
// and one that prints garbage are all errors.
func TestTesseractFailures(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	img := blank()
	for _, tc := range []struct {
		name string
		t    *Tesseract
		want string
	}{
		{"missing", &Tesseract{Path: filepath.Join(t.TempDir(), "nope")}, "tesseract not found"},
		{"fails", &Tesseract{Path: script(t, "cat >/dev/null; echo 'Error: bad' >&2; exit 1")}, "Error: bad"},
		{"hangs", &Tesseract{Path: script(t, "exec sleep 10"), Timeout: 100 * time.Millisecond}, "deadline exceeded"},
		{"garbage", &Tesseract{Path: script(t, "cat >/dev/null; echo hello")}, "TSV"},
		{"bad scale", &Tesseract{Path: script(t, "true"), Passes: []Pass{{Scale: 5}}}, "scale 5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			words, err := tc.t.Words(context.Background(), img)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Nil(t, words)
			assert.Less(t, time.Since(start), 5*time.Second)
		})
	}
	_, err := (&Tesseract{Path: filepath.Join(t.TempDir(), "nope")}).Words(context.Background(), img)
	assert.ErrorIs(t, err, ErrNoTesseract)
}

// TestTesseractScales: boxes from a scaled pass come back in the image's
// coordinates, rounded outwards, and offset by the image's origin.
func TestTesseractScales(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\\n" +
		"5\t1\t1\t1\t1\t1\t21\t41\t60\t31\t91.5\tword\\n"
	ts := &Tesseract{Path: script(t, "cat >/dev/null; printf '"+tsv+"'"), Passes: []Pass{{Scale: 2}, {Scale: 1}}}
	img := image.NewGray(image.Rect(100, 100, 300, 200))
	words, err := ts.Words(context.Background(), img)
	require.NoError(t, err)
	require.Len(t, words, 2)
	assert.Equal(t, image.Rect(110, 120, 141, 136), words[0].Box)
	assert.Equal(t, 0, words[0].Pass)
	assert.Equal(t, image.Rect(121, 141, 181, 172), words[1].Box)
	assert.Equal(t, 1, words[1].Pass)
	assert.Equal(t, 91.5, words[1].Conf)
}

func TestParseTSV(t *testing.T) {
	header := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	for _, tc := range []struct {
		name, in string
		want     []Word
		err      bool
	}{
		{"empty page", header + "1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n", nil, false},
		{"words", header +
			"4\t1\t1\t1\t1\t0\t10\t20\t100\t16\t-1\t\n" +
			"5\t1\t1\t1\t1\t1\t10\t20\t40\t16\t96.2\t2341\n" +
			"5\t1\t1\t1\t1\t2\t60\t20\t40\t16\t12\t \n" +
			"5\t1\t2\t1\t3\t1\t60\t20\t40\t16\t88\tआधार\r\n",
			[]Word{
				{Text: "2341", Box: image.Rect(10, 20, 50, 36), Conf: 96.2, Block: 1, Par: 1, Line: 1},
				{Text: "आधार", Box: image.Rect(60, 20, 100, 36), Conf: 88, Block: 2, Par: 1, Line: 3},
			}, false},
		{"no header", "", nil, true},
		{"wrong header", "a\tb\n", nil, true},
		{"bad number", header + "5\t1\t1\t1\t1\t1\tx\t20\t40\t16\t96\tw\n", nil, true},
		{"negative box", header + "5\t1\t1\t1\t1\t1\t-5\t20\t40\t16\t96\tw\n", nil, true},
		{"short row", header + "5\t1\t1\n", nil, true},
		{"NaN confidence", header + "5\t1\t1\t1\t1\t1\t5\t20\t40\t16\tNaN\tw\n", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTSV([]byte(tc.in))
			if tc.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func FuzzParseTSV(f *testing.F) {
	header := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
	// A page with one word, as Tesseract 5 writes it.
	f.Add(header + "1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n5\t1\t1\t1\t1\t1\t10\t20\t40\t16\t96.2\t2341\n")
	// A word that is only spaces, and CRLF line ends.
	f.Add(header + "5\t1\t1\t1\t1\t1\t10\t20\t40\t16\t12\t \r\n")
	// A tab inside the text column.
	f.Add(header + "5\t1\t1\t1\t1\t1\t10\t20\t40\t16\t12\ta\tb\n")
	// Huge and negative numbers.
	f.Add(header + "5\t1\t1\t1\t1\t1\t99999999999\t-20\t40\t16\t1e308\tw\n")
	// Garbage, and nothing.
	f.Add("hello")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		words, err := ParseTSV([]byte(in))
		if err != nil {
			if words != nil {
				t.Fatal("words with an error")
			}
			return
		}
		for _, w := range words {
			if w.Text == "" || strings.TrimSpace(w.Text) != w.Text {
				t.Fatalf("blank or untrimmed text %q", w.Text)
			}
			if w.Box.Min.X < 0 || w.Box.Min.Y < 0 || w.Box.Max.X < w.Box.Min.X || w.Box.Max.Y < w.Box.Min.Y {
				t.Fatalf("bad box %v", w.Box)
			}
			if !(w.Conf >= 0 && w.Conf <= 100) {
				t.Fatalf("confidence %v", w.Conf)
			}
		}
	})
}

func TestUpscale(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 2, 1))
	g.Pix[0], g.Pix[1] = 0, 200
	u := upscale(g, 2)
	assert.Equal(t, image.Rect(0, 0, 4, 2), u.Rect)
	// Bilinear: the outer pixels keep the edge values, the inner ones
	// blend a quarter and three quarters.
	assert.Equal(t, []uint8{0, 50, 150, 200}, u.Pix[:4])
	assert.Equal(t, u.Pix[:4], u.Pix[4:8])
	assert.Equal(t, []byte("P5\n4 2\n255\n"), encodePGM(u)[:11])
}

// TestLightenPanels: a dark panel in a light page is negated square by
// square, light text on it becoming dark; the light page and the text on
// it stay; a page with no dark ground is left alone, uncopied.
func TestLightenPanels(t *testing.T) {
	g := image.NewGray(image.Rect(0, 0, 64, 64))
	for i := range g.Pix {
		g.Pix[i] = 240 // a light page
	}
	for y := 32; y < 64; y++ { // its lower half a dark panel
		for x := range 64 {
			g.Pix[y*g.Stride+x] = 30
		}
	}
	g.Pix[8*g.Stride+8] = 20   // dark text on the page
	g.Pix[40*g.Stride+8] = 220 // light text on the panel
	lit, ok := lightenPanels(g)
	require.True(t, ok)
	assert.Equal(t, uint8(240), lit.Pix[0])
	assert.Equal(t, uint8(20), lit.Pix[8*lit.Stride+8])
	assert.Equal(t, uint8(225), lit.Pix[50*lit.Stride+50])
	assert.Equal(t, uint8(35), lit.Pix[40*lit.Stride+8])
	assert.Equal(t, uint8(30), g.Pix[50*g.Stride+50], "the input is not changed")

	light := image.NewGray(image.Rect(0, 0, 40, 20))
	for i := range light.Pix {
		light.Pix[i] = 200
	}
	_, ok = lightenPanels(light)
	assert.False(t, ok)
}

// TestNoMetadata: an input JPEG's EXIF segment is not in the output,
// encoded with the standard library.
func TestNoMetadata(t *testing.T) {
	var in bytes.Buffer
	require.NoError(t, jpeg.Encode(&in, blank(), nil))
	exif := append([]byte{0xff, 0xe1, 0, 20}, "Exif\x00\x00GPS 12.97N77.59E"[:18]...)
	b := append(append(append([]byte{}, in.Bytes()[:2]...), exif...), in.Bytes()[2:]...)
	img, err := jpeg.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	r, _ := redact.New(nil)
	res, err := Redact(context.Background(), img, r, &Options{OCR: &fakeOCR{}})
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, jpeg.Encode(&out, res.Image, &jpeg.Options{Quality: 92}))
	assert.NotContains(t, out.String(), "Exif")
	assert.NotContains(t, out.String(), "GPS")
	out.Reset()
	require.NoError(t, png.Encode(&out, res.Image))
	for _, chunk := range []string{"tEXt", "iTXt", "zTXt", "eXIf"} {
		assert.NotContains(t, out.String(), chunk)
	}
}

// TestPartBox: of a long word, only the characters a finding covers are
// boxed, with a character's margin, whether the font is monospace or
// proportional; a short word, or a part that is most of it, is boxed
// whole.
func TestPartBox(t *testing.T) {
	word := `"msg":"kyc.submit","name":"Ananya Rao","mobile"`
	w := &Word{Text: word, Box: image.Rect(100, 0, 100+10*len(word), 16)}
	from := strings.Index(word, "Ananya")
	to := from + len("Ananya Rao")
	got := partBox(w, from, to)
	// Monospace: the name's own pixels, 10 px a character, lie inside.
	assert.LessOrEqual(t, got.Min.X, 100+10*from)
	assert.GreaterOrEqual(t, got.Max.X, 100+10*to)
	assert.Less(t, got.Dx(), w.Box.Dx()/2, "most of the word stays visible")
	assert.Equal(t, w.Box.Min.Y, got.Min.Y)
	assert.Equal(t, w.Box.Max.Y, got.Max.Y)

	short := &Word{Text: `"8230691704",`, Box: image.Rect(0, 0, 130, 16)}
	assert.Equal(t, short.Box, partBox(short, 1, 11))
	most := &Word{Text: `"harish.pandey57@gmail.com",`, Box: image.Rect(0, 0, 280, 16)}
	assert.Equal(t, most.Box, partBox(most, 1, 26))
	mrz := &Word{Text: "P<INDSHARMA<<ANITA<<<<<<<<<<<<<<<<<<<<<<<<<<", Box: image.Rect(0, 0, 440, 16)}
	assert.Equal(t, mrz.Box, partBox(mrz, 5, 18), "every field of an MRZ line is personal")
}

// gridRow lays out a table's row at y: each cell's words as row does,
// the cells 200 px apart.
func gridRow(y int, cells ...string) []Word {
	var out []Word
	for k, c := range cells {
		for _, w := range row(y, c) {
			w.Box = w.Box.Add(image.Pt(200*k, 0))
			out = append(out, w)
		}
	}
	return out
}

// TestTableColumns: a value gets the context of its column's header, as
// a CSV file's header gives it; a form's grid of labels and values is no
// table, and neither is what stands left of the header (a side bar).
func TestTableColumns(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	words := slices.Concat(
		gridRow(10, "Emp ID", "Employee Name", "DOB", "Net Salary"),
		gridRow(34, "EMP1043", "Zoya Malhotra", "14-06-1992", "83,744.00"),
		gridRow(58, "EMP1056", "Pooja Naidu", "05-10-1979", "42,516.00"),
	)
	res, err := Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: words}})
	require.NoError(t, err)
	kinds := map[redact.Kind]int{}
	for _, f := range res.Findings {
		kinds[f.Kind]++
	}
	assert.Equal(t, map[redact.Kind]int{redact.DateOfBirth: 2, redact.Person: 2}, kinds, "%+v", res.Findings)

	form := slices.Concat(
		gridRow(10, "Patient Name", "Suman Devi", "Ward", "Surgical"),
		gridRow(34, "UHID :", "SMH/24/018842", "Admission", "10/06/2024"),
	)
	res, err = Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: form}})
	require.NoError(t, err)
	for _, f := range res.Findings {
		assert.NotEqual(t, boxOf(form, "UHID", ":").Inset(-DefaultPadding), f.Boxes[0], "a form's label read as a name: %+v", f)
	}
}

// TestTableBesidePanels: a side bar's item left of a table and a
// drawer's field right of it, on lines of their own between its rows,
// neither end the table nor join its rows.
func TestTableBesidePanels(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	shift := func(ws []Word, dx int) []Word {
		for i := range ws {
			ws[i].Box = ws[i].Box.Add(image.Pt(dx, 0))
		}
		return ws
	}
	words := slices.Concat(
		shift(gridRow(10, "Member", "Mobile", "Date of birth", "Status"), 200),
		shift(row(25, "Gender Male"), 1200),
		shift(gridRow(40, "Farhan Qureshi", "98862 41573", "12/02/1993", "Active"), 200),
		row(58, "Members"),
		shift(gridRow(76, "Karthik Iyer", "81239 07746", "07/06/1988", "Expiring"), 200),
	)
	img := image.NewRGBA(image.Rect(0, 0, 1600, 200))
	fill(img, img.Rect, color.White)
	res, err := Redact(context.Background(), img, r, &Options{OCR: &fakeOCR{words: words}})
	require.NoError(t, err)
	dobs := 0
	for _, f := range res.Findings {
		if f.Kind == redact.DateOfBirth {
			dobs++
		}
	}
	assert.Equal(t, 2, dobs, "%+v", res.Findings)
}

// TestColumnsRead: in a layout of two columns, each column's line goes on
// under itself: the consignee's address, beside the shipper's, is found
// whole; numbers in a table's column are no chain.
func TestColumnsRead(t *testing.T) {
	r, err := redact.New(nil)
	require.NoError(t, err)
	at := func(x, y int, text string) []Word {
		ws := row(y, text)
		for i := range ws {
			ws[i].Box = ws[i].Box.Add(image.Pt(x, 0))
		}
		return ws
	}
	words := slices.Concat(
		at(0, 10, "45, Lajpat Nagar, Ring Road,"), at(400, 10, "TC 12/845, Sreevilas, Pattom,"),
		at(0, 34, "New Delhi 110024"), at(400, 34, "Thiruvananthapuram, Kerala 695004"),
	)
	res, err := Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: words}})
	require.NoError(t, err)
	var painted []image.Rectangle
	for _, f := range res.Findings {
		painted = append(painted, f.Boxes...)
	}
	for _, w := range []string{"TC", "Sreevilas,", "Thiruvananthapuram,", "Lajpat", "Delhi"} {
		assert.True(t, containedIn(boxOf(words, w), painted), "%s not painted: %+v", w, res.Findings)
	}

	table := slices.Concat(
		at(0, 10, "HSN/SAC"), at(400, 10, "Qty"),
		at(0, 34, "8302"), at(400, 34, "1"),
		at(0, 58, "998713"), at(400, 58, "2"),
	)
	res, err = Redact(context.Background(), blank(), r, &Options{OCR: &fakeOCR{words: table}})
	require.NoError(t, err)
	assert.Empty(t, res.Findings)
}

// TestIndicScript: a word's Indian script (beside Devanagari), by block,
// and its letters, digits not counted.
func TestIndicScript(t *testing.T) {
	for _, tc := range []struct {
		word            string
		script, letters int
	}{
		{"હિતેશભાઈ", 2, 8}, // Gujarati
		{"૯૮૨૫૦", 2, 0},    // Gujarati digits
		{"ನಾಗರಾಜ್", 6, 7},  // Kannada
		{"Ravi", -1, 0},
		{"राम", -1, 0}, // Devanagari: the Hindi pass's
		{"೫೨823410773", 6, 0},
		{"ଛାನನ", mixedScripts, 0}, // Odia and Kannada: nonsense
		{"ಛಾ੫", mixedScripts, 0},
	} {
		sc, n := indicScript(tc.word)
		assert.Equal(t, tc.script, sc, tc.word)
		if sc >= 0 {
			assert.Equal(t, tc.letters, n, tc.word)
		}
	}
}

// TestIndicLines: the Indian-script pass keeps the lines in the page's
// script, and drops the nonsense its models read in Latin text.
func TestIndicLines(t *testing.T) {
	w := func(line int, text string, conf float64) Word {
		return Word{Text: text, Conf: conf, Block: 1, Par: 1, Line: line}
	}
	words := []Word{
		w(1, "પટેલ", 96), w(1, "હિતેશભાઈ", 96), w(1, "387001", 90), // a name and a PIN code
		w(2, "૯૮૨૫૦", 40), w(2, "૪૧૭૩૬", 96), // a mobile in Gujarati digits
		w(3, "ನನ", 40), w(3, "Order", 90), // a Kannada letter pair in a Latin line
		w(4, "Total", 95), w(4, "120.00", 95), // no Indian script
		w(5, "શાહ", 97), w(5, "મીનાબેન", 97),
	}
	var got []string
	for _, x := range indicLines(words) {
		got = append(got, x.Text)
	}
	assert.Equal(t, []string{"પટેલ", "હિતેશભાઈ", "387001", "૯૮૨૫૦", "૪૧૭૩૬", "શાહ", "મીનાબેન"}, got)

	// Nonsense alone, in a mix of scripts at low confidence: nothing.
	junk := []Word{w(1, "ಗ", 54), w(1, "(ਮਗ,", 46), w(2, "পিএ", 55), w(2, "கருவம்", 21)}
	assert.Empty(t, indicLines(junk))
}

// TestPageScript: the script that the eight models at once show a page
// is in, when enough words were read in it with confidence and almost all
// such words were; Devanagari, read as a mix, is none of them.
func TestPageScript(t *testing.T) {
	many := func(text string, n int, conf float64) []Word {
		var ws []Word
		for range n {
			ws = append(ws, Word{Text: text, Conf: conf})
		}
		return ws
	}
	for _, tc := range []struct {
		name  string
		words []Word
		want  int
	}{
		{"a Telugu page", append(many("కొండా", 87, 91), many("ಕರ", 2, 85)...), 5},
		{"a Bengali sheet", many("অরিন্দম", 38, 90), 0},
		{"a Hindi page read as mostly Gujarati", append(append(many("સુરેશ", 37, 90), many("ਜਗਕ", 6, 85)...), many("পিএ", 5, 85)...), -1},
		{"too few words", many("ଠିକଣା", 7, 95), -1},
		{"read without confidence", many("ಹೆಸರು", 30, 60), -1},
		{"Latin only", many("Name", 30, 95), -1},
	} {
		assert.Equal(t, tc.want, pageScript(tc.words), tc.name)
	}
}

// TestTesseractIndicPass: the Indian-script pass runs with the models
// --list-langs reports, and not at all with none; the others always run.
func TestTesseractIndicPass(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	tsv := "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\\n" +
		"5\t1\t1\t1\t1\t1\t21\t41\t60\t31\t91.5\tword\\n"
	for _, tc := range []struct {
		name, langs string
		passes      int
	}{
		{"none", "eng\\nhin\\nosd", 3},
		{"some", "eng\\nguj\\nhin\\nkan", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			log := filepath.Join(t.TempDir(), "calls")
			body := `if [ "$1" = --list-langs ]; then printf 'List of available languages (n):\n` + tc.langs + `\n'; exit 0; fi
echo "$@" >> ` + log + `
cat >/dev/null; printf '` + tsv + `'`
			ts := &Tesseract{Path: script(t, body)}
			_, err := ts.Words(context.Background(), blank())
			require.NoError(t, err)
			calls, err := os.ReadFile(log)
			require.NoError(t, err)
			assert.Equal(t, tc.passes, strings.Count(string(calls), "\n"), string(calls))
			if tc.passes == 4 {
				assert.Contains(t, string(calls), "-l guj+kan ")
			}
			assert.Contains(t, string(calls), "-l eng --psm 6 ", "the pass as one block")
		})
	}
}
