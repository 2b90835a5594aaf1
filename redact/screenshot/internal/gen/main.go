// Command gen makes the screenshot test set in redact/screenshot/testdata:
// seven images, each with a JSON file of ground truth (every personal
// data item's kind, text and pixel boxes, and every other piece of text
// with its box, look-alikes marked).
//
// Text is rendered span by span with ImageMagick's Pango coder, which
// shapes Devanagari correctly, and laid out here, so that every box is
// known exactly; the photo's perspective and noise and the low-resolution
// copy's scaling are applied here too, boxes with them. Every identifier
// is made valid (Verhoeff, the numbering plan, PAN structure) with package
// validators. It needs Debian's imagemagick, fonts-dejavu-core and
// fonts-noto-core:
//
//	go run ./redact/screenshot/internal/gen
//
// The output is deterministic for a given ImageMagick and font set.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/kavachpii/kavach/validators"
)

// convert is Debian's ImageMagick, by full path: another "convert" may
// come first in $PATH.
var convert = "/usr/bin/convert"

var outDir = "redact/screenshot/testdata"

// Truth is the ground truth of one image; the tests read it with the same
// type.
type Truth struct {
	Image  string `json:"image"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	Items  []Item `json:"items"` // personal data: must be painted
	Other  []Item `json:"other"` // every other piece of text
}

// Item is one piece of text and its tight pixel boxes, one per line it
// spans.
type Item struct {
	Kind      string   `json:"kind,omitempty"`
	Text      string   `json:"text"`
	Lookalike bool     `json:"lookalike,omitempty"`
	Boxes     [][4]int `json:"boxes"` // x0, y0, x1, y1
}

// seg is a span of text on a line: plain text, personal data (kind set)
// or a look-alike. Segments with the same id are one item.
type seg struct {
	text string
	kind string
	look bool
	id   string
}

func t(s string) seg                { return seg{text: s} }
func pii(kind, s string) seg        { return seg{text: s, kind: kind} }
func look(s string) seg             { return seg{text: s, look: true} }
func part(kind, s, id string) seg   { return seg{text: s, kind: kind, id: id} }
func (s seg) String() string        { return s.text }
func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{r, g, b, 255} }

// font is a Pango font description and colour.
type font struct {
	desc string // "DejaVu Sans Mono 14px"
	fg   color.NRGBA
}

var spanCache = map[string]*image.NRGBA{}

// render draws text on a transparent background with Pango.
func render(f font, text string) *image.NRGBA {
	key := f.desc + "\x00" + fmt.Sprint(f.fg) + "\x00" + text
	if im, ok := spanCache[key]; ok {
		return im
	}
	markup := fmt.Sprintf(`<span font_desc=%q foreground="#%02x%02x%02x">%s</span>`, f.desc, f.fg.R, f.fg.G, f.fg.B, html.EscapeString(text))
	var out, stderr bytes.Buffer
	for try := 0; ; try++ {
		out.Reset()
		stderr.Reset()
		cmd := exec.Command(convert, "-background", "none", "pango:"+markup, "png:-")
		cmd.Stdout, cmd.Stderr = &out, &stderr
		err := cmd.Run()
		if err == nil {
			break
		}
		// ImageMagick's Pango coder now and then aborts; it renders the
		// same span fine the next time.
		if try == 3 {
			log.Fatalf("render %q: %v: %s", text, err, stderr.String())
		}
	}
	im, err := png.Decode(&out)
	if err != nil {
		log.Fatal(err)
	}
	n := image.NewNRGBA(im.Bounds())
	draw.Draw(n, n.Rect, im, im.Bounds().Min, draw.Src)
	spanCache[key] = n
	return n
}

// spaceWidth is the advance of a space in f.
func spaceWidth(f font) int {
	return render(f, "a a").Rect.Dx() - render(f, "aa").Rect.Dx()
}

// tight is the box of the pixels of im that are not transparent.
func tight(im *image.NRGBA) image.Rectangle {
	r := image.Rectangle{}
	for y := im.Rect.Min.Y; y < im.Rect.Max.Y; y++ {
		for x := im.Rect.Min.X; x < im.Rect.Max.X; x++ {
			if im.NRGBAAt(x, y).A > 40 {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// canvas is an image being drawn, with its truth.
type canvas struct {
	img   *image.RGBA
	truth *Truth
	ids   map[string]int // item id -> index in truth.Items
}

func newCanvas(name string, w, h int, bg color.Color) *canvas {
	c := &canvas{img: image.NewRGBA(image.Rect(0, 0, w, h)), truth: &Truth{Image: name, Width: w, Height: h}, ids: map[string]int{}}
	draw.Draw(c.img, c.img.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	return c
}

func (c *canvas) rect(r image.Rectangle, col color.Color) {
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Src)
}

// text draws segs from (x, y), y the top of the line, one space apart,
// and returns the x after the last.
func (c *canvas) text(f font, x, y int, segs ...seg) int {
	sp := spaceWidth(f)
	for k, s := range segs {
		if k > 0 {
			x += sp
		}
		im := render(f, s.text)
		at := image.Pt(x, y)
		dst := im.Rect.Sub(im.Rect.Min).Add(at)
		draw.Draw(c.img, dst, im, im.Rect.Min, draw.Over)
		box := tight(im).Sub(im.Rect.Min).Add(at)
		c.record(s, box)
		x += im.Rect.Dx()
	}
	return x
}

func (c *canvas) record(s seg, box image.Rectangle) {
	b := [4]int{box.Min.X, box.Min.Y, box.Max.X, box.Max.Y}
	if s.kind == "" {
		if strings.TrimSpace(s.text) != "" {
			c.truth.Other = append(c.truth.Other, Item{Text: s.text, Lookalike: s.look, Boxes: [][4]int{b}})
		}
		return
	}
	if s.id != "" {
		if i, ok := c.ids[s.id]; ok {
			it := &c.truth.Items[i]
			it.Text += " " + s.text
			it.Boxes = append(it.Boxes, b)
			return
		}
		c.ids[s.id] = len(c.truth.Items)
	}
	c.truth.Items = append(c.truth.Items, Item{Kind: s.kind, Text: s.text, Boxes: [][4]int{b}})
}

// Valid values.

var rng = rand.New(rand.NewPCG(8, 2026))

func digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

func aadhaar() string {
	for {
		d := string(rune('2'+rng.IntN(8))) + digits(10)
		for c := '0'; c <= '9'; c++ {
			s := d + string(c)
			if validators.Aadhaar(s) == nil {
				return s[:4] + " " + s[4:8] + " " + s[8:]
			}
		}
	}
}

func mobile() string {
	for {
		s := string(rune('6'+rng.IntN(4))) + digits(9)
		if validators.Mobile(s) == nil {
			return s
		}
	}
}

func pan() string {
	letters := "ABCDEFGHJKLMNPRSTUVWXYZ"
	l := func() byte { return letters[rng.IntN(len(letters))] }
	for {
		s := string([]byte{l(), l(), l(), 'P', l()}) + digits(4) + string(l())
		if s[5:9] != "0000" && validators.PAN(s) == nil {
			return s
		}
	}
}

var firstNames = []string{"priya", "rahul", "anita", "vikram", "sunita", "arjun", "kavya", "rohan", "meera", "sanjay", "divya", "amit"}
var lastNames = []string{"nair", "sharma", "iyer", "patel", "reddy", "gupta", "menon", "singh", "rao", "das"}

func email() string {
	return firstNames[rng.IntN(len(firstNames))] + "." + lastNames[rng.IntN(len(lastNames))] + []string{"@gmail.com", "@example.in", "@yahoo.co.in", "@corp.example.com"}[rng.IntN(4)]
}

func upi() string {
	return firstNames[rng.IntN(len(firstNames))] + digits(2) + []string{"@okhdfcbank", "@okaxis", "@ybl", "@paytm"}[rng.IntN(4)]
}

func orderID() string { return string(rune('1'+rng.IntN(5))) + digits(9) }

func amount() string {
	return fmt.Sprintf("₹%d,%03d.%02d", 1+rng.IntN(98), rng.IntN(1000), rng.IntN(100))
}

func timeOfDay() string {
	return fmt.Sprintf("%02d:%02d:%02d", 8+rng.IntN(10), rng.IntN(60), rng.IntN(60))
}

var devaDigits = []rune("०१२३४५६७८९")

func deva(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(devaDigits[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func spaced(m string) string { return m[:5] + " " + m[5:] }

// Images.

func terminal() *canvas {
	c := newCanvas("terminal.png", 1280, 800, rgb(0x1e, 0x1e, 0x1e))
	f := font{"DejaVu Sans Mono 14px", rgb(0xd4, 0xd4, 0xd4)}
	prompt := font{"DejaVu Sans Mono 14px", rgb(0x6a, 0xc0, 0x5a)}
	c.text(prompt, 12, 10, t("deploy@api-01:~$"), t("journalctl -u kyc-api --since today --no-pager"))
	y := 34
	host := "api-01 kyc-api[2231]:"
	for i := 0; y < 780; i++ {
		ts := look("Nov 26 " + timeOfDay())
		var segs []seg
		switch i % 8 {
		case 0:
			segs = []seg{ts, t(host + " verify ok aadhaar"), pii("IN_AADHAAR", aadhaar()), t("req"), look(fmt.Sprintf("%08x", rng.Uint32()))}
		case 1:
			segs = []seg{ts, t(host + " otp sent to"), pii("IN_MOBILE", "+91 "+spaced(mobile())), t("order"), look(orderID())}
		case 2:
			segs = []seg{ts, t(host + " payment captured amount="), look(amount()), t("txn"), look(orderID() + digits(2))}
		case 3:
			segs = []seg{ts, t(host + " pan check"), pii("IN_PAN", pan()), t("status=VALID latency=" + fmt.Sprint(20+rng.IntN(200)) + "ms")}
		case 4:
			segs = []seg{ts, t(host + " mail queued to"), pii("EMAIL_ADDRESS", email()), t("template=welcome")}
		case 5:
			segs = []seg{ts, t(host + " GET /v1/health 200 in"), look(fmt.Sprint(2+rng.IntN(40)) + "ms")}
		case 6:
			segs = []seg{ts, t(host + " refund via upi"), pii("IN_UPI", upi()), t("amount"), look(amount())}
		case 7:
			segs = []seg{ts, t(host + " customer mobile"), pii("IN_MOBILE", mobile()), t("session"), look(fmt.Sprintf("%d", 100000+rng.IntN(900000)))}
		}
		c.text(f, 12, y, segs...)
		y += 22
	}
	return c
}

func webform() *canvas {
	c := newCanvas("webform.png", 1280, 800, rgb(0xf4, 0xf5, 0xf7))
	c.rect(image.Rect(0, 0, 1280, 64), rgb(0x1a, 0x4d, 0x8f))
	c.text(font{"DejaVu Sans Bold 22px", rgb(0xff, 0xff, 0xff)}, 40, 18, t("KYC verification"), t("— review application"))
	c.rect(image.Rect(40, 96, 1240, 770), rgb(0xff, 0xff, 0xff))
	label := font{"DejaVu Sans 16px", rgb(0x44, 0x4b, 0x55)}
	value := font{"DejaVu Sans 16px", rgb(0x11, 0x11, 0x11)}
	c.text(label, 80, 120, t("Application ID:"))
	c.text(value, 330, 120, look("APP-"+orderID()))
	c.text(label, 700, 120, t("Submitted:"))
	c.text(value, 860, 120, look("26 Nov 2026, "+timeOfDay()[:5]))
	d := fmt.Sprintf("%02d/%02d/19%02d", 1+rng.IntN(28), 1+rng.IntN(12), 60+rng.IntN(40))
	fields := []struct {
		label string
		val   seg
	}{
		{"Aadhaar number:", pii("IN_AADHAAR", aadhaar())},
		{"PAN:", pii("IN_PAN", pan())},
		{"Mobile number:", pii("IN_MOBILE", "+91 "+spaced(mobile()))},
		{"Alternate mobile:", pii("IN_MOBILE", mobile())},
		{"Email:", pii("EMAIL_ADDRESS", email())},
		{"Date of birth:", pii("DATE_OF_BIRTH", d)},
		{"PIN code:", pii("IN_PIN_CODE", fmt.Sprint(110001+rng.IntN(700000)))},
		{"UPI ID:", pii("IN_UPI", upi())},
		{"Processing fee:", look(amount())},
		{"Reference no.:", look(orderID())},
	}
	y := 180
	for _, fl := range fields {
		c.text(label, 80, y+8, t(fl.label))
		c.rect(image.Rect(320, y, 760, y+36), rgb(0xc8, 0xcd, 0xd4))
		c.rect(image.Rect(321, y+1, 759, y+35), rgb(0xff, 0xff, 0xff))
		c.text(value, 332, y+8, fl.val)
		y += 54
	}
	c.rect(image.Rect(820, 180, 1200, 236), rgb(0x1a, 0x4d, 0x8f))
	c.text(font{"DejaVu Sans Bold 16px", rgb(0xff, 0xff, 0xff)}, 900, 198, t("Approve"), t("and continue"))
	return c
}

func hindiChat() *canvas {
	c := newCanvas("hindi_chat.png", 1280, 800, rgb(0xec, 0xe5, 0xdd))
	c.rect(image.Rect(0, 0, 1280, 60), rgb(0x07, 0x5e, 0x54))
	c.text(font{"Noto Sans 20px", rgb(0xff, 0xff, 0xff)}, 24, 16, t("ग्राहक सहायता"))
	f := font{"Noto Sans 20px", rgb(0x11, 0x11, 0x11)}
	meta := font{"Noto Sans 13px", rgb(0x66, 0x66, 0x66)}
	msgs := [][]seg{
		{t("नमस्ते, मेरी आधार संख्या:"), pii("IN_AADHAAR", deva(aadhaar()))},
		{t("ठीक है। आपका मोबाइल नंबर?")},
		{t("मोबाइल नंबर"), pii("IN_MOBILE", deva(spaced(mobile())))},
		{t("आपका ऑर्डर नंबर"), look(deva(orderID())), t("है")},
		{t("पैन कार्ड:"), pii("IN_PAN", pan())},
		{t("राशि"), look(amount()), t("जमा हो गई")},
		{t("ईमेल:"), pii("EMAIL_ADDRESS", email())},
		{t("मोबाइल"), pii("IN_MOBILE", "+91 "+spaced(mobile())), t("पर कॉल करें")},
	}
	y := 90
	for i, m := range msgs {
		w := 0
		sp := spaceWidth(f)
		for k, s := range m {
			if k > 0 {
				w += sp
			}
			w += render(f, s.text).Rect.Dx()
		}
		x := 60
		bg := rgb(0xff, 0xff, 0xff)
		if i%2 == 1 {
			x = 1280 - 60 - w - 24
			bg = rgb(0xdc, 0xf8, 0xc6)
		}
		c.rect(image.Rect(x, y, x+w+24, y+62), bg)
		c.text(f, x+12, y+6, m...)
		c.text(meta, x+w-40, y+42, look(timeOfDay()[:5]))
		y += 82
	}
	return c
}

func dashboard() *canvas {
	c := newCanvas("dashboard.png", 1280, 800, rgb(0xff, 0xff, 0xff))
	c.rect(image.Rect(0, 0, 220, 800), rgb(0x23, 0x29, 0x3a))
	side := font{"DejaVu Sans 15px", rgb(0xc9, 0xd1, 0xe0)}
	for i, s := range []string{"Overview", "Orders", "Customers", "Refunds", "Settings"} {
		c.text(side, 28, 30+i*40, t(s))
	}
	h := font{"DejaVu Sans Bold 14px", rgb(0x33, 0x33, 0x33)}
	f := font{"DejaVu Sans 14px", rgb(0x22, 0x22, 0x22)}
	cols := []int{244, 380, 520, 670, 960, 1090}
	heads := []string{"Order", "Amount", "Mobile", "Email", "Created", "Status"}
	for i, s := range heads {
		c.text(h, cols[i], 24, t(s))
	}
	c.rect(image.Rect(236, 50, 1270, 52), rgb(0xdd, 0xdd, 0xdd))
	y := 62
	for r := 0; r < 24; r++ {
		if r%2 == 1 {
			c.rect(image.Rect(236, y-5, 1270, y+24), rgb(0xf3, 0xf5, 0xf8))
		}
		mob := mobile()
		var m seg
		switch r % 3 {
		case 0:
			m = pii("IN_MOBILE", mob)
		case 1:
			m = pii("IN_MOBILE", "+91 "+spaced(mob))
		default:
			m = pii("IN_MOBILE", spaced(mob))
		}
		c.text(f, cols[0], y, look(orderID()))
		c.text(f, cols[1], y, look(amount()))
		c.text(f, cols[2], y, m)
		c.text(f, cols[3], y, pii("EMAIL_ADDRESS", email()))
		c.text(f, cols[4], y, look(fmt.Sprintf("2026-11-%02d", 1+rng.IntN(26))))
		c.text(f, cols[5], y, t([]string{"Paid", "Refunded", "Pending"}[rng.IntN(3)]))
		y += 29
	}
	return c
}

func wrappedChat() *canvas {
	c := newCanvas("wrapped_chat.png", 1280, 800, rgb(0xff, 0xff, 0xff))
	f := font{"DejaVu Sans 18px", rgb(0x10, 0x10, 0x10)}
	meta := font{"DejaVu Sans 12px", rgb(0x77, 0x77, 0x77)}
	bubble := func(x, y, w int, lines [][]seg, bg color.Color) int {
		h := 16 + 28*len(lines) + 14
		c.rect(image.Rect(x, y, x+w, y+h), bg)
		for i, l := range lines {
			c.text(f, x+14, y+10+28*i, l...)
		}
		c.text(meta, x+w-52, y+h-18, look(timeOfDay()[:5]))
		return y + h + 18
	}
	m1, m2, a1 := mobile(), mobile(), aadhaar()
	left, right := rgb(0xf0, 0xf0, 0xf0), rgb(0xd9, 0xfd, 0xd3)
	y := 30
	y = bubble(60, y, 420, [][]seg{{t("Hi, please call my husband on")}, {part("IN_MOBILE", "+91 "+m1[:5], "m1")}, {part("IN_MOBILE", m1[5:], "m1"), t("after 6 pm, thanks")}}, left)
	y = bubble(800, y, 420, [][]seg{{t("Sure. Your order"), look("#" + orderID())}, {t("ships on Friday.")}}, right)
	y = bubble(60, y, 420, [][]seg{{t("My Aadhaar is"), part("IN_AADHAAR", a1[:9], "a1")}, {part("IN_AADHAAR", a1[10:], "a1"), t("and PAN"), pii("IN_PAN", pan())}}, left)
	y = bubble(800, y, 420, [][]seg{{t("Refund of"), look(amount()), t("sent.")}, {t("Reference"), look(orderID())}}, right)
	y = bubble(60, y, 420, [][]seg{{t("Also my other number is")}, {part("IN_MOBILE", m2[:5], "m2"), part("IN_MOBILE", m2[5:], "m2")}, {t("and mail me at")}, {pii("EMAIL_ADDRESS", email())}}, left)
	_ = bubble(800, y, 420, [][]seg{{t("Noted, we will call")}, {t("tomorrow at 11:30.")}}, right)
	return c
}

// lowres is a dense light page of small text, scaled down to 5/8 (the
// text is then about 7 pixels high) and saved as a JPEG at quality 30.
func lowres() *canvas {
	c := newCanvas("lowres.jpg", 1280, 800, rgb(0xfb, 0xfb, 0xfb))
	f := font{"DejaVu Sans 14px", rgb(0x30, 0x30, 0x30)}
	y := 16
	for i := 0; y < 780; i++ {
		var segs []seg
		switch i % 5 {
		case 0:
			segs = []seg{look(timeOfDay()), t("ticket"), look("#" + orderID()), t("customer aadhaar"), pii("IN_AADHAAR", aadhaar()), t("verified")}
		case 1:
			segs = []seg{look(timeOfDay()), t("call back on mobile"), pii("IN_MOBILE", mobile()), t("re order"), look(orderID())}
		case 2:
			segs = []seg{look(timeOfDay()), t("invoice total"), look(amount()), t("paid by card ending 4421")}
		case 3:
			segs = []seg{look(timeOfDay()), t("email"), pii("EMAIL_ADDRESS", email()), t("and pan"), pii("IN_PAN", pan())}
		case 4:
			segs = []seg{look(timeOfDay()), t("agent note: customer asked about delivery slot")}
		}
		c.text(f, 20, y, segs...)
		y += 24
	}
	return c
}

// idcard is a card on a desk, photographed: perspective, blur and noise.
func idcard() *canvas {
	c := newCanvas("idcard.jpg", 1280, 800, rgb(0x8a, 0x74, 0x5c))
	card := image.Rect(290, 180, 990, 620)
	c.rect(card, rgb(0xf6, 0xf3, 0xe8))
	c.rect(image.Rect(card.Min.X, card.Min.Y, card.Max.X, card.Min.Y+56), rgb(0xf0, 0x8a, 0x24))
	c.text(font{"DejaVu Sans Bold 22px", rgb(0x20, 0x20, 0x20)}, card.Min.X+180, card.Min.Y+14, t("GOVERNMENT OF INDIA"))
	c.rect(image.Rect(card.Min.X+30, card.Min.Y+86, card.Min.X+170, card.Min.Y+266), rgb(0xb8, 0xc4, 0xd0))
	f := font{"DejaVu Sans 20px", rgb(0x15, 0x15, 0x15)}
	x := card.Min.X + 200
	c.text(f, x, card.Min.Y+90, t("Name:"), pii("PERSON", "Kavya Menon"))
	d := fmt.Sprintf("%02d/%02d/19%02d", 1+rng.IntN(28), 1+rng.IntN(12), 60+rng.IntN(40))
	c.text(f, x, card.Min.Y+130, t("DOB:"), pii("DATE_OF_BIRTH", d))
	c.text(f, x, card.Min.Y+170, t("Gender: Female"))
	c.text(f, x, card.Min.Y+210, t("Mobile:"), pii("IN_MOBILE", mobile()))
	c.text(font{"DejaVu Sans Bold 32px", rgb(0x10, 0x10, 0x10)}, card.Min.X+180, card.Min.Y+300, pii("IN_AADHAAR", aadhaar()))
	c.text(font{"DejaVu Sans 16px", rgb(0x30, 0x30, 0x30)}, card.Min.X+200, card.Min.Y+360, t("Issued:"), look("12/05/2019"))
	c.text(font{"DejaVu Sans 16px", rgb(0x30, 0x30, 0x30)}, card.Min.X+200, card.Min.Y+390, t("Enrolment no."), look("1047/"+digits(5)+"/"+digits(5)))
	return c
}

// Post-processing, boxes with it.

// scaleDown resizes c by num/den with a box filter.
func scaleDown(c *canvas, num, den int) {
	src := c.img
	w, h := src.Rect.Dx()*num/den, src.Rect.Dy()*num/den
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			x0, x1 := x*den/num, (x+1)*den/num
			y0, y1 := y*den/num, (y+1)*den/num
			var s [3]int
			n := 0
			for yy := y0; yy < max(y1, y0+1); yy++ {
				for xx := x0; xx < max(x1, x0+1); xx++ {
					p := src.RGBAAt(xx, yy)
					s[0] += int(p.R)
					s[1] += int(p.G)
					s[2] += int(p.B)
					n++
				}
			}
			dst.SetRGBA(x, y, color.RGBA{uint8(s[0] / n), uint8(s[1] / n), uint8(s[2] / n), 255})
		}
	}
	c.img = dst
	c.truth.Width, c.truth.Height = w, h
	mapBoxes(c, func(x, y float64) (float64, float64) {
		return x * float64(num) / float64(den), y * float64(num) / float64(den)
	})
}

// mapBoxes replaces every box by the bounding box of its mapped corners.
func mapBoxes(c *canvas, f func(x, y float64) (float64, float64)) {
	m := func(items []Item) {
		for i := range items {
			for k, b := range items[i].Boxes {
				x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
				for _, p := range [][2]int{{b[0], b[1]}, {b[2], b[1]}, {b[0], b[3]}, {b[2], b[3]}} {
					x, y := f(float64(p[0]), float64(p[1]))
					x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
				}
				items[i].Boxes[k] = [4]int{int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))}
			}
		}
	}
	m(c.truth.Items)
	m(c.truth.Other)
}

// homography returns the projective map taking the unit square's corners
// (0,0), (1,0), (1,1), (0,1) to q.
func homography(q [4][2]float64) [9]float64 {
	x0, y0, x1, y1, x2, y2, x3, y3 := q[0][0], q[0][1], q[1][0], q[1][1], q[2][0], q[2][1], q[3][0], q[3][1]
	dx1, dx2, dy1, dy2 := x1-x2, x3-x2, y1-y2, y3-y2
	sx, sy := x0-x1+x2-x3, y0-y1+y2-y3
	det := dx1*dy2 - dx2*dy1
	g := (sx*dy2 - dx2*sy) / det
	h := (dx1*sy - sx*dy1) / det
	return [9]float64{x1 - x0 + g*x1, x3 - x0 + h*x3, x0, y1 - y0 + g*y1, y3 - y0 + h*y3, y0, g, h, 1}
}

// photograph warps c in perspective (the source rectangle src goes to the
// quadrilateral q), then blurs it a little and adds noise.
func photograph(c *canvas, q [4][2]float64) {
	W, H := float64(c.truth.Width), float64(c.truth.Height)
	// forward: source pixel -> destination
	hm := homography(q)
	fwd := func(x, y float64) (float64, float64) {
		u, v := x/W, y/H
		d := hm[6]*u + hm[7]*v + 1
		return (hm[0]*u + hm[1]*v + hm[2]) / d, (hm[3]*u + hm[4]*v + hm[5]) / d
	}
	inv := invert(hm)
	src := c.img
	dst := image.NewRGBA(src.Rect)
	bg := color.RGBA{0x5a, 0x4a, 0x3a, 255}
	for y := 0; y < src.Rect.Dy(); y++ {
		for x := 0; x < src.Rect.Dx(); x++ {
			X, Y := float64(x)+0.5, float64(y)+0.5
			d := inv[6]*X + inv[7]*Y + inv[8]
			u, v := (inv[0]*X+inv[1]*Y+inv[2])/d, (inv[3]*X+inv[4]*Y+inv[5])/d
			sx, sy := u*W-0.5, v*H-0.5
			if sx < 0 || sy < 0 || sx > W-1 || sy > H-1 {
				dst.SetRGBA(x, y, bg)
				continue
			}
			dst.SetRGBA(x, y, bilinear(src, sx, sy))
		}
	}
	// Blur (3x3 binomial) and noise.
	out := image.NewRGBA(dst.Rect)
	k := [3]int{1, 2, 1}
	for y := 0; y < dst.Rect.Dy(); y++ {
		for x := 0; x < dst.Rect.Dx(); x++ {
			var s [3]int
			for j := -1; j <= 1; j++ {
				for i := -1; i <= 1; i++ {
					p := dst.RGBAAt(min(max(x+i, 0), dst.Rect.Dx()-1), min(max(y+j, 0), dst.Rect.Dy()-1))
					w := k[i+1] * k[j+1]
					s[0] += w * int(p.R)
					s[1] += w * int(p.G)
					s[2] += w * int(p.B)
				}
			}
			n := int(rng.NormFloat64() * 7)
			// A little warm light from the top left.
			shade := int(12 - 24*float64(x+y)/float64(dst.Rect.Dx()+dst.Rect.Dy()))
			cl := func(v int) uint8 { return uint8(min(max(v/16+n+shade, 0), 255)) }
			out.SetRGBA(x, y, color.RGBA{cl(s[0]), cl(s[1]), cl(s[2]), 255})
		}
	}
	c.img = out
	mapBoxes(c, fwd)
}

func bilinear(im *image.RGBA, x, y float64) color.RGBA {
	x0, y0 := int(x), int(y)
	fx, fy := x-float64(x0), y-float64(y0)
	x1, y1 := min(x0+1, im.Rect.Dx()-1), min(y0+1, im.Rect.Dy()-1)
	p00, p10, p01, p11 := im.RGBAAt(x0, y0), im.RGBAAt(x1, y0), im.RGBAAt(x0, y1), im.RGBAAt(x1, y1)
	mix := func(a, b, c, d uint8) uint8 {
		v := (float64(a)*(1-fx)+float64(b)*fx)*(1-fy) + (float64(c)*(1-fx)+float64(d)*fx)*fy
		return uint8(v + 0.5)
	}
	return color.RGBA{mix(p00.R, p10.R, p01.R, p11.R), mix(p00.G, p10.G, p01.G, p11.G), mix(p00.B, p10.B, p01.B, p11.B), 255}
}

func invert(m [9]float64) [9]float64 {
	a, b, c, d, e, f, g, h, i := m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]
	A, B, C := e*i-f*h, -(d*i - f*g), d*h-e*g
	det := a*A + b*B + c*C
	return [9]float64{A / det, -(b*i - c*h) / det, (b*f - c*e) / det, B / det, (a*i - c*g) / det, -(a*f - c*d) / det, C / det, -(a*h - b*g) / det, (a*e - b*d) / det}
}

func save(c *canvas, quality int) {
	var buf bytes.Buffer
	var err error
	if strings.HasSuffix(c.truth.Image, ".jpg") {
		err = jpeg.Encode(&buf, c.img, &jpeg.Options{Quality: quality})
	} else {
		err = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, c.img)
	}
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outDir, c.truth.Image), buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	j, err := json.MarshalIndent(c.truth, "", "\t")
	if err != nil {
		log.Fatal(err)
	}
	name := strings.TrimSuffix(c.truth.Image, filepath.Ext(c.truth.Image)) + ".json"
	if err := os.WriteFile(filepath.Join(outDir, name), append(j, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%-18s %7d bytes, %d items, %d other\n", c.truth.Image, buf.Len(), len(c.truth.Items), len(c.truth.Other))
}

func main() {
	if len(os.Args) > 1 {
		outDir = os.Args[1]
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		log.Fatal(err)
	}
	save(terminal(), 0)
	save(webform(), 0)
	save(hindiChat(), 0)
	save(dashboard(), 0)
	save(wrappedChat(), 0)
	lr := lowres()
	scaleDown(lr, 5, 8)
	save(lr, 30)
	card := idcard()
	photograph(card, [4][2]float64{{40, 70}, {1230, 10}, {1200, 790}, {90, 720}})
	scaleDown(card, 3, 4)
	save(card, 80)
}
