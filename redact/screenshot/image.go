package screenshot

import (
	"image"
	"image/color"
	"image/draw"
	"strconv"
)

// toGray returns img as 8-bit luminance with its origin at (0, 0).
func toGray(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Rect, img, b.Min, draw.Src)
	return g
}

// upscale enlarges g by an integer factor with bilinear interpolation,
// which keeps strokes smooth where nearest-neighbour would make them
// blocky.
func upscale(g *image.Gray, f int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w*f, h*f))
	if w == 0 || h == 0 {
		return out
	}
	// Sample positions in 1/(2f) steps: source coordinate of output pixel
	// x is (x+0.5)/f-0.5, in fixed point with denominator 2f.
	den := 2 * f
	for y := 0; y < h*f; y++ {
		sy := 2*y + 1 - f // numerator of the source y, over den
		y0 := floorDiv(sy, den)
		fy := sy - y0*den // weight of row y0+1, over den
		y1 := y0 + 1
		y0 = clamp(y0, h)
		y1 = clamp(y1, h)
		r0 := g.Pix[y0*g.Stride : y0*g.Stride+w]
		r1 := g.Pix[y1*g.Stride : y1*g.Stride+w]
		dst := out.Pix[y*out.Stride : y*out.Stride+w*f]
		for x := 0; x < w*f; x++ {
			sx := 2*x + 1 - f
			x0 := floorDiv(sx, den)
			fx := sx - x0*den
			x1 := clamp(x0+1, w)
			x0 = clamp(x0, w)
			top := int(r0[x0])*(den-fx) + int(r0[x1])*fx
			bot := int(r1[x0])*(den-fx) + int(r1[x1])*fx
			v := top*(den-fy) + bot*fy
			dst[x] = uint8((v + den*den/2) / (den * den))
		}
	}
	return out
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func clamp(v, n int) int {
	if v < 0 {
		return 0
	}
	if v >= n {
		return n - 1
	}
	return v
}

// encodePGM writes g as a binary PGM, which Tesseract reads without the
// cost of PNG compression.
func encodePGM(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	b := make([]byte, 0, 20+w*h)
	b = append(b, "P5\n"...)
	b = strconv.AppendInt(b, int64(w), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(h), 10)
	b = append(b, "\n255\n"...)
	for y := 0; y < h; y++ {
		b = append(b, g.Pix[y*g.Stride:y*g.Stride+w]...)
	}
	return b
}

// toRGBA returns a new RGBA copy of img, opaque, with img's bounds; it
// carries no metadata, since an image.Image has none.
func toRGBA(img image.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(b)
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}

// fill paints r with c, opaque.
func fill(dst *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(dst, r, image.NewUniform(c), image.Point{}, draw.Src)
}

// darkTheme reports whether most of g is dark: a terminal or a dark
// theme, light text on a dark ground.
func darkTheme(g *image.Gray) bool {
	sum, n := 0, 0
	for y := 0; y < g.Rect.Dy(); y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+g.Rect.Dx()] {
			sum += int(v)
		}
		n += g.Rect.Dx()
	}
	return n > 0 && sum < 128*n
}

// panelBlock is the side of the squares lightenPanels decides on: wide
// enough that a line of text is a few strokes on its ground.
const panelBlock = 16

// darkGround bounds the median of a square whose ground lightenPanels
// takes for dark: grey photographs and tinted cards stay as they are.
const darkGround = 96

// lightenPanels returns a copy of g negated, square by square, where its
// ground is dark: a developer tools panel, a code block or a dark sidebar
// in a light page. Tesseract's page layout skips light text on a dark
// panel beside dark text on light; given dark text on light everywhere,
// it reads both. A square's ground is the median of its pixels, since a
// line of text covers less than half of any square. ok is false, and the
// copy not made, when no square's ground is dark.
func lightenPanels(g *image.Gray) (lit *image.Gray, ok bool) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	var hist [256]int
	for by := 0; by < h; by += panelBlock {
		for bx := 0; bx < w; bx += panelBlock {
			x1, y1 := min(bx+panelBlock, w), min(by+panelBlock, h)
			hist = [256]int{}
			for y := by; y < y1; y++ {
				for _, v := range g.Pix[y*g.Stride+bx : y*g.Stride+x1] {
					hist[v]++
				}
			}
			half, n, median := (x1-bx)*(y1-by)/2, 0, 0
			for v, c := range hist {
				if n += c; n > half {
					median = v
					break
				}
			}
			if median >= darkGround {
				continue
			}
			if lit == nil {
				lit = image.NewGray(g.Rect)
				copy(lit.Pix, g.Pix)
			}
			for y := by; y < y1; y++ {
				row := lit.Pix[y*lit.Stride+bx : y*lit.Stride+x1]
				for i := range row {
					row[i] = 255 - row[i]
				}
			}
		}
	}
	return lit, lit != nil
}

// negate turns g into its negative, in place.
func negate(g *image.Gray) {
	for i := range g.Pix {
		g.Pix[i] = 255 - g.Pix[i]
	}
}
