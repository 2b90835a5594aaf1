// Package screenshot scrubs personal data from screenshots and photos of
// documents: it reads the text with OCR, finds personal data in it with a
// [redact.Redactor], and paints opaque boxes over it.
//
// The default OCR is the Tesseract command line (Debian: apt-get install
// tesseract-ocr tesseract-ocr-hin), run through os/exec; another engine
// can be plugged in behind the [OCR] interface. With the models of the
// other Indian scripts installed too (tesseract-ocr-ben, -guj, -kan, -mal,
// -ori, -pan, -tam, -tel), a third pass reads text in those scripts (see
// [IndicScripts]); without them it is skipped. Nothing here uses cgo, so
// a program that imports package redact for text never needs Tesseract.
//
// # Failing closed
//
// [Redact] returns an error, and no image, whenever the OCR fails: the
// engine is missing, fails, or runs past its timeout. Text that OCR reads
// with low confidence and that looks like personal data (digit groups,
// +91, '@', capitals mixed with digits) is painted even when no value can
// be confirmed in it, since small or blurred text is where OCR confuses 8
// with 9 and 5 with S. What OCR does not see at all (text too faint to be
// found as text) cannot be painted: check the output of very small or
// very noisy images.
//
// # Output
//
// The result is a new image built from pixels only, so no EXIF or PNG
// text chunk of the input can reach it; encode it with image/png or
// image/jpeg, which write none.
package screenshot
