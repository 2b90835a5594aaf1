package screenshot

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// dumpResult writes the redacted image and the recognised text under
// $KAVACH_SCREENSHOT_DUMP, to look at by eye.
func dumpResult(t *testing.T, name string, res *Result) {
	dir := os.Getenv("KAVACH_SCREENSHOT_DUMP")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Error(err)
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Error(err)
		return
	}
	defer f.Close()
	if err := png.Encode(f, res.Image); err != nil {
		t.Error(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(res.Text), 0o644); err != nil {
		t.Error(err)
	}
}
